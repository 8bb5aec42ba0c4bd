import { describe, expect, it } from 'vitest';
import { slideIndex, toSlides } from './presentation-slides.ts';

const pack = {
  indicators: [
    { code: '714', shortName: 'Saúde da Família', status: 'at_risk' as const },
    { code: '713', shortName: 'ICSAPS', status: 'not_achieved' as const },
  ],
  overdue: [{}],
  nonConformities: [],
  agendaItems: [{}, {}],
  openDeliberations: [],
};

describe('the meeting as slides', () => {
  it('goes from the opening through each indicator (worst first), the lists that have items, to the deliberations', () => {
    expect(toSlides(pack).map((slide) => slide.title)).toEqual([
      'Abertura',
      'ICSAPS (713)',
      'Saúde da Família (714)',
      'Ações atrasadas',
      'Pautas',
      'Deliberações desta reunião',
    ]);
  });

  it('says what a deliberation recorded from a slide is about', () => {
    const [, icsaps, , overdue] = toSlides(pack);
    expect(icsaps?.subject).toBe('Sobre o indicador 713 (ICSAPS): ');
    expect(overdue?.subject).toBe('Sobre as ações atrasadas: ');
  });

  it('reads the slide number in the address, the first one when it makes no sense', () => {
    expect(slideIndex('3', 6)).toBe(2);
    expect(slideIndex(null, 6)).toBe(0);
    expect(slideIndex('7', 6)).toBe(0);
    expect(slideIndex('abc', 6)).toBe(0);
  });
});
