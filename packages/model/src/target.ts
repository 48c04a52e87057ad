import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';
import { CitationSchema, type Citation } from './citation.js';
import { YearSchema } from './civil-date.js';
import { LabelSchema, type Label } from './label.js';
import { AreaLevelSchema, type AreaLevel } from './area.js';
import { OrganisationKindSchema, SectorSchema, type OrganisationKind, type Sector } from './organisation.js';

/** A finite number (zod 4's `number()` already refuses `NaN` and the infinities). */
const FiniteSchema = /* @__PURE__ */ pureSchema(() => z.number());

/** The zod schema behind the main entry's `SimpleComparatorSchema` (documented with an example in `schema-views.ts`). */
export const SimpleComparatorSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  kind: z.enum(['>', '>=', '<', '<=', '=']),
  value: FiniteSchema,
}));

/** The zod schema behind the main entry's `RangeComparatorSchema` (documented with an example in `schema-views.ts`). */
export const RangeComparatorSchema = /* @__PURE__ */ pureSchema(() => z
  .strictObject({
    kind: z.literal('range'),
    min: FiniteSchema,
    max: FiniteSchema,
    /** Present when the text makes `max` a ceiling (exceeding it fails): the citation of those words. */
    ceiling: z.optional(CitationSchema),
  })
  .check(z.refine((c) => c.min <= c.max, { message: 'range min must not exceed max', path: ['max'] })));

/** The zod schema behind the main entry's `ApproximatelyComparatorSchema` (documented with an example in `schema-views.ts`). */
export const ApproximatelyComparatorSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  kind: z.literal('approximately'),
  value: FiniteSchema,
  /** Allowed distance from `value`, in the indicator's unit (percentage points for a share). */
  tolerance: z.optional(z.number().check(z.nonnegative())),
  /** Present when the text makes `value + tolerance` a ceiling: the citation of those words. */
  ceiling: z.optional(CitationSchema),
}));

/** The zod schema behind the main entry's `GrowthComparatorSchema` (documented with an example in `schema-views.ts`). */
export const GrowthComparatorSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  kind: z.literal('growth'),
  minPercent: FiniteSchema,
  baselineYear: z.optional(YearSchema),
}));

/** The zod schema behind the main entry's `YearlyGrowthComparatorSchema` (documented with an example in `schema-views.ts`). */
export const YearlyGrowthComparatorSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  kind: z.literal('yearly-growth'),
  minPercent: FiniteSchema,
  fromYear: z.optional(YearSchema),
}));

/** The zod schema behind the main entry's `EveryUnitComparatorSchema` (documented with an example in `schema-views.ts`). */
export const EveryUnitComparatorSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  kind: z.literal('every-unit'),
  level: AreaLevelSchema,
  comparator: z.union([SimpleComparatorSchema, RangeComparatorSchema]),
}));

/** The zod schema behind the main entry's `ComparatorSchema` (documented with an example in `schema-views.ts`). */
export const ComparatorSchema = /* @__PURE__ */ pureSchema(() => z.union([
  SimpleComparatorSchema,
  RangeComparatorSchema,
  ApproximatelyComparatorSchema,
  GrowthComparatorSchema,
  YearlyGrowthComparatorSchema,
  EveryUnitComparatorSchema,
]));

/**
 * How a target's value is judged.
 *
 * @example
 * ```ts
 * import type { Comparator } from '@coop/model';
 * const overSixty: Comparator = { kind: '>', value: 60 };
 * overSixty.kind; // '>'
 * ```
 */
export type Comparator =
  | SimpleComparator
  | RangeComparator
  | { kind: 'approximately'; value: number; tolerance?: number | undefined; ceiling?: Citation | undefined }
  | { kind: 'growth'; minPercent: number; baselineYear?: number | undefined }
  | { kind: 'yearly-growth'; minPercent: number; fromYear?: number | undefined }
  | { kind: 'every-unit'; level: AreaLevel; comparator: SimpleComparator | RangeComparator };

/**
 * A comparison with a threshold (see {@link SimpleComparatorSchema}).
 *
 * @example
 * ```ts
 * import type { SimpleComparator } from '@coop/model';
 * const atLeast60: SimpleComparator = { kind: '>=', value: 60 };
 * atLeast60.kind; // '>='
 * ```
 */
export interface SimpleComparator {
  kind: '>' | '>=' | '<' | '<=' | '=';
  value: number;
}

/**
 * A band `min`–`max` (see {@link RangeComparatorSchema}).
 *
 * @example
 * ```ts
 * import type { RangeComparator } from '@coop/model';
 * const band: RangeComparator = { kind: 'range', min: 20, max: 30 };
 * band.max; // 30
 * ```
 */
export interface RangeComparator {
  kind: 'range';
  min: number;
  max: number;
  /** Present when the text makes `max` a ceiling (exceeding it fails): the citation of those words. */
  ceiling?: Citation | undefined;
}
/**
 * The comparator kinds.
 *
 * @example
 * ```ts
 * import type { ComparatorKind } from '@coop/model';
 * const kind: ComparatorKind = 'every-unit';
 * kind; // 'every-unit'
 * ```
 */
