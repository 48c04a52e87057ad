import {
  CoopError,
  isCoopError,
  compareRational,
  divideRational,
  multiplyRational,
  rational,
  rationalToNumber,
  subtractRational,
  RECORD_FIELDS,
  type Comparator,
  type Indicator,
  type Label,
  type Rational,
  type Target,
  type YearlyRecord,
} from '@coop/model';
import { formatIndicatorValue, joinExplanation, PROGRESS_STATUS_LABELS } from '../explain.js';
import { targetGap, type GapQuantities, type GapUnit, type TargetGap } from '../target-gap.js';
import { guard, isObjectLike, ownField } from './evaluation-guard.js';
import { checkIndicator, type CheckedTargetOptions } from './evaluation-options.js';
import type { CheckedPoint } from './evaluation-values.js';
import { areaCodeWarnings, areaCovers, areaName, isAboveLevel, lookupWith, unitOf, unitsEnded, unitsOf } from './indicator-area.js';
import { computeChecked, indicatorFields } from './indicator-compute.js';
import { frameOf, recordsByYear } from './indicator-frame.js';
import { assessChecked, type ProgressRun } from './progress-assess.js';
import { statusOfRatio } from '../semantics/progress.js';
import { coverageProves } from '../semantics/population.js';
import { compoundGrowth, growthAim, growthMeets, growthPercent, yearlyGrowth, yearlyGrowthTruth } from '../semantics/growth.js';
import { allOf, FALSE, TRUE, UNKNOWN, type Truth } from '../semantics/truth.js';
import { constraintOf, exceedsConstraint, isLevelComparator, meetsConstraint, resolveTolerance, unitTruth, type Constraint } from '../semantics/comparators.js';
import { gapClause } from './target-explain.js';
import type { IndicatorResult, TargetResult, TargetSeriesPoint, UnitResult, EvaluationWarning, ProgressStatus } from '../evaluation-types.js';
import type { AreaLookup, EvaluationCacheState, UnitRows } from './engine-types.js';

/** The target's indicator: `options.indicator` (must match), else `options.indicators` by id, else the fallback catalog's. */
const findIndicator = (target: Target, options: CheckedTargetOptions): Indicator => {
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
  const list = options.indicators;
  if (list !== undefined) {
    const found = guard('INVALID_OPTIONS', 'options', () => ['indicators'], () => {
      for (let i = 0; i < list.length; i += 1) {
        const item: unknown = list[i];
        if (isObjectLike(item) && ownField(item, 'id') === target.indicator) {
          return checkIndicator(item, options.cache, 'INVALID_OPTIONS', ['indicators', i]);
        }
      }
      return undefined;
    });
    if (found !== undefined) return found;
  }
  const fromCatalog = options.fallbacks.indicators.find((i) => i.id === target.indicator);
  if (fromCatalog === undefined) {
    throw new CoopError('UNKNOWN_INDICATOR', `No indicator with id "${target.indicator}" (target "${target.id}")`, {
      target: target.id,
      indicator: target.indicator,
    });
  }
  return fromCatalog;
};

/** Records or an exact series, validated. */
export type CheckedObservations =
  | { readonly kind: 'records'; readonly records: readonly YearlyRecord[] }
  | { readonly kind: 'series'; readonly points: readonly CheckedPoint[] };

/** Record fields whose values can be negative (a loss is a negative profit); every other measure is ≥ 0. */
const SIGNED_FIELDS: ReadonlySet<string> = new Set(['preTaxProfit', 'afterTaxProfit']);

const fieldUnit = (indicator: Indicator, field: string | undefined): { unit: GapUnit; integral: boolean; signed?: true } => {
  const type = field === undefined ? undefined : RECORD_FIELDS[field as keyof typeof RECORD_FIELDS];
  if (type === 'vnd') return { unit: 'vnd', integral: true, ...(field !== undefined && SIGNED_FIELDS.has(field) ? { signed: true as const } : {}) };
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
  const measure = fieldUnit(indicator, num.field);
  if (num.op === 'sum') {
    return { numerator: num.value, factor: indicator.factor, ...(den?.value === undefined ? {} : { denominator: den.value }), ...measure };
  }
  // mean: the population total over the records that reported it.
  if (den !== undefined || num.total === undefined || num.records === 0) return undefined;
  return { numerator: num.total, denominator: num.records, factor: indicator.factor, ...measure, basis: 'population-total' };
};

