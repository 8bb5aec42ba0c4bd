/** A download the server writes (CSV for Excel in Portuguese, or XLSX where numbers stay numbers). */
export function DownloadLink({ href, label }: { href: string; label: string }) {
  return (
    <a className="button button--secondary" href={href} download>
      <span aria-hidden="true">↓&nbsp;</span>
      {label}
    </a>
  );
}

export function DownloadXlsxLink({ href }: { href: string }) {
  return <DownloadLink href={href} label="Baixar XLSX" />;
}
