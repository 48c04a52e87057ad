import type { Citation, Grade, Label } from '@coop/model';
import type { Rulebook } from './rulebook.js';

// The public types of grading (re-exported by grade.ts and the package index): results are plain data.

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
 * absent, so the rule could not be checked), `RULEBOOK_GAP` (a part of the rulebook's text that could not
 * be read; see `Rulebook.gaps`).
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
  /** Per-criterion breakdown (empty when not rated); entries are frozen and may be shared between results. */
  readonly criteria: readonly CriterionResult[];
  /** Per-group breakdown (empty when not rated). */
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
