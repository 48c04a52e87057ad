import { RECORD_FIELDS, type RecordFieldType } from '@coop/model';
import { dateNumber } from '../semantics/condition.js';

/**
 * A finished column of a frame, one entry per row, stored by what its values are:
 * - `numbers`: `Uint8Array` for months (absent is {@link BYTE_ABSENT}) while every value is a whole
 *   number 0–254, `Int32Array` (absent is {@link INT_ABSENT}) when every value is a 32-bit integer, else
 *   `Float64Array` (absent is `NaN`: a validated record's numbers are finite);
 * - `flags`: `Uint8Array`, 0 false, 1 true, {@link FLAG_ABSENT} absent;
 * - `dates`: `Int32Array`, a `YYYY-MM-DD` date as the number `YYYYMMDD` (so that dates compare as
 *   numbers, in the same order as their text), {@link INT_ABSENT} absent;
 * - `values`: anything else, as is (`undefined` absent).
 *
 * The engine reads a row back with {@link columnValue} (as the record held it) and decides it by the
 * rules of `semantics/`. The packing stays for memory: with plain arrays, whose absent entries box every
 * number, evaluating the plans over 1 000 000 records exhausted a 512 MB heap (issue 20).
 */
export type Column =
  | { readonly kind: 'numbers'; readonly values: Uint8Array | Int32Array | Float64Array }
  | { readonly kind: 'flags'; readonly values: Uint8Array }
  | { readonly kind: 'dates'; readonly values: Int32Array }
  | { readonly kind: 'values'; readonly values: readonly unknown[] };

/** Absent in a flag column. */
export const FLAG_ABSENT = 2;
/** Absent in an integer column (the value −2 147 483 648 itself is kept in a float column). */
export const INT_ABSENT = -2_147_483_648;
/** Absent in a byte column of numbers (months; the value 255 itself is kept in a float column). */
export const BYTE_ABSENT = 255;

/** Months (0–12: a byte a row while they fit); whole numbers of modest size (4 bytes a row while they fit); VND amounts and hectares start as floats (billions of đồng do not fit 32 bits). */
const SMALL: ReadonlySet<RecordFieldType> = new Set(['months']);
const WHOLE: ReadonlySet<RecordFieldType> = new Set(['count']);
const FRACTIONAL_OR_LARGE: ReadonlySet<RecordFieldType> = new Set(['vnd', 'hectares']);

type Packed = Int32Array | Float64Array | Uint8Array;

/**
 * The columns of one packing in one array: column `k` keeps its rows at `k * capacity …`, is field
 * `fields[k]`, and takes its value at `at[k]` of each row pushed (`-1` once it has left the block).
 */
class Block<A extends Packed> {
  readonly fields: number[] = [];
  at = new Int32Array(0);
  array: A;
  /**
   * @param kind - the kind of the block's columns
   * @param make - makes an array of the block's packing
   */
  constructor(
    private readonly kind: 'numbers' | 'flags' | 'dates',
    private readonly make: (length: number) => A,
  ) {
    this.array = make(0);
  }
  add(field: number, at: number): void {
    this.fields.push(field);
    this.at = Int32Array.of(...this.at, at);
  }
  /** Column `k`'s first `rows` rows (a view into the block). */
  view(k: number, capacity: number, rows: number): A {
    return this.array.subarray(k * capacity, k * capacity + rows) as A;
  }
  /** Column `k`'s first `rows` rows, as a finished column (a view into the block). */
  column(k: number, capacity: number, rows: number): Column {
    return { kind: this.kind, values: this.view(k, capacity, rows) } as Column;
  }
  /** Makes the block `capacity` rows long, keeping the first `rows` rows of each column (laid out for `was`). */
  resize(was: number, capacity: number, rows: number): void {
    const array = this.make(capacity * this.fields.length);
    for (let k = 0; k < this.fields.length; k += 1) array.set(this.view(k, was, rows), k * capacity);
    this.array = array;
  }
}

/** A column outside the blocks: plain values (text, paths outside the table, values no packing holds), or a count widened to floats. */
interface Loose {
  readonly field: number;
  readonly at: number;
  values: Float64Array | unknown[];
}

