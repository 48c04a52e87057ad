/**
 * Every exported function of @coop/cli's library entry under hostile arguments (issue 22): whole
 * arguments and nested fields replaced by huge sparse arrays, numbers where bigints belong, cyclic
 * values, revoked Proxies, changing and throwing getters, and fast-check arbitrary values. The only
 * outcomes are a value or a CoopError, each call within the hang detector's bound. The list of
 * functions comes from the package's exports: a new export without samples here fails the first test.
 */
import * as cli from '@coop/cli';
import * as model from '@coop/model';
import { evaluatePlan } from '@coop/rating';
import { readRecordFiles } from '@coop/sheets';
import { CYCLES } from '@coop/calendar';
import { describe, expect, it } from 'vitest';
import { describeExportSweep, errorCodeOf, type Samples } from '../../../bench/hostile-args.js';
import { checkTable } from '../src/plan-check.js';
import { renderReportHtml } from '../src/report-html.js';
import { sheet } from './helpers.js';

const api = cli as unknown as Record<string, unknown>;
const isCoopError = (e: unknown) => model.isCoopError(e);

const RECORDS: model.YearlyRecord[] = [
  { organisationId: 'HTX-A', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'HN', monthsOperating: 12, sheet: { rulebook: 'circular-01-2020', points: sheet(80) } },
  { organisationId: 'HTX-B', year: 2025, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'TN-01', monthsOperating: 12, sheet: { rulebook: 'circular-01-2020', points: sheet(55) } },
] as never;
const PLAN = model.getPlan('mard-2803-2023');
const ENTRIES = evaluatePlan(PLAN, { records: RECORDS }, { asOf: 2025 }).entries;
const ENTRY = ENTRIES.find((e) => e.ok) ?? ENTRIES[0]!;
const RESULTS = ENTRIES.flatMap((e) => (e.ok ? [e.result] : []));
const RESULT = RESULTS.find((r) => r.gap !== undefined) ?? RESULTS[0];
if (!RESULT) throw new Error('no evaluated target in the sample');
const GRADES = cli.gradeRecords(RECORDS);
const ROW = GRADES[0]!;
const CYCLE_LIST = Object.values(CYCLES).slice(0, 2);
const DEADLINES = cli.deadlineRows(CYCLE_LIST as never, '2025-01-01', '2025-12-31', 'en');
const READ = await readRecordFiles([{ name: 'a.csv', bytes: new TextEncoder().encode('Mã HTX,Năm\nHTX-1,abc\n') }], { maxIssues: 10 });
const ISSUE = { file: 'a.csv', line: 2, column: 2, field: 'year', code: 'invalid_year', message: { vi: 'Năm không hợp lệ', en: 'Bad year' }, severity: 'error' };
const SHEET_ISSUE = { file: 'a.csv', row: 3, column: 'B', code: 'too_many_rows', severity: 'warning', message: { vi: 'Quá nhiều dòng', en: 'Too many rows' } };
const INPUTS = {
  lang: 'en',
  plan: PLAN,
  asOf: '2025-06-30',
  targets: ENTRIES,
  grades: GRADES,
  deadlines: DEADLINES,
  deadlineRange: { from: '2025-01-01', to: '2025-12-31' },
  dataLabel: 'sample',
  generatedBy: 'coop report',
  rows: 2,
  issues: [ISSUE],
  warnings: [{ code: 'RULEBOOK_NOT_IN_FORCE', message: { vi: 'Chưa có hiệu lực', en: 'Not in force' }, count: 3 }],
};
const MODEL = cli.buildReportModel(INPUTS as never);
const ARGV = ['check', 'a.csv', '--plan', 'mard-2803-2023', '--lang', 'vi'];
const POINTS = [{ year: 2021, value: 40 }, { year: 2024, value: 52 }];

