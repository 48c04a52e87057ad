import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';
import { CitationSchema, type Citation } from './citation.js';
import { GradeSchema, type Grade } from './grade.js';
import { LabelSchema, type Label } from './label.js';
import { OrganisationKindSchema, SectorSchema, type OrganisationKind, type Sector } from './organisation.js';
import { isRecordField } from './record-fields.js';

/** The zod schema behind the main entry's `RecordFieldPathSchema` (documented with an example in `schema-views.ts`). */
export const RecordFieldPathSchema = /* @__PURE__ */ pureSchema(() => z.string().check(z.refine(isRecordField, { message: 'Unknown record field' })));

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
  | { readonly grade: ReadonlyArray<Grade> | 'effective' }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** The zod schema behind the main entry's `ConditionSchema` (documented with an example in `schema-views.ts`). */
export const ConditionSchema: z.ZodMiniType<Condition, Condition> = /* @__PURE__ */ pureSchema(() => z.lazy(() =>
  z.union([
    z.strictObject({ field: RecordFieldPathSchema, eq: z.union([z.boolean(), z.string(), z.number()]) }),
    z.strictObject({ field: RecordFieldPathSchema, in: z.array(z.union([z.string(), z.number()])).check(z.minLength(1)) }),
    z
      .strictObject({
        field: RecordFieldPathSchema,
        gt: z.optional(z.union([z.number(), z.string()])),
        gte: z.optional(z.union([z.number(), z.string()])),
        lt: z.optional(z.union([z.number(), z.string()])),
        lte: z.optional(z.union([z.number(), z.string()])),
      })
      .check(
        z.refine((c) => c.gt !== undefined || c.gte !== undefined || c.lt !== undefined || c.lte !== undefined, {
          message: 'A range condition needs at least one of gt, gte, lt, lte',
        }),
      ),
    z.strictObject({ grade: z.union([z.array(GradeSchema).check(z.minLength(1)), z.literal('effective')]) }),
    z.strictObject({ all: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
) as z.ZodMiniType<Condition, Condition>);

/** The zod schema behind the main entry's `MissingPolicySchema` (documented with an example in `schema-views.ts`). */
export const MissingPolicySchema = /* @__PURE__ */ pureSchema(() => z.enum(['skip-if-any-missing', 'skip-if-all-missing', 'missing-as-zero']));

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
export type MissingPolicy = 'skip-if-any-missing' | 'skip-if-all-missing' | 'missing-as-zero';

/** The zod schema behind the main entry's `AggregateSchema` (documented with an example in `schema-views.ts`). */
export const AggregateSchema = /* @__PURE__ */ pureSchema(() => z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('count'),
    where: z.optional(ConditionSchema),
    missing: z._default(MissingPolicySchema, 'skip-if-all-missing'),
  }),
  z.strictObject({
    op: z.literal('sum'),
    field: RecordFieldPathSchema,
    where: z.optional(ConditionSchema),
    missing: z._default(MissingPolicySchema, 'skip-if-all-missing'),
  }),
  z.strictObject({
    op: z.literal('mean'),
    field: RecordFieldPathSchema,
    where: z.optional(ConditionSchema),
    missing: z._default(MissingPolicySchema, 'skip-if-all-missing'),
  }),
  z.strictObject({ op: z.literal('external'), input: z.string().check(z.minLength(1)) }),
]));

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
export type Aggregate =
  | { op: 'count'; where?: Condition | undefined; missing: MissingPolicy }
  | { op: 'sum'; field: string; where?: Condition | undefined; missing: MissingPolicy }
  | { op: 'mean'; field: string; where?: Condition | undefined; missing: MissingPolicy }
  | { op: 'external'; input: string };

/**
 * An aggregate as written in input: `missing` may be omitted (default `skip-if-all-missing`).
 *
 * @example
 * ```ts
 * import type { AggregateInput } from '@coop/model';
 * const members: AggregateInput = { op: 'sum', field: 'officialMembers' };
 * members.op; // 'sum'
 * ```
 */
