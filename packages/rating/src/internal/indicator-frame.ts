import { ORGANISATION_KINDS, RECORD_FIELDS, SECTORS, type YearlyRecord } from '@coop/model';
import { checkedOnce } from './indicator-cache.js';
import type { Issue } from '@coop/model';
import type { Rulebook } from '../rulebook.js';
import { fail, MAX_ISSUES, MAX_YEAR, MIN_YEAR, type Path } from './evaluation-guard.js';
import { checkRecords, slotOf, type RecordProblem } from './evaluation-records.js';
import { GradeFactsBuilder, gradeFrame, isProblems, rowGrader, type RowGrader } from './indicator-grades.js';
import type { Truths } from './indicator-condition.js';
import { FrameColumns, type Column } from './frame-columns.js';
import { CodeArray, Coder } from './row-codes.js';
import type { EvaluationCacheState, GradeFacts, Frame } from './engine-types.js';

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
  /** The guard's slot of each field, in column order (see {@link ingestRecords}: every path has one there). */
  slots(): number[] {
    return this.paths().map(slotOf);
  }
  /**
   * Empty columns for `capacity` rows, one per field.
   *
   * @param capacity - the number of rows that will be pushed
   * @param at - where each field's value is in the rows pushed (default: the order {@link FieldReads.read} fills them)
   */
  columns(capacity: number, at?: readonly number[]): FrameColumns {
    return new FrameColumns(this.paths(), capacity, at);
  }
  /** Reads one record's values into `row`, in column order, and appends them to the columns. */
  read(record: Readonly<Record<string, unknown>>, row: unknown[], columns: FrameColumns): void {
    let c = 0;
    for (let t = 0; t < this.top.length; t += 1) row[c++] = record[this.top[t] as string];
    for (let g = 0; g < this.groups.length; g += 1) {
      const inner = record[this.groups[g] as string] as Readonly<Record<string, unknown>> | undefined;
      const keys = this.keys[g] as string[];
      for (let k = 0; k < keys.length; k += 1) row[c++] = inner === undefined ? undefined : inner[keys[k] as string];
    }
    columns.push(row);
  }
  /** Finishes the columns filled by `read` and names them in the field map. */
  store(columns: FrameColumns, into: Map<string, Column>): void {
    const done = columns.done();
    this.paths().forEach((path, c) => into.set(path, done[c] as Column));
  }
}

/** A frame under construction (see {@link ingestRecords}). */
interface FrameBuilder {
  /** The rows, in an array of the counted length (`size` of them filled). */
  readonly rows: YearlyRecord[];
  size: number;
  /** Kinds and sectors by their index in the model's lists (the record check's codes). */
  readonly kinds: CodeArray;
  readonly sectors: CodeArray;
  readonly areas: Coder<string>;
  readonly columns: FrameColumns;
  readonly grades: GradeFactsBuilder | undefined;
}

const newBuilder = (reads: FieldReads, capacity: number, grader: RowGrader | undefined, at?: readonly number[]): FrameBuilder => ({
  rows: new Array<YearlyRecord>(capacity),
  size: 0,
  kinds: new CodeArray(capacity),
  sectors: new CodeArray(capacity),
  areas: new Coder(capacity),
  columns: reads.columns(capacity, at),
  grades: grader === undefined ? undefined : new GradeFactsBuilder(grader.table, capacity),
});

const frameFrom = (b: FrameBuilder, reads: FieldReads, rulebooks: readonly Rulebook[] | undefined): Frame => {
  const fields = new Map<string, Column>();
  reads.store(b.columns, fields);
  const grades = new WeakMap<object, GradeFacts>();
  if (b.grades !== undefined && rulebooks !== undefined) grades.set(rulebooks, b.grades.done());
  return {
    rows: b.size === b.rows.length ? b.rows : b.rows.slice(0, b.size),
    kinds: ORGANISATION_KINDS,
    kindOf: b.kinds.done(),
    sectors: SECTORS,
    sectorOf: b.sectors.done(),
    areas: b.areas.values,
    areaOf: b.areas.rowCodes(),
    grades,
    fields,
    truths: new Map(),
    standings: new Map(),
    areaTables: new WeakMap(),
    populations: new WeakMap(),
    splits: new WeakMap(),
  };
};

