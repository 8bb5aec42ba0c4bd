/**
 * The modo apresentação of a reunião de condução (issue 15): its pack as slides, in the order the
 * meeting goes through it. Each slide says what a deliberation recorded from it is about.
 */
import type { Status } from '../../../../shared/domain/status.ts';
import { sortIndicators } from './meeting-pack.ts';

type SlidIndicator = { code: string; shortName: string; status: Status };
type SlidPack<I extends SlidIndicator> = {
  indicators: readonly I[];
  overdue: readonly unknown[];
  nonConformities: readonly unknown[];
  agendaItems: readonly unknown[];
  openDeliberations: readonly unknown[];
};

export type Slide<I extends SlidIndicator = SlidIndicator> =
  | { kind: 'cover'; title: string; subject: null }
  | { kind: 'indicator'; title: string; subject: string; indicator: I }
  | { kind: 'overdue' | 'nonConformities' | 'agenda' | 'openDeliberations'; title: string; subject: string }
  | { kind: 'deliberations'; title: string; subject: null };

export function toSlides<I extends SlidIndicator>(pack: SlidPack<I>): Slide<I>[] {
  const slides: Slide<I>[] = [{ kind: 'cover', title: 'Abertura', subject: null }];
  for (const indicator of sortIndicators(pack.indicators))
    slides.push({
      kind: 'indicator',
      title: `${indicator.shortName} (${indicator.code})`,
      subject: `Sobre o indicador ${indicator.code} (${indicator.shortName}): `,
      indicator,
    });
  const lists = [
    ['overdue', 'Ações atrasadas', pack.overdue.length, 'Sobre as ações atrasadas: '],
    ['nonConformities', 'Não conformidades', pack.nonConformities.length, 'Sobre as não conformidades: '],
    ['agenda', 'Pautas', pack.agendaItems.length, 'Sobre a pauta: '],
    [
      'openDeliberations',
      'Deliberações em aberto de reuniões anteriores',
      pack.openDeliberations.length,
      'Sobre as deliberações anteriores: ',
    ],
  ] as const;
  for (const [kind, title, count, subject] of lists) if (count > 0) slides.push({ kind, title, subject });
  slides.push({ kind: 'deliberations', title: 'Deliberações desta reunião', subject: null });
  return slides;
}

/** `?slide=3` (1-based) as an index into `count` slides; the first when missing or out of range. */
export function slideIndex(param: string | null, count: number): number {
  const number = Number(param);
  return Number.isInteger(number) && number >= 1 && number <= count ? number - 1 : 0;
}
