import { describe, expect, it } from 'vitest';
import { importUrl } from './import-api.ts';
import {
  hasMeasuredProgress,
  problemReason,
  problemSentence,
  progressText,
  samplesCaption,
  sampleValueText,
  TEMPLATE_EXAMPLE_LINE,
  templateCsv,
  writtenCount,
} from './import-report.ts';

describe('progressText', () => {
  it('names the phase in Portuguese, with the count when there is one', () => {
    expect(progressText({ phase: 'lendo', done: 0, total: 1 })).toBe('Lendo o arquivo…');
    expect(progressText({ phase: 'conferindo', done: 1200, total: 5000 })).toBe(
      'Conferindo os valores: 1.200 de 5.000',
    );
    expect(progressText({ phase: 'gravando', done: 0, total: 13536 })).toBe('Gravando (13.536)…');
  });

  it('fills the bar only once steps are reported', () => {
    expect(hasMeasuredProgress({ done: 0, total: 13536 })).toBe(false);
    expect(hasMeasuredProgress({ done: 10, total: 13536 })).toBe(true);
    expect(hasMeasuredProgress({ done: 1, total: 1 })).toBe(false);
  });
});

describe('problems', () => {
  it('reads as the CLI writes them', () => {
    expect(problemSentence({ line: 12, column: 'numerador', reason: '"12a" não é um número.' })).toBe(
      'Linha 12, coluna numerador: "12a" não é um número.',
    );
    expect(problemSentence({ line: 0, column: '', reason: 'o arquivo está vazio.' })).toBe(
      'O arquivo está vazio.',
    );
  });

  it('gives the reason alone as a sentence for the table', () => {
    expect(problemReason({ line: 3, column: 'ibge', reason: 'falta o código IBGE do município.' })).toBe(
      'Falta o código IBGE do município.',
    );
  });
});

describe('report figures', () => {
  it('counts written values and shows before → after', () => {
    expect(writtenCount({ toCreate: 3, toUpdate: 1200 })).toBe(1203);
    expect(sampleValueText(null, 'rate')).toBe('novo');
    expect(sampleValueText({ numerator: 5210.5, denominator: 5316 }, 'rate')).toBe('5.210,5 / 5.316');
    expect(sampleValueText({ numerator: 152, denominator: null }, undefined)).toBe('152 / —');
    expect(sampleValueText({ numerator: 1, denominator: null }, 'count')).toBe('1');
  });

  it('captions the sample table', () => {
    const samples = Array.from({ length: 20 }, () => ({}));
    expect(samplesCaption({ isApplied: false, toCreate: 1000, toUpdate: 235, samples })).toBe(
      'O que mudaria: os primeiros 20 de 1.235',
    );
    expect(samplesCaption({ isApplied: true, toCreate: 2, toUpdate: 0, samples: samples.slice(0, 2) })).toBe(
      'Valores gravados',
    );
  });
});

describe('templateCsv', () => {
  it('has the header and two example rows, for Excel in Portuguese', () => {
    expect(templateCsv()).toBe(
      '\uFEFFindicador;ibge;periodo;numerador;denominador\r\n713;510340;2025-03;152;1234\r\nPLAN-MUN;510010;2025;1;\r\n',
    );
    expect(templateCsv()).toContain(TEMPLATE_EXAMPLE_LINE);
  });
});

describe('importUrl', () => {
  it('sends the indicator and the half only for TabNet', () => {
    expect(importUrl({ format: 'modelo', indicatorCode: '713', content: 'numerador', isApply: false })).toBe(
      '/api/v1/imports?formato=modelo&aplicar=nao',
    );
    expect(importUrl({ format: 'tabnet', indicatorCode: '713', content: 'denominador', isApply: true })).toBe(
      '/api/v1/imports?formato=tabnet&indicador=713&conteudo=denominador&aplicar=sim',
    );
  });
});
