/**
 * The documented argument shapes of the library entry's functions, as zod (`zod/mini`) schemas that
 * `guarded` checks up front, before any work (see ../guard.ts). Objects are loose: a field the function
 * does not read is left alone, a field it reads must have the documented type. Each export's shapes are
 * a list, one schema per argument (a missing trailing argument is `undefined`, which an optional
 * schema accepts). Built on first use, so importing one function builds none of the others' schemas.
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
const loose = <S extends Record<string, z.ZodMiniType>>(shape: S) => z.looseObject(shape);
/** A function argument or field (a chart's `format`, a `totalLabel`). */
const fn = () => z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', { error: 'expected a function' });

const lang = once(() => z.enum(['vi', 'en']));
const label = once(() => loose({ vi: text(), en: text() }));
const point = once(() => loose({ year: z.number(), value: z.number() }));

const warning = once(() => loose({ code: text(), message: label() }));
const countedWarning = once(() => loose({ code: text(), message: label(), count: maybe(z.number()) }));

/** `TargetGap` of `@coop/rating`: the fields the CLI reads of each kind. */
const gap = once(() =>
  z.discriminatedUnion('kind', [
    loose({ kind: z.literal('met') }),
    loose({ kind: z.literal('change'), change: z.enum(['more', 'fewer']), amount: z.union([z.bigint(), z.number(), text()]), unit: text(), basis: maybe(text()) }),
    loose({ kind: z.literal('distance'), change: z.enum(['more', 'fewer']), distance: loose({}) }),
    loose({ kind: z.literal('unreachable'), reason: label() }),
    loose({ kind: z.literal('units'), failing: list(text()) }),
    loose({ kind: z.literal('years'), failing: list(z.number()) }),
    loose({ kind: z.literal('not-computable'), reason: label() }),
  ]),
);

/** `TargetResult` of `@coop/rating`: what the CLI's texts, tables and report read. */
const targetResult = once(() =>
  loose({
    targetId: text(),
    indicatorId: maybe(text()),
    label: label(),
    status: text(),
    year: maybe(z.number()),
    display: maybe(z.number()),
    unit: text(),
    comparator: loose({ kind: text() }),
    deadline: z.number(),
    tolerance: maybe(loose({ value: z.number() })),
    gap: gap(),
    series: list(loose({ year: z.number(), display: maybe(z.number()) })),
    units: maybe(list(loose({ code: text(), met: maybe(z.boolean()), name: maybe(label()) }))),
    warnings: list(warning()),
    explanation: label(),
  }),
);

/** `PlanTargetEntry` of `@coop/rating`: an evaluated target, or one that could not be evaluated. */
const entry = once(() =>
  z.discriminatedUnion('ok', [
    loose({ ok: z.literal(true), planId: maybe(text()), result: targetResult() }),
    loose({ ok: z.literal(false), planId: maybe(text()), targetId: maybe(text()), target: loose({ label: label(), deadline: z.number() }), error: loose({ message: label() }) }),
  ]),
);
const entries = once(() => list(entry()));

const GRADE_KEYS = ['good', 'fair', 'average', 'weak', 'incomplete', 'not-rated'] as const;

/** `GradeRow`: a graded record, a record with a grade from the data, or a record that could not be graded. */
const gradeRow = once(() =>
  loose({
    record: loose({ organisationId: text(), year: z.number(), name: maybe(text()) }),
    result: maybe(loose({ status: text(), grade: maybe(text()), total: maybe(z.number()), rulebook: loose({ id: text() }), warnings: maybe(list(warning())) })),
    dataGrade: maybe(z.enum(GRADE_KEYS)),
    error: maybe(loose({ code: text(), message: text(), reason: maybe(text()) })),
  }),
);
const gradeRows = once(() => list(gradeRow()));
const distribution = once(() => loose({ years: list(z.number()), counts: z.record(z.enum(GRADE_KEYS), list(z.number())) }));

const rowIssue = once(() => loose({ file: maybe(text()), sheet: maybe(text()), line: z.number(), column: maybe(z.number()), header: maybe(text()), field: maybe(text()), code: text(), message: label() }));
const sheetIssue = once(() => loose({ file: text(), sheet: maybe(text()), row: maybe(z.number()), column: maybe(text()), header: maybe(text()), code: text(), severity: z.enum(['error', 'warning']), message: label(), value: maybe(text()) }));

const deadlineRow = once(() => loose({ step: loose({ cycleId: maybe(text()), label: maybe(label()) }), rolledBecause: maybe(text()) }));
const deadlineRows = once(() => list(deadlineRow()));

const goal = once(() =>
  z.discriminatedUnion('kind', [
    loose({ kind: z.literal('line'), value: z.number(), label: text() }),
    loose({ kind: z.literal('band'), min: z.number(), max: z.number(), label: text() }),
  ]),
);
const bounds = once(() => z.tuple([z.number(), z.number()]));
const timelineItem = once(() => loose({ date: text(), dateText: maybe(text()), label: text(), detail: maybe(text()), event: maybe(z.boolean()), rolled: maybe(z.boolean()) }));

