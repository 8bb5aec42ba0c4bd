import type { ReactNode } from 'react';
import { ACTION_STATUS_LABELS, NO_STATUS_LABEL } from '../../../../shared/domain/action-status.ts';
import { STATUS_LABELS } from '../../../../shared/domain/status.ts';
import { formatDateTimeMt, formatIsoDate, formatNumber, formatPeriod } from '../../../../shared/format.ts';
import { DocumentHeading } from '../../components/ui/DocumentHeading.tsx';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { formatValue } from '../indicators/figure-format.ts';
import { compareWithState } from '../territories/compare-with-state.ts';
import { LEVEL_NAMES } from '../territories/territory-tree.ts';
import { datedLabel, limitList, shortfallText, valueChangeText } from './brief-format.ts';

export type BriefData = RouterOutputs['territory']['brief'];

/** Texts of the plan are long: the brief keeps one line's worth so it stays on one page. */
const TEXT_LENGTH = 150;
const shorten = (text: string) => (text.length > TEXT_LENGTH ? `${text.slice(0, TEXT_LENGTH - 1)}…` : text);
const dateOf = (instant: string) => formatDateTimeMt(instant).slice(0, 10);

/** Deliberations and change lines kept per kind before "e mais N". */
const LIST_LIMIT = 5;
const ACTION_LIMIT = 8;
/** Indicators named in the "valores carregados" sentence. */
const VALUE_LIMIT = 4;

