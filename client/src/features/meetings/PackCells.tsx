import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTimeMt } from '../../../../shared/format.ts';
import { actionPath } from './meeting-month.ts';
import { ExampleTag } from './tags.tsx';

/** The row's heading in the pack's action tables: the code (opening the action) and what it says. */
export function ActionCell({ code, text }: { code: string; text: string }) {
  return (
    <th scope="row" className="meeting-table__action">
      <Link to={actionPath(code)} className="meeting-code">
        {code}
      </Link>{' '}
      {text}
    </th>
  );
}

type RecordedByProps = {
  name: string;
  at: string;
  isExample: boolean;
  /** Said after the moment, in the same line ("(3 registros no período)"). */
  children?: ReactNode;
};

/** Who wrote a record or proposed a pauta, and when (as read in Mato Grosso). */
export function RecordedBy({ name, at, isExample, children }: RecordedByProps) {
  return (
    <>
      <span className="secondary-text">
        {name}, {formatDateTimeMt(at)}
        {children}
      </span>
      {isExample && <ExampleTag />}
    </>
  );
}
