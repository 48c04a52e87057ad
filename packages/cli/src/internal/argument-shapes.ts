/**
 * The documented argument shapes of the library entry's functions that carry the rating, grading,
 * deadline and report structures, as zod (`zod/mini`) schemas that `guarded` checks with `@coop/model`'s
 * `parseWithSchema` before any work (see ../guard.ts): the copy it checks is the copy the function is
 * called with. A field the function does not read is kept and not checked; a field it reads must have
 * the documented type. Each export's checks are a list, one per argument (a missing trailing argument is
 * `undefined`, which an optional schema accepts). Built on first use, so importing one function builds
 * none of the others' schemas; every module-level value is built in a call marked pure, so a bundle
 * whose functions take only plain values (./plain-shapes.ts) keeps none of this module, and no zod.
 */
import * as z from 'zod/mini';
import { parseWithSchema } from '@coop/model';
import { FUNCTION, type ArgumentCheck, type ArgumentChecks } from '../guard.js';
import { CHART_SIZE, GRADE_KEYS } from './plain-shapes.js';

/** Builds a value on first call and keeps it (the schemas below are built only when a guarded function is called). */
const once = <T>(build: () => T): (() => T) => {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
};

/** The checks of a function's arguments, one schema each (`@coop/model`'s `parseWithSchema`). */
const schemas = (...list: readonly z.ZodMiniType[]): ArgumentCheck[] => list.map((schema) => (value, limits) => parseWithSchema(schema, value, limits));

const text = () => z.string();
/** A count (records, rows, files, issues left out): a whole number, 0 or more. */
const count = () => z.int().check(z.gte(0));
/** A whole number 0 or more written as text (a bigint that went through JSON, e.g. a gap's `amount` `"3"`). */
const wholeText = () => z.string().check(z.refine((value) => /^\d+$/.test(value), { params: { code: 'not_integer' } }));
/** A 1-based row, line or column number, as a spreadsheet numbers them. */
const ordinal = () => z.int().check(z.gte(1));
/** A chart's width or height, in `viewBox` units (./plain-shapes.ts's CHART_SIZE). */
const chartSize = () => z.int().check(z.gte(CHART_SIZE.min), z.lte(CHART_SIZE.max));
const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(schema);
const list = <T extends z.ZodMiniType>(schema: T) => z.array(schema);
/**
 * An object whose named fields are checked; any other field is kept as it is and not checked (the
 * function gets the checked copy, and may hand fields it does not read to `@coop/rating` or
 * `@coop/calendar`, which check them).
 */
const fields = <S extends Record<string, z.ZodMiniType>>(shape: S) => z.looseObject(shape);
/** A function field (a chart's `format`, a `totalLabel`): the stand-in {@link FUNCTION} of ../guard.ts. */
const fn = () => z.custom<typeof FUNCTION>((value) => value === FUNCTION, { error: 'cần một hàm / expected a function' });

const lang = /* @__PURE__ */ once(() => z.enum(['vi', 'en']));
const label = /* @__PURE__ */ once(() => fields({ vi: text(), en: text() }));
const point = /* @__PURE__ */ once(() => fields({ year: z.number(), value: z.number() }));

const warning = /* @__PURE__ */ once(() => fields({ code: text(), message: label() }));
const countedWarning = /* @__PURE__ */ once(() => fields({ code: text(), message: label(), count: maybe(count()) }));

/** `TargetGap` of `@coop/rating`: the fields the CLI reads of each kind. */
const gap = /* @__PURE__ */ once(() =>
  z.discriminatedUnion('kind', [
    fields({ kind: z.literal('met') }),
    fields({ kind: z.literal('change'), change: z.enum(['more', 'fewer']), amount: z.union([z.bigint().check(z.gte(0n)), count(), wholeText()]), unit: text(), basis: maybe(text()) }),
    fields({ kind: z.literal('distance'), change: z.enum(['more', 'fewer']), distance: fields({}) }),
    fields({ kind: z.literal('unreachable'), reason: label() }),
    fields({ kind: z.literal('units'), failing: list(text()) }),
    fields({ kind: z.literal('years'), failing: list(z.number()) }),
    fields({ kind: z.literal('not-computable'), reason: label() }),
  ]),
);

/** `TargetResult` of `@coop/rating`: what the CLI's texts, tables and report read. */
const targetResult = /* @__PURE__ */ once(() =>
  fields({
    targetId: text(),
    indicatorId: maybe(text()),
    label: label(),
    status: text(),
    year: maybe(z.number()),
    display: maybe(z.number()),
    unit: text(),
    comparator: fields({ kind: text() }),
    deadline: z.number(),
    tolerance: maybe(fields({ value: z.number() })),
    gap: gap(),
    series: list(fields({ year: z.number(), display: maybe(z.number()) })),
    units: maybe(list(fields({ code: text(), met: maybe(z.boolean()), name: maybe(label()) }))),
    warnings: list(warning()),
    explanation: label(),
  }),
);

