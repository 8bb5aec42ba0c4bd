import { useState } from 'react';
import type { UserFormProblem } from '../../../../shared/domain/user-rules.ts';

type Field = UserFormProblem['field'];

/** The form's problems: each under its field, and all of them together for the summary box. */
export function useFieldProblems() {
  const [problems, setProblems] = useState<readonly UserFormProblem[]>([]);
  const errorOf = (field: Field) =>
    problems
      .filter((problem) => problem.field === field)
      .map((problem) => problem.message)
      .join(' ') || undefined;
  const problem = problems.length > 0 ? problems.map((item) => item.message).join(' ') : null;
  return { problem, errorOf, setProblems };
}

/** Takes the admin to the first field to fix (for a group of boxes, its first box). */
export function focusFirstProblem(
  problems: readonly UserFormProblem[],
  controlIds: Partial<Record<Field, string>>,
): void {
  const id = problems.map((problem) => controlIds[problem.field]).find(Boolean);
  const target = id ? document.getElementById(id) : null;
  const control = target?.matches('input, select, textarea') ? target : target?.querySelector('input');
  control?.focus();
}
