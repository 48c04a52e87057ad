/**
 * The cost of the largest inputs the documented limits allow (issue 22: "`bench` records the cost of
 * the largest allowed inputs"), on the BUILT packages.
 *
 * Each case runs in its own child process (`tsx bench/limits.ts --case <name>`), so that a hang is cut by
 * a timeout and a crash (heap out of memory) is reported instead of ending the run, and so that the
 * peak RSS of the call is its own: the input is built first, then the peak RSS mark is reset
 * (`/proc/self/clear_refs`, Linux) and the call is timed once; the figures are the call's milliseconds
 * and its peak RSS growth over the RSS before the call.
 *
 * The limits measured (`LIMITS` of `@coop/model`, and the `parse…` options):
 * - `LIMITS.listLength` (1 000 000) records through `parseYearlyRecords`: all valid (generated), and all
 *   `{}` with `maxIssues: 10` (reading stops at the cap);
 * - `LIMITS.listLength` `{}` targets through `parsePlan` (default `maxIssues` 1 000), and the longest list
 *   of valid targets that the default `maxNodes` (5 000 000 values) lets one plan carry;
 * - decimal text of `LIMITS.decimalLength` (400) characters with an exponent of ±`LIMITS.decimalExponent`
 *   (999) through `rational`, and the first text over each limit (refused before any work);
 * - rationals whose parts have `LIMITS.rationalBits` (16 384) bits through `addRational` and `rational(num, den)`;
 * - `evaluatePlan` of a built-in plan over `LIMITS.listLength` generated records;
 * - `@coop/calendar`: `upcoming` with the most cycles (1 000) and steps (10 000) it accepts,
 *   `addWorkingDays` at ±100 000 and `workingDaysBetween` over the whole lunar range (1900–2199),
 *   `toICalendar` with the most events (100 000); and the first input over each of those limits;
 * - `@coop/sheets`: a CSV of `DEFAULT_LIMITS.maxRows` rows (header included), read by `readRecordFiles`
 *   (checked, with one more row giving `too_many_rows`) and timed through `readDelimited`.
 *
 * The issue states no time for these inputs: milliseconds and RSS are figures. A case that does not
 * finish within {@link CASE_TIMEOUT_MS}, crashes, or gives a wrong answer (a valid input refused, an
 * input over a limit accepted) makes the benchmark an error. The goals are the limits the SDK states
 * for these calls: a `parse…` call with `maxIssues: N` returns at most N issues plus the closing
 * `too_many_issues`.
 *
 * In smoke mode the lists are small (the text and rational cases keep their full size: they are cheap).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchContext, type BenchResult, built, fmt, goal } from './lib.js';

/** A case that takes longer than this is reported as a hang. */
export const CASE_TIMEOUT_MS = 180_000;

/** What a child reports for one case. */
interface CaseReport {
  readonly name: string;
  /** The input, in words. */
  readonly size: string;
  readonly ms: number;
  readonly rssBeforeMB: number;
  readonly peakRssMB: number;
  /** How the peak was read: `VmHWM after reset` (exact for the call) or `maxRSS` (the process's high-water mark). */
  readonly peakSource: string;
  /** The answer, in words. */
  readonly outcome: string;
  /** `false` when the answer is wrong (a valid input refused, an input over a limit accepted). */
  readonly correct: boolean;
  /** Issues returned by a `parse…` call, with the cap asked for. */
  readonly issues?: { readonly count: number; readonly maxIssues: number };
}

type Api = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;
type Prepared = { readonly size: string; readonly run: () => { outcome: string; correct: boolean; issues?: NonNullable<CaseReport['issues']> } };

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

const load = async (name: string): Promise<Api> => ({ ...((await import(built(name))) as Api) });

const fn = (api: Api, name: string): Fn => {
  const value = api[name];
  if (typeof value !== 'function') throw new Error(`${name} is not exported by the built package`);
  return value as Fn;
};

const limitsOf = (model: Api): { listLength: number; decimalLength: number; decimalExponent: number; rationalBits: number } =>
  model['LIMITS'] as { listLength: number; decimalLength: number; decimalExponent: number; rationalBits: number };

/** Values (objects, arrays, primitives) in plain data, as the parsers' `maxNodes` counts them. */
const nodes = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Object.values(value as object).reduce((sum: number, item) => sum + nodes(item), 0) : 1;

