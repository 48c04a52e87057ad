import { z } from 'zod';
import { CitationSchema } from './citation.js';
import { YearSchema } from './civil-date.js';
import { LabelSchema } from './label.js';
import { AreaLevelSchema } from './area.js';
import { OrganisationKindSchema, SectorSchema } from './organisation.js';

const FiniteSchema = z.number().finite();

/**
 * A comparison of one value with a threshold (`>`, `>=`, `<`, `<=`, `=`).
 *
 * @example
 * ```ts
 * import { SimpleComparatorSchema } from '@coop/model';
 * SimpleComparatorSchema.safeParse({ kind: '>=', value: Number.POSITIVE_INFINITY }).success; // false
 * ```
 */
export const SimpleComparatorSchema = z.strictObject({
  kind: z.enum(['>', '>=', '<', '<=', '=']),
  value: FiniteSchema,
});

/**
 * Both ends inclusive ("X-Y", "khoảng X-Y"). On a development quantity the upper end is not a limit:
 * a value above it meets the target and is marked exceeded. Only a text that makes the upper end a
 * ceiling makes the range two-sided: `ceiling` holds the citation of those words.
 *
 * @example
 * ```ts
 * import { RangeComparatorSchema } from '@coop/model';
 * RangeComparatorSchema.safeParse({ kind: 'range', min: 5, max: 7 }).success; // true
 * RangeComparatorSchema.parse({ kind: 'range', min: 5, max: 7, ceiling: { document: 'Quy chế', phrase: 'không quá 07' } }).ceiling?.phrase; // 'không quá 07'
 * ```
 */
export const RangeComparatorSchema = z
  .strictObject({
    kind: z.literal('range'),
    min: FiniteSchema,
    max: FiniteSchema,
    /** Present when the text makes `max` a ceiling (exceeding it fails): the citation of those words. */
    ceiling: CitationSchema.optional(),
  })
  .refine((c) => c.min <= c.max, { message: 'range min must not exceed max', path: ['max'] });

/**
 * "khoảng X": about X. The documents never state the tolerance, so it is optional here and must then be
 * supplied at evaluation time; the result always reports the tolerance used. As with a range, a value
 * above `value + tolerance` meets the target (marked exceeded) unless `ceiling` cites words that make
 * the upper end a limit.
 *
 * @example
 * ```ts
 * import { ApproximatelyComparatorSchema } from '@coop/model';
 * ApproximatelyComparatorSchema.parse({ kind: 'approximately', value: 30 }).tolerance; // undefined
 * ```
 */
export const ApproximatelyComparatorSchema = z.strictObject({
  kind: z.literal('approximately'),
  value: FiniteSchema,
  /** Allowed distance from `value`, in the indicator's unit (percentage points for a share). */
  tolerance: FiniteSchema.nonnegative().optional(),
  /** Present when the text makes `value + tolerance` a ceiling: the citation of those words. */
  ceiling: CitationSchema.optional(),
});

/**
 * "tăng ít nhất X%": grows by at least `minPercent` % over a baseline year (given here or at evaluation).
 *
 * @example
 * ```ts
 * import { GrowthComparatorSchema } from '@coop/model';
 * GrowthComparatorSchema.parse({ kind: 'growth', minPercent: 10 }).baselineYear; // undefined
 * ```
 */
export const GrowthComparatorSchema = z.strictObject({
  kind: z.literal('growth'),
  minPercent: FiniteSchema,
  baselineYear: YearSchema.optional(),
});

/**
 * "tăng ít nhất X%/năm": grows by at least `minPercent` % every year from `fromYear` (compound rate also reported).
 *
 * @example
 * ```ts
 * import { YearlyGrowthComparatorSchema } from '@coop/model';
 * YearlyGrowthComparatorSchema.parse({ kind: 'yearly-growth', minPercent: 5 }).minPercent; // 5
 * ```
 */
export const YearlyGrowthComparatorSchema = z.strictObject({
  kind: z.literal('yearly-growth'),
  minPercent: FiniteSchema,
  fromYear: YearSchema.optional(),
});

/**
 * "mỗi huyện … tối thiểu 01": holds only if the inner comparison holds in every sub-area of `level`.
 *
 * @example
 * ```ts
 * import { EveryUnitComparatorSchema } from '@coop/model';
 * EveryUnitComparatorSchema.parse({ kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } }).level; // 'district'
 * ```
 */
