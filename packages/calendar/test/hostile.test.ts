/**
 * Hostile input for every public @coop/calendar function that takes untrusted data (issue 7): the only
 * allowed outcomes are a result or a CoopError; no TypeError, no hang, no prototype pollution, no input
 * mutation. See bench/hostile-lib.ts for the contract. Functions not (yet) exported are skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCoopError } from '@coop/model';
import * as calendar from '@coop/calendar';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_RUNS, anyValue, checkCall, expectNoPollution, hugeInputs, trapObjects, trapValues } from '../../../bench/hostile-lib.js';

type Fn = (...args: unknown[]) => unknown;
/** The module the child-process probes import (the package's public entry). */
const PROBE_INDEX = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const api = calendar as unknown as Record<string, unknown>;
const fnOf = (name: string): Fn | undefined => (typeof api[name] === 'function' ? (api[name] as Fn) : undefined);
const firstCycle = (): unknown => {
  const cycles = api['CYCLES'] as Record<string, unknown> | undefined;
  return cycles ? Object.values(cycles)[0] : undefined;
};

/** Each target puts the hostile value in one argument position; `parse: true` must never throw. */
const targets: Array<{ label: string; fn: string; call: (f: Fn, x: unknown) => unknown; parse?: boolean }> = [
  { label: 'parsePeriod(x)', fn: 'parsePeriod', call: (f, x) => f(x) },
  { label: 'isPeriodId(x)', fn: 'isPeriodId', call: (f, x) => f(x) },
  { label: 'formatPeriod(x)', fn: 'formatPeriod', call: (f, x) => f(x) },
  { label: 'nextPeriod(x)', fn: 'nextPeriod', call: (f, x) => f(x) },
  { label: 'previousPeriod(x)', fn: 'previousPeriod', call: (f, x) => f(x) },
  { label: 'periodContaining(x, "quarter")', fn: 'periodContaining', call: (f, x) => f(x, 'quarter') },
  { label: 'periodContaining("2025-05-05", x)', fn: 'periodContaining', call: (f, x) => f('2025-05-05', x) },
  { label: 'cutoffWindow(x)', fn: 'cutoffWindow', call: (f, x) => f(x) },
  { label: 'cutoffWindow("2025Q1", x)', fn: 'cutoffWindow', call: (f, x) => f('2025Q1', x) },
  { label: 'parseCycle(x)', fn: 'parseCycle', call: (f, x) => f(x), parse: true },
  { label: 'defineCycle(x)', fn: 'defineCycle', call: (f, x) => f(x) },
  { label: 'parseHolidayTable(x)', fn: 'parseHolidayTable', call: (f, x) => f(x), parse: true },
  { label: 'toLunar(x)', fn: 'toLunar', call: (f, x) => f(x) },
  { label: 'toLunar("2025-01-29", x)', fn: 'toLunar', call: (f, x) => f('2025-01-29', x) },
  { label: 'fromLunar(x)', fn: 'fromLunar', call: (f, x) => f(x) },
  { label: 'fromLunar({2025,1,1}, x)', fn: 'fromLunar', call: (f, x) => f({ year: 2025, month: 1, day: 1 }, x) },
  { label: 'lunarNewYear(x)', fn: 'lunarNewYear', call: (f, x) => f(x) },
  { label: 'lunarMonths(x)', fn: 'lunarMonths', call: (f, x) => f(x) },
  { label: 'deadlines(x, {2025})', fn: 'deadlines', call: (f, x) => f(x, { from: '2025-01-01', to: '2025-12-31' }) },
  { label: 'deadlines(CYCLE, x)', fn: 'deadlines', call: (f, x) => f(firstCycle(), x) },
  { label: 'deadlines(CYCLE, {from: x, to})', fn: 'deadlines', call: (f, x) => f(firstCycle(), { from: x, to: '2025-12-31' }) },
  { label: 'deadlines(CYCLE, {from, to, table: x})', fn: 'deadlines', call: (f, x) => f(firstCycle(), { from: '2025-01-01', to: '2025-12-31', table: x }) },
  { label: 'deadlines(CYCLE, {from, to, weekend: x})', fn: 'deadlines', call: (f, x) => f(firstCycle(), { from: '2025-01-01', to: '2025-12-31', weekend: x }) },
  { label: 'upcoming(x, [CYCLE], 3)', fn: 'upcoming', call: (f, x) => f(x, [firstCycle()], 3) },
  { label: 'upcoming("2025-01-01", x, 3)', fn: 'upcoming', call: (f, x) => f('2025-01-01', x, 3) },
  { label: 'upcoming("2025-01-01", [CYCLE], 3, x)', fn: 'upcoming', call: (f, x) => f('2025-01-01', [firstCycle()], 3, x) },
  { label: 'timeliness(x, "2025-12-20")', fn: 'timeliness', call: (f, x) => f(x, '2025-12-20') },
  { label: 'timeliness("2025-12-20T10:00:00Z", x)', fn: 'timeliness', call: (f, x) => f('2025-12-20T10:00:00Z', x) },
  { label: 'timeliness("2025-12-20T10:00:00Z", "2025-12-20", x)', fn: 'timeliness', call: (f, x) => f('2025-12-20T10:00:00Z', '2025-12-20', x) },
  { label: 'holidays(x)', fn: 'holidays', call: (f, x) => f(x) },
  { label: 'holidays(2025, x)', fn: 'holidays', call: (f, x) => f(2025, x) },
  { label: 'isWorkingDay(x)', fn: 'isWorkingDay', call: (f, x) => f(x) },
  { label: 'isWorkingDay("2025-01-01", x)', fn: 'isWorkingDay', call: (f, x) => f('2025-01-01', x) },
  { label: 'nextWorkingDay(x)', fn: 'nextWorkingDay', call: (f, x) => f(x) },
  { label: 'workingDayOnOrAfter(x)', fn: 'workingDayOnOrAfter', call: (f, x) => f(x) },
  { label: 'workingDaysBetween(x, "2025-12-31")', fn: 'workingDaysBetween', call: (f, x) => f(x, '2025-12-31') },
  { label: 'civilDateInVietnam(x)', fn: 'civilDateInVietnam', call: (f, x) => f(x) },
  { label: 'toEpochMs(x)', fn: 'toEpochMs', call: (f, x) => f(x) },
  { label: 'startOfDayInVietnam(x)', fn: 'startOfDayInVietnam', call: (f, x) => f(x) },
  { label: 'withHolidayYears(x, [])', fn: 'withHolidayYears', call: (f, x) => f(x, []) },
  { label: 'withHolidayYears(TABLE, x)', fn: 'withHolidayYears', call: (f, x) => f(api['VN_HOLIDAY_TABLE'], x) },
  { label: 'getCycle(x)', fn: 'getCycle', call: (f, x) => f(x) },
  { label: 'workingDayStatus(x)', fn: 'workingDayStatus', call: (f, x) => f(x) },
  { label: 'workingDayStatus("2026-09-01", x)', fn: 'workingDayStatus', call: (f, x) => f('2026-09-01', x) },
  { label: 'addWorkingDays("2025-01-01", x)', fn: 'addWorkingDays', call: (f, x) => f('2025-01-01', x) },
  { label: 'toICalendar(x, {generatedAt})', fn: 'toICalendar', call: (f, x) => f(x, { generatedAt: '2026-01-01T00:00:00Z' }) },
  { label: 'toICalendar([], x)', fn: 'toICalendar', call: (f, x) => f([], x) },
  { label: 'toICalendar([], {generatedAt, lang: x})', fn: 'toICalendar', call: (f, x) => f([], { generatedAt: '2026-01-01T00:00:00Z', lang: x }) },
  { label: 'toICalendar([], {generatedAt, prodId: x})', fn: 'toICalendar', call: (f, x) => f([], { generatedAt: '2026-01-01T00:00:00Z', prodId: x }) },
];

