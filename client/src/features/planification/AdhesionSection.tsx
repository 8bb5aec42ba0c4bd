import { useState } from 'react';
import { formatIsoDate } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ConfirmInline } from '../../components/ui/ConfirmInline.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import { AdhesionForm } from './AdhesionForm.tsx';
import { adhesionSummary, compositionNote, municipalities, recordedText } from './planification-format.ts';
import { type PlanAdhesion, type PlanMacro, useRemoveAdhesion } from './use-planification.ts';
import { useRowRemoval } from './use-row-removal.ts';

type AdhesionSectionProps = { macro: PlanMacro; today: string; canRecord: boolean };

function RemoveAdhesion({
  adhesion,
  onDone,
  onCancel,
}: {
  adhesion: PlanAdhesion;
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const remove = useRemoveAdhesion();
  return (
    <ConfirmInline
      question={`Remover a adesão de ${adhesion.municipalityName}?`}
      explanation="O registro é apagado (fica na auditoria) e os municípios em adesão são recontados em todos os anos. Para dizer que o município saiu da planificação, use “Editar” e informe a data de saída."
      confirmLabel="Sim, remover"
      pendingLabel="Removendo…"
      isPending={remove.isPending}
      error={remove.error}
      errorTitle="A adesão não foi removida"
      onConfirm={() =>
        remove.mutate(
          { municipalityCode: adhesion.municipalityCode, expectedVersion: adhesion.version },
          { onSuccess: () => onDone(`Adesão de ${adhesion.municipalityName} removida.`) },
        )
      }
      onCancel={onCancel}
    />
  );
}

/** The macro's adhesions against the plan's target: who adhered and when, who has not yet. */
export function AdhesionSection({ macro, today, canRecord }: AdhesionSectionProps) {
  const removal = useRowRemoval<string>();
  const [editRequest, setEditRequest] = useState<{ adhesion: PlanAdhesion; seq: number } | null>(null);
  const composition = compositionNote(macro);
  const columns = ['Município', 'Adesão', 'Saída', 'Documento', 'Registro'];

  return (
    <Card title="Adesão dos municípios" id="adesao" data-testid="planif-adhesions">
      <div className="kpi planif-kpi">
        <span className="kpi__label">Municípios em adesão hoje</span>
        <span className="planif-kpi__value" data-testid="adhesion-count">
          {adhesionSummary(macro)}
        </span>
        {composition && <span className="kpi__unit">{composition}</span>}
      </div>
      <p className="form-success" role="status">
        {removal.notice}
      </p>
      {macro.adhesions.length === 0 ? (
        <p className="note">Nenhuma adesão registrada nesta macrorregião.</p>
      ) : (
        <Table
          caption={`Municípios com adesão registrada (${macro.adhesions.length})`}
          className="planif-adhesion-table"
        >
          <TableHead columns={[...columns, canRecord && { label: 'Ações', isLabelHidden: true }]} />
          <tbody>
            {macro.adhesions.map((adhesion) => (
              <AdhesionRow
                key={adhesion.municipalityCode}
                adhesion={adhesion}
                canRecord={canRecord}
                isRemoving={removal.removing === adhesion.municipalityCode}
                columnCount={columns.length + 1}
                onEdit={() => {
                  removal.cancel();
                  removal.setNotice('');
                  setEditRequest((current) => ({ adhesion, seq: (current?.seq ?? 0) + 1 }));
                }}
                onRemove={() => removal.ask(adhesion.municipalityCode)}
                onRemoved={removal.removed}
                onCancel={removal.cancel}
              />
            ))}
          </tbody>
        </Table>
      )}
      <h3 className="planif-subheading">
        Ainda não aderiram (
        {macro.notAdhering.length === 0 ? 'nenhum' : municipalities(macro.notAdhering.length)})
      </h3>
      {macro.notAdhering.length === 0 ? (
        <p className="note">Todos os municípios da macrorregião estão em adesão.</p>
      ) : (
        <ul className="child-links planif-not-adhering" data-testid="not-adhering">
          {macro.notAdhering.map((municipality) => {
            const withdrawnOn = macro.adhesions.find(
              (adhesion) => adhesion.municipalityCode === municipality.code,
            )?.withdrawnOn;
            return (
              <li key={municipality.code}>
                {municipality.name}
                {withdrawnOn && <span className="secondary-text">saiu em {formatIsoDate(withdrawnOn)}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {canRecord && <AdhesionForm macro={macro} today={today} editRequest={editRequest} />}
    </Card>
  );
}

function AdhesionRow({
  adhesion,
  canRecord,
  isRemoving,
  columnCount,
  onEdit,
  onRemove,
  onRemoved,
  onCancel,
}: {
  adhesion: PlanAdhesion;
  canRecord: boolean;
  isRemoving: boolean;
  columnCount: number;
  onEdit: () => void;
  onRemove: () => void;
  onRemoved: (notice: string) => void;
  onCancel: () => void;
}) {
  return (
    <>
      <tr>
        <th scope="row">
          {adhesion.municipalityName}
          {!adhesion.isAdhering && (
            <>
              {' '}
              <Tag tone="warning">{adhesion.withdrawnOn ? 'saiu' : 'adesão futura'}</Tag>
            </>
          )}
        </th>
        <td className="nowrap">{formatIsoDate(adhesion.adheredOn)}</td>
        <td className="nowrap">{formatIsoDate(adhesion.withdrawnOn)}</td>
        <td>{adhesion.document ?? '—'}</td>
        <td>
          <span className="secondary-text">{recordedText(adhesion)}</span>
        </td>
        {canRecord && (
          <td>
            <div className="row-actions planif-row-actions">
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Editar a adesão de ${adhesion.municipalityName}`}
                onClick={onEdit}
              >
                Editar
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Remover a adesão de ${adhesion.municipalityName}`}
                onClick={onRemove}
                disabled={isRemoving}
              >
                Remover
              </button>
            </div>
          </td>
        )}
      </tr>
      {isRemoving && (
        <tr className="planif-confirm-row">
          <td colSpan={columnCount}>
            <RemoveAdhesion adhesion={adhesion} onDone={onRemoved} onCancel={onCancel} />
          </td>
        </tr>
      )}
    </>
  );
}
