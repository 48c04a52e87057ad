import { RECORD_FIELDS, type RecordFieldType } from '@coop/model';

/**
 * A finished column of a frame, one entry per row, stored by what its values are:
 * - `numbers`: `Int32Array` (absent is {@link INT_ABSENT}) when every value is a 32-bit integer, else
 *   `Float64Array` (absent is `NaN`: a validated record's numbers are finite);
 * - `flags`: `Uint8Array`, 0 false, 1 true, {@link FLAG_ABSENT} absent;
 * - `values`: anything else, as is (`undefined` absent).
 *
 * The engine scans these arrays directly (see `indicator-condition.ts`, `indicator-aggregate.ts`);
 * {@link columnValue} reads one row back as the record held it.
 */
export type Column =
  | { readonly kind: 'numbers'; readonly values: Int32Array | Float64Array }
  | { readonly kind: 'flags'; readonly values: Uint8Array }
  | { readonly kind: 'values'; readonly values: readonly unknown[] };

/** How a column stores its values. */
const enum Packing {
  /** 32-bit integers (`INT_ABSENT` is absent) while every value is one; else 64-bit floats (`NaN` absent). */
  Integers,
  Floats,
  /** 0 false, 1 true, `FLAG_ABSENT` absent. */
  Flags,
  /** Any value, as is. */
  Values,
}

/** Absent in a flag column. */
export const FLAG_ABSENT = 2;
/** Absent in an integer column (the value −2 147 483 648 itself is kept in a float column). */
export const INT_ABSENT = -2_147_483_648;

/** Whether a number fits an integer column as itself (−0 does not: it would read back as 0). */
const fitsInt32 = (value: number): boolean => (value | 0) === value && value !== INT_ABSENT && (value !== 0 || 1 / value > 0);

/**
 * A column filled row by row, in order, into an array of the frame's exact length (known before its
 * rows are read): no chunk, no boxed number, and no regrowth unless more rows come than it said. Counts take 4 bytes a row until a value is not
 * a 32-bit integer, when the column is copied once into 8-byte floats; flags take a byte. A value the
 * packing cannot hold (never seen for a validated record, whose fields are checked against
 * `RECORD_FIELDS`) switches the column to plain values, so nothing is ever coerced. One class for every
 * packing keeps the per-row call monomorphic.
 */
export class ColumnBuilder {
  private packing: Packing;
  private numbers: Int32Array | Float64Array | Uint8Array;
  private values: unknown[] = [];
  private length = 0;

  /**
   * @param packing - how the values are stored first
   * @param capacity - the number of rows that will be pushed
   */
  constructor(packing: Packing, capacity: number) {
    this.packing = packing;
    this.numbers =
      packing === Packing.Integers ? new Int32Array(capacity) : packing === Packing.Flags ? new Uint8Array(capacity) : new Float64Array(0);
  }

  push(value: unknown): void {
    const at = this.length;
    if (at === this.numbers.length && this.packing !== Packing.Values) this.grow();
    switch (this.packing) {
      case Packing.Integers:
        if (value === undefined) this.numbers[at] = INT_ABSENT;
        else if (typeof value === 'number' && fitsInt32(value)) this.numbers[at] = value;
        else if (typeof value === 'number' && value === value) {
          this.widen(); // `value === value`: not NaN
          this.numbers[at] = value;
        } else return this.unpack(value);
        break;
      case Packing.Floats:
        if (value === undefined) this.numbers[at] = Number.NaN;
        else if (typeof value === 'number' && value === value) this.numbers[at] = value;
        else return this.unpack(value);
        break;
      case Packing.Flags:
        if (value === undefined) this.numbers[at] = FLAG_ABSENT;
        else if (typeof value === 'boolean') this.numbers[at] = value ? 1 : 0;
        else return this.unpack(value);
        break;
      default:
        this.values.push(value);
    }
    this.length = at + 1;
  }

  /** The finished column, exactly as long as the rows pushed. */
  done(): Column {
    const n = this.length;
    switch (this.packing) {
      case Packing.Integers:
      case Packing.Floats:
        return { kind: 'numbers', values: (this.numbers as Int32Array | Float64Array).subarray(0, n) };
      case Packing.Flags:
        return { kind: 'flags', values: (this.numbers as Uint8Array).subarray(0, n) };
      default:
        return { kind: 'values', values: this.values };
    }
  }

  /** Doubles the room (only when more rows come than the capacity said). */
  private grow(): void {
    const grown = new (this.numbers.constructor as new (n: number) => Int32Array | Float64Array | Uint8Array)(Math.max(16, this.length * 2));
    grown.set(this.numbers);
    this.numbers = grown;
  }

  /** Copies the integers so far into floats (absent becomes `NaN`). */
  private widen(): void {
    const narrow = this.numbers;
    const wide = new Float64Array(narrow.length);
    for (let i = 0; i < this.length; i += 1) wide[i] = narrow[i] === INT_ABSENT ? Number.NaN : (narrow[i] as number);
    this.numbers = wide;
    this.packing = Packing.Floats;
  }

  /** Switches to plain values (the rows so far decoded), then appends `value`. */
  private unpack(value: unknown): void {
    const column = this.done();
    const values: unknown[] = [];
    for (let row = 0; row < this.length; row += 1) values.push(columnValue(column, row));
    values.push(value);
    this.values = values;
    this.numbers = new Float64Array(0);
    this.packing = Packing.Values;
    this.length += 1;
  }
}

const NUMERIC: ReadonlySet<RecordFieldType> = new Set(['count', 'vnd', 'months', 'hectares']);

/**
 * An empty column for a record field, packed by its type in `RECORD_FIELDS` (numbers and flags;
 * dates, text and paths outside the table are kept as values).
 *
 * @param path - a dotted field path
 * @param capacity - the number of rows the column will hold
 * @returns the column builder
 */
export const columnFor = (path: string, capacity: number): ColumnBuilder => {
  if (!Object.hasOwn(RECORD_FIELDS, path)) return new ColumnBuilder(Packing.Values, capacity);
  const type = (RECORD_FIELDS as Readonly<Record<string, RecordFieldType>>)[path] as RecordFieldType;
  if (NUMERIC.has(type)) return new ColumnBuilder(Packing.Integers, capacity);
  return new ColumnBuilder(type === 'boolean' ? Packing.Flags : Packing.Values, capacity);
};

/**
 * The absent marker of a number column's array: {@link INT_ABSENT} for integers, `NaN` (equal to
 * nothing: test absence with `v !== v` as well) for floats.
 *
 * @param values - a number column's values
 * @returns the marker
 */
export const absentNumber = (values: Int32Array | Float64Array): number => (values instanceof Int32Array ? INT_ABSENT : Number.NaN);

/**
 * One row of a column, as the record held it (`undefined` where absent).
 *
 * @param column - a finished column
 * @param row - a row index
 * @returns the value
 */
export const columnValue = (column: Column, row: number): unknown => {
  if (column.kind === 'values') return column.values[row];
  const v = column.values[row] as number;
  if (column.kind === 'flags') return v === FLAG_ABSENT ? undefined : v === 1;
  if (column.values instanceof Int32Array) return v === INT_ABSENT ? undefined : v;
  return v === v ? v : undefined; // `v === v`: not NaN
};
