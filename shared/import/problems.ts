/**
 * What an import reports back, one entry per cell or line, so a person can open the file in Excel
 * or Notepad and go straight to the spot. `line` is the line (CSV) or row (XLSX) as the user sees
 * it, the first line being 1, or 0 for the file as a whole; `column` is the column as its header
 * reads, or '' for the whole line. `reason` continues the sentence started by describeProblem.
 */
export type RowProblem = { line: number; column: string; reason: string };

/** `Linha 12, coluna numerador: "12a" não é um número.` — the sentence shown on the page and by the CLI. */
export function describeProblem(problem: RowProblem): string {
  if (problem.line === 0) return problem.reason.charAt(0).toUpperCase() + problem.reason.slice(1);
  const where =
    problem.column === '' ? `Linha ${problem.line}` : `Linha ${problem.line}, coluna ${problem.column}`;
  return `${where}: ${problem.reason}`;
}

/** File order is the order a person fixes things in. */
export function byLine(a: RowProblem, b: RowProblem): number {
  return a.line - b.line;
}

/** Cell text inside a message: quoted, and cut short so a stray paragraph does not flood the report. */
export function quoteCell(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `"${shown}"`;
}

/**
 * A row given twice is reported on each of its lines, naming the others, so the user finds every
 * copy whichever line they look at. `subject` starts the sentence, e.g. "repete o município".
 */
export function duplicateProblems(
  linesByKey: Iterable<number[]>,
  column: string,
  subject: string,
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const lines of linesByKey) {
    if (lines.length < 2) continue;
    for (const line of lines) {
      const others = lines.filter((other) => other !== line);
      const where =
        others.length === 1
          ? `da linha ${others[0]}`
          : `das linhas ${others.slice(0, -1).join(', ')} e ${others.at(-1)}`;
      problems.push({ line, column, reason: `${subject} ${where}: deixe só uma delas.` });
    }
  }
  return problems;
}
