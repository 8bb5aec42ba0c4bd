import type { ReactNode } from 'react';

export type TagTone = 'neutral' | 'info' | 'warning';

/** A small label beside a figure: "parcial até out/2026", "provisório", "dado real". */
export function Tag({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: TagTone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={`tag tag--${tone}`} title={title}>
      {children}
    </span>
  );
}
