import { isAgricultural, rational, type Grade, type Indicator, type OrganisationKind, type Rational, type Sector } from '@coop/model';
import type { Rulebook } from '../rulebook.js';
import { compileRulebook, type CompiledRulebook } from '../internal/grade-compile.js';
import { decideCondition } from '../internal/grade-read.js';

/*
 * Who is counted. An indicator's population for a year is the records of that year whose kind is in
 * the indicator's kinds (and the target scope's, which only narrows), whose sector is in the
 * indicator's sectors and the scope's (and agricultural, for the agriculture sector group), whose
 * area is the area or lies within it (`indicator-area.ts`), and whose `where` holds — a record the
 * `where` cannot decide is left out and reported.
 */

/** Narrowing of a population by a target's scope (kinds and sectors intersect the indicator's). */
export interface ScopeNarrowing {
  readonly kinds?: readonly OrganisationKind[];
  readonly sectors?: readonly Sector[];
}

/** The kind and sector rules of a population, read once per indicator and scope. */
export interface PopulationRule {
  readonly kind: (kind: string) => boolean;
  readonly sector: (sector: string) => boolean;
}

/**
 * The kind and sector rules of an indicator's population, narrowed by a target's scope.
 *
 * @param population - the indicator's population
 * @param scope - the target's scope, if any
 * @returns which kinds and which sectors are counted
 * @example
 * ```ts
 * import { populationRule } from '../../src/semantics/population.js';
 * populationRule({ kinds: ['cooperative'], sectorGroup: 'agriculture' }, undefined).sector('trade-services'); // false
 * ```
 */
export const populationRule = (population: Indicator['population'], scope: ScopeNarrowing | undefined): PopulationRule => {
  const within = (list: readonly string[] | undefined, value: string): boolean => list === undefined || list.includes(value);
  return {
    kind: (kind) => within(population.kinds, kind) && within(scope?.kinds, kind),
    sector: (sector) =>
      within(population.sectors, sector) && within(scope?.sectors, sector) && (population.sectorGroup !== 'agriculture' || isAgricultural(sector as Sector)),
  };
};

/*
 * Who is in a grade-based share — the rules, in plain code (issue 16; domain note plans.md, "A share's
 * denominator must be explicit"):
 *
 * 1. Only organisations a rulebook can rate are eligible: one whose scope covers the organisation's kind
 *    and sector. Cooperative groups (tổ hợp tác) are in no rulebook's scope (Circular 01/2020/TT-BKHĐT
 *    and Circular 09/2017/TT-BNNPTNT rate co-ops — and, for 01/2020, unions), so they are never counted.
 * 2. Organisations the rule exempts are not eligible: a grade of "not rated" (from the sheet or the data),
 *    or a not-rated rule of every rulebook covering them that fires on the record (under 12 months
 *    operating; suspended over 3 months under 01/2020).
 * 3. An eligible organisation is rated when it has a grade (from the named rulebook only, when the target
 *    names one); otherwise it is eligible but unrated.
 * 4. The share's denominator is every eligible organisation ("trong tổng số HTX": `eligible`) or the rated
 *    ones (`rated`, where the text says nothing more); the numerator counts eligible organisations only.
 *    Coverage = rated ÷ eligible is always reported, with the counts left out.
 */

/** Where an organisation stands for a grade-based share. */
export type RatingStanding = 'rated' | 'unrated' | 'exempt' | 'out-of-scope';

/** A grade as the evaluation read it: the grade (or "not rated"), and the rulebook that gave it (`undefined`: the data's). */
export interface ReadGrade {
  readonly grade: Grade | 'not-rated' | undefined;
  readonly rulebook: string | undefined;
}

/** How a target reads grades, as the computation needs it. */
export interface GradeReadingRun {
  /** `eligible`: all eligible organisations; `rated`: the rated ones (the default). */
  readonly denominator: 'eligible' | 'rated';
  /** Only grades from this rulebook count; other grades leave the organisation unrated. */
  readonly rulebook?: string;
}

const compiled = new WeakMap<Rulebook, CompiledRulebook | null>();

const compiledOf = (rulebook: Rulebook): CompiledRulebook | null => {
  let c = compiled.get(rulebook);
  if (c === undefined) {
    try {
      c = compileRulebook(rulebook);
    } catch {
      c = null; // an invalid user rulebook exempts no one
    }
    compiled.set(rulebook, c);
  }
  return c;
};

