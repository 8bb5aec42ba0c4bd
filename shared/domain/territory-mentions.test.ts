import { describe, expect, it } from 'vitest';
import { mentionsTerritory } from './territory-mentions.ts';

const SUL = { level: 'macro', name: 'Macrorregião Sul', shortName: 'Sul' };
const NORTE = { level: 'macro', name: 'Macrorregião Norte', shortName: 'Norte' };
const BAIXADA_MACRO = {
  level: 'macro',
  name: 'Macrorregião Centro-Norte (Baixada Cuiabana)',
  shortName: 'Baixada Cuiabana',
};
const SUL_REGION = { level: 'region', name: 'Sul Matogrossense', shortName: null };
const TELES_PIRES = { level: 'region', name: 'Teles Pires', shortName: null };

describe('texts of the plan that name a territory', () => {
  it('finds a macro written as the plan writes it', () => {
    expect(
      mentionsTerritory(
        'Conduzir junto com o ERS da Macrorregião Sul Mato-grossense o Projeto da Fase 3',
        SUL,
      ),
    ).toBe(true);
    expect(mentionsTerritory('Apresentar e validar em CIR da Macrorregião Sul o Projeto Fase 3', SUL)).toBe(
      true,
    );
    expect(mentionsTerritory('Implantar o PRI na Macro Norte', NORTE)).toBe(true);
    expect(mentionsTerritory('Oficina na macrorregião de saúde Centro-Norte', BAIXADA_MACRO)).toBe(true);
  });

  it('does not take a município or another word for a macro', () => {
    expect(mentionsTerritory('Visita a Boa Esperança do Norte', NORTE)).toBe(false);
    expect(mentionsTerritory('Região Sul do estado', SUL)).toBe(false);
    expect(mentionsTerritory('Macrorregião Sul', NORTE)).toBe(false);
  });

  it('finds a região by its name, with or without the hyphen', () => {
    expect(
      mentionsTerritory('Termo de Adesão dos municípios da Região de Saúde Sul Mato-grossense', SUL_REGION),
    ).toBe(true);
    expect(mentionsTerritory('reunião da CIR Teles Pires em Sinop', TELES_PIRES)).toBe(true);
    expect(mentionsTerritory('Macrorregião Sul', SUL_REGION)).toBe(false);
  });
});

describe('what the plan’s loose spellings must not confuse', () => {
  const REGIONS = [
    'Oeste Matogrossense',
    'Sudoeste Matogrossense',
    'Norte Matogrossense',
    'Médio Norte Matogrossense',
    'Centro Norte',
  ];
  const region = (name: string) => ({ level: 'region', name, shortName: null });

  it('keeps a região apart from a longer one that ends with its name', () => {
    expect(
      mentionsTerritory('CIR da Região Sudoeste Mato-grossense', region('Oeste Matogrossense'), REGIONS),
    ).toBe(false);
    expect(
      mentionsTerritory('Região Médio Norte Mato-grossense', region('Norte Matogrossense'), REGIONS),
    ).toBe(false);
    expect(
      mentionsTerritory('Região Norte Mato-grossense e Médio Norte', region('Norte Matogrossense'), REGIONS),
    ).toBe(true);
  });

  it('does not take a macro’s name for a região', () => {
    expect(
      mentionsTerritory(
        'Oficina na Macrorregião Centro-Norte (Baixada Cuiabana)',
        region('Centro Norte'),
        REGIONS,
      ),
    ).toBe(false);
    expect(mentionsTerritory('CIR Centro Norte em Diamantino', region('Centro Norte'), REGIONS)).toBe(true);
  });

  it('reads a list of macros after the word', () => {
    const oeste = { level: 'macro', name: 'Macrorregião Oeste', shortName: 'Oeste' };
    expect(mentionsTerritory('Implantar nas macrorregiões Norte e Oeste', oeste)).toBe(true);
    expect(mentionsTerritory('Apoio ao grupo condutor macrorregional Oeste', oeste)).toBe(true);
    expect(mentionsTerritory('Região Oeste', oeste)).toBe(false);
  });
});
