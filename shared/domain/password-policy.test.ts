import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('password policy', () => {
  it('asks for 12 characters at least, without the username, not a common password', () => {
    expect(passwordProblem('curta', 'maria')).toBe('A senha deve ter ao menos 12 caracteres.');
    expect(passwordProblem('comprida-o-bastante', 'maria')).toBeNull();
    // Issue 12, defect 12: the user's own name, or a password everybody tries, is refused.
    expect(passwordProblem('maria.souza-2026', 'maria.souza')).toBe(
      'A senha não pode conter o nome de usuário.',
    );
    expect(passwordProblem('Senha12345678', 'maria')).toBe(
      'Essa senha está entre as mais usadas: escolha outra.',
    );
  });
});
