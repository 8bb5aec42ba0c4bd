import { objectiveNumberLabel } from './objective-heading.ts';

/** The heading row of an objective's indicators: its perspective and number, then its name. */
export function ObjectiveGroupRow({
  objective,
  colSpan,
}: {
  objective: { code: string; name: string; perspective: string };
  colSpan: number;
}) {
  const number = objectiveNumberLabel(objective.code);
  return (
    <tr className="group-row">
      <th scope="rowgroup" colSpan={colSpan}>
        <span className="group-row__perspective">
          {objective.perspective}
          {number && ` · ${number}`}
        </span>
        <span className="group-row__name">{objective.name}</span>
      </th>
    </tr>
  );
}