/**
 * Does a rulebook's scope cover an organisation's kind and sector? (An unknown sector is covered by a
 * scope of every sector only when the kind matches.)
 *
 * @param rulebook - the rulebook
 * @param kind - the organisation kind, if known
 * @param sector - the sector, if known
 * @returns whether the rulebook applies to it
 */
export const rulebookCovers = (rulebook: Pick<Rulebook, 'scope'>, kind: string | undefined, sector: string | undefined): boolean => {
  const scope = rulebook.scope;
  if (kind !== undefined && !(scope.kinds as readonly string[]).includes(kind)) return false;
  if (sector === undefined) return true;
  if ((scope.excludeSectors as readonly string[] | undefined)?.includes(sector)) return false;
  return scope.sectors === 'all' || (scope.sectors as readonly string[]).includes(sector);
};

/**
 * What the coverage reads of an organisation-year: its kind and sector, and a record field by dotted
 * path (the values the evaluation already read: a record is not read again).
 */
export interface StandingInput {
  readonly kind: string;
  readonly sector: string;
  readonly field: (path: string) => unknown;
}

/** The record fields the not-rated rules of some rulebooks read (so that they are read with the rest). */
export const notRatedFields = (rulebooks: readonly Rulebook[]): string[] => [
  ...new Set(rulebooks.flatMap((r) => (Array.isArray(r.notRated) ? r.notRated.map((rule) => rule.when.field) : []))),
];

/** Does one of the rulebook's not-rated rules fire on the organisation-year? */
const exemptedBy = (rulebook: Rulebook, input: StandingInput): boolean => {
  const c = compiledOf(rulebook);
  return c !== null && c.notRated.some((rule) => decideCondition(rule.when, input.field(rule.when.field.path)) === true);
};

/**
 * Where one organisation-year stands for a grade-based share (rules 1–3 above).
 *
 * @param input - the organisation-year's kind, sector and fields
 * @param read - its grade as read (sheet or data) and the rulebook that gave it
 * @param rulebooks - the rulebooks that may rate it (the named one only, when a target names one)
 * @param only - the rulebook id whose grades alone count, if any
 * @returns rated, unrated (eligible, no usable grade), exempt or out-of-scope
 */
export const ratingStanding = (
  input: StandingInput,
  read: ReadGrade,
  rulebooks: readonly Rulebook[],
  only?: string,
): RatingStanding => {
  const covering = rulebooks.filter((r) => (only === undefined || r.id === only) && rulebookCovers(r, input.kind, input.sector));
  if (covering.length === 0) return 'out-of-scope';
  if (read.grade === 'not-rated' && (only === undefined || read.rulebook === only || read.rulebook === undefined)) return 'exempt';
  if (covering.every((r) => exemptedBy(r, input))) return 'exempt';
  if (read.grade === undefined || read.grade === 'not-rated') return 'unrated';
  if (only !== undefined && read.rulebook !== only) return 'unrated';
  return 'rated';
};

/**
 * The coverage of a grade-based indicator: how many organisations of the population are eligible,
 * rated, unrated, exempt or out of scope (cooperative groups among them), rated ÷ eligible, and where
 * the grades came from.
 *
 * @example
 * ```ts
 * import { getPlan, type YearlyRecord } from '@coop/model';
 * import { evaluateTarget } from '@coop/rating';
 * const target = getPlan('mard-2803-2023').targets.find((t) => t.id === 'good-or-fair-share')!;
 * const base = { year: 2025, sector: 'agriculture-crop', areaCode: '19', monthsOperating: 12, monthsSuspended: 0 } as const;
 * const records: YearlyRecord[] = [
 *   { ...base, organisationId: 'A', kind: 'cooperative', grade: 'good' },
 *   { ...base, organisationId: 'B', kind: 'cooperative' }, // eligible, not rated yet
 *   { ...base, organisationId: 'G', kind: 'cooperative-group' }, // no scorecard rates a group
 * ];
 * const coverage = evaluateTarget(target, records, { asOf: 2025 }).indicator?.coverage;
 * coverage?.eligible; // 2
 * coverage?.rated; // 1
 * coverage?.groups; // 1 (left out)
 * coverage?.complete; // false
 * ```
 */
