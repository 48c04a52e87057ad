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
import type { EvaluationCache, ExternalContext, IndicatorResult } from './compute-indicator.js';
import type { EvaluationWarning } from './explain.js';
import { fail, guard } from './internal/evaluation-guard.js';
import { checkTargetOptions } from './internal/evaluation-options.js';
import { readExact, readLevelComparator, readOptionalNumber } from './internal/evaluation-values.js';
import { constraintOf, meetsConstraint, type LevelComparator } from './semantics/comparators.js';
import { evaluateChecked, targetFields } from './internal/target-evaluate.js';
import { checkObservations, checkTarget } from './internal/target-input.js';
import type { ProgressMethod, ProgressResult, ProgressStatus, ProgressThresholds } from './progress.js';
import type { Rulebook } from './rulebook.js';
import type { TargetGap } from './target-gap.js';

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
 * One year of the series a target was judged on.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluateTarget, type TargetSeriesPoint } from '@coop/rating';
 * const target = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'good-or-fair-share')!;
 * const result = evaluateTarget(target, { kind: 'series', points: [{ year: 2023, value: 55 }, { year: 2024, value: 58 }] }, { asOf: 2024 });
 * const last: TargetSeriesPoint | undefined = result.series.at(-1);
 * last?.year; // 2024
 * last?.display; // 58 — `value` holds the same number as an exact rational
 * ```
 */
export interface TargetSeriesPoint {
  readonly year: number;
  readonly value: Rational;
  readonly display: number;
}

/**
 * A per-unit result ("in every district").
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluateTarget, type UnitResult } from '@coop/rating';
 * // Plan 42/KH-UBND: at least one model agricultural co-op in every district
 * const target = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'model-coop-per-district')!;
 * const areas = [
 *   { code: 'TN', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, level: 'province' },
 *   { code: 'D1', name: { vi: 'Huyện 1', en: 'District 1' }, level: 'district', parent: 'TN' },
 *   { code: 'D2', name: { vi: 'Huyện 2', en: 'District 2' }, level: 'district', parent: 'TN' },
 * ] as const;
 * const base = { year: 2025, kind: 'cooperative', sector: 'agriculture-crop' } as const;
 * const records = [
 *   { ...base, organisationId: 'a', areaCode: 'D1', flags: { modelCooperative: true } },
 *   { ...base, organisationId: 'b', areaCode: 'D2', flags: { modelCooperative: false } },
 * ];
 * const result = evaluateTarget(target, records, { asOf: '2025-12-31', area: 'TN', areas });
 * const units: readonly UnitResult[] = result.units ?? [];
 * units.map((u) => `${u.code}: ${u.display} ${u.met ? 'met' : 'not met'}`).join(', '); // 'D1: 1 met, D2: 0 not met'
 * result.met; // false
 * ```
 */
export interface UnitResult {
  readonly code: string;
  /** The unit's name from the area list (`huyện Định Hóa`), absent when the list only repeats the code. */
  readonly name?: Label;
  readonly value: Rational | undefined;
  readonly display: number | undefined;
  readonly met: boolean;
  readonly populationSize: number;
}

/**
 * The result of {@link evaluateTarget}.
 *
 * @example
 * ```ts
 * import { getPlan, rationalToNumber } from '@coop/model';
 * import { evaluateTarget, type TargetResult } from '@coop/rating';
 * const target = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'good-or-fair-share')!;
 * const result: TargetResult = evaluateTarget(target, { kind: 'series', points: [{ year: 2023, value: 55 }, { year: 2024, value: 58 }] }, { asOf: 2024 });
 * result.status; // 'on-track'
 * result.met; // false
 * result.year; // 2024
 * rationalToNumber(result.value!); // 58
 * result.method; // 'growth-ratio'
 * result.explanation.en.startsWith('At least 60 % of agricultural co-ops rated good or fair: 58 % in 2024'); // true
 * ```
 */
export interface TargetResult {
  readonly targetId: string;
  readonly indicatorId: string;
  readonly label: Label;
  /** One of the fixed status vocabulary. */
  readonly status: ProgressStatus;
  /** Whether the latest value meets the comparator (undefined: no value). */
  readonly met: boolean | undefined;
  /**
   * `true` when the value is above the upper end of a development range or "about X" (met: the upper
   * end is a limit only when the comparator cites a `ceiling`).
   */
  readonly exceeded?: boolean;
  /** The year of the value judged. */
  readonly year: number | undefined;
  /** The value judged (exact): the indicator value; growth in %; the lowest yearly growth in %; the number of units meeting. */
  readonly value: Rational | undefined;
  readonly display: number | undefined;
  /** The unit of `value`. */
  readonly unit: IndicatorUnit | 'percent-growth' | 'units';
  readonly comparator: Comparator;
  readonly deadline: number;
  /** The tolerance used by an approximately comparator and where it came from. */
  readonly tolerance?: { readonly value: number; readonly source: 'target' | 'option' };
  readonly gap: TargetGap;
  /** The progress method used, `comparison` when only the comparator decided, undefined without a value. */
  readonly method: ProgressMethod | 'comparison' | undefined;
  readonly progress: ProgressResult | undefined;
  /** The yearly values the target was judged on (levels, in the indicator's unit). */
  readonly series: readonly TargetSeriesPoint[];
  /** The latest year's indicator computation (records only). */
  readonly indicator: IndicatorResult | undefined;
  /** Growth vs a baseline. */
  readonly growth?: { readonly baselineYear: number; readonly baseline: Rational; readonly current: Rational; readonly percent: Rational | undefined };
  /** Yearly growth: each year's growth (%) and the compound rate over the period (float). */
  readonly yearlyGrowth?: {
    readonly fromYear: number;
    readonly years: readonly { readonly year: number; readonly percent: Rational | undefined; readonly met: boolean | undefined }[];
    readonly compoundPercent: number | undefined;
  };
  /** Per-unit values. */
  readonly units?: readonly UnitResult[];
  readonly warnings: readonly EvaluationWarning[];
  /** One line in Vietnamese and one in English. */
  readonly explanation: Label;
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
