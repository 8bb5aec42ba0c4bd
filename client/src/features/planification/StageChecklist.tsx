import { useId, useState } from 'react';
import { Link } from 'react-router';
import { formatIsoDate } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ConfirmInline } from '../../components/ui/ConfirmInline.tsx';
import { DraftForm } from '../../components/ui/DraftForm.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { useDraftForm } from '../../lib/use-draft-form.ts';
import { recordedText, stagesDone } from './planification-format.ts';
import { emptyStageDraft, stageInput } from './record-drafts.ts';
import { type PlanMacro, type PlanStage, useCompleteStage, useUndoStage } from './use-planification.ts';

type Open = { stageCode: string; mode: 'complete' | 'undo' } | null;

function StageForm({
  macro,
  stage,
  today,
  onDone,
  onCancel,
}: {
  macro: PlanMacro;
  stage: PlanStage;
  today: string;
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const complete = useCompleteStage();
  const { draft, change, message, send } = useDraftForm(() => emptyStageDraft(today), complete);
  return (
    <DraftForm
      label={`Registrar a conclusão de: ${stage.name}`}
      className="planif-form planif-stage-form"
      errorTitle="A conclusão não foi registrada"
      message={message}
      isPending={complete.isPending}
      submitLabel="Registrar conclusão"
      pendingLabel="Registrando…"
      onSubmit={() =>
        send(stageInput(macro.code, stage.code, draft), {
          onSuccess: () => onDone(`Etapa concluída: ${stage.name}.`),
        })
      }
      onCancel={onCancel}
    >
      <div className="admin-form__fields">
        <FormField id={`${id}-data`} label="Data de conclusão" hint="Não depois de hoje.">
          <input
            id={`${id}-data`}
            type="date"
            value={draft.completedOn}
            max={today}
            aria-describedby={hintId(`${id}-data`)}
            onChange={(event) => change({ completedOn: event.target.value })}
          />
        </FormField>
        <FormField
          id={`${id}-obs`}
          label="Observação (opcional)"
          hint="Ex.: ata da CIR, resolução, relatório."
        >
          <input
            id={`${id}-obs`}
            type="text"
            value={draft.note}
            maxLength={500}
            aria-describedby={hintId(`${id}-obs`)}
            onChange={(event) => change({ note: event.target.value })}
          />
        </FormField>
      </div>
    </DraftForm>
  );
}

function UndoStage({
  macro,
  stage,
  onDone,
  onCancel,
}: {
  macro: PlanMacro;
  stage: PlanStage;
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const undo = useUndoStage();
  return (
    <ConfirmInline
      question={`Desfazer a conclusão de “${stage.name}”?`}
      explanation="A etapa volta a constar como não concluída (o registro fica na auditoria)."
      confirmLabel="Sim, desfazer"
      pendingLabel="Desfazendo…"
      isPending={undo.isPending}
      error={undo.error}
      errorTitle="A conclusão não foi desfeita"
      onConfirm={() =>
        undo.mutate(
          { macroCode: macro.code, stageCode: stage.code },
          { onSuccess: () => onDone(`Conclusão desfeita: ${stage.name}.`) },
        )
      }
      onCancel={onCancel}
    />
  );
}

/** The seven phase-1 stages as a checklist, with the date each was completed. */
export function StageChecklist({
  macro,
  today,
  canRecord,
}: {
  macro: PlanMacro;
  today: string;
  canRecord: boolean;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const done = stagesDone(macro.stages);
  const finish = (text: string) => {
    setOpen(null);
    setNotice(text);
  };

  return (
    <Card title="Etapas da fase 1" id="etapas" data-testid="planif-stages">
      <div className="kpi planif-kpi">
        <span className="kpi__label">Etapas concluídas</span>
        <span className="planif-kpi__value">
          {done} de {macro.stages.length}
        </span>
      </div>
      <p className="form-success" role="status">
        {notice}
      </p>
      <ol className="planif-stages">
        {macro.stages.map((stage) => {
          const isOpen = open?.stageCode === stage.code;
          return (
            <li
              key={stage.code}
              className={stage.done ? 'planif-stage planif-stage--done' : 'planif-stage'}
              data-stage={stage.code}
            >
              <span className="planif-stage__icon" aria-hidden="true">
                {stage.done ? '✓' : '○'}
              </span>
              <div className="planif-stage__body">
                <p className="planif-stage__name">
                  {stage.name}{' '}
                  <span className="secondary-text planif-stage__action">
                    Ação <Link to={`/acoes/${encodeURIComponent(stage.actionCode)}`}>{stage.actionCode}</Link>
                  </span>
                </p>
                {stage.done ? (
                  <p className="planif-stage__status">
                    <strong>Concluída em {formatIsoDate(stage.done.completedOn)}</strong>
                    {stage.done.note && <> — {stage.done.note}</>}
                    <span className="secondary-text">{recordedText(stage.done)}</span>
                  </p>
                ) : (
                  <p className="planif-stage__status secondary-text">Não concluída</p>
                )}
                {canRecord && !isOpen && (
                  <div className="row-actions">
                    {stage.done ? (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`Desfazer a conclusão de ${stage.name}`}
                        onClick={() => {
                          setNotice('');
                          setOpen({ stageCode: stage.code, mode: 'undo' });
                        }}
                      >
                        Desfazer
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`Registrar a conclusão de ${stage.name}`}
                        onClick={() => {
                          setNotice('');
                          setOpen({ stageCode: stage.code, mode: 'complete' });
                        }}
                      >
                        Registrar conclusão
                      </button>
                    )}
                  </div>
                )}
                {isOpen && open.mode === 'complete' && (
                  <StageForm
                    macro={macro}
                    stage={stage}
                    today={today}
                    onDone={finish}
                    onCancel={() => setOpen(null)}
                  />
                )}
                {isOpen && open.mode === 'undo' && (
                  <UndoStage macro={macro} stage={stage} onDone={finish} onCancel={() => setOpen(null)} />
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
