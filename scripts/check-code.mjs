// Code hygiene checks (issue 7):
//  1. no `eval` / `new Function` / `Function(...)` / string timers in packages/*/src (they run in browsers
//     under CSP, and rules are data, never code);
//  2. no install scripts (preinstall / install / postinstall / prepare) in any workspace package.json;
//  3. `pnpm audit --prod --audit-level high` is clean. When the registry's audit endpoint cannot be
//     reached (this sandbox's registry answers 405), the check is reported as NOT CHECKED, loudly, and
//     does not pass silently: exit code 0 only with `--allow-audit-unavailable`, else 2.
// Prints `N passed, N failed` and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const allowAuditUnavailable = process.argv.includes('--allow-audit-unavailable');
let passed = 0;
let failed = 0;
const ok = (label) => {
  passed += 1;
  console.log(`ok   ${label}`);
};
const fail = (label, detail = '') => {
  failed += 1;
  console.log(`FAIL ${label}${detail ? `\n${detail}` : ''}`);
};

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Blanks out comments, string and template literal contents, keeping line numbers. */
export const stripCommentsAndStrings = (source) => {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      i += 2;
      while (i < n && !(source[i] === '*' && source[i + 1] === '/')) out += source[i++] === '\n' ? '\n' : '';
      i += 2;
    } else if (c === '"' || c === "'" || c === '`') {
      out += c;
      i++;
      while (i < n && source[i] !== c) {
        if (source[i] === '\\') i++;
        else if (source[i] === '\n') out += '\n';
        i++;
      }
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
};

// 1. Dynamic code in sources.
const forbidden = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\b/, 'new Function'],
  [/(^|[^.\w$])Function\s*\(/, 'Function('],
  [/\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'string timer'],
  [/\bimport\s*\(\s*[^'"`\s)]/, 'dynamic import of a computed specifier'],
];
const packagesDir = join(root, 'packages');
const sources = readdirSync(packagesDir)
  .filter((p) => existsSync(join(packagesDir, p, 'src')))
  .flatMap((p) => walk(join(packagesDir, p, 'src')))
  .filter((f) => /\.(m|c)?[jt]sx?$/.test(f));
const hits = [];
for (const file of sources) {
  const lines = stripCommentsAndStrings(readFileSync(file, 'utf8')).split('\n');
  lines.forEach((line, index) => {
    for (const [pattern, what] of forbidden) {
      if (pattern.test(line)) hits.push(`  ${relative(root, file)}:${index + 1}: ${what}: ${line.trim().slice(0, 120)}`);
    }
  });
}
if (hits.length) fail(`no eval / new Function in packages/*/src (${sources.length} files)`, hits.join('\n'));
else ok(`no eval / new Function in packages/*/src (${sources.length} files scanned)`);

// 2. Install scripts.
const manifests = [join(root, 'package.json')];
for (const group of ['packages', 'examples']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const manifest = join(dir, name, 'package.json');
    if (existsSync(manifest)) manifests.push(manifest);
  }
}
const installHooks = ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare'];
for (const manifest of manifests) {
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  const found = installHooks.filter((hook) => pkg.scripts?.[hook] !== undefined);
  const label = `${pkg.name ?? relative(root, manifest)}: no install scripts`;
  if (found.length) fail(label, found.map((h) => `  ${h}: ${pkg.scripts[h]}`).join('\n'));
  else ok(label);
}

// 3. Audit of production dependencies.
const audit = spawnSync('pnpm', ['audit', '--prod', '--audit-level', 'high', '--json'], {
  cwd: root,
  encoding: 'utf8',
  timeout: 120_000,
});
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
let auditUnavailable = false;
if (report?.error || audit.error || report === undefined) {
  auditUnavailable = true;
  const why = report?.error?.message ?? audit.error?.message ?? `${audit.stdout}${audit.stderr}`.slice(0, 400);
  console.log(`NOT CHECKED pnpm audit --prod: the audit endpoint is unavailable here.\n  ${why}`);
} else {
  const counts = report.metadata?.vulnerabilities ?? {};
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  const label = `pnpm audit --prod: no high/critical advisories (${JSON.stringify(counts)})`;
  if (serious) fail(label, Object.values(report.advisories ?? {}).map((a) => `  ${a.module_name}: ${a.title} (${a.severity})`).join('\n'));
  else ok(label);
}

console.log(`${passed} passed, ${failed} failed (code checks${auditUnavailable ? '; audit NOT CHECKED: endpoint unavailable' : ''})`);
process.exit(failed ? 1 : auditUnavailable && !allowAuditUnavailable ? 2 : 0);
