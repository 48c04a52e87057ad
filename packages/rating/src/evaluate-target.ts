import {
  CoopError,
  INDICATORS,
  compareRational,
  divideRational,
  multiplyRational,
  rational,
  rationalToNumber,
  subtractRational,
  RECORD_FIELDS,
  type AreaInput,
  type CivilDate,
  type Comparator,
  type Grade,
  type Indicator,
  type IndicatorUnit,
  type Label,
  type Rational,
  type Target,
  type YearlyRecord,
} from '@coop/model';
import {
  areaLookupFor,
  computeIndicator,
  createEvaluationCache,
  type EvaluationCache,
  type ExternalContext,
  type IndicatorResult,
} from './compute-indicator.js';
import { formatIndicatorValue, joinExplanation, PROGRESS_STATUS_LABELS, type EvaluationWarning } from './explain.js';
import { unitOf, unitsOf } from './internal/indicator-area.js';
import { recordsByYear } from './internal/indicator-cache.js';
import { statusOfRatio } from './internal/progress-methods.js';
import {
  constraintOf,
  isLevelComparator,
  meetsConstraint,
  resolveTolerance,
  type Constraint,
  type LevelComparator,
} from './internal/target-compare.js';
import { gapClause } from './internal/target-explain.js';
import {
  asOfYear,
  assessProgressWith,
  DEFAULT_PROGRESS_THRESHOLDS,
  type ProgressMethod,
  type ProgressResult,
  type ProgressStatus,
  type ProgressThresholds,
} from './progress.js';
import type { Rulebook } from './rulebook.js';
import { targetGap, type GapQuantities, type GapUnit, type TargetGap } from './target-gap.js';

/** One point of an already-aggregated yearly series (statistics often come only as totals). */
export interface SeriesPointInput {
  readonly year: number;
  /** The value in the indicator's unit (after the factor): a number, a decimal string or a rational. */
  readonly value: number | string | Rational;
  /** The numerator behind the value, if known (lets the gap be counted in organisations). */
  readonly numerator?: number | string | bigint | Rational;
  /** The denominator behind the value, if known. */
  readonly denominator?: number | string | bigint | Rational;
}

/** An already-aggregated yearly series. */
export interface SeriesObservation {
  readonly kind: 'series';
  readonly points: readonly SeriesPointInput[];
}

/** What a target is judged on: organisation-year records, or a yearly series. */
export type TargetObservations = readonly YearlyRecord[] | SeriesObservation;

/** Options of {@link evaluateTarget}. */
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

/** One year of the series a target was judged on. */
export interface TargetSeriesPoint {
  readonly year: number;
  readonly value: Rational;
  readonly display: number;
}

/** A per-unit result ("in every district"). */
export interface UnitResult {
  readonly code: string;
  readonly value: Rational | undefined;
  readonly display: number | undefined;
  readonly met: boolean;
  readonly populationSize: number;
}

