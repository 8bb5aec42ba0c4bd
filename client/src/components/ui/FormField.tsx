import type { ReactNode } from 'react';

type FormFieldProps = {
  /** The control's id; the hint gets `${id}-dica` and the problem `${id}-erro`. */
  id: string;
  label: string;
  hint?: ReactNode;
  /** What is wrong with the value, shown under the field (the control says it is invalid). */
  error?: string | undefined;
  children: ReactNode;
};

export const hintId = (id: string) => `${id}-dica`;
export const errorId = (id: string) => `${id}-erro`;

/** The control's aria-describedby: its hint and its problem, as far as it has them. */
export function describedBy(
  id: string,
  has: { hint?: boolean; error?: string | undefined },
): string | undefined {
  const ids = [has.hint ? hintId(id) : null, has.error ? errorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** What a control inside a FormField carries: its id, whether it is invalid, what describes it. */
export function controlProps(id: string, has: { hint?: boolean; error?: string | undefined }): ControlProps {
  const description = describedBy(id, has);
  return {
    id,
    ...(has.error ? { 'aria-invalid': true as const } : {}),
    ...(description ? { 'aria-describedby': description } : {}),
  };
}

/** A labelled control with its hint and its problem under it. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={hintId(id)} className="form-field__hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId(id)} message={error} />}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
