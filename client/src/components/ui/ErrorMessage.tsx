import type { ReactNode } from 'react';

type ErrorMessageProps = {
  title: string;
  message: string;
  /** The error is the whole page: its title is the page's heading. */
  isPageTitle?: boolean;
  children?: ReactNode;
};

/** An error the user can act on: what happened (the server's sentence) and where to go next. */
export function ErrorMessage({ title, message, isPageTitle = false, children }: ErrorMessageProps) {
  const Title = isPageTitle ? 'h1' : 'p';
  return (
    <div className="error-message" role="alert">
      <Title className="error-message__title">
        <span aria-hidden="true">⚠ </span>
        {title}
      </Title>
      <p>{message}</p>
      {children}
    </div>
  );
}
