import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { addDays } from '../../../../shared/domain/dates.ts';
import type { Actor } from '../../../../shared/domain/permissions.ts';
import { formatNumber, formatPeriod } from '../../../../shared/format.ts';
import { indicatorPath, YEAR_PARAM } from '../../lib/url.ts';
import { analysisPath } from '../indicator-analysis/analysis-path.ts';
import { AgendaItemForm } from './AgendaItemForm.tsx';
import { AgendaItemTable } from './AgendaItemTable.tsx';
import { DeliberationForm } from './DeliberationForm.tsx';
import { DeliberationTable } from './DeliberationTable.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { formatIsoDate, monthShortLabel } from './meeting-month.ts';
import { coordinationSummary, latestUpdatePerAction } from './meeting-pack.ts';
import type { Coordination } from './meeting-permissions.ts';
import { NonConformityTable } from './NonConformityTable.tsx';
import { PackActionTable } from './PackActionTable.tsx';
import { PackSection } from './PackSection.tsx';
import type { Refusal } from './refusal.ts';
import { UpdatedActionsTable } from './UpdatedActionsTable.tsx';
import type { MeetingData } from './use-meetings.ts';

type MeetingPackViewProps = {
  data: MeetingData;
  actor: Actor | null;
  canDeliberate: boolean;
  /** Coordenadorias the user may propose a pauta for (none: no form). */
  proposable: readonly Coordination[];
  onNotice: (notice: string) => void;
  onRefused: (refusal: Refusal) => void;
};