/**
 * How many records each year has, read before the records are checked (so that every column can be
 * allocated at its final length): a year that cannot be read or is not a number is not counted — the
 * check that follows reports it.
 */
const countYears = (records: readonly unknown[]): Map<number, number> => {
  const sizes = new Map<number, number>();
  try {
    for (let i = 0; i < records.length; i += 1) {
      const year = (records[i] as { readonly year?: unknown } | null | undefined)?.year;
      if (typeof year === 'number') sizes.set(year, (sizes.get(year) ?? 0) + 1);
    }
  } catch {
    // the check reports what could not be read
  }
  return sizes;
};

/**
 * Checks a records array ({@link checkRecords}) and, in the same pass, builds its frames — one per year
 * present, in order of first appearance — reading the given fields into columns from the values the
 * check read, and, with `rulebooks`, grading each row's sheet (a sheet whose points are not numbers
 * makes its record invalid: see `indicator-grades.ts`). Done once per cache and records array: a later
 * call only reads the fields not yet read ({@link readColumns}) and grades the frames for rulebooks not
 * yet used.
 *
 * @param cache - the evaluation cache
 * @param raw - the records, unchecked
 * @param prefix - the path of the list in the caller's argument (for issues)
 * @param fields - field paths to read now
 * @param rulebooks - the rulebooks to grade sheets with, or `undefined` to grade later ({@link gradeFacts})
 * @returns the checked records
 * @throws `CoopError` `INVALID_RECORD` (see {@link checkRecords})
 */
export const ingestRecords = (
  cache: EvaluationCacheState,
  raw: readonly unknown[],
  prefix: Path,
  fields: Iterable<string>,
  rulebooks: readonly Rulebook[] | undefined,
): readonly YearlyRecord[] => {
  const paths = [...fields];
  const known = cache.frames.get(raw as readonly YearlyRecord[]);
  if (known !== undefined) {
    const records = raw as readonly YearlyRecord[];
    for (const frame of known.values()) readColumns(frame, paths);
    if (rulebooks !== undefined) gradeFrames(known, records, prefix, rulebooks);
    return records;
  }
  // The fields of the record table are read in the walk, from the values the check read (every one has
  // a slot); any other path is read afterwards, from the frames.
  const reads = new FieldReads(paths.filter((path) => slotOf(path) >= 0), new Map());
  const slots = reads.slots();
  const grader = rulebooks === undefined ? undefined : rowGrader(rulebooks);
  const sizes = countYears(raw);
  const builders = new Map<number, FrameBuilder>();
  for (const [year, size] of sizes) builders.set(year, newBuilder(reads, size, grader, slots));
  // By year, for the walk (a checked year is an integer MIN_YEAR–MAX_YEAR).
  const byYear = new Array<FrameBuilder | undefined>(MAX_YEAR - MIN_YEAR + 1).fill(undefined);
  for (const [year, b] of builders) if (year >= MIN_YEAR && year <= MAX_YEAR && Number.isInteger(year)) byYear[year - MIN_YEAR] = b;
  const records = checkRecords(raw, prefix, (record, checked) => {
    const year = checked.year;
    const values = checked.slots;
    let b = byYear[year - MIN_YEAR];
    if (b === undefined) {
      // More years than counted (a year getter that answered differently): a builder that grows.
      b = newBuilder(reads, 16, grader, slots);
      builders.set(year, b);
      byYear[year - MIN_YEAR] = b;
    }
    if (grader !== undefined) {
      const info = grader.grade(record, checked);
      if (isProblems(info)) return info;
      (b.grades as GradeFactsBuilder).add(info);
    }
    b.rows[b.size] = record;
    b.size += 1;
    b.kinds.push(checked.kindCode);
    b.sectors.push(checked.sectorCode);
    b.areas.push(values[2] as string);
    b.columns.push(values);
    return undefined;
  });
  const frames = new Map<number, Frame>();
  for (const [year, b] of builders) if (b.size > 0) frames.set(year, frameFrom(b, reads, rulebooks));
  // Fields without a slot (outside the record table) are read now, from the frames.
  for (const frame of frames.values()) readColumns(frame, paths);
  cache.frames.set(records, frames);
  return records;
};

