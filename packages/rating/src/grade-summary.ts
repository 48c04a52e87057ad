import { GRADES, LIMITS, assertList, type Grade } from '@coop/model';
import type { GradeResult } from './grade.js';
import { fail, guard, isObjectLike, makeIssue } from './internal/evaluation-guard.js';

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
 * @param results - results of `grade` / `gradeMany` (any iterable, at most `LIMITS.listLength` of them)
 * @returns the counts
 * @throws CoopError `INVALID_ARGUMENT` (with `details.issues`) for an item that is not a grading result
 * or an unreadable iterable; `LIMIT_EXCEEDED` for more than `LIMITS.listLength` results
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
  const reasons = new Map<string, number>();
  let total = 0;
  let rated = 0;
  let notRated = 0;
  let incomplete = 0;
  let overridden = 0;
  let notInForce = 0;
  for (const [index, item] of readResults(results).entries()) {
    const r = readOutcome(item, index);
    total++;
    if (!r.inForce) notInForce++;
    if (r.status === 'rated') {
      rated++;
      grades[r.grade]++;
      if (r.overridden) overridden++;
    } else if (r.status === 'not-rated') {
      notRated++;
      reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
    } else incomplete++;
  }
  // `Object.fromEntries` defines own keys: a reason code `__proto__` stays a plain count.
  return { total, grades, rated, notRated, incomplete, notRatedReasons: Object.fromEntries(reasons), overridden, notInForce };
};

/** The results as a bounded list: an array is checked before it is read; another iterable is read up to the limit. */
const readResults = (results: unknown): unknown[] =>
  guard('INVALID_ARGUMENT', 'grade results', () => [], () => {
    if (Array.isArray(results)) return assertList(results, 'results');
    const iterator = isIterable(results) ? results[Symbol.iterator]() : undefined;
    if (iterator === undefined) return fail('INVALID_ARGUMENT', 'grade results', [makeIssue([], 'invalid_type', 'Cần một danh sách kết quả xếp loại', 'Expected an iterable of grading results', { received: results })]);
    const out: unknown[] = [];
    for (let step = iterator.next(); step.done !== true; step = iterator.next()) {
      if (out.length >= LIMITS.listLength) return assertList(new Array(out.length + 1), 'results');
      out.push(step.value);
    }
    return out;
  });

const isIterable = (value: unknown): value is Iterable<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';

type Outcome =
  | { readonly status: 'rated'; readonly grade: Grade; readonly overridden: boolean; readonly inForce: boolean }
  | { readonly status: 'not-rated'; readonly reason: string; readonly inForce: boolean }
  | { readonly status: 'incomplete'; readonly inForce: boolean };

/**
 * A field of a result (results are class instances whose fields may live on their prototype, so the
 * chain is read; none of the names read here exists on `Object.prototype`).
 */
const prop = (value: Record<string, unknown>, key: string): unknown => value[key];

/** Reads what the summary needs of one result, each field once; anything else is a typed error naming the path. */
const readOutcome = (item: unknown, index: number): Outcome =>
  guard('INVALID_ARGUMENT', 'grade results', () => [index], () => {
    const bad = (path: ReadonlyArray<string>, received: unknown): never =>
      fail('INVALID_ARGUMENT', 'grade results', [makeIssue([index, ...path], 'invalid_value', 'Không phải kết quả xếp loại', 'Not a grading result', { received })]);
    if (!isObjectLike(item)) return bad([], item);
    const status = prop(item, 'status');
    const rulebook = prop(item, 'rulebook');
    const inForce = isObjectLike(rulebook) ? prop(rulebook, 'inForce') : undefined;
    if (typeof inForce !== 'boolean') return bad(['rulebook', 'inForce'], inForce);
    if (status === 'rated') {
      const grade = prop(item, 'grade');
      if (!(GRADES as readonly unknown[]).includes(grade)) return bad(['grade'], grade);
      const overrides = prop(item, 'overrides');
      if (!Array.isArray(overrides)) return bad(['overrides'], overrides);
      return { status, grade: grade as Grade, overridden: overrides.length > 0, inForce };
    }
    if (status === 'not-rated') {
      const reason = prop(item, 'reason');
      const code = isObjectLike(reason) ? prop(reason, 'code') : undefined;
      if (typeof code !== 'string') return bad(['reason', 'code'], code);
      return { status, reason: code, inForce };
    }
    if (status === 'incomplete') return { status, inForce };
    return bad(['status'], status);
  });