export type AggregateInput =
  | { op: 'count'; where?: Condition | undefined; missing?: MissingPolicy | undefined }
  | { op: 'sum'; field: string; where?: Condition | undefined; missing?: MissingPolicy | undefined }
  | { op: 'mean'; field: string; where?: Condition | undefined; missing?: MissingPolicy | undefined }
  | { op: 'external'; input: string };

/** The zod schema behind the main entry's `IndicatorUnitSchema` (documented with an example in `schema-views.ts`). */
export const IndicatorUnitSchema = /* @__PURE__ */ pureSchema(() => z.enum(['count', 'percent', 'vnd', 'vnd-per-ha', 'members', 'households', 'persons']));

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
export type IndicatorUnit = 'count' | 'percent' | 'vnd' | 'vnd-per-ha' | 'members' | 'households' | 'persons';

/** The zod schema behind the main entry's `IndicatorSchema` (documented with an example in `schema-views.ts`). */
export const IndicatorSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  id: z.string().check(z.minLength(1)),
  label: LabelSchema,
  description: z.optional(LabelSchema),
  /** Which records form the population. */
  population: z._default(
    z.strictObject({
      kinds: z.optional(z.array(OrganisationKindSchema).check(z.minLength(1))),
      sectors: z.optional(z.array(SectorSchema).check(z.minLength(1))),
      /** `agriculture` = every `agriculture-*` sector. */
      sectorGroup: z.optional(z.literal('agriculture')),
      where: z.optional(ConditionSchema),
    }),
    {},
  ),
  numerator: AggregateSchema,
  denominator: z.optional(AggregateSchema),
  factor: z._default(z.number().check(z.positive()), 1),
  unit: IndicatorUnitSchema,
  direction: z.enum(['higher-is-better', 'lower-is-better', 'band']),
  /** Bounds of the value, e.g. `[0, 100]` for a share: projections never leave them. */
  bounds: z.optional(z.tuple([z.number(), z.number()])),
  /** Names and labels of the external inputs the indicator needs (e.g. `farmHouseholds`). */
  externalInputs: z._default(z.array(z.strictObject({ name: z.string().check(z.minLength(1)), label: LabelSchema })), []),
  source: z.optional(CitationSchema),
}));

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
export interface Indicator {
  /** A stable id (`ag-good-or-fair-share`). */
  id: string;
  label: Label;
  description?: Label | undefined;
  /** Which records form the population. */
  population: IndicatorPopulation;
  numerator: Aggregate;
  /** Absent: the value is the numerator × factor. */
  denominator?: Aggregate | undefined;
  /** Multiplies the ratio (100 for a percentage). */
  factor: number;
  unit: IndicatorUnit;
  direction: 'higher-is-better' | 'lower-is-better' | 'band';
  /** Bounds of the value, e.g. `[0, 100]` for a share: projections never leave them. */
  bounds?: [number, number] | undefined;
  /** Names and labels of the external inputs the indicator needs (e.g. `farmHouseholds`). */
  externalInputs: Array<{ name: string; label: Label }>;
  source?: Citation | undefined;
}

/**
 * Which records form an indicator's population (each part narrows it; none: every record).
 *
 * @example
 * ```ts
 * import type { IndicatorPopulation } from '@coop/model';
 * const agCoops: IndicatorPopulation = { kinds: ['cooperative'], sectorGroup: 'agriculture' };
 * agCoops.sectorGroup; // 'agriculture'
 * ```
 */
export interface IndicatorPopulation {
  kinds?: OrganisationKind[] | undefined;
  sectors?: Sector[] | undefined;
  /** `agriculture` = every `agriculture-*` sector. */
  sectorGroup?: 'agriculture' | undefined;
  where?: Condition | undefined;
}
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
export interface IndicatorInput
  extends Omit<Indicator, 'population' | 'numerator' | 'denominator' | 'factor' | 'externalInputs'> {
  population?: IndicatorPopulation | undefined;
  numerator: AggregateInput;
  denominator?: AggregateInput | undefined;
  /** Default 1. */
  factor?: number | undefined;
  externalInputs?: Array<{ name: string; label: Label }> | undefined;
}