/**
 * Checks a records array as {@link ingestRecords} does — sheets graded with `rulebooks`, so that their
 * points are checked — without building frames (nothing will be judged on the records). Once per cache,
 * records array and rulebook list.
 *
 * @param cache - the evaluation cache
 * @param raw - the records, unchecked
 * @param prefix - the path of the list in the caller's argument (for issues)
 * @param rulebooks - the rulebooks sheets are graded with
 * @returns the checked records
 * @throws `CoopError` `INVALID_RECORD` (see {@link checkRecords})
 */
export const checkRecordsOnce = (cache: EvaluationCacheState, raw: readonly unknown[], prefix: Path, rulebooks: readonly Rulebook[]): readonly YearlyRecord[] => {
  if (cache.frames.has(raw as readonly YearlyRecord[])) return ingestRecords(cache, raw, prefix, [], rulebooks);
  return checkedOnce(cache, raw, `records/${identityOf(rulebooks)}`, () => {
    const { grade } = rowGrader(rulebooks);
    return checkRecords(raw, prefix, (record, checked) => {
      const info = grade(record, checked);
      return isProblems(info) ? info : undefined;
    });
  });
};

/** Grades every frame for `rulebooks` (those not graded yet), or throws `INVALID_RECORD` for the rows whose points are not numbers. */
const gradeFrames = (frames: ReadonlyMap<number, Frame>, records: readonly YearlyRecord[], prefix: Path, rulebooks: readonly Rulebook[]): void => {
  const invalid: Array<{ record: YearlyRecord; problems: readonly RecordProblem[] }> = [];
  for (const frame of frames.values()) {
    if (frame.grades.has(rulebooks)) continue;
    gradeFrame(frame, rulebooks, (row, problems) => invalid.push({ record: frame.rows[row] as YearlyRecord, problems }));
  }
  if (invalid.length === 0) return;
  // The records' indices, for the issues' paths (one pass, however many records are invalid).
  const indexOf = new Map<YearlyRecord, number>();
  records.forEach((record, index) => {
    if (!indexOf.has(record)) indexOf.set(record, index);
  });
  const located = invalid.map(({ record, problems }) => ({ index: indexOf.get(record) as number, problems })).sort((a, b) => a.index - b.index);
  const issues = located.flatMap(({ index, problems }) => problems.map((p) => p.issue([...prefix, index, ...p.keys]))).slice(0, MAX_ISSUES);
  const first = issues[0] as Issue;
  const rest = first.path.slice(prefix.length);
  fail('INVALID_RECORD', 'records', issues, { index: rest[0], field: rest.slice(1).join('.'), path: first.path });
};

/**
 * The frames of a records array checked by {@link ingestRecords} (checked now, with no grading, if it
 * was not), reading the given fields first.
 *
 * @param cache - the evaluation cache
 * @param records - the records
 * @param fields - field paths to read now (those already read are skipped)
 * @returns the frames by year
 */
export const framesOf = (cache: EvaluationCacheState, records: readonly YearlyRecord[], fields: Iterable<string> = []): ReadonlyMap<number, Frame> => {
  ingestRecords(cache, records, [], fields, undefined);
  return cache.frames.get(records) as ReadonlyMap<number, Frame>;
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
  framesOf(cache, records).get(year) ?? frameFrom(newBuilder(NO_FIELDS, 0, undefined), NO_FIELDS, undefined);

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
  let missing = false;
  for (const path of paths) if (!frame.fields.has(path)) missing = true;
  if (!missing) return; // the common case: every field was read in the records' first pass
  const reads = new FieldReads(paths, frame.fields);
  if (reads.empty) return;
  const rows = frame.rows;
  const columns = reads.columns(rows.length);
  const row: unknown[] = [];
  for (let i = 0; i < rows.length; i += 1) reads.read(rows[i] as unknown as Readonly<Record<string, unknown>>, row, columns);
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
  const read = frame.fields.get(path);
  if (read !== undefined) return read; // the common case, asked row after row
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
