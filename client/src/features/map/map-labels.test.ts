import { describe, expect, it } from 'vitest';
import {
  areaLabel,
  areaName,
  classRangeLabel,
  levelUnavailableMessage,
  mapTitle,
  missingPolygonNote,
  valueLegendNote,
} from './map-labels.ts';

const RATE = { kind: 'rate', unit: '%' } as const;

describe('areaLabel', () => {
  it('says name, value with unit and situação', () => {
    expect(areaLabel('Macrorregião Norte', { value: 18.2, status: 'not_achieved' }, RATE)).toBe(
      'Macrorregião Norte: 18,20 % — Meta não atingida',
    );
    expect(
      areaLabel('Cuiabá', { value: 1, status: 'no_target' }, { kind: 'count', unit: 'municípios' }),
    ).toBe('Cuiabá: 1 município — Sem meta');
    expect(
      areaLabel(
        'Região de Saúde Alto Tapajós',
        { value: 14.64, status: 'achieved', isPartial: true, partialThrough: '2026-11' },
        RATE,
      ),
    ).toBe('Região de Saúde Alto Tapajós: 14,64 % — Meta atingida (até nov/2026)');
  });

  it('says "sem dados" once, without a dash, when there is no value', () => {
    expect(areaLabel('Macrorregião Sul', { value: null, status: 'no_data' }, RATE)).toBe(
      'Macrorregião Sul: sem dados',
    );
    expect(areaLabel('Macrorregião Sul', undefined, RATE)).toBe('Macrorregião Sul: sem dados');
  });
});

describe('names and titles', () => {
  it('names a região as such, other levels by their own name', () => {
    expect(areaName('region', 'Baixada Cuiabana')).toBe('Região de Saúde Baixada Cuiabana');
    expect(areaName('macro', 'Macrorregião Norte')).toBe('Macrorregião Norte');
    expect(areaName('municipality', 'Cuiabá')).toBe('Cuiabá');
  });

  it('titles the map with indicator, level and year', () => {
    expect(mapTitle('ICSAPS', 'region', 2025)).toBe('ICSAPS por região de saúde — 2025');
  });
});

describe('levelUnavailableMessage', () => {
  it('explains a macro goal asked for by município', () => {
    expect(levelUnavailableMessage('macro', 'municipality')).toBe(
      'Este indicador é registrado por macrorregião: não há valores por município. Escolha o nível macrorregião.',
    );
  });

  it('explains a state-only indicator', () => {
    expect(levelUnavailableMessage('state', 'macro')).toMatch(/apenas para o estado/);
  });
});

describe('legend texts', () => {
  it('says which end is worse', () => {
    expect(valueLegendNote('lower')).toBe(
      'Quanto menor, melhor: cores mais escuras são os valores mais altos (piores).',
    );
    expect(valueLegendNote('higher')).toMatch(/mais baixos \(piores\)/);
  });

  it('writes a class as a range, or one number', () => {
    expect(classRangeLabel({ min: 12.3, max: 15.8 }, 'rate')).toBe('12,30 a 15,80');
    expect(classRangeLabel({ min: 4, max: 4 }, 'count')).toBe('4');
    expect(classRangeLabel({ min: 1200, max: 3400 }, 'count')).toBe('1.200 a 3.400');
  });
});

describe('missingPolygonNote', () => {
  it('names the município and its installation year', () => {
    expect(missingPolygonNote([{ name: 'Boa Esperança do Norte', installedYear: 2025 }])).toBe(
      'Boa Esperança do Norte (instalado em 2025) ainda não tem polígono na malha usada; seus valores entram na região e na macrorregião.',
    );
  });

  it('lists several, and says nothing when every município has its polygon', () => {
    expect(
      missingPolygonNote([
        { name: 'A', installedYear: 2025 },
        { name: 'B', installedYear: null },
      ]),
    ).toBe(
      'A (instalado em 2025) e B ainda não têm polígono na malha usada; seus valores entram na região e na macrorregião.',
    );
    expect(missingPolygonNote([])).toBeNull();
  });

  it('names the first ten and counts the rest, as a base beyond Mato Grosso would have thousands', () => {
    const many = Array.from({ length: 1234 }, (_, index) => ({ name: `M${index + 1}`, installedYear: null }));
    expect(missingPolygonNote(many)).toBe(
      'M1, M2, M3, M4, M5, M6, M7, M8, M9, M10 e mais 1.224 municípios ainda não têm polígono na malha usada; seus valores entram na região e na macrorregião.',
    );
  });
});
