import { RECORD_FIELDS, type RecordFieldType } from '@coop/model';

/** A finished column: the value of the row at an index, `undefined` where the record has none. */
export type Column = (row: number) => unknown;

/** Rows per storage chunk of a packed column. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/** How a column stores its values. */
const enum Packing {
  /**
   * Numbers in chunks of 32-bit integers (`INT_ABSENT` is absent) while every value of the chunk is one;
   * a chunk that meets any other number is widened to `Float64Array` (`NaN` is absent: a validated
   * record's numbers are finite), and later chunks start wide.
   */
  Numbers,
  /** Flags in `Uint8Array` chunks: 0 false, 1 true, 2 absent. */
  Flags,
  /** Any value, as is. */
  Values,
}

const FLAG_ABSENT = 2;
/** Absent in an integer chunk (the value −2 147 483 648 itself is kept in a wide chunk). */
const INT_ABSENT = -2_147_483_648;

/** Whether a number fits an integer chunk as itself (−0 does not: it would read back as 0). */
const fitsInt32 = (value: number): boolean => (value | 0) === value && value !== INT_ABSENT && (value !== 0 || 1 / value > 0);

/**
 * A column filled row by row, in order. Numbers and flags are packed (chunks of 4 096 rows, never copied
 * or regrown — the size is not known while a frame is read): a million rows allocate a few hundred small
 * arrays, not a million boxed numbers, and counts take 4 bytes a row, other numbers 8. A value the
 * packing cannot hold (never seen for a validated record, whose fields are checked against
 * `RECORD_FIELDS`) switches the column to plain values, so nothing is ever coerced. One class for every
 * packing keeps the per-row call monomorphic.
 */
export class ColumnBuilder {
  private packing: Packing;
  private readonly chunks: Array<Float64Array | Int32Array | Uint8Array> = [];
  /** Per chunk of a number column: whether it is a `Float64Array`. */
  private readonly wide: boolean[] = [];
  private chunk: Float64Array | Int32Array | Uint8Array | undefined;
  private values: unknown[] = [];
  private length = 0;

  constructor(packing: Packing) {
    this.packing = packing;
  }

  push(value: unknown): void {
    const packing = this.packing;
    if (packing === Packing.Values) {
      this.values.push(value);
      return;
    }
    const at = this.length & IN_CHUNK;
    if (packing === Packing.Numbers) {
      if (!(value === undefined || (typeof value === 'number' && value === value))) return this.unpack(value); // `value === value`: not NaN
      if (at === 0) this.newNumberChunk(this.wide.length > 0 && this.wide[this.wide.length - 1] === true);
      const last = this.wide.length - 1;
      if (!this.wide[last]) {
        if (value === undefined) (this.chunk as Int32Array)[at] = INT_ABSENT;
        else if (fitsInt32(value as number)) (this.chunk as Int32Array)[at] = value as number;
        else {
          this.widenLast(at);
          (this.chunk as Float64Array)[at] = value as number;
        }
      } else (this.chunk as Float64Array)[at] = value === undefined ? Number.NaN : (value as number);
      this.length += 1;
      return;
    }
    let code: number;
    if (value === undefined) code = FLAG_ABSENT;
    else if (typeof value === 'boolean') code = value ? 1 : 0;
    else return this.unpack(value);
    if (at === 0) {
      this.chunk = new Uint8Array(CHUNK);
      this.chunks.push(this.chunk);
    }
    (this.chunk as Uint8Array)[at] = code;
    this.length += 1;
  }

  done(): Column {
    const chunks = this.chunks;
    switch (this.packing) {
      case Packing.Numbers: {
        const wide = this.wide;
        return (row) => {
          const c = row >> CHUNK_BITS;
          const v = (chunks[c] as Float64Array | Int32Array)[row & IN_CHUNK] as number;
          if (wide[c]) return v === v ? v : undefined;
          return v === INT_ABSENT ? undefined : v;
        };
      }
      case Packing.Flags:
        return (row) => {
          const v = (chunks[row >> CHUNK_BITS] as Uint8Array)[row & IN_CHUNK];
          return v === FLAG_ABSENT ? undefined : v === 1;
        };
      default: {
        const values = this.values;
        return (row) => values[row];
      }
    }
  }

  /** Starts a number chunk: integer, or wide when the previous chunk had to be widened. */
  private newNumberChunk(wide: boolean): void {
    this.chunk = wide ? new Float64Array(CHUNK) : new Int32Array(CHUNK);
    this.chunks.push(this.chunk);
    this.wide.push(wide);
  }

  /** Widens the last (integer) chunk to `Float64Array`, keeping its first `filled` rows. */
  private widenLast(filled: number): void {
    const narrow = this.chunk as Int32Array;
    const wide = new Float64Array(CHUNK);
    for (let i = 0; i < filled; i += 1) wide[i] = narrow[i] === INT_ABSENT ? Number.NaN : (narrow[i] as number);
    this.chunk = wide;
    this.chunks[this.chunks.length - 1] = wide;
    this.wide[this.wide.length - 1] = true;
  }

  /** Switches to plain values (the rows so far decoded), then appends `value`. */
  private unpack(value: unknown): void {
    const read = this.done();
    const values: unknown[] = [];
    for (let row = 0; row < this.length; row += 1) values.push(read(row));
    values.push(value);
    this.values = values;
    this.packing = Packing.Values;
    this.chunks.length = 0;
    this.wide.length = 0;
  }
}

const NUMERIC: ReadonlySet<RecordFieldType> = new Set(['count', 'vnd', 'months', 'hectares']);

/**
 * An empty column for a record field, packed by its type in `RECORD_FIELDS` (numbers and flags;
 * dates, text and paths outside the table are kept as values).
 *
 * @param path - a dotted field path
 * @returns the column builder
 */
export const columnFor = (path: string): ColumnBuilder => {
  if (!Object.hasOwn(RECORD_FIELDS, path)) return new ColumnBuilder(Packing.Values);
  const type = (RECORD_FIELDS as Readonly<Record<string, RecordFieldType>>)[path] as RecordFieldType;
  if (NUMERIC.has(type)) return new ColumnBuilder(Packing.Numbers);
  return new ColumnBuilder(type === 'boolean' ? Packing.Flags : Packing.Values);
};
