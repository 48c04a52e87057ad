import { CoopError, LIMITS, type YearlyRecord } from '@coop/model';
import { checkLength } from './internal/evaluation-guard.js';
import type { GradeOptions, GradeResult } from './grade-types.js';
import { compileRulebook, type CompiledRulebook } from './internal/grade-compile.js';
import { typedErrors } from './internal/grade-core.js';
import { gradeRecord, type Breakdowns } from './internal/grade-result.js';

/**
 * Options of {@link gradeMany}, {@link gradeEach} and {@link gradeBatch}: those of `grade`, except that
 * `year` overrides every record's year.
 *
 * @example
 * ```ts
 * import { type GradeManyOptions, CIRCULAR_01_2020 } from '@coop/rating';
 * const options: GradeManyOptions = { rulebook: CIRCULAR_01_2020, clamp: true };
 * ```
 */
export type GradeManyOptions = GradeOptions;

/**
 * A record of a batch that could not be graded: its position, and the typed error `grade` would have
 * thrown, as plain data (`details` values that JSON cannot carry — a bigint, a function — are given as
 * their `String`).
 *
 * @example
 * ```ts
 * import { type GradeFailure, gradeBatch, CIRCULAR_01_2020 } from '@coop/rating';
 * const [entry] = gradeBatch([{ organisationId: 'A', year: 2024 } as never], { rulebook: CIRCULAR_01_2020 });
 * const failure: GradeFailure | undefined = entry?.status === 'failed' ? entry : undefined;
 * failure?.error.code; // 'INVALID_RECORD'
 * ```
 */
export interface GradeFailure {
  readonly status: 'failed';
  /** Position of the record in the batch (0-based). */
  readonly index: number;
  /** The record's organisation id, when it has one. */
  readonly organisationId?: string;
  readonly error: {
    /** The `CoopError` code: `INVALID_RECORD`, `RULEBOOK_MISMATCH`, `INVALID_POINTS`, `POINTS_ABOVE_MAXIMUM`, `INVALID_INPUT`. */
    readonly code: string;
    readonly message: string;
    readonly details: Readonly<Record<string, unknown>>;
  };
}

/**
 * One entry of {@link gradeBatch}: the record's result, or why it could not be graded.
 *
 * @example
 * ```ts
 * import { type GradeBatchEntry, gradeBatch, CIRCULAR_01_2020 } from '@coop/rating';
 * const entries: GradeBatchEntry[] = gradeBatch([], { rulebook: CIRCULAR_01_2020 });
 * entries.length; // 0
 * ```
 */
export type GradeBatchEntry = GradeResult | GradeFailure;

/** The compiled rulebook of a bulk call; misuse of the call itself throws. */
const compiledFor = (options: GradeManyOptions): CompiledRulebook => {
  if (typeof options !== 'object' || options === null) {
    throw new CoopError('INVALID_OPTIONS', 'gradeMany needs { rulebook } as its second argument', { received: typeof options });
  }
  return compileRulebook(options.rulebook);
};

/** Maps every record of an iterable, in order (`for…of`: a value that is not iterable throws). */
/**
 * Maps a bulk call's records in order, within `LIMITS.listLength` records: an array longer than that is
 * refused before any item is read (a sparse array of length 2³²−1 costs nothing), any other iterable as
 * soon as it yields one record more (an endless generator ends with `LIMIT_EXCEEDED`, not a hang).
 */
const mapRecords = <T,>(records: Iterable<YearlyRecord>, map: (record: YearlyRecord, index: number) => T): T[] => {
  // A string is iterable, but its characters are not records (a million of them would be a million failures).
  if (typeof records === 'string') throw new CoopError('INVALID_INPUT', 'Expected records (an array or another iterable of records), not a string', { received: 'string' });
  if (Array.isArray(records)) checkLength(records, [], 'records');
  const out: T[] = [];
  for (const record of records) {
    if (out.length >= LIMITS.listLength) {
      throw new CoopError('LIMIT_EXCEEDED', `At most ${LIMITS.listLength} records in one call; grade larger sources with gradeEach`, { limit: LIMITS.listLength });
    }
    out.push(map(record, out.length));
  }
  return out;
};

/**
 * Grades one record of a bulk call (the year: the call's, else the record's). `known`: the breakdowns
 * the call has built, shared by its results with equal points (none for the streaming `gradeEach`).
 */
const gradeOne = (c: CompiledRulebook, options: GradeManyOptions, record: YearlyRecord, known?: Breakdowns): GradeResult =>
  gradeRecord(c, record, options.year ?? record?.year, options.clamp === true, known);

