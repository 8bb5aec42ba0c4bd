import { type FormEvent, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { pathAfterLogin } from '../features/auth/next-path.ts';
import { logIn } from '../features/auth/session-api.ts';
import { usePageTitle } from '../layout/use-page-title.ts';

export function LoginPage() {
  usePageTitle('Entrar');
  const [searchParams] = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsSending(true);
    setMessage(null);
    const result = await logIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
    setIsSending(false);
    if (result.ok) {
      // A full load: every query starts again with the new session.
      window.location.assign(pathAfterLogin(searchParams.get('proximo'), result.user));
      return;
    }
    setMessage(result.message);
  }

  return (
    <main className="login" id="conteudo">
      <form className="login__card" onSubmit={submit} aria-describedby={message ? `${id}-erro` : undefined}>
        <h1>Painel do Plano Estratégico SAS 2024–2027</h1>
        <p className="login__lead">Secretaria de Estado de Saúde de Mato Grosso · entre com seu usuário.</p>
        <label htmlFor={`${id}-usuario`}>Usuário</label>
        <input id={`${id}-usuario`} name="username" autoComplete="username" required />
        <label htmlFor={`${id}-senha`}>Senha</label>
        <input id={`${id}-senha`} name="password" type="password" autoComplete="current-password" required />
        {message && (
          <p id={`${id}-erro`} className="login__error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="button" disabled={isSending}>
          {isSending ? 'Entrando…' : 'Entrar'}
        </button>
      </form>
    </main>
  );
}
