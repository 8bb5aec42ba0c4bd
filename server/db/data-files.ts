import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** The repository's `data/` folder: plan, territory and example values, each with its provenance. */
export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

export function readCsv(relativePath: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(DATA_DIR, relativePath), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

export function readJson(relativePath: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, relativePath), 'utf8'));
}