/**
 * The columns of a frame's fields, filled a row at a time, in order, into arrays of the frame's exact
 * length (known before its rows are read): no chunk, no boxed number, and no regrowth unless more rows
 * come than it said. Each field is packed by its type in `RECORD_FIELDS`:
 * - counts and months as 32-bit integers until a value is not one, when that column is copied once into
 *   floats; VND amounts and hectares as floats from the start (a column of a million rows is then never
 *   copied);
 * - flags in a byte a row; dates as `YYYYMMDD`;
 * - text and paths outside the table as plain values.
 *
 * A value its packing cannot hold (never seen for a validated record, whose fields are checked against
 * `RECORD_FIELDS`) moves that column to plain values, so nothing is ever coerced.
 *
 * Speed (the frames' columns are filled for every record an evaluation reads): the columns of each
 * packing share one array (a block), and a row is filled block by block, in a tight loop of a few tests
 * and one store per value into that one array — faster, in the plan benchmark, than a call per value
 * into a column object of its own that tests its packing each time.
 */
export class FrameColumns {
  private capacity: number;
  private length = 0;
  private readonly bytes = new Block('numbers', (n) => new Uint8Array(n));
  private readonly ints = new Block('numbers', (n) => new Int32Array(n));
  private readonly floats = new Block('numbers', (n) => new Float64Array(n));
  private readonly flags = new Block('flags', (n) => new Uint8Array(n));
  private readonly dates = new Block('dates', (n) => new Int32Array(n));
  private readonly blocks: readonly Block<Packed>[] = [this.bytes, this.ints, this.floats, this.flags, this.dates];
  private readonly loose: Loose[] = [];

  /**
   * @param paths - the fields (dotted paths), in the order {@link FrameColumns.done} returns their columns
   * @param capacity - the number of rows that will be pushed
   * @param at - where each field's value is in the rows pushed (default: field `c` at index `c`)
   */
  constructor(
    private readonly paths: readonly string[],
    capacity: number,
    at?: readonly number[],
  ) {
    this.capacity = capacity;
    paths.forEach((path, field) => {
      const index = at === undefined ? field : (at[field] as number);
      const type = Object.hasOwn(RECORD_FIELDS, path) ? (RECORD_FIELDS as Readonly<Record<string, RecordFieldType>>)[path] : undefined;
      // Text, and paths outside the table, have no block: they are kept loose, as plain values.
      const block: Block<Packed> | undefined =
        type === undefined ? undefined
        : SMALL.has(type) ? this.bytes
        : WHOLE.has(type) ? this.ints
        : FRACTIONAL_OR_LARGE.has(type) ? this.floats
        : type === 'boolean' ? this.flags
        : type === 'date' ? this.dates
        : undefined;
      if (block === undefined) this.loose.push({ field, at: index, values: [] });
      else block.add(field, index);
    });
    for (const block of this.blocks) block.resize(0, capacity, 0);
  }

  /**
   * Appends one row.
   *
   * @param row - the row's values, each field's at its index (see the constructor)
   */
  push(row: readonly unknown[]): void {
    const r = this.length;
    if (r === this.capacity) this.grow();
    this.length = r + 1;
    const capacity = this.capacity;
    // Block by block; a column that leaves its block is handed to the loose loop, which comes last and stores its value.
    this.pushWhole(this.bytes, row, r, 255);
    this.pushWhole(this.ints, row, r, 0x7fff_ffff);
    let at = this.floats.at;
    const floats = this.floats.array;
    for (let k = 0, o = r; k < at.length; k += 1, o += capacity) {
      const i = at[k] as number;
      if (i < 0) continue;
      const v = row[i];
      if (v === undefined) floats[o] = Number.NaN;
      else if (typeof v === 'number' && v === v) floats[o] = v; // `v === v`: not NaN
      else this.leave(this.floats, k, 'values');
    }
    at = this.flags.at;
    const flags = this.flags.array;
    for (let k = 0, o = r; k < at.length; k += 1, o += capacity) {
      const i = at[k] as number;
      if (i < 0) continue;
      const v = row[i];
      // Without a branch on the value (true, false and absent come in any order): 1 true, 0 false, 2 absent.
      const isTrue = Number(v === true);
      const isAbsent = Number(v === undefined);
      if ((isTrue | isAbsent | Number(v === false)) !== 0) flags[o] = isTrue | (isAbsent << 1);
      else this.leave(this.flags, k, 'values');
    }
    at = this.dates.at;
    const dates = this.dates.array;
    for (let k = 0, o = r; k < at.length; k += 1, o += capacity) {
      const i = at[k] as number;
      if (i < 0) continue;
      const v = row[i];
      const date = v === undefined ? INT_ABSENT : dateNumber(v);
      if (date !== -1) dates[o] = date;
      else this.leave(this.dates, k, 'values');
    }
    const loose = this.loose;
    for (let k = 0; k < loose.length; k += 1) {
      const column = loose[k] as Loose;
      const v = row[column.at];
      const values = column.values;
      if (!(values instanceof Float64Array)) values[r] = v;
      else if (v === undefined) values[r] = Number.NaN;
      else if (typeof v === 'number' && v === v) values[r] = v;
      else {
        const widened: Column = { kind: 'numbers', values };
        const decoded = Array.from({ length: r }, (_, row) => columnValue(widened, row));
        decoded.push(v);
        column.values = decoded;
      }
    }
  }

