import { describe, expect, it } from 'vitest';
import { loginPath, pathAfterLogin, safeNextPath } from './next-path.ts';

describe('safeNextPath', () => {
  it('returns to a page of the panel', () => {
    expect(safeNextPath('/indicador/713?ano=2025')).toBe('/indicador/713?ano=2025');
  });
  it('never sends the user to another site or back to the login', () => {
    expect(safeNextPath('https://outro.site')).toBe('/');
    expect(safeNextPath('//outro.site/x')).toBe('/');
    expect(safeNextPath('/\\outro.site')).toBe('/');
    expect(safeNextPath('/login?proximo=/')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
  it('lands on the home when no page was asked, or only the bare address', () => {
    const norte = { role: 'regional' as const, territoryCodes: ['5103'] };
    expect(pathAfterLogin(null, norte)).toBe('/territorio/5103');
    expect(pathAfterLogin('/', norte)).toBe('/territorio/5103');
    expect(pathAfterLogin('https://outro.site', norte)).toBe('/territorio/5103');
    expect(pathAfterLogin('/', { role: 'coordination', territoryCodes: [] })).toBe('/pendencias');
  });
  it('returns to the page asked, the Painel with its filters too', () => {
    const norte = { role: 'regional' as const, territoryCodes: ['5103'] };
    expect(pathAfterLogin('/mapa?territorio=51', norte)).toBe('/mapa?territorio=51');
    expect(pathAfterLogin('/?ano=2025', norte)).toBe('/?ano=2025');
  });
  it('builds the login address with the page to return to', () => {
    expect(loginPath('/territorio/5103?ano=2025')).toBe('/login?proximo=%2Fterritorio%2F5103%3Fano%3D2025');
  });
});
