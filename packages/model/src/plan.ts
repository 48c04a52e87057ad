import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';
import { CitationSchema, type Citation } from './citation.js';
import { CivilDateSchema, YearSchema, type CivilDate } from './civil-date.js';
import { AreaLevelSchema, ConfidenceSchema, type AreaLevel, type Confidence } from './area.js';
import { LabelSchema, type Label } from './label.js';
import { TargetSchema, type Target, type TargetInput } from './target.js';

/** The zod schema behind the main entry's `TaskTimeframeSchema` (documented with an example in `schema-views.ts`). */
export const TaskTimeframeSchema = /* @__PURE__ */ pureSchema(() => z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('year'), year: YearSchema }),
  z
    .strictObject({ kind: z.literal('span'), from: YearSchema, to: YearSchema })
    .check(z.refine((t) => t.from <= t.to, { message: 'span from must not exceed to', path: ['to'] })),
  z.strictObject({ kind: z.literal('every-year'), from: z.optional(YearSchema), to: z.optional(YearSchema) }),
  z.strictObject({ kind: z.literal('text'), text: z.string().check(z.minLength(1)) }),
]));

/**
 * When a task is due.
 *
 * @example
 * ```ts
 * import type { TaskTimeframe } from '@coop/model';
 * const timeframe: TaskTimeframe = { kind: 'span', from: 2021, to: 2025 };
 * timeframe.kind; // 'span'
 * ```
 */
export type TaskTimeframe =
  | { kind: 'year'; year: number }
  | { kind: 'span'; from: number; to: number }
  | { kind: 'every-year'; from?: number | undefined; to?: number | undefined }
  | { kind: 'text'; text: string };

/** A part of a task the source text does not state: its `lead` body or its `timeframe`. */
const TaskUnstatedSchema = /* @__PURE__ */ pureSchema(() => z.enum(['lead', 'timeframe']));

/** The zod schema behind the main entry's `TaskSchema` (documented with an example in `schema-views.ts`). */
export const TaskSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  id: z.string().check(z.minLength(1)),
  section: z.string().check(z.minLength(1)),
  title: LabelSchema,
  lead: z.string().check(z.minLength(1)),
  /** Bodies that lead it jointly with `lead` ("đồng chủ trì"). */
  coLeads: z.optional(z.array(z.string().check(z.minLength(1)))),
  partners: z._default(z.array(z.string().check(z.minLength(1))), []),
  submittedTo: z.optional(z.string().check(z.minLength(1))),
  deliverable: z.optional(z.string().check(z.minLength(1))),
  timeframe: TaskTimeframeSchema,
  /** What the text leaves unsaid (see {@link Task.unstated}). */
  unstated: z.optional(z.array(TaskUnstatedSchema).check(z.minLength(1))),
  source: CitationSchema,
}));

/**
 * An assigned task.
 *
 * @example
 * ```ts
 * import type { Task } from '@coop/model';
 * const task: Task = {
 *   id: 'I.1', section: 'I', title: { vi: 'Tuyên truyền', en: 'Awareness' }, lead: 'Bộ Kế hoạch và Đầu tư', partners: [],
 *   timeframe: { kind: 'every-year' }, source: { document: 'Nghị quyết 134/NQ-CP' },
 * };
 * task.timeframe.kind; // 'every-year'
 * ```
 */
export interface Task {
  /** The task's number in its document (`I.1`). */
  id: string;
  /** The section it belongs to (`I`). */
  section: string;
  title: Label;
  /** The body that leads it ("chủ trì"). */
  lead: string;
  /** Bodies that lead it jointly with `lead` ("đồng chủ trì"). */
  coLeads?: string[] | undefined;
  /** Bodies that take part ("phối hợp"). */
  partners: string[];
  /** Who the result is submitted to. */
  submittedTo?: string | undefined;
  /** What it produces. */
  deliverable?: string | undefined;
  timeframe: TaskTimeframe;
  /**
   * What the text leaves unsaid, so that no reader takes a reading for a fact (the citation's note says
   * how each was read): `lead` — no body is named to lead ("chủ trì"): `lead` is the body the clause is
   * addressed to (or the first it lists) and `coLeads` the others it charges alike, each within its own
   * functions; `timeframe` — no time frame is stated: `timeframe` is the plan's own period where the
   * plan states one, else free text saying so.
   */
  unstated?: Array<'lead' | 'timeframe'> | undefined;
  source: Citation;
}

