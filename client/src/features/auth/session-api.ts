/** Login and logout go through the REST endpoints that set and clear the httpOnly cookie. */
import type { HomeActor } from '../../../../shared/domain/home.ts';

const CONNECTION_MESSAGE = 'Não foi possível falar com o servidor. Verifique a conexão e tente novamente.';

/** The user the login answers with: what the landing page depends on. */
export type LoggedInUser = HomeActor;

export async function logIn(
  username: string,
  password: string,
): Promise<{ ok: true; user: LoggedInUser } | { ok: false; message: string }> {
  try {
    const response = await fetch('/api/v1/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.ok) {
      const body = (await response.json()) as { user: LoggedInUser };
      return { ok: true, user: body.user };
    }
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, message: body?.error ?? CONNECTION_MESSAGE };
  } catch {
    return { ok: false, message: CONNECTION_MESSAGE };
  }
}

export async function logOut(): Promise<void> {
  await fetch('/api/v1/logout', { method: 'POST' }).catch(() => undefined);
}
