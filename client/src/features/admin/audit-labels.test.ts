import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITIES, auditActionLabel, auditEntityLabel } from './audit-labels.ts';

describe('audit labels', () => {
  it('names every entity the server writes to the audit log', () => {
    // The codes as the server's services write them (`entity: 'valor'`), read from its source.
    const root = path.resolve(import.meta.dirname, '../../../../server');
    const written = new Set<string>();
    for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      for (const match of fs.readFileSync(path.join(root, file), 'utf8').matchAll(/entity: '([a-z_]+)'/g))
        written.add(match[1] as string);
    }
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((code) => !(AUDIT_ENTITIES as string[]).includes(code))).toEqual([]);
    expect(auditEntityLabel('adesao')).toBe('Planificação: adesão de município');
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
