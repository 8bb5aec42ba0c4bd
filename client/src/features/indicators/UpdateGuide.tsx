import { Card } from '../../components/ui/Card.tsx';
import type { IndicatorSheetData } from '../../lib/trpc.ts';

type Guide = NonNullable<IndicatorSheetData['updateGuide']>;

/**
 * "Como atualizar": where a coordenadoria fetches the indicator's data and how it enters the panel,
 * part by part (numerator, denominator), with what the team is still unsure of said plainly.
 */
export function UpdateGuide({ guide, updatedBy }: { guide: Guide; updatedBy: string }) {
  return (
    <Card title="Como atualizar" className="update-guide">
      <p>{guide.summary}</p>
      <p>
        <strong>Quem atualiza: </strong>
        {updatedBy}, a superintendência ou o administrador.
      </p>
      {guide.parts.map((part) => (
        <section key={part.label} className="update-guide__part" aria-label={`${part.label}: ${part.system}`}>
          <h3 className="update-guide__title">
            {part.label}: {part.system}
          </h3>
          <dl className="update-guide__fields">
            <div className="sheet__field update-guide__field">
              <dt>Onde buscar</dt>
              <dd>{part.where}</dd>
            </div>
            {part.selections.length > 0 && (
              <div className="sheet__field update-guide__field">
                <dt>O que escolher</dt>
                <dd>
                  <ul className="update-guide__steps">
                    {part.selections.map((selection) => (
                      <li key={selection}>{selection}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            <div className="sheet__field update-guide__field">
              <dt>No painel</dt>
              <dd>
                <HowToLoad text={part.howToLoad} />
              </dd>
            </div>
            {part.note && (
              <div className="sheet__field update-guide__field">
                <dt>Observação</dt>
                <dd>{part.note}</dd>
              </div>
            )}
          </dl>
        </section>
      ))}
      {guide.yearClosing && (
        <p>
          <strong>Quando o ano fecha: </strong>
          {guide.yearClosing}
        </p>
      )}
      {guide.toConfirm && (
        <p className="update-guide__unsure">
          <strong>A confirmar com a SAS: </strong>
          {guide.toConfirm}
        </p>
      )}
    </Card>
  );
}

/** `npm run import -- arquivo.csv --formato tabnet …`, without the sentence's own punctuation. */
const COMMAND = /npm run import -- \S+?(?: --\S+ \S+?)*(?=[.,;]?(?:\s|$))/;

/** The page to use, then the command line (for the team's scripts) as code, kept on one line. */
function HowToLoad({ text }: { text: string }) {
  const command = COMMAND.exec(text);
  if (!command) return <>{text}</>;
  return (
    <>
      {text.slice(0, command.index)}
      <code className="update-guide__command">{command[0]}</code>
      {text.slice(command.index + command[0].length)}
    </>
  );
}
