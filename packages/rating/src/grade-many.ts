import { CoopError, type YearlyRecord } from '@coop/model';
import type { GradeOptions, GradeResult } from './grade.js';
import { compileRulebook } from './internal/grade-compile.js';
import { gradeCompiled, graderFor, type Grader, typedErrors } from './internal/grade-core.js';
import { bulkSheetReader } from './internal/prepared-reader.js';

/**
 * Options of {@link gradeMany}: those of `grade`, except that `year` overrides every record's year.
 *
 * @example
 * ```ts
 * import { type GradeManyOptions, CIRCULAR_01_2020 } from '@coop/rating';
 * const options: GradeManyOptions = { rulebook: CIRCULAR_01_2020, clamp: true };
 * ```
 */
export type GradeManyOptions = GradeOptions;

/**
 * Grades many records with one rulebook. Returns, for each record in order, exactly what `grade` would
 * return; the rulebook is compiled once. Throws on the first record that `grade` would throw on.
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
export const gradeMany = (records: Iterable<YearlyRecord>, options: GradeManyOptions): GradeResult[] =>
  typedErrors(() => gradeAll(records, options));

const checkOptions = (options: GradeManyOptions): void => {
  if (typeof options !== 'object' || options === null) {
    throw new CoopError('INVALID_OPTIONS', 'gradeMany needs { rulebook } as its second argument', { received: typeof options });
  }
};

/** One grader for a whole bulk call, reading sheets with the bulk reader. */
const bulkGrader = (options: GradeManyOptions): Grader => {
  checkOptions(options);
  const c = compileRulebook(options.rulebook);
  return graderFor(c, options.clamp === true, bulkSheetReader(c));
};

const gradeAll = (records: Iterable<YearlyRecord>, options: GradeManyOptions): GradeResult[] => {
  const g = bulkGrader(options);
  const year = options.year;
  if (Array.isArray(records)) {
    const list = records as readonly YearlyRecord[];
    const out = new Array<GradeResult>(list.length);
    for (let i = 0; i < list.length; i++) {
      const record = list[i]!;
      out[i] = gradeCompiled(g, record, year ?? record?.year);
    }
    return out;
  }
  const out: GradeResult[] = [];
  for (const record of records) out.push(gradeCompiled(g, record, year ?? record?.year));
  return out;
};

/**
 * Grades records lazily, one at a time: the streaming form of {@link gradeMany} for large or unbounded
 * sources (nothing is buffered).
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
  const g = typedErrors(() => bulkGrader(options));
  const iterator = typedErrors(() => records[Symbol.iterator]());
  for (;;) {
    const next = typedErrors(() => iterator.next());
    if (next.done === true) return;
    const record = next.value;
    yield typedErrors(() => gradeCompiled(g, record, options.year ?? record?.year));
  }
}
