import { describe, expect, it } from 'vitest';
import { homePath, homeTerritoryCode } from './home.ts';

const user = (
  role: 'admin' | 'superintendence' | 'coordination' | 'regional',
  territoryCodes: string[] = [],
) => ({
  role,
  territoryCodes,
});

describe('homePath', () => {
  it('opens a gestor regional on their macrorregião or região', () => {
    expect(homePath(user('regional', ['5103']))).toBe('/territorio/5103');
    expect(homePath(user('regional', ['51001']))).toBe('/territorio/51001');
  });
  it('takes the highest of several scopes, then the lowest code, whatever order they come in', () => {
    // 51001 (Alto Tapajós, a região) sorts before 5103 as text; the macro still wins.
    expect(homeTerritoryCode(user('regional', ['51001', '5103']))).toBe('5103');
    expect(homeTerritoryCode(user('regional', ['5105', '5102', '51004']))).toBe('5102');
  });
  it('leaves a gestor regional without a territory on the Painel', () => {
    expect(homePath(user('regional'))).toBe('/');
    expect(homeTerritoryCode(user('regional'))).toBeNull();
  });
  it('sends a coordenadoria to its pendências and the superintendência and administrator to the Painel', () => {
    expect(homePath(user('coordination'))).toBe('/pendencias');
    expect(homePath(user('superintendence'))).toBe('/');
    expect(homePath(user('admin'))).toBe('/');
  });
  it('gives no home territory to a role that reads the whole state', () => {
    expect(homeTerritoryCode(user('superintendence', ['5103']))).toBeNull();
  });
});
