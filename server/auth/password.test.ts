import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('planejamento-2026');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('planejamento-2026');
    expect(await verifyPassword('planejamento-2026', stored)).toBe(true);
    expect(await verifyPassword('planejamento-2027', stored)).toBe(false);
  });

  it('salts every hash: the same password never gives the same hash', async () => {
    expect(await hashPassword('mesma-senha-123')).not.toBe(await hashPassword('mesma-senha-123'));
  });

  it('refuses a stored value that is not ours', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
