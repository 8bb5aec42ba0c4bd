/** "Objetivo 2" for the plan's numbered objectives; the society result (code RS) has no number. */
export function objectiveNumberLabel(code: string): string | null {
  return /^\d+$/.test(code) ? `Objetivo ${code}` : null;
}
