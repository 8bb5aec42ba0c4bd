import { describe, expect, it } from 'vitest';
import { ZMonitoringRecordInputSchema } from '../../../../shared/schemas/action-plan.ts';
import {
  emptyRecordDraft,
  evidenceLines,
  firstErrorField,
  hasTypedText,
  lastWrittenId,
  type RecordDraft,
  recordInput,
  referenceMonthNote,
} from './record-draft.ts';

const context = { code: '1.4.1', basedOnRecordId: 157, currentMonth: '2026-11' };
const draft = (changes: Partial<RecordDraft> = {}): RecordDraft => ({
  ...emptyRecordDraft('2026-11'),
  status: 'in_progress',
  ...changes,
});
const errorsOf = (value: RecordDraft) => {
  const result = recordInput(value, context);
  return result.isValid ? {} : result.errors;
};

describe('recordInput', () => {
  it('turns a filled form into the input the server accepts', () => {
    const result = recordInput(
      draft({
        percentDone: '45',
        doneText: '  Oficina realizada.  ',
        difficulties: '',
        evidenceText: 'https://exemplo.mt.gov.br/ata.pdf\n\n  http://drive.example/foto.jpg  \n',
      }),
      context,
    );
    expect(result).toEqual({
      isValid: true,
      input: {
        code: '1.4.1',
        basedOnRecordId: 157,
        referenceMonth: '2026-11',
        status: 'in_progress',
        percentDone: 45,
        doneText: 'Oficina realizada.',
        difficulties: null,
        evidenceLinks: ['https://exemplo.mt.gov.br/ata.pdf', 'http://drive.example/foto.jpg'],
        nonConformity: null,
      },
    });
    if (result.isValid) expect(ZMonitoringRecordInputSchema.safeParse(result.input).success).toBe(true);
  });

  it('sends the non-conformity with its corrective measure', () => {
    const result = recordInput(
      draft({
        hasNonConformity: true,
        ncDescription: 'Oficina adiada.',
        ncCause: ' ',
        ncCorrectiveAction: 'Remarcar a oficina.',
        ncCorrectiveOwner: 'COAP',
        ncCorrectiveDeadline: '2026-12-15',
      }),
      { ...context, basedOnRecordId: null },
    );
    expect(result.isValid && result.input.nonConformity).toEqual({
      description: 'Oficina adiada.',
      cause: null,
      correctiveAction: 'Remarcar a oficina.',
      correctiveOwner: 'COAP',
      correctiveDeadline: '2026-12-15',
    });
    expect(result.isValid && result.input.basedOnRecordId).toBe(null);
    if (result.isValid) expect(ZMonitoringRecordInputSchema.safeParse(result.input).success).toBe(true);
  });

  it('leaves the non-conformity fields out when the box is unticked, whatever was typed', () => {
    const result = recordInput(draft({ hasNonConformity: false, ncDescription: 'rascunho' }), context);
    expect(result.isValid && result.input.nonConformity).toBe(null);
  });

  it('records a concluded action as 100% executed', () => {
    const result = recordInput(draft({ status: 'done', percentDone: '60' }), context);
    expect(result.isValid && result.input.percentDone).toBe(100);
  });

  it('leaves % executed empty when not given', () => {
    const result = recordInput(draft({ percentDone: '  ' }), context);
    expect(result.isValid && result.input.percentDone).toBe(null);
  });

  it('refuses a percentage outside 0–100 or with decimals, in Portuguese', () => {
    expect(errorsOf(draft({ percentDone: '150' }))).toEqual({
      percentDone: 'O percentual executado vai de 0 a 100.',
    });
    expect(errorsOf(draft({ percentDone: '-1' })).percentDone).toBe('O percentual executado vai de 0 a 100.');
    expect(errorsOf(draft({ percentDone: '12,5' })).percentDone).toBe(
      'O percentual executado deve ser um número inteiro.',
    );
    expect(errorsOf(draft({ percentDone: 'metade' })).percentDone).toBe(
      'O percentual executado deve ser um número de 0 a 100.',
    );
  });

  it('asks for the month and the status', () => {
    expect(errorsOf(draft({ referenceMonth: '', status: '' }))).toEqual({
      referenceMonth: 'Informe o mês de referência (mês e ano).',
      status: 'Escolha a situação da ação.',
    });
  });

  it('refuses a month after the current one, as the server does', () => {
    expect(errorsOf(draft({ referenceMonth: '2026-12' })).referenceMonth).toBe(
      'O mês de referência não pode ser posterior ao mês atual.',
    );
    expect(recordInput(draft({ referenceMonth: '2026-10' }), context).isValid).toBe(true);
  });

  it('names the lines whose evidence is not a link', () => {
    expect(
      errorsOf(draft({ evidenceText: 'https://ok.example/a\nata de novembro\nwww.sem-protocolo.br' })),
    ).toEqual({
      evidenceText: 'Os links das linhas 2, 3 não começam com http:// ou https:// (ou têm espaços).',
    });
    expect(errorsOf(draft({ evidenceText: 'ftp://arquivo' })).evidenceText).toBe(
      'O link da linha 1 não começa com http:// ou https:// (ou tem espaços).',
    );
    expect(errorsOf(draft({ evidenceText: 'https://a.example/um documento.pdf' })).evidenceText).toContain(
      'linha 1',
    );
  });

  it('accepts at most 20 links', () => {
    const links = Array.from({ length: 21 }, (_, index) => `https://e.example/${index}`).join('\n');
    expect(errorsOf(draft({ evidenceText: links })).evidenceText).toBe(
      'Informe no máximo 20 links de evidência.',
    );
  });

  it('requires description, corrective measure, owner and a real deadline of a non-conformity', () => {
    expect(errorsOf(draft({ hasNonConformity: true }))).toEqual({
      ncDescription: 'Descreva a não conformidade.',
      ncCorrectiveAction: 'Informe a medida corretiva da não conformidade.',
      ncCorrectiveOwner: 'Informe o responsável pela medida corretiva.',
      ncCorrectiveDeadline: 'Informe o novo prazo da medida corretiva.',
    });
    expect(
      errorsOf(
        draft({
          hasNonConformity: true,
          ncDescription: 'x',
          ncCorrectiveAction: 'y',
          ncCorrectiveOwner: 'z',
          ncCorrectiveDeadline: '2026-02-30',
        }),
      ),
    ).toEqual({ ncCorrectiveDeadline: 'Data inexistente: informe o prazo como dd/mm/aaaa.' });
  });
});

