/**
 * The documented argument shapes of the library entry's functions, as zod (`zod/mini`) schemas that
 * `guarded` checks with `@coop/model`'s `parseWithSchema` before any work (see ../guard.ts): the copy it
 * checks is the copy the function is called with. A field the function does not read is kept and not
 * checked; a field it reads must have the documented type. Each export's shapes are a list, one schema
 * per argument (a missing trailing argument is `undefined`, which an optional schema accepts). Built
 * on first use, so importing one function builds none of the others' schemas.
 */
import * as z from 'zod/mini';

/** A list of argument schemas, built on first use. */
export type ArgumentShapes = () => readonly z.ZodMiniType[];

/** Builds a value on first call and keeps it (the schemas below are built only when a guarded function is called). */
const once = <T>(build: () => T): (() => T) => {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
};

const text = () => z.string();
const whole = () => z.int();
const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(schema);
const list = <T extends z.ZodMiniType>(schema: T) => z.array(schema);
/**
 * An object whose named fields are checked; any other field is kept as it is and not checked (the
 * function gets the checked copy, and may hand fields it does not read to `@coop/rating` or
 * `@coop/calendar`, which check them).
 */
const fields = <S extends Record<string, z.ZodMiniType>>(shape: S) => z.looseObject(shape);
/**
 * What the shape check reads in place of a function found in an argument (see `checkedArgument` in
 * ../guard.ts): the check copies plain data only, so a function field is named by this stand-in, which
 * no caller can write.
 */
export const FUNCTION: unique symbol = Symbol('a function');
/** A function field (a chart's `format`, a `totalLabel`): the stand-in {@link FUNCTION}. */
const fn = () => z.custom<typeof FUNCTION>((value) => value === FUNCTION, { error: 'cần một hàm / expected a function' });

const lang = once(() => z.enum(['vi', 'en']));
const label = once(() => fields({ vi: text(), en: text() }));
const point = once(() => fields({ year: z.number(), value: z.number() }));

const warning = once(() => fields({ code: text(), message: label() }));
const countedWarning = once(() => fields({ code: text(), message: label(), count: maybe(z.number()) }));

/** `TargetGap` of `@coop/rating`: the fields the CLI reads of each kind. */
const gap = once(() =>
  z.discriminatedUnion('kind', [
    fields({ kind: z.literal('met') }),
    fields({ kind: z.literal('change'), change: z.enum(['more', 'fewer']), amount: z.union([z.bigint(), z.number(), text()]), unit: text(), basis: maybe(text()) }),
    fields({ kind: z.literal('distance'), change: z.enum(['more', 'fewer']), distance: fields({}) }),
    fields({ kind: z.literal('unreachable'), reason: label() }),
    fields({ kind: z.literal('units'), failing: list(text()) }),
    fields({ kind: z.literal('years'), failing: list(z.number()) }),
    fields({ kind: z.literal('not-computable'), reason: label() }),
  ]),
);

