import { CoopError, isCivilDate, type CivilDate, type Issue, type Label, type Rational } from '@coop/model';
import { describeValue, fail, guard, makeIssue } from './internal/evaluation-guard.js';
import { DEFAULT_THRESHOLDS, readAsOf, readFields, readMethod, readThresholds } from './internal/evaluation-options.js';
import { checkPoints, readLevelComparator, readOptionalNumber, readOptionalYear } from './internal/evaluation-values.js';
import { assessChecked } from './internal/progress-assess.js';
import { constraintOf, type LevelComparator } from './semantics/comparators.js';
import type { EvaluationWarning } from './evaluation-types.js';
import type { ProgressMethod, ProgressResult, ProgressThresholds } from './evaluation-types.js';
export { PROGRESS_STATUSES } from './evaluation-types.js';
export type { ProgressMethod, ProgressNumbers, ProgressResult, ProgressStatus, ProgressThresholds } from './evaluation-types.js';

/**
 * The default thresholds 0.95 / 0.60 / 0 (Open SDG growth-ratio method).
 *
 * @example
 * ```ts
 * import { DEFAULT_PROGRESS_THRESHOLDS } from '@coop/rating';
 * DEFAULT_PROGRESS_THRESHOLDS.onTrack; // 0.95
 * DEFAULT_PROGRESS_THRESHOLDS.acceleration; // 0.6
 * DEFAULT_PROGRESS_THRESHOLDS.deterioration; // 0
 * ```
 */
export const DEFAULT_PROGRESS_THRESHOLDS: ProgressThresholds = DEFAULT_THRESHOLDS;

/**
 * One observation of a yearly series.
 *
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import { assessProgress, type ProgressPoint } from '@coop/rating';
 * // a number, an exact decimal string or a rational; any order
 * const points: ProgressPoint[] = [{ year: 2023, value: '50.0' }, { year: 2020, value: rational(40) }];
 * assessProgress(points, { comparator: { kind: '>=', value: 60 }, deadline: 2030, asOf: 2023 }).numbers.baseYear; // 2020
 * ```
 */
export interface ProgressPoint {
  readonly year: number;
  readonly value: Rational | number | string;
}

/**
 * Options of {@link assessProgress}.
 *
 * @example
 * ```ts
 * import { assessProgress, type ProgressOptions } from '@coop/rating';
 * const options: ProgressOptions = {
 *   comparator: { kind: '>=', value: 60 }, // the target: 60 % or more
 *   deadline: 2030, // by the end of 2030
 *   asOf: '2023-12-31', // observations after 2023 are ignored
 *   bounds: [0, 100], // a share: projections stay within 0–100
 * };
 * assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 50 }, { year: 2024, value: 99 }], options).numbers.nowYear; // 2023
 * ```
 */
export interface ProgressOptions {
  /** The level comparator of the target. */
  readonly comparator: LevelComparator;
  /** Tolerance for an approximately comparator without its own. */
  readonly tolerance?: number;
  /** The deadline year T (the target must hold by the end of T). */
  readonly deadline: number;
  /** Evaluation date (`YYYY-MM-DD`) or year; observations after its year are ignored. */
  readonly asOf: CivilDate | number;
  /** Year progress is measured from (default: the earliest observation). */
  readonly baselineYear?: number;
  /** `auto` (default), `linear` or `growth-ratio`. */
  readonly method?: 'auto' | ProgressMethod;
  readonly thresholds?: Partial<ProgressThresholds>;
  /** Bounds of the value (e.g. `[0, 100]` for a share): projections never leave them. */
  readonly bounds?: readonly [number, number];
}

/**
 * The evaluation year of an `asOf` value.
 *
 * @param asOf - a civil date `YYYY-MM-DD` or a year
 * @returns the year
 * @throws CoopError `INVALID_AS_OF` for anything else, impossible dates such as `2024-99-99` included
 * @example
 * ```ts
 * import { asOfYear } from '@coop/rating';
 * asOfYear('2025-06-30'); // 2025
 * ```
 */
export const asOfYear = (asOf: CivilDate | number): number => {
  if (typeof asOf === 'number' && Number.isSafeInteger(asOf)) return asOf;
  if (isCivilDate(asOf)) return Number(asOf.slice(0, 4));
  throw new CoopError('INVALID_AS_OF', `asOf must be a YYYY-MM-DD date or a year, received ${describeValue(asOf)}`, { received: describeValue(asOf) });
};