  /**
   * Stores row `r`'s values into a block of whole numbers up to `max` (its absent marker: {@link
   * BYTE_ABSENT} for bytes, {@link INT_ABSENT} for 32-bit integers); a value it cannot hold as itself
   * (a fraction, −0, out of range, the marker itself, not a number) sends its column out of the block.
   */
  private pushWhole(block: Block<Uint8Array | Int32Array>, row: readonly unknown[], r: number, max: number): void {
    const { at, array } = block;
    const absent = max === 255 ? BYTE_ABSENT : INT_ABSENT;
    const min = max === 255 ? 0 : INT_ABSENT;
    for (let k = 0, o = r; k < at.length; k += 1, o += this.capacity) {
      const i = at[k] as number;
      if (i < 0) continue;
      const v = row[i];
      if (v === undefined) array[o] = absent;
      else if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max && v !== absent && !Object.is(v, -0)) array[o] = v;
      else this.leave(block, k, typeof v === 'number' && v === v ? 'numbers' : 'values');
    }
  }

  /**
   * The finished columns, in the order of the fields, each exactly as long as the rows pushed.
   *
   * @returns a column per field
   */
  done(): Column[] {
    const n = this.length;
    const out = new Array<Column>(this.paths.length);
    for (const block of this.blocks) {
      block.fields.forEach((field, k) => {
        if ((block.at[k] as number) >= 0) out[field] = block.column(k, this.capacity, n);
      });
    }
    for (const { field, values } of this.loose) {
      out[field] = values instanceof Float64Array ? { kind: 'numbers', values: values.subarray(0, n) } : { kind: 'values', values };
    }
    return out;
  }

  /**
   * Column `k` of a block meets a value the block cannot hold: it leaves the block with the rows before
   * the one being pushed, as floats (a count meeting another number: absent becomes `NaN`) or as plain
   * values; the loose loop, which comes later, then stores the value of the row being pushed.
   */
  private leave<A extends Packed>(block: Block<A>, k: number, as: 'numbers' | 'values'): void {
    const rows = this.length - 1;
    const column = block.column(k, this.capacity, rows);
    const decoded = Array.from({ length: rows }, (_, row) => columnValue(column, row));
    const values = as === 'numbers' ? new Float64Array(this.capacity) : decoded;
    if (values instanceof Float64Array) decoded.forEach((v, row) => (values[row] = v === undefined ? Number.NaN : (v as number)));
    this.loose.push({ field: block.fields[k] as number, at: block.at[k] as number, values });
    block.at[k] = -1;
  }

  /** Doubles the room (only when more rows come than the capacity said). */
  private grow(): void {
    const was = this.capacity;
    const size = Math.max(16, was * 2);
    for (const block of this.blocks) block.resize(was, size, this.length);
    for (const column of this.loose) {
      if (!(column.values instanceof Float64Array)) continue;
      const grown = new Float64Array(size);
      grown.set(column.values.subarray(0, this.length));
      column.values = grown;
    }
    this.capacity = size;
  }
}

/** The `YYYY-MM-DD` text of a number made by {@link dateNumber}. */
const dateText = (n: number): string => {
  const text = String(n).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
};

/**
 * The absent marker of a number column's array: {@link INT_ABSENT} for integers, `NaN` (equal to
 * nothing: test absence with `v !== v` as well) for floats.
 *
 * @param values - a number column's values
 * @returns the marker
 */
export const absentNumber = (values: Uint8Array | Int32Array | Float64Array): number =>
  values instanceof Uint8Array ? BYTE_ABSENT : values instanceof Int32Array ? INT_ABSENT : Number.NaN;

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
  if (column.kind === 'dates') return v === INT_ABSENT ? undefined : dateText(v);
  if (column.values instanceof Int32Array) return v === INT_ABSENT ? undefined : v;
  if (column.values instanceof Uint8Array) return v === BYTE_ABSENT ? undefined : v;
  return v === v ? v : undefined; // `v === v`: not NaN
};
