/** The same table as an Excel workbook, written by the server (numbers stay numbers). */
export function DownloadXlsxLink({ href }: { href: string }) {
  return (
    <a className="button button--secondary" href={href} download>
      <span aria-hidden="true">↓&nbsp;</span>Baixar XLSX
    </a>
  );
}
