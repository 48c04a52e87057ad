import {
  type Aggregate,
  type AreaInput,
  type Grade,
  type Indicator,
  type IndicatorUnit,
  type Issue,
  type Label,
  type OrganisationKind,
  type Rational,
  type Sector,
  type YearlyRecord,
} from '@coop/model';
import type { Rulebook } from './rulebook.js';
import { checkLength, fail, guard, isObjectLike, isYear, makeIssue } from './internal/evaluation-guard.js';
import { checkIndicator, readCache, readFields, readGradeReading, readScope, readShared } from './internal/evaluation-options.js';
import { newCacheState } from './internal/indicator-cache.js';
import { BUILT_IN_AREAS, lookupWith } from './internal/indicator-area.js';
import { computeChecked, gradingRulebooks, indicatorFields } from './internal/indicator-compute.js';
import { ingestRecords } from './internal/indicator-frame.js';
import type { GradeCoverage } from './semantics/population.js';
import type { IndicatorSide } from './semantics/aggregate.js';
import type { EvaluationWarning } from './evaluation-types.js';
import type { IndicatorResult } from './evaluation-types.js';
export type { IndicatorResult, NoValueReason } from './evaluation-types.js';

export type { GradeCoverage, IndicatorSide };

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
export interface EvaluationCache {
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
export const createEvaluationCache = (): EvaluationCache => newCacheState() as unknown as EvaluationCache;

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
export type ExternalValue = number | bigint | string | Rational;

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
export type ExternalContext = Readonly<
  Record<string, ExternalValue | { readonly byYear: Readonly<Record<number, ExternalValue>> }>
>;

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
export interface PopulationScope {
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
 *   { organisationId: 'a', year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'D1', grade: 'fair' },
 * ] as const;
 * computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, records, options).display; // 100
 * ```
 */
export interface ComputeIndicatorOptions {
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
  /**
   * How a grade-based count or share counts: over every eligible organisation (`denominator: 'eligible'`,
   * "trong tổng số HTX") or the rated ones (`'rated'`, the default); `rulebook` keeps only grades from
   * that rulebook. A target passes its own `grades` reading.
   */
  readonly grades?: { readonly denominator: 'eligible' | 'rated'; readonly rulebook?: string };
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
export const computeIndicator = (
  indicator: Indicator,
  records: readonly YearlyRecord[],
  options: ComputeIndicatorOptions,
): IndicatorResult => {
  const run = guard('INVALID_OPTIONS', 'options', () => [], () => {
    if (!isObjectLike(options)) {
      return fail('INVALID_OPTIONS', 'options', [makeIssue([], 'invalid_type', 'Cần { year, … }', 'Expected { year, … }', { received: options })]);
    }
    const fields = readFields(options, ['year', 'area', 'areas', 'context', 'rulebooks', 'effectiveGrades', 'scope', 'cache', 'grades'], 'INVALID_OPTIONS', 'options');
    const issues: Issue[] = [];
    const cache = readCache(fields['cache'], ['cache'], issues);
    const year = fields['year'];
    if (!isYear(year)) issues.push(makeIssue(['year'], 'invalid_year', 'Cần một năm (1900–2199)', 'Expected a year (1900–2199)', { received: year }));
    const shared = readShared(fields, cache, issues, 'INVALID_OPTIONS', { value: fields['areas'], path: ['areas'] });
    const scope = readScope(fields['scope'], ['scope'], issues);
    const grades = readGradeReading(fields['grades'], ['grades'], issues);
    if (issues.length > 0) return fail('INVALID_OPTIONS', 'options', issues);
    return { ...shared, cache, year: year as number, ...(scope === undefined ? {} : { scope }), ...(grades === undefined ? {} : { grades }) };
  });
  const checked = guard('INVALID_INDICATOR', 'indicator', () => [], () => checkIndicator(indicator, run.cache, 'INVALID_INDICATOR', []));
  const list = guard('INVALID_ARGUMENT', 'records', () => [], () => {
    if (!Array.isArray(records)) {
      return fail('INVALID_ARGUMENT', 'records', [makeIssue([], 'invalid_type', 'Cần một mảng bản ghi', 'Expected an array of records', { received: records })]);
    }
    checkLength(records, [], 'records');
    const fields = new Set<string>();
    indicatorFields(checked, fields);
    return ingestRecords(run.cache, records, [], fields, gradingRulebooks(run));
  });
  // An area that is a Vietnamese code needs no area list: the model's VN_AREAS is used.
  const lookup = lookupWith(run.lookup, run.area, run.cache, BUILT_IN_AREAS);
  return computeChecked(checked, list, lookup === undefined ? run : { ...run, lookup });
};
