import { describe, expect, it } from 'vitest';
import { readMapParams, withMapParam } from './map-params.ts';

describe('readMapParams', () => {
  it('reads indicator, level and colour from the URL', () => {
    expect(readMapParams(new URLSearchParams('indicador=713&nivel=municipio&cor=valor&ano=2025'))).toEqual({
      indicatorCode: '713',
      level: 'municipality',
      colourMode: 'value',
      territoryCode: null,
    });
    expect(readMapParams(new URLSearchParams('territorio=5101'))).toMatchObject({ territoryCode: '5101' });
    expect(readMapParams(new URLSearchParams('nivel=regiao'))).toMatchObject({ level: 'region' });
  });

  it('leaves the level to the territory and colours by situação when the URL says nothing or something unknown', () => {
    const unsaid = { indicatorCode: null, level: null, colourMode: 'status', territoryCode: null };
    expect(readMapParams(new URLSearchParams(''))).toEqual(unsaid);
    expect(readMapParams(new URLSearchParams('nivel=estado&cor=azul&indicador=%20&territorio=%20'))).toEqual(
      unsaid,
    );
  });
});

describe('withMapParam', () => {
  it('changes one choice and keeps the year', () => {
    const search = new URLSearchParams('indicador=713&nivel=macro&ano=2025');
    expect(withMapParam(search, { level: 'municipality' }).toString()).toBe(
      'indicador=713&nivel=municipio&ano=2025',
    );
    expect(withMapParam(search, { colourMode: 'value' }).toString()).toBe(
      'indicador=713&nivel=macro&ano=2025&cor=valor',
    );
    expect(withMapParam(search, { indicatorCode: '722' }).get('indicador')).toBe('722');
    expect(withMapParam(search, { territoryCode: '5103' }).get('territorio')).toBe('5103');
  });
});
