/**
 * `@coop/model/schemas`: the model's schemas typed as the zod 4 schemas they are (built with `zod/mini`),
 * for applications that compose them with zod (`z.array(YearlyRecordSchema)`, `z.extend(…)`, JSON Schema
 * generation with `z.toJSONSchema`). They are the very objects the main entry exports; the main entry
 * types them as {@link ModelSchema} so that importing `@coop/model` does not cost a consumer's compiler
 * zod's types.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { YearlyRecordSchema } from '@coop/model/schemas';
 * const Upload = z.object({ records: z.array(YearlyRecordSchema) });
 * Upload.safeParse({ records: [{ organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'X' }] }).success; // true
 * ```
 *
 * @packageDocumentation
 */
import type * as z from 'zod/mini';
import { LabelSchema, type Label } from './label.js';
import { CivilDateSchema, YearSchema, type CivilDate } from './civil-date.js';
import { OrganisationKindSchema, SectorSchema, OrganisationSchema, type Organisation, type OrganisationKind, type Sector } from './organisation.js';
import { GradeSchema, type Grade } from './grade.js';
import { CountSchema, VndSchema, NonNegativeVndSchema, PointsSchema, ScoringSheetSchema, RecordFlagsSchema, YearlyRecordSchema, type RecordFlags, type ScoringSheet, type YearlyRecord } from './yearly-record.js';
import { CitationSchema, type Citation } from './citation.js';
import { AreaLevelSchema, ConfidenceSchema, AreaSchema, type Area, type AreaInput, type AreaLevel, type Confidence } from './area.js';
import { RecordFieldPathSchema, ConditionSchema, MissingPolicySchema, AggregateSchema, IndicatorUnitSchema, IndicatorSchema, type Aggregate, type AggregateInput, type Condition, type Indicator, type IndicatorInput, type IndicatorUnit, type MissingPolicy } from './indicator.js';
import { SimpleComparatorSchema, RangeComparatorSchema, ApproximatelyComparatorSchema, GrowthComparatorSchema, YearlyGrowthComparatorSchema, EveryUnitComparatorSchema, ComparatorSchema, GradeReadingSchema, TargetSchema, type Comparator, type GradeReading, type RangeComparator, type SimpleComparator, type Target, type TargetInput } from './target.js';
import { TaskTimeframeSchema, TaskSchema, PlanSchema, type Plan, type PlanInput, type Task, type TaskInput, type TaskTimeframe } from './plan.js';

export {
  AggregateSchema,
  ApproximatelyComparatorSchema,
  AreaLevelSchema,
  AreaSchema,
  CitationSchema,
  CivilDateSchema,
  ComparatorSchema,
  ConditionSchema,
  ConfidenceSchema,
  CountSchema,
  EveryUnitComparatorSchema,
  GradeReadingSchema,
  GradeSchema,
  GrowthComparatorSchema,
  IndicatorSchema,
  IndicatorUnitSchema,
  LabelSchema,
  MissingPolicySchema,
  NonNegativeVndSchema,
  OrganisationKindSchema,
  OrganisationSchema,
  PlanSchema,
  PointsSchema,
  RangeComparatorSchema,
  RecordFieldPathSchema,
  RecordFlagsSchema,
  ScoringSheetSchema,
  SectorSchema,
  SimpleComparatorSchema,
  TargetSchema,
  TaskSchema,
  TaskTimeframeSchema,
  VndSchema,
  YearSchema,
  YearlyGrowthComparatorSchema,
  YearlyRecordSchema,
};

/** `true` when each type is assignable to the other. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only with `true`. */
type Holds<T extends true> = T;

/**
 * The declared interfaces and the schemas cannot drift apart: `pnpm typecheck` fails when a schema's
 * output (or input, where defaults make them differ) and its interface differ in either direction.
 */
export type SchemaAgreement = [
  Holds<Agree<z.output<typeof LabelSchema>, Label>>,
  Holds<Agree<z.output<typeof CivilDateSchema>, CivilDate>>,
  Holds<Agree<z.output<typeof YearSchema>, number>>,
  Holds<Agree<z.output<typeof OrganisationKindSchema>, OrganisationKind>>,
  Holds<Agree<z.output<typeof SectorSchema>, Sector>>,
  Holds<Agree<z.output<typeof OrganisationSchema>, Organisation>>,
  Holds<Agree<z.output<typeof GradeSchema>, Grade>>,
  Holds<Agree<z.output<typeof CountSchema>, number>>,
  Holds<Agree<z.output<typeof VndSchema>, number>>,
  Holds<Agree<z.output<typeof NonNegativeVndSchema>, number>>,
  Holds<Agree<z.output<typeof PointsSchema>, number>>,
  Holds<Agree<z.output<typeof ScoringSheetSchema>, ScoringSheet>>,
  Holds<Agree<z.output<typeof RecordFlagsSchema>, RecordFlags>>,
  Holds<Agree<z.output<typeof YearlyRecordSchema>, YearlyRecord>>,
  Holds<Agree<z.output<typeof CitationSchema>, Citation>>,
  Holds<Agree<z.output<typeof AreaLevelSchema>, AreaLevel>>,
  Holds<Agree<z.output<typeof ConfidenceSchema>, Confidence>>,
  Holds<Agree<z.output<typeof AreaSchema>, Area>>,
  Holds<Agree<z.input<typeof AreaSchema>, AreaInput>>,
  Holds<Agree<z.output<typeof RecordFieldPathSchema>, string>>,
  Holds<Agree<z.output<typeof ConditionSchema>, Condition>>,
  Holds<Agree<z.output<typeof MissingPolicySchema>, MissingPolicy>>,
  Holds<Agree<z.output<typeof AggregateSchema>, Aggregate>>,
  Holds<Agree<z.input<typeof AggregateSchema>, AggregateInput>>,
  Holds<Agree<z.output<typeof IndicatorUnitSchema>, IndicatorUnit>>,
  Holds<Agree<z.output<typeof IndicatorSchema>, Indicator>>,
  Holds<Agree<z.input<typeof IndicatorSchema>, IndicatorInput>>,
  Holds<Agree<z.output<typeof SimpleComparatorSchema>, SimpleComparator>>,
  Holds<Agree<z.output<typeof RangeComparatorSchema>, RangeComparator>>,
  Holds<Agree<z.output<typeof ApproximatelyComparatorSchema>, Extract<Comparator, { kind: 'approximately' }>>>,
  Holds<Agree<z.output<typeof GrowthComparatorSchema>, Extract<Comparator, { kind: 'growth' }>>>,
  Holds<Agree<z.output<typeof YearlyGrowthComparatorSchema>, Extract<Comparator, { kind: 'yearly-growth' }>>>,
  Holds<Agree<z.output<typeof EveryUnitComparatorSchema>, Extract<Comparator, { kind: 'every-unit' }>>>,
  Holds<Agree<z.output<typeof ComparatorSchema>, Comparator>>,
  Holds<Agree<z.output<typeof GradeReadingSchema>, GradeReading>>,
  Holds<Agree<z.output<typeof TargetSchema>, Target>>,
  Holds<Agree<z.input<typeof TargetSchema>, TargetInput>>,
  Holds<Agree<z.output<typeof TaskTimeframeSchema>, TaskTimeframe>>,
  Holds<Agree<z.output<typeof TaskSchema>, Task>>,
  Holds<Agree<z.input<typeof TaskSchema>, TaskInput>>,
  Holds<Agree<z.output<typeof PlanSchema>, Plan>>,
  Holds<Agree<z.input<typeof PlanSchema>, PlanInput>>,
];

export type { ModelSchema } from './model-schema.js';
