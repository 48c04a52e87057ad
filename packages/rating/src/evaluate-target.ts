import {
  rational,
  type AreaInput,
  type CivilDate,
  type Comparator,
  type Grade,
  type Indicator,
  type IndicatorUnit,
  type Issue,
  type Label,
  type Rational,
  type Target,
  type YearlyRecord,
} from '@coop/model';
import type { EvaluationCache, ExternalContext } from './compute-indicator.js';
import { fail, guard } from './internal/evaluation-guard.js';
import { checkTargetOptions } from './internal/evaluation-options.js';
import { readExact, readLevelComparator, readOptionalNumber } from './internal/evaluation-values.js';
import { constraintOf, meetsConstraint, type LevelComparator } from './semantics/comparators.js';
import { evaluateChecked, targetFields } from './internal/target-verdict.js';
import { checkObservations, checkTarget } from './internal/target-input.js';
import type { Rulebook } from './rulebook.js';
import type { TargetGap } from './target-gap.js';
import type { IndicatorResult, EvaluationWarning, ProgressMethod, ProgressResult, ProgressStatus, ProgressThresholds } from './evaluation-types.js';
import type { TargetResult } from './evaluation-types.js';
export type { TargetResult, TargetSeriesPoint, UnitResult } from './evaluation-types.js';

/**
 * One point of an already-aggregated yearly series (statistics often come only as totals).
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluateTarget, type SeriesPointInput } from '@coop/rating';
 * // 55 and 58 of 100 agricultural co-ops rated good or fair; the plan asks for 60 % or more by 2025
 * const points: SeriesPointInput[] = [
 *   { year: 2023, value: 55, numerator: 55, denominator: 100 },
 *   { year: 2024, value: '58', numerator: 58n, denominator: 100 },
 * ];
 * const target = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'good-or-fair-share')!;
 * const result = evaluateTarget(target, { kind: 'series', points }, { asOf: 2024 });
 * result.gap.kind === 'change' && result.gap.amount; // 2n — two more co-ops (the numerator made it countable)
 * ```
 */
export interface SeriesPointInput {
  readonly year: number;
  /** The value in the indicator's unit (after the factor): a number, a decimal string or a rational. */
  readonly value: number | string | Rational;
  /** The numerator behind the value, if known (lets the gap be counted in organisations). */
  readonly numerator?: number | string | bigint | Rational;
  /** The denominator behind the value, if known. */
  readonly denominator?: number | string | bigint | Rational;
}

/**
 * An already-aggregated yearly series.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluateTarget, type SeriesObservation } from '@coop/rating';
 * const series: SeriesObservation = { kind: 'series', points: [{ year: 2023, value: 55 }, { year: 2024, value: 58 }] };
 * const target = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'good-or-fair-share')!;
 * const result = evaluateTarget(target, series, { asOf: 2024 });
 * result.met; // false — 58 % is below 60 %
 * result.status; // 'on-track' (the pace since 2023 reaches 60 % by 2025)
 * ```
 */
export interface SeriesObservation {
  readonly kind: 'series';
  readonly points: readonly SeriesPointInput[];
}

/**
 * What a target is judged on: organisation-year records, or a yearly series.
 *
 * @example
 * ```ts
 * import type { YearlyRecord } from '@coop/model';
 * import type { TargetObservations } from '@coop/rating';
 * const records: YearlyRecord[] = [
 *   { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X', grade: 'good' },
 * ];
 * const fromRecords: TargetObservations = records; // the indicator is computed for every year present
 * const fromSeries: TargetObservations = { kind: 'series', points: [{ year: 2024, value: 58 }] };
 * Array.isArray(fromRecords) && !Array.isArray(fromSeries); // true
 * ```
 */
export type TargetObservations = readonly YearlyRecord[] | SeriesObservation;

/**
 * Options of {@link evaluateTarget}.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluateTarget, type EvaluateTargetOptions } from '@coop/rating';
 * // "about 30 % of managers trained": the text gives no tolerance, so the caller must
 * const target = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'managers-trained-share')!;
 * const options: EvaluateTargetOptions = { asOf: '2024-12-31', tolerance: 5 };
 * const result = evaluateTarget(target, { kind: 'series', points: [{ year: 2024, value: 27 }] }, options);
 * result.status; // 'achieved' (27 is within 30 ± 5)
 * result.tolerance?.source; // 'option'
 * ```
 */
