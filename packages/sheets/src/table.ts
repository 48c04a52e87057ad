/**
 * What every reader produces: the rows of one sheet as plain cells, before any mapping.
 */

/**
 * One cell: text (CSV, or a text cell of a workbook), a number or a boolean (workbooks), or empty.
 *
 * @example
 * ```ts
 * import type { CellValue } from '@coop/sheets';
 * const cells: CellValue[] = ['HTX-1', 2024, true, null];
 * cells.length; // 4
 * ```
 */
export type CellValue = string | number | boolean | null;

/**
 * The rows of one sheet (or CSV file): `rows[i]` is spreadsheet row `i + 1`, the header first.
 *
 * @example
 * ```ts
 * import type { SheetTable } from '@coop/sheets';
 * const table: SheetTable = { file: 'a.xlsx', sheet: 'Năm 2024', rows: [['Mã HTX'], ['HTX-1']] };
 * table.rows.length; // 2
 * ```
 */
export interface SheetTable {
  /** The file name as given. */
  readonly file: string;
  /** The sheet name, for workbooks. */
  readonly sheet?: string;
  /** The rows; an empty array for an empty row. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}