/** Strings that look like the dates and period ids these functions expect, slightly wrong. */
const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.constantFrom('2025', '2025S1', '2025S3', '2025Q0', '2025Q5', '202513', '202500', '2025-02-29', '2024-02-29', '1899-12-31', '2200-02-01', '0000-01-01', '2025-12-20T24:00:00Z', '2025-12-20T18:00:00+07:00', ' 2025-01-01', '2025-01-01\n'),
  fc.string({ maxLength: 12 }),
);
const hostile = fc.oneof({ arbitrary: anyValue, weight: 3 }, { arbitrary: dateLike, weight: 2 }, { arbitrary: fc.constantFrom(...trapValues()), weight: 1 });

afterEach(() => expectNoPollution());

describe('@coop/calendar hostile input', () => {
  for (const target of targets) {
    const fn = fnOf(target.fn);
    describe.skipIf(!fn)(target.label, () => {
      const run = (x: unknown) => checkCall(target.label, (input) => target.call(fn!, input), x, { parse: target.parse ?? false, isCoopError });

      it('arbitrary values (fc.anything with prototype-ish keys, date-like strings, traps): a result or a CoopError', () => {
        fc.assert(fc.property(hostile, (x) => void run(x)), HOSTILE_RUNS);
      });

      it('arbitrary JSON: a result or a CoopError', () => {
        fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (x) => void run(x)), HOSTILE_RUNS);
      });

      it('every trap object (throwing getters / toString / Proxy, __proto__ payloads)', () => {
        for (const x of trapObjects()) run(x);
      });

      it('huge inputs (100 000 elements, 1 MB strings, 10 000 levels): a result or a CoopError, no stack overflow', () => {
        for (const [, x] of hugeInputs()) run(x);
      });
    });
  }

  it('every hostile target is exported (API completeness report)', () => {
    const missing = [...new Set(targets.map((t) => t.fn))].filter((name) => !fnOf(name));
    // Reported, not failed: the API lands concurrently. The list shows in the test output.
    if (missing.length) console.warn(`@coop/calendar hostile: not exported yet, skipped: ${missing.join(', ')}`);
    expect(Array.isArray(missing)).toBe(true);
  });
});