type ParseResultLike = { ok: boolean; issues?: ReadonlyArray<{ code: string; received?: string }> };

const parseOutcome = (result: ParseResultLike, maxIssues: number, expectOk: boolean) => {
  const count = result.issues?.length ?? 0;
  const last = result.issues?.at(-1);
  const outcome = result.ok ? 'ok' : `${count} issues${last?.code === 'too_many_issues' ? ` (too_many_issues: ${last.received ?? '?'})` : ''}`;
  return { outcome, correct: result.ok === expectOk && count <= maxIssues + 1, issues: { count, maxIssues } };
};

/** Throws → the error's code; returns → 'accepted'. */
const codeOf = (call: () => unknown): string => {
  try {
    call();
    return 'accepted';
  } catch (error) {
    return String((error as { code?: unknown }).code ?? (error as Error).name);
  }
};

/** The cases: each builds its input (untimed) and returns the call to time. */
const CASES: Record<string, (smoke: boolean) => Promise<Prepared>> = {
  'records-invalid': async (smoke) => {
    const model = await load('model');
    const n = smoke ? 2_000 : limitsOf(model).listLength;
    const input = Array.from({ length: n }, () => ({}));
    const parse = fn(model, 'parseYearlyRecords');
    return { size: `${fmt(n)} records {} with maxIssues 10`, run: () => parseOutcome(parse(input, { maxIssues: 10 }) as ParseResultLike, 10, false) };
  },
  'records-valid': async (smoke) => {
    const model = await load('model');
    const sample = await load('sample');
    const n = smoke ? 2_000 : limitsOf(model).listLength;
    const input = fn(sample, 'generateRecords')(n, 42) as unknown[];
    const parse = fn(model, 'parseYearlyRecords');
    return { size: `${fmt(n)} generated records`, run: () => parseOutcome(parse(input) as ParseResultLike, 1000, true) };
  },
  'plan-invalid-targets': async (smoke) => {
    const model = await load('model');
    const n = smoke ? 2_000 : limitsOf(model).listLength;
    const plan = { ...(model['THAI_NGUYEN_42_2024'] as object), targets: Array.from({ length: n }, () => ({})) };
    const parse = fn(model, 'parsePlan');
    return { size: `plan with ${fmt(n)} targets {} (default maxIssues 1 000)`, run: () => parseOutcome(parse(plan) as ParseResultLike, 1000, false) };
  },
  'plan-valid-targets': async (smoke) => {
    const model = await load('model');
    const base = JSON.parse(JSON.stringify(model['THAI_NGUYEN_42_2024'])) as { targets: Array<Record<string, unknown>> } & Record<string, unknown>;
    const target = base.targets[0]!;
    // The longest list of valid targets within the default maxNodes (5 000 000 values for the whole plan).
    const room = 5_000_000 - nodes({ ...base, targets: [] });
    const n = smoke ? 2_000 : Math.floor(room / nodes(target));
    const plan = { ...base, targets: Array.from({ length: n }, (_, index) => ({ ...target, id: `t${index}` })) };
    const parse = fn(model, 'parsePlan');
    return { size: `plan with ${fmt(n)} valid targets (${fmt(nodes(plan))} values; maxNodes 5 000 000)`, run: () => parseOutcome(parse(plan) as ParseResultLike, 1000, true) };
  },
  'decimal-text': async () => {
    const model = await load('model');
    const { decimalLength, decimalExponent } = limitsOf(model);
    const rational = fn(model, 'rational');
    const big = `${'9'.repeat(decimalLength - 1 - String(decimalExponent).length)}e${decimalExponent}`;
    const small = `-0.${'9'.repeat(decimalLength - 5 - String(decimalExponent).length)}e-${decimalExponent}`;
    const tooLong = `${'9'.repeat(decimalLength + 1)}`;
    const tooBig = `1e${decimalExponent + 1}`;
    return {
      size: `two texts of ${big.length} and ${small.length} characters, exponents ±${decimalExponent}; then ${tooLong.length} characters and ${tooBig}`,
      run: () => {
        const a = rational(big) as { num: bigint; den: bigint };
        const b = rational(small) as { num: bigint; den: bigint };
        const refusals = [codeOf(() => rational(tooLong)), codeOf(() => rational(tooBig))];
        return {
          outcome: `${a.num.toString(2).length}-bit numerator; ${b.den.toString(2).length}-bit denominator; over the limits: ${refusals.join(', ')}`,
          correct: a.den === 1n && b.num < 0n && refusals.every((code) => code === 'LIMIT_EXCEEDED'),
        };
      },
    };
  },
  'rational-max-bits': async () => {
    const model = await load('model');
    const bits = BigInt(limitsOf(model).rationalBits);
    const top = 2n ** bits;
    // Odd parts of exactly `rationalBits` bits, coprime in pairs (consecutive odd numbers).
    const a = { num: top - 1n, den: top - 3n };
    const b = { num: top - 5n, den: top - 7n };
    const add = fn(model, 'addRational');
    const rational = fn(model, 'rational');
    return {
      size: `rationals with ${bits}-bit numerators and denominators`,
      run: () => {
        const sum = add(a, b) as { num: bigint; den: bigint };
        const built = rational(top - 1n, top - 9n) as { num: bigint; den: bigint };
        const over = codeOf(() => add({ num: top, den: 1n }, b));
        return {
          outcome: `addRational: ${sum.num.toString(2).length}-bit / ${sum.den.toString(2).length}-bit; rational(num, den): ${built.num.toString(2).length} bits; ${bits + 1n} bits: ${over}`,
          correct: sum.num > 0n && sum.den > 0n && over === 'LIMIT_EXCEEDED',
        };
      },
    };
  },
  'evaluate-plan': async (smoke) => {
    const model = await load('model');
    const sample = await load('sample');
    const rating = await load('rating');
    const { planData, planOptions } = await import('./plans.js');
    const n = smoke ? 2_000 : limitsOf(model).listLength;
    const records = fn(sample, 'generateRecords')(n, 42) as unknown[];
    const plan = model['THAI_NGUYEN_42_2024'];
    const evaluatePlan = fn(rating, 'evaluatePlan');
    return {
      size: `${String((plan as { id?: string }).id)} over ${fmt(n)} generated records`,
      run: () => {
        const evaluation = evaluatePlan(plan, planData(records, model), planOptions(plan)) as { entries?: ReadonlyArray<{ ok: boolean }> };
        const entries = evaluation.entries ?? [];
        return { outcome: `${entries.filter((entry) => entry.ok).length} of ${entries.length} targets evaluated`, correct: entries.length > 0 };
      },
    };
  },
  'calendar-upcoming': async (smoke) => {
    const calendar = await load('calendar');
    // The most cycles (1 000) and steps (10 000) `upcoming` accepts: the built-in cycles, repeated.
    const builtIn = Object.values(calendar['CYCLES'] as Record<string, unknown>);
    const cycleCount = smoke ? 10 : 1_000;
    const n = smoke ? 100 : 10_000;
    const cycles = Array.from({ length: cycleCount }, (_, i) => builtIn[i % builtIn.length]);
    const upcoming = fn(calendar, 'upcoming');
    return {
      size: `${fmt(cycleCount)} cycles (the built-in ${builtIn.length}, repeated), n = ${fmt(n)}`,
      run: () => {
        const steps = upcoming('2025-01-01', cycles, n) as unknown[];
        const tooMany = Array.from({ length: 1_001 }, () => builtIn[0]);
        const over = [codeOf(() => upcoming('2025-01-01', tooMany, 1)), codeOf(() => upcoming('2025-01-01', cycles, 10_001))];
        return { outcome: `${fmt(steps.length)} steps; 1 001 cycles / n 10 001: ${over.join(', ')}`, correct: steps.length === n && over.every((code) => code === 'INVALID_ARGUMENT') };
      },
    };
  },
  'calendar-working-days': async () => {
    const calendar = await load('calendar');
    const addWorkingDays = fn(calendar, 'addWorkingDays');
    const workingDaysBetween = fn(calendar, 'workingDaysBetween');
    // `n` may reach ±100 000 (about 400 years), but the built-in table has rules for 2014–2199 only: the
    // largest call that answers walks the whole table (45 000 working days from 2014), and a longer one
    // stops at the table's end with DATE_OUT_OF_RANGE.
    return {
      size: 'addWorkingDays 2014-01-02 + 45 000 and + 100 000 (the limit); workingDaysBetween 2014-01-01 → 2199-12-31 (the whole table)',
      run: () => {
        const ahead = addWorkingDays('2014-01-02', 45_000) as string;
        const days = workingDaysBetween('2014-01-01', '2199-12-31') as number;
        const atLimit = codeOf(() => addWorkingDays('2014-01-02', 100_000));
        const over = codeOf(() => addWorkingDays('2014-01-02', 100_001));
        return {
          outcome: `+45 000: ${ahead}; ${fmt(days)} working days; +100 000: ${atLimit}; +100 001: ${over}`,
          correct: ahead > '2190' && ahead < '2200' && days > 45_000 && atLimit === 'DATE_OUT_OF_RANGE' && over === 'INVALID_ARGUMENT',
        };
      },
    };
  },
  'calendar-ical': async (smoke) => {
    const calendar = await load('calendar');
    // The most events `toICalendar` writes (100 000): one decade of the built-in cycles' steps, repeated.
    const deadlines = fn(calendar, 'deadlines');
    const steps = Object.values(calendar['CYCLES'] as Record<string, unknown>).flatMap((cycle) =>
      (deadlines(cycle, { from: '2020-01-01', to: '2029-12-31' }) as Array<{ steps: unknown[] }>).flatMap((d) => d.steps),
    );
    const n = smoke ? 1_000 : 100_000;
    const items = Array.from({ length: n }, (_, i) => steps[i % steps.length]);
    const toICalendar = fn(calendar, 'toICalendar');
    return {
      size: `${fmt(n)} deadline steps`,
      run: () => {
        const text = toICalendar(items, { generatedAt: '2025-01-01T00:00:00Z' }) as string;
        const events = text.split('BEGIN:VEVENT').length - 1;
        const over = codeOf(() => toICalendar([...items, ...items].slice(0, 100_001), { generatedAt: '2025-01-01T00:00:00Z' }));
        return { outcome: `${fmt(events)} events, ${fmt(Math.round(text.length / 2 ** 20))} MB of text; 100 001 steps: ${smoke ? 'not tried' : over}`, correct: events === n && (smoke || over === 'INVALID_ARGUMENT') };
      },
    };
  },
  'sheets-csv-max-rows': async (smoke) => {
    const sheets = await load('sheets');
    const maxRows = (sheets['DEFAULT_LIMITS'] as { maxRows: number }).maxRows;
    // The most rows a sheet may have (header included), valid, through the whole reader (CSV → records).
    const n = smoke ? 2_000 : maxRows - 1;
    const lines = ['Mã HTX,Năm,Loại hình,Ngành,Mã địa bàn,Doanh thu'];
    for (let i = 0; i < n; i += 1) lines.push(`HTX-${i},2024,Hợp tác xã,Nông nghiệp – Trồng trọt,TN-DT,${1_000_000 + i}`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const over = new TextEncoder().encode(`${lines.join('\n')}\nHTX-x,2024,Hợp tác xã,Nông nghiệp – Trồng trọt,TN-DT,1`);
    const readRecordFiles = fn(sheets, 'readRecordFiles') as (files: unknown, options?: unknown) => Promise<{ ok: boolean; value?: { records: unknown[] }; issues: Array<{ code: string }> }>;
    let answer: { outcome: string; correct: boolean } = { outcome: 'not run', correct: false };
    // The reader is async: it is awaited here (untimed setup aside), and the call is timed by a second, synchronous-looking run below.
    const first = await readRecordFiles([{ name: 'max.csv', bytes }], { onRecord: () => undefined });
    const capped = smoke ? undefined : await readRecordFiles([{ name: 'over.csv', bytes: over }], { onRecord: () => undefined });
    answer = {
      outcome: `${fmt(n)} rows read (${fmt(Math.round(bytes.length / 2 ** 20))} MB)${capped ? `; one more row: ${capped.issues.map((i) => i.code).join(', ') || 'no issue'}` : ''}`,
      correct: first.ok && first.issues.length === 0 && (capped === undefined || capped.issues.some((i) => i.code === 'too_many_rows')),
    };
    const readDelimited = fn(sheets, 'readDelimited');
    const text = lines.join('\n');
    return {
      size: `${fmt(n)} valid CSV rows + header (${fmt(Math.round(bytes.length / 2 ** 20))} MB): readRecordFiles (checked in setup), readDelimited timed`,
      run: () => {
        const read = readDelimited(text, { file: 'max.csv', onRow: () => undefined }) as { issues: unknown[] };
        return { ...answer, correct: answer.correct && read.issues.length === 0 };
      },
    };
  },
};

/** Child side: prepares one case, resets the peak RSS mark, times the call once, prints one JSON line. */
const runCase = async (name: string, smoke: boolean): Promise<void> => {
  const prepare = CASES[name];
  if (!prepare) throw new Error(`unknown case ${name}`);
  const prepared = await prepare(smoke);
  (globalThis as { gc?: () => void }).gc?.();
  let peakSource = 'maxRSS';
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    peakSource = 'VmHWM after reset';
  } catch {
    // not Linux, or not allowed: the process's high-water mark is reported
  }
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const answer = prepared.run();
  const ms = performance.now() - start;
  let peak = process.resourceUsage().maxRSS * 1024;
  if (peakSource !== 'maxRSS') {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) peak = Number(hwm[1]) * 1024;
    else peakSource = 'maxRSS';
  }
  const report: CaseReport = { name, size: prepared.size, ms, rssBeforeMB: mb(rssBefore), peakRssMB: mb(peak), peakSource, ...answer };
  console.log(JSON.stringify(report));
};

