import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ACTION_STATUS_LABELS, NO_STATUS_LABEL } from '../../../shared/domain/action-status.ts';
import { coordinationList, coordinationName } from '../../../shared/domain/coordination-names.ts';
import { formatPeriod } from '../../../shared/format.ts';
import { ChartContainer } from '../components/charts/ChartContainer.tsx';
import { TargetVsActualChart } from '../components/charts/TargetVsActualChart.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { StatusBadge } from '../components/ui/StatusBadge.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { AnalysisText } from '../features/indicator-analysis/AnalysisText.tsx';
import { formatValue, formatValueWithUnit } from '../features/indicators/figure-format.ts';
import { toTrendPoints } from '../features/indicators/trend-points.ts';
import { useIndicatorSeries } from '../features/indicators/use-indicator.ts';
import { DeliberationForm } from '../features/meetings/DeliberationForm.tsx';
import { ownerLabel } from '../features/meetings/deliberations.ts';
import { formatIsoDateWithWeekday, monthShortLabel } from '../features/meetings/meeting-month.ts';
import { meetingAbilities } from '../features/meetings/meeting-permissions.ts';
import { type Slide, slideIndex, toSlides } from '../features/meetings/presentation-slides.ts';
import { type MeetingData, useMeeting } from '../features/meetings/use-meetings.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';

const SLIDE_PARAM = 'slide';
type PackIndicator = MeetingData['pack']['indicators'][number];

/**
 * The reunião de condução on the projector (issue 15): one slide per item of its pack, large type,
 * the arrow keys (or Page Up/Down) to move, a list to jump, full screen, and a deliberation recorded
 * from the slide it concerns.
 */
export function MeetingPresentationPage() {
  const { month = '' } = useParams();
  const meeting = useMeeting(/^\d{4}-\d{2}$/.test(month) ? month : null);
  usePageTitle(`Apresentação da reunião de ${monthShortLabel(month)}`);
  if (meeting.isError)
    return (
      <main className="presentation presentation--message">
        <ErrorMessage
          isPageTitle
          title="Não foi possível abrir a reunião"
          message={errorMessage(meeting.error)}
        >
          <p>
            <Link to="/reunioes">Ver as reuniões de condução</Link>
          </p>
        </ErrorMessage>
      </main>
    );
  if (!meeting.data)
    return (
      <main className="presentation presentation--message">
        <Loading what="a reunião" />
      </main>
    );
  return <Presentation data={meeting.data} />;
}

function Presentation({ data }: { data: MeetingData }) {
  const { meeting, pack } = data;
  const slides = toSlides(pack);
  const [searchParams, setSearchParams] = useSearchParams();
  // The slide shown is this state (keys pressed quickly each count); the address follows it.
  const [index, setIndex] = useState(() => slideIndex(searchParams.get(SLIDE_PARAM), slides.length));
  const slide = slides[index] as Slide<PackIndicator>;
  const user = useCurrentUser();
  const { canDeliberate } = meetingAbilities(user.data ?? null, data, data.coordinations);
  const [isDeliberating, setDeliberating] = useState(false);
  const stage = useRef<HTMLElement>(null);
  const listId = useId();
  const last = slides.length - 1;

  const go = useCallback(
    (next: number | ((current: number) => number)) => {
      setDeliberating(false);
      setIndex((current) => Math.min(Math.max(typeof next === 'function' ? next(current) : next, 0), last));
    },
    [last],
  );

  useEffect(() => {
    setSearchParams({ [SLIDE_PARAM]: String(index + 1) }, { replace: true });
  }, [index, setSearchParams]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // Typing a deliberation, or moving in the slide list, is not moving between slides.
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select')) return;
      const moves: Record<string, number | ((current: number) => number)> = {
        ArrowRight: (current) => current + 1,
        PageDown: (current) => current + 1,
        ArrowLeft: (current) => current - 1,
        PageUp: (current) => current - 1,
        Home: 0,
        End: last,
      };
      const move = moves[event.key];
      if (move === undefined) return;
      event.preventDefault();
      go(move);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last, go]);

  return (
    <main className="presentation" ref={stage}>
      <header className="presentation__bar">
        <span className="presentation__meeting">Reunião de condução — {monthShortLabel(meeting.month)}</span>
        <label htmlFor={listId} className="visually-hidden">
          Ir para o slide
        </label>
        <select id={listId} value={index} onChange={(event) => go(Number(event.target.value))}>
          {slides.map((item, position) => (
            <option key={`${item.kind}-${item.title}`} value={position}>
              {position + 1}. {item.title}
            </option>
          ))}
        </select>
        <span className="presentation__count" aria-live="polite">
          {index + 1} de {slides.length}
        </span>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => go((current) => current - 1)}
          disabled={index === 0}
        >
          ← Anterior
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => go((current) => current + 1)}
          disabled={index === last}
        >
          Próximo →
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            else void stage.current?.requestFullscreen?.();
          }}
        >
          Tela cheia
        </button>
        <Link className="button button--secondary" to={`/reunioes/${meeting.month}`}>
          Sair da apresentação
        </Link>
      </header>
      <section className="presentation__slide" aria-label={`Slide ${index + 1}: ${slide.title}`}>
        <h1 className="presentation__title">{slide.title}</h1>
        <SlideBody slide={slide} data={data} />
      </section>
      {canDeliberate && slide.subject !== null && (
        <footer className="presentation__deliberate">
          {isDeliberating ? (
            <DeliberationForm
              meeting={meeting}
              coordinations={data.coordinations}
              initialText={slide.subject}
              onRefused={() => setDeliberating(false)}
            />
          ) : (
            <button type="button" className="button" onClick={() => setDeliberating(true)}>
              Registrar deliberação sobre este slide
            </button>
          )}
        </footer>
      )}
    </main>
  );
}

