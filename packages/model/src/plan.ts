import { z } from 'zod';
import { CitationSchema } from './citation.js';
import { CivilDateSchema, YearSchema } from './civil-date.js';
import { AreaLevelSchema, ConfidenceSchema } from './area.js';
import { LabelSchema } from './label.js';
import { TargetSchema } from './target.js';

/**
 * When a task is due: one year, a span of years, every year (optionally bounded), or free text.
 *
 * @example
 * ```ts
 * import { TaskTimeframeSchema } from '@coop/model';
 * TaskTimeframeSchema.safeParse({ kind: 'span', from: 2025, to: 2021 }).success; // false
 * ```
 */
export const TaskTimeframeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('year'), year: YearSchema }),
  z
    .strictObject({ kind: z.literal('span'), from: YearSchema, to: YearSchema })
    .refine((t) => t.from <= t.to, { message: 'span from must not exceed to', path: ['to'] }),
  z.strictObject({ kind: z.literal('every-year'), from: YearSchema.optional(), to: YearSchema.optional() }),
  z.strictObject({ kind: z.literal('text'), text: z.string().min(1) }),
]);

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
export type TaskTimeframe = z.infer<typeof TaskTimeframeSchema>;

/** A part of a task the source text does not state: its `lead` body or its `timeframe`. */
const TaskUnstatedSchema = z.enum(['lead', 'timeframe']);

/**
 * An assigned task (a row of Resolution 134/NQ-CP's appendix, or a qualitative clause of a plan):
 * who leads it, who co-operates, to which level it is submitted, what it delivers, and when.
 *
 * @example
 * ```ts
 * import { TaskSchema } from '@coop/model';
 * TaskSchema.parse({
 *   id: 'I.1', section: 'I', title: { vi: 'Tổ chức tuyên truyền', en: 'Run awareness campaigns' },
 *   lead: 'Bộ Kế hoạch và Đầu tư', partners: [], submittedTo: 'Chính phủ', deliverable: 'Báo cáo',
 *   timeframe: { kind: 'every-year' }, source: { document: 'Nghị quyết 134/NQ-CP', clause: 'Phụ lục I.1' },
 * });
 * ```
 */
export const TaskSchema = z.strictObject({
  id: z.string().min(1),
  section: z.string().min(1),
  title: LabelSchema,
  lead: z.string().min(1),
  /** Bodies that lead it jointly with `lead` ("đồng chủ trì"). */
  coLeads: z.array(z.string().min(1)).optional(),
  partners: z.array(z.string().min(1)).default([]),
  submittedTo: z.string().min(1).optional(),
  deliverable: z.string().min(1).optional(),
  timeframe: TaskTimeframeSchema,
  /**
   * What the text leaves unsaid, so that no reader takes a reading for a fact (the citation's note says
   * how each was read): `lead` — no body is named to lead ("chủ trì"): `lead` is the body the clause is
   * addressed to (or the first it lists) and `coLeads` the others it charges alike, each within its own
   * functions; `timeframe` — no time frame is stated: `timeframe` is the plan's own period where the
   * plan states one, else free text saying so.
   */
  unstated: z.array(TaskUnstatedSchema).min(1).optional(),
  source: CitationSchema,
});

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
export type Task = z.infer<typeof TaskSchema>;

/**
 * A plan: an issuing body, a document, a jurisdiction, parent plans it implements, numeric targets,
 * the reporting cycles it sets (ids of `@coop/calendar` cycles) and its tasks.
 *
 * @example
 * ```ts
 * import { PlanSchema } from '@coop/model';
 * const plan = PlanSchema.parse({
 *   id: 'example', title: { vi: 'Kế hoạch mẫu', en: 'Example plan' },
 *   issuer: { vi: 'UBND tỉnh', en: 'Provincial People\'s Committee' },
 *   document: { number: '1/KH-UBND', date: '2024-01-01' },
 *   jurisdiction: { level: 'province', area: 'TNG', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' } },
 *   baseYear: 2023,
 * });
 * plan.targets; // []
 * ```
 */
export const PlanSchema = z.strictObject({
  id: z.string().min(1),
  title: LabelSchema,
  issuer: LabelSchema,
  document: z.strictObject({
    number: z.string().min(1).optional(),
    date: CivilDateSchema.optional(),
    /** Facts about the document that were reported elsewhere, not read from it, or that conflict. */
    notes: z.array(z.string().min(1)).default([]),
    /**
     * How sure `date` is: `confirmed` (the sources agree), `single-source`, or `unconfirmed` (the sources
     * disagree and no official copy settles it; see `otherDates`). Absent: not assessed.
     */
    dateConfidence: ConfidenceSchema.optional(),
    /** Other dates the sources give for the document, each with where it is read (a discrepancy kept as data). */
    otherDates: z.array(z.strictObject({ date: CivilDateSchema, source: CitationSchema })).optional(),
  }),
  jurisdiction: z.strictObject({
    level: AreaLevelSchema,
    area: z.string().min(1).optional(),
    name: LabelSchema,
    note: z.string().min(1).optional(),
  }),
  /** Ids of the plans this one implements. */
  parents: z.array(z.string().min(1)).default([]),
  /** The year the plan starts from (progress towards deadlines is measured from it by default). */
  baseYear: YearSchema.optional(),
  targets: z.array(TargetSchema).default([]),
  /** Ids of the reporting cycles the plan sets (see `@coop/calendar`). */
  cycles: z.array(z.string().min(1)).default([]),
  tasks: z.array(TaskSchema).default([]),
  /** The seed document it was read from, where applicable. */
  source: CitationSchema.optional(),
});

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
export type Plan = z.infer<typeof PlanSchema>;
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
export type PlanInput = z.input<typeof PlanSchema>;
