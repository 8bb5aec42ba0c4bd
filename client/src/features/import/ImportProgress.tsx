import type { ImportJob } from './import-api.ts';
import { hasMeasuredProgress, progressText } from './import-report.ts';

/** A running job: its phase in Portuguese, with a bar while the phase has more than one step. */
export function ImportProgress({ job, fileName }: { job: ImportJob; fileName: string }) {
  const text = progressText(job);
  return (
    <div className="import-progress" role="status">
      <p className="loading">
        <span className="loading__spinner" aria-hidden="true" />
        {job.isApply ? 'Aplicando' : 'Pré-visualizando'} {fileName} — {text}
      </p>
      {job.total > 1 &&
        (hasMeasuredProgress(job) ? (
          <progress className="import-progress__bar" max={job.total} value={job.done} aria-label={text} />
        ) : (
          // Without a value the bar is indeterminate: the server has not reported a step yet.
          <progress className="import-progress__bar" aria-label={text} />
        ))}
    </div>
  );
}