/** `PlanTargetEntry` of `@coop/rating`: an evaluated target, or one that could not be evaluated. */
const entry = /* @__PURE__ */ once(() =>
  z.discriminatedUnion('ok', [
    fields({ ok: z.literal(true), planId: maybe(text()), result: targetResult() }),
    fields({ ok: z.literal(false), planId: maybe(text()), targetId: maybe(text()), target: fields({ label: label(), deadline: z.number() }), error: fields({ message: label() }) }),
  ]),
);
const entries = /* @__PURE__ */ once(() => list(entry()));

/** `GradeRow`: a graded record, a record with a grade from the data, or a record that could not be graded. */
const gradeRow = /* @__PURE__ */ once(() =>
  fields({
    record: fields({ organisationId: text(), year: z.number(), name: maybe(text()) }),
    result: maybe(fields({ status: text(), grade: maybe(text()), total: maybe(z.number()), rulebook: fields({ id: text() }), warnings: maybe(list(warning())) })),
    dataGrade: maybe(z.enum(GRADE_KEYS)),
    error: maybe(fields({ code: text(), message: text(), reason: maybe(text()) })),
  }),
);
const gradeRows = /* @__PURE__ */ once(() => list(gradeRow()));
const distribution = /* @__PURE__ */ once(() => fields({ years: list(z.number()), counts: z.record(z.enum(GRADE_KEYS), list(count())) }));

/** `RowIssue` (../records.ts): every field `formatRowIssue` prints. */
const rowIssue = /* @__PURE__ */ once(() =>
  fields({ file: maybe(text()), sheet: maybe(text()), line: ordinal(), column: maybe(ordinal()), header: maybe(text()), field: maybe(text()), code: text(), message: label(), received: maybe(text()) }),
);
/** `SheetIssue` of `@coop/sheets`: every field `toRowIssue` copies into a row issue. */
const sheetIssue = /* @__PURE__ */ once(() =>
  fields({ file: text(), sheet: maybe(text()), row: maybe(ordinal()), column: maybe(text()), header: maybe(text()), field: maybe(text()), code: text(), severity: z.enum(['error', 'warning']), message: label(), value: maybe(text()) }),
);

const deadlineRow = /* @__PURE__ */ once(() => fields({ step: fields({ cycleId: maybe(text()), label: maybe(label()) }), rolledBecause: maybe(text()) }));
const deadlineRows = /* @__PURE__ */ once(() => list(deadlineRow()));

const goal = /* @__PURE__ */ once(() =>
  z.discriminatedUnion('kind', [
    fields({ kind: z.literal('line'), value: z.number(), label: text() }),
    fields({ kind: z.literal('band'), min: z.number(), max: z.number(), label: text() }),
  ]),
);
const bounds = /* @__PURE__ */ once(() => z.tuple([z.number(), z.number()]));
const timelineItem = /* @__PURE__ */ once(() => fields({ date: text(), dateText: maybe(text()), label: text(), detail: maybe(text()), event: maybe(z.boolean()), rolled: maybe(z.boolean()) }));

const reportTarget = /* @__PURE__ */ once(() =>
  fields({
    id: text(),
    label: text(),
    status: text(),
    statusLabel: text(),
    goalText: text(),
    valueText: text(),
    gapText: maybe(text()),
    explanation: text(),
    deadline: z.number(),
    points: list(point()),
    projection: maybe(list(point())),
    goal: maybe(goal()),
    bounds: maybe(bounds()),
    warnings: maybe(list(text())),
    format: fn(),
  }),
);
const observations = /* @__PURE__ */ once(() => fields({ intro: text(), items: list(fields({ title: text(), verdict: text(), status: text(), detail: text(), source: text(), caveats: maybe(list(text())) })), caveats: list(text()) }));

const optionSpec = /* @__PURE__ */ once(() => fields({ name: text(), kind: text(), short: maybe(text()), value: maybe(text()), help: label(), required: maybe(z.boolean()) }));
const commandSpec = /* @__PURE__ */ once(() => fields({ name: text(), summary: label(), positionals: list(text()), rest: maybe(z.boolean()), options: list(optionSpec()), details: maybe(label()) }));

/** `SheetReadResult` of `@coop/sheets`: the record set read, or only the issues. */
const sheetReadResult = /* @__PURE__ */ once(() =>
  z.discriminatedUnion('ok', [
    fields({ ok: z.literal(true), value: fields({ records: list(fields({})), rows: count(), rejected: list(fields({})), moreRejected: maybe(count()) }), issues: list(sheetIssue()), moreIssues: count() }),
    fields({ ok: z.literal(false), issues: list(sheetIssue()) }),
  ]),
);

