// Size budgets (issue 7): the min+gzip cost of each public entry point as a bundler sees it.
//
// For every budget, esbuild's JS API bundles a tiny entry that re-exports the named export(s) from the
// BUILT package (`packages/<name>/dist/index.js`, the real published ESM module graph with
// `sideEffects: false`; `@coop/model` and third-party imports resolve through node_modules to their
// published builds too), minified for the browser; the output is gzipped (level 9). Run after
// `pnpm build`. Prints a table, and exits non-zero when a budget is exceeded, a budgeted export is
// missing, or a forbidden module (zod) shows up in a bundle that must not contain it.
//
// 1 kB = 1000 bytes (as size-limit counts).
//
// Budgets — the first three are the goals of issues 3 and 5; the whole-package budgets were set from
// the sizes measured when the packages landed (see `measuredAt`), plus ~20 % headroom, rounded up to
// 0.5 kB. Raise a whole-package budget only with a reason in the changeset.
//
// Flags: `--all` also prints the cost of every single named export (informational), `--json` writes
// `.ci-out/size.json`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = (pkg) => join(root, 'packages', pkg, 'dist', 'index.js');

/** `zod` must not be pulled in just to grade (issue 3): markers that zod v4's code always carries. */
const ZOD_MARKERS = [/\b_zod\b/, /\$Zod[A-Z]\w*/, /\bZodError\b/, /zod\.dev/];

/**
 * zod's classic API and its locales (issue 18): the model's schemas use `zod/mini` (the same zod 4 core
 * without the method-chaining API and without loading a locale), so a bundle that validates must not
 * carry these. Checked by module path (`node_modules/zod/v4/classic/…`, `…/locales/…`).
 */
const ZOD_HEAVY = { 'zod/v4/classic': [], 'zod/v4/locales': [] };

/** The district table of `@coop/model` (issue 15): rows of its compact table (huyện Định Hóa, quận Ba Đình). */
const DISTRICT_MARKERS = [/167HĐịnh Hóa/, /001QBa Đình/];

/** The built-in plans other than MARD 2803, by their ids as data (a one-plan bundle must not carry them). */
const OTHER_PLAN_MARKERS = [/id:"(resolution-134-2020|quang-nam-106-2023|district-155-2023|thai-nguyen-42-2024)"/];

/** Indicators no target of MARD 2803 names (the rest of the indicator catalog). */
const OTHER_INDICATOR_MARKERS = [/id:"(ag-coop-mean-revenue|coop-group-count|union-count|kttt-good-or-fair-share)"/];