/** The result of {@link evaluateTarget}. */
export interface TargetResult {
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
 * @throws CoopError `MISSING_TOLERANCE` for an approximately comparator without any tolerance
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import { meetsComparator } from '@coop/rating';
 * meetsComparator({ kind: '>', value: 60 }, rational(600, 10)); // false
 * meetsComparator({ kind: '>', value: 60 }, rational(700, 11)); // true
 * ```
 */
export const meetsComparator = (comparator: LevelComparator, value: Rational | number | string, tolerance?: number): boolean =>
  meetsConstraint(constraintOf(comparator, tolerance), rational(value));

const findIndicator = (target: Target, options: EvaluateTargetOptions): Indicator => {
  if (options.indicator !== undefined) {
    if (options.indicator.id !== target.indicator) {
      throw new CoopError('INDICATOR_MISMATCH', `Target "${target.id}" uses indicator "${target.indicator}", not "${options.indicator.id}"`, {
        target: target.id,
        expected: target.indicator,
        received: options.indicator.id,
      });
    }
    return options.indicator;
  }
  const found = options.indicators?.find((i) => i.id === target.indicator) ?? INDICATORS.find((i) => i.id === target.indicator);
  if (found === undefined) {
    throw new CoopError('UNKNOWN_INDICATOR', `No indicator with id "${target.indicator}" (target "${target.id}")`, {
      target: target.id,
      indicator: target.indicator,
    });
  }
  return found;
};

const isSeries = (observations: TargetObservations): observations is SeriesObservation =>
  !Array.isArray(observations) && (observations as SeriesObservation).kind === 'series';

const areaList = (areas: EvaluateTargetOptions['areas']): readonly AreaInput[] | undefined =>
  areas === undefined ? undefined : Array.isArray(areas) ? (areas as readonly AreaInput[]) : (areas as { areas: readonly AreaInput[] }).areas;

const fieldUnit = (indicator: Indicator, field: string | undefined): { unit: GapUnit; integral: boolean } => {
  const type = field === undefined ? undefined : RECORD_FIELDS[field as keyof typeof RECORD_FIELDS];
  if (type === 'vnd') return { unit: 'vnd', integral: true };
  if (type === 'hectares') return { unit: 'hectares', integral: false };
  if (type === 'count') {
    const byField: GapUnit | undefined =
      field === 'memberHouseholds' ? 'households' : field === 'officialMembers' || field === 'associateMembers' ? 'members' : field?.startsWith('managers.') ? 'persons' : undefined;
    const unit = byField ?? (indicator.unit === 'members' || indicator.unit === 'households' || indicator.unit === 'persons' ? indicator.unit : 'units');
    return { unit, integral: true };
  }
  return { unit: 'units', integral: false };
};

/** The quantities behind an indicator value, for the gap in the target's own terms. */
const gapQuantities = (indicator: Indicator, result: IndicatorResult): GapQuantities | undefined => {
  const num = result.numerator;
  const den = result.denominator;
  if (num.value === undefined || num.op === 'external') return undefined;
  if (den !== undefined && (den.value === undefined || den.op === 'mean')) return undefined;
  if (num.op === 'count') {
    const limit = den !== undefined && den.op === 'count' && indicator.denominator?.op === 'count' && indicator.denominator.where === undefined ? den.value : undefined;
    return {
      numerator: num.value,
      factor: indicator.factor,
      ...(den?.value === undefined ? {} : { denominator: den.value }),
      ...(limit === undefined ? {} : { limit }),
      unit: 'organisations',
      integral: true,
    };
  }
  const { unit, integral } = fieldUnit(indicator, num.field);
  if (num.op === 'sum') {
    return { numerator: num.value, factor: indicator.factor, ...(den?.value === undefined ? {} : { denominator: den.value }), unit, integral };
  }
  // mean: the population total over the records that reported it.
  if (den !== undefined || num.total === undefined || num.records === 0) return undefined;
  return { numerator: num.total, denominator: num.records, factor: indicator.factor, unit, integral, basis: 'population-total' };
};

interface YearComputation {
  readonly year: number;
  readonly result: IndicatorResult;
}

const NOT_COMPUTABLE: TargetGap = {
  kind: 'not-computable',
  reason: { vi: 'Không có giá trị để tính khoảng cách', en: 'There is no value to measure the gap from' },
};

const noValueStatus = (computations: readonly YearComputation[]): ProgressStatus =>
  computations.length === 0 || computations.every((c) => c.result.reason?.code === 'empty-population') ? 'not-applicable' : 'insufficient-data';

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
 *   `UNKNOWN_INDICATOR`, `SERIES_NOT_SUPPORTED` (per-unit targets need records)
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
  const indicator = findIndicator(target, options);
  const year = asOfYear(options.asOf);
  const cache = options.cache ?? createEvaluationCache();
  const areas = areaList(options.areas);
  const area = options.area ?? target.scope.area;
  const warnings: EvaluationWarning[] = [];
  const comparator = target.comparator;
  const tolerance = isLevelComparator(comparator) ? resolveTolerance(comparator, options.tolerance, target.id) : undefined;
  const scope = {
    ...(target.scope.kinds === undefined ? {} : { kinds: target.scope.kinds }),
    ...(target.scope.sectors === undefined ? {} : { sectors: target.scope.sectors }),
  };
  const compute = (records: readonly YearlyRecord[], y: number, a: string | undefined): IndicatorResult =>
    computeIndicator(indicator, records, {
      year: y,
      ...(a === undefined ? {} : { area: a }),
      ...(areas === undefined ? {} : { areas }),
      ...(options.context === undefined ? {} : { context: options.context }),
      ...(options.rulebooks === undefined ? {} : { rulebooks: options.rulebooks }),
      ...(options.effectiveGrades === undefined ? {} : { effectiveGrades: options.effectiveGrades }),
      scope,
      cache,
    });

  // Level series, from records or from the given series.
  const computations: YearComputation[] = [];
  const series: TargetSeriesPoint[] = [];
  const seriesQuantities = new Map<number, GapQuantities>();
  if (comparator.kind === 'every-unit') {
    if (isSeries(observations)) {
      throw new CoopError('SERIES_NOT_SUPPORTED', `Target "${target.id}" is per unit: it needs records, not a series`, { target: target.id });
    }
    return evaluateEveryUnit(target, indicator, observations, comparator, { year, area, areas, cache, compute, warnings, options });
  }
  if (isSeries(observations)) {
    for (const point of [...observations.points].sort((a, b) => a.year - b.year)) {
      if (point.year > year) continue;
      const value = rational(point.value);
      series.push({ year: point.year, value, display: rationalToNumber(value) });
      if (point.numerator !== undefined) {
        seriesQuantities.set(point.year, {
          numerator: rational(point.numerator),
          ...(point.denominator === undefined ? {} : { denominator: rational(point.denominator), limit: rational(point.denominator) }),
          factor: indicator.factor,
        });
      }
    }
  } else {
    const years = [...recordsByYear(cache, observations).keys()].filter((y) => y <= year).sort((a, b) => a - b);
    for (const y of years) {
      const result = compute(observations, y, area);
      computations.push({ year: y, result });
      if (result.value !== undefined) series.push({ year: y, value: result.value, display: result.display as number });
    }
    const latestComputed = computations.at(-1);
    if (latestComputed !== undefined && latestComputed.result.value === undefined && series.length > 0) {
      warnings.push({
        code: 'LATEST_YEAR_NO_VALUE',
        message: {
          vi: `Năm ${latestComputed.year} chưa có giá trị (${latestComputed.result.reason?.message.vi ?? ''}); dùng năm ${series.at(-1)?.year}`,
          en: `${latestComputed.year} has no value (${latestComputed.result.reason?.message.en ?? ''}); ${series.at(-1)?.year} is used`,
        },
        details: { year: latestComputed.year, used: series.at(-1)?.year },
      });
    }
  }
  const latest = series.at(-1);
  const latestIndicator = latest === undefined ? computations.at(-1)?.result : computations.find((c) => c.year === latest.year)?.result;
  for (const w of latestIndicator?.warnings ?? []) warnings.push(w);
  const thresholds = { ...DEFAULT_PROGRESS_THRESHOLDS, ...options.thresholds };
  const progressOptions = {
    deadline: target.deadline,
    asOf: options.asOf,
    thresholds,
    ...(options.method === undefined ? {} : { method: options.method }),
    ...(indicator.bounds === undefined ? {} : { bounds: indicator.bounds }),
  };
  const base = {
    targetId: target.id,
    indicatorId: indicator.id,
    label: target.label,
    comparator,
    deadline: target.deadline,
    series,
    indicator: latestIndicator,
  };

  if (isLevelComparator(comparator)) {
    const constraint = constraintOf(comparator, tolerance?.value);
    const progressBaseline = target.baselineYear ?? options.baselineYear;
    const progress =
      latest === undefined
        ? undefined
        : assessProgressWith(series, constraint, { ...progressOptions, ...(progressBaseline === undefined ? {} : { baselineYear: progressBaseline }) });
    for (const w of progress?.warnings ?? []) warnings.push(w);
    const status: ProgressStatus = progress?.status ?? (isSeries(observations) ? 'insufficient-data' : noValueStatus(computations));
    let gap: TargetGap = NOT_COMPUTABLE;
    if (latest !== undefined) {
      const quantities = latestIndicator !== undefined ? gapQuantities(indicator, latestIndicator) : seriesQuantities.get(latest.year);
      gap = targetGap(comparator, quantities ?? { numerator: latest.value, integral: false }, tolerance === undefined ? {} : { tolerance: tolerance.value });
    }
    const met = latest === undefined ? undefined : meetsConstraint(constraint, latest.value);
    return finish({
      ...base,
      status,
      met,
      year: latest?.year,
      value: latest?.value,
      display: latest?.display,
      unit: indicator.unit,
      ...(tolerance === undefined ? {} : { tolerance }),
      gap,
      method: progress?.method ?? (latest === undefined ? undefined : 'comparison'),
      progress,
      warnings,
    }, indicator, target, latestIndicator, computations);
  }

  if (comparator.kind === 'growth') {
    const baselineYear = comparator.baselineYear ?? target.baselineYear ?? options.baselineYear;
    if (baselineYear === undefined) {
      throw new CoopError('MISSING_BASELINE', `Target "${target.id}" grows "vs the baseline" but no baseline year is known; pass \`baselineYear\``, {
        target: target.id,
      });
    }
    const basePoint = series.find((p) => p.year === baselineYear);
    const minGrowth = rational(comparator.minPercent);
    if (basePoint === undefined || latest === undefined || basePoint.value.num <= 0n || latest.year <= baselineYear) {
      const reason: Label =
        basePoint === undefined
          ? { vi: `Không có số liệu năm gốc ${baselineYear}`, en: `No value for the baseline year ${baselineYear}` }
          : basePoint.value.num <= 0n
            ? { vi: 'Giá trị năm gốc bằng 0: không tính được mức tăng', en: 'The baseline value is zero: growth cannot be computed' }
            : { vi: 'Chưa có số liệu sau năm gốc', en: 'No value after the baseline year yet' };
      warnings.push({ code: 'GROWTH_NOT_COMPUTABLE', message: reason, details: { baselineYear } });
      const status: ProgressStatus =
        series.length === 0 && !isSeries(observations) ? noValueStatus(computations) : year > target.deadline ? 'not-achieved' : 'insufficient-data';
      return finish({
        ...base,
        status,
        met: undefined,
        year: latest?.year,
        value: undefined,
        display: undefined,
        unit: 'percent-growth',
        gap: { kind: 'not-computable', reason },
        method: undefined,
        progress: undefined,
        warnings,
        ...(basePoint === undefined || latest === undefined
          ? {}
          : { growth: { baselineYear, baseline: basePoint.value, current: latest.value, percent: undefined } }),
      }, indicator, target, latestIndicator, computations);
    }
    const percent = multiplyRational(subtractRational(divideRational(latest.value, basePoint.value), rational(1)), rational(100));
    const met = compareRational(percent, minGrowth) >= 0;
    // Progress on the levels: the level aimed at is baseline × (1 + p/100), exactly.
    const aim = multiplyRational(basePoint.value, subtractRational(rational(1), rational(-comparator.minPercent, 100)));
    const levelConstraint: Constraint = { lower: { bound: aim, strict: false } };
    const progress = assessProgressWith(series, levelConstraint, { ...progressOptions, baselineYear });
    for (const w of progress.warnings) warnings.push(w);
    const gap: TargetGap = met
      ? { kind: 'met' }
      : { kind: 'distance', change: 'more', boundary: minGrowth, distance: subtractRational(minGrowth, percent) };
    return finish({
      ...base,
      status: met ? 'achieved' : progress.status,
      met,
      year: latest.year,
      value: percent,
      display: rationalToNumber(percent),
      unit: 'percent-growth',
      gap,
      method: progress.method ?? 'comparison',
      progress,
      growth: { baselineYear, baseline: basePoint.value, current: latest.value, percent },
      warnings,
    }, indicator, target, latestIndicator, computations);
  }

  // yearly-growth
  let fromYear = comparator.fromYear ?? target.baselineYear ?? options.baselineYear;
  if (fromYear === undefined) {
    fromYear = series[0]?.year;
    if (fromYear !== undefined) {
      warnings.push({
        code: 'BASELINE_ASSUMED',
        message: { vi: `Không nêu năm bắt đầu; dùng năm có số liệu đầu tiên (${fromYear})`, en: `No start year given; the first observed year (${fromYear}) is used` },
        details: { fromYear },
      });
    }
  }
  const byYear = new Map(series.map((p) => [p.year, p.value] as const));
  const minGrowth = rational(comparator.minPercent);
  const years: { year: number; percent: Rational | undefined; met: boolean | undefined }[] = [];
  const lastYear = latest?.year;
  if (fromYear !== undefined && lastYear !== undefined) {
    for (let y = fromYear + 1; y <= lastYear; y += 1) {
      const before = byYear.get(y - 1);
      const now = byYear.get(y);
      if (before === undefined || now === undefined || before.num <= 0n) {
        years.push({ year: y, percent: undefined, met: undefined });
        continue;
      }
      const percent = multiplyRational(subtractRational(divideRational(now, before), rational(1)), rational(100));
      years.push({ year: y, percent, met: compareRational(percent, minGrowth) >= 0 });
    }
  }
  const measured = years.filter((y) => y.percent !== undefined);
  if (measured.length < years.length) {
    warnings.push({
      code: 'GROWTH_YEARS_MISSING',
      message: {
        vi: `Không tính được mức tăng cho năm ${years.filter((y) => y.percent === undefined).map((y) => y.year).join(', ')}`,
        en: `Growth cannot be computed for ${years.filter((y) => y.percent === undefined).map((y) => y.year).join(', ')}`,
      },
    });
  }
  const failing = measured.filter((y) => y.met === false).map((y) => y.year);
  const fromValue = fromYear === undefined ? undefined : byYear.get(fromYear);
  let compoundPercent: number | undefined;
  if (fromValue !== undefined && latest !== undefined && fromYear !== undefined && latest.year > fromYear && fromValue.num > 0n && latest.value.num >= 0n) {
    compoundPercent = ((rationalToNumber(latest.value) / rationalToNumber(fromValue)) ** (1 / (latest.year - fromYear)) - 1) * 100;
  }
  let status: ProgressStatus;
  let value: Rational | undefined;
  let met: boolean | undefined;
  if (measured.length === 0) {
    status = series.length === 0 && !isSeries(observations) ? noValueStatus(computations) : year > target.deadline ? 'not-achieved' : 'insufficient-data';
  } else {
    value = measured.reduce((m, y) => (compareRational(y.percent as Rational, m) < 0 ? (y.percent as Rational) : m), measured[0]?.percent as Rational);
    met = failing.length === 0 && measured.length === years.length;
    if (met) status = 'achieved';
    else if (year > target.deadline) status = 'not-achieved';
    else if (compoundPercent === undefined) status = 'insufficient-data';
    else if (comparator.minPercent <= 0) status = compoundPercent >= comparator.minPercent ? 'needs-acceleration' : 'deteriorating';
    else {
      status = statusOfRatio(compoundPercent / comparator.minPercent, thresholds);
      if (status === 'on-track' && failing.length > 0) status = 'needs-acceleration';
    }
  }
  return finish({
    ...base,
    status,
    met,
    year: latest?.year,
    value,
    display: value === undefined ? undefined : rationalToNumber(value),
    unit: 'percent-growth',
    gap: met === true ? { kind: 'met' } : measured.length === 0 ? NOT_COMPUTABLE : { kind: 'years', failing },
    method: measured.length === 0 ? undefined : met === true ? 'comparison' : 'growth-ratio',
    progress: undefined,
    ...(fromYear === undefined ? {} : { yearlyGrowth: { fromYear, years, compoundPercent } }),
    warnings,
  }, indicator, target, latestIndicator, computations);
};

