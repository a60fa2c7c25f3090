import type { CsvRow } from '../core/exportRows';

/** Saves a blob under a file name, through a temporary link (no other origin involved). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Rows written as CSV and downloaded; the CSV writer (papaparse) is loaded the first time. */
export function downloadCsvRows(rows: ReadonlyArray<CsvRow>, fileName: string): void {
  void import('../core/csv').then(({ toCsv }) => downloadCsv(toCsv(rows), fileName));
}