/** `TargetResult` of `@coop/rating`: what the CLI's texts, tables and report read. */
const targetResult = once(() =>
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
const entry = once(() =>
  z.discriminatedUnion('ok', [
    fields({ ok: z.literal(true), planId: maybe(text()), result: targetResult() }),
    fields({ ok: z.literal(false), planId: maybe(text()), targetId: maybe(text()), target: fields({ label: label(), deadline: z.number() }), error: fields({ message: label() }) }),
  ]),
);
const entries = once(() => list(entry()));

const GRADE_KEYS = ['good', 'fair', 'average', 'weak', 'incomplete', 'not-rated'] as const;

/** `GradeRow`: a graded record, a record with a grade from the data, or a record that could not be graded. */
const gradeRow = once(() =>
  fields({
    record: fields({ organisationId: text(), year: z.number(), name: maybe(text()) }),
    result: maybe(fields({ status: text(), grade: maybe(text()), total: maybe(z.number()), rulebook: fields({ id: text() }), warnings: maybe(list(warning())) })),
    dataGrade: maybe(z.enum(GRADE_KEYS)),
    error: maybe(fields({ code: text(), message: text(), reason: maybe(text()) })),
  }),
);
const gradeRows = once(() => list(gradeRow()));
const distribution = once(() => fields({ years: list(z.number()), counts: z.record(z.enum(GRADE_KEYS), list(z.number())) }));

const rowIssue = once(() => fields({ file: maybe(text()), sheet: maybe(text()), line: z.number(), column: maybe(z.number()), header: maybe(text()), field: maybe(text()), code: text(), message: label() }));
const sheetIssue = once(() => fields({ file: text(), sheet: maybe(text()), row: maybe(z.number()), column: maybe(text()), header: maybe(text()), code: text(), severity: z.enum(['error', 'warning']), message: label(), value: maybe(text()) }));

const deadlineRow = once(() => fields({ step: fields({ cycleId: maybe(text()), label: maybe(label()) }), rolledBecause: maybe(text()) }));
const deadlineRows = once(() => list(deadlineRow()));

const goal = once(() =>
  z.discriminatedUnion('kind', [
    fields({ kind: z.literal('line'), value: z.number(), label: text() }),
    fields({ kind: z.literal('band'), min: z.number(), max: z.number(), label: text() }),
  ]),
);
const bounds = once(() => z.tuple([z.number(), z.number()]));
const timelineItem = once(() => fields({ date: text(), dateText: maybe(text()), label: text(), detail: maybe(text()), event: maybe(z.boolean()), rolled: maybe(z.boolean()) }));

const reportTarget = once(() =>
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
const observations = once(() => fields({ intro: text(), items: list(fields({ title: text(), verdict: text(), status: text(), detail: text(), source: text(), caveats: maybe(list(text())) })), caveats: list(text()) }));

const optionSpec = once(() => fields({ name: text(), kind: text(), short: maybe(text()), value: maybe(text()), help: label(), required: maybe(z.boolean()) }));
const commandSpec = once(() => fields({ name: text(), summary: label(), positionals: list(text()), rest: maybe(z.boolean()), options: list(optionSpec()), details: maybe(label()) }));

/** `SheetReadResult` of `@coop/sheets`: the record set read, or only the issues. */
const sheetReadResult = once(() =>
  z.discriminatedUnion('ok', [
    fields({ ok: z.literal(true), value: fields({ records: list(fields({})), rows: z.number(), rejected: list(fields({})), moreRejected: maybe(z.number()) }), issues: list(sheetIssue()), moreIssues: z.number() }),
    fields({ ok: z.literal(false), issues: list(sheetIssue()) }),
  ]),
);

// The shapes of each export, in argument order.
export const HELP_TEXT: ArgumentShapes = () => [maybe(commandSpec()), maybe(text()), maybe(lang())];
export const PARSE_ARGS: ArgumentShapes = () => [list(text())];
export const FORMAT_ROW_ISSUE: ArgumentShapes = () => [rowIssue(), lang()];
export const TO_LOADED_RECORDS: ArgumentShapes = () => [sheetReadResult(), maybe(whole())];
export const TO_ROW_ISSUE: ArgumentShapes = () => [sheetIssue(), maybe(z.boolean())];
export const ONE_TEXT: ArgumentShapes = () => [text()];
export const HEADING: ArgumentShapes = () => [text(), maybe(text())];
export const PROGRESS_BAR: ArgumentShapes = () => [z.number(), z.number(), maybe(whole())];
export const RENDER_TABLE: ArgumentShapes = () => [list(fields({ header: text(), align: maybe(z.enum(['left', 'right'])), maxWidth: maybe(whole()) })), list(list(text()))];
export const TEXT_AND_LANG: ArgumentShapes = () => [text(), lang()];
export const AXIS_TICKS: ArgumentShapes = () => [z.number(), z.number(), maybe(fields({ count: maybe(whole()), integer: maybe(z.boolean()), bounds: maybe(bounds()) }))];
export const YEAR_TICKS: ArgumentShapes = () => [z.number(), z.number(), maybe(whole())];
export const STACKED_BAR_CHART: ArgumentShapes = () => [
  fields({ title: text(), categories: list(text()), series: list(fields({ key: text(), label: text(), colour: text(), values: list(z.number()) })), width: maybe(z.number()), height: maybe(z.number()), totalLabel: maybe(fn()) }),
];
export const TRAJECTORY_CHART: ArgumentShapes = () => [
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
    width: maybe(z.number()),
    height: maybe(z.number()),
  }),
];
export const TIMELINE_CHART: ArgumentShapes = () => [
  fields({ title: text(), from: text(), to: text(), items: list(timelineItem()), monthNames: maybe(list(text())), todayLabel: maybe(text()), width: maybe(z.number()) }),
];
export const DEADLINE_JSON: ArgumentShapes = () => [deadlineRow()];
export const DEADLINE_ROWS: ArgumentShapes = () => [list(fields({ id: text() })), text(), text(), lang()];
export const DEADLINE_TABLE: ArgumentShapes = () => [deadlineRows(), lang()];
export const RESOLVE_CYCLES: ArgumentShapes = () => [list(text())];
export const NONE: ArgumentShapes = () => [];
export const RULEBOOK_FOR: ArgumentShapes = () => [fields({ year: z.number() }), maybe(fields({ id: text() })), z.number()];
export const GRADE_RECORDS: ArgumentShapes = () => [list(fields({ organisationId: text(), year: z.number() })), maybe(fields({ rulebook: maybe(fields({ id: text() })), year: maybe(z.number()) }))];
export const GRADE_KEY: ArgumentShapes = () => [gradeRow()];
export const GRADE_KEY_LABEL: ArgumentShapes = () => [z.enum(GRADE_KEYS), lang()];
export const GRADE_DISTRIBUTION: ArgumentShapes = () => [gradeRows()];
export const GRADE_ROWS_AND_LANG: ArgumentShapes = () => [gradeRows(), lang()];
export const GRADE_SUMMARY_TABLE: ArgumentShapes = () => [z.union([gradeRows(), distribution()]), lang()];
export const ENTRIES: ArgumentShapes = () => [entries()];
export const ENTRIES_AND_LANG: ArgumentShapes = () => [entries(), lang()];
export const ENTRY: ArgumentShapes = () => [entry()];
export const ENTRY_AND_LANG: ArgumentShapes = () => [entry(), lang()];
export const GAP_TEXT: ArgumentShapes = () => [gap(), targetResult(), lang()];
export const RESULT_AND_LANG: ArgumentShapes = () => [targetResult(), lang()];
export const COLLECT_WARNINGS: ArgumentShapes = () => [entries(), lang(), maybe(list(countedWarning()))];
export const POPULATION_PHRASE: ArgumentShapes = () => [fields({ kinds: maybe(list(text())), sectors: maybe(list(text())), sectorGroup: maybe(text()) }), lang()];
export const REPORT_TARGET: ArgumentShapes = () => [targetResult(), lang(), maybe(fields({ id: maybe(text()) })), maybe(fields({ fromYear: maybe(z.number()) }))];
export const BUILD_REPORT_MODEL: ArgumentShapes = () => [
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
    rows: maybe(z.number()),
    issues: maybe(list(rowIssue())),
    observations: maybe(observations()),
    warnings: maybe(list(countedWarning())),
  }),
];
export const RENDER_REPORT_HTML: ArgumentShapes = () => [
  fields({
    lang: lang(),
    title: text(),
    subtitle: text(),
    generatedAt: text(),
    asOf: text(),
    inputSummary: text(),
    kpis: list(fields({ label: text(), value: text(), tone: maybe(z.enum(['good', 'warn', 'bad', 'neutral'])), note: maybe(text()) })),
    warnings: maybe(list(fields({ code: text(), text: text(), where: text() }))),
    grades: fields({ years: list(z.number()), series: list(fields({ key: text(), label: text(), counts: list(z.number()) })), note: maybe(text()) }),
    targets: list(reportTarget()),
    deadlines: fields({ from: text(), to: text(), items: list(timelineItem()), monthNames: list(text()) }),
    observations: maybe(observations()),
    issues: maybe(fields({ title: text(), lines: list(text()), more: z.number() })),
    labels: z.record(text(), text()),
  }),
];

