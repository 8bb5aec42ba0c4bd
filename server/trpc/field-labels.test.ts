import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, fieldLabel } from '../../shared/schemas/field-labels.ts';
import type { z } from '../../shared/schemas/zod-locale.ts';
import { appRouter } from './router.ts';

type Definition = {
  type: string;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  [inner: string]: unknown;
};

/** Every field name of a schema, however deep (lists, optional, transformed, unions). */
function fieldNames(schema: unknown, into: Set<string>, seen = new Set<unknown>()): Set<string> {
  const def = (schema as { _zod?: { def: Definition } })?._zod?.def;
  if (!def || seen.has(schema)) return into;
  seen.add(schema);
  for (const [name, field] of Object.entries(def.shape ?? {})) {
    into.add(name);
    fieldNames(field, into, seen);
  }
  for (const inner of ['innerType', 'element', 'in', 'out', 'valueType', 'left', 'right'])
    fieldNames(def[inner], into, seen);
  for (const option of def.options ?? []) fieldNames(option, into, seen);
  return into;
}

describe('field labels', () => {
  it('name every field of every tRPC input', () => {
    const names = new Set<string>();
    const procedures = (
      appRouter as unknown as { _def: { procedures: Record<string, { _def: { inputs: unknown[] } }> } }
    )._def.procedures;
    for (const procedure of Object.values(procedures))
      for (const input of procedure._def.inputs) fieldNames(input, names);
    expect(names.size).toBeGreaterThan(80);
    expect([...names].filter((name) => !Object.hasOwn(FIELD_LABELS, name))).toEqual([]);
  });

  it('point to a list item and keep an unknown name as typed', () => {
    expect(fieldLabel(['cells', 3, 'value'])).toBe('Valor');
    expect(fieldLabel(['coordinationCodes', 0])).toBe('Coordenadorias (item 1)');
    expect(fieldLabel(['ano'])).toBe('Campo “ano”');
    expect(fieldLabel([])).toBeNull();
  });
});