export interface GradeCoverage {
  /** Which organisations the share divides by. */
  readonly denominator: 'eligible' | 'rated';
  /** The rulebook whose grades alone were counted, when the target names one. */
  readonly rulebook?: string;
  /** Organisations a rulebook can rate that no rule exempts. */
  readonly eligible: number;
  /** Eligible organisations with a grade. */
  readonly rated: number;
  /** Eligible organisations without a (usable) grade. */
  readonly unrated: number;
  /** Organisations the rule exempts (under 12 months operating, suspended over 3 months, "not rated"). */
  readonly exempt: number;
  /** Organisations no rulebook covers (cooperative groups, people's credit funds …). */
  readonly outOfScope: number;
  /** Cooperative groups among `outOfScope`. */
  readonly groups: number;
  /** `rated ÷ eligible`, exact (undefined when none is eligible). */
  readonly ratio: Rational | undefined;
  /** Every eligible organisation is rated. */
  readonly complete: boolean;
  /** Rated organisations by the source of their grade: a rulebook id (sheet graded by it) or `data`. */
  readonly gradeSources: Readonly<Record<string, number>>;
}

/** The rows of a population split for a grade-based share, with the coverage. */
export interface SplitPopulation {
  /** Eligible rows whose grade may count (the numerator's rows). */
  readonly counted: Int32Array;
  /** The denominator's rows: every eligible row, or the rated ones. */
  readonly denominator: Int32Array;
  readonly coverage: GradeCoverage;
}

/** What the split reads of a row: where it stands, its grade as read, its organisation kind. */
export interface SplitInput {
  /** Where the row's organisation stands ({@link ratingStanding}, with the target's rulebook). */
  readonly standing: (row: number) => RatingStanding;
  readonly grade: (row: number) => ReadGrade;
  /** The organisation kind (cooperative groups are counted apart among the out of scope). */
  readonly kind: (row: number) => string;
}

/**
 * Splits a population for a grade-based share (rule 4 above).
 *
 * @param rows - the population's rows
 * @param input - each row's standing, grade as read and kind
 * @param reading - the target's reading (denominator; rulebook whose grades alone count)
 * @returns the numerator's and denominator's rows and the coverage
 */
export const splitPopulation = (rows: ArrayLike<number>, input: SplitInput, reading: GradeReadingRun): SplitPopulation => {
  const counted = new Int32Array(rows.length);
  const rated = new Int32Array(rows.length);
  const eligible = new Int32Array(rows.length);
  let nCounted = 0;
  let nRated = 0;
  let nEligible = 0;
  const sources = new Map<string, number>();
  let exempt = 0;
  let outOfScope = 0;
  let groups = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    const standing = input.standing(row);
    if (standing === 'out-of-scope') {
      outOfScope += 1;
      if (input.kind(row) === 'cooperative-group') groups += 1;
      continue;
    }
    if (standing === 'exempt') {
      exempt += 1;
      continue;
    }
    eligible[nEligible++] = row;
    const read = input.grade(row);
    if (standing === 'rated') {
      rated[nRated++] = row;
      counted[nCounted++] = row;
      const source = read.rulebook ?? 'data';
      sources.set(source, (sources.get(source) ?? 0) + 1);
    } else if (read.grade === undefined || reading.rulebook === undefined) {
      counted[nCounted++] = row; // no grade: never meets a grade condition, but may meet the rest of it
    }
  }
  const coverage: GradeCoverage = {
    denominator: reading.denominator,
    ...(reading.rulebook === undefined ? {} : { rulebook: reading.rulebook }),
    eligible: nEligible,
    rated: nRated,
    unrated: nEligible - nRated,
    exempt,
    outOfScope,
    groups,
    ratio: nEligible === 0 ? undefined : rational(nRated, nEligible),
    complete: nRated === nEligible,
    gradeSources: Object.fromEntries(sources),
  };
  return {
    counted: counted.slice(0, nCounted),
    denominator: reading.denominator === 'eligible' ? eligible.slice(0, nEligible) : rated.slice(0, nRated),
    coverage,
  };
};

/**
 * Can a met verdict stand on this coverage? A target whose reading needs every eligible organisation
 * rated ("không còn hợp tác xã yếu kém": `grades.fullCoverage`) is proven met only at full coverage;
 * any other is proven by its value.
 *
 * @param fullCoverage - the target's reading needs full coverage
 * @param coverage - the coverage of its indicator, when it reads grades
 * @returns whether a met value is conclusive
 * @example
 * ```ts
 * import { coverageProves } from '../../src/semantics/population.js';
 * coverageProves(true, { complete: false }); // false — insufficient data, not achieved
 * ```
 */
export const coverageProves = (fullCoverage: boolean, coverage: Pick<GradeCoverage, 'complete'> | undefined): boolean =>
  !fullCoverage || coverage === undefined || coverage.complete;
