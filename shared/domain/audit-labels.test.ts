import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELDS,
  auditActionLabel,
  auditEntityLabel,
} from './audit-labels.ts';

/**
 * Every code the server's source gives a property (`entity: 'valor'`, `action: current ? 'update' :
 * 'create'`, the plan tree's `created: 'objetivo criado'`).
 */
function writtenCodes(properties: string): Set<string> {
  const root = path.resolve(import.meta.dirname, '../../server');
  const written = new Set<string>();
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.includes('migrations')) continue;
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(new RegExp(`\\b(?:${properties}): ([^,\\n]+)`, 'g')))
      for (const quoted of (match[1] as string).matchAll(/'([^']+)'/g)) written.add(quoted[1] as string);
  }
  return written;
}

describe('audit labels', () => {
  // The compiler already refuses an unlabelled code in an audit write (AuditEntry's types); this
  // also catches a code written around the types, and old codes dropped from the list.
  it('names every entity the server writes', () => {
    const written = writtenCodes('entity');
    expect(written.size).toBeGreaterThanOrEqual(15);
    expect([...written].filter((code) => !Object.hasOwn(AUDIT_ENTITY_LABELS, code))).toEqual([]);
  });
  it('names every action the server writes, the plan tree’s too', () => {
    const written = writtenCodes('action|created|edited');
    expect(written.size).toBeGreaterThanOrEqual(20);
    expect([...written].filter((code) => !Object.hasOwn(AUDIT_ACTION_LABELS, code))).toEqual([]);
  });
  it('writes names in Portuguese with their accents, never a code', () => {
    expect(auditEntityLabel('sessao')).toBe('Sessão (entrada no sistema)');
    expect(auditEntityLabel('adesao')).toBe('Adesão à planificação');
    expect(auditActionLabel('login')).toBe('Entrada no sistema');
    expect(auditActionLabel('update')).toBe('Alteração');
    expect(auditActionLabel('password-reset')).toBe('Senha redefinida');
    const labels = [
      ...Object.values(AUDIT_ENTITY_LABELS),
      ...Object.values(AUDIT_ACTION_LABELS),
      ...Object.values(AUDIT_FIELDS).map((field) => field.label),
    ];
    expect(labels.filter((label) => /[A-Z][a-z]+[A-Z]|_|^[a-z]+-[a-z]+$/.test(label))).toEqual([]);
  });
  it('keeps a code it does not know, even one that looks like an object property', () => {
    expect(auditActionLabel('archive')).toBe('archive');
    expect(auditEntityLabel('toString')).toBe('toString');
  });
});
