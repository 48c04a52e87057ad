/**
 * Record parsing throughput (records per second through `parseYearlyRecords`) and memory for 1 000 000
 * records (issue 4: "1 000 000 records evaluate in under 512 MB"). The memory figure is measured in a
 * child process started with `--max-old-space-size=512` (bench/memory-child.ts): it generates 1 000 000
 * records with `generateRecords`, evaluates every built-in plan over them (parsing is timed separately
 * here; `--parse` adds it to the child), and reports its peak
 * RSS (`process.resourceUsage().maxRSS`) and heap; the goal passes when the child completes and its peak
 * RSS is < 512 MB.
 *
 * Issue 18's goal, record validation within 1.5× of a plain zod 4 parse of the same fields, is measured
 * side by side in the same rounds (interleaved): `parseYearlyRecords` against the model's own zod schema
 * (`YearlyRecordSchema` from `@coop/model/schemas`, the same fields and checks) applied by zod alone to
 * each record (`safeParse`), on the same records.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BenchContext, type BenchResult, built, fmt, goal, interleave, loadApi, missingGoal } from './lib.js';

type ParseRecords = (input: unknown) => { ok: boolean; value?: unknown[]; issues?: unknown[] };
type GenerateRecords = (n: number, seed: number) => unknown[];
type ZodSchema = { safeParse: (input: unknown) => { success: boolean } };

export const benchRecords = async (ctx: BenchContext): Promise<BenchResult> => {
  const result: BenchResult = { name: 'records (parse throughput, 1M memory)', status: 'ok', figures: {}, goals: [] };
  const goals = {
    memory: { goal: '#4 1M records evaluate (all plans, evaluatePlans): RSS growth, heap ≤ 512 MB', unit: 'MB', limit: 512, kind: 'max' as const },
    zodRatio: { goal: '#18 record validation within 1.5× of a plain zod 4 parse of the same fields', unit: '×', limit: 1.5, kind: 'max' as const },
  };
  const model = await loadApi<{ parseYearlyRecords: ParseRecords }>(built('model'), ['parseYearlyRecords']);
  const sample = await loadApi<{ generateRecords: GenerateRecords }>(built('sample'), ['generateRecords']);
  if (!model.ok || !sample.ok) {
    result.status = 'skipped';
    result.message = [model.ok ? '' : `@coop/model lacks ${model.missing.join(', ')}`, sample.ok ? '' : `@coop/sample lacks ${sample.missing.join(', ')}`].filter(Boolean).join('; ');
    result.goals.push(missingGoal(goals.memory, result.message));
    return result;
  }
  const { parseYearlyRecords } = model.api;
  const { generateRecords } = sample.api;

  // Throughput: JSON-shaped input (what a parser sees), parsed repeatedly.
  const n = ctx.smoke ? 2_000 : 200_000;
  const input = JSON.parse(JSON.stringify(generateRecords(n, 7))) as unknown[];
  const check = parseYearlyRecords(input);
  if (!check.ok) {
    // Reported (an @coop/sample ↔ @coop/model inconsistency), not fatal: parsing is still timed.
    const issues = (check.issues ?? []) as Array<{ path: unknown[]; code: string }>;
    const codes = [...new Set(issues.map((i) => `${i.code} at [${i.path.join(', ')}]`))];
    result.figures['generateRecords output rejected by parseYearlyRecords'] = `${new Set(issues.map((i) => i.path[0])).size} of ${n} records (${codes.slice(0, 3).join(', ')})`;
  }
  // The plain zod parse of the same fields: the model's own zod schema, applied by zod alone.
  const schemas = await loadApi<{ YearlyRecordSchema: ZodSchema }>(built('model').replace(/index\.js$/, 'schemas.js'), ['YearlyRecordSchema']);
  const candidates: Record<string, () => unknown> = { parseYearlyRecords: () => parseYearlyRecords(input) };
  if (schemas.ok) {
    const schema = schemas.api.YearlyRecordSchema;
    // Keeps the parsed records, as parseYearlyRecords does (the same values alive at the end).
    candidates['zod: YearlyRecordSchema per record'] = () => {
      const parsed: unknown[] = [];
      for (const record of input) {
        const one = schema.safeParse(record) as { success: boolean; data?: unknown };
        if (one.success) parsed.push(one.data);
      }
      return parsed;
    };
  }
  const timed = interleave(candidates, { reps: ctx.smoke ? 1 : 5, warmup: 1 });
  const rate = n / (timed['parseYearlyRecords']!.median / 1000);
  result.figures['parseYearlyRecords records/s'] = Math.round(rate);
  result.figures['parseYearlyRecords median (ms)'] = `${fmt(timed['parseYearlyRecords']!.median)} for ${fmt(n)} records`;
  const zodNames = Object.keys(candidates).filter((name) => name.startsWith('zod: '));
  for (const name of zodNames) result.figures[`${name} records/s`] = Math.round(n / (timed[name]!.median / 1000));
  if (zodNames.length > 0) {
    const fastest = Math.min(...zodNames.map((name) => timed[name]!.median));
    result.goals.push(
      goal(ctx, {
        ...goals.zodRatio,
        measured: Number((timed['parseYearlyRecords']!.median / fastest).toFixed(2)),
        note: 'median time of parseYearlyRecords ÷ that of YearlyRecordSchema.safeParse over each record, same records, interleaved rounds',
      }),
    );
  } else {
    result.goals.push(missingGoal(goals.zodRatio, '@coop/model/schemas not built'));
  }

  // Memory in a child process limited to a 512 MB heap: the goal on all the plans in one `evaluatePlans`
  // call; the same plans in one `evaluatePlan` call each is reported for information.
  const total = ctx.smoke ? 20_000 : 1_000_000;
  const child = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
  type ChildReport = { maxRssMB: number; heapUsedMB: number; maxHeapMB?: number; seconds?: number; records: number; phases: Record<string, number>; evaluated: string[]; skipped?: string };
  const runChild = (extra: readonly string[]): { report: ChildReport } | { failure: string } => {
    const run = spawnSync(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', child, String(total), ...extra], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env },
      timeout: 600_000,
    });
    try {
      return { report: JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as ChildReport };
    } catch {
      const progress = run.stderr.split('\n').filter((l) => l.startsWith('PROGRESS '));
      const errors = run.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('PROGRESS '));
      return {
        failure: `memory child failed (exit ${run.status}, signal ${run.signal}${run.signal === 'SIGTERM' ? ', 600 s limit' : ''}); last progress: ${progress.at(-1)?.slice(9) ?? 'none'}; ${errors.slice(0, 6).join(' | ')}`,
      };
    }
  };
  const growthOf = (report: ChildReport) => report.maxRssMB - (report.phases['start'] ?? 0);
  const together = runChild([]);
  if ('failure' in together) {
    result.status = 'error';
    result.message = together.failure;
    result.goals.push(goal(ctx, { ...goals.memory, measured: Number.POSITIVE_INFINITY, note: 'child crashed (heap limit 512 MB?)' }));
    return result;
  }
  const report = together.report;
  const growth = growthOf(report);
  result.figures['memory child: records'] = report.records;
  result.figures['memory child: RSS at start (Node + tsx, MB)'] = fmt(report.phases['start'] ?? 0);
  result.figures['memory child: peak RSS growth (MB), evaluatePlans'] = fmt(growth);
  result.figures['memory child: peak RSS (MB)'] = fmt(report.maxRssMB);
  result.figures['memory child: heap used at end / max after a phase (MB)'] = `${fmt(report.heapUsedMB)} / ${fmt(report.maxHeapMB ?? 0)}`;
  result.figures['memory child: seconds (generate + evaluate)'] = fmt(report.seconds ?? 0);
  result.figures['memory child: phases (RSS MB after each)'] = JSON.stringify(report.phases);
  result.figures['memory child: evaluated'] = report.evaluated.join(', ') || '—';
  if (report.skipped) result.figures['memory child: not measured'] = report.skipped;
  const oneByOne = runChild(['--one-by-one']);
  result.figures['memory child, one evaluatePlan call per plan: peak RSS growth (MB), for information'] =
    'failure' in oneByOne ? oneByOne.failure : `${fmt(growthOf(oneByOne.report))} (${fmt(oneByOne.report.seconds ?? 0)} s; phases ${JSON.stringify(oneByOne.report.phases)})`;
  result.goals.push(
    report.evaluated.length
      ? goal(ctx, { ...goals.memory, measured: growth, note: `evaluatePlans: peak RSS ${fmt(report.maxRssMB)} MB − ${fmt(report.phases['start'] ?? 0)} MB at start; completed under --max-old-space-size=512` })
      : missingGoal(goals.memory, report.skipped ?? 'evaluatePlans / PLANS missing'),
  );
  return result;
};
