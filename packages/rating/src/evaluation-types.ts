import type { Comparator, Grade, IndicatorUnit, Label, Rational } from '@coop/model';
import type { IndicatorSide } from './semantics/aggregate.js';
import type { GradeCoverage } from './semantics/population.js';
import type { TargetGap } from './target-gap.js';

/*
 * The result types of evaluations — warnings, progress, indicators, targets —, declared apart from the
 * functions that make them so that the engine's modules and the public ones can share them without an
 * import cycle. Users import them from `@coop/rating` (re-exported by `explain.ts`, `progress.ts`,
 * `compute-indicator.ts` and `evaluate-target.ts`).
 */

/**
 * A warning attached to an evaluation result: a stable code, a message in Vietnamese and English, and
 * the values behind it.
 *
 * @example
 * ```ts
 * import { assessProgress, type EvaluationWarning } from '@coop/rating';
 * const result = assessProgress([{ year: 2020, value: 0 }, { year: 2023, value: 3 }], { comparator: { kind: '>=', value: 9 }, deadline: 2025, asOf: 2023 });
 * const warning: EvaluationWarning | undefined = result.warnings[0];
 * warning?.code; // 'GROWTH_FORM_FALLBACK'
 * warning?.message.en.includes('the linear method is used'); // true
 * ```
 */
