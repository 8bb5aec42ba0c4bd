/**
 * How many wrong passwords go without a wait, and the waits after them (issue 12, defect 2). The
 * server applies them (`server/services/login-throttle.ts`); the users page explains them.
 */

/** Attempts without a wait, per key. An office behind one address shares its address's count. */
export const FREE_ATTEMPTS = { accountAtAddress: 5, address: 20, account: 20 } as const;

/** The waits after the last free attempt, in seconds; the last one repeats. */
export const WAIT_SECONDS = [30, 60, 120, 240, 480, 900] as const;

/** "30 segundos", "2 minutos": a wait as the login page and the users page say it. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} segundo${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minuto${minutes === 1 ? '' : 's'}`;
}

/** The keys one login attempt is counted on, as the server stores them and the audit log shows them. */
export function loginKeys(username: string, address: string) {
  return {
    accountAtAddress: `conta-endereco:${username}@${address}`,
    address: `endereco:${address}`,
    account: `conta:${username}`,
  };
}

/** "Conta norte no endereço 10.0.0.1": a login key in words, for the users page and the audit log. */
export function describeLoginKey(key: string): string {
  const pair = /^conta-endereco:(.+)@([^@]+)$/.exec(key);
  if (pair) return `Conta ${pair[1]} no endereço ${pair[2]}`;
  if (key.startsWith('conta:')) return `Conta ${key.slice('conta:'.length)}, de qualquer endereço`;
  if (key.startsWith('endereco:')) return `Endereço ${key.slice('endereco:'.length)}, para qualquer conta`;
  return key;
}
