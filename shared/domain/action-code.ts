/** Plan order of action codes: 1.2.10 after 1.2.9. */
export function compareActionCodes(a: string, b: string): number {
  return a.localeCompare(b, 'pt-BR', { numeric: true });
}