/**
 * Count arguments (n working days, n upcoming deadlines) can ask for unbounded work. A hang cannot be
 * interrupted in-process, so these run in a child process with a time limit.
 */
describe('@coop/calendar unbounded counts (child process with a 20 s limit)', () => {
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
  const index = PROBE_INDEX;
  const probe = (expr: string) => {
    const code = `import * as c from ${JSON.stringify(index)};
const { isCoopError } = await import(${JSON.stringify(fileURLToPath(new URL('../../model/src/index.ts', import.meta.url)))});
const cycle = Object.values(c.CYCLES ?? {})[0];
try { const r = ${expr}; console.log('RESULT', Array.isArray(r) ? 'array ' + r.length : typeof r); }
catch (e) { console.log(isCoopError(e) ? 'COOP_ERROR ' + e.code : 'RAW_ERROR ' + (e && e.constructor && e.constructor.name) + ' ' + (e && e.message)); }`;
    const dir = mkdtempSync(join(tmpdir(), 'coop-probe-'));
    writeFileSync(join(dir, 'probe.mts'), code);
    const run = spawnSync(tsx, [join(dir, 'probe.mts')], { encoding: 'utf8', timeout: 20_000, cwd: fileURLToPath(new URL('../../..', import.meta.url)) });
    rmSync(dir, { recursive: true, force: true });
    return { timedOut: run.error !== undefined || run.signal !== null, out: `${run.stdout}`.trim().split('\n').pop() ?? '', err: run.stderr };
  };
  const cases: Array<[string, string]> = [
    ['addWorkingDays', 'c.addWorkingDays("2025-01-01", 1e9)'],
    ['addWorkingDays', 'c.addWorkingDays("2025-01-01", Infinity)'],
    ['addWorkingDays', 'c.addWorkingDays("2025-01-01", NaN)'],
    ['addWorkingDays', 'c.addWorkingDays("2025-01-01", -1e9)'],
    ['upcoming', 'c.upcoming("2025-01-01", [cycle], 1e9)'],
    ['upcoming', 'c.upcoming("2025-01-01", [cycle], Infinity)'],
    ['upcoming', 'c.upcoming("2025-01-01", [cycle], NaN)'],
    ['deadlines', 'c.deadlines(cycle, { from: "0001-01-01", to: "9999-12-31" })'],
    ['workingDaysBetween', 'c.workingDaysBetween("0001-01-01", "9999-12-31")'],
    ['periodsBetween', 'c.periodsBetween("0001-01-01", "9999-12-31", "month")'],
  ];
  for (const [name, expr] of cases) {
    it.skipIf(!fnOf(name))(`${expr}: a result or a CoopError within 20 s`, () => {
      const { timedOut, out, err } = probe(expr);
      expect(timedOut, `${expr} did not finish within 20 s (hang or unbounded work)`).toBe(false);
      expect(out, `${expr}: ${out} ${err.slice(0, 300)}`).toMatch(/^(RESULT|COOP_ERROR)/);
    }, 30_000);
  }
});