const budgets = [
  // Issue 3: importing `grade` and one rulebook into a browser bundle costs at most 8 kB; no schema library.
  { pkg: 'rating', names: ['grade', 'CIRCULAR_01_2020'], limit: 8_000, forbid: { zod: ZOD_MARKERS, 'district table': DISTRICT_MARKERS }, source: '#3' },
  // Issue 15: `getPlan` and the provinces do not pull the district table; the whole area catalog (country,
  // 63 + 34 provinces, 696 districts) has its own budget. Measured 2026-12-07: getPlan 15.3 kB, the
  // provinces with the area helpers 104.0 kB (zod through buildAreaIndex's validation), the whole
  // catalog alone 8.9 kB; budgets ≈ +20 %.
  // Raised at the merge of issues 15, 16, 21 and 22 (measured 18.9 kB): the plans grew by the Thái Nguyên
  // appendix tasks, readings and grade-reading data (#16), and getPlan gained its argument guards (#22).
  // Raised again by issue 16's remaining tasks (measured 28.9 kB): 58 more assignments of the Thái Nguyên,
  // Quảng Nam, district and MARD plans, each with its Vietnamese phrase, two titles and notes — data, not code.
  { pkg: 'model', names: ['getPlan'], limit: 35_000, forbid: { 'district table': DISTRICT_MARKERS }, source: '#15, #16 tasks' },
  // Re-measured 2026-12-07 after the schemas moved to zod/mini (#18): 23.7 kB (was 104.0 kB); budget ≈ +20 %.
  // 19.8 kB once the schemas were built in calls marked pure (#20 second pass: only the area schema is kept),
  // 18.4 kB once buildAreaIndex's check no longer carried the CSV coercion.
  { pkg: 'model', names: ['AREAS', 'VN_PROVINCES', 'areaOn', 'areaForYear', 'buildAreaIndex'], limit: 28_500, forbid: { 'district table': DISTRICT_MARKERS, ...ZOD_HEAVY }, source: '#15' },
  { pkg: 'model', names: ['VN_AREAS'], limit: 10_500, source: '#15 whole area catalog' },
  // Issue 18: a browser page that validates records pays for zod's core (through zod/mini), not for zod's
  // classic API or its locales. Measured 2026-12-07: 103.9 kB before (zod classic + every locale), 19.8 kB
  // with the schemas on zod/mini; goal ≤ 30 kB.
  { pkg: 'model', names: ['parseYearlyRecords'], limit: 30_000, forbid: ZOD_HEAVY, source: '#18' },
  // Issue 5: `toLunar` alone ≤ 3 kB; `deadlines` with the holiday table ≤ 12 kB — measured with one built-in
  // cycle (each cycle is its own export; a portal imports the cycles it shows). The whole cycle catalog
  // gets its own budget (measured 13.9 kB + headroom).
  // Issue 20's goal for a portal that evaluates one plan is 40 kB; measured 2026-12-07: 158–178.5 kB before
  // (zod classic with its locales), 95.0 kB with the schemas on zod/mini. The rest is data and engine: the
  // built-in plans (~19 kB, also getPlan's), rating's evaluation code (~25 kB), the indicator catalog and
  // the area catalog (VN_AREAS: a Vietnamese area code needs no list), the plan check (zod core ~9 kB) and
  // both rulebooks. Budget = measured + 5 %: the 40 kB goal is MISSED and reported so; cutting further is
  // rating's (lazy area catalog, per-plan imports), not the schemas'.
  // Re-measured at the merge of issue 16's remaining tasks (+~10 kB of plan data, which getPlan carries for
  // every plan): 106.9 kB; the budget follows the data, the goal stays missed.
  // Kept as it is: `evaluatePlan` looks ids up in the built-in catalogs (every plan, every indicator,
  // VN_AREAS with the district table) and getPlan carries every plan — that is their contract. 106.97 kB
  // measured after the one-plan entry below landed (the catalogs reached through the options, +0.1 kB).
  { pkg: 'rating', names: ['evaluatePlan', 'getPlan'], from: { getPlan: 'model' }, limit: 112_000, forbid: ZOD_HEAVY, source: '#20 all plans (40 kB goal missed)' },
  // Issue 20's portal case, one plan at a time (docs/decisions/0021-one-plan-bundles.md): `evaluatePlanWith`
  // with the plan's constant, its indicators and the provinces (`AREAS`: a national plan's Vietnamese codes).
  // Measured 2026-12-07: 71.40 kB (from 106.85 kB for evaluatePlan + getPlan): no other plan, 7 of the 31
  // indicators, no district table. What is left: rating's evaluation and grading code (~101 kB min), the
  // plan check (parsePlan: zod core and the model's parse layer, ~79 kB min), both rulebooks (the plan's
  // shares are grade-based; sheets are graded), the plan (13 kB) and the provinces (10 kB). Budget =
  // measured + 5 %: the 40 kB goal is MISSED; reaching it needs a smaller engine or no schema check of the
  // plan, not less data.
  // Second pass (same day): 70.63 kB (226.5 kB min). Every module-level zod schema of @coop/model is built
  // in a call marked pure, so the bundle keeps the plan's, target's, indicator's and area's schemas and no
  // longer the record and organisation schemas (nor zod's record type) that rode along with the plan check
  // (70.56 kB); the CSV coercion left the parse core (+70 B here: parsePlan still offers it). Budget
  // lowered to 74 kB (the new measure + 4.8 %). What is left is code every evaluation runs; see
  // docs/decisions/0021-one-plan-bundles.md, "Second pass".
  {
    pkg: 'rating',
    names: ['evaluatePlanWith', 'MARD_2803_2023', 'MARD_2803_2023_INDICATORS', 'AREAS'],
    from: { MARD_2803_2023: 'model', MARD_2803_2023_INDICATORS: 'model', AREAS: 'model' },
    limit: 74_000,
    forbid: { ...ZOD_HEAVY, 'district table': DISTRICT_MARKERS, 'other plans': OTHER_PLAN_MARKERS, 'other indicators': OTHER_INDICATOR_MARKERS },
    source: '#20 one plan (40 kB goal missed)',
  },
  { pkg: 'calendar', names: ['toLunar'], limit: 3_000, forbid: { zod: ZOD_MARKERS }, source: '#5' },
  // Issue 17 (measured 13.5 kB and 16.7 kB): the decided/provisional holiday data with citations and the
  // snapshot-then-validate guard of hostile input took the first entry past issue 5's 12 kB. Budgets
  // raised to what a correct calendar costs today; issue 5's 12 kB goal is reported as missed, not met.
  { pkg: 'calendar', names: ['deadlines', 'VN_HOLIDAY_TABLE', 'MARD_HALF_YEAR_CYCLE'], limit: 14_000, forbid: { zod: ZOD_MARKERS }, source: '#5 (12 kB goal missed, see #17)' },
  { pkg: 'calendar', names: ['deadlines', 'VN_HOLIDAY_TABLE', 'CYCLES'], limit: 17_500, source: 'all built-in cycles' },
  // Issue 18: a portal that reads CSV text pays for papaparse, not for the workbook reader or zod.
  { pkg: 'sheets', names: ['readDelimited', 'decodeText'], limit: 12_000, forbid: { zod: ZOD_MARKERS, fflate: [/\bunzipSync\b/] }, source: '#18' },
  // Raised at the merge of #18's streaming reader with #22's argument guards (measured 12.71 kB: the guards
  // bring @coop/model's typed errors and text limits, ~1.3 kB); still no zod.
  { pkg: 'sheets', names: ['readXlsx'], limit: 13_500, forbid: { zod: ZOD_MARKERS }, source: '#18 workbook reader (loaded lazily by readRecordFiles)' },
  // The CLI's library entry, one helper alone (a portal that prints a table or a chart). Every function of
  // the entry checks its arguments' documented shapes first (issue 22 follow-up, session of 2026-12-07).
  // Measured 2026-12-07: 5.9 kB before the check, 25.37 kB (escapeHtml) and 26.22 kB (renderTable) when
  // every check went through @coop/model's parseWithSchema (zod's core and the model's parse layer). A
  // function whose arguments are plain values is now checked with model's parseWithShape (same issues, no
  // zod; docs/decisions/0022-cli-light-argument-checks.md): 14.98 kB and 15.42 kB; 8.86 kB and 9.27 kB once
  // the cycle ids and the help texts were built in calls marked pure (they carried the calendar's cycle
  // catalog and every command's help into any bundle). What is left: the guard, the model's snapshot and
  // its vi/en issue messages. Budgets = measured + ~5 %; no zod.
  { pkg: 'cli', names: ['escapeHtml'], limit: 9_300, forbid: { zod: ZOD_MARKERS }, source: 'CLI argument check (0022)' },
  { pkg: 'cli', names: ['renderTable'], limit: 9_750, forbid: { zod: ZOD_MARKERS }, source: 'CLI argument check (0022)' },
  // Whole packages (everything exported): measured + ~20 % headroom. See the note at the top.
  { pkg: 'model', names: '*', limit: 0, source: 'whole package' },
  { pkg: 'rating', names: '*', limit: 0, source: 'whole package' },
  { pkg: 'calendar', names: '*', limit: 0, source: 'whole package' },
  { pkg: 'sheets', names: '*', limit: 0, source: 'whole package' },
];

