import { type ExportTable, exportCsv } from '../../../../shared/export-table.ts';

/** Downloads exactly the rows on screen, as CSV for Excel in Portuguese. */
export function DownloadCsvButton({ fileName, table }: { fileName: string; table: ExportTable }) {
  function download() {
    const blob = new Blob([exportCsv(table)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    // Revoked on the next tick: some browsers start the download only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <button type="button" className="button button--secondary" onClick={download}>
      <span aria-hidden="true">↓ </span>Baixar CSV
    </button>
  );
}
