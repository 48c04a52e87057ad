import { RECORD_FIELDS, type RecordFieldType } from '@coop/model';

/**
 * A finished column of a frame, one entry per row, stored by what its values are:
 * - `numbers`: `Int32Array` (absent is {@link INT_ABSENT}) when every value is a 32-bit integer, else
 *   `Float64Array` (absent is `NaN`: a validated record's numbers are finite);
 * - `flags`: `Uint8Array`, 0 false, 1 true, {@link FLAG_ABSENT} absent;
 * - `dates`: `Int32Array`, a `YYYY-MM-DD` date as the number `YYYYMMDD` (so that dates compare as
 *   numbers, in the same order as their text), {@link INT_ABSENT} absent;
 * - `values`: anything else, as is (`undefined` absent).
 *
 * The engine scans these arrays directly (see `indicator-condition.ts`, `indicator-aggregate.ts`);
 * {@link columnValue} reads one row back as the record held it.
 */
export type Column =
  | { readonly kind: 'numbers'; readonly values: Int32Array | Float64Array }
  | { readonly kind: 'flags'; readonly values: Uint8Array }
  | { readonly kind: 'dates'; readonly values: Int32Array }
  | { readonly kind: 'values'; readonly values: readonly unknown[] };

/** How a column stores its values. */
const enum Packing {
  /** 32-bit integers (`INT_ABSENT` is absent) while every value is one; else 64-bit floats (`NaN` absent). */
  Integers,
  Floats,
  /** 0 false, 1 true, `FLAG_ABSENT` absent. */
  Flags,
  /** `YYYYMMDD` (`INT_ABSENT` absent). */
  Dates,
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
 * rows are read): no chunk, no boxed number, and no regrowth unless more rows come than it said. Counts
 * take 4 bytes a row until a value is not a 32-bit integer, when the column is copied once into 8-byte
 * floats; flags take a byte. A value the packing cannot hold (never seen for a validated record, whose
 * fields are checked against `RECORD_FIELDS`) switches the column to plain values, so nothing is ever
 * coerced. Each packing has its own array field (each store sees one array type) and the common case —
 * room left, a value of the packing's type — is a few tests and one store; anything else takes
 * {@link ColumnBuilder.pushRare}.
 */
export class ColumnBuilder {
  private packing: Packing;
  private ints: Int32Array;
  private floats: Float64Array;
  private flags: Uint8Array;
  private values: unknown[] = [];
  private length = 0;

  /**
   * @param packing - how the values are stored first
   * @param capacity - the number of rows that will be pushed
   */
  constructor(packing: Packing, capacity: number) {
    this.packing = packing;
    this.ints = new Int32Array(packing === Packing.Integers || packing === Packing.Dates ? capacity : 0);
    this.floats = new Float64Array(packing === Packing.Floats ? capacity : 0);
    this.flags = new Uint8Array(packing === Packing.Flags ? capacity : 0);
  }

  push(value: unknown): void {
    const at = this.length;
    switch (this.packing) {
      case Packing.Integers:
        if (at < this.ints.length) {
          if (value === undefined) {
            this.ints[at] = INT_ABSENT;
            this.length = at + 1;
            return;
          }
          if (typeof value === 'number' && fitsInt32(value)) {
            this.ints[at] = value;
            this.length = at + 1;
            return;
          }
        }
        break;
      case Packing.Floats:
        if (at < this.floats.length) {
          if (value === undefined) {
            this.floats[at] = Number.NaN;
            this.length = at + 1;
            return;
          }
          if (typeof value === 'number' && value === value) {
            this.floats[at] = value; // `value === value`: not NaN
            this.length = at + 1;
            return;
          }
        }
        break;
      case Packing.Dates:
        if (at < this.ints.length) {
          const date = value === undefined ? INT_ABSENT : dateNumber(value);
          if (date !== -1) {
            this.ints[at] = date;
            this.length = at + 1;
            return;
          }
        }
        break;
      case Packing.Flags:
        if (at < this.flags.length) {
          if (value === true || value === false || value === undefined) {
            this.flags[at] = value === undefined ? FLAG_ABSENT : value ? 1 : 0;
            this.length = at + 1;
            return;
          }
        }
        break;
      default:
        this.values.push(value);
        this.length = at + 1;
        return;
    }
    this.pushRare(value);
  }

  /** The finished column, exactly as long as the rows pushed. */
  done(): Column {
    const n = this.length;
    switch (this.packing) {
      case Packing.Integers:
        return { kind: 'numbers', values: this.ints.subarray(0, n) };
      case Packing.Floats:
        return { kind: 'numbers', values: this.floats.subarray(0, n) };
      case Packing.Flags:
        return { kind: 'flags', values: this.flags.subarray(0, n) };
      case Packing.Dates:
        return { kind: 'dates', values: this.ints.subarray(0, n) };
      default:
        return { kind: 'values', values: this.values };
    }
  }

