import { CoopError, type Citation, type Grade, type Label, type YearlyRecord } from '@coop/model';
import { compileRulebook } from './internal/grade-compile.js';
import { gradeCompiled, graderFor, typedErrors } from './internal/grade-core.js';
import type { Rulebook } from './rulebook.js';

/**
 * Options of {@link grade}.
 *
 * @example
 * ```ts
 * import { type GradeOptions, CIRCULAR_01_2020, CIRCULAR_09_2017, grade } from '@coop/rating';
 * const options: GradeOptions = { rulebook: CIRCULAR_01_2020, year: 2024, clamp: true };
 * ```
 */
export interface GradeOptions {
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
export interface GradeRulebookRef {
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
export interface GradeWarning {
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
export interface CriterionResult {
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
export interface GroupResult {
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
export interface GradeMargin {
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
export interface FiredOverride {
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
export interface NotRatedReason {
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
  readonly margins: { readonly up?: GradeMargin; readonly down?: GradeMargin };
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
export interface RatedGradeResult extends GradeResultBase {
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
export interface NotRatedGradeResult extends GradeResultBase {
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
export interface IncompleteGradeResult extends GradeResultBase {
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
export type GradeResult = RatedGradeResult | NotRatedGradeResult | IncompleteGradeResult;

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
export const grade = (record: YearlyRecord, options: GradeOptions | Rulebook): GradeResult =>
  typedErrors(() => {
    if (typeof options !== 'object' || options === null) {
      throw new CoopError('INVALID_OPTIONS', 'grade(record, { rulebook })', { received: typeof options });
    }
    const o: GradeOptions = 'groups' in options ? { rulebook: options } : options;
    const year = o.year ?? (typeof record === 'object' && record !== null ? record.year : undefined);
    return gradeCompiled(graderFor(compileRulebook(o.rulebook), o.clamp === true), record, year as number);
  });