describe('form helpers', () => {
  it('splits the evidence box into links, one per line', () => {
    expect(evidenceLines(' https://a.example \r\n\r\nhttps://b.example\n ')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('knows when typed text would be lost', () => {
    expect(hasTypedText(emptyRecordDraft('2026-11'))).toBe(false);
    expect(hasTypedText(draft({ status: 'done', referenceMonth: '2026-10' }))).toBe(false);
    expect(hasTypedText(draft({ doneText: 'Reunião' }))).toBe(true);
    expect(hasTypedText(draft({ ncCorrectiveOwner: 'COAP' }))).toBe(true);
  });

  it('points at the first field with a problem, in screen order', () => {
    expect(firstErrorField({ ncDescription: 'a', percentDone: 'b' })).toBe('percentDone');
    expect(firstErrorField({})).toBe(null);
  });

  it('warns when the month will not change the current status, or repeats a month', () => {
    const history = [{ referenceMonth: '2026-10' }, { referenceMonth: '2026-09' }];
    expect(referenceMonthNote('2026-09', history)).toBe(
      'O registro mais recente é de out/2026: um registro de set/2026 entra no histórico, mas não muda a situação atual da ação.',
    );
    expect(referenceMonthNote('2026-10', history)).toBe(
      'Já existe registro de out/2026. O novo não apaga o anterior: passa a ser o registro mais recente desse mês.',
    );
    expect(referenceMonthNote('2026-11', history)).toBe(null);
    expect(referenceMonthNote('2026-11', [])).toBe(null);
  });
});

describe('lastWrittenId', () => {
  it('bases a save on the record written last, not on the newest month', () => {
    // History comes newest month first; id 9 is a late record for an older month.
    expect(lastWrittenId([{ id: 7 }, { id: 9 }, { id: 3 }])).toBe(9);
    expect(lastWrittenId([])).toBeNull();
  });
});
