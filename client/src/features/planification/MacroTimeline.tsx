import { Link } from 'react-router';
import { formatIsoDate } from '../../../../shared/format.ts';
import { datePosition, TIMELINE_YEARS, yearOf } from '../../components/charts/timeline-axis.ts';
import { Card } from '../../components/ui/Card.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import {
  adhesionFraction,
  adhesionSummary,
  professionals,
  stagesFraction,
  trainingSummary,
} from './planification-format.ts';
import { planificationPath } from './planification-url.ts';
import { barGeometry, SCHEDULE_STATE_LABELS, scheduleYears, timelineRowLabel } from './timeline.ts';
import type { PlanificationView, PlanMacro } from './use-planification.ts';

const percent = (value: number) => `${value}%`;

function TimelineRow({ macro, today }: { macro: PlanMacro; today: string }) {
  const bar = barGeometry(macro);
  const todayAt = datePosition(today);
  const thisYear = yearOf(today);
  return (
    <li className="planif-timeline__row" data-testid="timeline-row" data-macro={macro.code}>
      <div className="planif-timeline__label">
        <Link
          className="planif-timeline__name"
          to={planificationPath(macro.code)}
          aria-label={`${timelineRowLabel(macro)} Adesão: ${adhesionSummary(macro)}. Etapas da fase 1: ${stagesFraction(macro)}.`}
        >
          {macro.name}
        </Link>
        <span className="secondary-text" aria-hidden="true">
          {macro.phase}
        </span>
      </div>
      <div className="planif-timeline__track" aria-hidden="true">
        {TIMELINE_YEARS.map((year) => (
          <span
            key={year}
            className={
              year === thisYear
                ? 'planif-timeline__cell planif-timeline__cell--current'
                : 'planif-timeline__cell'
            }
          />
        ))}
        {bar && (
          <span
            className={`planif-timeline__bar planif-timeline__bar--${macro.state}`}
            style={{ left: percent(bar.left), width: percent(bar.width) }}
          >
            {scheduleYears(macro)} · {SCHEDULE_STATE_LABELS[macro.state]}
          </span>
        )}
        {todayAt !== null && <span className="planif-timeline__today" style={{ left: percent(todayAt) }} />}
      </div>
      <span className="planif-timeline__facts" aria-hidden="true">
        Adesão {adhesionFraction(macro)}
        <span className="secondary-text">Etapas {stagesFraction(macro)}</span>
      </span>
    </li>
  );
}

/**
 * The plan's schedule as a Gantt by year: one row per macro, the current year shaded, a "hoje" line.
 * Each row opens the macro. The drawing is hidden from screen readers: the row's link says it all,
 * and the table below repeats it with the counts.
 */
export function MacroTimeline({ view }: { view: PlanificationView }) {
  const todayAt = datePosition(view.today);
  const thisYear = yearOf(view.today);
  return (
    <Card
      title="Cronograma da planificação, 2024–2027"
      className="planif-timeline-card"
      data-testid="planif-timeline"
    >
      <div className="planif-timeline">
        <div className="planif-timeline__header" aria-hidden="true">
          <span className="planif-timeline__head-label">Macrorregião</span>
          <div className="planif-timeline__track planif-timeline__track--header">
            {TIMELINE_YEARS.map((year) => (
              <span
                key={year}
                className={
                  year === thisYear
                    ? 'planif-timeline__year planif-timeline__year--current'
                    : 'planif-timeline__year'
                }
              >
                {year}
              </span>
            ))}
            {todayAt !== null && (
              <span className="planif-timeline__today-label" style={{ left: percent(todayAt) }}>
                hoje
              </span>
            )}
          </div>
          <span className="planif-timeline__head-label">Situação</span>
        </div>
        <ol className="planif-timeline__rows" aria-label="Macrorregiões no cronograma da planificação">
          {view.macros.map((macro) => (
            <TimelineRow key={macro.code} macro={macro} today={view.today} />
          ))}
        </ol>
      </div>
      <div className="planif-timeline__legend chart__legend" aria-hidden="true">
        <span className="legend-item">
          <span className="planif-timeline__swatch planif-timeline__bar--past" />
          Período encerrado
        </span>
        <span className="legend-item">
          <span className="planif-timeline__swatch planif-timeline__bar--current" />
          Em curso
        </span>
        <span className="legend-item">
          <span className="planif-timeline__swatch planif-timeline__bar--planned" />
          Prevista
        </span>
        <span className="legend-item">
          <span className="planif-timeline__swatch planif-timeline__swatch--year" />
          Ano atual ({thisYear})
        </span>
        <span className="legend-item">
          <span className="planif-timeline__swatch planif-timeline__swatch--today" />
          Hoje ({formatIsoDate(view.today)})
        </span>
      </div>
      <Table caption="Resumo por macrorregião" className="planif-summary-table">
        <TableHead
          columns={[
            'Macrorregião',
            'Fase',
            'Cronograma',
            'Situação',
            'Municípios em adesão',
            'Profissionais qualificados',
            { label: 'Etapas da fase 1', className: 'numeric' },
          ]}
        />
        <tbody>
          {view.macros.map((macro) => (
            <tr key={macro.code}>
              <th scope="row">
                <Link to={planificationPath(macro.code)}>{macro.name}</Link>
              </th>
              <td>{macro.phase}</td>
              <td>{scheduleYears(macro)}</td>
              <td>{SCHEDULE_STATE_LABELS[macro.state]}</td>
              <td>{adhesionSummary(macro)}</td>
              <td>{macro.trainingTarget ? trainingSummary(macro) : professionals(macro.trained)}</td>
              <td className="numeric">{stagesFraction(macro)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
