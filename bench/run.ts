/**
 * `pnpm bench` — runs every benchmark of the SDK and prints a table of ratios measured in the same run
 * (candidate vs baseline, interleaved, warm-up + median of several repetitions), checks them against the
 * goals stated in the issues, writes `bench/results.json`, and exits non-zero when a goal is missed.
 *
 * `pnpm bench:smoke` (`--smoke`, what CI runs) uses tiny sizes: it proves every benchmark runs and that
 * candidate and baseline agree, and never fails on timing ("not checked in smoke mode").
 *
 * The benchmarks import the BUILT packages (each package's `dist` folder, what users install): `pnpm bench` builds
 * first; `pnpm bench:smoke` expects a build (CI runs it after `pnpm build`).
 *
 * Options: `--smoke`, `--only <name,…>` (grading, plans, lunar, records, cli, service, limits, sheets).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, freemem, platform, release, arch } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchGrading } from './grading.js';
import { benchPlans } from './plans.js';
import { benchLunar } from './lunar.js';
import { benchRecords } from './records.js';
import { benchCliCsv } from './cli-csv.js';
import { benchService } from './service.js';
import { benchLimits } from './limits.js';
import { benchSheets } from './sheets.js';
import { type BenchContext, type BenchResult, fmt } from './lib.js';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((argv[onlyIndex + 1] ?? '').split(',')) : null;

const ctx: BenchContext = { smoke, log: (line) => console.log(`  · ${line}`) };
const benches: Array<[string, (ctx: BenchContext) => Promise<BenchResult>]> = [
  ['lunar', benchLunar],
  ['grading', benchGrading],
  ['plans', benchPlans],
  ['records', benchRecords],
  ['cli', benchCliCsv],
  ['service', benchService],
  ['limits', benchLimits],
  ['sheets', benchSheets],
];

const machine = {
  os: `${platform()} ${release()} ${arch()}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  totalMemoryMB: Math.round(totalmem() / 2 ** 20),
  freeMemoryMB: Math.round(freemem() / 2 ** 20),
};
console.log(`@coop benchmarks (${smoke ? 'SMOKE mode: tiny sizes, timing not checked' : 'full'})`);
console.log(`machine: ${machine.os}, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${machine.totalMemoryMB} MB RAM\n`);

const results: BenchResult[] = [];
for (const [name, run] of benches) {
  if (only && !only.has(name)) continue;
  console.log(`▶ ${name}`);
  const started = Date.now();
  try {
    results.push(await run(ctx));
  } catch (error) {
    results.push({
      name,
      status: 'error',
      figures: {},
      goals: [],
      message: `crashed: ${(error as Error).stack?.split('\n').slice(0, 4).join(' | ') ?? String(error)}`,
    });
  }
  const last = results[results.length - 1]!;
  console.log(`  ${last.status}${last.message ? `: ${last.message}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Figures.
console.log('\nFigures');
for (const r of results) {
  console.log(`  ${r.name} [${r.status}]`);
  for (const [k, v] of Object.entries(r.figures)) console.log(`    ${k.padEnd(58)} ${typeof v === 'number' ? fmt(v) : v}`);
}

// Goals table.
const goals = results.flatMap((r) => r.goals);
const rows = goals.map((g) => [
  g.goal,
  g.measured === null ? '—' : `${fmt(g.measured)} ${g.unit}`,
  `${g.kind === 'max' ? '≤' : '≥'} ${fmt(g.limit)} ${g.unit}`,
  g.status,
  g.note ?? '',
]);
const header = ['goal', 'measured', 'limit', 'status', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ')}`;
console.log('\nGoals');
console.log(line(header));
console.log(`  ${widths.map((w) => '─'.repeat(w)).join('─┼─')}`);
for (const row of rows) console.log(line(row));

const failedGoals = goals.filter((g) => g.status === 'fail' || (!smoke && g.status === 'missing'));
const errors = results.filter((r) => r.status === 'error');
const skipped = results.filter((r) => r.status === 'skipped');

writeFileSync(
  fileURLToPath(new URL('./results.json', import.meta.url)),
  `${JSON.stringify({ date: new Date().toISOString(), mode: smoke ? 'smoke' : 'full', machine, results, pass: failedGoals.length === 0 && errors.length === 0 }, null, 2)}\n`,
);
console.log('\nwrote bench/results.json');

for (const s of skipped) console.log(`  skipped: ${s.name}: ${s.message}`);
for (const e of errors) console.log(`✗ ERROR ${e.name}: ${e.message}`);
for (const g of failedGoals) {
  console.log(`✗ GOAL ${g.status === 'missing' ? 'NOT MEASURED' : 'MISSED'}: ${g.goal}: ${g.measured === null ? g.note : `${fmt(g.measured)} ${g.unit}, limit ${g.kind === 'max' ? '≤' : '≥'} ${fmt(g.limit)}`}`);
}
const passed = goals.filter((g) => g.status === 'pass').length;
console.log(
  smoke
    ? `smoke: ${results.length - errors.length - skipped.length} ran and agreed, ${skipped.length} skipped (API missing), ${errors.length} errors`
    : `${passed} of ${goals.length} goals met`,
);
process.exit(errors.length || failedGoals.length ? 1 : 0);