function SlideBody({ slide, data }: { slide: Slide<PackIndicator>; data: MeetingData }) {
  const { meeting, pack } = data;
  switch (slide.kind) {
    case 'cover':
      return (
        <div className="presentation__cover">
          <p>{formatIsoDateWithWeekday(meeting.scheduledOn)}</p>
          <p>
            Avalia o monitoramento de {formatPeriod(pack.reportMonth)} e os indicadores de {pack.year}.
          </p>
          <ul>
            <li>{pack.indicators.length} indicadores fora da meta ou que mudaram de situação</li>
            <li>{pack.missingAnalyses.length} ainda sem análise da coordenadoria</li>
            <li>{pack.overdue.length} ações atrasadas</li>
            <li>{pack.nonConformities.length} não conformidades desde a última reunião</li>
            <li>{pack.agendaItems.length} pautas</li>
            <li>{pack.openDeliberations.length} deliberações anteriores em aberto</li>
          </ul>
        </div>
      );
    case 'indicator':
      return <IndicatorSlide item={slide.indicator} year={pack.year} reportMonth={pack.reportMonth} />;
    case 'overdue':
      return (
        <ul className="presentation__list">
          {pack.overdue.map((action) => (
            <li key={action.code}>
              <strong>{action.code}</strong> {action.text}{' '}
              <span className="presentation__muted">
                — {coordinationList(action.coordinationCodes, pack.coordinationNames)}, prazo{' '}
                {action.deadlineText ?? 'não informado'}
              </span>
            </li>
          ))}
        </ul>
      );
    case 'nonConformities':
      return (
        <ul className="presentation__list">
          {pack.nonConformities.map((item) => (
            <li key={item.recordId}>
              <strong>{item.actionCode}</strong> {item.description}
              <span className="presentation__muted"> — medida: {item.correctiveAction}</span>
            </li>
          ))}
        </ul>
      );
    case 'agenda':
      return (
        <ol className="presentation__list">
          {pack.agendaItems.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong>{' '}
              <span className="presentation__muted">
                — {coordinationName(item.coordinationCode, pack.coordinationNames)}
              </span>
            </li>
          ))}
        </ol>
      );
    case 'openDeliberations':
    case 'deliberations': {
      const items = slide.kind === 'deliberations' ? pack.deliberations : pack.openDeliberations;
      if (items.length === 0)
        return <p className="presentation__muted">Nenhuma deliberação registrada ainda.</p>;
      return (
        <ol className="presentation__list">
          {items.map((item) => (
            <li key={item.id}>
              {item.text}{' '}
              <span className="presentation__muted">
                — {ownerLabel(item, pack.coordinationNames)}, {ACTION_STATUS_LABELS[item.status]}
              </span>
            </li>
          ))}
        </ol>
      );
    }
  }
}

function IndicatorSlide({
  item,
  year,
  reportMonth,
}: {
  item: PackIndicator;
  year: number;
  reportMonth: string;
}) {
  const series = useIndicatorSeries(item.code, null);
  const points = series.data ? toTrendPoints(series.data) : [];
  return (
    <div className="presentation__indicator">
      <div className="presentation__figures">
        <p>
          <span className="presentation__label">Valor {year}</span>
          <span className="presentation__value">{formatValueWithUnit(item.value, item.kind, item.unit)}</span>
          {item.isPartial && item.partialThrough && (
            <span className="presentation__muted">parcial até {formatPeriod(item.partialThrough)}</span>
          )}
        </p>
        <p>
          <span className="presentation__label">Meta {year}</span>
          <span className="presentation__value">
            {formatValueWithUnit(item.target, item.kind, item.unit)}
          </span>
        </p>
        <StatusBadge status={item.status} />
      </div>
      {series.data && (
        <ChartContainer
          title={`${item.shortName}, Mato Grosso (${item.unit})`}
          summary={`Valores e metas de ${item.shortName} por ano, em Mato Grosso.`}
          height={260}
        >
          <TargetVsActualChart
            points={points}
            baseline={null}
            formatValue={(value) => formatValue(value, item.kind)}
            isInteger={item.kind === 'count'}
          />
        </ChartContainer>
      )}
      <p className="presentation__actions">
        <strong>Ações que servem a este indicador:</strong>{' '}
        {item.linkedActions.length === 0
          ? 'nenhuma ligada.'
          : item.linkedActions
              .map(
                (action) =>
                  `${action.code} (${action.status ? ACTION_STATUS_LABELS[action.status] : NO_STATUS_LABEL})`,
              )
              .join(', ')}
      </p>
      <div className="presentation__analysis">
        <h2>Análise de {formatPeriod(reportMonth)}</h2>
        {item.analysis ? (
          <AnalysisText analysis={item.analysis} />
        ) : (
          <p className="presentation__missing">A coordenadoria ainda não escreveu a análise deste mês.</p>
        )}
      </div>
    </div>
  );
}
