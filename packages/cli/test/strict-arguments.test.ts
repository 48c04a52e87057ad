/**
 * The counts, widths and row numbers the CLI's functions take are whole numbers within what the code
 * needs (src/internal/plain-shapes.ts's BAR_WIDTH, TICK_COUNT, COLUMN_WIDTH and CHART_SIZE;
 * src/internal/argument-shapes.ts's count, ordinal and chartSize): a value the documented `number` type let through before — a fractional width, a negative
 * count, a count of a billion, a row 0 — is now `INVALID_ARGUMENT` up front, naming the field's path and
 * the model's code; the value at each bound is still accepted. NaN and ±Infinity were already refused
 * wherever a number belongs (checked here too).
 */
import * as cli from '@coop/cli';
import { CoopError, getPlan, isCoopError, type Issue } from '@coop/model';
import { evaluatePlan } from '@coop/rating';
import { describe, expect, it } from 'vitest';

/** The first issue of the call's `INVALID_ARGUMENT`, or what the call returned or threw instead. */
const firstIssue = (call: () => unknown): Pick<Issue, 'path' | 'code' | 'expected'> | string => {
  try {
    call();
    return 'accepted';
  } catch (error) {
    if (!isCoopError(error) || error.code !== 'INVALID_ARGUMENT') return `threw ${String(error)}`;
    const issue = ((error as CoopError).details['issues'] as Issue[] | undefined)?.[0];
    return issue ? { path: issue.path, code: issue.code, ...(issue.expected === undefined ? {} : { expected: issue.expected }) } : 'no issue';
  }
};

const LABEL = { vi: 'Nhãn', en: 'Label' };
const COLUMNS = [{ header: 'A' }];
const CHART = { title: 'Grades', categories: ['2024'], series: [{ key: 'good', label: 'Good', colour: '#1a7f4b', values: [3] }] };
const TRAJECTORY = { title: 'Share', colour: '#1a7f4b', format: (v: number) => `${v} %`, points: [{ year: 2021, value: 40 }, { year: 2024, value: 52 }] };
const TIMELINE = { title: 'Deadlines', from: '2025-01-01', to: '2025-12-31', items: [{ date: '2025-06-19', label: 'Half-year report' }] };
const READ = { ok: true, value: { records: [], rows: 2, rejected: [], moreRejected: 0 }, issues: [], moreIssues: 0 };
const SHEET_ISSUE = { file: 'a.csv', row: 3, column: 'B', field: 'year', code: 'invalid_year', severity: 'error', message: LABEL };
const ROW_ISSUE = { line: 3, column: 2, code: 'invalid_year', message: LABEL, received: '"abc"' };
const WARNING = { code: 'RULEBOOK_NOT_IN_FORCE', message: LABEL, count: 3 };
const INPUTS = {
  lang: 'en',
  plan: getPlan('mard-2803-2023'),
  asOf: '2025-06-30',
  targets: [],
  grades: [],
  deadlines: [],
  deadlineRange: { from: '2025-01-01', to: '2025-12-31' },
  dataLabel: 'sample',
  generatedBy: 'test',
  rows: 2,
  issues: [ROW_ISSUE],
  warnings: [WARNING],
};
const MODEL = cli.buildReportModel(INPUTS as never);
const MODEL_WITH = (grades: unknown, issues: unknown) => ({ ...MODEL, grades, issues });
const GRADES = { years: [2024], series: [{ key: 'good', label: 'Good', counts: [3] }] };
const ISSUES = { title: 'Rejected', lines: ['line 3'], more: 0 };

interface Case {
  /** The export and the field, as the issue's path names it. */
  readonly path: ReadonlyArray<string | number>;
  /** The call with `value` at that field (every other argument valid). */
  readonly call: (value: never) => unknown;
  /** Values the documented type accepted before, each with the code now given. */
  readonly refused: ReadonlyArray<readonly [value: number, code: string]>;
  /** The bounds themselves (and the default's neighbours), still accepted. */
  readonly accepted: readonly number[];
}

