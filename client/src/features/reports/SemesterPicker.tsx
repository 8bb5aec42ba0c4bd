import { useId } from 'react';
import { useNavigate } from 'react-router';
import { SEMESTER_STATE_LABELS, type SemesterState } from '../../../../shared/domain/semester.ts';
import { semesterReportPath } from './semester-report.ts';

/** Chooses the semester of the report (the ones already started); the choice is the address. */
export function SemesterPicker({
  semester,
  semesters,
}: {
  semester: string;
  semesters: readonly { code: string; label: string; state: SemesterState }[];
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
            {option.state === 'current' ? ` (${SEMESTER_STATE_LABELS.current})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
