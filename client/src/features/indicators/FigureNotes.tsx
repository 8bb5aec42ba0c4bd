import { Tag } from '../../components/ui/Tag.tsx';
import type { Figure } from '../../lib/trpc.ts';
import { figureNotes, isRealData, provenanceText } from './figure-format.ts';
import { ProvenanceTag } from './ProvenanceTag.tsx';

type FigureNotesProps = {
  figure: Pick<Figure, 'isPartial' | 'partialThrough' | 'isProvisional' | 'value' | 'isExample'> &
    Partial<Pick<Figure, 'interval' | 'pooled' | 'provenance' | 'pending'>>;
  /** On a page that shows example data, say which figures are real. */
  isRealMarked?: boolean;
};

export function FigureNotes({ figure, isRealMarked = false }: FigureNotesProps) {
  const notes = figureNotes(figure);
  const isReal = isRealMarked && isRealData(figure);
  const provenance = figure.provenance ? provenanceText(figure.provenance) : null;
  if (notes.length === 0 && !isReal && !provenance) return null;
  return (
    <span className="figure-notes">
      {notes.map((note) => (
        <Tag key={note.key} tone={note.tone} title={note.title}>
          {note.text}
        </Tag>
      ))}
      {provenance && <ProvenanceTag text={provenance} />}
      {isReal && (
        <Tag tone="info" title="Valor calculado a partir de dados reais, não gerados para demonstração.">
          dado real
        </Tag>
      )}
    </span>
  );
}