/**
 * Runs every case in a child process and records milliseconds, peak RSS growth and the answer of each.
 *
 * @param ctx - smoke mode (small lists) and the progress log
 * @returns figures per case, and the `maxIssues` goals
 */
export const benchLimits = async (ctx: BenchContext): Promise<BenchResult> => {
  const result: BenchResult = { name: 'limits', status: 'ok', figures: {}, goals: [] };
  const self = fileURLToPath(import.meta.url);
  const problems: string[] = [];
  for (const name of Object.keys(CASES)) {
    ctx.log(`${name}…`);
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--case', name, ...(ctx.smoke ? ['--smoke'] : [])], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env },
      timeout: CASE_TIMEOUT_MS,
      maxBuffer: 16 * 2 ** 20,
    });
    let report: CaseReport;
    try {
      report = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as CaseReport;
    } catch {
      const why = run.signal === 'SIGTERM' ? `no answer within ${CASE_TIMEOUT_MS / 1000} s (hang?)` : `exit ${run.status}, signal ${run.signal}`;
      problems.push(`${name}: ${why}: ${run.stderr.split('\n').filter((line) => line.trim()).slice(0, 4).join(' | ')}`);
      result.figures[`${name}: outcome`] = `FAILED (${why})`;
      continue;
    }
    const growth = Math.max(0, report.peakRssMB - report.rssBeforeMB);
    result.figures[`${name}: input`] = report.size;
    result.figures[`${name}: ms`] = Math.round(report.ms * 10) / 10;
    result.figures[`${name}: peak RSS growth (MB)`] = growth;
    result.figures[`${name}: outcome`] = `${report.outcome}${report.correct ? '' : ' — WRONG'} (peak from ${report.peakSource})`;
    ctx.log(`${name}: ${fmt(report.ms)} ms, +${fmt(growth)} MB RSS: ${report.outcome}`);
    if (!report.correct) problems.push(`${name}: wrong answer: ${report.outcome}`);
    // A goal where the SDK states a limit for the call: the issue cap of a rejected `parse…` input.
    if (report.issues !== undefined && report.outcome !== 'ok') {
      const { count, maxIssues } = report.issues;
      result.goals.push(
        goal(ctx, { goal: `#22 ${name}: maxIssues ${maxIssues} caps the issues (+1 closing too_many_issues)`, measured: count, unit: 'issues', limit: maxIssues + 1, kind: 'max' }),
      );
    }
  }
  if (problems.length > 0) {
    result.status = 'error';
    result.message = problems.join('; ');
  }
  return result;
};

// Child mode: `tsx bench/limits.ts --case <name> [--smoke]`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--case');
  if (at >= 0) await runCase(process.argv[at + 1] ?? '', process.argv.includes('--smoke'));
}
