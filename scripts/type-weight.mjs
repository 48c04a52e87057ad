// Type weight (issue 21): what the public types of the BUILT packages cost a consumer's `tsc`.
//
// Writes a 20-line consumer file into a fresh temporary folder whose `node_modules/@coop/*` link to the
// built packages (`packages/<name>`, with their `dist/*.d.ts` and their own dependencies), then runs the
// workspace's TypeScript over it with `--extendedDiagnostics`, twice: with `skipLibCheck` (what most
// application templates set) and without it (every declaration file checked). Prints Types,
// Instantiations, Check time and Total time for each; `--json` writes `.ci-out/type-weight.json`;
// `--max-types N` exits non-zero when the skipLibCheck run needs more than N types. Exits non-zero too
// when a main entry's declarations (`dist/index.d.ts`, `dist/index.d.cts`) import zod.
//
// Measured 2026-12-07 (issue 21), with libraries checked: 85 156 types and 180 336 instantiations before
// (the model's types were `z.infer<…>` of schemas, and its declarations imported zod), 19 786 and 5 835
// after; the TypeScript and DOM libraries alone account for 16 651 types. With skipLibCheck: 2 676 → 787.
//
// Run after `pnpm build` (the numbers are those of `dist`, as a user installs it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const PACKAGES = ['model', 'rating', 'calendar'];

/** What an application typically writes: parse rows, evaluate a plan, grade a sheet, list deadlines. */
const CONSUMER = `import { getPlan, parseYearlyRecords, formatVnd, sumVnd, type Plan, type YearlyRecord } from '@coop/model';
import { evaluatePlan, grade, CIRCULAR_01_2020 } from '@coop/rating';
import { deadlines, MARD_HALF_YEAR_CYCLE } from '@coop/calendar';

const rows: unknown[] = [
  { organisationId: 'HTX-01', year: '2024', kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19', revenue: '6.200.000.000' },
];
const parsed = parseYearlyRecords(rows, { coerce: 'csv' });
const records: YearlyRecord[] = parsed.ok ? [...parsed.value] : [];
const revenue = sumVnd(records.flatMap((record) => (record.revenue === undefined ? [] : [record.revenue])));
const plan: Plan = getPlan('thai-nguyen-42-2024');
const evaluation = evaluatePlan(plan, { records }, { asOf: '2025-12-31' });
const sheet = grade({ ...records[0]!, sheet: { rulebook: 'circular-01-2020', points: { '1a': 5 } } }, { rulebook: CIRCULAR_01_2020 });
const due = deadlines(MARD_HALF_YEAR_CYCLE, { from: '2026-01-01', to: '2026-12-31' });
const firstTarget = plan.targets[0]?.label.vi ?? '';
const comparator = plan.targets[0]?.comparator.kind;
const issues = parsed.ok ? [] : parsed.issues.map((issue) => \`\${issue.path.join('.')}: \${issue.message.vi}\`);
console.log(formatVnd(revenue, 'vi'), evaluation.summary, sheet, due.length, firstTarget, comparator, issues);
export {};
`;

const missing = PACKAGES.filter((name) => !existsSync(join(root, 'packages', name, 'dist', 'index.d.ts')));
if (missing.length > 0) {
  console.error(`not built: ${missing.map((name) => `@coop/${name}`).join(', ')} (run pnpm build)`);
  process.exit(1);
}

// The main entries' declarations must not import zod (issue 21: that is what made them heavy); the zod
// types live behind `@coop/model/schemas`.
const zodImports = PACKAGES.flatMap((name) =>
  ['index.d.ts', 'index.d.cts']
    .filter((file) => /^\s*import[^;]*from\s*['"]zod(\/[^'"]*)?['"]|^\s*import\s*['"]zod/m.test(readFileSync(join(root, 'packages', name, 'dist', file), 'utf8')))
    .map((file) => `@coop/${name}/dist/${file}`),
);
if (zodImports.length > 0) {
  console.error(`declarations importing zod: ${zodImports.join(', ')}`);
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), 'coop-type-weight-'));
const METRICS = ['Files', 'Types', 'Instantiations', 'Memory used', 'Check time', 'Total time'];

/** Runs tsc over the consumer and reads the metrics of `--extendedDiagnostics`. */
const measure = (skipLibCheck) => {
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: [], skipLibCheck },
      files: ['consumer.ts'],
    }),
  );
  let output;
  try {
    output = execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', folder, '--extendedDiagnostics'], { encoding: 'utf8' });
  } catch (error) {
    console.error(`the consumer does not type-check:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
  const metrics = {};
  for (const name of METRICS) {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(output);
    metrics[name] = match ? Number(match[1]) : undefined;
  }
  return metrics;
};

let results;
try {
  mkdirSync(join(folder, 'node_modules', '@coop'), { recursive: true });
  for (const name of PACKAGES) symlinkSync(join(root, 'packages', name), join(folder, 'node_modules', '@coop', name), 'dir');
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'type-weight-consumer', private: true, type: 'module' }));
  writeFileSync(join(folder, 'consumer.ts'), CONSUMER);
  results = { skipLibCheck: measure(true), fullCheck: measure(false) };
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const unit = { 'Memory used': 'K', 'Check time': 's', 'Total time': 's' };
console.log(`consumer: ${CONSUMER.trim().split('\n').length} lines importing @coop/${PACKAGES.join(', @coop/')} (built)`);
console.log(['run'.padEnd(14), ...METRICS.map((m) => m.padStart(15))].join(''));
for (const [run, metrics] of Object.entries(results)) {
  console.log([run.padEnd(14), ...METRICS.map((m) => `${metrics[m] ?? '?'}${unit[m] ?? ''}`.padStart(15))].join(''));
}

const args = process.argv.slice(2);
if (args.includes('--json')) {
  mkdirSync(join(root, '.ci-out'), { recursive: true });
  writeFileSync(join(root, '.ci-out', 'type-weight.json'), `${JSON.stringify(results, null, 2)}\n`);
}
const maxAt = args.indexOf('--max-types');
if (maxAt >= 0) {
  const max = Number(args[maxAt + 1]);
  if (!(results.skipLibCheck.Types <= max)) {
    console.error(`type weight: ${results.skipLibCheck.Types} types, more than the budget of ${max}`);
    process.exit(1);
  }
}