export interface EvaluateTargetOptions {
  /** Evaluation date (`YYYY-MM-DD`) or year. Observations after its year are ignored. */
  readonly asOf: CivilDate | number;
  /** The target's indicator (else looked up by id in `indicators`, then in the built-in catalog). */
  readonly indicator?: Indicator;
  /** Indicators to look the target's indicator up in before the catalog. */
  readonly indicators?: readonly Indicator[];
  /** Tolerance for an approximately comparator without one (in the indicator's unit). */
  readonly tolerance?: number;
  /** Baseline year for growth comparators and progress (after the comparator's and target's own). */
  readonly baselineYear?: number;
  /** Evaluate for this area instead of the target's scope area. */
  readonly area?: string;
  /** Area list for sub-areas, per-unit targets and the 2025 successor mapping (or an area index with `areas`). */
  readonly areas?: readonly AreaInput[] | { readonly areas: readonly AreaInput[] };
  /** External inputs by name. */
  readonly context?: ExternalContext;
  /** Progress thresholds (default 0.95 / 0.60 / 0). */
  readonly thresholds?: Partial<ProgressThresholds>;
  /** Progress method: `auto` (default), `linear` or `growth-ratio` (see `assessProgress`). */
  readonly method?: 'auto' | ProgressMethod;
  readonly rulebooks?: readonly Rulebook[];
  readonly effectiveGrades?: readonly Grade[];
  /** A memo shared across evaluations (see `createEvaluationCache`). */
  readonly cache?: EvaluationCache;
}

/**
 * Tells whether a value meets a level comparator, exactly (6 of 10 is not "over 60 %").
 *
 * @param comparator - `>`, `>=`, `<`, `<=`, `=`, `range` or `approximately`
 * @param value - the value (rational, number or decimal string)
 * @param tolerance - for an approximately comparator without its own tolerance
 * @returns `true` when it holds
 * @throws CoopError `MISSING_TOLERANCE` for an approximately comparator without any tolerance;
 *   `INVALID_ARGUMENT` (with `details.issues`) for a malformed comparator, value or tolerance
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import { meetsComparator } from '@coop/rating';
 * meetsComparator({ kind: '>', value: 60 }, rational(600, 10)); // false
 * meetsComparator({ kind: '>', value: 60 }, rational(700, 11)); // true
 * ```
 */
export const meetsComparator = (comparator: LevelComparator, value: Rational | number | string, tolerance?: number): boolean => {
  const checked = guard('INVALID_ARGUMENT', 'arguments', () => [], () => {
    const issues: Issue[] = [];
    const c = readLevelComparator(comparator, ['comparator'], issues);
    const v = readExact(value, ['value'], issues);
    const t = readOptionalNumber(tolerance, ['tolerance'], issues, 0);
    if (issues.length > 0 || c === undefined || v === undefined) return fail('INVALID_ARGUMENT', 'arguments', issues);
    return { c, v, t };
  });
  return meetsConstraint(constraintOf(checked.c, checked.t), checked.v);
};