/**
 * Grades many records with one rulebook. Returns, for each record in order, exactly what `grade` would
 * return; the rulebook is compiled once. Throws on the first record that `grade` would throw on, so one
 * bad sheet stops the whole call: to grade a dataset, prefer {@link gradeBatch}, which reports that
 * record and goes on.
 *
 * @param records - any iterable of records (arrays, generators)
 * @param options - the rulebook, optionally a fixed evaluation year and `clamp`
 * @returns one result per record, in order
 * @throws CoopError as {@link grade}
 * @example
 * ```ts
 * import { gradeMany, summariseGrades, CIRCULAR_09_2017 } from '@coop/rating';
 * const results = gradeMany(
 *   [{ organisationId: 'A', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X', monthsOperating: 6 }],
 *   { rulebook: CIRCULAR_09_2017 },
 * );
 * summariseGrades(results).notRated; // 1
 * ```
 */
export const gradeMany = (records: Iterable<YearlyRecord>, options: GradeManyOptions): GradeResult[] => {
  const c = typedErrors(() => compiledFor(options));
  const known: Breakdowns = new Map();
  return typedErrors(() => mapRecords(records, (record) => gradeOne(c, options, record, known)));
};

/** A JSON-safe copy of an error's details (see {@link GradeFailure}). */
const plainDetails = (details: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(details).map(([key, value]) => {
      const simple = value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value);
      return [key, simple ? value : String(value)];
    }),
  );

const failure = (index: number, record: YearlyRecord, error: CoopError): GradeFailure => {
  let organisationId: unknown;
  try {
    organisationId = record.organisationId;
  } catch {
    organisationId = undefined; // a hostile record: its id cannot be read either
  }
  return {
    status: 'failed',
    index,
    ...(typeof organisationId === 'string' ? { organisationId } : {}),
    error: { code: error.code, message: error.message, details: plainDetails(error.details) },
  };
};

/**
 * Grades a batch of records with one rulebook, record by record: each entry is what `grade` returns, or,
 * for a record `grade` would throw on (a point above its maximum, a sheet for another rulebook, a
 * malformed record), a {@link GradeFailure} with its index and typed error — the other records are still
 * graded. Every entry is plain data. Only misuse of the call itself throws (no rulebook, an invalid
 * rulebook, records that are not iterable).
 *
 * @param records - any iterable of records
 * @param options - as {@link gradeMany}
 * @returns one entry per record, in order
 * @throws CoopError `INVALID_OPTIONS`, `INVALID_RULEBOOK`, `INVALID_INPUT`
 * @example
 * ```ts
 * import { gradeBatch, CIRCULAR_09_2017 } from '@coop/rating';
 * const ok = { organisationId: 'A', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X', monthsOperating: 6 } as const;
 * const entries = gradeBatch([ok, { ...ok, organisationId: 'B', year: 2024.5 }], { rulebook: CIRCULAR_09_2017 });
 * entries.map((e) => e.status); // ['not-rated', 'failed']
 * ```
 */
export const gradeBatch = (records: Iterable<YearlyRecord>, options: GradeManyOptions): GradeBatchEntry[] => {
  const c = typedErrors(() => compiledFor(options));
  const known: Breakdowns = new Map();
  return typedErrors(() =>
    mapRecords(records, (record, index): GradeBatchEntry => {
      try {
        return typedErrors(() => gradeOne(c, options, record, known));
      } catch (error) {
        return failure(index, record, error as CoopError);
      }
    }),
  );
};

/**
 * Grades records lazily, one at a time: the streaming form of {@link gradeMany} for large or unbounded
 * sources (nothing is buffered). Like `gradeMany`, it throws on a record `grade` would throw on.
 *
 * @param records - any iterable of records
 * @param options - as {@link gradeMany}
 * @returns a generator of results, in order
 * @example
 * ```ts
 * import { gradeEach, CIRCULAR_09_2017 } from '@coop/rating';
 * for (const result of gradeEach([], { rulebook: CIRCULAR_09_2017 })) console.log(result.status);
 * ```
 */
export function* gradeEach(records: Iterable<YearlyRecord>, options: GradeManyOptions): Generator<GradeResult, void, undefined> {
  const c = typedErrors(() => compiledFor(options));
  const iterator = typedErrors(() => records[Symbol.iterator]());
  for (;;) {
    const next = typedErrors(() => iterator.next());
    if (next.done === true) return;
    yield typedErrors(() => gradeOne(c, options, next.value));
  }
}
