/**
 * The 50 MB CSV through the CLI (issue 7 / the CLI's streaming CSV): generates a ~50 MB CSV of records
 * with scoring sheets in a temp file, runs the built CLI's grade command on it (`node
 * packages/cli/dist/bin.js`, what `coop` runs once installed) and measures the child's peak RSS by
 * polling /proc (VmHWM). Goal: < 300 MB. Skipped when the CLI is not built.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchContext, type BenchResult, fmt, goal, missingGoal, prng } from './lib.js';

const BIN = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const HEADER = ['organisationId', 'year', 'kind', 'sector', 'areaCode', 'monthsOperating', 'monthsSuspended', 'sheet.rulebook',
  ...['1a', '1b', '2a', '2b', '3a', '3b', '3c', '4a', '4b', '4c', '5', '6', '7a', '7b', '7c', '8', '9', '10', '11', '12', '13', '14', '15'].map((id) => `points.${id}`)];

const writeCsv = async (file: string, bytes: number) => {
  const random = prng(3);
  const out = createWriteStream(file);
  let written = 0;
  let i = 0;
  const line = (cells: Array<string | number>) => `${cells.join(',')}\n`;
  out.write(line(HEADER));
  while (written < bytes) {
    // Whole points: "1.5" is ambiguous in Vietnamese CSV (the dot is a thousands separator there).
    const pts = [6, 1, 5, 1, 4, 3, 4, 2, 2, 2, 8, 6, 2, 2, 2, 6, 4].map((m) => Math.round(random() * m));
    const g3 = [0, 0, 0, 0, 0, 0].map(() => Math.round(random() * 6));
    const text = line([`HTX-${i++}`, 2024, 'cooperative', 'agriculture-crop', 'TN', 12, 0, 'circular-01-2020', ...pts, ...g3]);
    written += text.length;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return i;
};

export const benchCliCsv = async (ctx: BenchContext): Promise<BenchResult> => {
  const result: BenchResult = { name: 'cli (50 MB CSV, streaming grade)', status: 'ok', figures: {}, goals: [] };
  const g = { goal: 'CLI grade of a 50 MB CSV, peak RSS', unit: 'MB', limit: 300, kind: 'max' as const };
  if (!existsSync(BIN)) {
    result.status = 'skipped';
    result.message = 'packages/cli/dist/bin.js does not exist (run pnpm build first)';
    result.goals.push(missingGoal(g, result.message));
    return result;
  }
  const dir = mkdtempSync(join(tmpdir(), 'coop-cli-bench-'));
  try {
    const file = join(dir, 'records.csv');
    const rows = await writeCsv(file, ctx.smoke ? 200_000 : 50_000_000);
    result.figures['CSV size (MB)'] = fmt(statSync(file).size / 1e6);
    result.figures['CSV rows'] = rows;
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'grade', file, '--rulebook', 'circular-01-2020'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {
        /* process ended */
      }
    }, 50);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(poll);
    const seconds = (performance.now() - started) / 1000;
    result.figures['cli exit code'] = String(code);
    result.figures['cli time (s)'] = fmt(seconds);
    result.figures['cli peak RSS (MB, /proc VmHWM)'] = fmt(peak);
    if (code !== 0) {
      result.status = 'error';
      result.message = `coop grade exited ${code}: ${stderr.slice(0, 400)}`;
    }
    result.goals.push(goal(ctx, { ...g, measured: peak, note: `${fmt(rows)} rows in ${fmt(seconds)} s` }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
};