const CASES: Record<string, Case> = {
  'renderTable column maxWidth': {
    path: ['argument 1', 0, 'maxWidth'],
    call: (v) => cli.renderTable([{ header: 'A', maxWidth: v }], [['abcdef']]),
    refused: [[0, 'too_small'], [-3, 'too_small'], [2.5, 'not_integer']],
    accepted: [1, 2 ** 40],
  },
  'progressBar width': {
    path: ['argument 3'],
    call: (v) => cli.progressBar(3, 10, v),
    refused: [[-1, 'too_small'], [1001, 'too_big'], [1e9, 'too_big'], [12.5, 'not_integer']],
    accepted: [0, 1000],
  },
  'axisTicks count': {
    path: ['argument 3', 'count'],
    call: (v) => cli.axisTicks(0, 67, { count: v }),
    refused: [[0, 'too_small'], [-3, 'too_small'], [1001, 'too_big'], [1e9, 'too_big']],
    accepted: [1, 1000],
  },
  'yearTicks count': {
    path: ['argument 3'],
    call: (v) => cli.yearTicks(2021, 2030, v),
    refused: [[0, 'too_small'], [1001, 'too_big'], [1e6, 'too_big']],
    accepted: [1, 1000],
  },
  'yearTicks first year': { path: ['argument 1'], call: (v) => cli.yearTicks(v, 2030), refused: [[2020.5, 'not_integer']], accepted: [2020, -2020] },
  'yearTicks last year': { path: ['argument 2'], call: (v) => cli.yearTicks(2020, v), refused: [[2030.5, 'not_integer']], accepted: [2030] },
  'stackedBarChart width': {
    path: ['argument 1', 'width'],
    call: (v) => cli.stackedBarChart({ ...CHART, width: v }),
    refused: [[-100, 'too_small'], [99, 'too_small'], [10_001, 'too_big'], [600.5, 'not_integer']],
    accepted: [100, 10_000],
  },
  'stackedBarChart height': { path: ['argument 1', 'height'], call: (v) => cli.stackedBarChart({ ...CHART, height: v }), refused: [[50, 'too_small'], [1e7, 'too_big']], accepted: [100, 10_000] },
  'stackedBarChart value': {
    path: ['argument 1', 'series', 0, 'values', 0],
    call: (v) => cli.stackedBarChart({ ...CHART, series: [{ ...CHART.series[0]!, values: [v] }] }),
    refused: [[-1, 'too_small']],
    accepted: [0, 2.5],
  },
  'trajectoryChart width': { path: ['argument 1', 'width'], call: (v) => cli.trajectoryChart({ ...TRAJECTORY, width: v }), refused: [[1e7, 'too_big'], [-100, 'too_small'], [340.5, 'not_integer']], accepted: [100, 10_000] },
  'trajectoryChart height': { path: ['argument 1', 'height'], call: (v) => cli.trajectoryChart({ ...TRAJECTORY, height: v }), refused: [[0, 'too_small'], [10_001, 'too_big']], accepted: [100, 10_000] },
  'timelineChart width': { path: ['argument 1', 'width'], call: (v) => cli.timelineChart({ ...TIMELINE, width: v }), refused: [[-100, 'too_small'], [2.5, 'not_integer'], [1e9, 'too_big']], accepted: [100, 10_000] },
  'toLoadedRecords files': { path: ['argument 2'], call: (v) => cli.toLoadedRecords(READ as never, v), refused: [[-1, 'too_small']], accepted: [0, 1, 2] },
  'toLoadedRecords rows': { path: ['argument 1', 'value', 'rows'], call: (v) => cli.toLoadedRecords({ ...READ, value: { ...READ.value, rows: v } } as never), refused: [[-2, 'too_small'], [2.5, 'not_integer']], accepted: [0] },
  'toLoadedRecords moreRejected': {
    path: ['argument 1', 'value', 'moreRejected'],
    call: (v) => cli.toLoadedRecords({ ...READ, value: { ...READ.value, moreRejected: v } } as never),
    refused: [[-1, 'too_small'], [0.5, 'not_integer']],
    accepted: [0, 2],
  },
  'toLoadedRecords moreIssues': { path: ['argument 1', 'moreIssues'], call: (v) => cli.toLoadedRecords({ ...READ, moreIssues: v } as never), refused: [[-1, 'too_small'], [1.5, 'not_integer']], accepted: [0] },
  'toRowIssue row': { path: ['argument 1', 'row'], call: (v) => cli.toRowIssue({ ...SHEET_ISSUE, row: v } as never), refused: [[0, 'too_small'], [3.5, 'not_integer']], accepted: [1] },
  'formatRowIssue line': { path: ['argument 1', 'line'], call: (v) => cli.formatRowIssue({ ...ROW_ISSUE, line: v }, 'en'), refused: [[0, 'too_small'], [-4, 'too_small'], [2.5, 'not_integer']], accepted: [1] },
  'formatRowIssue column': { path: ['argument 1', 'column'], call: (v) => cli.formatRowIssue({ ...ROW_ISSUE, column: v }, 'en'), refused: [[0, 'too_small'], [1.5, 'not_integer']], accepted: [1] },
  'collectWarnings count': { path: ['argument 3', 0, 'count'], call: (v) => cli.collectWarnings([], 'en', [{ ...WARNING, count: v }]), refused: [[-3, 'too_small'], [1.5, 'not_integer']], accepted: [0, 1] },
  'buildReportModel rows': { path: ['argument 1', 'rows'], call: (v) => cli.buildReportModel({ ...INPUTS, rows: v } as never), refused: [[-1, 'too_small'], [0.5, 'not_integer']], accepted: [0] },
  'buildReportModel issue line': {
    path: ['argument 1', 'issues', 0, 'line'],
    call: (v) => cli.buildReportModel({ ...INPUTS, issues: [{ ...ROW_ISSUE, line: v }] } as never),
    refused: [[0, 'too_small']],
    accepted: [1],
  },
  'buildReportModel warning count': {
    path: ['argument 1', 'warnings', 0, 'count'],
    call: (v) => cli.buildReportModel({ ...INPUTS, warnings: [{ ...WARNING, count: v }] } as never),
    refused: [[-1, 'too_small'], [2.5, 'not_integer']],
    accepted: [0],
  },
  'gradeSummaryTable count': {
    path: ['argument 1', 'counts', 'good', 0],
    call: (v) => cli.gradeSummaryTable({ years: [2024], counts: { good: [v], fair: [0], average: [0], weak: [0], incomplete: [0], 'not-rated': [0] } } as never, 'en'),
    refused: [[-1, 'too_small'], [1.5, 'not_integer']],
    accepted: [0, 7],
  },
  'renderReportHtml grade count': {
    path: ['argument 1', 'grades', 'series', 0, 'counts', 0],
    call: (v) => cli.renderReportHtml(MODEL_WITH({ ...GRADES, series: [{ ...GRADES.series[0]!, counts: [v] }] }, ISSUES) as never),
    refused: [[-3, 'too_small'], [2.5, 'not_integer']],
    accepted: [0],
  },
  'renderReportHtml issues left out': {
    path: ['argument 1', 'issues', 'more'],
    call: (v) => cli.renderReportHtml(MODEL_WITH(GRADES, { ...ISSUES, more: v }) as never),
    refused: [[-1, 'too_small'], [0.5, 'not_integer']],
    accepted: [0, 30],
  },
};

