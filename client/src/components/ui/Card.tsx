import type { ReactNode } from 'react';

type CardProps = {
  title?: ReactNode;
  /** Buttons or links shown beside the title (e.g. "Baixar CSV"). */
  actions?: ReactNode;
  className?: string;
  /** An anchor a link can jump to (`#contribuicao`). */
  id?: string;
  children: ReactNode;
  'data-testid'?: string;
};

export function Card({ title, actions, className, id, children, 'data-testid': testId }: CardProps) {
  return (
    <section className={className ? `card ${className}` : 'card'} id={id} data-testid={testId}>
      {(title || actions) && (
        <header className="card__header">
          {title && <h2 className="card__title">{title}</h2>}
          {actions && <div className="card__actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}
