import {
  CoopError,
  divideRational,
  isAgricultural,
  multiplyRational,
  rational,
  rationalToNumber,
  type AreaInput,
  type Grade,
  type Indicator,
  type IndicatorUnit,
  type Label,
  type OrganisationKind,
  type Rational,
  type Sector,
  type YearlyRecord,
} from '@coop/model';
import type { EvaluationWarning } from './explain.js';
import type { Rulebook } from './rulebook.js';
import { BUILT_IN_RULEBOOKS } from './rulebooks/index.js';
import { areaCovers, buildAreaLookup, type AreaLookup } from './internal/indicator-area.js';
import { computeSide, type SideValue } from './internal/indicator-aggregate.js';
import {
  newCacheState,
  recordsByYear,
  type EvaluationCacheState,
  type GradeInfo,
} from './internal/indicator-cache.js';
import { compileCondition, conditionUsesGrades, TRUE, type Predicate } from './internal/indicator-condition.js';
import { makeGradeReader } from './internal/indicator-grades.js';

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

const DEFAULT_EFFECTIVE: readonly Grade[] = ['good', 'fair'];

const lookups = (cache: EvaluationCacheState, areas: readonly AreaInput[] | undefined): AreaLookup | undefined => {
  if (areas === undefined) return undefined;
  let lookup = cache.areaLookups.get(areas);
  if (lookup === undefined) {
    lookup = buildAreaLookup(areas);
    cache.areaLookups.set(areas, lookup);
  }
  return lookup;
};

/** @internal Resolves an area lookup through the cache (shared with evaluate-target). */
export const areaLookupFor = lookups;

const readExternal = (indicator: Indicator, name: string, options: ComputeIndicatorOptions): Rational => {
  const entry = options.context?.[name];
  const fail = (): never => {
    throw new CoopError(
      'MISSING_EXTERNAL_INPUT',
      `Indicator "${indicator.id}" needs the external input "${name}"${entry === undefined ? '' : ` for ${options.year}`}; pass it in \`context\``,
      { input: name, indicator: indicator.id, year: options.year, area: options.area },
    );
  };
  if (entry === undefined) return fail();
  if (typeof entry === 'object' && 'byYear' in entry) {
    const value = entry.byYear[options.year];
    return value === undefined ? fail() : rational(value);
  }
  return rational(entry);
};

const intersect = <T,>(a: readonly T[] | undefined, b: readonly T[] | undefined): readonly T[] | undefined =>
  a === undefined ? b : b === undefined ? a : a.filter((x) => b.includes(x));

/** @internal The population of an indicator for a year and area, filtered once per cache. */
export const populationOf = (
  indicator: Indicator,
  records: readonly YearlyRecord[],
  options: ComputeIndicatorOptions,
  cache: EvaluationCacheState,
  populationWhere: Predicate | undefined,
): { readonly population: readonly YearlyRecord[]; readonly undecided: number } => {
  const kinds = intersect(indicator.population.kinds, options.scope?.kinds);
  const sectors = indicator.population.sectors;
  const scopeSectors = options.scope?.sectors;
  const agriculture = indicator.population.sectorGroup === 'agriculture';
  const key = JSON.stringify([
    kinds,
    sectors,
    scopeSectors,
    agriculture,
    indicator.population.where ?? null,
    options.year,
    options.area ?? null,
    indicator.population.where === undefined ? null : options.effectiveGrades ?? null,
  ]);
  let byKey = cache.populations.get(records);
  if (byKey === undefined) {
    byKey = new Map();
    cache.populations.set(records, byKey);
  }
  const known = byKey.get(key);
  if (known !== undefined && populationWhere === undefined) return { population: known, undecided: 0 };
  const candidates = recordsByYear(cache, records).get(options.year) ?? [];
  const kindSet = kinds === undefined ? undefined : new Set<string>(kinds);
  const sectorSet = sectors === undefined ? undefined : new Set<string>(sectors);
  const scopeSet = scopeSectors === undefined ? undefined : new Set<string>(scopeSectors);
  const lookup = lookups(cache, options.areas);
  const area = options.area;
  const areaMemo = new Map<string, boolean>();
  const population: YearlyRecord[] = [];
  let undecided = 0;
  for (let i = 0; i < candidates.length; i += 1) {
    const record = candidates[i] as YearlyRecord;
    if (kindSet !== undefined && !kindSet.has(record.kind)) continue;
    if (sectorSet !== undefined && !sectorSet.has(record.sector)) continue;
    if (scopeSet !== undefined && !scopeSet.has(record.sector)) continue;
    if (agriculture && !isAgricultural(record.sector)) continue;
    if (area !== undefined) {
      let inside = areaMemo.get(record.areaCode);
      if (inside === undefined) {
        inside = areaCovers(lookup, area, record.areaCode);
        areaMemo.set(record.areaCode, inside);
      }
      if (!inside) continue;
    }
    if (populationWhere !== undefined) {
      const t = populationWhere(record);
      if (t !== TRUE) {
        if (t !== 0) undecided += 1;
        continue;
      }
    }
    population.push(record);
  }
  byKey.set(key, population);
  return { population, undecided };
};

