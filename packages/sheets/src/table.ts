/**
 * What every reader produces: the rows of one sheet as plain cells, before any mapping.
 */

/** One cell: text (CSV, or a text cell of a workbook), a number or a boolean (workbooks), or empty. */
export type CellValue = string | number | boolean | null;

/** The rows of one sheet (or CSV file): `rows[i]` is spreadsheet row `i + 1`, the header first. */
export interface SheetTable {
  /** The file name as given. */
  readonly file: string;
  /** The sheet name, for workbooks. */
  readonly sheet?: string;
  /** The rows; an empty array for an empty row. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}
