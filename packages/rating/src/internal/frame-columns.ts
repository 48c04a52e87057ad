import { RECORD_FIELDS, type RecordFieldType } from '@coop/model';

/** A finished column: the value of the row at an index, `undefined` where the record has none. */
export type Column = (row: number) => unknown;

/** A column filled row by row, in order. */
export interface ColumnBuilder {
  push(value: unknown): void;
  done(): Column;
}

/** Values of any type, as they are. */
class AnyColumn implements ColumnBuilder {
  constructor(private readonly values: unknown[] = []) {}
  push(value: unknown): void {
    this.values.push(value);
  }
  done(): Column {
    const values = this.values;
    return (row) => values[row];
  }
}

/** Rows per storage chunk of a typed column. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/**
 * A typed column (numbers in `Float64Array`s, flags in `Uint8Array`s): no boxed value per row, so a
 * million rows allocate a few hundred small arrays, not a million numbers. Rows are stored in chunks of
 * 4 096, never copied or regrown (the column's size is not known while a frame is being read). `absent`
 * encodes `undefined`. A value of another type (never seen for a validated record, whose fields are
 * checked against `RECORD_FIELDS`) switches the column to {@link AnyColumn}, so nothing is coerced.
 */
abstract class TypedColumn<A extends Float64Array | Uint8Array> implements ColumnBuilder {
  private readonly chunks: A[] = [];
  private chunk: A | undefined;
  private length = 0;
  private fallback: AnyColumn | undefined;
  /** A new storage chunk. */
  protected abstract allocate(): A;
  /** The stored code of a value, `undefined` when this column cannot hold it. */
  protected abstract encode(value: unknown): number | undefined;
  /** The value a stored code stands for. */
  protected abstract decode(code: number): unknown;
  push(value: unknown): void {
    if (this.fallback !== undefined) {
      this.fallback.push(value);
      return;
    }
    const code = this.encode(value);
    if (code === undefined) {
      const values: unknown[] = [];
      for (let i = 0; i < this.length; i += 1) values.push(this.decode((this.chunks[i >> CHUNK_BITS] as A)[i & IN_CHUNK] as number));
      this.fallback = new AnyColumn(values);
      this.fallback.push(value);
      return;
    }
    const at = this.length & IN_CHUNK;
    if (at === 0) {
      this.chunk = this.allocate();
      this.chunks.push(this.chunk);
    }
    (this.chunk as A)[at] = code;
    this.length += 1;
  }
  done(): Column {
    if (this.fallback !== undefined) return this.fallback.done();
    const chunks = this.chunks;
    return (row) => this.decode((chunks[row >> CHUNK_BITS] as A)[row & IN_CHUNK] as number);
  }
}

/** Numbers; `NaN` stands for absent (a validated record's numbers are finite). */
class NumberColumn extends TypedColumn<Float64Array> {
  protected allocate(): Float64Array {
    return new Float64Array(CHUNK);
  }
  protected encode(value: unknown): number | undefined {
    if (value === undefined) return Number.NaN;
    return typeof value === 'number' && !Number.isNaN(value) ? value : undefined;
  }
  protected decode(code: number): unknown {
    return code === code ? code : undefined; // `code === code` is false only for NaN (absent)
  }
}

const NO = 0;
const YES = 1;
const ABSENT = 2;

/** Flags: 0 false, 1 true, 2 absent. */
class FlagColumn extends TypedColumn<Uint8Array> {
  protected allocate(): Uint8Array {
    return new Uint8Array(CHUNK);
  }
  protected encode(value: unknown): number | undefined {
    return value === undefined ? ABSENT : value === true ? YES : value === false ? NO : undefined;
  }
  protected decode(code: number): unknown {
    return code === ABSENT ? undefined : code === YES;
  }
}

const NUMERIC: ReadonlySet<RecordFieldType> = new Set(['count', 'vnd', 'months', 'hectares']);

/**
 * A builder for the column of a record field, typed by `RECORD_FIELDS` (numbers and flags packed;
 * anything else — dates, text, unknown paths — kept as is).
 *
 * @param path - a dotted field path
 * @returns an empty column builder
 */
export const columnFor = (path: string): ColumnBuilder => {
  const type = (RECORD_FIELDS as Readonly<Record<string, RecordFieldType>>)[path];
  if (type === undefined || !Object.hasOwn(RECORD_FIELDS, path)) return new AnyColumn();
  if (NUMERIC.has(type)) return new NumberColumn();
  return type === 'boolean' ? new FlagColumn() : new AnyColumn();
};