/** The sections of the pack, in the order the meeting goes through them. */
export function MeetingPackView({
  data,
  actor,
  canDeliberate,
  proposable,
  onNotice,
  onRefused,
}: MeetingPackViewProps) {
  const { pack, meeting, isFrozen, coordinations } = data;
  const since = pack.previousMeeting
    ? `desde a reunião de ${formatPeriod(pack.previousMeeting.month)}`
    : 'desde o início (não há reunião anterior encerrada)';
  const updatedActions = latestUpdatePerAction(pack.updated).length;
  // Snapshots of meetings closed before the coordenadorias' check existed have no such list.
  const unchecked = pack.unchecked ?? [];
  // Both deliberation tables: a closed meeting's snapshot takes no follow-up.
  const deliberationTable = { coordinations, actor, allowFollowUp: !isFrozen, onNotice };
  // Analyses are owed to a meeting being held (or that was): not to a month never held or not open yet.
  const owesAnalyses = isFrozen || data.window?.state === 'open';

  return (
    <>
      <SectionIndex
        items={[
          ['indicadores', 'Indicadores', pack.indicators.length],
          ['conferencia', 'Sem conferência', unchecked.length],
          ['atrasadas', 'Atrasadas', pack.overdue.length],
          ['vencem', 'Vencem em 30 dias', pack.dueSoon.length],
          ['nao-conformidades', 'Não conformidades', pack.nonConformities.length],
          ['atualizadas', 'Atualizadas', updatedActions],
          ['sem-registro', 'Sem registro', pack.missingRecord.length],
          ['pautas', 'Pautas', pack.agendaItems.length],
          ['deliberacoes-anteriores', 'Deliberações anteriores', pack.openDeliberations.length],
          ['deliberacoes', 'Deliberações', pack.deliberations.length],
        ]}
      />
      <PackSection
        id="indicadores"
        title="Indicadores fora da meta ou que mudaram de situação"
        count={pack.indicators.length}
        explanation={`Indicadores do estado em ${pack.year} com meta não atingida ou em risco, e os que mudaram de situação ${since}. O nome abre a página do indicador.`}
        empty="Nenhum indicador fora da meta nem com mudança de situação."
        isCollapsible={false}
      >
        {owesAnalyses && pack.missingAnalyses.length > 0 && (
          <p className="analysis-missing" role="note">
            <strong>
              {pack.missingAnalyses.length === 1
                ? '1 indicador fora da meta ainda sem análise'
                : `${pack.missingAnalyses.length} indicadores fora da meta ainda sem análise`}{' '}
              de {monthShortLabel(pack.reportMonth)}:
            </strong>{' '}
            {pack.missingAnalyses.map((item, index) => (
              <span key={item.code}>
                {index > 0 && ', '}
                {isFrozen ? (
                  `${item.shortName} (${item.code})`
                ) : (
                  <Link to={analysisPath(item.code, pack.reportMonth)}>
                    {item.shortName} ({item.code})
                  </Link>
                )}
              </span>
            ))}
            . A coordenadoria responsável escreve a análise antes da reunião.
          </p>
        )}
        <IndicatorTable pack={pack} isFrozen={isFrozen} owesAnalyses={owesAnalyses} />
      </PackSection>
      <PackSection
        id="conferencia"
        title={`Indicadores sem conferência de ${monthShortLabel(pack.reportMonth)}`}
        count={unchecked.length}
        explanation={`A coordenadoria responsável marca os dados do mês como conferidos na página do indicador; um valor mudado depois da conferência pede conferir de novo.`}
        empty={`Todos os indicadores de ${monthShortLabel(pack.reportMonth)} foram conferidos.`}
        toggleLabel={`Mostrar os ${unchecked.length} indicadores sem conferência`}
      >
        <ul className="pack-unchecked">
          {unchecked.map((item) => (
            <li key={item.code}>
              <Link to={indicatorPath(item.code, { [YEAR_PARAM]: pack.year })}>
                {item.code} — {item.shortName}
              </Link>
              {item.state === 'changed_after'
                ? ` (conferido por ${item.checkedByName ?? 'alguém'}, mas alterado depois)`
                : ' (não conferido)'}
            </li>
          ))}
        </ul>
      </PackSection>
      <PackSection
        id="atrasadas"
        title="Ações atrasadas"
        count={pack.overdue.length}
        explanation="Ações operacionais cujo prazo de término já passou e que não estão concluídas, canceladas nem suspensas."
        empty="Nenhuma ação atrasada."
        summary={pack.overdue.length > 0 && coordinationSummary(pack.overdue, pack.coordinationNames)}
        toggleLabel={`Mostrar as ${pack.overdue.length} ações atrasadas`}
      >
        <PackActionTable caption="Ações atrasadas" actions={pack.overdue} names={pack.coordinationNames} />
      </PackSection>
      <PackSection
        id="vencem"
        title="Ações que vencem nos próximos 30 dias"
        count={pack.dueSoon.length}
        explanation={`Ações em aberto com prazo de término entre ${formatIsoDate(pack.today)} e ${formatIsoDate(addDays(pack.today, 30))}.`}
        empty="Nenhuma ação vence nos próximos 30 dias."
        toggleLabel={`Mostrar as ${pack.dueSoon.length} ações`}
      >
        <PackActionTable
          caption="Ações que vencem nos próximos 30 dias"
          actions={pack.dueSoon}
          names={pack.coordinationNames}
        />
      </PackSection>
      <PackSection
        id="nao-conformidades"
        title="Não conformidades desde a última reunião"
        count={pack.nonConformities.length}
        explanation={`Não conformidades registradas no monitoramento mensal ${since}, com a medida corretiva, o responsável e o prazo.`}
        empty="Nenhuma não conformidade registrada no período."
        toggleLabel={`Mostrar as ${pack.nonConformities.length} não conformidades`}
      >
        <NonConformityTable items={pack.nonConformities} />
      </PackSection>
      <PackSection
        id="atualizadas"
        title="Ações atualizadas desde a última reunião"
        count={updatedActions}
        explanation={`Ações com registro de monitoramento ${since} (${formatNumber(pack.updated.length, 0)} registros); uma linha por ação, com o registro mais recente.`}
        empty="Nenhum registro de monitoramento no período."
        toggleLabel={`Mostrar as ${updatedActions} ações atualizadas`}
      >
        <UpdatedActionsTable updates={pack.updated} />
      </PackSection>
      <PackSection
        id="sem-registro"
        title={`Ações sem registro em ${monthShortLabel(pack.reportMonth)}`}
        count={pack.missingRecord.length}
        explanation={`A reunião avalia o mês anterior: ações que devem o monitoramento de ${monthShortLabel(pack.reportMonth)} e ainda não o registraram (não entram as concluídas, as canceladas e as que ainda não começaram).`}
        empty={`Todas as ações em curso registraram o monitoramento de ${monthShortLabel(pack.reportMonth)}.`}
        summary={
          pack.missingRecord.length > 0 && coordinationSummary(pack.missingRecord, pack.coordinationNames)
        }
        toggleLabel={`Mostrar as ${pack.missingRecord.length} ações sem registro`}
      >
        <PackActionTable
          names={pack.coordinationNames}
          caption={`Ações sem registro em ${monthShortLabel(pack.reportMonth)}`}
          actions={pack.missingRecord}
        />
      </PackSection>
      <PackSection
        id="pautas"
        title="Pautas propostas"
        count={pack.agendaItems.length}
        explanation="Assuntos que as coordenadorias pediram para discutir nesta reunião."
        empty="Nenhuma pauta proposta."
        toggleLabel={`Mostrar as ${pack.agendaItems.length} pautas`}
      >
        <AgendaItemTable items={pack.agendaItems} names={pack.coordinationNames} />
      </PackSection>
      {!isFrozen && proposable.length > 0 && (
        <FormCard title="Propor pauta">
          <AgendaItemForm month={meeting.month} coordinations={proposable} onRefused={onRefused} />
        </FormCard>
      )}
      <PackSection
        id="deliberacoes-anteriores"
        title="Deliberações em aberto de reuniões anteriores"
        count={pack.openDeliberations.length}
        explanation={
          isFrozen
            ? 'Encaminhamentos de reuniões passadas que estavam em aberto no dia do encerramento, com a situação daquele dia.'
            : 'Encaminhamentos de reuniões passadas ainda não concluídos nem cancelados: cobrar o andamento.'
        }
        empty="Nenhuma deliberação anterior em aberto."
        toggleLabel={`Mostrar as ${pack.openDeliberations.length} deliberações`}
      >
        <DeliberationTable
          caption="Deliberações em aberto de reuniões anteriores"
          deliberations={pack.openDeliberations}
          showMeeting
          {...deliberationTable}
        />
      </PackSection>
      <PackSection
        id="deliberacoes"
        title="Deliberações desta reunião"
        count={pack.deliberations.length}
        explanation={
          isFrozen
            ? 'Decididas nesta reunião, com a situação do dia do encerramento. O andamento atual está em Reuniões → Deliberações e encaminhamentos.'
            : 'Deliberações e encaminhamentos decididos nesta reunião: o quê, quem responde e até quando. São acompanhados em Reuniões até a conclusão.'
        }
        empty={
          isFrozen
            ? 'Nenhuma deliberação foi registrada nesta reunião.'
            : 'Nenhuma deliberação registrada ainda.'
        }
        toggleLabel={`Mostrar as ${pack.deliberations.length} deliberações`}
      >
        <DeliberationTable
          caption="Deliberações desta reunião"
          deliberations={pack.deliberations}
          {...deliberationTable}
        />
      </PackSection>
      {!isFrozen && canDeliberate && (
        <FormCard title="Registrar deliberação/encaminhamento">
          <DeliberationForm meeting={meeting} coordinations={coordinations} onRefused={onRefused} />
        </FormCard>
      )}
    </>
  );
}

function FormCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card meeting-form-card" aria-label={title}>
      <h2 className="meeting-form-card__title">{title}</h2>
      {children}
    </section>
  );
}

function SectionIndex({ items }: { items: [id: string, label: string, count: number][] }) {
  return (
    <nav className="meeting-index" aria-label="Seções da reunião">
      <ul>
        {items.map(([id, label, count]) => (
          <li key={id}>
            <a href={`#${id}`}>
              {label} <span className="meeting-index__count">{formatNumber(count, 0)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