/** Valid calls of every exported function (the sweep makes each argument, and each nested field, hostile in turn). */
const SAMPLES: Samples = {
  parseArgs: [[ARGV]],
  helpText: [[cli.COMMANDS[0], 'extra', 'vi'], []],
  headerOf: [['revenue', 'vi']],
  mapHeaders: [[['Mã HTX', 'Năm']]],
  normaliseHeader: [['Mã HTX']],
  toRowIssue: [[SHEET_ISSUE, true]],
  toLoadedRecords: [[READ, 1]],
  formatRowIssue: [[ISSUE, 'vi']],
  displayWidth: [['Hợp tác xã 合作']],
  renderTable: [[[{ header: 'A' }, { header: 'B', align: 'right' }], [['1', '2'], ['3', '4']]]],
  tableDate: [['2025-06-30', 'vi']],
  heading: [['Title', '=']],
  progressBar: [[3, 10, 20]],
  escapeHtml: [['<a href="x">&</a>']],
  axisTicks: [[0, 100, { count: 5 }], [0, 7.1, { integer: true, bounds: [0, 100] }]],
  yearTicks: [[2020, 2030, 6]],
  stackedBarChart: [[{ title: 'Grades', categories: ['2024', '2025'], series: [{ key: 'good', label: 'Good', colour: '#1a7f4b', values: [3, 4] }], width: 600, height: 300 }]],
  trajectoryChart: [[{ title: 'Share', colour: '#1a7f4b', deadline: 2030, points: POINTS, projection: POINTS, observed: [{ year: 2023, value: 45, label: 'x' }], goal: { kind: 'line', value: 60, label: '> 60 %' }, format: (v: number) => `${v} %`, bounds: [0, 100], fromYear: 2020 }]],
  timelineChart: [[{ title: 'Deadlines', from: '2025-01-01', to: '2025-12-31', items: [{ date: '2025-06-19', label: 'Half-year report' }], monthNames: ['Jan', 'Feb'], todayLabel: 'today', width: 900 }]],
  resolveCycles: [[['mard-annual', 'nope']]],
  weekdayOf: [['2025-06-30', 'vi']],
  deadlineRows: [[CYCLE_LIST, '2025-01-01', '2025-12-31', 'vi']],
  deadlineTable: [[DEADLINES, 'en']],
  deadlineJson: [[DEADLINES[0]]],
  findRulebook: [['circular-01-2020']],
  rulebookIds: [[]],
  rulebookFor: [[RECORDS[0], undefined, 2024]],
  gradeRecords: [[RECORDS, {}]],
  gradeKey: [[ROW]],
  gradeKeyLabel: [['good', 'vi']],
  gradeDistribution: [[GRADES]],
  gradeSummaryTable: [[GRADES, 'en']],
  gradeTable: [[GRADES, 'vi']],
  areaCodeNotes: [[ENTRIES, 'en']],
  checkTable: [[ENTRIES, 'vi']],
  entryExplanation: [[ENTRY, 'en']],
  entryStatus: [[ENTRY]],
  countStatuses: [[ENTRIES]],
  exitCodeFor: [[ENTRIES]],
  findPlan: [['mard-2803-2023']],
  gapText: [[RESULT.gap, RESULT, 'vi']],
  goalText: [[RESULT, 'en']],
  planIds: [[]],
  statusLabel: [['on-track', 'vi']],
  targetJson: [[ENTRY, 'en']],
  valueText: [[RESULT, 'vi']],
  renderReportHtml: [[MODEL]],
  buildReportModel: [[INPUTS]],
  collectWarnings: [[ENTRIES, 'en', INPUTS.warnings]],
  populationPhrase: [[model.INDICATORS[0]!.population, 'vi']],
  populationText: [[RESULT, 'en']],
  reportTarget: [[RESULT, 'vi', PLAN.targets[0], { fromYear: 2021 }]],
  targetReadings: [[ENTRIES]],
};

// parseArgs reads a typed argv (a list of strings) and answers with parsed options or an ArgsError.
describeExportSweep('@coop/cli: every export under hostile arguments', api, SAMPLES, isCoopError, {}, ['parseArgs']);