interface YearComputation {
  readonly year: number;
  readonly result: IndicatorResult;
}

const NOT_COMPUTABLE: TargetGap = {
  kind: 'not-computable',
  reason: { vi: 'Không có giá trị để tính khoảng cách', en: 'There is no value to measure the gap from' },
};

/** A truth as a verdict's `met`: `undefined` when the data cannot decide it. */
const metOf = (truth: Truth): boolean | undefined => (truth === UNKNOWN ? undefined : truth === TRUE);

const noValueStatus = (computations: readonly YearComputation[]): ProgressStatus =>
  computations.length === 0 || computations.every((c) => c.result.reason?.code === 'empty-population') ? 'not-applicable' : 'insufficient-data';

/**
 * Every record field the targets' indicators read — so that evaluating a whole plan visits each record
 * once for its fields, not once per indicator and year. A target whose indicator cannot be resolved
 * is left out here; evaluating it reports why.
 *
 * @param targets - the targets to be evaluated over records
 * @param options - the validated options shared by the targets
 * @returns the field paths
 */
export const targetFields = (targets: readonly Target[], options: CheckedTargetOptions): Set<string> => {
  const fields = new Set<string>();
  for (const target of targets) {
    try {
      indicatorFields(findIndicator(target, options), fields);
    } catch (error) {
      if (!isCoopError(error)) throw error;
    }
  }
  return fields;
};

/**
 * Evaluates one target over validated inputs (see `evaluateTarget` for the rules); `evaluatePlan`
 * calls it once per target after validating the plan, the data and the options once.
 */
export const evaluateChecked = (target: Target, observations: CheckedObservations, options: CheckedTargetOptions): TargetResult => {
  const area = options.area ?? target.scope.area;
  const lookup = lookupWith(options.lookup, area, options.cache, options.fallbacks.areas);
  const result = evaluateWith(target, observations, options, area, lookup);
  if (lookup === undefined || observations.kind !== 'records') return result;
  // Unknown and closed area codes of the years judged: never dropped silently (see `areaCodeWarnings`).
  const extra = [...recordsByYear(options.cache, observations.records).keys()]
    .filter((y) => y <= options.year)
    .sort((a, b) => a - b)
    .flatMap((y) => areaCodeWarnings(lookup, frameOf(options.cache, observations.records, y), y));
  return extra.length === 0 ? result : { ...result, warnings: [...result.warnings, ...extra] };
};

