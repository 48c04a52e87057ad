import { RECORD_FIELDS, type RecordFieldType } from '@coop/model';

/** A finished column: the value of the row at an index, `undefined` where the record has none. */
export type Column = (row: number) => unknown;

/** Rows per storage chunk of a packed column. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/** How a column stores its values. */
const enum Packing {
  /** Numbers in `Float64Array` chunks; `NaN` is absent (a validated record's numbers are finite). */
  Numbers,
  /** Flags in `Uint8Array` chunks: 0 false, 1 true, 2 absent. */
  Flags,
  /** Any value, as is. */
  Values,
}

const FLAG_ABSENT = 2;

/**
 * A column filled row by row, in order. Numbers and flags are packed (`Float64Array` / `Uint8Array`
 * chunks of 4 096 rows, never copied or regrown — the size is not known while a frame is read): a
 * million rows allocate a few hundred small arrays, not a million boxed numbers. A value the packing
 * cannot hold (never seen for a validated record, whose fields are checked against `RECORD_FIELDS`)
 * switches the column to plain values, so nothing is ever coerced. One class for every packing keeps the
 * per-row call monomorphic.
 */
export class ColumnBuilder {
  private packing: Packing;
  private readonly chunks: Array<Float64Array | Uint8Array> = [];
  private chunk: Float64Array | Uint8Array | undefined;
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
    let code: number;
    if (packing === Packing.Numbers) {
      if (typeof value === 'number' && value === value) code = value; // `value === value`: not NaN
      else if (value === undefined) code = Number.NaN;
      else return this.unpack(value);
    } else if (value === undefined) code = FLAG_ABSENT;
    else if (typeof value === 'boolean') code = value ? 1 : 0;
    else return this.unpack(value);
    const at = this.length & IN_CHUNK;
    if (at === 0) {
      this.chunk = packing === Packing.Numbers ? new Float64Array(CHUNK) : new Uint8Array(CHUNK);
      this.chunks.push(this.chunk);
    }
    (this.chunk as Float64Array | Uint8Array)[at] = code;
    this.length += 1;
  }

  done(): Column {
    const chunks = this.chunks;
    switch (this.packing) {
      case Packing.Numbers:
        return (row) => {
          const v = (chunks[row >> CHUNK_BITS] as Float64Array)[row & IN_CHUNK] as number;
          return v === v ? v : undefined;
        };
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

  /** Switches to plain values (the rows so far decoded), then appends `value`. */
  private unpack(value: unknown): void {
    const read = this.done();
    const values: unknown[] = [];
    for (let row = 0; row < this.length; row += 1) values.push(read(row));
    values.push(value);
    this.values = values;
    this.packing = Packing.Values;
    this.chunks.length = 0;
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
