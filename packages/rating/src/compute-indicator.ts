import {
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
import type { EvaluationWarning } from './explain.js';
import type { Rulebook } from './rulebook.js';
import { fail, guard, isObjectLike, isYear, makeIssue } from './internal/evaluation-guard.js';
import { checkIndicator, readCache, readFields, readScope, readShared } from './internal/evaluation-options.js';
import { checkRecords } from './internal/evaluation-records.js';
import type { SideValue } from './internal/indicator-aggregate.js';
import { checkedOnce, newCacheState, type EvaluationCacheState } from './internal/indicator-cache.js';
import { computeChecked } from './internal/indicator-compute.js';

/**
 * A memo shared by the evaluations of one plan (or any batch): each record is graded at most once,
 * records are grouped by year once, and each (population, year, area) is filtered once. Create one with
 * {@link createEvaluationCache}; treat it as opaque. It holds references only (never copies of records)
 * and is keyed weakly on your arrays.
 */
export type EvaluationCache = EvaluationCacheState;

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
export const createEvaluationCache = (): EvaluationCache => newCacheState();

/** An external input value: a number, an exact decimal string, a bigint or a rational. */
export type ExternalValue = number | bigint | string | Rational;

/**
 * External inputs by name (e.g. `farmHouseholds`, `population`): one value, or one value per year
 * (`{ byYear: { 2024: 412_000 } }`).
 */
export type ExternalContext = Readonly<
  Record<string, ExternalValue | { readonly byYear: Readonly<Record<number, ExternalValue>> }>
>;

/** Narrowing of the population by a target's scope (kinds and sectors intersect the indicator's). */
export interface PopulationScope {
  readonly kinds?: readonly OrganisationKind[];
  readonly sectors?: readonly Sector[];
}

/** Options of {@link computeIndicator}. */
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
}

/** Why an indicator has no value. */
export interface NoValueReason {
  readonly code: 'empty-population' | 'all-missing' | 'skipped-by-policy' | 'zero-denominator';
  readonly side?: 'numerator' | 'denominator';
  readonly message: Label;
}

/** One side (numerator or denominator) of a computed indicator. */
export type IndicatorSide = SideValue;

/** The result of {@link computeIndicator}. */
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
 * from `record.grade`; each record is graded at most once per cache. An empty population gives
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
 *   field is missing data), `INVALID_OPTIONS` / `INVALID_AREAS` for bad options; `details.issues` lists
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
    const fields = readFields(options, ['year', 'area', 'areas', 'context', 'rulebooks', 'effectiveGrades', 'scope', 'cache'], 'INVALID_OPTIONS', 'options');
    const issues: Issue[] = [];
    const cache = readCache(fields['cache'], ['cache'], issues);
    const year = fields['year'];
    if (!isYear(year)) issues.push(makeIssue(['year'], 'invalid_year', 'Cần một năm (1900–2199)', 'Expected a year (1900–2199)', { received: year }));
    const shared = readShared(fields, cache, issues, 'INVALID_OPTIONS', { value: fields['areas'], path: ['areas'] });
    const scope = readScope(fields['scope'], ['scope'], issues);
    if (issues.length > 0) return fail('INVALID_OPTIONS', 'options', issues);
    return { ...shared, cache, year: year as number, ...(scope === undefined ? {} : { scope }) };
  });
  const checked = guard('INVALID_INDICATOR', 'indicator', () => [], () => checkIndicator(indicator, run.cache, 'INVALID_INDICATOR', []));
  const list = guard('INVALID_ARGUMENT', 'records', () => [], () => {
    if (!Array.isArray(records)) {
      return fail('INVALID_ARGUMENT', 'records', [makeIssue([], 'invalid_type', 'Cần một mảng bản ghi', 'Expected an array of records', { received: records })]);
    }
    return checkedOnce(run.cache, records, 'records', () => checkRecords(records, []));
  });
  return computeChecked(checked, list, run);
};
