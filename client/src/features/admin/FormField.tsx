import type { ReactNode } from 'react';

type FormFieldProps = {
  /** The control's id; the hint gets `${id}-dica`, for the control's aria-describedby. */
  id: string;
  label: string;
  hint?: ReactNode;
  children: ReactNode;
};

export const hintId = (id: string) => `${id}-dica`;

export function FormField({ id, label, hint, children }: FormFieldProps) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={hintId(id)} className="form-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
