import { formatDateTimeMt } from '../../../../shared/format.ts';
import { NARRATIVE_FIELDS } from '../../../../shared/schemas/semester-report.ts';
import { ExampleMark } from './ReportTables.tsx';
import type { ReportNarrative } from './use-semester-report.ts';

/** The three texts of one coordenadoria, a), b) and c) as in the seed's reports. */
export function NarrativeTexts({ narrative }: { narrative: ReportNarrative | null }) {
  if (!narrative) return <p className="semester-narrative__empty">Ainda não escrito pela coordenadoria.</p>;
  return (
    <>
      <dl className="semester-narrative__texts">
        {NARRATIVE_FIELDS.map((field) => (
          <div key={field.key}>
            <dt>
              {field.letter}) {field.heading}
            </dt>
            <dd className={narrative[field.key] ? undefined : 'semester-narrative__empty'}>
              {narrative[field.key] ?? 'Não informado.'}
            </dd>
          </div>
        ))}
      </dl>
      <p className="semester-narrative__meta">
        Escrito por {narrative.updatedByName} em {formatDateTimeMt(narrative.updatedAt)}
        <ExampleMark isExample={narrative.isExample} />
      </p>
    </>
  );
}
