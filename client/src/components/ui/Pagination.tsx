import { Link, type To } from 'react-router';
import { type Noun, pageCount, pageSummary } from '../../../../shared/pagination.ts';

type PaginationProps = {
  /** What the pages are of, for screen readers ("Páginas da auditoria"). */
  label: string;
  /** 1-based. */
  page: number;
  total: number;
  pageSize: number;
  noun: Noun;
} & (
  | { /** Pages kept in the address (shareable). */ hrefOf: (page: number) => To }
  | { /** Pages kept on the screen only. */ onPage: (page: number) => void }
);

/**
 * "« Primeira · ← Anterior · página 2 de 7, 312 registros · Próxima → · Última »" (the first and
 * last only past two pages: a national base's municípios are 115). At the first and last page the
 * steps stay buttons that do nothing (a person paging with the keyboard keeps their place), and a
 * page kept on the screen brings the top of its table back into view.
 */
export function Pagination(props: PaginationProps) {
  const { label, page, total, pageSize, noun } = props;
  const last = pageCount(total, pageSize);
  const step = (to: number, text: string, isPossible: boolean) => {
    if (!isPossible)
      return (
        <button type="button" className="button button--secondary" aria-disabled="true">
          {text}
        </button>
      );
    if ('hrefOf' in props)
      return (
        <Link className="button button--secondary" to={props.hrefOf(to)}>
          {text}
        </Link>
      );
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={(event) => {
          props.onPage(to);
          const card = event.currentTarget.closest('.card');
          if (card && card.getBoundingClientRect().top < 0) card.scrollIntoView({ block: 'start' });
        }}
      >
        {text}
      </button>
    );
  };
  return (
    <nav className="pagination" aria-label={label}>
      {last > 2 && step(1, '« Primeira', page > 1)}
      {step(page - 1, '← Anterior', page > 1)}
      <span className="pagination__summary" aria-live="polite">
        {pageSummary(page, total, pageSize, noun)}
      </span>
      {step(page + 1, 'Próxima →', page < last)}
      {last > 2 && step(last, 'Última »', page < last)}
    </nav>
  );
}