function More({ count, what }: { count: number; what: string }) {
  return count > 0 ? (
    <li>
      e mais {formatNumber(count, 0)} {what}
    </li>
  ) : null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="brief__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** The one-page regional brief (A4): indicators, planificação, actions, deliberations, changes. */
export function BriefDocument({ data }: { data: BriefData }) {
  const { territory, planification: plan, changes } = data;
  const isExample = data.rows.some((row) => row.figure.isExample);
  const records = limitList(changes.records, LIST_LIMIT);
  const values = limitList(changes.values, VALUE_LIMIT);
  const planificationChanges = limitList(changes.planification, LIST_LIMIT);
  const actions = limitList(data.actions, ACTION_LIMIT);
  const deliberations = limitList(data.deliberations, LIST_LIMIT);
  const newDeliberations = limitList(changes.deliberations, LIST_LIMIT);
  const changeCount =
    changes.values.length +
    changes.records.length +
    changes.deliberations.length +
    changes.planification.length;
  return (
    <article className="minutes brief" aria-label={`Resumo regional de ${territory.name}`}>
      <DocumentHeading>
        Resumo regional — {territory.name} — {data.year}
      </DocumentHeading>
      <p className="brief__facts">
        {LEVEL_NAMES[territory.level]}
        {data.macroName && territory.level === 'region' ? ` da ${data.macroName}` : ''} · emitido em{' '}
        {formatIsoDate(data.today)}
      </p>
      {isExample && (
        <p className="minutes__example">
          Contém dados de exemplo, gerados para demonstração: não use para análise nem cite.
        </p>
      )}

      <Section title="1. Indicadores: meta e estado (os três mais distantes da meta primeiro)">
        <table className="minutes__table brief__table">
          <colgroup>
            <col className="brief__col-indicator" />
            <col className="brief__col-number" />
            <col className="brief__col-number" />
            <col className="brief__col-status" />
            <col className="brief__col-state" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Indicador</th>
              <th scope="col" className="numeric">
                Valor
              </th>
              <th scope="col" className="numeric">
                Meta
              </th>
              <th scope="col">Situação</th>
              <th scope="col" className="numeric">
                Mato Grosso
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map(({ indicator, figure, stateFigure, isWorst, shortfall }) => {
              const versus = compareWithState(figure.value, stateFigure?.value ?? null, indicator);
              return (
                <tr key={indicator.code} className={isWorst ? 'brief__worst' : undefined}>
                  <th scope="row">
                    {isWorst && (
                      <>
                        <span aria-hidden="true">▲ </span>
                        <span className="visually-hidden">Entre os três mais distantes da meta: </span>
                      </>
                    )}
                    {indicator.shortName}
                    {/* On one A4 page the unit is said once per row, for its value, target and state figure. */}
                    <span className="brief__note"> ({indicator.unit})</span>
                    {figure.isPartial && figure.partialThrough && (
                      <span className="brief__note"> (até {formatPeriod(figure.partialThrough)})</span>
                    )}
                  </th>
                  <td className="numeric">{formatValue(figure.value, indicator.kind)}</td>
                  <td className="numeric">{formatValue(figure.target, indicator.kind)}</td>
                  <td>
                    {STATUS_LABELS[figure.status]}
                    {isWorst && shortfall !== null && (
                      <span className="brief__note brief__note--block">{shortfallText(shortfall)}</span>
                    )}
                  </td>
                  <td className="numeric">
                    {formatValue(stateFigure?.value ?? null, indicator.kind)}
                    {versus && <span className="brief__note brief__note--block">{versus}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>

      <Section title="2. Planificação da atenção à saúde">
        {plan ? (
          <p>
            {plan.name}: {plan.phase}
            {plan.phase.includes(String(plan.startYear))
              ? ''
              : ` (${plan.startYear === plan.endYear ? plan.startYear : `${plan.startYear}–${plan.endYear}`})`}{' '}
            · {formatNumber(plan.adheringCount, 0)} de {formatNumber(plan.municipalityCount, 0)} municípios em
            adesão
            {plan.adhesionTarget ? ` (meta ${formatNumber(plan.adhesionTarget.value, 0)})` : ''}
            {plan.trainingTarget &&
              ` · ${formatNumber(plan.trainedInTargetYear ?? 0, 0)} profissionais qualificados em ${plan.trainingTarget.year} (estimativa do plano: ${formatNumber(plan.trainingTarget.value, 0)})`}
            {plan.hasPhaseOne
              ? ` · etapas da fase 1: ${plan.stagesDone} de ${plan.stageCount}`
              : ' · as etapas da fase 1 não se aplicam (macrorregião já planificada)'}
          </p>
        ) : (
          <p className="minutes__empty">Sem planificação registrada para esta macrorregião.</p>
        )}
      </Section>

      <Section title={`3. Ações do plano que citam o território (${data.actions.length})`}>
        {data.actions.length === 0 ? (
          <p className="minutes__empty">Nenhuma ação do plano cita este território pelo nome.</p>
        ) : (
          <ul className="brief__list">
            {actions.shown.map((action) => (
              <li key={action.code}>
                <strong>{action.code}</strong> {shorten(action.text)} —{' '}
                {action.status ? ACTION_STATUS_LABELS[action.status] : NO_STATUS_LABEL}
                {action.overdue && ' · atrasada'}
                {action.endsOn && ` · prazo ${formatIsoDate(action.endsOn)}`}
              </li>
            ))}
            <More count={actions.more} what="ações (veja o plano de ação)" />
          </ul>
        )}
      </Section>

      <Section title={`4. Deliberações das reuniões de condução (${data.deliberations.length})`}>
        {data.deliberations.length === 0 ? (
          <p className="minutes__empty">Nenhuma deliberação cita este território.</p>
        ) : (
          <ul className="brief__list">
            {deliberations.shown.map((deliberation) => (
              <li key={deliberation.id}>
                {formatPeriod(deliberation.meetingMonth)}: {shorten(deliberation.text)} —{' '}
                {ACTION_STATUS_LABELS[deliberation.status]}
                {deliberation.overdue && ' · atrasada'}
              </li>
            ))}
            <More count={deliberations.more} what="deliberações (veja as reuniões de condução)" />
          </ul>
        )}
      </Section>

      <Section title={`5. O que mudou nos últimos 30 dias (desde ${formatIsoDate(data.since)})`}>
        {changeCount === 0 ? (
          <p className="minutes__empty">Nada registrado no período.</p>
        ) : (
          <>
            {changes.values.length > 0 && (
              <p>
                <strong>Valores carregados</strong> (último em{' '}
                {dateOf(
                  changes.values
                    .map((change) => change.lastAt)
                    .sort()
                    .at(-1) ?? '',
                )}
                ): {values.shown.map(valueChangeText).join('; ')}
                {values.more > 0 ? ` e mais ${values.more} indicadores` : ''}.
              </p>
            )}
            <ul className="brief__list">
              {records.shown.map((record) => (
                <li key={record.code}>
                  Ação {record.code}: monitoramento registrado em {dateOf(record.recordedAt)} —{' '}
                  {record.status ? ACTION_STATUS_LABELS[record.status] : NO_STATUS_LABEL}
                </li>
              ))}
              <More count={records.more} what="registros de monitoramento" />
              {newDeliberations.shown.map((deliberation) => (
                <li key={deliberation.id}>
                  Nova deliberação em {dateOf(deliberation.createdAt)}: {shorten(deliberation.text)}
                </li>
              ))}
              <More count={newDeliberations.more} what="deliberações novas" />
              {planificationChanges.shown.map((item) => (
                <li key={`${item.label}|${item.date}`}>{datedLabel(item)}</li>
              ))}
              <More count={planificationChanges.more} what="registros da planificação" />
            </ul>
          </>
        )}
      </Section>
    </article>
  );
}
