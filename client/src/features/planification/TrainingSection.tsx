import { useId } from 'react';
import { formatIsoDate, formatNumber } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ConfirmInline } from '../../components/ui/ConfirmInline.tsx';
import { DraftForm } from '../../components/ui/DraftForm.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { useDraftForm } from '../../lib/use-draft-form.ts';
import { recordedText, trainingSummary, trainingTotalNote } from './planification-format.ts';
import { emptyTrainingDraft, trainingInput } from './record-drafts.ts';
import { type PlanMacro, type PlanTraining, useAddTraining, useRemoveTraining } from './use-planification.ts';
import { useRowRemoval } from './use-row-removal.ts';

type TrainingSectionProps = { macro: PlanMacro; today: string; canRecord: boolean };

/** "Registrar formação": when, what, how many professionals were qualified. */
function TrainingForm({ macro, today }: { macro: PlanMacro; today: string }) {
  const id = useId();
  const add = useAddTraining();
  const { draft, setDraft, change, notice, setNotice, message, send } = useDraftForm(
    () => emptyTrainingDraft(today),
    add,
  );

  function submit() {
    send(trainingInput(macro.code, draft), {
      onSuccess: (input) => {
        setDraft(emptyTrainingDraft(today));
        setNotice(
          `Formação registrada: ${input.title} (${formatNumber(input.professionals, 0)} profissionais).`,
        );
      },
    });
  }

  return (
    <div className="planif-form-box">
      <h3 className="planif-form-box__title">Registrar formação</h3>
      <DraftForm
        className="planif-form"
        label="Registrar formação"
        notice={notice}
        errorTitle="A formação não foi registrada"
        message={message}
        isPending={add.isPending}
        submitLabel="Registrar formação"
        pendingLabel="Registrando…"
        onSubmit={submit}
      >
        <div className="admin-form__fields planif-form__fields--training">
          <FormField
            id={`${id}-data`}
            label="Data da formação"
            hint="O último dia do evento; não depois de hoje."
          >
            <input
              id={`${id}-data`}
              type="date"
              value={draft.heldOn}
              max={today}
              aria-describedby={hintId(`${id}-data`)}
              onChange={(event) => change({ heldOn: event.target.value })}
            />
          </FormField>
          <FormField id={`${id}-descricao`} label="Descrição" hint="Ex.: Oficina tutorial 1 — a RAS e a APS.">
            <input
              id={`${id}-descricao`}
              type="text"
              value={draft.title}
              maxLength={200}
              aria-describedby={hintId(`${id}-descricao`)}
              onChange={(event) => change({ title: event.target.value })}
            />
          </FormField>
          <FormField
            id={`${id}-profissionais`}
            label="Profissionais qualificados"
            hint="Quantos concluíram o evento (número inteiro)."
          >
            <input
              id={`${id}-profissionais`}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={draft.professionals}
              aria-describedby={hintId(`${id}-profissionais`)}
              onChange={(event) => change({ professionals: event.target.value })}
            />
          </FormField>
        </div>
      </DraftForm>
    </div>
  );
}

function RemoveTraining({
  training,
  onDone,
  onCancel,
}: {
  training: PlanTraining;
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const remove = useRemoveTraining();
  return (
    <ConfirmInline
      question={`Remover a formação “${training.title}” de ${formatIsoDate(training.heldOn)}?`}
      explanation="O registro é apagado (fica na auditoria) e os profissionais qualificados do ano são recontados."
      confirmLabel="Sim, remover"
      pendingLabel="Removendo…"
      isPending={remove.isPending}
      error={remove.error}
      errorTitle="A formação não foi removida"
      onConfirm={() =>
        remove.mutate(
          { id: training.id },
          { onSuccess: () => onDone(`Formação “${training.title}” removida.`) },
        )
      }
      onCancel={onCancel}
    />
  );
}

/** Professionals qualified against the plan's estimate for the macro, and the training events. */
export function TrainingSection({ macro, today, canRecord }: TrainingSectionProps) {
  const removal = useRowRemoval<number>();
  const total = trainingTotalNote(macro);
  const columnCount = canRecord ? 5 : 4;

  return (
    <Card title="Formação de profissionais" id="formacao" data-testid="planif-trainings">
      <div className="kpi planif-kpi">
        <span className="kpi__label">Profissionais qualificados</span>
        <span className="planif-kpi__value">{trainingSummary(macro)}</span>
        {macro.trainingTarget && (
          <span className="kpi__unit">
            Estimativa do plano para {macro.trainingTarget.year}:{' '}
            {macro.trainingTarget.label ?? formatNumber(macro.trainingTarget.value, 0)}.{total && ` ${total}`}
          </span>
        )}
      </div>
      <p className="form-success" role="status">
        {removal.notice}
      </p>
      {macro.trainings.length === 0 ? (
        <p className="note">Nenhuma formação registrada nesta macrorregião.</p>
      ) : (
        <Table caption={`Eventos de formação (${macro.trainings.length})`}>
          <TableHead
            columns={[
              'Data',
              'Formação',
              { label: 'Profissionais', className: 'numeric' },
              'Registro',
              canRecord && { label: 'Ações', isLabelHidden: true },
            ]}
          />
          <tbody>
            {macro.trainings.map((training) => (
              <TrainingRow
                key={training.id}
                training={training}
                canRecord={canRecord}
                isRemoving={removal.removing === training.id}
                columnCount={columnCount}
                onRemove={() => removal.ask(training.id)}
                onRemoved={removal.removed}
                onCancel={removal.cancel}
              />
            ))}
          </tbody>
        </Table>
      )}
      {canRecord && <TrainingForm macro={macro} today={today} />}
    </Card>
  );
}

function TrainingRow({
  training,
  canRecord,
  isRemoving,
  columnCount,
  onRemove,
  onRemoved,
  onCancel,
}: {
  training: PlanTraining;
  canRecord: boolean;
  isRemoving: boolean;
  columnCount: number;
  onRemove: () => void;
  onRemoved: (notice: string) => void;
  onCancel: () => void;
}) {
  return (
    <>
      <tr>
        <td className="nowrap">{formatIsoDate(training.heldOn)}</td>
        <td>{training.title}</td>
        <td className="numeric">{formatNumber(training.professionals, 0)}</td>
        <td>
          <span className="secondary-text">{recordedText(training)}</span>
        </td>
        {canRecord && (
          <td>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Remover a formação ${training.title} de ${formatIsoDate(training.heldOn)}`}
              onClick={onRemove}
              disabled={isRemoving}
            >
              Remover
            </button>
          </td>
        )}
      </tr>
      {isRemoving && (
        <tr className="planif-confirm-row">
          <td colSpan={columnCount}>
            <RemoveTraining training={training} onDone={onRemoved} onCancel={onCancel} />
          </td>
        </tr>
      )}
    </>
  );
}