const evaluateWith = (
  target: Target,
  observations: CheckedObservations,
  options: CheckedTargetOptions,
  area: string | undefined,
  lookup: AreaLookup | undefined,
): TargetResult => {
  const indicator = findIndicator(target, options);
  const year = options.year;
  const cache = options.cache;
  const warnings: EvaluationWarning[] = [];
  const comparator = target.comparator;
  const tolerance = isLevelComparator(comparator) ? resolveTolerance(comparator, options.tolerance, target.id) : undefined;
  const scope = {
    ...(target.scope.kinds === undefined ? {} : { kinds: target.scope.kinds }),
    ...(target.scope.sectors === undefined ? {} : { sectors: target.scope.sectors }),
  };
  const compute = (records: readonly YearlyRecord[], y: number, a: string | undefined, unit?: UnitRows): IndicatorResult =>
    computeChecked(indicator, records, {
      year: y,
      ...(a === undefined ? {} : { area: a }),
      ...(unit === undefined ? {} : { unit }),
      ...(lookup === undefined ? {} : { lookup }),
      ...(options.context === undefined ? {} : { context: options.context }),
      ...(options.rulebooks === undefined ? {} : { rulebooks: options.rulebooks }),
      ...(options.effectiveGrades === undefined ? {} : { effectiveGrades: options.effectiveGrades }),
      ...(target.grades === undefined
        ? {}
        : { grades: { denominator: target.grades.denominator, ...(target.grades.rulebook === undefined ? {} : { rulebook: target.grades.rulebook }) } }),
      scope,
      cache,
    });

  // Level series, from records or from the given series.
  const computations: YearComputation[] = [];
  const series: TargetSeriesPoint[] = [];
  const seriesQuantities = new Map<number, GapQuantities>();
  if (comparator.kind === 'every-unit') {
    if (observations.kind === 'series') {
      throw new CoopError('SERIES_NOT_SUPPORTED', `Target "${target.id}" is per unit: it needs records, not a series`, { target: target.id });
    }
    return evaluateEveryUnit(target, indicator, observations.records, comparator, { year, area, lookup, cache, compute, warnings, options });
  }
  if (observations.kind === 'series') {
    for (const point of [...observations.points].sort((a, b) => a.year - b.year)) {
      if (point.year > year) continue;
      const value = point.value;
      series.push({ year: point.year, value, display: rationalToNumber(value) });
      if (point.numerator !== undefined) {
        seriesQuantities.set(point.year, {
          numerator: point.numerator,
          ...(point.denominator === undefined ? {} : { denominator: point.denominator, limit: point.denominator }),
          factor: indicator.factor,
        });
      }
    }
  } else {
    const records = observations.records;
    const years = [...recordsByYear(cache, records).keys()].filter((y) => y <= year).sort((a, b) => a - b);
    for (const y of years) {
      const result = compute(records, y, area);
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
  const thresholds = options.thresholds;
  const progressOptions: ProgressRun = {
    deadline: target.deadline,
    year,
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
        : assessChecked(series, constraint, { ...progressOptions, ...(progressBaseline === undefined ? {} : { baselineYear: progressBaseline }) });
    for (const w of progress?.warnings ?? []) warnings.push(w);
    const status: ProgressStatus = progress?.status ?? (observations.kind === 'series' ? 'insufficient-data' : noValueStatus(computations));
    let gap: TargetGap = NOT_COMPUTABLE;
    if (latest !== undefined) {
      const quantities = latestIndicator !== undefined ? gapQuantities(indicator, latestIndicator) : seriesQuantities.get(latest.year);
      gap = targetGap(comparator, quantities ?? { numerator: latest.value, integral: false }, tolerance === undefined ? {} : { tolerance: tolerance.value });
    }
    const met = latest === undefined ? undefined : meetsConstraint(constraint, latest.value);
    const exceeded = latest !== undefined && exceedsConstraint(constraint, latest.value);
    const unproven = met === true && needsFullCoverage(target, latestIndicator);
    if (unproven) gap = coverageGap(latestIndicator);
    return withExplanation({
      ...base,
      status: unproven ? 'insufficient-data' : status,
      met: unproven ? undefined : met,
      ...(exceeded && !unproven ? { exceeded } : {}),
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
        series.length === 0 && observations.kind !== 'series' ? noValueStatus(computations) : year > target.deadline ? 'not-achieved' : 'insufficient-data';
      return withExplanation({
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
    const percent = growthPercent(basePoint.value, latest.value) as Rational; // the base is above zero (checked above)
    const met = growthMeets(percent, comparator.minPercent);
    // Progress on the levels, towards the level the growth aims at.
    const levelConstraint: Constraint = { lower: { bound: growthAim(basePoint.value, comparator.minPercent), strict: false } };
    const progress = assessChecked(series, levelConstraint, { ...progressOptions, baselineYear });
    for (const w of progress.warnings) warnings.push(w);
    const gap: TargetGap = met
      ? { kind: 'met' }
      : { kind: 'distance', change: 'more', boundary: minGrowth, distance: subtractRational(minGrowth, percent) };
    return withExplanation({
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
  const years = fromYear === undefined || latest === undefined ? [] : yearlyGrowth(byYear, fromYear, latest.year, comparator.minPercent);
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
  const compoundPercent = fromValue === undefined || latest === undefined || fromYear === undefined ? undefined : compoundGrowth(fromValue, fromYear, latest.value, latest.year);
  let status: ProgressStatus;
  let value: Rational | undefined;
  let met: boolean | undefined;
  if (measured.length === 0) {
    status = series.length === 0 && observations.kind !== 'series' ? noValueStatus(computations) : year > target.deadline ? 'not-achieved' : 'insufficient-data';
  } else {
    value = measured.reduce((m, y) => (compareRational(y.percent as Rational, m) < 0 ? (y.percent as Rational) : m), measured[0]?.percent as Rational);
    met = metOf(yearlyGrowthTruth(years)); // an unmeasured year is unknown, never a failed year
    if (met) status = 'achieved';
    else if (year > target.deadline) status = 'not-achieved';
    else if (compoundPercent === undefined) status = 'insufficient-data';
    else if (comparator.minPercent <= 0) status = compoundPercent >= comparator.minPercent ? 'needs-acceleration' : 'deteriorating';
    else {
      status = statusOfRatio(compoundPercent / comparator.minPercent, thresholds);
      if (status === 'on-track' && failing.length > 0) status = 'needs-acceleration';
    }
  }
  return withExplanation({
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

/**
 * A frame's rows grouped by unit, in one packed array (a counting sort: each unit's rows stay in
 * order): unit `u`'s rows are `grouped[starts[u] … starts[u + 1])`. A function of its own, so that V8
 * optimises its loops as a whole function rather than on stack replacement inside a larger one.
 *
 * @param areaOf - each row's area code (an index into the frame's areas)
 * @param unitOfArea - the unit of each area code (`-1`: none)
 * @param units - the number of units
 */
const groupRowsByUnit = (areaOf: ArrayLike<number>, unitOfArea: readonly number[], units: number): { starts: Int32Array; grouped: Int32Array } => {
  // No unit, no row to group. (Not a shortcut only: running the loops with no unit leaves their bodies
  // unseen, and V8's code for them, made on stack replacement, then falls back to the interpreter at
  // every call, mid-loop — milliseconds per year.)
  if (units === 0) return { starts: new Int32Array(1), grouped: new Int32Array(0) };
  const starts = new Int32Array(units + 1);
  for (let row = 0; row < areaOf.length; row += 1) {
    const u = unitOfArea[areaOf[row] as number] as number;
    if (u >= 0) starts[u + 1] = (starts[u + 1] as number) + 1;
  }
  for (let u = 0; u < units; u += 1) starts[u + 1] = (starts[u + 1] as number) + (starts[u] as number);
  const grouped = new Int32Array(starts[units] as number);
  const next = starts.slice(0, units);
  for (let row = 0; row < areaOf.length; row += 1) {
    const u = unitOfArea[areaOf[row] as number] as number;
    if (u < 0) continue;
    grouped[next[u] as number] = row;
    next[u] = (next[u] as number) + 1;
  }
  return { starts, grouped };
};

interface EveryUnitContext {
  readonly year: number;
  readonly area: string | undefined;
  readonly lookup: AreaLookup | undefined;
  readonly cache: EvaluationCacheState;
  readonly compute: (records: readonly YearlyRecord[], y: number, a: string | undefined, unit?: UnitRows) => IndicatorResult;
  readonly warnings: EvaluationWarning[];
  readonly options: CheckedTargetOptions;
}

const evaluateEveryUnit = (
  target: Target,
  indicator: Indicator,
  records: readonly YearlyRecord[],
  comparator: Extract<Comparator, { kind: 'every-unit' }>,
  ctx: EveryUnitContext,
): TargetResult => {
  const { year, area, lookup, cache, compute, warnings } = ctx;
  const inner = comparator.comparator;
  const constraint = constraintOf(inner, undefined);
  const countLike = indicator.denominator === undefined && (indicator.numerator.op === 'count' || indicator.numerator.op === 'sum');
  const years = [...recordsByYear(cache, records).keys()].filter((y) => y <= year).sort((a, b) => a - b);
  if (lookup === undefined) {
    throw notEvaluable(target, 'no-unit-list', {
      vi: `Không có danh mục địa bàn: không biết các ${levelNoun(comparator.level).vi} cần đánh giá`,
      en: `No area list: the ${levelNoun(comparator.level).en}s to judge are not known`,
    });
  }
  if (area !== undefined && unitsOf(lookup, area, comparator.level, year).length === 0) {
    const last = unitsEnded(lookup, area, comparator.level, year);
    if (last !== undefined) {
      throw notEvaluable(target, 'unit-level-ended', {
        vi: `Cấp ${levelNoun(comparator.level).vi} không còn trong năm ${year} (năm cuối cùng còn cấp này: ${last}); đánh giá với asOf ${last}`,
        en: `There is no ${levelNoun(comparator.level).en} level in ${year} (the last year with one: ${last}); evaluate with asOf ${last}`,
      }, { year, lastYear: last });
    }
  }
  const unitsFor = (y: number): string[] => {
    if (area !== undefined) return unitsOf(lookup, area, comparator.level, y);
    return [...frameOf(cache, records, y).areas].sort();
  };
  // One pass per year: each row of the year's frame is assigned its unit (memoised per area code), then
  // the indicator is computed on each unit's rows — linear in the records, whatever the number of units,
  // and sharing the frame's grades and condition truths with every other target.
  const judge = (y: number): UnitResult[] => {
    const unitMemo = new Map<string, string | undefined>();
    const codes = unitsFor(y);
    const unitSet = new Set(codes);
    const unitIndex = new Map(codes.map((code, u) => [code, u]));
    // The unit of each distinct area code of the year (-1: none), then the rows grouped by unit, each
    // unit a view of its stretch.
    const frame = frameOf(cache, records, y);
    const unitOfArea = frame.areas.map((code) => unitIndex.get(unitOf(lookup, code, unitSet, unitMemo) ?? '') ?? -1);
    // Records of the area that no unit holds (coded with the province itself, say) would make every
    // unit look empty: the target is not judged on them.
    if (area !== undefined && codes.length > 0) {
      const above = frame.areas.filter(
        (code, i) => unitOfArea[i] === -1 && isAboveLevel(lookup, area, code, comparator.level) && areaCovers(lookup, area, code, y),
      );
      if (above.length > 0) {
        throw notEvaluable(target, 'records-above-unit-level', {
          vi: `Năm ${y}: có bản ghi mã ${above.join(', ')} không thuộc ${levelNoun(comparator.level).vi} nào; cần mã ${levelNoun(comparator.level).vi} (hoặc cấp dưới) để đánh giá từng ${levelNoun(comparator.level).vi}`,
          en: `${y}: records coded ${above.join(', ')} lie in no ${levelNoun(comparator.level).en}; per-${levelNoun(comparator.level).en} judgement needs ${levelNoun(comparator.level).en} (or lower) codes`,
        }, { year: y, codes: above });
      }
    }
    const { starts, grouped } = groupRowsByUnit(frame.areaOf, unitOfArea, codes.length);
    return codes.map((code, u) => {
      const result = compute(records, y, undefined, { rows: grouped.subarray(starts[u] as number, starts[u + 1] as number) });
      let value = result.value;
      if (value === undefined && countLike && result.reason?.code === 'empty-population') value = rational(0);
      const name = areaName(lookup, code);
      return {
        code,
        ...(name === undefined ? {} : { name }),
        value,
        display: value === undefined ? undefined : rationalToNumber(value),
        met: metOf(unitTruth(constraint, value)),
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
    points.push({ year: y, value: rational(units.filter((u) => u.met === true).length) });
  }
  const total = latestUnits.length;
  const failing = latestUnits.filter((u) => u.met === false).map((u) => u.code);
  const undecided = latestUnits.filter((u) => u.met === undefined);
  const meeting = total - failing.length - undecided.length;
  const head = { targetId: target.id, indicatorId: indicator.id, label: target.label, comparator, deadline: target.deadline };
  if (total === 0 || latestYear === undefined) {
    return withExplanation({
      ...head,
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
  const progress = assessChecked(points, unitConstraint, {
    deadline: target.deadline,
    year,
    thresholds: ctx.options.thresholds,
    bounds: [0, total],
    ...(ctx.options.method === undefined ? {} : { method: ctx.options.method }),
    ...(target.baselineYear === undefined && ctx.options.baselineYear === undefined
      ? {}
      : { baselineYear: (target.baselineYear ?? ctx.options.baselineYear) as number }),
  });
  for (const w of progress.warnings) warnings.push(w);
  // Every unit (Kleene all): a failing unit decides "not met"; an undecided one leaves it unknown.
  const met = metOf(allOf(latestUnits.map((u) => (u.met === undefined ? UNKNOWN : u.met ? TRUE : FALSE))));
  const unitNames = (lang: 'vi' | 'en'): string =>
    undecided.map((u) => (u.name === undefined ? u.code : lang === 'vi' ? u.name.vi.charAt(0).toLowerCase() + u.name.vi.slice(1) : u.name.en)).join(', ');
  const gap: TargetGap =
    met === true
      ? { kind: 'met' }
      : met === false
        ? { kind: 'units', failing, meeting, total }
        : { kind: 'not-computable', reason: { vi: `Chưa có giá trị ở: ${unitNames('vi')}`, en: `No value in: ${unitNames('en')}` } };
  return withExplanation({
    ...head,
    series: points.map((p) => ({ year: p.year, value: p.value, display: rationalToNumber(p.value) })),
    indicator: undefined,
    status: met === true ? 'achieved' : progress.status, // undecided units count as not meeting in the pace
    met,
    year: latestYear,
    value: rational(meeting),
    display: meeting,
    unit: 'units',
    gap,
    method: progress.method ?? 'comparison',
    progress,
    units: latestUnits,
    warnings,
  }, indicator, target, undefined, []);
};

/** Vietnamese and English nouns of an area level. */
const levelNoun = (level: string): Label =>
  level === 'district' ? { vi: 'huyện', en: 'district' } : level === 'commune' ? { vi: 'xã', en: 'commune' } : level === 'province' ? { vi: 'tỉnh', en: 'province' } : { vi: 'địa bàn', en: 'unit' };

/**
 * A per-unit target that cannot be judged: `UNITS_NOT_EVALUABLE` with `details.reason` —
 * `no-unit-list` (no area list to know the units), `unit-level-ended` (the level does not exist in the
 * year judged, e.g. districts after 1 July 2025), `records-above-unit-level` (records of the area coded
 * above the units, e.g. with the province code). `evaluatePlan` counts it as not evaluated.
 */
const notEvaluable = (target: Target, reason: string, message: Label, details: Record<string, unknown> = {}): CoopError =>
  new CoopError('UNITS_NOT_EVALUABLE', `Target "${target.id}" cannot be judged unit by unit: ${message.en}`, {
    target: target.id,
    reason,
    message,
    ...details,
  });

/**
 * "Không còn hợp tác xã yếu kém": a target whose reading needs full coverage (`grades.fullCoverage`)
 * cannot be concluded as met while some eligible organisation is unrated — the data do not show it.
 * (A value that already fails it is not met whatever the unrated ones turn out to be.)
 */
const needsFullCoverage = (target: Target, result: IndicatorResult | undefined): boolean =>
  !coverageProves(target.grades?.fullCoverage === true, result?.coverage);

const coverageGap = (result: IndicatorResult | undefined): TargetGap => {
  const c = result?.coverage;
  return {
    kind: 'not-computable',
    reason: {
      vi: `chưa kết luận được: mới xếp loại ${c?.rated ?? 0}/${c?.eligible ?? 0} tổ chức đủ điều kiện, cần xếp loại tất cả`,
      en: `cannot be concluded: only ${c?.rated ?? 0} of ${c?.eligible ?? 0} eligible organisations are rated, and every one must be`,
    },
  };
};

/** The coverage clause of an explanation: who was counted and who was left out. */
const coverageClause = (result: IndicatorResult | undefined): Label | undefined => {
  const c = result?.coverage;
  if (c === undefined) return undefined;
  const over = c.denominator === 'eligible' ? { vi: 'tính trên tổng số tổ chức đủ điều kiện', en: 'counted over all eligible organisations' } : { vi: 'tính trên số đã xếp loại', en: 'counted over the rated ones' };
  return {
    vi: `${over.vi}; đã xếp loại ${c.rated}/${c.eligible} tổ chức đủ điều kiện; không tính ${c.groups} tổ hợp tác, ${c.outOfScope - c.groups} tổ chức khác ngoài phạm vi xếp loại và ${c.exempt} tổ chức không phải đánh giá`,
    en: `${over.en}; coverage ${c.rated} of ${c.eligible} eligible organisations rated; left out ${c.groups} cooperative groups, ${c.outOfScope - c.groups} other organisations no rulebook rates and ${c.exempt} exempt`,
  };
};

type Draft = Omit<TargetResult, 'explanation'>;

const withExplanation = (
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
    new Map((draft.units ?? []).flatMap((u) => (u.name === undefined ? [] : [[u.code, u.name] as const]))),
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
  return { ...draft, explanation: joinExplanation([valueClause, coverageClause(latestIndicator), gap, statusClause]) };
};
