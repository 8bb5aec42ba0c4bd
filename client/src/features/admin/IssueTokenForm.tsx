import { type FormEvent, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useIssueToken } from './use-api-tokens.ts';

type IssueTokenFormProps = { onIssued: (issued: { name: string; secret: string }) => void };

export function IssueTokenForm({ onIssued }: IssueTokenFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const issueToken = useIssueToken();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    issueToken.mutate(
      { name },
      {
        onSuccess: ({ token, secret }) => {
          setName('');
          onIssued({ name: token.name, secret });
        },
      },
    );
  }

  return (
    <form
      className="admin-form"
      // The server's Portuguese sentence, not the browser's bubble, says what is missing.
      noValidate
      onSubmit={submit}
      aria-describedby={issueToken.isError ? `${id}-erro` : undefined}
    >
      <div className="admin-form__fields">
        <FormField
          id={`${id}-nome`}
          label="Nome do token"
          hint="Diga quem vai usá-lo, por exemplo: Power BI da SAS."
        >
          <input
            id={`${id}-nome`}
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={hintId(`${id}-nome`)}
            autoComplete="off"
            required
          />
        </FormField>
      </div>
      {issueToken.isError && (
        <div id={`${id}-erro`}>
          <ErrorMessage title="O token não foi criado" message={errorMessage(issueToken.error)} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={issueToken.isPending}>
          {issueToken.isPending ? 'Criando…' : 'Criar token'}
        </button>
      </div>
    </form>
  );
}