const reasonFor = (side: 'numerator' | 'denominator', value: SideValue): NoValueReason => {
  const names = side === 'numerator' ? { vi: 'tử số', en: 'numerator' } : { vi: 'mẫu số', en: 'denominator' };
  if (value.reason === 'any-missing') {
    return {
      code: 'skipped-by-policy',
      side,
      message: {
        vi: `Bỏ qua ${names.vi}: có ${value.missing} bản ghi thiếu số liệu (quy tắc bỏ qua nếu thiếu bất kỳ)`,
        en: `The ${names.en} was skipped: ${value.missing} records lack the data (skip-if-any-missing)`,
      },
    };
  }
  return {
    code: 'all-missing',
    side,
    message: {
      vi: `Không có số liệu cho ${names.vi} (tất cả bản ghi đều thiếu)`,
      en: `No data for the ${names.en} (every record lacks it)`,
    },
  };
};

const EMPTY: NoValueReason = {
  code: 'empty-population',
  message: { vi: 'Không có tổ chức nào trong phạm vi chỉ tiêu', en: 'No organisation is in the indicator’s population' },
};

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
 *   external input absent from `context`
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
  if (options.cache === undefined) return computeUncached(indicator, records, options, newCacheState());
  // Memo: the same indicator object over the same records with the same options (compared by identity
  // for context, areas and rulebooks) is computed once per cache — plans share indicators across targets.
  const cache = options.cache;
  let byIndicator = cache.results.get(records);
  if (byIndicator === undefined) {
    byIndicator = new WeakMap();
    cache.results.set(records, byIndicator);
  }
  let byKey = byIndicator.get(indicator);
  if (byKey === undefined) {
    byKey = new Map();
    byIndicator.set(indicator, byKey);
  }
  const key = JSON.stringify([options.year, options.area ?? null, options.scope ?? null, options.effectiveGrades ?? null]);
  const inputs = [options.context, options.areas, options.rulebooks];
  const known = byKey.get(key);
  if (known !== undefined && known.inputs.every((v, i) => v === inputs[i])) return known.result as IndicatorResult;
  const result = computeUncached(indicator, records, options, cache);
  byKey.set(key, { inputs, result });
  return result;
};

