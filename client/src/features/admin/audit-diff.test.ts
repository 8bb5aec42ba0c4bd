import { describe, expect, it } from 'vitest';
import { auditChanges, changeLine, valueText } from './audit-diff.ts';

const user = {
  username: 'maria',
  displayName: 'Maria Silva',
  role: 'coordination',
  isActive: true,
  coordinationCodes: ['COAP'],
  territoryCodes: [],
};

describe('auditChanges', () => {
  it('keeps only the fields that changed, named and valued in Portuguese', () => {
    const after = { ...user, role: 'regional', coordinationCodes: [], territoryCodes: ['5103', '51001'] };
    expect(auditChanges(user, after).map(changeLine)).toEqual([
      'papel: Coordenadoria → Gestor regional',
      'coordenadorias: COAP → (nenhum)',
      'territórios: (nenhum) → 5103, 51001',
    ]);
  });
  it('says a deactivation in words', () => {
    expect(auditChanges(user, { ...user, isActive: false }).map(changeLine)).toEqual([
      'situação: ativo → desativado',
    ]);
  });
  it('lists the filled fields of a creation, without an arrow', () => {
    expect(auditChanges(null, user).map(changeLine)).toEqual([
      'usuário: maria',
      'nome: Maria Silva',
      'papel: Coordenadoria',
      'situação: ativo',
      'coordenadorias: COAP',
    ]);
    expect(auditChanges(null, { name: 'Power BI da SAS', prefix: 'pt_ab12cd' }).map(changeLine)).toEqual([
      'nome: Power BI da SAS',
      'prefixo: pt_ab12cd',
    ]);
  });
  it('says what an unlocked login was waiting for, in Mato Grosso time', () => {
    expect(
      auditChanges({ failures: 5, lockedUntil: '2026-11-24T16:00:30.000Z' }, null).map(changeLine),
    ).toEqual(['senhas erradas: 5 → —', 'esperava até: 24/11/2026 12:00 → —']);
  });
  it('shows a field that disappeared as becoming empty', () => {
    expect(auditChanges({ note: 'x', value: 1 }, { value: 1 }).map(changeLine)).toEqual(['note: x → —']);
    expect(auditChanges({ note: '', value: 1 }, { value: 1 })).toEqual([]);
  });
  it('names territories when given their names, keeping codes it does not know', () => {
    const placeName = (code: string) => new Map([['5103', 'Macrorregião Norte']]).get(code);
    expect(
      auditChanges({ territoryCodes: [] }, { territoryCodes: ['5103', '51001'] }, { placeName }).map(
        changeLine,
      ),
    ).toEqual(['territórios: (nenhum) → Macrorregião Norte, 51001']);
  });
  it('has nothing to show for an entry without data (a login)', () => {
    expect(auditChanges(null, null)).toEqual([]);
  });
  it('reads numbers the Brazilian way and booleans as sim/não for fields it does not know', () => {
    expect(
      auditChanges({ value: 1234.5, revogado: false }, { value: 12.25, revogado: true }).map(changeLine),
    ).toEqual(['value: 1.234,5 → 12,25', 'revogado: não → sim']);
  });
  it('treats a bare value as a single field', () => {
    expect(auditChanges(3, 4).map(changeLine)).toEqual(['valor: 3 → 4']);
  });
});

describe('valueText', () => {
  it('writes empty and nested values so they can be read', () => {
    expect(valueText('')).toBe('(vazio)');
    expect(valueText(null)).toBe('—');
    expect(valueText({ a: 1 })).toBe('{"a":1}');
  });
});
