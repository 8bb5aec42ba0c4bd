import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITIES, auditActionLabel, auditEntityLabel } from './audit-labels.ts';

describe('audit labels', () => {
  it('names every entity the filter offers', () => {
    expect(AUDIT_ENTITIES.map(auditEntityLabel)).toEqual([
      'Usuário',
      'Valor de indicador',
      'Token de API',
      'Entrada no sistema',
      'Banco de dados (restauração)',
      'Ação do plano (monitoramento)',
      'Estrutura do plano',
      'Reunião de condução',
      'Deliberação',
    ]);
  });
  it('names the actions in Portuguese', () => {
    expect(auditActionLabel('password-reset')).toBe('senha redefinida');
    expect(auditActionLabel('revoke')).toBe('revogação');
  });
  it('keeps a code it does not know, even one that looks like an object property', () => {
    expect(auditActionLabel('archive')).toBe('archive');
    expect(auditEntityLabel('toString')).toBe('toString');
  });
});
