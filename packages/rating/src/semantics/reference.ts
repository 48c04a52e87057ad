import type { Grade, Indicator, Rational, YearlyRecord } from '@coop/model';
import type { Rulebook } from '../rulebook.js';
import { aggregateSide, indicatorValue, type IndicatorSide, type IndicatorValue } from './aggregate.js';
import { conditionTruth, type ConditionRow } from './condition.js';
import { populationRule, ratingStanding, splitPopulation, type GradeCoverage, type GradeReadingRun, type ReadGrade, type ScopeNarrowing } from './population.js';
import { conditionUsesGrades } from './condition.js';
import { TRUE, UNKNOWN, type Truth } from './truth.js';

/*
 * The reference row source: the semantics applied to plain record objects, one record at a time, with
 * no frame, column, code or memo. It is what the engine must agree with (the differential property
 * test); it is not meant to be fast.
 */

/** A record field by dotted path (`revenue`, `flags.highTech`), `undefined` when absent. */
export const fieldOf = (record: object, path: string): unknown => {
  const dot = path.indexOf('.');
  const top = (record as Readonly<Record<string, unknown>>)[dot < 0 ? path : path.slice(0, dot)];
  if (dot < 0) return top;
  return typeof top === 'object' && top !== null ? (top as Readonly<Record<string, unknown>>)[path.slice(dot + 1)] : undefined;
};

/** What the reference needs besides the indicator and the records. */
export interface ReferenceOptions {
  readonly year: number;
  /** Only records coded exactly with this area (the reference knows no area list). */
  readonly area?: string;
  readonly scope?: ScopeNarrowing;
  readonly effective: readonly Grade[];
  readonly rulebooks: readonly Rulebook[];
  readonly grades?: GradeReadingRun;
  /** A record's grade as read (default: the grade the data carries). */
  readonly gradeOf?: (record: YearlyRecord) => ReadGrade;
  /** An external input's value. */
  readonly external?: (name: string) => Rational;
}

/** What the reference computes of an indicator. */
export interface ReferenceResult {
  readonly populationSize: number;
  /** Records of the year in kind, sector and area whose population `where` is unknown. */
  readonly undecided: number;
  readonly numerator: IndicatorSide;
  readonly denominator: IndicatorSide | undefined;
  readonly outcome: IndicatorValue;
  readonly coverage: GradeCoverage | undefined;
}

const dataGrade = (record: YearlyRecord): ReadGrade => ({ grade: record.grade, rulebook: undefined });

/**
 * Computes an indicator over plain records by the semantics alone.
 *
 * @param indicator - a parsed indicator
 * @param records - valid records
 * @param options - year, area, scope, effective grades, rulebooks, grade reading
 * @returns the population, the sides, the value (or why none) and the coverage
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * import { BUILT_IN_RULEBOOKS } from '../../src/rulebooks/index.js';
 * import { referenceIndicator } from '../../src/semantics/reference.js';
 * const base = { year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'X' } as const;
 * const records = [{ ...base, organisationId: 'a', grade: 'good' }, { ...base, organisationId: 'b', grade: 'weak' }] as const;
 * referenceIndicator(KTTT_GOOD_OR_FAIR_SHARE, records, { year: 2024, effective: ['good', 'fair'], rulebooks: BUILT_IN_RULEBOOKS }).populationSize; // 2
 * ```
 */
export const referenceIndicator = (indicator: Indicator, records: readonly YearlyRecord[], options: ReferenceOptions): ReferenceResult => {
  const gradeOf = options.gradeOf ?? dataGrade;
  const rule = populationRule(indicator.population, options.scope);
  const rowOf = (record: YearlyRecord): ConditionRow => ({ value: (path) => fieldOf(record, path), grade: () => gradeOf(record).grade });
  const truth = (condition: Indicator['population']['where'], record: YearlyRecord): Truth =>
    condition === undefined ? TRUE : conditionTruth(condition, rowOf(record), options.effective);
  const inScope = records.filter(
    (r) => r.year === options.year && rule.kind(r.kind) && rule.sector(r.sector) && (options.area === undefined || r.areaCode === options.area),
  );
  const population = inScope.filter((r) => truth(indicator.population.where, r) === TRUE);
  const undecided = inScope.filter((r) => truth(indicator.population.where, r) === UNKNOWN).length;
  const rows = population.map((_, i) => i);
  const gradeBased = indicator.numerator.op === 'count' && conditionUsesGrades(indicator.numerator.where);
  const split = gradeBased
    ? splitPopulation(
        rows,
        {
          standing: (i) => {
            const record = population[i] as YearlyRecord;
            const input = { kind: record.kind, sector: record.sector, field: (path: string) => fieldOf(record, path) };
            return ratingStanding(input, gradeOf(record), options.rulebooks, options.grades?.rulebook);
          },
          grade: (i) => gradeOf(population[i] as YearlyRecord),
          kind: (i) => (population[i] as YearlyRecord).kind,
        },
        options.grades ?? { denominator: 'rated' },
      )
    : undefined;
  const side = (aggregate: Indicator['numerator'], sideRows: ArrayLike<number>): IndicatorSide => {
    if (aggregate.op === 'external') {
      return { op: 'external', status: 'ok', value: options.external?.(aggregate.input), records: 0, missing: 0, input: aggregate.input };
    }
    const where = aggregate.where;
    return aggregateSide(aggregate, {
      rows: sideRows,
      value: (i) => (aggregate.op === 'count' ? undefined : fieldOf(population[i] as YearlyRecord, aggregate.field)),
      where: where === undefined ? undefined : (i) => truth(where, population[i] as YearlyRecord),
    });
  };
  const numerator = side(indicator.numerator, split?.counted ?? rows);
  const den = indicator.denominator;
  const denominator = den === undefined ? undefined : side(den, split !== undefined && den.op === 'count' ? split.denominator : rows);
  return {
    populationSize: population.length,
    undecided,
    numerator,
    denominator,
    outcome: indicatorValue(numerator, denominator, population.length, indicator.factor),
    coverage: split?.coverage,
  };
};