/** Whole-package budgets in bytes (min+gzip); `measuredAt` is what they measured when set. */
const WHOLE_PACKAGE = {
  // Measured 2026-11-23 on the first complete build; budget = measured × 1.2, rounded up to 0.5 kB.
  // Re-measured 2026-12-07 after the schemas moved to zod/mini (#18): 63.0 kB (zod classic and its locales gone);
  // issue 16's remaining plan tasks then added ~10 kB of catalog data to both packages (data, not code).
  model: { limit: 86_000, measuredAt: 63_020 }, // zod core (through zod/mini) + schemas + catalogs
  // Re-based 2026-12-07 after zod/mini (#18, #21) and the tasks of #16: 119.8 kB measured; budget ≈ +20 %.
  rating: { limit: 144_000, measuredAt: 119_810 }, // @coop/model's schemas through parseRulebook & co. + plan catalog
  calendar: { limit: 25_000, measuredAt: 23_680 }, // re-measured 2026-12-07 after issue 17 (2026 decisions, guards)
  // Measured 2026-12-07 when @coop/sheets landed: mostly @coop/model's schemas (zod) behind record validation.
  sheets: { limit: 156_500, measuredAt: 130_340 },
};

const args = process.argv.slice(2);
const showAll = args.includes('--all');

/** Bundles `entry` (source text) and returns the minified output and its gzip size. */
export const bundle = async (contents) => {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'size-entry.js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].text;
  return {
    code,
    min: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    // Only the modules that contribute bytes to the output (parsed-then-dropped modules do not count).
    inputs: Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([path]) => path),
  };
};

