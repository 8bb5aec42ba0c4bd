import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './next-path.ts';

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
  it('builds the login address with the page to return to', () => {
    expect(loginPath('/territorio/5103?ano=2025')).toBe('/login?proximo=%2Fterritorio%2F5103%3Fano%3D2025');
  });
});