describe('@coop/cli: counts, widths and row numbers are whole numbers within what the code needs', () => {
  for (const [name, { path, call, refused, accepted }] of Object.entries(CASES)) {
    it(`${name}: refused with its path and code, the bounds accepted`, () => {
      for (const [value, code] of refused) expect([value, firstIssue(() => call(value as never))]).toEqual([value, expect.objectContaining({ path, code })]);
      for (const value of accepted) expect([value, firstIssue(() => call(value as never))]).toEqual([value, 'accepted']);
    });
  }

  it("the issue says the bound, in the model's words (≥ / ≤)", () => {
    expect(firstIssue(() => cli.progressBar(1, 2, 1001))).toEqual({ path: ['argument 3'], code: 'too_big', expected: '≤ 1000' });
    expect(firstIssue(() => cli.renderTable([{ header: 'A', maxWidth: 0 }], []))).toEqual({ path: ['argument 1', 0, 'maxWidth'], code: 'too_small', expected: '≥ 1' });
    expect(firstIssue(() => cli.timelineChart({ ...TIMELINE, width: 99 }))).toEqual({ path: ['argument 1', 'width'], code: 'too_small', expected: '≥ 100' });
  });

  it('a width that overflowed deep inside (a RangeError from repeat) is now refused with its path', () => {
    // Before: `progressBar: Invalid count value` or `Invalid string length`, with no path.
    expect(firstIssue(() => cli.progressBar(1, 2, -3))).toEqual({ path: ['argument 3'], code: 'too_small', expected: '≥ 0' });
    expect(firstIssue(() => cli.progressBar(1, 2, 1e9))).toEqual({ path: ['argument 3'], code: 'too_big', expected: '≤ 1000' });
  });

  it('NaN and ±Infinity are refused wherever a number belongs (invalid_number), as before', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(firstIssue(() => cli.progressBar(bad, 10))).toEqual(expect.objectContaining({ path: ['argument 1'], code: 'invalid_number' }));
      expect(firstIssue(() => cli.progressBar(1, 10, bad))).toEqual(expect.objectContaining({ path: ['argument 3'], code: 'invalid_number' }));
      expect(firstIssue(() => cli.axisTicks(0, bad))).toEqual(expect.objectContaining({ path: ['argument 2'], code: 'invalid_number' }));
      expect(firstIssue(() => cli.trajectoryChart({ ...TRAJECTORY, points: [{ year: 2021, value: bad }] }))).toEqual(expect.objectContaining({ path: ['argument 1', 'points', 0, 'value'], code: 'invalid_number' }));
      expect(firstIssue(() => cli.stackedBarChart({ ...CHART, width: bad }))).toEqual(expect.objectContaining({ path: ['argument 1', 'width'], code: 'invalid_number' }));
    }
  });

  it('a row issue carries only text in the fields a sheet issue has, and prints only text it was given', () => {
    // `field` of a sheet issue is copied into the row issue, `received` of a row issue is printed: both texts.
    expect(firstIssue(() => cli.toRowIssue({ ...SHEET_ISSUE, field: 5 } as never))).toEqual(expect.objectContaining({ path: ['argument 1', 'field'], code: 'invalid_type' }));
    expect(firstIssue(() => cli.formatRowIssue({ ...ROW_ISSUE, received: { a: 1 } } as never, 'en'))).toEqual(expect.objectContaining({ path: ['argument 1', 'received'], code: 'invalid_type' }));
    expect(cli.toRowIssue(SHEET_ISSUE as never)).toEqual({ line: 3, column: 2, header: '', field: 'year', code: 'invalid_year', message: LABEL });
    expect(cli.formatRowIssue(ROW_ISSUE, 'en')).toBe('line 3, column 2: Label [invalid_year, got "abc"]');
  });
});

