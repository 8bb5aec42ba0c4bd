/** A form's draft checked in the browser: the input to send, or the problem to say in Portuguese. */
export type DraftResult<T> = { isValid: true; input: T } | { isValid: false; problem: string };

export const invalid = (problem: string): { isValid: false; problem: string } => ({
  isValid: false,
  problem,
});

/** A real calendar date written `AAAA-MM-DD` (what a date input gives): 2026-02-29 is not one. */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
