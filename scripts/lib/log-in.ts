/** Logs a demo user in through the API, as a script would; returns the session cookie (`name=value`). */
export async function logIn(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login de ${username} falhou: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}