interface EveryUnitContext {
  readonly year: number;
  readonly area: string | undefined;
  readonly areas: readonly AreaInput[] | undefined;
  readonly cache: EvaluationCache;
  readonly compute: (records: readonly YearlyRecord[], y: number, a: string | undefined) => IndicatorResult;
  readonly warnings: EvaluationWarning[];
  readonly options: EvaluateTargetOptions;
}

const evaluateEveryUnit = (
  target: Target,
  indicator: Indicator,
  records: readonly YearlyRecord[],
  comparator: Extract<Comparator, { kind: 'every-unit' }>,
  ctx: EveryUnitContext,
): TargetResult => {
  const { year, area, areas, cache, compute, warnings } = ctx;
  const inner = comparator.comparator;
  const constraint = constraintOf(inner, undefined);
  const countLike = indicator.denominator === undefined && (indicator.numerator.op === 'count' || indicator.numerator.op === 'sum');
  const years = [...recordsByYear(cache, records).keys()].filter((y) => y <= year).sort((a, b) => a - b);
  const lookup = areaLookupFor(cache, areas);
  if (lookup === undefined) {
    warnings.push({
      code: 'NO_AREA_LIST',
      message: {
        vi: 'Không có danh mục địa bàn: dùng các mã địa bàn có trong dữ liệu làm đơn vị (đơn vị không có bản ghi sẽ bị bỏ sót)',
        en: 'No area list given: the area codes present in the data are used as units (a unit without records is missed)',
      },
    });
  }
  const unitsFor = (y: number): string[] => {
    if (lookup !== undefined && area !== undefined) return unitsOf(lookup, area, comparator.level, y);
    const codes = new Set<string>();
    for (const record of recordsByYear(cache, records).get(y) ?? []) codes.add(record.areaCode);
    return [...codes].sort();
  };
  // One pass per year: each record of the year goes to its unit (memoised per area code), then the
  // indicator is computed on each unit's records — linear in the records, whatever the number of units.
  const judge = (y: number): UnitResult[] => {
    const unitMemo = new Map<string, string | undefined>();
    const codes = unitsFor(y);
    const unitSet = new Set(codes);
    const parts = new Map<string, YearlyRecord[]>(codes.map((c) => [c, []]));
    for (const record of recordsByYear(cache, records).get(y) ?? []) {
      const unit = lookup === undefined ? record.areaCode : unitOf(lookup, record.areaCode, unitSet, unitMemo);
      if (unit !== undefined) parts.get(unit)?.push(record);
    }
    return codes.map((code) => {
      const result = compute(parts.get(code) ?? [], y, undefined);
      let value = result.value;
      if (value === undefined && countLike && result.reason?.code === 'empty-population') value = rational(0);
      return {
        code,
        value,
        display: value === undefined ? undefined : rationalToNumber(value),
        met: value !== undefined && meetsConstraint(constraint, value),
        populationSize: result.populationSize,
      };
    });
  };
  const points: { year: number; value: Rational }[] = [];
  let latestUnits: UnitResult[] = [];
  let latestYear: number | undefined;
  for (const y of years) {
    const units = judge(y);
    if (units.length === 0) continue;
    latestUnits = units;
    latestYear = y;
    points.push({ year: y, value: rational(units.filter((u) => u.met).length) });
  }
  const total = latestUnits.length;
  const failing = latestUnits.filter((u) => !u.met).map((u) => u.code);
  const meeting = total - failing.length;
  if (total === 0 || latestYear === undefined) {
    return finish({
      targetId: target.id,
      indicatorId: indicator.id,
      label: target.label,
      comparator,
      deadline: target.deadline,
      series: [],
      indicator: undefined,
      status: 'not-applicable',
      met: undefined,
      year: undefined,
      value: undefined,
      display: undefined,
      unit: 'units',
      gap: { kind: 'not-computable', reason: { vi: 'Không có đơn vị nào để đánh giá', en: 'There is no unit to evaluate' } },
      method: undefined,
      progress: undefined,
      units: [],
      warnings,
    }, indicator, target, undefined, []);
  }
  const unitConstraint: Constraint = { lower: { bound: rational(total), strict: false } };
  const progress = assessProgressWith(points, unitConstraint, {
    deadline: target.deadline,
    asOf: ctx.options.asOf,
    thresholds: { ...DEFAULT_PROGRESS_THRESHOLDS, ...ctx.options.thresholds },
    bounds: [0, total],
    ...(ctx.options.method === undefined ? {} : { method: ctx.options.method }),
    ...(target.baselineYear === undefined && ctx.options.baselineYear === undefined
      ? {}
      : { baselineYear: (target.baselineYear ?? ctx.options.baselineYear) as number }),
  });
  for (const w of progress.warnings) warnings.push(w);
  const met = failing.length === 0;
  return finish({
    targetId: target.id,
    indicatorId: indicator.id,
    label: target.label,
    comparator,
    deadline: target.deadline,
    series: points.map((p) => ({ year: p.year, value: p.value, display: rationalToNumber(p.value) })),
    indicator: undefined,
    status: met ? 'achieved' : progress.status,
    met,
    year: latestYear,
    value: rational(meeting),
    display: meeting,
    unit: 'units',
    gap: met ? { kind: 'met' } : { kind: 'units', failing, meeting, total },
    method: progress.method ?? 'comparison',
    progress,
    units: latestUnits,
    warnings,
  }, indicator, target, undefined, []);
};

