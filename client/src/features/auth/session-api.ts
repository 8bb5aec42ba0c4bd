/** Login and logout go through the REST endpoints that set and clear the httpOnly cookie. */
const CONNECTION_MESSAGE = 'Não foi possível falar com o servidor. Verifique a conexão e tente novamente.';

export async function logIn(
  username: string,
  password: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetch('/api/v1/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, message: body?.error ?? CONNECTION_MESSAGE };
  } catch {
    return { ok: false, message: CONNECTION_MESSAGE };
  }
}

export async function logOut(): Promise<void> {
  await fetch('/api/v1/logout', { method: 'POST' }).catch(() => undefined);
}
