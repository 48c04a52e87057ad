import type { Grade } from '@coop/model';
import type { GradeResult } from './grade.js';

/**
 * Counts of grading outcomes.
 *
 * @example
 * ```ts
 * import { type GradeSummary, summariseGrades } from '@coop/rating';
 * const summary: GradeSummary = summariseGrades([]);
 * summary.total; // 0
 * ```
 */
export interface GradeSummary {
  /** Results counted. */
  readonly total: number;
  /** Rated results per grade (every grade present, 0 when none). */
  readonly grades: Readonly<Record<Grade, number>>;
  readonly rated: number;
  readonly notRated: number;
  /**
   * Incomplete results, including those whose grade an override decided whatever the points (they are
   * not in `grades`: their total is unknown; the grade is on the result).
   */
  readonly incomplete: number;
  /** Not-rated results per reason code (e.g. `out-of-scope`, `operating-under-12-months`). */
  readonly notRatedReasons: Readonly<Record<string, number>>;
  /** Rated results in which an override decided the grade. */
  readonly overridden: number;
  /** Results graded by a rulebook not in force for their year. */
  readonly notInForce: number;
}

/**
 * Counts grading results: per grade, not rated (with reasons), incomplete, and the total.
 *
 * @param results - results of `grade` / `gradeMany` (any iterable)
 * @returns the counts
 * @example
 * ```ts
 * import { gradeMany, summariseGrades, CIRCULAR_01_2020 } from '@coop/rating';
 * const summary = summariseGrades(
 *   gradeMany(
 *     [{ organisationId: 'T', year: 2024, kind: 'cooperative-group', sector: 'other', areaCode: 'X' }],
 *     { rulebook: CIRCULAR_01_2020 },
 *   ),
 * );
 * summary.notRatedReasons; // { 'out-of-scope': 1 }
 * ```
 */
export const summariseGrades = (results: Iterable<GradeResult>): GradeSummary => {
  const grades: Record<Grade, number> = { good: 0, fair: 0, average: 0, weak: 0 };
  const reasons: Record<string, number> = {};
  let total = 0;
  let rated = 0;
  let notRated = 0;
  let incomplete = 0;
  let overridden = 0;
  let notInForce = 0;
  for (const r of results) {
    total++;
    if (!r.rulebook.inForce) notInForce++;
    if (r.status === 'rated') {
      rated++;
      grades[r.grade]++;
      if (r.overrides.length > 0) overridden++;
    } else if (r.status === 'not-rated') {
      notRated++;
      reasons[r.reason.code] = (reasons[r.reason.code] ?? 0) + 1;
    } else incomplete++;
  }
  return { total, grades, rated, notRated, incomplete, notRatedReasons: reasons, overridden, notInForce };
};
