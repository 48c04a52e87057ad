// Packed-package test (issues 7, 21): what users install is what was tested.
//
// 0. Stage a release as changesets makes it: copy the workspace manifests, `.changeset/` and every
//    package (with its built dist/ and workspace links) into a scratch directory and run
//    `changeset version` there, so that each package gets the CHANGELOG.md (and version) a release
//    gives it, without consuming the pending changesets of the repository.
// 1. `pnpm pack` every package of packages/* that is not `private` (the private `@coop/sample` is never
//    packed) from the staged copy into a temp directory; `pnpm pack` rewrites `workspace:^` to real
//    versions exactly as `pnpm publish` does. Each tarball must hold dist/, LICENSE, CHANGELOG.md (with
//    the package's heading) and README.md, and nothing else.
// 2. `npm install` the tarballs into a scratch project OUTSIDE the workspace (mkdtemp in os.tmpdir()),
//    with `overrides` pinning every @coop/* to its tarball, so nothing named @coop/* comes from the
//    registry; zod comes from the registry as for a user.
// 3. Imports them with ESM (`node --input-type=module -e`) and CommonJS (`require`) under Node, and
//    through a bundler (esbuild bundles an entry importing all three, then runs it), checking real
//    results (a grade, a lunar date, a parsed record, a typed error across packages).
// Prints `N passed, N failed` and writes `.ci-out/vitest-pack.json` ({ numPassedTests, numFailedTests })
// so that CI counts these checks. Run after `pnpm build`. `--keep` keeps the scratch directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const keep = process.argv.includes('--keep');
let passed = 0;
let failed = 0;
const results = [];
const record = (name, ok, detail = '') => {
  if (ok) passed += 1;
  else failed += 1;
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `\n     ${detail.split('\n').join('\n     ')}` : ''}`);
};
const writeReport = () => {
  mkdirSync(join(root, '.ci-out'), { recursive: true });
  writeFileSync(
    join(root, '.ci-out', 'vitest-pack.json'),
    `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, checks: results }, null, 2)}\n`,
  );
};

// ── 1. pack ──────────────────────────────────────────────────────────────────────────────────────────
const scratch = mkdtempSync(join(tmpdir(), 'coop-pack-'));
const tarballDir = join(scratch, 'tarballs');
mkdirSync(tarballDir);
const project = join(scratch, 'project');
mkdirSync(project);

const manifestOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const workspacePackages = readdirSync(join(root, 'packages')).filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')));
const published = workspacePackages.filter((dir) => !manifestOf(join(root, 'packages', dir)).private);
const privatePackages = workspacePackages.filter((dir) => !published.includes(dir));
record(
  `only public packages are packed (${published.map((p) => `@coop/${p}`).join(', ')}; private, not packed: ${privatePackages.join(', ') || 'none'})`,
  published.length > 0 && !published.includes('sample'),
);

// ── 0. stage the release: `changeset version` on a copy ─────────────────────────────────────────────
const stage = join(scratch, 'stage');
mkdirSync(join(stage, 'packages'), { recursive: true });
for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(stage, file));
cpSync(join(root, '.changeset'), join(stage, '.changeset'), { recursive: true });
for (const dir of workspacePackages) {
  // verbatimSymlinks keeps the relative workspace links (node_modules/@coop/model → ../../../model).
  cpSync(join(root, 'packages', dir), join(stage, 'packages', dir), { recursive: true, verbatimSymlinks: true });
}
// The deployable apps (apps/*) are workspace packages too: changesets name them, so the copy needs
// their manifests (they are private and never packed).
for (const dir of existsSync(join(root, 'apps')) ? readdirSync(join(root, 'apps')) : []) {
  if (!existsSync(join(root, 'apps', dir, 'package.json'))) continue;
  mkdirSync(join(stage, 'apps', dir), { recursive: true });
  cpSync(join(root, 'apps', dir, 'package.json'), join(stage, 'apps', dir, 'package.json'));
}
symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');
const version = spawnSync(join(root, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: stage, encoding: 'utf8' });
record('changeset version on a staged copy (the CHANGELOG a release ships)', version.status === 0, `${version.stdout}${version.stderr}`.trim().slice(0, 1500));

const tarballs = {};
for (const pkg of published) {
  const dir = join(stage, 'packages', pkg);
  if (!existsSync(join(dir, 'dist', 'index.js'))) {
    record(`@coop/${pkg}: built before packing`, false, `missing packages/${pkg}/dist/index.js — run pnpm build first`);
    continue;
  }
  try {
    const before = new Set(readdirSync(tarballDir));
    execFileSync('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
    const file = readdirSync(tarballDir).find((f) => !before.has(f) && f.endsWith('.tgz'));
    tarballs[pkg] = join(tarballDir, file);
    // The tarball ships dist only, and no workspace: protocol survives packing.
    const listing = execFileSync('tar', ['-tzf', tarballs[pkg]], { encoding: 'utf8' }).trim().split('\n');
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarballs[pkg], 'package/package.json'], { encoding: 'utf8' }));
    const stray = listing.filter((f) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f));
    const workspaceRefs = JSON.stringify([manifest.dependencies, manifest.peerDependencies]).includes('workspace:');
    record(
      `@coop/${pkg}: pnpm pack (${listing.length} files, only dist + manifest + docs, no workspace: ranges)`,
      stray.length === 0 && !workspaceRefs && listing.includes('package/dist/index.js') && listing.includes('package/dist/index.cjs'),
      [stray.length ? `unexpected files: ${stray.slice(0, 5).join(', ')}` : '', workspaceRefs ? 'workspace: range left in dependencies' : '']
        .filter(Boolean)
        .join('; '),
    );
    const inside = (file) => (listing.includes(`package/${file}`) ? execFileSync('tar', ['-xzOf', tarballs[pkg], `package/${file}`], { encoding: 'utf8' }) : '');
    const license = inside('LICENSE');
    record(`@coop/${pkg}: the tarball carries LICENSE (${manifest.license})`, manifest.license === 'MIT' && /^MIT License/.test(license) && /WITHOUT WARRANTY/.test(license));
    const changelog = inside('CHANGELOG.md');
    record(
      `@coop/${pkg}: the tarball carries the CHANGELOG.md made by changesets (## ${manifest.version})`,
      changelog.startsWith(`# @coop/${pkg}\n`) && changelog.includes(`## ${manifest.version}`),
      changelog.includes(`## ${manifest.version}`) ? '' : changelog ? changelog.slice(0, 200) : 'no CHANGELOG.md in the tarball',
    );
    record(`@coop/${pkg}: the tarball carries README.md`, inside('README.md').startsWith('# '));
    const placeholderUrls = JSON.stringify([manifest.repository, manifest.homepage, manifest.bugs]).match(/example\.(invalid|com|org)|localhost/);
    record(`@coop/${pkg}: repository/homepage/bugs name a real place or are left out`, placeholderUrls === null, placeholderUrls ? placeholderUrls[0] : '');
  } catch (error) {
    record(`@coop/${pkg}: pnpm pack`, false, `${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

// ── 2. install outside the workspace ─────────────────────────────────────────────────────────────────
const deps = Object.fromEntries(Object.entries(tarballs).map(([pkg, file]) => [`@coop/${pkg}`, `file:${file}`]));
writeFileSync(
  join(project, 'package.json'),
  `${JSON.stringify({ name: 'coop-pack-test', private: true, version: '0.0.0', dependencies: deps, overrides: deps }, null, 2)}\n`,
);
let installed = false;
if (Object.keys(deps).length) {
  const install = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel', 'error'],
    { cwd: project, encoding: 'utf8', timeout: 300_000 },
  );
  installed = install.status === 0;
  record(`npm install of ${Object.keys(deps).length} tarballs into ${project}`, installed, installed ? '' : `${install.stdout}${install.stderr}`.slice(0, 2000));
}

// ── 3. import and use ────────────────────────────────────────────────────────────────────────────────
/**
 * Each check is a script body (ESM syntax with `import` lines; the CJS variant is derived by turning
 * `import { a, b } from 'x'` into `const { a, b } = require('x')`) that must print `expected` (JSON) as
 * its last line. `needs` lists the packages it uses.
 */
const checks = [
  {
    name: 'sheets: a CSV with Vietnamese labels and units into records; a workbook written and read back',
    needs: ['sheets', 'model'],
    code: `import { createRecordReader, readDelimited, readXlsx, rejectedRowsToXlsx } from '@coop/sheets';
const csv = 'Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn,Doanh thu (triệu đồng)\\nA,2024,HTX,Trồng trọt,TN,"1,5"\\n';
const reader = createRecordReader();
reader.add(readDelimited(csv).table);
const { value } = reader.finish();
const back = readXlsx(rejectedRowsToXlsx([]));
console.log(JSON.stringify([value.records[0].revenue, value.records[0].sector, back.table.rows[0].length]));`,
    expected: [1500000, 'agriculture-crop', 3],
  },
  {
    name: 'model: parse a yearly record (zod schema) and reject a bad one with issues',
    needs: ['model'],
    code: `import { YearlyRecordSchema, CoopError, isCoopError } from '@coop/model';
const good = YearlyRecordSchema.safeParse({ organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'TN', revenue: 6200000000 });
const bad = YearlyRecordSchema.safeParse({ organisationId: '', year: 'x' });
console.log(JSON.stringify([good.success, good.success && good.data.revenue, bad.success, isCoopError(new CoopError('X', 'x'), 'X')]));`,
    expected: [true, 6200000000, false, true],
  },
  {
    name: 'model: exact rationals',
    needs: ['model'],
    code: `import { rational, compareRational, addRational } from '@coop/model';
const a = rational(6, 10), b = rational(3, 5);
console.log(JSON.stringify([compareRational(a, b), compareRational(addRational(a, b), rational(6, 5))]));`,
    expected: [0, 0],
  },
  {
    name: 'calendar: toLunar / fromLunar give the Vietnamese dates (Tết 2025, Hùng Kings 2025, leap month 2023)',
    needs: ['calendar'],
    code: `import { toLunar, fromLunar } from '@coop/calendar';
console.log(JSON.stringify([toLunar('2025-01-29'), fromLunar({ year: 2025, month: 3, day: 10 }), toLunar('2023-03-22'), toLunar('1985-01-21')]));`,
    expected: [
      { year: 2025, month: 1, day: 1, leap: false },
      '2025-04-07',
      { year: 2023, month: 2, day: 1, leap: true },
      { year: 1985, month: 1, day: 1, leap: false },
    ],
  },
  {
    name: 'calendar → model: a CoopError thrown by @coop/calendar is the CoopError of @coop/model (one class, no dual-package hazard)',
    needs: ['calendar', 'model'],
    code: `import { toLunar } from '@coop/calendar';
import { CoopError, isCoopError } from '@coop/model';
let out;
try { toLunar('1800-01-01'); out = 'no throw'; } catch (e) { out = [e instanceof CoopError, isCoopError(e), typeof e.code]; }
console.log(JSON.stringify(out));`,
    expected: [true, true, 'string'],
  },
  {
    name: 'rating: grade a Circular 01/2020 sheet (80 points → good, 79.5 → fair, 6 months → not rated)',
    needs: ['rating'],
    code: `import { grade, CIRCULAR_01_2020 } from '@coop/rating';
const pts = (total) => { const p = { '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2, '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '11': 2, '12': 2, '13': 2, '14': 2, '15': 2 }; let s = Object.values(p).reduce((a, b) => a + b, 0); p['10'] = total - s; return p; };
const rec = (total) => ({ organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'TN', monthsOperating: 12, monthsSuspended: 0, sheet: { rulebook: CIRCULAR_01_2020.id, points: pts(total) } });
const a = grade(rec(80), { rulebook: CIRCULAR_01_2020 }), b = grade(rec(79.5), { rulebook: CIRCULAR_01_2020 }), c = grade({ ...rec(90), monthsOperating: 6 }, { rulebook: CIRCULAR_01_2020 });
console.log(JSON.stringify([a.status, a.grade, a.totalHundredths, b.grade, b.totalHundredths, c.status]));`,
    expected: ['rated', 'good', 8000, 'fair', 7950, 'not-rated'],
  },
];

const toCjs = (code) =>
  code.replace(/^import\s+(\{[^}]*\})\s+from\s+('[^']+');?$/gm, (_, names, from) => `const ${names.replace(/\s+as\s+/g, ': ')} = require(${from});`);

const node = (args, input) =>
  spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', timeout: 60_000, input });
const lastLine = (s) => s.trim().split('\n').pop() ?? '';
const compare = (name, run, expected) => {
  const out = lastLine(run.stdout ?? '');
  let ok = false;
  try {
    ok = run.status === 0 && JSON.stringify(JSON.parse(out)) === JSON.stringify(expected);
  } catch {
    ok = false;
  }
  record(name, ok, ok ? '' : `expected ${JSON.stringify(expected)}\n got ${out || '(nothing)'} ${(run.stderr ?? '').split('\n').slice(0, 6).join('\n')}`);
};

if (installed) {
  for (const check of checks) {
    const missing = check.needs.filter((p) => !tarballs[p]);
    if (missing.length) {
      record(`${check.name}`, false, `not packed: ${missing.join(', ')}`);
      continue;
    }
    compare(`ESM  ${check.name}`, node(['--input-type=module', '-e', check.code]), check.expected);
    compare(`CJS  ${check.name}`, node(['--input-type=commonjs', '-e', toCjs(check.code)]), check.expected);
  }

  // Bundler: one entry importing all three packages, bundled by esbuild from the installed node_modules.
  const usable = checks.filter((c) => c.needs.every((p) => tarballs[p]));
  // Each check becomes a module that pushes its output; ESM evaluates imports in order.
  writeFileSync(join(project, 'bundle-init.mjs'), 'globalThis.__packResults = [];\n');
  usable.forEach((c, i) => writeFileSync(join(project, `bundle-check-${i}.mjs`), c.code.replace(/console\.log\(/g, 'globalThis.__packResults.push(')));
  const entrySource = [
    "import './bundle-init.mjs';",
    ...usable.map((_, i) => `import './bundle-check-${i}.mjs';`),
    'console.log(JSON.stringify(globalThis.__packResults.map((r) => JSON.parse(r))));',
  ].join('\n');
  writeFileSync(join(project, 'bundle-entry.mjs'), entrySource);
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(project, 'bundle-entry.mjs')],
      outfile: join(project, 'bundle.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      absWorkingDir: project,
      logLevel: 'error',
      mainFields: ['module', 'main'],
      conditions: ['import'],
    });
    compare(
      `bundle (esbuild, ${usable.length} checks over ${Object.keys(tarballs).map((p) => `@coop/${p}`).join(', ')})`,
      node([join(project, 'bundle.mjs')]),
      usable.map((c) => c.expected),
    );
  } catch (error) {
    record('bundle (esbuild) builds', false, String(error.message ?? error).slice(0, 1500));
  }

  // Types: the packed .d.ts / .d.cts resolve for a node16 ESM and CJS consumer (tsc from the workspace).
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const names = { model: 'YearlyRecord', rating: 'grade', calendar: 'toLunar' };
  const typeImports = Object.keys(tarballs)
    .filter((p) => names[p])
    .map((p) => (p === 'model' ? `import type { YearlyRecord } from '@coop/model';\nexport type R = YearlyRecord;` : `import { ${names[p]} } from '@coop/${p}';\nexport const f_${p} = ${names[p]};`))
    .join('\n');
  writeFileSync(join(project, 'types-esm.mts'), typeImports);
  writeFileSync(join(project, 'types-cjs.cts'), typeImports);
  for (const file of ['types-esm.mts', 'types-cjs.cts']) {
    const run = node([tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--target', 'es2022', '--skipLibCheck', 'false', join(project, file)]);
    record(`types resolve for a node16 ${file.includes('esm') ? 'ESM' : 'CJS'} consumer (tsc --strict)`, run.status === 0, `${run.stdout}${run.stderr}`.trim().slice(0, 1500));
  }
}

writeReport();
if (!keep) rmSync(scratch, { recursive: true, force: true });
else console.log(`kept ${scratch}`);
console.log(`\n${passed} passed, ${failed} failed (packed packages)`);
process.exit(failed ? 1 : 0);
