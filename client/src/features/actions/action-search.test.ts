import { describe, expect, it } from 'vitest';
import {
  actionListInput,
  actionPath,
  actionsExportPath,
  actionViewSearch,
  boardFilter,
  EMPTY_ACTION_FILTER,
  hasActionFilter,
  objectiveListPath,
  readActionFilter,
  readActionView,
  readMonthParam,
  recordPath,
  strategicActionPath,
  withActionFilter,
} from './action-search.ts';

describe('readActionView', () => {
  it('reads the view in the URL', () => {
    expect(readActionView(new URLSearchParams('visao=quadro'), 'coordination')).toBe('quadro');
    expect(readActionView(new URLSearchParams('visao=cronograma'), 'admin')).toBe('cronograma');
    expect(readActionView(new URLSearchParams('visao=lista'), null)).toBe('lista');
  });
  it('starts a coordenadoria on its own actions and everybody else on the tree', () => {
    expect(readActionView(new URLSearchParams(), 'coordination')).toBe('minhas');
    expect(readActionView(new URLSearchParams(), 'superintendence')).toBe('arvore');
    expect(readActionView(new URLSearchParams(), 'regional')).toBe('arvore');
    expect(readActionView(new URLSearchParams('visao=kanban'), 'admin')).toBe('arvore');
  });
});

describe('action filter in the URL', () => {
  it('reads every filter', () => {
    expect(
      readActionFilter(
        new URLSearchParams(
          'coordenadoria=COAP&situacao=none&objetivo=4&atrasadas=1&vencendo=1&busca=%20oficina%20',
        ),
      ),
    ).toEqual({
      coordination: 'COAP',
      status: 'none',
      objective: '4',
      overdue: true,
      dueSoon: true,
      search: 'oficina',
    });
  });
  it('ignores a status the plan does not have, and checkboxes other than 1', () => {
    expect(readActionFilter(new URLSearchParams('situacao=atrasada&atrasadas=sim'))).toEqual(
      EMPTY_ACTION_FILTER,
    );
  });
  it('writes only the filters given and keeps the other parameters', () => {
    const next = withActionFilter(new URLSearchParams('visao=lista&busca=velha&situacao=done'), {
      ...EMPTY_ACTION_FILTER,
      coordination: 'CAS',
      overdue: true,
    });
    expect(next.toString()).toBe('visao=lista&coordenadoria=CAS&atrasadas=1');
  });
  it('round-trips through the URL', () => {
    const values = {
      coordination: 'SAUDE-BUCAL',
      status: 'in_progress' as const,
      objective: '3',
      overdue: false,
      dueSoon: true,
      search: 'linha de cuidado',
    };
    expect(readActionFilter(withActionFilter(new URLSearchParams(), values))).toEqual(values);
  });
  it('knows when a filter is set', () => {
    expect(hasActionFilter(EMPTY_ACTION_FILTER)).toBe(false);
    expect(hasActionFilter({ ...EMPTY_ACTION_FILTER, search: '  ' })).toBe(false);
    expect(hasActionFilter({ ...EMPTY_ACTION_FILTER, dueSoon: true })).toBe(true);
  });
});

describe('queries and links', () => {
  it('sends the server only the filters given', () => {
    expect(actionListInput(EMPTY_ACTION_FILTER)).toEqual({
      coordination: undefined,
      status: undefined,
      objective: undefined,
      overdue: undefined,
      dueSoon: undefined,
      search: undefined,
    });
    expect(
      actionListInput({ ...EMPTY_ACTION_FILTER, status: 'none', overdue: true, search: ' 1.1 ' }),
    ).toMatchObject({
      status: 'none',
      overdue: true,
      search: '1.1',
    });
  });
  it('keeps only coordenadoria and objective on the board', () => {
    expect(
      boardFilter({
        coordination: 'COAP',
        status: 'done',
        objective: '2',
        overdue: true,
        dueSoon: true,
        search: 'x',
      }),
    ).toEqual({ ...EMPTY_ACTION_FILTER, coordination: 'COAP', objective: '2' });
  });
  it('exports exactly the filtered list, with the page parameter names', () => {
    expect(
      actionsExportPath(
        {
          ...EMPTY_ACTION_FILTER,
          coordination: 'COAP',
          status: 'none',
          overdue: true,
          search: 'oficina regional',
        },
        'xlsx',
      ),
    ).toBe('/api/v1/actions?format=xlsx&coordenadoria=COAP&situacao=none&atrasadas=1&busca=oficina+regional');
    expect(actionsExportPath({ ...EMPTY_ACTION_FILTER, objective: '4', dueSoon: true }, 'csv')).toBe(
      '/api/v1/actions?format=csv&objetivo=4&vencendo=1',
    );
  });
  it('switches the view and keeps the filters', () => {
    expect(actionViewSearch(new URLSearchParams('visao=lista&coordenadoria=CAT'), 'quadro')).toBe(
      '?visao=quadro&coordenadoria=CAT',
    );
    expect(actionViewSearch(new URLSearchParams(), 'minhas')).toBe('?visao=minhas');
  });
  it('builds the action, objective and strategic action links', () => {
    expect(actionPath('1.1.4')).toBe('/acoes/1.1.4');
    expect(actionPath('4.7.2', '2026-10')).toBe('/acoes/4.7.2?mes=2026-10');
    expect(recordPath('4.7.2', '2026-10')).toBe('/acoes/4.7.2?mes=2026-10#registro');
    expect(objectiveListPath('2')).toBe('/acoes?visao=lista&objetivo=2');
    expect(strategicActionPath('1.1')).toBe('/acoes?visao=arvore#ea-1.1');
  });
});

describe('readMonthParam', () => {
  it('takes a real month up to the current one', () => {
    expect(readMonthParam('2026-10', '2026-12', '2026-11')).toBe('2026-10');
    expect(readMonthParam('2026-12', '2026-12', '2026-11')).toBe('2026-12');
  });
  it('falls back to the month the next meeting reviews for a missing, malformed or future month', () => {
    expect(readMonthParam(null, '2026-12', '2026-11')).toBe('2026-11');
    expect(readMonthParam('2026-13', '2026-12', '2026-11')).toBe('2026-11');
    expect(readMonthParam('11/2026', '2026-12', '2026-11')).toBe('2026-11');
    expect(readMonthParam('2027-01', '2026-12', '2026-11')).toBe('2026-11');
  });
});