export type ComparatorKind = Comparator['kind'];

/** The zod schema behind the main entry's `GradeReadingSchema` (documented with an example in `schema-views.ts`). */
export const GradeReadingSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  /** `eligible`: all eligible organisations, rated or not; `rated`: the rated ones only. */
  denominator: z.enum(['eligible', 'rated']),
  /** The target holds only when every eligible organisation is rated. */
  fullCoverage: z.optional(z.boolean()),
  /** Only grades from this rulebook count (a rulebook id, e.g. `circular-09-2017`). */
  rulebook: z.optional(z.string().check(z.minLength(1))),
  /** The words of the target that decide the reading. */
  source: CitationSchema,
}));

/**
 * How a target reads grades.
 *
 * @example
 * ```ts
 * import type { GradeReading } from '@coop/model';
 * const reading: GradeReading = { denominator: 'rated', fullCoverage: true, source: { document: 'Chương trình hành động', phrase: 'không còn hợp tác xã yếu kém' } };
 * reading.fullCoverage; // true
 * ```
 */
export interface GradeReading {
  /** `eligible`: all eligible organisations, rated or not; `rated`: the rated ones only. */
  denominator: 'eligible' | 'rated';
  /** The target holds only when every eligible organisation is rated. */
  fullCoverage?: boolean | undefined;
  /** Only grades from this rulebook count (a rulebook id, e.g. `circular-09-2017`). */
  rulebook?: string | undefined;
  /** The words of the target that decide the reading. */
  source: Citation;
}

/** The zod schema behind the main entry's `TargetSchema` (documented with an example in `schema-views.ts`). */
export const TargetSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  id: z.string().check(z.minLength(1)),
  indicator: z.string().check(z.minLength(1)),
  label: LabelSchema,
  comparator: ComparatorSchema,
  /** The year by which the target must hold (end of that year). */
  deadline: YearSchema,
  /** The year progress is measured from (defaults to the plan's base year at evaluation). */
  baselineYear: z.optional(YearSchema),
  /** Narrows the indicator's population: the plan's jurisdiction area, sectors, kinds. */
  scope: z._default(
    z.strictObject({
      area: z.optional(z.string().check(z.minLength(1))),
      sectors: z.optional(z.array(SectorSchema).check(z.minLength(1))),
      kinds: z.optional(z.array(OrganisationKindSchema).check(z.minLength(1))),
    }),
    {},
  ),
  /** How a target on grades counts (see {@link GradeReadingSchema}). */
  grades: z.optional(GradeReadingSchema),
  /**
   * Other indicators the phrase can be read as (the target's `indicator` is the reading used by
   * default; the source note says why). `evaluatePlan` takes one of these through its `readings` option.
   */
  alternatives: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  source: CitationSchema,
}));

/**
 * A numeric target of a plan.
 *
 * @example
 * ```ts
 * import { TargetSchema, type Target } from '@coop/model';
 * const target: Target = TargetSchema.parse({
 *   id: 'weak-count', indicator: 'weak-coop-count', label: { vi: 'Không còn HTX yếu', en: 'No weak co-ops' },
 *   comparator: { kind: '=', value: 0 }, deadline: 2030, source: { document: 'Chương trình hành động', phrase: 'không còn HTX yếu kém' },
 * });
 * target.scope; // {}
 * ```
 */
export interface Target {
  id: string;
  /** The id of the indicator it is measured with. */
  indicator: string;
  label: Label;
  comparator: Comparator;
  /** The year by which the target must hold (end of that year). */
  deadline: number;
  /** The year progress is measured from (defaults to the plan's base year at evaluation). */
  baselineYear?: number | undefined;
  /** Narrows the indicator's population: the plan's jurisdiction area, sectors, kinds. */
  scope: TargetScope;
  /** How a target on grades counts. */
  grades?: GradeReading | undefined;
  /** Other indicators the phrase can be read as (`evaluatePlan` takes one through its `readings` option). */
  alternatives?: string[] | undefined;
  source: Citation;
}

/**
 * What a target narrows its indicator's population to.
 *
 * @example
 * ```ts
 * import type { TargetScope } from '@coop/model';
 * const scope: TargetScope = { area: '19', kinds: ['cooperative'] };
 * scope.area; // '19'
 * ```
 */
export interface TargetScope {
  /** The code of the area (the plan's jurisdiction). */
  area?: string | undefined;
  sectors?: Sector[] | undefined;
  kinds?: OrganisationKind[] | undefined;
}
/**
 * A target as written in input.
 *
 * @example
 * ```ts
 * import type { TargetInput } from '@coop/model';
 * const input: TargetInput = {
 *   id: 't', indicator: 'i', label: { vi: 'Chỉ tiêu', en: 'Target' }, comparator: { kind: 'range', min: 20, max: 25 },
 *   deadline: 2030, source: { document: 'Chương trình hành động' },
 * };
 * input.deadline; // 2030
 * ```
 */
export interface TargetInput extends Omit<Target, 'scope'> {
  /** Default `{}` (the indicator's own population). */
  scope?: TargetScope | undefined;
}