describe('@coop/cli: the checked boundary of the library entry (issue 22)', () => {
  const code = (run: () => unknown) => errorCodeOf(run, model.isCoopError);
  const huge = (): unknown[] => {
    const list: unknown[] = [];
    list.length = 2 ** 32 - 1;
    return list;
  };
  const revoked = (): unknown => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const ok = ENTRIES.findIndex((e) => e.ok);
  const withResult = (result: Record<string, unknown>) => ENTRIES.map((e, i) => (i === ok && e.ok ? { ...e, result: { ...e.result, ...result } } : e));
  it('a sparse list inside entries[i].result.warnings is refused at once (collectWarnings looped for minutes)', () => {
    const start = performance.now();
    expect(code(() => cli.collectWarnings(withResult({ warnings: huge() }) as never, 'en'))).toBe('INVALID_ARGUMENT');
    expect(performance.now() - start).toBeLessThan(1000);
  });
  it('a revoked Proxy in a nested field is a typed error, not a TypeError', () => {
    expect(code(() => cli.checkTable(withResult({ label: revoked() }) as never, 'vi'))).toBe('INVALID_ARGUMENT');
    expect(code(() => cli.valueText({ ...RESULT, value: revoked() } as never, 'en'))).toBe('INVALID_ARGUMENT');
    expect(code(() => cli.gradeTable([{ ...ROW, record: revoked() }] as never, 'en'))).toBe('INVALID_ARGUMENT');
    expect(code(() => cli.renderReportHtml({ ...MODEL, grades: revoked() } as never))).toBe('INVALID_ARGUMENT');
  });
  it('a field of the wrong type is INVALID_ARGUMENT; a list over the limit stays LIMIT_EXCEEDED', () => {
    expect(code(() => cli.escapeHtml(5 as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => cli.countStatuses([undefined] as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => cli.resolveCycles(huge() as never))).toBe('LIMIT_EXCEEDED');
  });
  it('every valid sample still answers with a value (the boundary refuses no valid input)', () => {
    const refused = Object.entries(SAMPLES).flatMap(([name, samples]) =>
      samples.flatMap((sample) => {
        try {
          (api[name] as (...a: unknown[]) => unknown)(...sample);
          return [];
        } catch (error) {
          return [[name, model.isCoopError(error) ? `${error.code}: ${error.message}` : String(error)]];
        }
      }),
    );
    expect(refused).toEqual([]);
  });
  it('a getter is read once: the function sees a stable snapshot, and valid input gives the same answer as before', () => {
    let reads = 0;
    const entry = Object.defineProperty({ ...ENTRY }, 'ok', { enumerable: true, get: () => (reads++ === 0 ? ENTRY.ok : 'changed') });
    expect(cli.entryStatus(entry as never)).toBe(cli.entryStatus(ENTRY));
    expect(reads).toBe(1);
    expect(cli.checkTable(ENTRIES, 'vi')).toBe(checkTable(ENTRIES, 'vi'));
    expect(cli.renderReportHtml(MODEL)).toBe(renderReportHtml(MODEL));
  });
});

describe('@coop/cli: a wrong argument is refused up front, with the path of what is wrong (issue 22)', () => {
  const OK = ENTRIES.findIndex((e) => e.ok);
  /**
   * One wrong field per export, set in a copy of its first valid sample: where (the argument's index,
   * then keys), and the value put there. The error must name that path, from `argument N`.
   */
  const WRONG: Record<string, [path: Array<string | number>, value: unknown]> = {
    parseArgs: [[0, 1], 5],
    helpText: [[0, 'options', 0, 'help'], 'help'],
    toRowIssue: [[0, 'row'], '3'],
    toLoadedRecords: [[1], 1.5],
    formatRowIssue: [[0, 'line'], 'two'],
    displayWidth: [[0], 5],
    renderTable: [[1, 1, 0], 3],
    tableDate: [[1], 'fr'],
    heading: [[1], 5],
    progressBar: [[1], '10'],
    escapeHtml: [[0], null],
    axisTicks: [[2, 'count'], 'five'],
    yearTicks: [[2], 2.5],
    stackedBarChart: [[0, 'series', 0, 'values', 1], 'x'],
    trajectoryChart: [[0, 'points', 1, 'value'], '52'],
    timelineChart: [[0, 'items', 0, 'label'], 7],
    resolveCycles: [[0, 1], 3],
    weekdayOf: [[1], 'de'],
    deadlineRows: [[0, 0, 'id'], 5],
    deadlineTable: [[0, 0, 'step'], 'x'],
    deadlineJson: [[0, 'step'], null],
    findRulebook: [[0], 1],
    rulebookFor: [[2], '2024'],
    gradeRecords: [[0, 1, 'year'], '2025'],
    gradeKey: [[0, 'record', 'organisationId'], 7],
    gradeKeyLabel: [[0], 'excellent'],
    gradeDistribution: [[0, 0, 'record'], 'x'],
    gradeSummaryTable: [[1], 'fr'],
    gradeTable: [[0, 0, 'record', 'year'], 'x'],
    areaCodeNotes: [[1], 'x'],
    checkTable: [[0, OK, 'result', 'label', 'vi'], 5],
    entryExplanation: [[0, 'result', 'explanation'], 'x'],
    entryStatus: [[0, 'ok'], 'yes'],
    countStatuses: [[0, 0, 'ok'], 1],
    exitCodeFor: [[0, 0], null],
    findPlan: [[0], {}],
    gapText: [[0, 'kind'], 'far'],
    goalText: [[0, 'comparator'], 'gt'],
    statusLabel: [[0], 5],
    targetJson: [[1], 'fr'],
    valueText: [[0, 'display'], '5'],
    renderReportHtml: [[0, 'kpis', 0, 'label'], 1],
    buildReportModel: [[0, 'grades', 0, 'record', 'year'], '2024'],
    collectWarnings: [[2, 0, 'count'], 'three'],
    populationPhrase: [[0, 'kinds'], 'cooperative'],
    populationText: [[0, 'label'], null],
    reportTarget: [[3, 'fromYear'], '2021'],
    targetReadings: [[0, 0, 'ok'], 'x'],
  };
  // Functions without arguments, and @coop/sheets' own functions re-exported (checked by that package).
  const WITHOUT_ARGUMENTS = ['planIds', 'rulebookIds'];
  const FROM_SHEETS = ['headerOf', 'mapHeaders', 'normaliseHeader'];

  /** A copy of `args` with `value` at `path` (the containers on the way copied, the sample untouched). */
  const withValue = (args: readonly unknown[], path: Array<string | number>, value: unknown): unknown[] => {
    const root = [...args];
    let parent = root as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
      const child = parent[key] as Record<string | number, unknown>;
      parent[key] = Array.isArray(child) ? [...child] : { ...child };
      parent = parent[key] as Record<string | number, unknown>;
    }
    parent[path[path.length - 1]!] = value;
    return root;
  };

  it('every function with arguments has a wrong-argument case here', () => {
    const names = Object.keys(SAMPLES).filter((n) => !WITHOUT_ARGUMENTS.includes(n) && !FROM_SHEETS.includes(n));
    expect(names.filter((n) => !(n in WRONG))).toEqual([]);
  });
  for (const [name, [path, value]] of Object.entries(WRONG)) {
    it(`${name}: INVALID_ARGUMENT naming ${JSON.stringify(path)}`, () => {
      const args = withValue(SAMPLES[name]![0]!, path, value);
      let caught: unknown;
      try {
        (api[name] as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        caught = error;
      }
      expect(model.isCoopError(caught) && caught.code).toBe('INVALID_ARGUMENT');
      const issues = (caught as model.CoopError).details['issues'] as model.Issue[];
      const [first] = issues;
      expect(first?.path).toEqual([`argument ${(path[0] as number) + 1}`, ...path.slice(1)]);
      // The model's issue: one of its stable codes, its message templates in Vietnamese and English.
      const templates = model.ISSUE_CODES[first!.code as model.IssueCode];
      expect(templates).toBeDefined();
      expect(first!.message.vi.startsWith(templates.vi.split('{')[0]!)).toBe(true);
      expect(first!.message.en.startsWith(templates.en.split('{')[0]!)).toBe(true);
      expect(first!.message.vi).not.toBe(first!.message.en);
      expect((caught as Error).message).toContain(`${first!.path.join(' › ')}: ${first!.message.en}`);
    });
  }
  it('the issues say what was expected and received, in both languages', () => {
    let caught: unknown;
    try {
      cli.renderTable([{ header: 'A' }], [['1'], ['2', 3 as never]]);
    } catch (error) {
      caught = error;
    }
    expect((caught as model.CoopError).details['issues']).toEqual([
      {
        path: ['argument 2', 1, 1],
        code: 'invalid_type',
        expected: 'string',
        received: '3',
        message: { vi: 'Sai kiểu dữ liệu: cần chuỗi ký tự, nhận được 3', en: 'Wrong type: expected string, received 3' },
      },
    ]);
  });
  it('a value that cannot be read as plain data (a cycle) is named from its argument too', () => {
    const rows: unknown[] = [['1', '2']];
    rows.push(rows);
    let caught: unknown;
    try {
      cli.renderTable([{ header: 'A' }, { header: 'B' }], rows as never);
    } catch (error) {
      caught = error;
    }
    expect(model.isCoopError(caught) && caught.code).toBe('INVALID_ARGUMENT');
    const issues = (caught as model.CoopError).details['issues'] as model.Issue[];
    expect(issues[0]?.path.slice(0, 2)).toEqual(['argument 2', 1]);
  });
  it("a function field is checked: a value that is not a function (a caller's symbol too) or none is named by its path", () => {
    const chart = { title: 'T', points: [{ year: 2024, value: 1 }], colour: '#000' };
    const issuesOf = (run: () => unknown): Array<[ReadonlyArray<string | number>, string]> => {
      try {
        run();
      } catch (error) {
        if (model.isCoopError(error)) return ((error.details['issues'] as model.Issue[]) ?? []).map((i) => [i.path, i.code]);
      }
      return [];
    };
    for (const format of ['%', Symbol('a function'), undefined]) {
      expect(issuesOf(() => cli.trajectoryChart({ ...chart, format } as never))).toEqual([[['argument 1', 'format'], 'custom']]);
    }
    expect(cli.trajectoryChart({ ...chart, format: (v: number) => `${v}` })).toContain('<svg');
  });
  it('gradeDistribution reads a documented iterable (a Set, a generator) into a list first, bounded by LIMITS.listLength', () => {
    const code = (run: () => unknown) => errorCodeOf(run, model.isCoopError);
    const expected = cli.gradeDistribution(GRADES);
    expect(cli.gradeDistribution(new Set(GRADES))).toEqual(expected);
    expect(cli.gradeDistribution((function* () {
      yield* GRADES;
    })())).toEqual(expected);
    // Each row is checked as in a list: the path is the row's place in the iteration.
    let caught: unknown;
    try {
      cli.gradeDistribution(new Set([ROW, { ...ROW, record: { ...ROW.record, year: 'x' } }]) as never);
    } catch (error) {
      caught = error;
    }
    expect(((caught as model.CoopError).details['issues'] as model.Issue[])[0]?.path).toEqual(['argument 1', 1, 'record', 'year']);
    const endless = function* () {
      for (;;) yield ROW;
    };
    expect(code(() => cli.gradeDistribution(endless()))).toBe('LIMIT_EXCEEDED');
    const throwing = { *[Symbol.iterator]() {
      yield ROW;
      throw new Error('disk gone');
    } };
    expect(code(() => cli.gradeDistribution(throwing))).toBe('INVALID_ARGUMENT');
    expect(code(() => cli.gradeDistribution('rows' as never))).toBe('INVALID_ARGUMENT');
  });
  it('a missing field is named as missing; work is not started', () => {
    let built = 0;
    const format = (v: number) => `${(built += 1, v)}`;
    let caught: unknown;
    try {
      cli.trajectoryChart({ title: 'T', points: [{ year: 2024 }], colour: '#000', format } as never);
    } catch (error) {
      caught = error;
    }
    const issues = (caught as model.CoopError).details['issues'] as model.Issue[];
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['argument 1', 'points', 0, 'value'], 'missing']]);
    expect(built).toBe(0);
  });
});
