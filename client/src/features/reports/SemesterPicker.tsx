import { useId } from 'react';
import { useNavigate } from 'react-router';
import { YEAR_PART_STATE_LABELS, type YearPartState } from '../../../../shared/domain/dates.ts';
import { semesterReportPath } from './semester-report.ts';

/** Chooses the semester of the report (the ones already started); the choice is the address. */
export function SemesterPicker({
  semester,
  semesters,
}: {
  semester: string;
  semesters: readonly { code: string; label: string; state: YearPartState }[];
}) {
  const id = useId();
  const navigate = useNavigate();
  return (
    <div className="year-select semester-picker">
      <label htmlFor={id}>Semestre</label>
      <select id={id} value={semester} onChange={(event) => navigate(semesterReportPath(event.target.value))}>
        {[...semesters].reverse().map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
            {option.state === 'current' ? ` (${YEAR_PART_STATE_LABELS.current})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
