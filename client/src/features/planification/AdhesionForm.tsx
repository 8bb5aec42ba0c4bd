import { useEffect, useId, useRef } from 'react';
import { formatIsoDate } from '../../../../shared/format.ts';
import { DraftForm } from '../../components/ui/DraftForm.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useDraftForm } from '../../lib/use-draft-form.ts';
import {
  adhesionDraftFrom,
  adhesionInput,
  currentVersion,
  emptyAdhesionDraft,
  selectMunicipality,
} from './record-drafts.ts';
import {
  type PlanAdhesion,
  type PlanMacro,
  useLatestPlanification,
  useSaveAdhesion,
} from './use-planification.ts';

type AdhesionFormProps = {
  macro: PlanMacro;
  today: string;
  /** "Editar" pressed on a row: the form opens that adhesion (`seq` tells two presses apart). */
  editRequest: { adhesion: PlanAdhesion; seq: number } | null;
};

/**
 * Records a município's adhesion, or corrects one (its dates, its document, a withdrawal). Editing
 * sends the version the form was filled from; if someone saved meanwhile the server refuses, the
 * page shows their record and the next save is based on it. What was typed stays.
 */
export function AdhesionForm({ macro, today, editRequest }: AdhesionFormProps) {
  const id = useId();
  const formRef = useRef<HTMLDivElement>(null);
  const save = useSaveAdhesion();
  const latest = useLatestPlanification();
  const { draft, setDraft, change, notice, setNotice, message, send } = useDraftForm(
    () => emptyAdhesionDraft(today),
    save,
  );
  const isEditing = draft.expectedVersion !== null;
  const nameOf = (code: string) =>
    macro.notAdhering.find((municipality) => municipality.code === code)?.name ??
    macro.adhesions.find((adhesion) => adhesion.municipalityCode === code)?.municipalityName ??
    code;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new "Editar" press refills the form.
  useEffect(() => {
    if (!editRequest) return;
    setDraft(adhesionDraftFrom(editRequest.adhesion));
    setNotice('');
    save.reset();
    formRef.current?.scrollIntoView({ block: 'nearest' });
    document.getElementById(`${id}-data`)?.focus({ preventScroll: true });
  }, [editRequest]);

  function submit() {
    send(adhesionInput(draft), {
      onSuccess: (input) => {
        setDraft(emptyAdhesionDraft(today));
        setNotice(
          `Adesão de ${nameOf(input.municipalityCode)} ${input.expectedVersion === null ? 'registrada' : 'atualizada'}.`,
        );
      },
      onError: (error) => {
        // The page now shows the record saved meanwhile: the next save is based on it.
        if (errorCode(error) === 'CONFLICT')
          setDraft((current) => ({
            ...current,
            expectedVersion: currentVersion(latest()?.macros, current.municipalityCode),
          }));
      },
    });
  }

  const withRecord = new Map(macro.adhesions.map((adhesion) => [adhesion.municipalityCode, adhesion]));
  const adhering = macro.adhesions.filter((adhesion) => adhesion.isAdhering);

  return (
    <div ref={formRef} className="planif-form-box">
      <h3 className="planif-form-box__title">{isEditing ? 'Corrigir adesão' : 'Registrar adesão'}</h3>
      <DraftForm
        className="planif-form"
        label={isEditing ? 'Corrigir adesão' : 'Registrar adesão'}
        notice={notice}
        errorTitle="A adesão não foi registrada"
        message={message}
        isPending={save.isPending}
        submitLabel={isEditing ? 'Salvar alterações' : 'Registrar adesão'}
        pendingLabel="Salvando…"
        onSubmit={submit}
        onCancel={isEditing ? () => setDraft(emptyAdhesionDraft(today)) : undefined}
      >
        <div className="admin-form__fields">
          <FormField
            id={`${id}-municipio`}
            label="Município"
            hint="Um município que já tem adesão registrada abre o registro para correção."
          >
            <select
              id={`${id}-municipio`}
              value={draft.municipalityCode}
              aria-describedby={hintId(`${id}-municipio`)}
              onChange={(event) =>
                setDraft((current) => selectMunicipality(current, event.target.value, macro.adhesions, today))
              }
            >
              <option value="">Escolha o município…</option>
              {macro.notAdhering.length > 0 && (
                <optgroup label="Ainda não aderiram">
                  {macro.notAdhering.map((municipality) => {
                    const recorded = withRecord.get(municipality.code);
                    return (
                      <option key={municipality.code} value={municipality.code}>
                        {municipality.name}
                        {recorded?.withdrawnOn ? ` — saiu em ${formatIsoDate(recorded.withdrawnOn)}` : ''}
                        {recorded && !recorded.withdrawnOn
                          ? ` — adesão em ${formatIsoDate(recorded.adheredOn)}`
                          : ''}
                      </option>
                    );
                  })}
                </optgroup>
              )}
              {adhering.length > 0 && (
                <optgroup label="Em adesão (corrigir ou registrar saída)">
                  {adhering.map((adhesion) => (
                    <option key={adhesion.municipalityCode} value={adhesion.municipalityCode}>
                      {adhesion.municipalityName} — desde {formatIsoDate(adhesion.adheredOn)}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </FormField>
          <FormField
            id={`${id}-data`}
            label="Data de adesão"
            hint="Data do termo de adesão; não depois de hoje."
          >
            <input
              id={`${id}-data`}
              type="date"
              value={draft.adheredOn}
              max={today}
              aria-describedby={hintId(`${id}-data`)}
              onChange={(event) => change({ adheredOn: event.target.value })}
            />
          </FormField>
          <FormField
            id={`${id}-documento`}
            label="Documento (opcional)"
            hint="Termo de adesão, portaria ou resolução CIB."
          >
            <input
              id={`${id}-documento`}
              type="text"
              value={draft.document}
              maxLength={300}
              aria-describedby={hintId(`${id}-documento`)}
              onChange={(event) => change({ document: event.target.value })}
            />
          </FormField>
          <FormField
            id={`${id}-saida`}
            label="Data de saída (opcional)"
            hint="Só se o município deixou a planificação."
          >
            <input
              id={`${id}-saida`}
              type="date"
              value={draft.withdrawnOn}
              max={today}
              aria-describedby={hintId(`${id}-saida`)}
              onChange={(event) => change({ withdrawnOn: event.target.value })}
            />
          </FormField>
        </div>
      </DraftForm>
    </div>
  );
}
