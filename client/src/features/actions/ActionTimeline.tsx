import { Link } from 'react-router';
import { datePosition, TIMELINE_YEARS, yearOf } from '../../components/charts/timeline-axis.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ActionStatusBadge } from './ActionStatusBadge.tsx';
import { formatIsoDate, STATUS_ORDER, shortText, statusKey } from './action-labels.ts';
import { actionPath } from './action-search.ts';
import {
  groupTimeline,
  type TimelineRow,
  timelineBarLabel,
  timelineDatesText,
  timelineGeometry,
} from './action-timeline.ts';
import type { ActionView } from './use-action-plan.ts';

const percent = (value: number) => `${value}%`;

/** The years' cells behind the bars (the current year shaded) and the "hoje" line. */
function TrackBackground({ today }: { today: string }) {
  const todayAt = datePosition(today);
  const thisYear = yearOf(today);
  return (
    <>
      {TIMELINE_YEARS.map((year) => (
        <span
          key={year}
          className={
            year === thisYear
              ? 'action-timeline__cell action-timeline__cell--current'
              : 'action-timeline__cell'
          }
        />
      ))}
      {todayAt !== null && <span className="action-timeline__today" style={{ left: percent(todayAt) }} />}
    </>
  );
}

/** The years over the tracks, repeated for each objective so a printed sheet always has its axis. */
function AxisHeader({ today }: { today: string }) {
  const todayAt = datePosition(today);
  const thisYear = yearOf(today);
  return (
    <div className="action-timeline__header" aria-hidden="true">
      <span className="action-timeline__head-label">Ação</span>
      <div className="action-timeline__track action-timeline__track--header">
        {TIMELINE_YEARS.map((year) => (
          <span
            key={year}
            className={
              year === thisYear
                ? 'action-timeline__year action-timeline__year--current'
                : 'action-timeline__year'
            }
          >
            {year}
          </span>
        ))}
        {todayAt !== null && (
          <span
            className="action-timeline__today-label"
            style={{ left: percent(todayAt) }}
            data-testid="timeline-today"
          >
            hoje, {formatIsoDate(today)}
          </span>
        )}
      </div>
    </div>
  );
}

/**
 * One action: its code and text (for the eye; the bar's name says them to a screen reader) and its
 * bar or mark, a link to the action. Atrasada is a word beside the code and a ⚠ on the bar.
 */
function TimelineActionRow({ row, today }: { row: TimelineRow<ActionView>; today: string }) {
  const { action, dates } = row;
  const geometry = timelineGeometry(dates);
  const key = statusKey(action.status);
  const label = timelineBarLabel(action, dates);
  const placement =
    geometry === null
      ? undefined
      : geometry.kind === 'span'
        ? { left: percent(geometry.left), width: percent(geometry.width) }
        : { left: percent(geometry.at) };
  return (
    <li className="action-timeline__row" data-testid="timeline-row" data-action={action.code}>
      <div className="action-timeline__label" aria-hidden="true">
        <span className="action-code">{action.code}</span> {shortText(action.text, 70)}
        <span className="action-timeline__dates secondary-text">
          {timelineDatesText(dates)}
          {action.overdue && (
            <span className="tag tag--overdue">
              <span aria-hidden="true">⚠ </span>Atrasada
            </span>
          )}
        </span>
      </div>
      <div className="action-timeline__track">
        <TrackBackground today={today} />
        {geometry && (
          <Link
            to={actionPath(action.code)}
            aria-label={label}
            title={label}
            className={[
              'action-timeline__bar',
              `action-timeline__bar--${geometry.kind}`,
              `action-status--${key}`,
              action.overdue ? 'action-timeline__bar--overdue' : '',
              geometry.isCutBefore ? 'action-timeline__bar--cut-before' : '',
              geometry.isCutAfter ? 'action-timeline__bar--cut-after' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            style={placement}
            data-status={key}
            data-overdue={action.overdue ? 'true' : undefined}
          >
            {geometry.isCutBefore && <span className="action-timeline__cut">◂</span>}
            {action.overdue && <span className="action-timeline__overdue">⚠</span>}
            {geometry.isCutAfter && <span className="action-timeline__cut">▸</span>}
          </Link>
        )}
      </div>
    </li>
  );
}

/** The status colours as the badges show them, the "atrasada" sign, the mark of a single date, hoje. */
function TimelineLegend({ today }: { today: string }) {
  return (
    <div className="action-timeline__legend chart__legend" aria-hidden="true">
      {STATUS_ORDER.map((status) => (
        <ActionStatusBadge key={status} status={status} />
      ))}
      <span className="tag tag--overdue">⚠ Atrasada</span>
      <span className="legend-item">
        <span className="action-timeline__swatch action-timeline__swatch--mark" />
        Data única (até, a partir de, em)
      </span>
      <span className="legend-item">
        <span className="action-timeline__swatch action-timeline__swatch--today" />
        Hoje ({formatIsoDate(today)})
      </span>
    </div>
  );
}

/**
 * The filtered actions on 2024–2027: one card per objective, its strategic actions as headings and a
 * row per operational action; then the actions whose prazo has no date ("Sem datas definidas").
 */
export function ActionTimeline({ rows, today }: { rows: readonly ActionView[]; today: string }) {
  const { objectives, undated } = groupTimeline(rows);
  return (
    <div className="action-timeline" data-testid="action-timeline">
      <TimelineLegend today={today} />
      {objectives.map((objective) => (
        <section
          key={objective.code}
          className="card action-timeline__objective"
          aria-labelledby={`cronograma-objetivo-${objective.code}`}
        >
          <h2 id={`cronograma-objetivo-${objective.code}`} className="card__title">
            Objetivo {objective.code} · {objective.name}
          </h2>
          <AxisHeader today={today} />
          {objective.strategicActions.map((strategic) => (
            <section key={strategic.code} className="action-timeline__strategic">
              <h3 className="action-timeline__strategic-title">
                <span className="action-code">{strategic.code}</span> {strategic.text}
              </h3>
              <ol className="action-timeline__rows">
                {strategic.rows.map((row) => (
                  <TimelineActionRow key={row.action.code} row={row} today={today} />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
      {undated.length > 0 && (
        <Card title="Sem datas definidas" className="action-timeline__undated" data-testid="timeline-undated">
          <p className="note">
            O prazo destas ações não traz datas que se possam ler (por exemplo “contínuo”); elas ficam fora do
            cronograma até que o administrador defina as datas na revisão de prazos.
          </p>
          <ul className="action-timeline__undated-list">
            {undated.map((action) => (
              <li key={action.code}>
                <Link to={actionPath(action.code)}>
                  <span className="action-code">{action.code}</span> {action.text}
                </Link>{' '}
                <span className="secondary-text">Prazo: {action.deadlineText}</span>{' '}
                <ActionStatusBadge status={action.status} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
