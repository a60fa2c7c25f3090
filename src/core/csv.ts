/**
 * Rows as CSV text, written by papaparse: its own module, so that the CSV writer loads only when a reader
 * first exports (the page's first load does without it).
 */
import Papa from 'papaparse';
import { BOM, CSV_FIELDS, FORMULA_START, type CsvRow } from './exportRows';

export function toCsv(rows: ReadonlyArray<CsvRow>): string {
  return (
    BOM +
    Papa.unparse(
      { fields: [...CSV_FIELDS], data: rows.map((r) => CSV_FIELDS.map((k) => r[k])) },
      { escapeFormulae: FORMULA_START, newline: '\r\n' },
    )
  );
}
