export function Loading({ what = 'dados' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      Carregando {what}…
    </p>
  );
}