/**
 * Evaluates one target: is it met now (exactly), how far is it (in its own terms), and will it be met
 * by the deadline at this pace.
 *
 * Observations are records (the indicator is computed for every year present up to `asOf`) or an
 * already-aggregated series. Comparators: `>`, `>=`, `<`, `<=`, `=`, `range`, `approximately` (the
 * tolerance is the target's, else `options.tolerance`, else `MISSING_TOLERANCE`; the result reports
 * which), `growth` (vs a baseline year: the comparator's, the target's, else `options.baselineYear`,
 * else `MISSING_BASELINE`), `yearly-growth` (every year's growth and the compound rate) and
 * `every-unit` (the units are the sub-areas of the target's area at the comparator's level in force
 * during the year, from `areas`; a unit without records counts 0 for a count or sum and fails
 * otherwise; no area list, no unit in the year — districts after 2025 — or records coded above the
 * units throw `UNITS_NOT_EVALUABLE` with `details.reason`).
 *
 * Areas: a target on a Vietnamese code (`VN`, a province or district code of either period) uses the
 * model's `VN_AREAS` when no `areas` are given. A record is attributed by its year to the units in
 * force on the year's last day (the model's `areaForYear`): a 2025 record coded with a province
 * merged on 1 July 2025 counts for the merged province for the whole year. Records with codes the list
 * does not know count for no area and are reported (`UNKNOWN_AREA_CODES`); codes closed before the
 * record's year count for the successor and are reported (`CLOSED_AREA_CODES`).
 *
 * Status: `achieved` when the latest value meets the target; `not-achieved` once the deadline year
 * has ended; `not-applicable` when the population is empty in every year; `insufficient-data` with no
 * value or fewer than two years; otherwise the progress status (see `assessProgress`).
 *
 * @param target - the target (parsed)
 * @param observations - records or a yearly series (never mutated)
 * @param options - asOf, indicator, tolerance, baseline year, areas, context, thresholds …
 * @returns the status, the exact value, the gap, the method, the numbers, warnings and explanations
 * @throws CoopError `MISSING_EXTERNAL_INPUT`, `MISSING_TOLERANCE`, `MISSING_BASELINE`,
 *   `UNKNOWN_INDICATOR`, `INDICATOR_MISMATCH`, `SERIES_NOT_SUPPORTED` (per-unit targets need records),
 *   `UNITS_NOT_EVALUABLE` (a per-unit target without units: `details.reason` `no-unit-list`,
 *   `unit-level-ended` or `records-above-unit-level`, `details.message` in vi / en);
 *   on bad arguments, with `details.issues` (paths): `INVALID_TARGET` (from `parseTarget`),
 *   `INVALID_ARGUMENT` (observations neither an array nor a series), `INVALID_RECORD` (`details.index`
 *   and `details.field` of a record failing the structural check — identity fields, finite numbers,
 *   booleans; `null`/`NaN` are invalid, an absent field is missing data; a sheet's points are checked
 *   against the criteria of the rulebook grading it, other keys are not read), `INVALID_SERIES`,
 *   `INVALID_OPTIONS`, `INVALID_AREAS`
 * @example
 * ```ts
 * import { IndicatorSchema, TargetSchema } from '@coop/model';
 * import { evaluateTarget } from '@coop/rating';
 * const indicator = IndicatorSchema.parse({
 *   id: 'gf', label: { vi: 'Tỷ lệ HTX tốt, khá', en: 'Share of co-ops rated good or fair' },
 *   population: { kinds: ['cooperative'] }, numerator: { op: 'count', where: { grade: ['good', 'fair'] } },
 *   denominator: { op: 'count' }, factor: 100, unit: 'percent', direction: 'higher-is-better', bounds: [0, 100],
 * });
 * const target = TargetSchema.parse({
 *   id: 't', indicator: 'gf', label: { vi: 'HTX tốt, khá', en: 'Co-ops good or fair' },
 *   comparator: { kind: '>', value: 60 }, deadline: 2030, source: { document: 'x' },
 * });
 * const records = Array.from({ length: 10 }, (_, i) => ({
 *   organisationId: `c${i}`, year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X',
 *   grade: i < 6 ? 'good' : 'average',
 * } as const));
 * const result = evaluateTarget(target, records, { asOf: '2024-12-31', indicator });
 * result.met; // false — 6 of 10 is not over 60 %
 * result.gap; // { kind: 'change', change: 'more', amount: 1n, … }
 * ```
 */
export const evaluateTarget = (target: Target, observations: TargetObservations, options: EvaluateTargetOptions): TargetResult => {
  const checked = guard('INVALID_OPTIONS', 'options', () => [], () => checkTargetOptions(options));
  const parsed = checkTarget(target, checked.cache);
  const observed = checkObservations(observations, checked, [], targetFields([parsed], checked));
  return evaluateChecked(parsed, observed, checked);
};
