import { z } from 'zod';
import { CitationSchema } from './citation.js';
import { GradeSchema } from './grade.js';
import { LabelSchema } from './label.js';
import { OrganisationKindSchema, SectorSchema } from './organisation.js';
import { isRecordField } from './record-fields.js';

/**
 * A dotted path to a record field (see `RECORD_FIELDS`).
 *
 * @example
 * ```ts
 * import { RecordFieldPathSchema } from '@coop/model';
 * RecordFieldPathSchema.safeParse('managers.total').success; // true
 * ```
 */
export const RecordFieldPathSchema = z.string().refine(isRecordField, { message: 'Unknown record field' });

/**
 * A condition on one organisation-year record. `field` conditions read a record field; `grade`
 * conditions read the grade (from the record's scoring sheet through a rulebook, or the grade carried
 * by the data); `effective` is the user-chosen set of grades that count as "operating effectively"
 * (default good or fair — the evaluation reports the set used).
 *
 * @example
 * ```ts
 * import type { Condition } from '@coop/model';
 * const goodOrFair: Condition = { grade: ['good', 'fair'] };
 * const linked: Condition = { all: [{ field: 'flags.valueChainLinkage', eq: true }, { not: { field: 'sanctioned', eq: true } }] };
 * 'grade' in goodOrFair && 'all' in linked; // true
 * ```
 */
export type Condition =
  | { readonly field: string; readonly eq: boolean | string | number }
  | { readonly field: string; readonly in: ReadonlyArray<string | number> }
  | {
      readonly field: string;
      readonly gt?: number | string;
      readonly gte?: number | string;
      readonly lt?: number | string;
      readonly lte?: number | string;
    }
  | { readonly grade: ReadonlyArray<z.infer<typeof GradeSchema>> | 'effective' }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/**
 * Schema of {@link Condition}.
 *
 * @example
 * ```ts
 * import { ConditionSchema } from '@coop/model';
 * ConditionSchema.safeParse({ field: 'flags.highTech', eq: true }).success; // true
 * ConditionSchema.safeParse({ field: 'flags.flying', eq: true }).success; // false
 * ```
 */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: RecordFieldPathSchema, eq: z.union([z.boolean(), z.string(), z.number()]) }),
    z.strictObject({ field: RecordFieldPathSchema, in: z.array(z.union([z.string(), z.number()])).min(1) }),
    z
      .strictObject({
        field: RecordFieldPathSchema,
        gt: z.union([z.number(), z.string()]).optional(),
        gte: z.union([z.number(), z.string()]).optional(),
        lt: z.union([z.number(), z.string()]).optional(),
        lte: z.union([z.number(), z.string()]).optional(),
      })
      .refine((c) => c.gt !== undefined || c.gte !== undefined || c.lt !== undefined || c.lte !== undefined, {
        message: 'A range condition needs at least one of gt, gte, lt, lte',
      }),
    z.strictObject({ grade: z.union([z.array(GradeSchema).min(1), z.literal('effective')]) }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
) as z.ZodType<Condition>;

/**
 * What to do with records that lack the field an aggregate reads (DHIS2's missing-value strategies):
 * - `skip-if-any-missing`: the side has no value if any record in the population lacks the field;
 * - `skip-if-all-missing`: aggregate the records that have it; no value only if none has it;
 * - `missing-as-zero`: treat an absent number as 0 and an absent flag as "no".
 *
 * @example
 * ```ts
 * import { MissingPolicySchema } from '@coop/model';
 * MissingPolicySchema.safeParse('ignore').success; // false
 * ```
 */
export const MissingPolicySchema = z.enum(['skip-if-any-missing', 'skip-if-all-missing', 'missing-as-zero']);

/**
 * A missing-value policy.
 *
 * @example
 * ```ts
 * import type { MissingPolicy } from '@coop/model';
 * const policy: MissingPolicy = 'missing-as-zero';
 * policy; // 'missing-as-zero'
 * ```
 */
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;

/**
 * One side of an indicator: a count of records where a condition holds, a sum or mean of a field over
 * the records (optionally only where a condition holds), or a named external input supplied at
 * evaluation time (e.g. the number of farm households of the area, which the co-op data cannot give).
 *
 * @example
 * ```ts
 * import { AggregateSchema } from '@coop/model';
 * AggregateSchema.parse({ op: 'sum', field: 'memberHouseholds' }).missing; // 'skip-if-all-missing'
 * ```
 */
