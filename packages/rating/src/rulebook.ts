import type { Citation, CivilDate, Grade, Label, OrganisationKind, RecordField, Sector } from '@coop/model';

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
export type RuleCondition =
  | { readonly field: RecordField; readonly eq: boolean | number | string }
  | {
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
export interface BandEdges {
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
export interface TierBand extends BandEdges {
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
export type TierMeasure =
  | { readonly field: RecordField }
  | { readonly numerator: RecordField; readonly denominator: RecordField; readonly unit: 'percent' | 'ratio' };

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
export interface TierCase {
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
export interface Tiers {
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
export interface RulebookCriterion {
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
export interface RulebookGroup {
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
export interface GradeBand extends BandEdges {
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
export interface NotRatedRule {
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
export interface OverrideRule {
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
export interface RulebookScope {
  readonly kinds: readonly OrganisationKind[];
  readonly sectors: readonly Sector[] | 'all';
  readonly excludeSectors?: readonly Sector[];
  readonly citation: Citation;
  readonly note?: string;
}

/**
 * A part of a rulebook's text that could not be read (a sub-item whose points table was not found, say):
 * kept as data with its citation, never filled in, and reported as a `RULEBOOK_GAP` warning on every
 * result the rulebook scores (rated or incomplete).
 *
 * @example
 * ```ts
 * import { type RulebookGap, CIRCULAR_09_2017 } from '@coop/rating';
 * const gap: RulebookGap | undefined = CIRCULAR_09_2017.gaps?.[0];
 * gap?.criterion; // '2'
 * ```
 */
export interface RulebookGap {
  /** Stable code of the gap, reported in the warning's `details.gap`. */
  readonly code: string;
  /** The criterion it concerns, when there is one. */
  readonly criterion?: string;
  readonly label: Label;
  readonly citation: Citation;
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
export interface Rulebook {
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
  /** Parts of the text that could not be read: each becomes a `RULEBOOK_GAP` warning on scored results. */
  readonly gaps?: readonly RulebookGap[];
}
