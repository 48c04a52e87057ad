/**
 * The values of one field for every row of a frame, as the records held them (`undefined` where
 * absent): read once, in one pass over the records, into a plain array.
 */
export type Column = readonly unknown[];

/**
 * The columns of a frame's fields, filled a row at a time, in order.
 */
export class FrameColumns {
  private readonly columns: unknown[][];
  private readonly at: readonly number[];
  private length = 0;

  /**
   * @param paths - the fields (dotted paths), in the order {@link FrameColumns.done} returns their columns
   * @param capacity - the number of rows that will be pushed (more may come)
   * @param at - where each field's value is in the rows pushed (default: field `c` at index `c`)
   */
  constructor(paths: readonly string[], capacity: number, at?: readonly number[]) {
    this.columns = paths.map(() => new Array<unknown>(capacity));
    this.at = at ?? paths.map((_, c) => c);
  }

  /**
   * Appends one row.
   *
   * @param row - the row's values, each field's at its index (see the constructor)
   */
  push(row: readonly unknown[]): void {
    const r = this.length;
    for (let c = 0; c < this.columns.length; c += 1) (this.columns[c] as unknown[])[r] = row[this.at[c] as number];
    this.length = r + 1;
  }

  /**
   * The finished columns, in the order of the fields, each exactly as long as the rows pushed.
   *
   * @returns a column per field
   */
  done(): Column[] {
    for (const column of this.columns) column.length = this.length;
    return this.columns;
  }
}

/**
 * One row of a column, as the record held it (`undefined` where absent).
 *
 * @param column - a finished column
 * @param row - a row index
 * @returns the value
 */
export const columnValue = (column: Column, row: number): unknown => column[row];
