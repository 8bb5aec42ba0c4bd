import { Link } from 'react-router';
import { pendingReviewText } from './plan-tree.ts';

/** Prazos the parser could not read wait for a person: the structure page says how many, with the way there. */
export function ReviewBanner({ pending }: { pending: number }) {
  const text = pendingReviewText(pending);
  if (!text) return null;
  return (
    <aside className="plan-review-banner" aria-label="Prazos a revisar">
      <p>
        <strong>{text}.</strong> O texto desses prazos não pôde ser lido como datas; sem datas, a ação não
        aparece como atrasada.
      </p>
      <Link className="button button--small" to="/admin/prazos">
        Revisar prazos
      </Link>
    </aside>
  );
}