const computeUncached = (
  indicator: Indicator,
  records: readonly YearlyRecord[],
  options: ComputeIndicatorOptions,
  cache: EvaluationCacheState,
): IndicatorResult => {
  const rulebooks = options.rulebooks ?? (BUILT_IN_RULEBOOKS as readonly Rulebook[]);
  const effective = options.effectiveGrades ?? DEFAULT_EFFECTIVE;
  const warnings: EvaluationWarning[] = [];

  // External inputs first: a missing one is a programmer error, whatever the population.
  const externalNumerator = indicator.numerator.op === 'external' ? readExternal(indicator, indicator.numerator.input, options) : undefined;
  const externalDenominator =
    indicator.denominator?.op === 'external' ? readExternal(indicator, indicator.denominator.input, options) : undefined;

  const gradeReader = makeGradeReader(cache, rulebooks);
  const readGrade = (record: YearlyRecord): GradeInfo['grade'] => gradeReader(record).grade;
  let effectiveUsed = false;
  const onGradeUse = (usesEffective: boolean): void => {
    if (usesEffective) effectiveUsed = true;
  };
  const compile = (condition: Parameters<typeof compileCondition>[0] | undefined): Predicate | undefined =>
    condition === undefined ? undefined : compileCondition(condition, effective, readGrade, onGradeUse);

  const populationWhere = compile(indicator.population.where);
  const { population, undecided } = populationOf(indicator, records, options, cache, populationWhere);
  if (undecided > 0) {
    warnings.push({
      code: 'POPULATION_UNDECIDED',
      message: {
        vi: `${undecided} bản ghi bị loại vì không đủ số liệu để xác định có thuộc phạm vi hay không`,
        en: `${undecided} records were left out: their data cannot decide whether they belong to the population`,
      },
      details: { count: undecided },
    });
  }
  if (options.area !== undefined && options.areas === undefined) {
    warnings.push({
      code: 'NO_AREA_LIST',
      message: {
        vi: `Không có danh mục địa bàn: chỉ tính các bản ghi có mã địa bàn đúng bằng ${options.area}`,
        en: `No area list given: only records coded exactly ${options.area} are counted`,
      },
      details: { area: options.area },
    });
  }

  const side = (aggregate: Indicator['numerator'], external: Rational | undefined): SideValue => {
    if (aggregate.op === 'external') {
      return { op: 'external', status: 'ok', value: external, records: 0, missing: 0, input: aggregate.input };
    }
    return computeSide(aggregate, population, compile(aggregate.where));
  };
  const numerator = side(indicator.numerator, externalNumerator);
  const denominator = indicator.denominator === undefined ? undefined : side(indicator.denominator, externalDenominator);

  const usesGrades =
    conditionUsesGrades(indicator.population.where) ||
    (indicator.numerator.op !== 'external' && conditionUsesGrades(indicator.numerator.where)) ||
    (indicator.denominator !== undefined && indicator.denominator.op !== 'external' && conditionUsesGrades(indicator.denominator.where));
  let gradesFrom: IndicatorResult['gradesFrom'];
  const rulebookIds = new Set<string>();
  if (usesGrades) {
    let sheet = 0;
    let data = 0;
    let none = 0;
    const notes = { 'unknown-rulebook': 0, incomplete: 0, 'not-in-force': 0, 'grading-failed': 0 };
    for (let i = 0; i < population.length; i += 1) {
      const info = gradeReader(population[i] as YearlyRecord);
      if (info.from === 'sheet') {
        sheet += 1;
        if (info.rulebook !== undefined) rulebookIds.add(info.rulebook);
      } else if (info.from === 'data') data += 1;
      else none += 1;
      if (info.note !== undefined) notes[info.note] += 1;
    }
    gradesFrom = { sheet, data, none };
    if (notes['not-in-force'] > 0) {
      warnings.push({
        code: 'RULEBOOK_NOT_IN_FORCE',
        message: {
          vi: `${notes['not-in-force']} phiếu chấm điểm được xếp loại theo bộ tiêu chí không còn hiệu lực trong năm ${options.year}`,
          en: `${notes['not-in-force']} sheets were graded with a rulebook not in force in ${options.year}`,
        },
        details: { count: notes['not-in-force'] },
      });
    }
    for (const code of ['unknown-rulebook', 'incomplete', 'grading-failed'] as const) {
      if (notes[code] > 0) {
        warnings.push({
          code: code === 'unknown-rulebook' ? 'UNKNOWN_RULEBOOK' : code === 'incomplete' ? 'INCOMPLETE_SHEET' : 'GRADING_FAILED',
          message: {
            vi: `${notes[code]} phiếu chấm điểm không xếp loại được (${code}); dùng xếp loại trong dữ liệu nếu có`,
            en: `${notes[code]} scoring sheets could not be graded (${code}); the grade in the data was used where present`,
          },
          details: { count: notes[code] },
        });
      }
    }
  }

  let status: IndicatorResult['status'] = 'ok';
  let reason: NoValueReason | undefined;
  let value: Rational | undefined;
  if (population.length === 0 && (indicator.numerator.op !== 'external' || (denominator !== undefined && denominator.op !== 'external'))) {
    status = 'no-value';
    reason = EMPTY;
  } else if (numerator.status !== 'ok' || numerator.value === undefined) {
    status = 'no-value';
    reason = reasonFor('numerator', numerator);
  } else if (denominator !== undefined && (denominator.status !== 'ok' || denominator.value === undefined)) {
    status = 'no-value';
    reason = reasonFor('denominator', denominator);
  } else if (denominator?.value !== undefined && denominator.value.num === 0n) {
    status = 'no-value';
    reason = {
      code: 'zero-denominator',
      side: 'denominator',
      message: { vi: 'Mẫu số bằng 0', en: 'The denominator is zero' },
    };
  } else {
    const ratio = denominator?.value === undefined ? numerator.value : divideRational(numerator.value, denominator.value);
    value = multiplyRational(ratio, rational(indicator.factor));
  }

  const base = {
    indicatorId: indicator.id,
    year: options.year,
    area: options.area,
    unit: indicator.unit,
    factor: indicator.factor,
    status,
    value,
    display: value === undefined ? undefined : rationalToNumber(value),
    numerator,
    denominator,
    populationSize: population.length,
    missing: { numerator: numerator.missing, denominator: denominator?.missing ?? 0 },
    gradesFrom,
    rulebooks: [...rulebookIds].sort(),
    effectiveGrades: effectiveUsed ? [...effective] : undefined,
    warnings,
  };
  return reason === undefined ? base : { ...base, reason };
};
