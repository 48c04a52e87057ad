import { RECORD_FIELDS, type YearlyRecord } from '@coop/model';
import type { EvaluationCacheState } from './indicator-cache.js';
import type { GradeFacts } from './indicator-grades.js';
import type { Truths } from './indicator-condition.js';
import { columnFor, type Column, type ColumnBuilder } from './frame-columns.js';

/**
 * A filtered population: row indices into its frame (packed: 4 bytes a row, off the JS heap — a plan keeps
 * many populations of up to a million rows), and how many rows its `where` could not decide.
 */
export interface Population {
  readonly rows: Int32Array;
  readonly undecided: number;
}

/** One unit of a frame's rows (per-unit targets: "in every district"): the unit's row indices, in order. */
export interface UnitRows {
  readonly rows: readonly number[];
}

/**
 * One year of one records array, as the indicator engine reads it: the rows (references, in input
 * order) and what every indicator, area and plan evaluated with the same cache shares — kind, sector
 * and area of each row as small codes into lists of the distinct values, each row's grade per rulebook
 * set, each condition's truth per row, and the filtered populations. So a record's grade is read once,
 * and a condition decided once per row, however many targets, areas and plans use it.
 */
export interface Frame {
  readonly rows: readonly YearlyRecord[];
  readonly kinds: readonly string[];
  readonly kindOf: Codes;
  readonly sectors: readonly string[];
  readonly sectorOf: Codes;
  readonly areas: readonly string[];
  readonly areaOf: Codes;
  /** Grade of each row per rulebook list (see `gradeFacts`). */
  readonly grades: WeakMap<object, GradeFacts>;
  /** Value of each row per field path (see {@link readColumns}). */
  readonly fields: Map<string, Column>;
  /** Truth of each row per condition key (see {@link truthsOnce}). */
  readonly truths: Map<string, Truths>;
  /** Populations per area list (or a sentinel) and population key. */
  readonly populations: WeakMap<object, Map<string, Population>>;
}

/** Row codes, packed in the narrowest array that holds the largest code (1, 2 or 4 bytes a row). */
export type Codes = Uint8Array | Uint16Array | Uint32Array;

/**
 * Codes the text values of one field of a frame's rows by first appearance (`values[code]` is the
 * value), keeping each row's code in a packed, growing array: a byte a row while there are at most 256
 * distinct values (kinds, sectors), two bytes up to 65 536 (the communes of a country), four beyond.
 */
class Coder {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  private codes: Codes;
  private length = 0;
  /** @param capacity - the number of rows that will be pushed */
  constructor(capacity: number) {
    this.codes = new Uint8Array(capacity);
  }
  push(value: string): void {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
      if (code === 256 || code === 65_536) this.codes = this.widened(this.codes.length);
    }
    if (this.length === this.codes.length) this.codes = this.widened(Math.max(16, this.codes.length * 2));
    this.codes[this.length] = code;
    this.length += 1;
  }
  /** The codes so far in an array of `capacity` rows, wide enough for every code given so far. */
  private widened(capacity: number): Codes {
    const n = this.values.length;
    const grown = n > 65_536 ? new Uint32Array(capacity) : n > 256 ? new Uint16Array(capacity) : new Uint8Array(capacity);
    grown.set(this.codes.subarray(0, this.length));
    return grown;
  }
  /** The code of every row, in order, in an array of exactly that length. */
  rowCodes(): Codes {
    return this.length === this.codes.length ? this.codes : this.codes.slice(0, this.length);
  }
}

/** The fields of each group of `RECORD_FIELDS` (`flags` → `highTech`, …). */
const GROUP_FIELDS = new Map<string, string[]>();
for (const path of Object.keys(RECORD_FIELDS)) {
  const dot = path.indexOf('.');
  if (dot < 0) continue;
  const group = path.slice(0, dot);
  const fields = GROUP_FIELDS.get(group) ?? [];
  fields.push(path.slice(dot + 1));
  GROUP_FIELDS.set(group, fields);
}

/**
 * The fields to read, as top-level names and groups with their keys: the given paths not yet read, and
 * for a grouped path its group's other known fields (`flags.*`): the group object is visited anyway.
 */