export interface EvaluationWarning {
  readonly code: string;
  readonly message: Label;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The fixed status vocabulary of targets and progress (see `targets.md`), in order from best to unknown.
 *
 * @example
 * ```ts
 * import { PROGRESS_STATUSES } from '@coop/rating';
 * PROGRESS_STATUSES.length; // 8
 * PROGRESS_STATUSES[0]; // 'achieved'
 * PROGRESS_STATUSES.includes('insufficient-data'); // true
 * ```
 */
export const PROGRESS_STATUSES = [
  'achieved',
  'on-track',
  'needs-acceleration',
  'limited-progress',
  'deteriorating',
  'not-achieved',
  'insufficient-data',
  'not-applicable',
] as const;

/**
 * A target / progress status.
 *
 * @example
 * ```ts
 * import { assessProgress, type ProgressStatus } from '@coop/rating';
 * const onCourse = (status: ProgressStatus): boolean => status === 'achieved' || status === 'on-track';
 * const { status } = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 50 }], { comparator: { kind: '>=', value: 60 }, deadline: 2030, asOf: 2023 });
 * onCourse(status); // true
 * ```
 */
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * A trend method: `linear` (ESCAP current-status) or `growth-ratio` (Open SDG / Statistics Canada).
 *
 * @example
 * ```ts
 * import { assessProgress, type ProgressMethod } from '@coop/rating';
 * const points = [{ year: 2020, value: 40 }, { year: 2023, value: 50 }];
 * const method: ProgressMethod = 'linear';
 * const result = assessProgress(points, { comparator: { kind: '>=', value: 60 }, deadline: 2030, asOf: 2023, method });
 * result.method; // 'linear'
 * result.status; // 'on-track' (half the distance covered in 3 of 10 years)
 * ```
 */
export type ProgressMethod = 'linear' | 'growth-ratio';

/**
 * Thresholds on the progress ratio R: on track if R ≥ onTrack, acceleration needed if R ≥ acceleration,
 * limited progress if R ≥ deterioration, else deteriorating.
 *
 * @example
 * ```ts
 * import { assessProgress, DEFAULT_PROGRESS_THRESHOLDS, type ProgressThresholds } from '@coop/rating';
 * const demanding: ProgressThresholds = { ...DEFAULT_PROGRESS_THRESHOLDS, onTrack: 2 };
 * const points = [{ year: 2020, value: 40 }, { year: 2023, value: 50 }]; // R ≈ 1.87
 * assessProgress(points, { comparator: { kind: '>=', value: 60 }, deadline: 2030, asOf: 2023, thresholds: demanding }).status; // 'needs-acceleration'
 * ```
 */
export interface ProgressThresholds {
  readonly onTrack: number;
  readonly acceleration: number;
  readonly deterioration: number;
}

/**
 * The numbers behind a progress status (floats are projections, reported as such).
 *
 * @example
 * ```ts
 * import { assessProgress } from '@coop/rating';
 * const { numbers } = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 50 }], { comparator: { kind: '>=', value: 60 }, deadline: 2030, asOf: 2023 });
 * numbers.baseValue; // 40
 * numbers.nowValue; // 50
 * numbers.targetValue; // 60
 * Number(numbers.ratio?.toFixed(2)); // 1.87 — observed growth 7.7 %/year ÷ required 4.1 %/year
 * ```
 */
export interface ProgressNumbers {
  readonly baseYear: number | undefined;
  readonly baseValue: number | undefined;
  readonly nowYear: number | undefined;
  readonly nowValue: number | undefined;
  /** TV: the value aimed at (the violated edge of the comparator). */
  readonly targetValue: number;
  readonly deadline: number;
  /** Growth ratio: observed and required compound annual growth rates, as fractions. */
  readonly observedGrowth?: number;
  readonly requiredGrowth?: number;
  /** Linear: progress so far and share of time elapsed (exact). */
  readonly progress?: Rational;
  readonly elapsed?: Rational;
  /** R = CAGR_obs / CAGR_req (growth ratio) or progress / elapsed (linear). */
  readonly ratio?: number;
  /** Value projected at the deadline at the current pace, clamped to the bounds. */
  readonly projected?: number;
  readonly projectedClamped?: boolean;
}

/**
 * The result of {@link assessProgress}.
 *
 * @example
 * ```ts
 * import { assessProgress } from '@coop/rating';
 * // a count that starts at zero: the growth form breaks, the linear form is used instead
 * const result = assessProgress([{ year: 2020, value: 0 }, { year: 2023, value: 3 }], { comparator: { kind: '>=', value: 9 }, deadline: 2025, asOf: 2023 });
 * result.status; // 'limited-progress' (a third of the way in three fifths of the time)
 * result.method; // 'linear'
 * result.fellBack; // true
 * result.warnings[0]?.code; // 'GROWTH_FORM_FALLBACK'
 * result.deadlinePassed; // false
 * ```
 */
export interface ProgressResult {
  readonly status: ProgressStatus;
  /** The trend method used, when there was a trend to measure. */
  readonly method: ProgressMethod | undefined;
  /** True when the growth-ratio form broke (a zero or non-positive value) and linear was used instead. */
  readonly fellBack: boolean;
  /** Whether the latest observation meets the comparator. */
  readonly met: boolean | undefined;
  readonly deadlinePassed: boolean;
  readonly numbers: ProgressNumbers;
  readonly thresholds: ProgressThresholds;
  readonly warnings: readonly EvaluationWarning[];
  /** One clause in each language, e.g. "on track (growth ratio R = 1.86)". */
  readonly explanation: Label;
}

/**
 * Why an indicator has no value.
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * import { computeIndicator, type NoValueReason } from '@coop/rating';
 * const result = computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, [], { year: 2024 });
 * result.status; // 'no-value'
 * const reason: NoValueReason | undefined = result.reason;
 * reason?.code; // 'empty-population' — never a division by zero
 * ```
 */
export interface NoValueReason {
  readonly code: 'empty-population' | 'all-missing' | 'skipped-by-policy' | 'zero-denominator';
  readonly side?: 'numerator' | 'denominator';
  readonly message: Label;
}

/**
 * The result of {@link computeIndicator}.
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE, rationalToNumber } from '@coop/model';
 * import { computeIndicator, type IndicatorResult } from '@coop/rating';
 * const base = { year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'X' } as const;
 * const result: IndicatorResult = computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, [
 *   { ...base, organisationId: 'a', grade: 'good' },
 *   { ...base, organisationId: 'b', grade: 'weak' },
 *   { ...base, organisationId: 'c', grade: 'fair' },
 * ], { year: 2024 });
 * result.status; // 'ok'
 * result.populationSize; // 3
 * rationalToNumber(result.value!) > 66.66; // true — exactly 200/3 %
 * result.gradesFrom?.data; // 3 — grades read from the records (no scoring sheets)
 * ```
 */
export interface IndicatorResult {
  readonly indicatorId: string;
  readonly year: number;
  readonly area: string | undefined;
  readonly unit: IndicatorUnit;
  readonly factor: number;
  /** `ok` when the value exists; `no-value` with a reason otherwise (never a division by zero). */
  readonly status: 'ok' | 'no-value';
  readonly reason?: NoValueReason;
  /** `factor × numerator ÷ denominator`, exact. */
  readonly value: Rational | undefined;
  /** The value as a number, for display only. */
  readonly display: number | undefined;
  readonly numerator: IndicatorSide;
  readonly denominator: IndicatorSide | undefined;
  /** Records in the population (after kind, sector, area, year and `where` filters). */
  readonly populationSize: number;
  /** Records missing the data, per side. */
  readonly missing: { readonly numerator: number; readonly denominator: number };
  /** Where the population's grades came from, when the indicator reads grades. */
  readonly gradesFrom: { readonly sheet: number; readonly data: number; readonly none: number } | undefined;
  /** Ids of the rulebooks that graded sheets in the population. */
  readonly rulebooks: readonly string[];
  /** The grades counted as "effective", when the indicator uses them. */
  readonly effectiveGrades: readonly Grade[] | undefined;
  /**
   * For a grade-based count or share: who was counted — eligible (a rulebook can rate them, no rule
   * exempts them), rated, unrated, exempt, out of scope (cooperative groups among them) — coverage
   * `rated ÷ eligible`, and where the grades came from (rulebook id or `data`).
   */
  readonly coverage?: GradeCoverage;
  readonly warnings: readonly EvaluationWarning[];
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
  /** Whether the unit meets the target (undefined: the unit has no value — its records lack the data). */
  readonly met: boolean | undefined;
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
  /**
   * Whether the latest value meets the comparator (undefined: no value, or the data cannot decide it —
   * a yearly-growth target with a year that cannot be measured and none below the floor).
   */
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