/**
 * A task as written in input (`partners` may be omitted).
 *
 * @example
 * ```ts
 * import type { TaskInput } from '@coop/model';
 * const task: TaskInput = {
 *   id: 'I.1', section: 'I', title: { vi: 'Tuyên truyền', en: 'Awareness' }, lead: 'Bộ Tài chính',
 *   timeframe: { kind: 'every-year' }, source: { document: 'NQ 134/NQ-CP' },
 * };
 * task.partners; // undefined
 * ```
 */
export interface TaskInput extends Omit<Task, 'partners'> {
  partners?: string[] | undefined;
}

/** The zod schema behind the main entry's `PlanSchema` (documented with an example in `schema-views.ts`). */
export const PlanSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: LabelSchema,
  issuer: LabelSchema,
  document: z.strictObject({
    number: z.optional(z.string().check(z.minLength(1))),
    date: z.optional(CivilDateSchema),
    /** Facts about the document that were reported elsewhere, not read from it, or that conflict. */
    notes: z._default(z.array(z.string().check(z.minLength(1))), []),
    /** How sure `date` is (see {@link Plan.document}). */
    dateConfidence: z.optional(ConfidenceSchema),
    /** Other dates the sources give for the document, each with where it is read. */
    otherDates: z.optional(z.array(z.strictObject({ date: CivilDateSchema, source: CitationSchema }))),
  }),
  jurisdiction: z.strictObject({
    level: AreaLevelSchema,
    area: z.optional(z.string().check(z.minLength(1))),
    name: LabelSchema,
    note: z.optional(z.string().check(z.minLength(1))),
  }),
  /** Ids of the plans this one implements. */
  parents: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** The year the plan starts from (progress towards deadlines is measured from it by default). */
  baseYear: z.optional(YearSchema),
  targets: z._default(z.array(TargetSchema), []),
  /** Ids of the reporting cycles the plan sets (see `@coop/calendar`). */
  cycles: z._default(z.array(z.string().check(z.minLength(1))), []),
  tasks: z._default(z.array(TaskSchema), []),
  /** The seed document it was read from, where applicable. */
  source: z.optional(CitationSchema),
}));

/**
 * A plan.
 *
 * @example
 * ```ts
 * import { PlanSchema, type Plan } from '@coop/model';
 * const plan: Plan = PlanSchema.parse({
 *   id: 'p', title: { vi: 'Kế hoạch', en: 'Plan' }, issuer: { vi: 'UBND tỉnh', en: 'Provincial committee' },
 *   document: {}, jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
 * });
 * plan.tasks.length; // 0
 * ```
 */
export interface Plan {
  /** A stable id (`thai-nguyen-42-2024`). */
  id: string;
  title: Label;
  /** The issuing body. */
  issuer: Label;
  document: {
    number?: string | undefined;
    date?: CivilDate | undefined;
    /** Facts about the document that were reported elsewhere, not read from it, or that conflict. */
    notes: string[];
    /**
     * How sure `date` is: `confirmed` (the sources agree), `single-source`, or `unconfirmed` (the sources
     * disagree and no official copy settles it; see `otherDates`). Absent: not assessed.
     */
    dateConfidence?: Confidence | undefined;
    /** Other dates the sources give for the document, each with where it is read (a discrepancy kept as data). */
    otherDates?: Array<{ date: CivilDate; source: Citation }> | undefined;
  };
  jurisdiction: {
    level: AreaLevel;
    area?: string | undefined;
    name: Label;
    note?: string | undefined;
  };
  /** Ids of the plans this one implements. */
  parents: string[];
  /** The year the plan starts from (progress towards deadlines is measured from it by default). */
  baseYear?: number | undefined;
  targets: Target[];
  /** Ids of the reporting cycles the plan sets (see `@coop/calendar`). */
  cycles: string[];
  tasks: Task[];
  /** The seed document it was read from, where applicable. */
  source?: Citation | undefined;
}
/**
 * A plan as written in input (defaults may be omitted).
 *
 * @example
 * ```ts
 * import type { PlanInput } from '@coop/model';
 * const input: PlanInput = {
 *   id: 'p', title: { vi: 'Kế hoạch', en: 'Plan' }, issuer: { vi: 'UBND tỉnh', en: 'Provincial committee' },
 *   document: { number: '42/KH-UBND' }, jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
 * };
 * input.document.number; // '42/KH-UBND'
 * ```
 */
export interface PlanInput extends Omit<Plan, 'document' | 'parents' | 'targets' | 'cycles' | 'tasks'> {
  document: Omit<Plan['document'], 'notes'> & { notes?: string[] | undefined };
  parents?: string[] | undefined;
  targets?: TargetInput[] | undefined;
  cycles?: string[] | undefined;
  tasks?: TaskInput[] | undefined;
}
