/** Which passwords the panel accepts; shared so the admin forms state the same rule the server enforces. */
export const MIN_PASSWORD_LENGTH = 12;

/** Passwords tried first by anyone guessing (lower case; a few local ones included). */
const COMMON_PASSWORDS = new Set([
  '000000000000',
  '111111111111',
  '123456789012',
  '1234567890123',
  'abc123456789',
  'brasil123456',
  'cuiaba123456',
  'matogrosso12',
  'mudar1234567',
  'mudar12345678',
  'password1234',
  'password12345',
  'qwerty123456',
  'qwertyuiop12',
  'saude1234567',
  'saude12345678',
  'senha1234567',
  'senha12345678',
  'senhasenha12',
  'sesmt1234567',
]);

/** A password set through the panel: long, not the user's own name, not a common one. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `A senha deve ter ao menos ${MIN_PASSWORD_LENGTH} caracteres.`;
  if (username !== '' && password.toLowerCase().includes(username.toLowerCase()))
    return 'A senha não pode conter o nome de usuário.';
  if (COMMON_PASSWORDS.has(password.toLowerCase()))
    return 'Essa senha está entre as mais usadas: escolha outra.';
  return null;
}