describe('@coop/cli: a count axis lists one tick per unit only over a short range', () => {
  it('bounds clipping a wide domain between two ticks give no list of every unit (was 10⁷ ticks, or a RangeError for 10⁹)', () => {
    expect(cli.axisTicks(0, 1e7, { integer: true, count: 1, bounds: [1, 1e7 - 1] }).ticks.length).toBeLessThanOrEqual(1000);
    expect(firstIssue(() => cli.axisTicks(0, 1e9, { integer: true, count: 1, bounds: [1, 1e9 - 1] }))).toBe('accepted');
  });
  it('the per-unit ticks are whole numbers within the bounds, as before for whole bounds', () => {
    expect(cli.axisTicks(0, 10, { integer: true, count: 1, bounds: [0.5, 3.5] }).ticks).toEqual([1, 2, 3]);
    expect(cli.axisTicks(0, 10, { integer: true, count: 1, bounds: [1, 4] }).ticks).toEqual([1, 2, 3, 4]);
    expect(cli.axisTicks(0, 1.1, { integer: true }).ticks).toEqual([0, 1, 2]);
  });
  it('reversed bounds give no ticks, as before', () => {
    expect(cli.axisTicks(0, 10, { integer: true, count: 1, bounds: [8, 2] }).ticks).toEqual([]);
  });
});

describe('@coop/cli: a gap amount is a whole number, as @coop/rating makes it (a bigint, or its text after JSON)', () => {
  const result = () => {
    const plan = getPlan('thai-nguyen-42-2024');
    const { entries } = evaluatePlan(plan, { records: [] }, { asOf: 2024 });
    const entry = entries.find((e) => e.ok);
    if (!entry?.ok) throw new Error('no evaluated target');
    return entry.result;
  };
  const change = (amount: unknown) => ({ kind: 'change', change: 'more', amount, unit: 'organisations', basis: 'numerator' }) as never;

  it('prints the amount given as a bigint, a whole number or its digits', () => {
    for (const amount of [3n, 3, '3']) expect(cli.gapText(change(amount), result(), 'en')).toBe('3 organisations more');
    expect(cli.gapText(change('1'), result(), 'vi')).toBe('thêm 1 tổ chức');
  });
  it('refuses text that is not a whole number, a fraction and a negative amount (text printed NaN before)', () => {
    for (const amount of ['abc', '1.5', '', '-2', ' 3']) {
      expect(firstIssue(() => cli.gapText(change(amount), result(), 'en'))).toEqual(expect.objectContaining({ path: ['argument 1', 'amount'], code: 'not_integer' }));
    }
    expect(firstIssue(() => cli.gapText(change(1.5), result(), 'en'))).toEqual(expect.objectContaining({ path: ['argument 1', 'amount'], code: 'invalid_type' }));
    expect(firstIssue(() => cli.gapText(change(-2), result(), 'en'))).toEqual(expect.objectContaining({ path: ['argument 1', 'amount'], code: 'too_small' }));
    expect(firstIssue(() => cli.gapText(change(-1n), result(), 'en'))).toEqual(expect.objectContaining({ path: ['argument 1', 'amount'], code: 'too_small' }));
  });
});
