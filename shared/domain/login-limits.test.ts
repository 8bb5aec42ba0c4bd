import { describe, expect, it } from 'vitest';
import { describeLoginKey, describeWait, loginKeys } from './login-limits.ts';

describe('login keys', () => {
  it('describe each key the server counts in words, IPv6 addresses included', () => {
    const keys = loginKeys('norte', '::1');
    expect(describeLoginKey(keys.accountAtAddress)).toBe('Conta norte no endereço ::1');
    expect(describeLoginKey(keys.account)).toBe('Conta norte, de qualquer endereço');
    expect(describeLoginKey(loginKeys('norte', '10.9.9.9').address)).toBe(
      'Endereço 10.9.9.9, para qualquer conta',
    );
  });

  it('keep a key they do not know (a login entry names only the user)', () => {
    expect(describeLoginKey('admin')).toBe('admin');
  });
});

describe('describeWait', () => {
  it('says seconds under a minute and whole minutes above', () => {
    expect([
      describeWait(1),
      describeWait(30),
      describeWait(60),
      describeWait(61),
      describeWait(900),
    ]).toEqual(['1 segundo', '30 segundos', '1 minuto', '2 minutos', '15 minutos']);
  });
});
