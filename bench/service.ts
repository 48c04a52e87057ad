/**
 * A bounded load test of the BUILT service on 127.0.0.1 (issue: a target-check service a ministry can
 * deploy): 2 000 requests at concurrency 50 (200 in smoke mode) of `POST /grade` with ten records each,
 * through autocannon. Records errors, non-2xx answers, p50/p99 latency and the service's RSS before and
 * after (access logs on, as deployed). Goal: no errors and no non-2xx answer. Skipped when the service is
 * not built.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { type BenchContext, type BenchResult, fmt, goal, missingGoal } from './lib.js';
// @ts-expect-error -- a plain ESM script without types, shared with the CI check
import { launch, MAIN } from '../apps/service/scripts/launch.mjs';
import { existsSync } from 'node:fs';

const rssMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

const record = (i: number) => ({
  organisationId: `HTX-${i}`, year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19', monthsOperating: 12, monthsSuspended: 0,
  sheet: { rulebook: 'circular-01-2020', points: { '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2, '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 5, '11': 5, '12': 5, '13': 5, '14': 5, '15': i % 6 } },
});

export const benchService = async (ctx: BenchContext): Promise<BenchResult> => {
  const result: BenchResult = { name: 'service (load on 127.0.0.1)', status: 'ok', figures: {}, goals: [] };
  const g = { goal: 'service: 2 000 requests at concurrency 50, errors + non-2xx', unit: 'requests', limit: 0, kind: 'max' as const };
  if (!existsSync(MAIN as string)) {
    result.status = 'skipped';
    result.message = 'apps/service/dist/main.js does not exist (pnpm build builds it)';
    result.goals.push(missingGoal(g, result.message));
    return result;
  }
  const service = (await launch()) as { url: string; pid: number; stop: () => Promise<number | null> };
  try {
    const amount = ctx.smoke ? 200 : 2_000;
    const before = rssMb(service.pid);
    const run = await autocannon({
      url: `${service.url}/grade`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ records: Array.from({ length: 10 }, (_, i) => record(i)) }),
      connections: 50,
      amount,
      timeout: 20,
    });
    const after = rssMb(service.pid);
    result.figures['requests'] = run.requests.total;
    result.figures['errors'] = run.errors;
    result.figures['non-2xx'] = run.non2xx;
    result.figures['latency p50 (ms)'] = run.latency.p50;
    result.figures['latency p99 (ms)'] = run.latency.p99;
    result.figures['requests/s (mean)'] = fmt(run.requests.average);
    result.figures['service RSS before (MB)'] = fmt(before);
    result.figures['service RSS after (MB)'] = fmt(after);
    ctx.log(`${run.requests.total} requests, p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms, RSS ${fmt(before)} → ${fmt(after)} MB`);
    result.goals.push(goal(ctx, { ...g, measured: run.errors + run.non2xx + run.timeouts, note: `p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms` }));
  } finally {
    const code = await service.stop();
    result.figures['exit code after SIGTERM'] = String(code);
    if (code !== 0) {
      result.status = 'error';
      result.message = `the service exited ${code} after SIGTERM`;
    }
  }
  return result;
};