class FieldReads {
  readonly top: string[] = [];
  readonly groups: string[] = [];
  readonly keys: string[][] = [];
  constructor(paths: Iterable<string>, known: ReadonlyMap<string, unknown>) {
    const wanted = new Set<string>();
    for (const path of paths) {
      if (known.has(path)) continue;
      wanted.add(path);
      const dot = path.indexOf('.');
      if (dot < 0) continue;
      const group = path.slice(0, dot);
      for (const key of GROUP_FIELDS.get(group) ?? []) if (!known.has(`${group}.${key}`)) wanted.add(`${group}.${key}`);
    }
    for (const path of wanted) {
      const dot = path.indexOf('.');
      if (dot < 0) {
        this.top.push(path);
        continue;
      }
      const group = path.slice(0, dot);
      let g = this.groups.indexOf(group);
      if (g < 0) {
        g = this.groups.length;
        this.groups.push(group);
        this.keys.push([]);
      }
      (this.keys[g] as string[]).push(path.slice(dot + 1));
    }
  }
  get empty(): boolean {
    return this.top.length === 0 && this.groups.length === 0;
  }
  /** The paths in the order `read` fills the columns. */
  private paths(): string[] {
    return [...this.top, ...this.groups.flatMap((group, g) => (this.keys[g] as string[]).map((key) => `${group}.${key}`))];
  }
  /** Empty columns for `capacity` rows, one per field, in the order `read` fills them. */
  columns(capacity: number): ColumnBuilder[] {
    return this.paths().map((path) => columnFor(path, capacity));
  }
  /** Appends one record's values to the columns. */
  read(record: Readonly<Record<string, unknown>>, columns: readonly ColumnBuilder[]): void {
    let c = 0;
    for (let t = 0; t < this.top.length; t += 1) (columns[c++] as ColumnBuilder).push(record[this.top[t] as string]);
    for (let g = 0; g < this.groups.length; g += 1) {
      const inner = record[this.groups[g] as string] as Readonly<Record<string, unknown>> | undefined;
      const keys = this.keys[g] as string[];
      for (let k = 0; k < keys.length; k += 1) (columns[c++] as ColumnBuilder).push(inner === undefined ? undefined : inner[keys[k] as string]);
    }
  }
  /** Finishes the columns filled by `read` and names them in the field map. */
  store(columns: readonly ColumnBuilder[], into: Map<string, Column>): void {
    this.paths().forEach((path, c) => into.set(path, (columns[c] as ColumnBuilder).done()));
  }
}

/** A frame under construction (see {@link framesOf}). */
interface FrameBuilder {
  readonly rows: YearlyRecord[];
  readonly kinds: Coder;
  readonly sectors: Coder;
  readonly areas: Coder;
  readonly columns: ColumnBuilder[];
}

const newBuilder = (reads: FieldReads, capacity: number): FrameBuilder => ({
  rows: [],
  kinds: new Coder(capacity),
  sectors: new Coder(capacity),
  areas: new Coder(capacity),
  columns: reads.columns(capacity),
});

const finish = (b: FrameBuilder, reads: FieldReads): Frame => {
  const fields = new Map<string, Column>();
  reads.store(b.columns, fields);
  return {
    rows: b.rows,
    kinds: b.kinds.values,
    kindOf: b.kinds.rowCodes(),
    sectors: b.sectors.values,
    sectorOf: b.sectors.rowCodes(),
    areas: b.areas.values,
    areaOf: b.areas.rowCodes(),
    grades: new WeakMap(),
    fields,
    truths: new Map(),
    populations: new WeakMap(),
  };
};

/**
 * The frames of a (validated) records array, one per year present, in order of first appearance: built
 * once per cache in ONE sequential pass over the records, which also reads the given fields into
 * columns. Later requests for other fields read them per frame ({@link readColumns}).
 *
 * @param cache - the evaluation cache
 * @param records - the records
 * @param fields - field paths to read now (those already read are skipped)
 * @returns the frames by year
 */
