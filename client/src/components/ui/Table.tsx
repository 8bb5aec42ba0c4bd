import type { ReactNode } from 'react';

type TableProps = {
  caption: ReactNode;
  /** Hide the caption visually (it stays for screen readers) when a card title already says it. */
  isCaptionHidden?: boolean;
  className?: string;
  children: ReactNode;
};

/** A table that scrolls sideways on narrow screens instead of overflowing the page. */
export function Table({ caption, isCaptionHidden = false, className, children }: TableProps) {
  return (
    <div className="table-scroll">
      <table className={className ? `table ${className}` : 'table'}>
        <caption className={isCaptionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