export const AggregateSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('count'),
    where: ConditionSchema.optional(),
    missing: MissingPolicySchema.default('skip-if-all-missing'),
  }),
  z.strictObject({
    op: z.literal('sum'),
    field: RecordFieldPathSchema,
    where: ConditionSchema.optional(),
    missing: MissingPolicySchema.default('skip-if-all-missing'),
  }),
  z.strictObject({
    op: z.literal('mean'),
    field: RecordFieldPathSchema,
    where: ConditionSchema.optional(),
    missing: MissingPolicySchema.default('skip-if-all-missing'),
  }),
  z.strictObject({ op: z.literal('external'), input: z.string().min(1) }),
]);

/**
 * One side of an indicator.
 *
 * @example
 * ```ts
 * import type { Aggregate } from '@coop/model';
 * const meanRevenue: Aggregate = { op: 'mean', field: 'revenue', missing: 'skip-if-all-missing' };
 * meanRevenue.op; // 'mean'
 * ```
 */
export type Aggregate = z.infer<typeof AggregateSchema>;

/**
 * Units an indicator value is expressed in.
 *
 * @example
 * ```ts
 * import { IndicatorUnitSchema } from '@coop/model';
 * IndicatorUnitSchema.safeParse('vnd').success; // true
 * ```
 */
export const IndicatorUnitSchema = z.enum(['count', 'percent', 'vnd', 'vnd-per-ha', 'members', 'households', 'persons']);

/**
 * Unit of an indicator value.
 *
 * @example
 * ```ts
 * import type { IndicatorUnit } from '@coop/model';
 * const unit: IndicatorUnit = 'percent';
 * unit; // 'percent'
 * ```
 */
export type IndicatorUnit = z.infer<typeof IndicatorUnitSchema>;

/**
 * A KPI definition in the DHIS2 style: `value = numerator / denominator × factor` over a population of
 * organisation-year records (filtered by kind and sector here, and by area and year at evaluation).
 * Without a denominator the value is `numerator × factor`.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from '@coop/model';
 * IndicatorSchema.parse({
 *   id: 'ag-good-or-fair-share',
 *   label: { vi: 'Tỷ lệ HTX nông nghiệp xếp loại tốt, khá', en: 'Share of agricultural co-ops rated good or fair' },
 *   population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
 *   numerator: { op: 'count', where: { grade: ['good', 'fair'] } },
 *   denominator: { op: 'count' },
 *   factor: 100, unit: 'percent', direction: 'higher-is-better',
 *   source: { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a' },
 * });
 * ```
 */
export const IndicatorSchema = z.strictObject({
  id: z.string().min(1),
  label: LabelSchema,
  description: LabelSchema.optional(),
  /** Which records form the population. */
  population: z
    .strictObject({
      kinds: z.array(OrganisationKindSchema).min(1).optional(),
      sectors: z.array(SectorSchema).min(1).optional(),
      /** `agriculture` = every `agriculture-*` sector. */
      sectorGroup: z.literal('agriculture').optional(),
      where: ConditionSchema.optional(),
    })
    .default({}),
  numerator: AggregateSchema,
  denominator: AggregateSchema.optional(),
  factor: z.number().positive().finite().default(1),
  unit: IndicatorUnitSchema,
  direction: z.enum(['higher-is-better', 'lower-is-better', 'band']),
  /** Bounds of the value, e.g. `[0, 100]` for a share: projections never leave them. */
  bounds: z.tuple([z.number(), z.number()]).optional(),
  /** Names and labels of the external inputs the indicator needs (e.g. `farmHouseholds`). */
  externalInputs: z.array(z.strictObject({ name: z.string().min(1), label: LabelSchema })).default([]),
  source: CitationSchema.optional(),
});

/**
 * A KPI definition.
 *
 * @example
 * ```ts
 * import { IndicatorSchema, type Indicator } from '@coop/model';
 * const count: Indicator = IndicatorSchema.parse({
 *   id: 'model-coops', label: { vi: 'Số HTX điển hình', en: 'Model co-ops' },
 *   numerator: { op: 'count', where: { field: 'flags.modelCooperative', eq: true } },
 *   unit: 'count', direction: 'higher-is-better',
 * });
 * count.factor; // 1
 * ```
 */
export type Indicator = z.infer<typeof IndicatorSchema>;
/**
 * A KPI definition as written in input (defaults may be omitted).
 *
 * @example
 * ```ts
 * import type { IndicatorInput } from '@coop/model';
 * const input: IndicatorInput = {
 *   id: 'union-count', label: { vi: 'Số liên hiệp HTX', en: 'Unions of co-ops' },
 *   population: { kinds: ['union'] }, numerator: { op: 'count' }, unit: 'count', direction: 'higher-is-better',
 * };
 * input.unit; // 'count'
 * ```
 */
export type IndicatorInput = z.input<typeof IndicatorSchema>;
