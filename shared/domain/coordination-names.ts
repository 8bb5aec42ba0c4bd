/**
 * Coordenadorias by the names users know ("Coordenadoria de Saúde Bucal"), never by the plan's
 * codes (SAUDE-BUCAL, SUPERINTENDENCIA): the meeting pack and its ata, the presentation and the
 * semester report. The server sends the names with what it sends (a closed meeting's snapshot keeps
 * those of its day); a code without a name — an older snapshot — still reads as its code.
 */

export type CoordinationNames = Readonly<Record<string, string>>;

export function coordinationNames(rows: readonly { code: string; name: string }[]): CoordinationNames {
  return Object.fromEntries(rows.map((row) => [row.code, row.name]));
}

export function coordinationName(code: string, names: CoordinationNames): string {
  return names[code] ?? code;
}

/** An action's coordenadorias on one line; a semicolon, since a name may hold a comma. */
export function coordinationList(codes: readonly string[], names: CoordinationNames): string {
  return codes.map((code) => coordinationName(code, names)).join('; ');
}