// The shapes of each export, in argument order.
export const HELP_TEXT: ArgumentChecks = () => schemas(maybe(commandSpec()), maybe(text()), maybe(lang()));
export const FORMAT_ROW_ISSUE: ArgumentChecks = () => schemas(rowIssue(), lang());
export const TO_LOADED_RECORDS: ArgumentChecks = () => schemas(sheetReadResult(), maybe(count()));
export const TO_ROW_ISSUE: ArgumentChecks = () => schemas(sheetIssue(), maybe(z.boolean()));
export const STACKED_BAR_CHART: ArgumentChecks = () =>
  schemas(
    fields({ title: text(), categories: list(text()), series: list(fields({ key: text(), label: text(), colour: text(), values: list(z.number().check(z.gte(0))) })), width: maybe(chartSize()), height: maybe(chartSize()), totalLabel: maybe(fn()) }),
  );
export const TRAJECTORY_CHART: ArgumentChecks = () =>
  schemas(
    fields({
      title: text(),
      points: list(point()),
      projection: maybe(list(point())),
      observed: maybe(list(fields({ year: z.number(), value: z.number(), label: maybe(text()) }))),
      goal: maybe(goal()),
      deadline: maybe(z.number()),
      colour: text(),
      format: fn(),
      bounds: maybe(bounds()),
      integer: maybe(z.boolean()),
      fromYear: maybe(z.number()),
      emptyLabel: maybe(text()),
      width: maybe(chartSize()),
      height: maybe(chartSize()),
    }),
  );
export const TIMELINE_CHART: ArgumentChecks = () =>
  schemas(
    fields({ title: text(), from: text(), to: text(), items: list(timelineItem()), monthNames: maybe(list(text())), todayLabel: maybe(text()), width: maybe(chartSize()) }),
  );
export const DEADLINE_JSON: ArgumentChecks = () => schemas(deadlineRow());
export const DEADLINE_ROWS: ArgumentChecks = () => schemas(list(fields({ id: text() })), text(), text(), lang());
export const DEADLINE_TABLE: ArgumentChecks = () => schemas(deadlineRows(), lang());
export const GRADE_RECORDS: ArgumentChecks = () => schemas(list(fields({ organisationId: text(), year: z.number() })), maybe(fields({ rulebook: maybe(fields({ id: text() })), year: maybe(z.number()) })));
export const GRADE_KEY: ArgumentChecks = () => schemas(gradeRow());
export const GRADE_DISTRIBUTION: ArgumentChecks = () => schemas(gradeRows());
export const GRADE_ROWS_AND_LANG: ArgumentChecks = () => schemas(gradeRows(), lang());
export const GRADE_SUMMARY_TABLE: ArgumentChecks = () => schemas(z.union([gradeRows(), distribution()]), lang());
export const ENTRIES: ArgumentChecks = () => schemas(entries());
export const ENTRIES_AND_LANG: ArgumentChecks = () => schemas(entries(), lang());
export const ENTRY: ArgumentChecks = () => schemas(entry());
export const ENTRY_AND_LANG: ArgumentChecks = () => schemas(entry(), lang());
export const GAP_TEXT: ArgumentChecks = () => schemas(gap(), targetResult(), lang());
export const RESULT_AND_LANG: ArgumentChecks = () => schemas(targetResult(), lang());
export const COLLECT_WARNINGS: ArgumentChecks = () => schemas(entries(), lang(), maybe(list(countedWarning())));
export const REPORT_TARGET: ArgumentChecks = () => schemas(targetResult(), lang(), maybe(fields({ id: maybe(text()) })), maybe(fields({ fromYear: maybe(z.number()) })));
export const BUILD_REPORT_MODEL: ArgumentChecks = () =>
  schemas(
    fields({
      lang: lang(),
      plan: fields({ id: text(), targets: list(fields({ id: text() })) }),
      asOf: text(),
      targets: entries(),
      grades: gradeRows(),
      deadlines: deadlineRows(),
      deadlineRange: fields({ from: text(), to: text() }),
      dataLabel: text(),
      generatedBy: text(),
      rows: maybe(count()),
      issues: maybe(list(rowIssue())),
      observations: maybe(observations()),
      warnings: maybe(list(countedWarning())),
    }),
  );
export const RENDER_REPORT_HTML: ArgumentChecks = () =>
  schemas(
    fields({
      lang: lang(),
      title: text(),
      subtitle: text(),
      generatedAt: text(),
      asOf: text(),
      inputSummary: text(),
      kpis: list(fields({ label: text(), value: text(), tone: maybe(z.enum(['good', 'warn', 'bad', 'neutral'])), note: maybe(text()) })),
      warnings: maybe(list(fields({ code: text(), text: text(), where: text() }))),
      grades: fields({ years: list(z.number()), series: list(fields({ key: text(), label: text(), counts: list(count()) })), note: maybe(text()) }),
      targets: list(reportTarget()),
      deadlines: fields({ from: text(), to: text(), items: list(timelineItem()), monthNames: list(text()) }),
      observations: maybe(observations()),
      issues: maybe(fields({ title: text(), lines: list(text()), more: count() })),
      labels: z.record(text(), text()),
    }),
  );