const exportsOf = async (pkg) => Object.keys(await import(pathToFileURL(dist(pkg)).href));

const rows = [];
let failed = 0;
const kB = (bytes) => (bytes / 1000).toFixed(2);

for (const budget of budgets) {
  const file = dist(budget.pkg);
  const label = budget.names === '*' ? `@coop/${budget.pkg} (everything)` : `@coop/${budget.pkg} { ${budget.names.join(', ')} }`;
  if (!existsSync(file)) {
    rows.push({ label, status: 'FAIL', note: `not built: ${file} (run pnpm build)` });
    failed += 1;
    continue;
  }
  const available = [...(await exportsOf(budget.pkg)), ...Object.keys(budget.from ?? {})];
  let names = budget.names === '*' ? available : budget.names.filter((n) => available.includes(n));
  const missing = budget.names === '*' ? [] : budget.names.filter((n) => !available.includes(n) && !budget.optional?.includes(n));
  const missingOptional = budget.names === '*' ? [] : (budget.optional ?? []).filter((n) => !available.includes(n));
  if (missing.length || names.length === 0) {
    rows.push({ label, status: 'FAIL', note: `missing export(s): ${missing.join(', ') || '(none exported)'}` });
    failed += 1;
    continue;
  }
  // `from` names exports of another package bundled alongside (e.g. rating's evaluatePlan with model's getPlan).
  const own = names.filter((n) => !budget.from?.[n]);
  const entry =
    budget.names === '*'
      ? `import * as all from ${JSON.stringify(file)}; export { all };`
      : [`export { ${own.join(', ')} } from ${JSON.stringify(file)};`, ...names.filter((n) => budget.from?.[n]).map((n) => `export { ${n} } from ${JSON.stringify(dist(budget.from[n]))};`)].join('\n');
  const out = await bundle(entry);
  const limit = budget.names === '*' ? WHOLE_PACKAGE[budget.pkg]?.limit ?? 0 : budget.limit;
  const notes = [];
  let status = limit === 0 ? 'INFO' : out.gzip <= limit ? 'ok' : 'FAIL';
  if (limit === 0) notes.push('no budget set yet');
  if (missingOptional.length) notes.push(`not exported (yet): ${missingOptional.join(', ')}`);
  for (const [name, markers] of Object.entries(budget.forbid ?? {})) {
    const found = markers.filter((m) => m.test(out.code)).map(String);
    const fromInputs = out.inputs.filter((i) => i.includes(`node_modules/${name}/`) || i.includes(`/${name}@`));
    if (found.length || fromInputs.length) {
      status = 'FAIL';
      notes.push(`contains ${name}: ${[...found, ...fromInputs.slice(0, 3)].join(', ')}`);
    } else notes.push(`no ${name}`);
  }
  if (status === 'FAIL') failed += 1;
  rows.push({ label, min: out.min, gzip: out.gzip, limit, status, note: notes.join('; '), source: budget.source, modules: out.inputs.length });
}

const table = [['entry', 'min', 'min+gzip', 'budget', 'status', 'note']].concat(
  rows.map((r) => [
    r.label,
    r.min === undefined ? '—' : `${kB(r.min)} kB`,
    r.gzip === undefined ? '—' : `${kB(r.gzip)} kB`,
    r.limit ? `${kB(r.limit)} kB` : '—',
    r.status,
    r.note ?? '',
  ]),
);
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const [index, row] of table.entries()) {
  console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
  if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

if (showAll) {
  console.log('\nEvery named export, alone (min+gzip, informational):');
  for (const pkg of ['model', 'rating', 'calendar', 'sheets']) {
    if (!existsSync(dist(pkg))) continue;
    for (const name of await exportsOf(pkg)) {
      const out = await bundle(`export { ${name} } from ${JSON.stringify(dist(pkg))};`);
      console.log(`  @coop/${pkg} ${name.padEnd(36)} ${kB(out.gzip).padStart(7)} kB`);
    }
  }
}

if (args.includes('--json')) {
  mkdirSync(join(root, '.ci-out'), { recursive: true });
  writeFileSync(join(root, '.ci-out', 'size.json'), `${JSON.stringify(rows, null, 2)}\n`);
}
const checked = rows.filter((r) => r.status !== 'INFO').length;
console.log(`\n${checked - failed} passed, ${failed} failed (size budgets; 1 kB = 1000 B, min+gzip level 9)`);
process.exit(failed ? 1 : 0);