/**
 * Judges progress towards a deadline from a yearly series (UN SDG methods).
 *
 * 1. **achieved** when the latest observation meets the comparator (the trend is still reported);
 * 2. **not-achieved** when the deadline year has ended (asOf year > deadline) and it is not met;
 * 3. **insufficient-data** with fewer than two observed years (from the baseline year on);
 * 4. otherwise a ratio R from a trend method, mapped with the thresholds (default 0.95 / 0.60 / 0):
 *    R ≥ 0.95 on-track, 0.60 ≤ R < 0.95 needs-acceleration, 0 ≤ R < 0.60 limited-progress,
 *    R < 0 deteriorating.
 *
 * Methods. **growth-ratio**: R = CAGR_obs / CAGR_req with CAGR_obs = (I_now/I_base)^(1/(t_now−t_base)) − 1
 * and CAGR_req = (TV/I_base)^(1/(T−t_base)) − 1 (floats). **linear**: R = P / E with progress
 * P = (I_now − I_base)/(TV − I_base) and elapsed time E = (t_now − t_base)/(T − t_base) (exact
 * rationals) — R ≥ 0.95 means the distance covered keeps pace with the time used. TV is the edge of the
 * comparator being aimed at. **Default (`auto`)**: growth-ratio when I_base, I_now and TV are all
 * strictly positive and TV ≠ I_base (positive-valued series: shares, revenue, counts above zero);
 * otherwise linear, with `fellBack: true` and a `GROWTH_FORM_FALLBACK` warning (a zero baseline such as
 * a count starting at 0, or a "= 0" target). Asking for `growth-ratio` explicitly falls back the same
 * way. When TV = I_base (no distance to cover) the linear status is limited-progress if nothing moved
 * and deteriorating if the value moved away. Projections are clamped to `bounds`.
 *
 * @param points - the yearly observations (not mutated; any order): `year` an integer 1900–2199, `value`
 *   a finite number, a decimal string or a rational
 * @param options - comparator, deadline, asOf, baseline year, method, thresholds, bounds
 * @returns the status, the method, the numbers and a one-line explanation in both languages
 * @throws CoopError `INVALID_SERIES` (bad points) or `INVALID_OPTIONS` (bad options), with
 *   `details.issues` (paths from the argument's root); `MISSING_TOLERANCE` for an approximately
 *   comparator without any tolerance
 * @example
 * ```ts
 * import { assessProgress } from '@coop/rating';
 * const result = assessProgress(
 *   [{ year: 2020, value: 40 }, { year: 2023, value: 50 }],
 *   { comparator: { kind: '>=', value: 60 }, deadline: 2030, asOf: 2023 },
 * );
 * result.status; // 'on-track' (R ≈ 1.86)
 * ```
 */
export const assessProgress = (points: readonly ProgressPoint[], options: ProgressOptions): ProgressResult => {
  const checked = guard('INVALID_OPTIONS', 'options', () => [], () => {
    if (options === undefined) return fail('INVALID_OPTIONS', 'options', [makeIssue([], 'missing', 'Thiếu tuỳ chọn', 'Options are required')]);
    const fields = readFields(options, ['comparator', 'tolerance', 'deadline', 'asOf', 'baselineYear', 'method', 'thresholds', 'bounds'], 'INVALID_OPTIONS', 'options');
    const issues: Issue[] = [];
    const comparator = readLevelComparator(fields['comparator'], ['comparator'], issues);
    const tolerance = readOptionalNumber(fields['tolerance'], ['tolerance'], issues, 0);
    const deadline = readOptionalYear(fields['deadline'], ['deadline'], issues);
    if (fields['deadline'] === undefined) issues.push(makeIssue(['deadline'], 'missing', 'Thiếu năm hạn', 'The deadline year is required'));
    const asOf = readAsOf(fields['asOf'], ['asOf'], issues);
    const baselineYear = readOptionalYear(fields['baselineYear'], ['baselineYear'], issues);
    const method = readMethod(fields['method'], ['method'], issues);
    const thresholds = readThresholds(fields['thresholds'], ['thresholds'], issues);
    const bounds = readBounds(fields['bounds'], issues);
    if (issues.length > 0 || comparator === undefined || deadline === undefined || asOf === undefined) return fail('INVALID_OPTIONS', 'options', issues);
    return {
      constraint: constraintOf(comparator, tolerance),
      run: {
        deadline,
        year: asOf.year,
        thresholds,
        ...(baselineYear === undefined ? {} : { baselineYear }),
        ...(method === undefined ? {} : { method }),
        ...(bounds === undefined ? {} : { bounds }),
      },
    };
  });
  const checkedPoints = guard('INVALID_SERIES', 'series', () => [], () => checkPoints(points, [], 'INVALID_SERIES', false));
  return assessChecked(checkedPoints, checked.constraint, checked.run);
};

const readBounds = (value: unknown, issues: Issue[]): readonly [number, number] | undefined => {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.length === 2) {
    const [lo, hi] = value as unknown[];
    if (typeof lo === 'number' && typeof hi === 'number' && Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) return [lo, hi];
  }
  issues.push(makeIssue(['bounds'], 'invalid_bounds', 'Cần [nhỏ nhất, lớn nhất] hữu hạn', 'Expected finite [min, max] with min ≤ max', { received: value }));
  return undefined;
};