  /** Makes room, widens or unpacks as `value` needs, then appends it. */
  private pushRare(value: unknown): void {
    const at = this.length;
    if (this.packing === Packing.Integers && typeof value === 'number' && value === value && !fitsInt32(value)) {
      this.widen(); // a number that is not a 32-bit integer: floats from here on (`value === value`: not NaN)
      return this.push(value);
    }
    const packing = this.packing;
    const room = packing === Packing.Integers || packing === Packing.Dates ? this.ints.length : packing === Packing.Floats ? this.floats.length : this.flags.length;
    const fits =
      packing === Packing.Flags
        ? value === true || value === false || value === undefined
        : packing === Packing.Dates
          ? value === undefined || dateNumber(value) !== -1
          : value === undefined || (typeof value === 'number' && value === value);
    if (!fits) return this.unpack(value);
    if (at === room) this.grow();
    this.push(value);
  }

  /** Doubles the room (only when more rows come than the capacity said). */
  private grow(): void {
    const size = Math.max(16, this.length * 2);
    if (this.packing === Packing.Integers || this.packing === Packing.Dates) this.ints = grown(this.ints, new Int32Array(size));
    else if (this.packing === Packing.Floats) this.floats = grown(this.floats, new Float64Array(size));
    else this.flags = grown(this.flags, new Uint8Array(size));
  }

  /** Copies the integers so far into floats (absent becomes `NaN`). */
  private widen(): void {
    const narrow = this.ints;
    const wide = new Float64Array(narrow.length);
    for (let i = 0; i < this.length; i += 1) wide[i] = narrow[i] === INT_ABSENT ? Number.NaN : (narrow[i] as number);
    this.floats = wide;
    this.ints = new Int32Array(0);
    this.packing = Packing.Floats;
  }

  /** Switches to plain values (the rows so far decoded), then appends `value`. */
  private unpack(value: unknown): void {
    const column = this.done();
    const values: unknown[] = [];
    for (let row = 0; row < this.length; row += 1) values.push(columnValue(column, row));
    values.push(value);
    this.values = values;
    this.ints = new Int32Array(0);
    this.floats = new Float64Array(0);
    this.flags = new Uint8Array(0);
    this.packing = Packing.Values;
    this.length += 1;
  }
}

/** The digit at `i` of `s` (0–9), or -1. */
const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
};

/**
 * A `YYYY-MM-DD` text (ASCII digits, the form the record check accepts) as the number `YYYYMMDD`, or
 * `-1` for anything else. The numbers of two such texts compare as the texts do.
 *
 * @param value - any value
 * @returns the number, or -1
 */
export const dateNumber = (value: unknown): number => {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const d = digit(value, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
};

/** The `YYYY-MM-DD` text of a number made by {@link dateNumber}. */
const dateText = (n: number): string => {
  const text = String(n).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
};

/** `into` with `from` copied to its start. */
const grown = <T extends Int32Array | Float64Array | Uint8Array>(from: T, into: T): T => {
  into.set(from);
  return into;
};

/** Whole numbers of modest size (4 bytes a row while they fit); VND amounts and hectares start as floats (billions of đồng do not fit 32 bits). */
const WHOLE: ReadonlySet<RecordFieldType> = new Set(['count', 'months']);
const FRACTIONAL_OR_LARGE: ReadonlySet<RecordFieldType> = new Set(['vnd', 'hectares']);

/**
 * An empty column for a record field, packed by its type in `RECORD_FIELDS` (counts and months as
 * integers until a value is not one, VND and hectares as floats, flags, dates; text and paths outside
 * the table are kept as values). Starting VND columns as floats spares the copy (and the garbage) that
 * widening a column of a million rows costs.
 *
 * @param path - a dotted field path
 * @param capacity - the number of rows the column will hold
 * @returns the column builder
 */
export const columnFor = (path: string, capacity: number): ColumnBuilder => {
  if (!Object.hasOwn(RECORD_FIELDS, path)) return new ColumnBuilder(Packing.Values, capacity);
  const type = (RECORD_FIELDS as Readonly<Record<string, RecordFieldType>>)[path] as RecordFieldType;
  if (WHOLE.has(type)) return new ColumnBuilder(Packing.Integers, capacity);
  if (FRACTIONAL_OR_LARGE.has(type)) return new ColumnBuilder(Packing.Floats, capacity);
  return new ColumnBuilder(type === 'boolean' ? Packing.Flags : type === 'date' ? Packing.Dates : Packing.Values, capacity);
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
  if (column.kind === 'dates') return v === INT_ABSENT ? undefined : dateText(v);
  if (column.values instanceof Int32Array) return v === INT_ABSENT ? undefined : v;
  return v === v ? v : undefined; // `v === v`: not NaN
};
