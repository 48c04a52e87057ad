import { CoopError, type YearlyRecord } from '@coop/model';
import type { GradeOptions, GradeResult } from './grade-types.js';
import { compileRulebook } from './internal/grade-compile.js';
import { typedErrors } from './internal/grade-core.js';
import { gradeRecord } from './internal/grade-result.js';
import type { Rulebook } from './rulebook.js';

export type {
  CriterionResult,
  FiredOverride,
  GradeMargin,
  GradeOptions,
  GradeResult,
  GradeRulebookRef,
  GradeWarning,
  GroupResult,
  IncompleteGradeResult,
  NotRatedGradeResult,
  NotRatedReason,
  RatedGradeResult,
} from './grade-types.js';

/**
 * Grades one organisation-year by a rulebook.
 *
 * Order of checks: a sheet for another rulebook throws `RULEBOOK_MISMATCH`; an organisation outside the
 * rulebook's scope is `not-rated` (`out-of-scope`); a not-rated rule that holds gives `not-rated` with
 * its code; then each criterion is taken from the record through the rulebook's tiers when the record
 * has the fields (`computed`), else from the sheet (`sheet`); a criterion with neither makes the result
 * `incomplete` (listed in `missing`). Otherwise the exact total picks the grade band, and overrides that
 * fire force their grade (the worst one when several fire).
 *
 * Points are exact hundredths: 79.99 is fair and 80 good. Points with more than two decimals throw
 * `INVALID_POINTS`. Points above a criterion's maximum or a group's cap throw `POINTS_ABOVE_MAXIMUM`
 * (naming the criterion or group) unless `clamp: true`, which clamps and warns.
 *
 * The result is plain data: every field is an own property (no getters, no class), so it survives
 * `structuredClone`, an object spread and a JSON round trip unchanged; it holds no bigints. Parts that
 * do not depend on the record (labels, the rulebook reference, the warnings of a year) are frozen and
 * shared between results.
 * A rulebook not in force on 31 December of the year still grades, with `RULEBOOK_NOT_IN_FORCE`.
 *
 * @param record - the organisation-year (never mutated)
 * @param options - the rulebook, optionally the evaluation year and `clamp` (a rulebook alone is accepted
 * as shorthand for `{ rulebook }`)
 * @returns the result: `rated` with a grade, `not-rated` with a reason, or `incomplete` with the missing
 * criteria
 * @throws CoopError `RULEBOOK_MISMATCH`, `POINTS_ABOVE_MAXIMUM`, `INVALID_POINTS`, `INVALID_RULEBOOK`
 * @example
 * ```ts
 * import { grade, CIRCULAR_01_2020 } from '@coop/rating';
 * const points = {
 *   '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2,
 *   '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4,
 *   '10': 5, '11': 5, '12': 5, '13': 0.5, '14': 4, '15': 0.49,
 * };
 * const result = grade(
 *   { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'X',
 *     monthsOperating: 12, monthsSuspended: 0, sheet: { rulebook: 'circular-01-2020', points } },
 *   { rulebook: CIRCULAR_01_2020 },
 * );
 * result.status; // 'rated'
 * result.total; // 79.99
 * result.grade; // 'fair'
 * result.margins.up; // { grade: 'good', points: 0.01, pointsHundredths: 1 }
 * ```
 */
export const grade = (record: YearlyRecord, options: GradeOptions | Rulebook): GradeResult =>
  typedErrors(() => {
    if (typeof options !== 'object' || options === null) {
      throw new CoopError('INVALID_OPTIONS', 'grade(record, { rulebook })', { received: typeof options });
    }
    const o: GradeOptions = 'groups' in options ? { rulebook: options } : options;
    const year = o.year ?? (typeof record === 'object' && record !== null ? record.year : undefined);
    return gradeRecord(compileRulebook(o.rulebook), record, year as number, o.clamp === true);
  });
