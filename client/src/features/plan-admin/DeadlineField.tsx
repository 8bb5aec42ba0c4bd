import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { deadlinePreview, type SavedDeadline } from './dates.ts';

type DeadlineFieldProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The prazo as saved, when editing: the same text keeps its dates. */
  saved: SavedDeadline | null;
};

/** The prazo as written in the plan, and, as it is typed, the dates the server will read from it. */
export function DeadlineField({ id, value, onChange, saved }: DeadlineFieldProps) {
  const preview = deadlinePreview(value, saved);
  return (
    <FormField
      id={id}
      label="Prazo (como escrito no plano)"
      hint={
        <span className={`deadline-preview deadline-preview--${preview.kind}`} aria-live="polite">
          {preview.message}
        </span>
      }
    >
      <input
        id={id}
        type="text"
        value={value}
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hintId(id)}
        autoComplete="off"
        required
      />
    </FormField>
  );
}