export const EveryUnitComparatorSchema = z.strictObject({
  kind: z.literal('every-unit'),
  level: AreaLevelSchema,
  comparator: z.union([SimpleComparatorSchema, RangeComparatorSchema]),
});

/**
 * How a target's value is judged.
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from '@coop/model';
 * ComparatorSchema.safeParse({ kind: 'range', min: 25, max: 20 }).success; // false
 * ```
 */
export const ComparatorSchema = z.union([
  SimpleComparatorSchema,
  RangeComparatorSchema,
  ApproximatelyComparatorSchema,
  GrowthComparatorSchema,
  YearlyGrowthComparatorSchema,
  EveryUnitComparatorSchema,
]);

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
export type Comparator = z.infer<typeof ComparatorSchema>;
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

/**
 * How a target reads grades: over which organisations a grade-based share is taken and whether the
 * verdict needs every eligible organisation rated. Eligible organisations are those a rulebook in force
 * can rate — co-ops and unions, never cooperative groups, and not those the rule exempts (operating
 * under 12 months, suspended over 3 months). `denominator: 'eligible'` follows words such as "chiếm …
 * trong tổng số HTX" (of all co-ops: every eligible one counts, rated or not); `'rated'` is the share
 * of the rated ones, where the text says nothing more. `fullCoverage` is for targets such as "không còn
 * HTX yếu kém", which cannot be concluded while some eligible co-op is unrated. `rulebook` names the
 * rulebook whose grades the target counts (sheets graded by another are left out as unrated).
 *
 * @example
 * ```ts
 * import { GradeReadingSchema } from '@coop/model';
 * const source = { document: 'Kế hoạch Quảng Nam', clause: 'II.2', phrase: 'chiếm từ 50% trở lên trong tổng số HTX nông nghiệp' };
 * GradeReadingSchema.parse({ denominator: 'eligible', source }).denominator; // 'eligible'
 * ```
 */
export const GradeReadingSchema = z.strictObject({
  /** `eligible`: all eligible organisations, rated or not; `rated`: the rated ones only. */
  denominator: z.enum(['eligible', 'rated']),
  /** The target holds only when every eligible organisation is rated. */
  fullCoverage: z.boolean().optional(),
  /** Only grades from this rulebook count (a rulebook id, e.g. `circular-09-2017`). */
  rulebook: z.string().min(1).optional(),
  /** The words of the target that decide the reading. */
  source: CitationSchema,
});

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
export type GradeReading = z.infer<typeof GradeReadingSchema>;

/**
 * A numeric target of a plan: an indicator, a comparator, a deadline year, a scope, and the source
 * clause with the original Vietnamese phrase.
 *
 * @example
 * ```ts
 * import { TargetSchema } from '@coop/model';
 * TargetSchema.parse({
 *   id: 'good-or-fair-share', indicator: 'ag-good-or-fair-share',
 *   label: { vi: 'HTX NN xếp loại tốt, khá', en: 'Agricultural co-ops rated good or fair' },
 *   comparator: { kind: '>', value: 60 }, deadline: 2030,
 *   source: { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a', phrase: 'trên 60%' },
 * });
 * ```
 */
export const TargetSchema = z.strictObject({
  id: z.string().min(1),
  indicator: z.string().min(1),
  label: LabelSchema,
  comparator: ComparatorSchema,
  /** The year by which the target must hold (end of that year). */
  deadline: YearSchema,
  /** The year progress is measured from (defaults to the plan's base year at evaluation). */
  baselineYear: YearSchema.optional(),
  /** Narrows the indicator's population: the plan's jurisdiction area, sectors, kinds. */
  scope: z
    .strictObject({
      area: z.string().min(1).optional(),
      sectors: z.array(SectorSchema).min(1).optional(),
      kinds: z.array(OrganisationKindSchema).min(1).optional(),
    })
    .default({}),
  /** How a target on grades counts (see {@link GradeReadingSchema}). */
  grades: GradeReadingSchema.optional(),
  /**
   * Other indicators the phrase can be read as (the target's `indicator` is the reading used by
   * default; the source note says why). `evaluatePlan` takes one of these through its `readings` option.
   */
  alternatives: z.array(z.string().min(1)).min(1).optional(),
  source: CitationSchema,
});

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
export type Target = z.infer<typeof TargetSchema>;
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
export type TargetInput = z.input<typeof TargetSchema>;
