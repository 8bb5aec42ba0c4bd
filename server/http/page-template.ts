/** The built index.html the server sends: bare (the browser renders) or around a rendered page. */
import fs from 'node:fs';
import path from 'node:path';

export function readPageTemplate(clientDir: string): string {
  return fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
}