const reportTarget = once(() =>
  loose({
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
const observations = once(() => loose({ intro: text(), items: list(loose({ title: text(), verdict: text(), status: text(), detail: text(), source: text(), caveats: maybe(list(text())) })), caveats: list(text()) }));

// The shapes of each export, in argument order.
export const HELP_TEXT: ArgumentShapes = () => [maybe(loose({ name: text() })), maybe(text()), maybe(lang())];
export const PARSE_ARGS: ArgumentShapes = () => [list(text())];
export const FORMAT_ROW_ISSUE: ArgumentShapes = () => [rowIssue(), lang()];
export const TO_LOADED_RECORDS: ArgumentShapes = () => [loose({ ok: z.boolean() }), maybe(whole())];
export const TO_ROW_ISSUE: ArgumentShapes = () => [sheetIssue(), maybe(z.boolean())];
export const ONE_TEXT: ArgumentShapes = () => [text()];
export const HEADING: ArgumentShapes = () => [text(), maybe(text())];
export const PROGRESS_BAR: ArgumentShapes = () => [z.number(), z.number(), maybe(whole())];
export const RENDER_TABLE: ArgumentShapes = () => [list(loose({ header: text(), align: maybe(z.enum(['left', 'right'])), maxWidth: maybe(whole()) })), list(list(text()))];
export const TEXT_AND_LANG: ArgumentShapes = () => [text(), lang()];
export const AXIS_TICKS: ArgumentShapes = () => [z.number(), z.number(), maybe(loose({ count: maybe(whole()), integer: maybe(z.boolean()), bounds: maybe(bounds()) }))];
export const YEAR_TICKS: ArgumentShapes = () => [z.number(), z.number(), maybe(whole())];
export const STACKED_BAR_CHART: ArgumentShapes = () => [
  loose({ title: text(), categories: list(text()), series: list(loose({ key: text(), label: text(), colour: text(), values: list(z.number()) })), width: maybe(z.number()), height: maybe(z.number()), totalLabel: maybe(fn()) }),
];
export const TRAJECTORY_CHART: ArgumentShapes = () => [
  loose({
    title: text(),
    points: list(point()),
    projection: maybe(list(point())),
    observed: maybe(list(loose({ year: z.number(), value: z.number(), label: maybe(text()) }))),
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
  loose({ title: text(), from: text(), to: text(), items: list(timelineItem()), monthNames: maybe(list(text())), todayLabel: maybe(text()), width: maybe(z.number()) }),
];
export const DEADLINE_JSON: ArgumentShapes = () => [deadlineRow()];
export const DEADLINE_ROWS: ArgumentShapes = () => [list(loose({ id: text() })), text(), text(), lang()];
export const DEADLINE_TABLE: ArgumentShapes = () => [deadlineRows(), lang()];
export const RESOLVE_CYCLES: ArgumentShapes = () => [list(text())];
export const NONE: ArgumentShapes = () => [];
export const RULEBOOK_FOR: ArgumentShapes = () => [loose({ year: z.number() }), maybe(loose({ id: text() })), z.number()];
export const GRADE_RECORDS: ArgumentShapes = () => [list(loose({ organisationId: text(), year: z.number() })), maybe(loose({ rulebook: maybe(loose({ id: text() })), year: maybe(z.number()) }))];
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
export const POPULATION_PHRASE: ArgumentShapes = () => [loose({ kinds: maybe(list(text())), sectors: maybe(list(text())), sectorGroup: maybe(text()) }), lang()];
export const REPORT_TARGET: ArgumentShapes = () => [targetResult(), lang(), maybe(loose({ id: maybe(text()) })), maybe(loose({ fromYear: maybe(z.number()) }))];
export const BUILD_REPORT_MODEL: ArgumentShapes = () => [
  loose({
    lang: lang(),
    plan: loose({ id: text(), targets: list(loose({ id: text() })) }),
    asOf: text(),
    targets: entries(),
    grades: gradeRows(),
    deadlines: deadlineRows(),
    deadlineRange: loose({ from: text(), to: text() }),
    dataLabel: text(),
    generatedBy: text(),
    rows: maybe(z.number()),
    issues: maybe(list(rowIssue())),
    observations: maybe(observations()),
    warnings: maybe(list(countedWarning())),
  }),
];
export const RENDER_REPORT_HTML: ArgumentShapes = () => [
  loose({
    lang: lang(),
    title: text(),
    subtitle: text(),
    generatedAt: text(),
    asOf: text(),
    inputSummary: text(),
    kpis: list(loose({ label: text(), value: text(), tone: maybe(z.enum(['good', 'warn', 'bad', 'neutral'])), note: maybe(text()) })),
    warnings: maybe(list(loose({ code: text(), text: text(), where: text() }))),
    grades: loose({ years: list(z.number()), series: list(loose({ key: text(), label: text(), counts: list(z.number()) })), note: maybe(text()) }),
    targets: list(reportTarget()),
    deadlines: loose({ from: text(), to: text(), items: list(timelineItem()), monthNames: list(text()) }),
    observations: maybe(observations()),
    issues: maybe(loose({ title: text(), lines: list(text()), more: z.number() })),
    labels: z.record(text(), text()),
  }),
];

