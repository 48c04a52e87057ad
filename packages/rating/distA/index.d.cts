import { Comparator, Rational, Label, CivilDate, IndicatorUnit, Lang, Citation, OrganisationKind, Sector, RecordField, Grade, AreaInput, Aggregate, Indicator, YearlyRecord, Target, Plan, Issue, ParseResult } from '@coop/model';

/**
 * Comparators that judge one level value (not growth, not per-unit): `>`, `>=`, `<`, `<=`, `=`,
 * `range` or `approximately`.
 *
 * @example
 * ```ts
 * import { meetsComparator, type LevelComparator } from '@coop/rating';
 * const band: LevelComparator = { kind: 'range', min: 20, max: 25 };
 * meetsComparator(band, 25); // true — both ends are included
 * meetsComparator({ kind: 'approximately', value: 30 }, 27, 5); // true — 30 ± 5
 * ```
 */
type LevelComparator = Extract<Comparator, {
    kind: '>' | '>=' | '<' | '<=' | '=' | 'range' | 'approximately';
}>;

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
declare const PROGRESS_STATUSES: readonly ["achieved", "on-track", "needs-acceleration", "limited-progress", "deteriorating", "not-achieved", "insufficient-data", "not-applicable"];
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
type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
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
type ProgressMethod = 'linear' | 'growth-ratio';
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
interface ProgressThresholds {
    readonly onTrack: number;
    readonly acceleration: number;
    readonly deterioration: number;
}
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
declare const DEFAULT_PROGRESS_THRESHOLDS: ProgressThresholds;
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
interface ProgressPoint {
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
interface ProgressOptions {
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
interface ProgressNumbers {
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
interface ProgressResult {
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
 * The evaluation year of an `asOf` value.
 *
 * @param asOf - a civil date `YYYY-MM-DD` or a year
 * @returns the year
 * @throws CoopError `INVALID_AS_OF` for anything else
 * @example
 * ```ts
 * import { asOfYear } from '@coop/rating';
 * asOfYear('2025-06-30'); // 2025
 * ```
 */
declare const asOfYear: (asOf: CivilDate | number) => number;
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
declare const assessProgress: (points: readonly ProgressPoint[], options: ProgressOptions) => ProgressResult;

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
interface EvaluationWarning {
    readonly code: string;
    readonly message: Label;
    readonly details?: Readonly<Record<string, unknown>>;
}
/**
 * Vietnamese and English labels of the progress statuses.
 *
 * @example
 * ```ts
 * import { PROGRESS_STATUS_LABELS } from '@coop/rating';
 * PROGRESS_STATUS_LABELS['on-track'].vi; // 'đúng tiến độ'
 * PROGRESS_STATUS_LABELS['needs-acceleration'].en; // 'needs acceleration'
 * ```
 */
declare const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, Label>>;
/**
 * Formats an indicator value in its unit: `58,3 %` / `58.3 %` (at most one decimal, trailing zeros
 * dropped), money through the model's `formatVnd` (`5,2 tỷ đồng` / `VND 5.2 billion`, `/ha` for
 * VND per hectare), counts with thousands separators.
 *
 * @param value - the value (number or exact rational)
 * @param unit - the indicator unit
 * @param lang - `vi` or `en`
 * @returns the formatted value with its unit
 * @throws CoopError `INVALID_NUMBER` for a non-finite amount of money
 * @example
 * ```ts
 * import { formatIndicatorValue } from '@coop/rating';
 * formatIndicatorValue(58.333, 'percent', 'vi'); // '58,3 %'
 * formatIndicatorValue(5_200_000_000, 'vnd', 'en'); // 'VND 5.2 billion'
 * ```
 */
declare const formatIndicatorValue: (value: number | Rational, unit: IndicatorUnit, lang: Lang) => string;
/**
 * Says what a comparator asks for, in both languages: `vượt 60 %` / `exceed 60 %`.
 *
 * @param comparator - the comparator
 * @param unit - the indicator unit (for formatting thresholds)
 * @param tolerance - the tolerance used by an approximately comparator, if known
 * @returns the phrase in Vietnamese and English
 * @example
 * ```ts
 * import { comparatorPhrase } from '@coop/rating';
 * comparatorPhrase({ kind: '>', value: 60 }, 'percent').vi; // 'vượt 60 %'
 * ```
 */
declare const comparatorPhrase: (comparator: Comparator, unit: IndicatorUnit, tolerance?: number) => Label;
/**
 * Joins clauses into one line per language (`; ` between clauses).
 *
 * @param parts - the clauses, in order (undefined entries are dropped)
 * @returns one line in Vietnamese and one in English
 * @example
 * ```ts
 * import { joinExplanation } from '@coop/rating';
 * joinExplanation([{ vi: 'a', en: 'a' }, undefined, { vi: 'b', en: 'b' }]); // { vi: 'a; b', en: 'a; b' }
 * ```
 */
declare const joinExplanation: (parts: ReadonlyArray<Label | undefined>) => Label;

/**
 * A condition on one record field, in the same vocabulary as the indicator conditions of
 * `@coop/model`: `{ field, eq }` for an equality (`{ field: 'sanctioned', eq: true }`), or a range with
 * explicit edges (`{ field: 'monthsOperating', lt: 12 }`, `{ field: 'monthsSuspended', gt: 3 }`).
 * A range may combine one lower (`gt` / `gte`) and one upper (`lt` / `lte`) edge; all given edges must
 * hold. When the field is absent from the record the condition is *unknown* (missing is not zero).
 *
 * @example
 * ```ts
 * import { type RuleCondition, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const when: RuleCondition = { field: 'monthsSuspended', gt: 3 };
 * ```
 */
type RuleCondition = {
    readonly field: RecordField;
    readonly eq: boolean | number | string;
} | {
    readonly field: RecordField;
    readonly gt?: number;
    readonly gte?: number;
    readonly lt?: number;
    readonly lte?: number;
};
/**
 * One band of a scale, with explicit edges: `gte` / `gt` for the lower edge (inclusive / exclusive),
 * `lt` / `lte` for the upper edge (exclusive / inclusive). A missing edge means "unbounded" on that
 * side. Consecutive bands must meet exactly: one side's edge inclusive, the other's exclusive.
 *
 * @example
 * ```ts
 * import { type BandEdges, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const fair: BandEdges = { gte: 65, lt: 80 }; // 65 ≤ total < 80
 * ```
 */
interface BandEdges {
    readonly gte?: number;
    readonly gt?: number;
    readonly lt?: number;
    readonly lte?: number;
}
/**
 * A tier band: the points a criterion earns while its measure lies in the band.
 *
 * @example
 * ```ts
 * import { type TierBand, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const band: TierBand = { gte: 100, lt: 120, points: 4 };
 * ```
 */
interface TierBand extends BandEdges {
    readonly points: number;
    readonly label?: Label;
}
/**
 * What a tiered criterion measures: one numeric record field, or the ratio of two numeric fields
 * (`unit: 'percent'` multiplies the ratio by 100, so band edges read as percentages). A ratio whose
 * denominator is zero or negative cannot be measured (the criterion then falls back to the sheet).
 *
 * @example
 * ```ts
 * import { type TierMeasure, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const measure: TierMeasure = { numerator: 'revenue', denominator: 'plannedRevenue', unit: 'percent' };
 * ```
 */
type TierMeasure = {
    readonly field: RecordField;
} | {
    readonly numerator: RecordField;
    readonly denominator: RecordField;
    readonly unit: 'percent' | 'ratio';
};
/**
 * A case checked before the bands, e.g. "no after-tax profit → 0 points"
 * (`{ when: { field: 'afterTaxProfit', lte: 0 }, points: 0 }`). Cases are tried in order; the first
 * that holds gives the points. A case whose field is absent makes the criterion not computable.
 *
 * @example
 * ```ts
 * import { type TierCase, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const noProfit: TierCase = { when: { field: 'afterTaxProfit', lte: 0 }, points: 0 };
 * ```
 */
interface TierCase {
    readonly when: RuleCondition;
    readonly points: number;
    readonly label?: Label;
    readonly citation?: Citation;
}
/**
 * How a criterion's points are computed from the record (Circular 09/2017 criterion 1, for example).
 *
 * @example
 * ```ts
 * import { type Tiers, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const tiers: Tiers | undefined = CIRCULAR_09_2017.groups[0]?.criteria[0]?.criteria?.[1]?.tiers;
 * tiers?.bands.length; // 4
 * ```
 */
interface Tiers {
    readonly measure: TierMeasure;
    readonly cases?: readonly TierCase[];
    /** Exhaustive, contiguous bands from −∞ to +∞, lowest first. */
    readonly bands: readonly TierBand[];
    readonly citation: Citation;
    /** How the text was read (e.g. what "income" means). */
    readonly note?: string;
}
/**
 * A criterion (or a sub-criterion when nested). `max` is the criterion's maximum in points; `null` or
 * absent means the maximum is not known (the group cap still applies). Sub-criteria must add up to
 * the criterion's maximum when every maximum is known.
 *
 * @example
 * ```ts
 * import { type RulebookCriterion, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const capital: RulebookCriterion | undefined = CIRCULAR_01_2020.groups[0]?.criteria[0];
 * capital?.max; // 7
 * ```
 */
interface RulebookCriterion {
    readonly id: string;
    readonly title: Label;
    readonly max?: number | null;
    /** Sub-criteria (one level only). */
    readonly criteria?: readonly RulebookCriterion[];
    /** Points computed from record fields, when the record has them (leaf criteria only). */
    readonly tiers?: Tiers;
    readonly citation?: Citation;
    readonly note?: string;
}
/**
 * A group of criteria with a cap: the group contributes at most `cap` points. `cap: null` means "no
 * stated cap" (the criteria maxima then bound the group). `derived: true` marks a cap that the text
 * does not state for the group but that follows from other confirmed numbers (explained in `note`).
 *
 * @example
 * ```ts
 * import { type RulebookGroup, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const third: RulebookGroup | undefined = CIRCULAR_01_2020.groups[2];
 * third?.cap; // 40
 * ```
 */
interface RulebookGroup {
    readonly id: string;
    readonly title: Label;
    readonly cap: number | null;
    readonly derived?: boolean;
    readonly criteria: readonly RulebookCriterion[];
    readonly citation?: Citation;
    readonly note?: string;
}
/**
 * A grade band over the total, e.g. `{ grade: 'good', gte: 80 }`.
 *
 * @example
 * ```ts
 * import { type GradeBand, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const good: GradeBand | undefined = CIRCULAR_01_2020.grades[0];
 * good?.gte; // 80
 * ```
 */
interface GradeBand extends BandEdges {
    readonly grade: Grade;
    readonly citation?: Citation;
}
/**
 * A rule under which an organisation is not rated at all (e.g. operated under 12 months).
 *
 * @example
 * ```ts
 * import { type NotRatedRule, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const rule: NotRatedRule | undefined = CIRCULAR_01_2020.notRated[0];
 * rule?.code; // 'operating-under-12-months'
 * ```
 */
interface NotRatedRule {
    /** Stable reason code reported in `GradeResult.reason.code`. */
    readonly code: string;
    readonly when: RuleCondition;
    readonly label: Label;
    readonly citation: Citation;
}
/**
 * A rule that forces a grade whatever the points, e.g. "sanctioned in the year → weak". When several
 * overrides fire, the worst forced grade applies; every override that fired is reported.
 *
 * @example
 * ```ts
 * import { type OverrideRule, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const rule: OverrideRule | undefined = CIRCULAR_09_2017.overrides[0];
 * rule?.grade; // 'weak'
 * ```
 */
interface OverrideRule {
    readonly code: string;
    readonly when: RuleCondition;
    readonly grade: Grade;
    readonly label: Label;
    readonly citation: Citation;
}
/**
 * Who a rulebook applies to: organisation kinds and sectors (`'all'`), minus excluded sectors.
 * An organisation outside the scope is reported as `not-rated` with reason `out-of-scope`.
 *
 * @example
 * ```ts
 * import { type RulebookScope, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const scope: RulebookScope = CIRCULAR_01_2020.scope;
 * scope.excludeSectors?.[0]; // 'finance'
 * ```
 */
interface RulebookScope {
    readonly kinds: readonly OrganisationKind[];
    readonly sectors: readonly Sector[] | 'all';
    readonly excludeSectors?: readonly Sector[];
    readonly citation: Citation;
    readonly note?: string;
}
/**
 * A rulebook: a scorecard fixed by a legal text, as validated data. Build your own with
 * `defineRulebook`; the built-ins are `CIRCULAR_01_2020` and `CIRCULAR_09_2017`.
 *
 * Validity: `effectiveFrom` is the first day in force, `effectiveTo` the last (absent: no end known).
 * A rulebook is *in force for an evaluation year* when it is in force on 31 December of that year.
 *
 * @example
 * ```ts
 * import { type Rulebook, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const rulebook: Rulebook = CIRCULAR_01_2020;
 * rulebook.effectiveTo; // '2025-09-17'
 * ```
 */
interface Rulebook {
    readonly id: string;
    readonly title: Label;
    readonly issuer: Label;
    /** Document number, e.g. `01/2020/TT-BKHĐT`. */
    readonly document: string;
    readonly citation: Citation;
    readonly effectiveFrom: CivilDate;
    readonly effectiveTo?: CivilDate;
    /** The text that ended it, when known. */
    readonly endedBy?: Citation;
    readonly scope: RulebookScope;
    /** The stated total of the scorecard (100 for both circulars). */
    readonly total: number;
    readonly groups: readonly RulebookGroup[];
    /** Grade bands over `[0, total]`, best grade first. */
    readonly grades: readonly GradeBand[];
    readonly notRated: readonly NotRatedRule[];
    readonly overrides: readonly OverrideRule[];
    /** Remarks on what is confirmed, partial or derived. */
    readonly notes?: readonly string[];
}

declare const EVALUATION_CACHE: unique symbol;
/**
 * A memo shared by the evaluations of one plan (or any batch) over the same records array: the array is
 * split by year once (the fields the indicators read are packed into per-year columns in the same
 * pass), each record is graded at most once, each condition is decided once per record, and each
 * (population, year, area) is filtered once. Create one with {@link createEvaluationCache}; it is opaque
 * (only a cache made by `createEvaluationCache` is accepted). It holds references to your records
 * (never copies of them) plus those columns, and is keyed weakly on your arrays. The cache is
 * identity-based: do not mutate records, indicators or area lists between calls that share it.
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE, type YearlyRecord } from '@coop/model';
 * import { computeIndicator, createEvaluationCache, type EvaluationCache } from '@coop/rating';
 * const records: YearlyRecord[] = [
 *   { organisationId: 'a', year: 2023, kind: 'cooperative', sector: 'trade-services', areaCode: 'X', grade: 'good' },
 *   { organisationId: 'a', year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'X', grade: 'weak' },
 * ];
 * const cache: EvaluationCache = createEvaluationCache(); // records are grouped by year once for both calls
 * computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, records, { year: 2023, cache }).display; // 100
 * computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, records, { year: 2024, cache }).display; // 0
 * ```
 */
interface EvaluationCache {
    readonly [EVALUATION_CACHE]: true;
}
/**
 * Creates an empty {@link EvaluationCache}.
 *
 * @returns a new cache
 * @example
 * ```ts
 * import { createEvaluationCache } from '@coop/rating';
 * const cache = createEvaluationCache(); // pass as `cache` to computeIndicator / evaluateTarget
 * ```
 */
declare const createEvaluationCache: () => EvaluationCache;
/**
 * An external input value: a number, an exact decimal string, a bigint or a rational.
 *
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import type { ExternalValue } from '@coop/rating';
 * const farmHouseholds: ExternalValue[] = [412_000, '412000', 412_000n, rational(412_000)]; // all the same value
 * farmHouseholds.length; // 4
 * ```
 */
type ExternalValue = number | bigint | string | Rational;
/**
 * External inputs by name (e.g. `farmHouseholds`, `population`): one value, or one value per year
 * (`{ byYear: { 2024: 412_000 } }`).
 *
 * @example
 * ```ts
 * import { AG_MEMBER_HOUSEHOLD_SHARE } from '@coop/model';
 * import { computeIndicator, type ExternalContext } from '@coop/rating';
 * // member households of agricultural co-ops ÷ the province's farm households (not in co-op data)
 * const context: ExternalContext = { farmHouseholds: { byYear: { 2024: 4_000 } } };
 * const base = { year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X' } as const;
 * const result = computeIndicator(AG_MEMBER_HOUSEHOLD_SHARE, [
 *   { ...base, organisationId: 'a', memberHouseholds: 300 },
 *   { ...base, organisationId: 'b', memberHouseholds: 900 },
 * ], { year: 2024, context });
 * result.display; // 30 — 1 200 of 4 000 households
 * ```
 */
type ExternalContext = Readonly<Record<string, ExternalValue | {
    readonly byYear: Readonly<Record<number, ExternalValue>>;
}>>;
/**
 * Narrowing of the population by a target's scope (kinds and sectors intersect the indicator's).
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * import { computeIndicator, type PopulationScope } from '@coop/rating';
 * const base = { year: 2024, sector: 'agriculture-crop', areaCode: 'X' } as const;
 * const records = [
 *   { ...base, organisationId: 'a', kind: 'cooperative', grade: 'good' },
 *   { ...base, organisationId: 'b', kind: 'cooperative', grade: 'weak' },
 *   { ...base, organisationId: 'g', kind: 'cooperative-group', grade: 'fair' },
 * ] as const;
 * computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, records, { year: 2024 }).populationSize; // 3
 * const scope: PopulationScope = { kinds: ['cooperative'] }; // co-ops only
 * computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, records, { year: 2024, scope }).display; // 50
 * ```
 */
interface PopulationScope {
    readonly kinds?: readonly OrganisationKind[];
    readonly sectors?: readonly Sector[];
}
/**
 * Options of {@link computeIndicator}.
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * import { computeIndicator, type ComputeIndicatorOptions } from '@coop/rating';
 * const areas = [
 *   { code: 'P', name: { vi: 'Tỉnh', en: 'Province' }, level: 'province' },
 *   { code: 'D1', name: { vi: 'Huyện 1', en: 'District 1' }, level: 'district', parent: 'P' },
 * ] as const;
 * const options: ComputeIndicatorOptions = { year: 2024, area: 'P', areas }; // D1 lies within P
 * const records = [
 *   { organisationId: 'a', year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'D1', grade: 'fair' },
 * ] as const;
 * computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, records, options).display; // 100
 * ```
 */
interface ComputeIndicatorOptions {
    /** The year whose records form the population. */
    readonly year: number;
    /** Only records coded with this area or covered by it (see the area rules in the module docs). */
    readonly area?: string;
    /** The area list used to resolve sub-areas and the 2025 successor mapping. */
    readonly areas?: readonly AreaInput[];
    /** External inputs by name. */
    readonly context?: ExternalContext;
    /** Rulebooks used to grade scoring sheets (default: the built-in rulebooks). */
    readonly rulebooks?: readonly Rulebook[];
    /** Grades that count as "effective" for `{ grade: 'effective' }` (default good, fair). */
    readonly effectiveGrades?: readonly Grade[];
    /** A target's scope, narrowing kinds and sectors. */
    readonly scope?: PopulationScope;
    /** A memo shared across calls (see {@link createEvaluationCache}). */
    readonly cache?: EvaluationCache;
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
interface NoValueReason {
    readonly code: 'empty-population' | 'all-missing' | 'skipped-by-policy' | 'zero-denominator';
    readonly side?: 'numerator' | 'denominator';
    readonly message: Label;
}
/**
 * One side (numerator or denominator) of a computed indicator.
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * import { computeIndicator, type IndicatorSide } from '@coop/rating';
 * const base = { year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'X' } as const;
 * const result = computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, [
 *   { ...base, organisationId: 'a', grade: 'good' },
 *   { ...base, organisationId: 'b' }, // no grade: missing, not "not good"
 * ], { year: 2024 });
 * const numerator: IndicatorSide = result.numerator;
 * numerator.op; // 'count'
 * numerator.records; // 1
 * numerator.missing; // 1
 * ```
 */
interface IndicatorSide {
    /** The aggregate: `count`, `sum`, `mean` or `external`. */
    readonly op: Aggregate['op'];
    /** `ok`: a value; `skipped`: the missing-value policy (or an empty sub-population) left no value. */
    readonly status: 'ok' | 'skipped';
    /** Why the side has no value. */
    readonly reason?: 'any-missing' | 'all-missing' | 'no-records';
    /** The count, the sum, the mean, or the external input. */
    readonly value: Rational | undefined;
    /** For a mean: the sum it divides (the total the population would have to change). */
    readonly total?: Rational;
    /** Records that contributed to the value. */
    readonly records: number;
    /** Records that lacked the field (or for which the `where` condition could not be decided). */
    readonly missing: number;
    /** The dotted field read by a sum or mean. */
    readonly field?: string;
    /** The external input read, for `op: 'external'`. */
    readonly input?: string;
}
/**
 * The result of {@link computeIndicator}.
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE, rationalToNumber } from '@coop/model';
 * import { computeIndicator, type IndicatorResult } from '@coop/rating';
 * const base = { year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'X' } as const;
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
interface IndicatorResult {
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
    readonly missing: {
        readonly numerator: number;
        readonly denominator: number;
    };
    /** Where the population's grades came from, when the indicator reads grades. */
    readonly gradesFrom: {
        readonly sheet: number;
        readonly data: number;
        readonly none: number;
    } | undefined;
    /** Ids of the rulebooks that graded sheets in the population. */
    readonly rulebooks: readonly string[];
    /** The grades counted as "effective", when the indicator uses them. */
    readonly effectiveGrades: readonly Grade[] | undefined;
    readonly warnings: readonly EvaluationWarning[];
}
/**
 * Computes an indicator (`factor × numerator ÷ denominator`) over the records of one year, exactly.
 *
 * The population is the records of `year` whose kind and sector match the indicator (and the target
 * `scope`, which only narrows), whose area is `area` or covered by it, and that satisfy the
 * population's `where`. Area coverage: a record counts for an area when its code is the area or lies
 * within it through `parent` links; when the area list says so, a pre-July-2025 code counts for its
 * successor area (every successor of the nearest reorganised ancestor lies within the area) and a
 * post-reform code counts for a former area (every predecessor lies within it). Without `areas`, only
 * records coded exactly with `area` count (a warning says so).
 *
 * Grades are read from each record's scoring sheet through the rulebook it names (via `grade`), else
 * from `record.grade`; each record of a records array is graded at most once per cache. An empty population gives
 * `status: 'no-value'` with reason `empty-population`, never a division by zero.
 *
 * @param indicator - the indicator (parsed: defaults applied)
 * @param records - organisation-year records (not mutated, not copied)
 * @param options - year, area, areas, context, rulebooks, effective grades, scope, cache
 * @returns the exact value with its numerator, denominator, missing counts and grade sources
 * @throws CoopError `MISSING_EXTERNAL_INPUT` (naming the input and the indicator) when a side reads an
 *   external input absent from `context`; `INVALID_INDICATOR` (issues from `parseIndicator`),
 *   `INVALID_ARGUMENT` (records not an array), `INVALID_RECORD` (index and field of a record that fails the
 *   structural check: identity fields, finite numbers, booleans — `null` or `NaN` is invalid, an absent
 *   field is missing data —, or whose sheet has a non-number at a criterion of the rulebook grading it:
 *   `sheet.points.<id>`), `INVALID_OPTIONS` / `INVALID_AREAS` for bad options; `details.issues` lists
 *   the problems with their paths
 * @example
 * ```ts
 * import { IndicatorSchema, rationalToNumber } from '@coop/model';
 * import { computeIndicator } from '@coop/rating';
 * const indicator = IndicatorSchema.parse({
 *   id: 'linked-share', label: { vi: 'Tỷ lệ HTX liên kết', en: 'Share of linked co-ops' },
 *   population: { kinds: ['cooperative'] },
 *   numerator: { op: 'count', where: { field: 'flags.valueChainLinkage', eq: true } },
 *   denominator: { op: 'count' }, factor: 100, unit: 'percent', direction: 'higher-is-better',
 * });
 * const base = { kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X', year: 2024 } as const;
 * const result = computeIndicator(indicator, [
 *   { ...base, organisationId: 'a', flags: { valueChainLinkage: true } },
 *   { ...base, organisationId: 'b', flags: { valueChainLinkage: false } },
 * ], { year: 2024 });
 * rationalToNumber(result.value!); // 50
 * ```
 */
declare const computeIndicator: (indicator: Indicator, records: readonly YearlyRecord[], options: ComputeIndicatorOptions) => IndicatorResult;

/**
 * What a gap amount counts.
 *
 * @example
 * ```ts
 * import { targetGap, type GapUnit } from '@coop/rating';
 * // mean revenue ≥ 5 bn VND: two co-ops with 9 bn in all fall 1 bn short in total
 * const unit: GapUnit = 'vnd';
 * const gap = targetGap({ kind: '>=', value: 5_000_000_000 }, { numerator: 9_000_000_000, denominator: 2, unit, basis: 'population-total' });
 * gap.kind === 'change' && gap.amount; // 1000000000n
 * gap.kind === 'change' && gap.unit; // 'vnd'
 * ```
 */
type GapUnit = 'organisations' | 'vnd' | 'members' | 'households' | 'persons' | 'hectares' | 'units';
/**
 * How far a target is from holding, in the target's own terms:
 * - `met`: nothing to do;
 * - `change`: the least whole `amount` of the numerator (organisations for a share, VND for a mean's
 *   population total …) to add (`more`) or remove (`fewer`) with today's denominator;
 * - `distance`: the value must move by `distance` to `boundary` (non-integral quantities, growth);
 * - `unreachable`: no whole change can make it hold (the band holds no whole number, or it would need
 *   more than the whole population);
 * - `units`: the failing units of a per-unit target; `years`: the years below a yearly-growth floor;
 * - `not-computable`: there is no value to measure from.
 * `boundary` is the comparator's edge in the indicator's unit and `distance` = |boundary − value|.
 *
 * @example
 * ```ts
 * import { targetGap, type TargetGap } from '@coop/rating';
 * const say = (gap: TargetGap): string =>
 *   gap.kind === 'met' ? 'met'
 *   : gap.kind === 'change' ? `${gap.amount} ${gap.change} ${gap.unit}`
 *   : gap.kind;
 * say(targetGap({ kind: '>', value: 60 }, { numerator: 6, denominator: 10, factor: 100, limit: 10 })); // '1 more organisations'
 * say(targetGap({ kind: 'range', min: 20, max: 25 }, { numerator: 27 })); // '2 fewer organisations'
 * say(targetGap({ kind: '>=', value: 60 }, { numerator: 7, denominator: 10, factor: 100 })); // 'met'
 * ```
 */
type TargetGap = {
    readonly kind: 'met';
} | {
    readonly kind: 'change';
    readonly change: 'more' | 'fewer';
    readonly amount: bigint;
    readonly unit: GapUnit;
    /** `numerator`: the numerator itself changes; `population-total`: a mean's total over the population. */
    readonly basis: 'numerator' | 'population-total';
    readonly boundary: Rational;
    readonly distance: Rational;
} | {
    readonly kind: 'distance';
    readonly change: 'more' | 'fewer';
    readonly boundary: Rational;
    readonly distance: Rational;
} | {
    readonly kind: 'unreachable';
    readonly reason: Label;
    readonly boundary: Rational;
    readonly distance: Rational;
} | {
    readonly kind: 'units';
    readonly failing: readonly string[];
    readonly meeting: number;
    readonly total: number;
} | {
    readonly kind: 'years';
    readonly failing: readonly number[];
} | {
    readonly kind: 'not-computable';
    readonly reason: Label;
};
/**
 * The quantities behind a value `factor × numerator ÷ denominator`.
 *
 * @example
 * ```ts
 * import { targetGap, type GapQuantities } from '@coop/rating';
 * // 6 of 10 co-ops good or fair, as a percentage; at most all 10 can be
 * const quantities: GapQuantities = { numerator: 6, denominator: 10, factor: 100, limit: 10 };
 * const gap = targetGap({ kind: '>', value: 60 }, quantities);
 * gap.kind === 'change' && gap.amount; // 1n — 7 of 10 is over 60 %
 * targetGap({ kind: '>', value: 60 }, { ...quantities, integral: false }).kind; // 'distance'
 * ```
 */
interface GapQuantities {
    /** The numerator quantity (a count, a sum, or a mean's population total). */
    readonly numerator: Rational | number | bigint | string;
    /** The divisor (the denominator, or the record count of a mean); default 1. */
    readonly denominator?: Rational | number | bigint | string;
    /** The indicator factor (100 for a percentage); default 1. */
    readonly factor?: number;
    /** The largest the numerator can be (a share's denominator: at most every organisation). */
    readonly limit?: Rational | number | bigint | string;
    /** Whether the numerator moves in whole steps (organisations, VND); default true. */
    readonly integral?: boolean;
    /**
     * Whether the numerator can be negative (a total of after-tax profits can; a count of organisations
     * cannot); default false: a change that would take it below zero is `unreachable`.
     */
    readonly signed?: boolean;
    /** What the numerator counts (reported back); default `organisations`. */
    readonly unit?: GapUnit;
    /** Reported back: `population-total` for a mean. */
    readonly basis?: 'numerator' | 'population-total';
}
/**
 * The least change to a numerator that makes a level comparator hold with today's denominator.
 *
 * For "more than 60 %" of 10 co-ops with 6 good or fair, 7 are needed: the gap is 1 more. The answer
 * is exact and minimal: with `amount` the target holds, with `amount − 1` it does not. For `<`, `<=`
 * and `= 0` targets the change is "fewer". For ranges and approximately, the nearest edge is aimed at.
 *
 * @param comparator - `>`, `>=`, `<`, `<=`, `=`, `range` or `approximately`
 * @param quantities - numerator, denominator, factor (and optional limit, unit)
 * @param options - `tolerance` for an approximately comparator without its own
 * @returns the gap (see {@link TargetGap})
 * @throws CoopError `MISSING_TOLERANCE` for an approximately comparator without any tolerance;
 *   `INVALID_ARGUMENT` (with `details.issues`) for a malformed comparator, quantity or option
 * @example
 * ```ts
 * import { targetGap } from '@coop/rating';
 * targetGap({ kind: '>', value: 60 }, { numerator: 6, denominator: 10, factor: 100, limit: 10 });
 * // { kind: 'change', change: 'more', amount: 1n, unit: 'organisations', … }
 * ```
 */
declare const targetGap: (comparator: LevelComparator, quantities: GapQuantities, options?: {
    readonly tolerance?: number;
}) => TargetGap;

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
interface SeriesPointInput {
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
interface SeriesObservation {
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
type TargetObservations = readonly YearlyRecord[] | SeriesObservation;
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
interface EvaluateTargetOptions {
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
    readonly areas?: readonly AreaInput[] | {
        readonly areas: readonly AreaInput[];
    };
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
interface TargetSeriesPoint {
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
interface UnitResult {
    readonly code: string;
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
interface TargetResult {
    readonly targetId: string;
    readonly indicatorId: string;
    readonly label: Label;
    /** One of the fixed status vocabulary. */
    readonly status: ProgressStatus;
    /** Whether the latest value meets the comparator (undefined: no value). */
    readonly met: boolean | undefined;
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
    readonly tolerance?: {
        readonly value: number;
        readonly source: 'target' | 'option';
    };
    readonly gap: TargetGap;
    /** The progress method used, `comparison` when only the comparator decided, undefined without a value. */
    readonly method: ProgressMethod | 'comparison' | undefined;
    readonly progress: ProgressResult | undefined;
    /** The yearly values the target was judged on (levels, in the indicator's unit). */
    readonly series: readonly TargetSeriesPoint[];
    /** The latest year's indicator computation (records only). */
    readonly indicator: IndicatorResult | undefined;
    /** Growth vs a baseline. */
    readonly growth?: {
        readonly baselineYear: number;
        readonly baseline: Rational;
        readonly current: Rational;
        readonly percent: Rational | undefined;
    };
    /** Yearly growth: each year's growth (%) and the compound rate over the period (float). */
    readonly yearlyGrowth?: {
        readonly fromYear: number;
        readonly years: readonly {
            readonly year: number;
            readonly percent: Rational | undefined;
            readonly met: boolean | undefined;
        }[];
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
declare const meetsComparator: (comparator: LevelComparator, value: Rational | number | string, tolerance?: number) => boolean;
/**
 * Evaluates one target: is it met now (exactly), how far is it (in its own terms), and will it be met
 * by the deadline at this pace.
 *
 * Observations are records (the indicator is computed for every year present up to `asOf`) or an
 * already-aggregated series. Comparators: `>`, `>=`, `<`, `<=`, `=`, `range`, `approximately` (the
 * tolerance is the target's, else `options.tolerance`, else `MISSING_TOLERANCE`; the result reports
 * which), `growth` (vs a baseline year: the comparator's, the target's, else `options.baselineYear`,
 * else `MISSING_BASELINE`), `yearly-growth` (every year's growth and the compound rate) and
 * `every-unit` (the units are the sub-areas of the target's area at the comparator's level, from
 * `areas`; a unit without records counts 0 for a count or sum and fails otherwise; without an area
 * list the distinct area codes present are used, with a warning).
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
 *   `UNKNOWN_INDICATOR`, `INDICATOR_MISMATCH`, `SERIES_NOT_SUPPORTED` (per-unit targets need records);
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
declare const evaluateTarget: (target: Target, observations: TargetObservations, options: EvaluateTargetOptions) => TargetResult;

/**
 * The data a plan is evaluated on.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type PlanData } from '@coop/rating';
 * // no records yet, but the province's statistics give one target as a series
 * const data: PlanData = {
 *   series: { 'good-or-fair-share': { kind: 'series', points: [{ year: 2023, value: 55 }, { year: 2024, value: 58 }] } },
 * };
 * const evaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), data, { asOf: '2024-12-31' });
 * evaluation.summary.evaluated; // 1
 * evaluation.summary.notEvaluated; // 5 — the other targets have no observations (NO_OBSERVATIONS)
 * ```
 */
interface PlanData {
    /** Organisation-year records (used by every target without a series). */
    readonly records?: readonly YearlyRecord[];
    /** Already-aggregated series by target id (or `planId/targetId` for an inherited target). */
    readonly series?: Readonly<Record<string, SeriesObservation>>;
    /** Area list (or an area index with `areas`). */
    readonly areas?: readonly AreaInput[] | {
        readonly areas: readonly AreaInput[];
    };
}
/**
 * Options of {@link evaluatePlan}.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type EvaluatePlanOptions } from '@coop/rating';
 * const options: EvaluatePlanOptions = {
 *   asOf: '2025-06-30',
 *   tolerance: { 'managers-trained-share': 5 }, // "khoảng 30%": the text gives no tolerance
 *   includeParents: true, // also the targets of Resolution 106/NQ-CP, which the plan implements
 * };
 * const evaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, options);
 * evaluation.plans[0]; // 'thai-nguyen-42-2024'
 * evaluation.plans.length > 1; // true
 * ```
 */
interface EvaluatePlanOptions extends Omit<EvaluateTargetOptions, 'indicator' | 'tolerance' | 'baselineYear' | 'areas' | 'cache'> {
    /** Also evaluate the targets of the plans this one implements (nearest first). */
    readonly includeParents?: boolean;
    /** Plans to find parents in (default: the built-in catalog). */
    readonly plans?: readonly Plan[];
    /** Tolerance for approximately targets: one for all, or by target id (`targetId` or `planId/targetId`). */
    readonly tolerance?: number | Readonly<Record<string, number>>;
    /** Baseline year: one for all, or by target id. Falls back to each plan's `baseYear` (with a warning for growth targets). */
    readonly baselineYear?: number | Readonly<Record<string, number>>;
    /** A memo shared with other evaluations (one is created per call otherwise). */
    readonly cache?: EvaluationCache;
}
/**
 * Why a target could not be evaluated: a typed code (the `CoopError` code), a message and details.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type TargetError } from '@coop/rating';
 * const evaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, { asOf: '2025-06-30' });
 * const errors: TargetError[] = evaluation.entries.flatMap((e) => (e.ok ? [] : [e.error]));
 * errors.length; // 1
 * errors[0]?.code; // 'MISSING_TOLERANCE' — "about 30 %" needs a tolerance
 * ```
 */
interface TargetError {
    readonly code: string;
    readonly message: Label;
    readonly details: Readonly<Record<string, unknown>>;
}
/**
 * One target of a plan evaluation: its result, or the error that kept it from being evaluated.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type PlanTargetEntry } from '@coop/rating';
 * const evaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, { asOf: '2025-06-30' });
 * const line = (entry: PlanTargetEntry): string =>
 *   entry.ok ? `${entry.targetId}: ${entry.result.status}` : `${entry.targetId}: ${entry.error.code}`;
 * line(evaluation.entries[0]!); // 'good-or-fair-share: not-applicable'
 * line(evaluation.entries[4]!); // 'managers-trained-share: MISSING_TOLERANCE'
 * ```
 */
type PlanTargetEntry = {
    readonly ok: true;
    readonly planId: string;
    readonly targetId: string;
    readonly inherited: boolean;
    readonly target: Target;
    readonly result: TargetResult;
} | {
    readonly ok: false;
    readonly planId: string;
    readonly targetId: string;
    readonly inherited: boolean;
    readonly target: Target;
    readonly error: TargetError;
};
/**
 * Counts of a plan evaluation. `total = evaluated + notEvaluated`; nothing is skipped silently.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan } from '@coop/rating';
 * const { summary } = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, { asOf: '2025-06-30' });
 * summary.total; // 6
 * summary.notEvaluated; // 1
 * summary.byStatus['not-applicable']; // 5 — no records: never a silent zero
 * summary.unknown; // 5
 * ```
 */
interface PlanSummary {
    readonly total: number;
    readonly evaluated: number;
    /** Targets with an error entry (missing input, tolerance, baseline, indicator or observations). */
    readonly notEvaluated: number;
    readonly byStatus: Readonly<Record<ProgressStatus, number>>;
    /** achieved + on-track. */
    readonly onTrack: number;
    /** needs-acceleration + limited-progress + deteriorating + not-achieved. */
    readonly offTrack: number;
    /** insufficient-data + not-applicable. */
    readonly unknown: number;
}
/**
 * The result of {@link evaluatePlan}.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type PlanEvaluation } from '@coop/rating';
 * const evaluation: PlanEvaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, { asOf: '2025-06-30' });
 * evaluation.planId; // 'thai-nguyen-42-2024'
 * evaluation.entries.length; // 6
 * evaluation.explanation.en.endsWith('6 targets — 5 not applicable, 1 not evaluated'); // true
 * ```
 */
interface PlanEvaluation {
    readonly planId: string;
    /** The plans evaluated: this one, then its ancestors when `includeParents`. */
    readonly plans: readonly string[];
    readonly entries: readonly PlanTargetEntry[];
    readonly summary: PlanSummary;
    readonly warnings: readonly EvaluationWarning[];
    readonly explanation: Label;
}
/**
 * Evaluates every target of a plan (and, with `includeParents`, the targets of the plans it
 * implements, nearest first) and summarises them by status.
 *
 * Nothing is skipped silently: a target that cannot be evaluated — a missing external input, an
 * "about X" target without a tolerance, a growth target without a baseline year, an unknown indicator,
 * no observations — gets an entry with `ok: false` and a typed `error` (`code` is the `CoopError`
 * code, e.g. `MISSING_EXTERNAL_INPUT`), and is counted in `summary.notEvaluated`; the other targets are
 * still evaluated. The status vocabulary of results is unchanged. Other exceptions (bugs) propagate.
 *
 * Every target shares one evaluation cache: the records are read once for every field the targets'
 * indicators need, each record is graded once, each condition decided once per record, and each
 * population filtered once per (indicator population, year, area).
 *
 * @param plan - the plan
 * @param data - records, series by target id, areas
 * @param options - asOf, context, includeParents, tolerance, baselineYear, area, thresholds …
 * @returns each target's entry, the summary and a one-line explanation
 * @throws CoopError before any target is evaluated, with `details.issues` (paths): `INVALID_PLAN`
 *   (from `parsePlan`), `INVALID_ARGUMENT` (data not an object, records not an array),
 *   `INVALID_RECORD` (`details.index` and `details.field`; see `evaluateTarget`), `INVALID_SERIES`,
 *   `INVALID_AREAS` (the data's area list), `INVALID_OPTIONS` (including an unknown key, and a parent plan in `plans` that
 *   fails `parsePlan`)
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan } from '@coop/rating';
 * const evaluation = evaluatePlan(getPlan('mard-2803-2023'), { records: [] }, { asOf: '2024-12-31' });
 * evaluation.summary.total; // 6
 * evaluation.summary.byStatus['not-applicable']; // 6 — no records
 * ```
 */
declare const evaluatePlan: (plan: Plan, data: PlanData, options: EvaluatePlanOptions) => PlanEvaluation;
/**
 * Evaluates several plans over the same data and options, as {@link evaluatePlan} does for each, in
 * order — but the records are checked, and every field that any of the plans' indicators reads is
 * read, in ONE pass: evaluating the plans one by one, even with a shared `cache`, reads the fields each
 * later plan adds in a further pass over the records. Each plan gets its own evaluation (entries,
 * summary, warnings); per-target options (`tolerance`, `baselineYear`) are looked up by
 * `planId/targetId`, then by target id.
 *
 * @param plans - the plans (an array)
 * @param data - records, series by target id, areas (shared by every plan)
 * @param options - as for {@link evaluatePlan} (shared by every plan)
 * @returns one evaluation per plan, in the order given
 * @throws CoopError as {@link evaluatePlan} does (a plan that fails `parsePlan` is `INVALID_PLAN` with
 *   its index first in every issue path), and `INVALID_ARGUMENT` when `plans` is not an array
 * @example
 * ```ts
 * import { PLANS } from '@coop/model';
 * import { evaluatePlans } from '@coop/rating';
 * const evaluations = evaluatePlans(PLANS, { records: [] }, { asOf: '2024-12-31' });
 * evaluations.length === PLANS.length; // true
 * evaluations[0]?.planId === PLANS[0]?.id; // true
 * ```
 */
declare const evaluatePlans: (plans: readonly Plan[], data: PlanData, options: EvaluatePlanOptions) => PlanEvaluation[];

/**
 * A reported completion of a task (for an every-year task, `year` says which year's round it completes).
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks, type TaskCompletion } from '@coop/rating';
 * const done: TaskCompletion[] = [{ taskId: 'I.1', completedOn: '2021-06-01' }];
 * const tracking = trackTasks(getPlan('resolution-134-2020'), done, { asOf: '2024-12-31' });
 * tracking.tasks.find((t) => t.taskId === 'I.1')?.status; // 'done'
 * ```
 */
interface TaskCompletion {
    readonly taskId: string;
    /** The round completed (every-year tasks); defaults to the year of `completedOn`. */
    readonly year?: number;
    readonly completedOn: CivilDate;
}
/**
 * The status of a task on a date:
 * - `done`: completed (on or before `asOf`);
 * - `due`: its time frame includes the current year and it is not done;
 * - `overdue`: its time frame has ended and it is not done;
 * - `recurring`: an every-year task within its years (see `doneThisYear`);
 * - `upcoming`: its time frame starts after the current year;
 * - `not-started`: a free-text time frame that cannot be placed in time, not done.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks, type TaskStatus } from '@coop/rating';
 * const tracking = trackTasks(getPlan('resolution-134-2020'), [], { asOf: '2024-12-31' });
 * const late: TaskStatus = 'overdue';
 * tracking.tasks.find((t) => t.taskId === 'I.2')?.status === late; // true — due 2020–2021, not reported done
 * ```
 */
type TaskStatus = 'done' | 'due' | 'overdue' | 'recurring' | 'upcoming' | 'not-started';
/**
 * One task's status with the reason.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks, type TaskTrack } from '@coop/rating';
 * const tracking = trackTasks(getPlan('resolution-134-2020'), [], { asOf: '2024-12-31' });
 * const task: TaskTrack = tracking.tasks[0]!;
 * task.taskId; // 'I.1'
 * task.reason.en; // 'Overdue (2020–2021), not done'
 * ```
 */
interface TaskTrack {
    readonly taskId: string;
    readonly section: string;
    readonly title: Label;
    readonly status: TaskStatus;
    /** For every-year tasks: whether this year's round is done. */
    readonly doneThisYear?: boolean;
    /** The latest completion date on or before `asOf`. */
    readonly completedOn?: CivilDate;
    readonly reason: Label;
}
/**
 * The result of {@link trackTasks}.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks } from '@coop/rating';
 * const tracking = trackTasks(getPlan('resolution-134-2020'), [
 *   { taskId: 'I.1', completedOn: '2021-06-01' },
 *   { taskId: 'no-such-task', completedOn: '2021-06-01' },
 * ], { asOf: '2024-12-31' });
 * tracking.summary.done; // 1
 * tracking.issues[0]?.code; // 'unknown_task'
 * ```
 */
interface TaskTracking {
    readonly planId: string;
    readonly asOf: CivilDate;
    readonly tasks: readonly TaskTrack[];
    readonly summary: Readonly<Record<TaskStatus, number>>;
    /** Problems in the completions: unknown task ids, invalid dates, completions after `asOf`. */
    readonly issues: readonly Issue[];
}
/**
 * Tracks the tasks of a plan (e.g. the appendix of Resolution 134/NQ-CP) against reported
 * completions on a date.
 *
 * A one-year or span task is `done` once any completion is reported (on or before `asOf`); otherwise
 * `upcoming` before its first year, `due` within its years and `overdue` after its last year. An
 * every-year task is `recurring` within its years, with `doneThisYear` telling whether this year's
 * round is reported; `upcoming` before its first year; after its last year `done` if the last round was
 * reported and `overdue` otherwise. A free-text time frame is `done` or `not-started`.
 * Completions naming no task of the plan, with an invalid date or dated after `asOf` become issues (the
 * last are ignored).
 *
 * @param plan - the plan and its tasks
 * @param completions - reported completions (untrusted: each problem — not an object, an unknown task,
 *   a bad date or year, an unreadable field — becomes an issue)
 * @param options - `asOf`: the evaluation date
 * @returns the status of every task, a summary and the issues
 * @throws CoopError `INVALID_PLAN` (issues from `parsePlan`), `INVALID_ARGUMENT` when `completions` is not
 *   an array or `options` not an object
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks } from '@coop/rating';
 * const plan = getPlan('resolution-134-2020');
 * const tracking = trackTasks(plan, [{ taskId: plan.tasks[0]!.id, completedOn: '2021-06-01' }], { asOf: '2024-12-31' });
 * tracking.tasks[0]!.status; // 'done' (or 'recurring' for an every-year task)
 * ```
 */
declare const trackTasks: (plan: Plan, completions: readonly TaskCompletion[], options: {
    readonly asOf: CivilDate;
}) => TaskTracking;

/**
 * Options of {@link grade}.
 *
 * @example
 * ```ts
 * import { type GradeOptions, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const options: GradeOptions = { rulebook: CIRCULAR_01_2020, year: 2024, clamp: true };
 * ```
 */
interface GradeOptions {
    /** The rulebook to grade by (a built-in one or the result of `defineRulebook`). */
    readonly rulebook: Rulebook;
    /** The evaluation year; defaults to `record.year`. Decides whether the rulebook was in force. */
    readonly year?: number;
    /**
     * `false` (default): points above a maximum (criterion or group cap) throw `POINTS_ABOVE_MAXIMUM`.
     * `true`: such points are clamped to the maximum and a warning is reported.
     */
    readonly clamp?: boolean;
}
/**
 * Which rulebook graded the record, and whether it was in force for the evaluation year.
 *
 * @example
 * ```ts
 * import { type GradeRulebookRef, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const ref: GradeRulebookRef = grade(record, { rulebook: CIRCULAR_01_2020 }).rulebook;
 * ref.inForce; // true
 * ```
 */
interface GradeRulebookRef {
    readonly id: string;
    readonly document: string;
    readonly title: Label;
    /** In force on 31 December of the evaluation year. */
    readonly inForce: boolean;
    readonly effectiveFrom: string;
    readonly effectiveTo?: string;
    /** The rulebook's stated total (e.g. 100). */
    readonly maxTotal: number;
}
/**
 * A warning on a result. Codes: `RULEBOOK_NOT_IN_FORCE`, `POINTS_CLAMPED`, `GROUP_ABOVE_CAP`,
 * `UNKNOWN_CRITERION` (a sheet entry that is not a scored criterion of the rulebook: an unknown id, or
 * a criterion's total such as `1` — the sub-criteria are scored), `SHEET_DIFFERS_FROM_COMPUTED`,
 * `NOT_RATED_RULE_UNCHECKED` / `OVERRIDE_UNCHECKED` (the field a rule reads is
 * absent, so the rule could not be checked).
 *
 * @example
 * ```ts
 * import { type GradeWarning, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const warnings: readonly GradeWarning[] = grade(record, { rulebook: CIRCULAR_01_2020, year: 2025 }).warnings;
 * warnings[0]?.code; // 'RULEBOOK_NOT_IN_FORCE'
 * ```
 */
interface GradeWarning {
    readonly code: string;
    readonly message: Label;
    /** The criterion or group concerned, when there is one. */
    readonly criterion?: string;
    readonly details?: Readonly<Record<string, unknown>>;
}
/**
 * One criterion or sub-criterion of the breakdown.
 *
 * `source`: `sheet` (points from the self-scoring sheet), `computed` (from record fields through the
 * rulebook's tiers), `sum` (a criterion whose points are the sum of its sub-criteria), `missing`.
 *
 * @example
 * ```ts
 * import { type CriterionResult, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const criteria: readonly CriterionResult[] = grade({ ...record, monthsOperating: 12 }, CIRCULAR_01_2020).criteria;
 * criteria[0]?.source; // 'missing'
 * ```
 */
interface CriterionResult {
    readonly id: string;
    readonly level: 'criterion' | 'sub-criterion';
    readonly group: string;
    readonly parent?: string;
    /** Points (display number); absent when missing. */
    readonly points?: number;
    /** Exact points in hundredths. */
    readonly pointsHundredths?: number;
    /** Maximum, `null` when the rulebook does not know it. */
    readonly max: number | null;
    readonly source: 'sheet' | 'computed' | 'sum' | 'missing';
}
/**
 * One group of the breakdown: its points (after the cap, when clamped) against its cap.
 *
 * @example
 * ```ts
 * import { type GroupResult, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const groups: readonly GroupResult[] = grade({ ...record, monthsOperating: 12 }, CIRCULAR_01_2020).groups;
 * groups[2]?.cap; // 40
 * ```
 */
interface GroupResult {
    readonly id: string;
    readonly points?: number;
    readonly pointsHundredths?: number;
    readonly cap: number | null;
}
/**
 * Distance to a neighbouring grade band.
 *
 * @example
 * ```ts
 * import { type GradeMargin, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const margin: GradeMargin = { grade: 'good', points: 0.01, pointsHundredths: 1 };
 * ```
 */
interface GradeMargin {
    readonly grade: Grade;
    /** Up: points needed to reach the band. Down: points that can be lost while keeping the grade. */
    readonly points: number;
    readonly pointsHundredths: number;
}
/**
 * An override that fired.
 *
 * @example
 * ```ts
 * import { type FiredOverride, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const fired: readonly FiredOverride[] = grade(record, CIRCULAR_01_2020).overrides;
 * fired.length; // 0
 * ```
 */
interface FiredOverride {
    readonly code: string;
    readonly grade: Grade;
    readonly label: Label;
    readonly citation: Citation;
}
/**
 * Why an organisation was not rated: `out-of-scope` or the code of a rulebook's not-rated rule.
 *
 * @example
 * ```ts
 * import { type NotRatedReason, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const reason: NotRatedReason | undefined = grade(record, CIRCULAR_01_2020).reason;
 * reason?.code; // 'operating-under-12-months'
 * ```
 */
interface NotRatedReason {
    readonly code: string;
    readonly label: Label;
    readonly citation?: Citation;
}
interface GradeResultBase {
    readonly status: 'rated' | 'not-rated' | 'incomplete';
    readonly organisationId: string;
    /** The evaluation year. */
    readonly year: number;
    readonly rulebook: GradeRulebookRef;
    /**
     * The grade: always when `status` is `rated`; when `incomplete`, only if an override decides the grade
     * whatever the points; never when `not-rated`.
     */
    readonly grade?: Grade | undefined;
    /** The grade the points alone give (differs from `grade` when an override fired). */
    readonly pointsGrade?: Grade;
    /** The total (display number), only when rated. */
    readonly total?: number;
    /** The exact total in hundredths of a point, only when rated. */
    readonly totalHundredths?: number;
    readonly margins: {
        readonly up?: GradeMargin;
        readonly down?: GradeMargin;
    };
    readonly overrides: readonly FiredOverride[];
    readonly warnings: readonly GradeWarning[];
    readonly reason?: NotRatedReason;
    readonly missing?: readonly string[];
    readonly label: Label;
    /** Per-criterion breakdown, derived on access (see {@link grade}). */
    readonly criteria: readonly CriterionResult[];
    /** Per-group breakdown, derived on access. */
    readonly groups: readonly GroupResult[];
}
/**
 * A graded record.
 *
 * @example
 * ```ts
 * import { type RatedGradeResult, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const result = grade(record, CIRCULAR_01_2020);
 * const rated: RatedGradeResult | undefined = result.status === 'rated' ? result : undefined;
 * rated; // undefined
 * ```
 */
interface RatedGradeResult extends GradeResultBase {
    readonly status: 'rated';
    readonly grade: Grade;
    readonly pointsGrade: Grade;
    readonly total: number;
    readonly totalHundredths: number;
}
/**
 * A record outside the rulebook's scope or excluded by a not-rated rule. Never carries a grade.
 *
 * @example
 * ```ts
 * import { type NotRatedGradeResult, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const result = grade(record, CIRCULAR_01_2020);
 * const notRated: NotRatedGradeResult | undefined = result.status === 'not-rated' ? result : undefined;
 * notRated?.grade; // undefined
 * ```
 */
interface NotRatedGradeResult extends GradeResultBase {
    readonly status: 'not-rated';
    readonly grade?: undefined;
    readonly reason: NotRatedReason;
}
/**
 * A record with criteria neither on the sheet nor computable. Its total is unknown. It carries a `grade`
 * only when an override decides the grade whatever the points. For example, a co-op sanctioned in the
 * year is weak under Circular 09/2017 even when its sheet is incomplete; `overrides` lists what fired.
 *
 * @example
 * ```ts
 * import { type IncompleteGradeResult, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const result = grade({ ...record, monthsOperating: 12 }, CIRCULAR_01_2020);
 * const incomplete: IncompleteGradeResult | undefined = result.status === 'incomplete' ? result : undefined;
 * incomplete?.missing.length; // 23
 * ```
 */
interface IncompleteGradeResult extends GradeResultBase {
    readonly status: 'incomplete';
    /** The grade an override decided whatever the points (absent when no override fired). */
    readonly grade?: Grade;
    /** Ids of the criteria that are missing. */
    readonly missing: readonly string[];
}
/**
 * The outcome of grading one record.
 *
 * @example
 * ```ts
 * import { type GradeResult, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const record = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 6 } as const;
 * const result: GradeResult = grade(record, CIRCULAR_01_2020);
 * result.status; // 'not-rated'
 * ```
 */
type GradeResult = RatedGradeResult | NotRatedGradeResult | IncompleteGradeResult;
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
 * Performance design: the deciding facts (`status`, `organisationId`, `year`, `grade`, `pointsGrade`,
 * `totalHundredths`, `missing`) are own properties; `total`, `label`, `rulebook`, `overrides`,
 * `margins`, `warnings`, `criteria` and `groups` are getters on the result's prototype, derived on each
 * access from the graded record — so grading a million sheets allocates one small object per sheet.
 * Treat records as immutable (grading never mutates them). `JSON.stringify(result)` includes every
 * field (`toJSON`); an object spread (`{ ...result }`) copies only the own ones.
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
declare const grade: (record: YearlyRecord, options: GradeOptions | Rulebook) => GradeResult;

/**
 * Options of {@link gradeMany}: those of `grade`, except that `year` overrides every record's year.
 *
 * @example
 * ```ts
 * import { type GradeManyOptions, CIRCULAR_01_2020 } from '@coop/rating';
 * const options: GradeManyOptions = { rulebook: CIRCULAR_01_2020, clamp: true };
 * ```
 */
type GradeManyOptions = GradeOptions;
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
declare const gradeMany: (records: Iterable<YearlyRecord>, options: GradeManyOptions) => GradeResult[];
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
declare function gradeEach(records: Iterable<YearlyRecord>, options: GradeManyOptions): Generator<GradeResult, void, undefined>;

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
interface GradeSummary {
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
declare const summariseGrades: (results: Iterable<GradeResult>) => GradeSummary;

/**
 * Validates a user rulebook without throwing: every problem is reported as an issue with its path,
 * a stable code and a Vietnamese/English message.
 *
 * Codes: `invalid_type`, `unknown_key`, `invalid_date`, `date_order`, `unknown_kind`, `unknown_sector`,
 * `duplicate_id`, `invalid_points`, `points_out_of_range`, `maxima_mismatch` (sub-criteria vs criterion,
 * criteria vs group cap, caps vs total; with an unknown maximum the known part must not exceed the
 * whole), `too_deep`, `tier_on_parent`, `unknown_field`, `invalid_field_type`, `invalid_condition`,
 * `invalid_edge`, `band_empty`, `band_overlap`, `band_gap`, `tier_not_exhaustive` (the first tier band
 * must be unbounded below and the last unbounded above), `band_not_exhaustive` (grade bands must cover
 * 0 … total), `unknown_grade`, `duplicate_grade`, `grade_order` (better grades on higher points),
 * `too_many_rules` (more than 30 not-rated rules and overrides together).
 *
 * @param data - untrusted rulebook data (e.g. parsed JSON)
 * @returns `{ ok: true, value }` with a frozen copy, or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { parseRulebook, CIRCULAR_01_2020 } from '@coop/rating';
 * const broken = { ...CIRCULAR_01_2020, grades: [{ grade: 'good', gte: 80 }, { grade: 'weak', lt: 79 }] };
 * const result = parseRulebook(broken);
 * result.ok ? [] : result.issues.map((i) => i.code); // ['band_gap']
 * ```
 */
declare const parseRulebook: (data: unknown) => ParseResult<Rulebook>;
/**
 * Validates a user rulebook and returns a frozen copy, or throws with every problem listed.
 * Validation is hand-written (no zod), so the rating package stays light; see {@link parseRulebook}
 * for the checks and issue codes.
 *
 * @param data - rulebook data (e.g. a province's scorecard)
 * @returns the validated, frozen rulebook, ready for `grade`
 * @throws CoopError `INVALID_RULEBOOK` with `details.issues` (each with `path`, `code`, `message`)
 * @example
 * ```ts
 * import { defineRulebook, CIRCULAR_01_2020 } from '@coop/rating';
 * const province = defineRulebook({
 *   ...CIRCULAR_01_2020,
 *   id: 'province-x-2024',
 *   grades: [
 *     { grade: 'good', gte: 85 },
 *     { grade: 'fair', gte: 65, lt: 85 },
 *     { grade: 'average', gte: 50, lt: 65 },
 *     { grade: 'weak', lt: 50 },
 *   ],
 * });
 * province.id; // 'province-x-2024'
 * ```
 */
declare const defineRulebook: (data: unknown) => Rulebook;

/**
 * What {@link selectRulebook} looks for: an evaluation year and, ideally, the organisation's kind and sector.
 *
 * @example
 * ```ts
 * import { type RulebookQuery, selectRulebook, BUILT_IN_RULEBOOKS } from '@coop/rating';
 * const query: RulebookQuery = { year: 2022, kind: 'cooperative', sector: 'agriculture-crop' };
 * selectRulebook(BUILT_IN_RULEBOOKS, query).id; // 'circular-09-2017'
 * ```
 */
interface RulebookQuery {
    /** The evaluation year. */
    readonly year: number;
    readonly kind?: OrganisationKind;
    readonly sector?: Sector;
    /** A record to take `kind` and `sector` from (explicit `kind` / `sector` win). */
    readonly record?: Pick<YearlyRecord, 'kind' | 'sector'>;
}
/**
 * Picks the rulebook in force for an evaluation year and an organisation's scope.
 *
 * - *In force for a year* means in force on **31 December** of that year, the day the year's results
 *   are judged on. So Circular 01/2020 (2020-04-01 … 2025-09-17) serves the years 2020–2024; for 2025
 *   it was no longer in force at the year's close (repealed from 2025-09-18) and is not returned —
 *   grade with it explicitly if you choose to (the result then says `RULEBOOK_NOT_IN_FORCE`).
 * - Scope: kind in the rulebook's kinds, sector in its sectors and not excluded.
 * - Several candidates: when both kind and sector are known, the most specific scope wins (a rulebook
 *   naming the sector beats one covering every sector: Circular 09/2017 for an agricultural cooperative
 *   in 2020–2024), then the latest `effectiveFrom`. Without kind and sector a choice cannot be made.
 *
 * @param rulebooks - candidates, e.g. `BUILT_IN_RULEBOOKS`
 * @param query - the year, and kind / sector (or a record)
 * @returns the rulebook
 * @throws CoopError `NO_RULEBOOK_IN_FORCE` (`details.reason`: `not-in-force` when some rulebook covers
 * the scope in other years — listed in `details.candidates` — or `out-of-scope`);
 * `AMBIGUOUS_RULEBOOK` (`details.candidates`) when several remain and kind or sector is unknown, or they tie
 * @example
 * ```ts
 * import { selectRulebook, BUILT_IN_RULEBOOKS } from '@coop/rating';
 * selectRulebook(BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'trade-services' }).id; // 'circular-01-2020'
 * selectRulebook(BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'agriculture-crop' }).id; // 'circular-09-2017'
 * ```
 */
declare const selectRulebook: (rulebooks: readonly Rulebook[], query: RulebookQuery) => Rulebook;

/**
 * Circular 01/2020/TT-BKHĐT of the Ministry of Planning and Investment: the scorecard for rating
 * cooperatives and unions of cooperatives — 15 criteria in three groups (30 / 30 / 40 points), grades
 * at 80 / 65 / 50, not rated when operating under 12 months or suspended over 3 months in the year.
 *
 * In force 2020-04-01 to 2025-09-17 (repealed by Circular 78/2025/TT-BTC from 2025-09-18): evaluation
 * years 2020–2024. Grading 2025 or later with it is allowed and reported as `RULEBOOK_NOT_IN_FORCE`.
 * The input is the self-scoring sheet (points per criterion id: `1a` … `4c`, `5`, `6`, `7a` … `7c`,
 * `8` … `15`; a criterion's total such as `1` is not scored and is reported as `UNKNOWN_CRITERION`).
 *
 * Partial: the individual maxima of criteria 10–15 are not known (`max: null`); the group-III cap of 40
 * is enforced. Scope: cooperatives and unions in every sector except `finance` (people's credit funds
 * and the Cooperative Bank are not rated under it); cooperative groups are not rated.
 *
 * @example
 * ```ts
 * import { CIRCULAR_01_2020 } from '@coop/rating';
 * CIRCULAR_01_2020.groups.map((g) => g.cap); // [30, 30, 40]
 * ```
 */
declare const CIRCULAR_01_2020: Rulebook;

/**
 * Circular 09/2017/TT-BNNPTNT of the Ministry of Agriculture and Rural Development: rating agricultural
 * cooperatives — six criteria, 100 points, grades at 80 / 65 / 50; a cooperative sanctioned for an
 * administrative violation in the year is weak whatever its points (an override that is reported);
 * not rated when operating under 12 months.
 *
 * Criterion 1's five sub-items (`1a` realised ÷ planned revenue, 8; `1b` total revenue, 10; `1c` income
 * per member, 10; `1d` development fund ≥ 20 % of income, 5; `1e` reserve fund ≥ 5 % of income, 5) are
 * computed from the record with the known tiers when it has the fields, else taken from the sheet.
 * Criteria `2` … `6` come from the sheet: their own maxima are unknown; together they are capped at 62,
 * a constraint derived from the 100-point total minus criterion 1's 38 (not a guess about each).
 *
 * In force from 2017-05-31; no repeal found (status after 2025 unconfirmed). Scope: cooperatives in
 * the `agriculture-*` sectors.
 *
 * @example
 * ```ts
 * import { CIRCULAR_09_2017 } from '@coop/rating';
 * CIRCULAR_09_2017.overrides[0]?.grade; // 'weak'
 * ```
 */
declare const CIRCULAR_09_2017: Rulebook;

/**
 * The built-in rulebooks, newest first: Circular 01/2020/TT-BKHĐT and Circular 09/2017/TT-BNNPTNT.
 * Pass this list (or your own, with `defineRulebook` results) to `selectRulebook`.
 *
 * @example
 * ```ts
 * import { BUILT_IN_RULEBOOKS } from '@coop/rating';
 * BUILT_IN_RULEBOOKS.map((r) => r.id); // ['circular-01-2020', 'circular-09-2017']
 * ```
 */
declare const BUILT_IN_RULEBOOKS: readonly Rulebook[];

/**
 * The size classes (quy mô): micro, small, medium, large.
 *
 * @example
 * ```ts
 * import type { SizeClass } from '@coop/rating';
 * const size: SizeClass = 'medium';
 * ```
 */
type SizeClass = 'micro' | 'small' | 'medium' | 'large';
/**
 * A threshold on one record field, with explicit edges (`gte` inclusive, `gt` exclusive).
 *
 * @example
 * ```ts
 * import type { SizeTest } from '@coop/rating';
 * const test: SizeTest = { field: 'officialMembers', gte: 300 };
 * ```
 */
interface SizeTest {
    readonly field: 'officialMembers' | 'revenue' | 'totalCapital';
    readonly gte?: number;
    readonly gt?: number;
}
/**
 * A class and when it applies: every test of `all` holds and, when given, at least one of `any`.
 *
 * @example
 * ```ts
 * import type { SizeClassCondition } from '@coop/rating';
 * const large: SizeClassCondition = {
 *   class: 'large',
 *   all: [{ field: 'officialMembers', gte: 300 }],
 *   any: [{ field: 'revenue', gte: 50_000_000_000 }, { field: 'totalCapital', gte: 10_000_000_000 }],
 * };
 * ```
 */
interface SizeClassCondition {
    /** `unknown` marks a range the text covers with rows that were not recovered. */
    readonly class: SizeClass | 'unknown';
    readonly all: readonly SizeTest[];
    readonly any?: readonly SizeTest[];
}
/**
 * One table of a rule: the sectors it covers, classes largest first, and what is left.
 *
 * @example
 * ```ts
 * import { type SizeTable, SIZE_CLASS_113_2024 } from '@coop/rating';
 * const agriculture: SizeTable | undefined = SIZE_CLASS_113_2024.tables[0];
 * agriculture?.otherwise; // 'micro'
 * ```
 */
interface SizeTable {
    readonly sectors: readonly Sector[] | 'all';
    readonly classes: readonly SizeClassCondition[];
    /** The class when no condition holds; `unknown` when the text's remaining rows are not known. */
    readonly otherwise: SizeClass | 'unknown';
    readonly note?: string;
}
/**
 * A size-class rule from a legal text, with its validity period (civil dates, inclusive).
 *
 * @example
 * ```ts
 * import { type SizeClassRule, SIZE_CLASS_113_2024 } from '@coop/rating';
 * const rule: SizeClassRule = SIZE_CLASS_113_2024;
 * rule.id; // 'decree-113-2024'
 * ```
 */
interface SizeClassRule {
    readonly id: string;
    readonly title: Label;
    /** What the classes are based on, e.g. `members` or `members+revenue-or-capital`. */
    readonly basis: string;
    readonly kinds: readonly OrganisationKind[];
    readonly effectiveFrom: string;
    readonly effectiveTo?: string;
    readonly tables: readonly SizeTable[];
    readonly citation: Citation;
    readonly notes?: readonly string[];
}
/**
 * Circular 01/2020/TT-BKHĐT, size by official members: micro < 50, small 50–300, medium > 300–1 000,
 * large > 1 000. In force 2020-04-01 … 2025-09-17.
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_01_2020_MEMBERS } from '@coop/rating';
 * SIZE_CLASS_01_2020_MEMBERS.basis; // 'members'
 * ```
 */
declare const SIZE_CLASS_01_2020_MEMBERS: SizeClassRule;
/**
 * Circular 01/2020/TT-BKHĐT, size by capital: micro < 1 bn VND, small 1 to < 5 bn; the higher bands were
 * not recovered, so 5 bn and more gives `unknown`. In force 2020-04-01 … 2025-09-17.
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_01_2020_CAPITAL } from '@coop/rating';
 * SIZE_CLASS_01_2020_CAPITAL.tables[0]?.classes[0]?.class; // 'unknown' (5 bn and more)
 * ```
 */
declare const SIZE_CLASS_01_2020_CAPITAL: SizeClassRule;
/**
 * Decree 113/2024/NĐ-CP (effective 2024-11-01): agriculture — large ≥ 300 members and (revenue ≥ 50 bn
 * or capital ≥ 10 bn); medium ≥ 200 and (revenue ≥ 10 bn or capital ≥ 5 bn); small ≥ 50 and (revenue ≥
 * 2 bn or capital ≥ 1 bn); micro otherwise. Industry–construction — large ≥ 100 and (revenue ≥ 80 bn or
 * capital ≥ 20 bn); the other rows were not recovered (`unknown`). Other sectors: not recovered.
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_113_2024 } from '@coop/rating';
 * SIZE_CLASS_113_2024.effectiveFrom; // '2024-11-01'
 * ```
 */
declare const SIZE_CLASS_113_2024: SizeClassRule;
/**
 * The built-in size-class rules, in the order {@link sizeClass} prefers among rules in force on the
 * same day with the same start (members before capital for Circular 01/2020).
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_RULES } from '@coop/rating';
 * SIZE_CLASS_RULES.map((r) => r.id); // ['decree-113-2024', 'circular-01-2020-members', 'circular-01-2020-capital']
 * ```
 */
declare const SIZE_CLASS_RULES: readonly SizeClassRule[];

/**
 * Options of {@link sizeClass}.
 *
 * @example
 * ```ts
 * import { type SizeClassOptions, SIZE_CLASS_RULES } from '@coop/rating';
 * const options: SizeClassOptions = { on: '2025-06-30', rules: SIZE_CLASS_RULES };
 * ```
 */
interface SizeClassOptions {
    /** The day the classification is made (picks the rule in force), `YYYY-MM-DD`. */
    readonly on: string;
    /** Candidate rules; default {@link SIZE_CLASS_RULES}. */
    readonly rules?: readonly SizeClassRule[];
    /** Only rules with this basis (e.g. `capital` for Circular 01/2020's capital table). */
    readonly basis?: string;
}
/**
 * The size class of a record, or `unknown` with the reason.
 *
 * @example
 * ```ts
 * import { type SizeClassResult, sizeClass } from '@coop/rating';
 * const result: SizeClassResult = sizeClass(
 *   { organisationId: 'A', year: 2023, kind: 'cooperative', sector: 'other', areaCode: 'X', officialMembers: 20 },
 *   { on: '2023-12-31' },
 * );
 * result.class; // 'micro'
 * ```
 */
interface SizeClassResult {
    readonly class: SizeClass | 'unknown';
    /** Why the class is unknown: `not-recovered` (the text's row is not known), `missing-data`, `no-rule`. */
    readonly reason?: 'not-recovered' | 'missing-data' | 'no-rule';
    /** Fields that were needed but absent (with `missing-data`). */
    readonly missing?: readonly string[];
    readonly rule?: {
        readonly id: string;
        readonly basis: string;
        readonly citation: Citation;
    };
    readonly label: Label;
}
/**
 * Classifies an organisation-year by size under the rule in force on a given day.
 *
 * The rule: among `rules` in force on `on` (inclusive dates) that cover the record's kind (and `basis`,
 * when given), the one with the latest `effectiveFrom` (Decree 113/2024 from 2024-11-01 over Circular
 * 01/2020), ties broken by list order (members before capital). In the rule, the first table covering
 * the sector applies; its classes are tried largest first. A condition that cannot be decided because a
 * field is absent gives `unknown` / `missing-data` (missing is not zero); a row of the text that was not
 * recovered gives `unknown` / `not-recovered`.
 *
 * @param record - the organisation-year
 * @param options - the day (`on`), optionally the rules and a basis
 * @returns the class with the rule used, or `unknown` with the reason
 * @throws CoopError `INVALID_DATE` when `on` is not `YYYY-MM-DD`
 * @example
 * ```ts
 * import { sizeClass } from '@coop/rating';
 * const r = { organisationId: 'A', year: 2025, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X',
 *   officialMembers: 320, revenue: 12_000_000_000, totalCapital: 2_000_000_000 } as const;
 * sizeClass(r, { on: '2025-12-31' }).class; // 'medium'
 * sizeClass(r, { on: '2023-12-31' }).class; // 'medium' (Circular 01/2020: over 300 members)
 * ```
 */
declare const sizeClass: (record: YearlyRecord, options: SizeClassOptions) => SizeClassResult;

export { BUILT_IN_RULEBOOKS, type BandEdges, CIRCULAR_01_2020, CIRCULAR_09_2017, type ComputeIndicatorOptions, type CriterionResult, DEFAULT_PROGRESS_THRESHOLDS, type EvaluatePlanOptions, type EvaluateTargetOptions, type EvaluationCache, type EvaluationWarning, type ExternalContext, type ExternalValue, type FiredOverride, type GapQuantities, type GapUnit, type GradeBand, type GradeManyOptions, type GradeMargin, type GradeOptions, type GradeResult, type GradeRulebookRef, type GradeSummary, type GradeWarning, type GroupResult, type IncompleteGradeResult, type IndicatorResult, type IndicatorSide, type LevelComparator, type NoValueReason, type NotRatedGradeResult, type NotRatedReason, type NotRatedRule, type OverrideRule, PROGRESS_STATUSES, PROGRESS_STATUS_LABELS, type PlanData, type PlanEvaluation, type PlanSummary, type PlanTargetEntry, type PopulationScope, type ProgressMethod, type ProgressNumbers, type ProgressOptions, type ProgressPoint, type ProgressResult, type ProgressStatus, type ProgressThresholds, type RatedGradeResult, type RuleCondition, type Rulebook, type RulebookCriterion, type RulebookGroup, type RulebookQuery, type RulebookScope, SIZE_CLASS_01_2020_CAPITAL, SIZE_CLASS_01_2020_MEMBERS, SIZE_CLASS_113_2024, SIZE_CLASS_RULES, type SeriesObservation, type SeriesPointInput, type SizeClass, type SizeClassCondition, type SizeClassOptions, type SizeClassResult, type SizeClassRule, type SizeTable, type SizeTest, type TargetError, type TargetGap, type TargetObservations, type TargetResult, type TargetSeriesPoint, type TaskCompletion, type TaskStatus, type TaskTrack, type TaskTracking, type TierBand, type TierCase, type TierMeasure, type Tiers, type UnitResult, asOfYear, assessProgress, comparatorPhrase, computeIndicator, createEvaluationCache, defineRulebook, evaluatePlan, evaluatePlans, evaluateTarget, formatIndicatorValue, grade, gradeEach, gradeMany, joinExplanation, meetsComparator, parseRulebook, selectRulebook, sizeClass, summariseGrades, targetGap, trackTasks };
