import { describe, expect, it } from 'vitest';
import {
  draftFrom,
  figureYearText,
  hasDraftChanges,
  narrativeInput,
  parseSemesterParam,
  semesterPrintPath,
  semesterReportPath,
  semesterXlsxPath,
  situationText,
  unwrittenText,
  writtenCountText,
} from './semester-report.ts';

const key = { semester: '2026-S1', objectiveCode: '4', coordinationCode: 'COAP', version: null };

describe('semester report addresses', () => {
  it('reads the semester of the address', () => {
    expect(parseSemesterParam('2026-S1')).toBe('2026-S1');
    expect(parseSemesterParam('2026-s2')).toBe('2026-S2');
    expect(parseSemesterParam('2026-S3')).toBeNull();
    expect(parseSemesterParam('2031-S1')).toBeNull();
    expect(parseSemesterParam(undefined)).toBeNull();
  });

  it('builds the page, print and download addresses', () => {
    expect(semesterReportPath('2026-S1')).toBe('/relatorios/semestral/2026-S1');
    expect(semesterPrintPath('2026-S1')).toBe('/relatorios/semestral/2026-S1/imprimir');
    expect(semesterXlsxPath('2026-S1')).toBe('/api/v1/reports/semester/2026-S1.xlsx');
  });
});

describe('semester report sentences', () => {
  it('says on which day the actions are counted', () => {
    expect(situationText({ state: 'closed', situationDate: '2026-06-30', endsOn: '2026-06-30' })).toMatch(
      /^Situação das ações em 30\/06\/2026, fim do semestre/,
    );
    expect(situationText({ state: 'current', situationDate: '2026-11-24', endsOn: '2026-12-31' })).toBe(
      'Semestre em curso: situação das ações hoje, 24/11/2026; o semestre termina em 31/12/2026.',
    );
  });

  it('says when a figure is year to date', () => {
    expect(figureYearText({ year: 2026, isPartial: true, partialThrough: '2026-10' })).toBe(
      '2026, acumulado até out/2026',
    );
    expect(figureYearText({ year: 2025, isPartial: false, partialThrough: null })).toBe('2025');
  });

  it('counts the coordenadorias that wrote', () => {
    expect(writtenCountText([{ narrative: {} }, { narrative: null }, { narrative: {} }])).toBe(
      '2 de 3 coordenadorias escreveram.',
    );
    expect(writtenCountText([{ narrative: null }])).toBe('Nenhuma coordenadoria escreveu ainda.');
    expect(writtenCountText([{ narrative: {} }])).toBe('1 de 1 coordenadoria escreveu.');
    expect(writtenCountText([])).toBe('Nenhuma coordenadoria responde por este objetivo.');
  });

  it('names, in one line, the coordenadorias that have not written', () => {
    expect(
      unwrittenText([
        { name: 'Coordenadoria de Consórcios', narrative: null },
        { name: 'Coordenadoria de Atenção Primária', narrative: {} },
        { name: 'Núcleo do Telessaúde e Saúde Digital', narrative: null },
      ]),
    ).toBe('Ainda não escrito por: Coordenadoria de Consórcios, Núcleo do Telessaúde e Saúde Digital.');
    expect(unwrittenText([{ name: 'Coordenadoria de Atenção Primária', narrative: {} }])).toBeNull();
    expect(unwrittenText([])).toBeNull();
  });
});

describe('a coordenadoria’s texts', () => {
  it('starts from what is saved and sees its changes', () => {
    const saved = { progress: 'Oficinas feitas.', difficulties: null, relation: 'Meta M9 próxima.' };
    const draft = draftFrom(saved);
    expect(draft).toEqual({ progress: 'Oficinas feitas.', difficulties: '', relation: 'Meta M9 próxima.' });
    expect(hasDraftChanges(draft, saved)).toBe(false);
    expect(hasDraftChanges({ ...draft, progress: ' Oficinas feitas. ' }, saved)).toBe(false);
    expect(hasDraftChanges({ ...draft, difficulties: 'Diárias.' }, saved)).toBe(true);
    expect(hasDraftChanges(draftFrom(null), null)).toBe(false);
    // A text never written starts item c) from the analyses; a saved text keeps what was saved.
    expect(draftFrom(null, '713 (ICSAPS), análise de jun/2026: …').relation).toBe(
      '713 (ICSAPS), análise de jun/2026: …',
    );
    expect(draftFrom(saved, 'sugestão').relation).toBe('Meta M9 próxima.');
  });

  it('trims the texts and sends empty ones as null', () => {
    const result = narrativeInput({ progress: '  Oficinas.  ', difficulties: ' ', relation: '' }, key);
    expect(result).toEqual({
      isValid: true,
      input: { ...key, progress: 'Oficinas.', difficulties: null, relation: null },
    });
  });

  it('refuses a text over 8.000 characters and an empty first save', () => {
    const long = narrativeInput({ progress: '', difficulties: 'x'.repeat(8001), relation: '' }, key);
    expect(long).toEqual({
      isValid: false,
      errors: {
        difficulties:
          'Dificuldades, intervenções requeridas e/ou sugestões: 8.001 caracteres; o máximo é 8.000.',
      },
      message: 'Encurte o texto indicado para salvar.',
    });
    expect(narrativeInput({ progress: '', difficulties: '', relation: '' }, key)).toMatchObject({
      isValid: false,
      message: 'Nada a salvar: escreva ao menos um dos três textos.',
    });
    // Clearing a saved text is allowed.
    expect(
      narrativeInput({ progress: '', difficulties: '', relation: '' }, { ...key, version: 3 }),
    ).toMatchObject({
      isValid: true,
    });
  });
});