export const framesOf = (cache: EvaluationCacheState, records: readonly YearlyRecord[], fields: Iterable<string> = []): ReadonlyMap<number, Frame> => {
  const paths = [...fields];
  const known = cache.frames.get(records);
  if (known !== undefined) {
    for (const frame of known.values()) readColumns(frame, paths);
    return known;
  }
  const reads = new FieldReads(paths, new Map());
  // The rows of each year are counted first, so that every column is allocated at its exact length.
  const sizes = new Map<number, number>();
  for (let i = 0; i < records.length; i += 1) {
    const year = (records[i] as YearlyRecord).year;
    sizes.set(year, (sizes.get(year) ?? 0) + 1);
  }
  const builders = new Map<number, FrameBuilder>();
  for (const [year, size] of sizes) builders.set(year, newBuilder(reads, size));
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] as YearlyRecord;
    const b = builders.get(record.year) as FrameBuilder;
    b.rows.push(record);
    b.kinds.push(record.kind);
    b.sectors.push(record.sector);
    b.areas.push(record.areaCode);
    reads.read(record as unknown as Readonly<Record<string, unknown>>, b.columns);
  }
  const frames = new Map<number, Frame>();
  for (const [year, b] of builders) frames.set(year, finish(b, reads));
  cache.frames.set(records, frames);
  return frames;
};

const NO_FIELDS = new FieldReads([], new Map());

/**
 * The frame of a year of a (validated) records array (see {@link framesOf}).
 *
 * @param cache - the evaluation cache
 * @param records - the records
 * @param year - the year
 * @returns the frame (an empty one when no record has that year)
 */
export const frameOf = (cache: EvaluationCacheState, records: readonly YearlyRecord[], year: number): Frame =>
  framesOf(cache, records).get(year) ?? finish(newBuilder(NO_FIELDS, 0), NO_FIELDS);

/**
 * The records of each year (references, in input order), years in order of first appearance.
 *
 * @param cache - the evaluation cache
 * @param records - validated records
 * @returns the rows by year
 */
export const recordsByYear = (cache: EvaluationCacheState, records: readonly YearlyRecord[]): ReadonlyMap<number, readonly YearlyRecord[]> => {
  const out = new Map<number, readonly YearlyRecord[]>();
  for (const [year, frame] of framesOf(cache, records)) out.set(year, frame.rows);
  return out;
};

/**
 * Reads the columns of fields (dotted paths such as `flags.highTech`) for every row of a frame, in one
 * pass, skipping those already read. Scanning a column is sequential; visiting the records once per
 * field would chase the same pointers through memory again and again, which is what costs most on
 * large inputs — so plans ask for all their fields up front ({@link framesOf}).
 *
 * @param frame - the frame
 * @param paths - field paths (`revenue`, `flags.highTech`)
 */
export const readColumns = (frame: Frame, paths: Iterable<string>): void => {
  const reads = new FieldReads(paths, frame.fields);
  if (reads.empty) return;
  const rows = frame.rows;
  const columns = reads.columns(rows.length);
  for (let i = 0; i < rows.length; i += 1) reads.read(rows[i] as unknown as Readonly<Record<string, unknown>>, columns);
  reads.store(columns, frame.fields);
};

/**
 * The values of one field for every row of a frame (see {@link readColumns}).
 *
 * @param frame - the frame
 * @param path - a field path
 * @returns the values, `undefined` where absent
 */
export const fieldColumn = (frame: Frame, path: string): Column => {
  readColumns(frame, [path]);
  return frame.fields.get(path) as Column;
};

const ids = new WeakMap<object, number>();
let nextId = 1;

/**
 * A number naming an object by identity (for memo keys built from several objects).
 *
 * @param value - any object
 * @returns the same number for the same object, a different one for any other
 */
export const identityOf = (value: object): number => {
  let id = ids.get(value);
  if (id === undefined) {
    id = nextId;
    nextId += 1;
    ids.set(value, id);
  }
  return id;
};

/**
 * The truths of a condition for every row of a frame, decided once per key (see `decideTruths`).
 *
 * @param frame - the frame the condition reads
 * @param key - names the condition and everything its truth depends on
 * @param decide - decides the condition for every row of the frame
 * @returns the truths (shared: never written to)
 */
export const truthsOnce = (frame: Frame, key: string, decide: () => Truths): Truths => {
  let truths = frame.truths.get(key);
  if (truths === undefined) {
    truths = decide();
    frame.truths.set(key, truths);
  }
  return truths;
};