type Draft = Omit<TargetResult, 'explanation'>;

const finish = (
  draft: Draft,
  indicator: Indicator,
  target: Target,
  latestIndicator: IndicatorResult | undefined,
  computations: readonly YearComputation[],
): TargetResult => {
  void computations;
  const valueClause: Label | undefined =
    draft.value === undefined
      ? {
          vi: `${target.label.vi}: chưa có giá trị${latestIndicator?.reason === undefined ? '' : ` (${latestIndicator.reason.message.vi})`}`,
          en: `${target.label.en}: no value${latestIndicator?.reason === undefined ? '' : ` (${latestIndicator.reason.message.en})`}`,
        }
      : draft.unit === 'percent-growth'
        ? {
            vi: `${target.label.vi}: ${draft.comparator.kind === 'yearly-growth' ? 'mức tăng thấp nhất hằng năm' : 'tăng'} ${formatIndicatorValue(draft.value, 'percent', 'vi')}${draft.year === undefined ? '' : ` (đến năm ${draft.year})`}`,
            en: `${target.label.en}: ${draft.comparator.kind === 'yearly-growth' ? 'lowest yearly growth' : 'growth'} ${formatIndicatorValue(draft.value, 'percent', 'en')}${draft.year === undefined ? '' : ` (to ${draft.year})`}`,
          }
        : draft.unit === 'units'
          ? {
              vi: `${target.label.vi}: ${draft.display}/${draft.units?.length ?? 0} địa bàn đạt (năm ${draft.year})`,
              en: `${target.label.en}: ${draft.display} of ${draft.units?.length ?? 0} units meet it (${draft.year})`,
            }
          : {
              vi: `${target.label.vi}: ${formatIndicatorValue(draft.value, draft.unit, 'vi')} (năm ${draft.year})`,
              en: `${target.label.en}: ${formatIndicatorValue(draft.value, draft.unit, 'en')} in ${draft.year}`,
            };
  const gap = gapClause(
    draft.gap,
    target,
    indicator.unit,
    indicator,
    draft.tolerance?.value,
    draft.unit === 'units' ? indicator.unit : draft.unit,
  );
  const status = PROGRESS_STATUS_LABELS[draft.status];
  const statusClause: Label = draft.progress !== undefined && draft.status !== 'achieved' && draft.status !== 'not-achieved'
    ? draft.progress.explanation
    : { vi: `Trạng thái: ${status.vi}`, en: `Status: ${status.en}` };
  if (draft.comparator.kind === 'yearly-growth' && draft.yearlyGrowth?.compoundPercent !== undefined) {
    const c = draft.yearlyGrowth.compoundPercent;
    return {
      ...draft,
      explanation: joinExplanation([
        valueClause,
        gap,
        { vi: `tăng trưởng kép ${formatIndicatorValue(c, 'percent', 'vi')}/năm`, en: `compound growth ${formatIndicatorValue(c, 'percent', 'en')} a year` },
        statusClause,
      ]),
    };
  }
  return { ...draft, explanation: joinExplanation([valueClause, gap, statusClause]) };
};
