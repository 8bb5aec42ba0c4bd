import { controlProps, FormField } from '../../components/ui/FormField.tsx';

type EmailFieldProps = { id: string; value: string; onChange: (email: string) => void; error?: string };

/** The address the reminders go to (README, "Lembretes por e-mail"), in both user forms. */
export function EmailField({ id, value, onChange, error }: EmailFieldProps) {
  return (
    <FormField
      id={id}
      label="E-mail (opcional)"
      hint="Para os lembretes das pendências antes da reunião de condução. Em branco, a pessoa não recebe e-mails."
      error={error}
    >
      <input
        {...controlProps(id, { hint: true, error })}
        type="email"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
    </FormField>
  );
}
