// Browser test of examples/portal in Debian's real Chromium (playwright-core), run by CI after
// `pnpm build`:
//  1. builds the portal with vite and serves dist/ on 127.0.0.1 with a tiny static server;
//  2. writes a CSV (Vietnamese headers and number formats) from the sample province, and computes the
//     expected figures in Node with the packages (grades per year, each plan target's status and value);
//  3. loads the page, uploads the CSV (setInputFiles), checks the figures shown equal the Node ones,
//     switches language, checks the texts, and saves .ci-out/portal.png;
//  4. prints `N passed, N failed` and writes .ci-out/vitest-browser.json for the CI summary.
// Exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const portalDir = join(root, 'examples/portal');
const outDir = join(root, '.ci-out');
mkdirSync(outDir, { recursive: true });
const AS_OF = '2025-11-20';

let passed = 0;
let failed = 0;
const failures = [];
const check = (name, ok, detail = '') => {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    failures.push(name);
    console.log(`FAIL ${name}${detail ? `\n     ${detail}` : ''}`);
  }
};
const finish = (code) => {
  console.log(`${passed} passed, ${failed} failed (browser checks)`); // suffixed: only .ci/run prints the bare total
  writeFileSync(join(outDir, 'vitest-browser.json'), JSON.stringify({ numPassedTests: passed, numFailedTests: failed, failures }, null, 2));
  process.exit(code ?? (failed > 0 || passed === 0 ? 1 : 0));
};

// Packages by name, resolved the way the portal (and the CLI package itself) resolve them.
const requireFromPortal = createRequire(join(portalDir, 'package.json'));
const requireFromCli = createRequire(join(root, 'packages/cli/package.json'));
const load = async (req, name) => import(pathToFileURL(req.resolve(name)).href);

const findChromium = () => {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (candidate && existsSync(candidate)) return candidate;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
};

// ── 1. build and serve ────────────────────────────────────────────────────────────────────────────
const { build } = await load(requireFromPortal, 'vite');
try {
  await build({ root: portalDir, configFile: join(portalDir, 'vite.config.ts'), logLevel: 'warn' });
  check('portal builds with vite', existsSync(join(portalDir, 'dist/index.html')));
} catch (error) {
  check('portal builds with vite', false, String(error?.stack ?? error));
  finish(1);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const dist = join(portalDir, 'dist');
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

// ── 2. the CSV and the expected figures, computed in Node ─────────────────────────────────────────
const sample = await load(requireFromPortal, '@coop/sample');
const rating = await load(requireFromPortal, '@coop/rating');
const model = await load(requireFromPortal, '@coop/model');
const cli = await load(requireFromCli, '@coop/cli');

const province = sample.generateSampleProvince({ seed: 20240314, districts: 9, years: { from: 2021, to: 2025 }, provinceCode: '19' });
const records = province.records.filter((_, i) => i % 3 === 0);

const flatten = (value, prefix = '', out = {}) => {
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (path === 'sheet.points') for (const [c, p] of Object.entries(v)) out[`sheet.points.${c}`] = p;
    else if (v !== null && typeof v === 'object') flatten(v, path, out);
    else out[path] = v;
  }
  return out;
};
const flat = records.map((r) => flatten(r));
const fields = [...new Set(flat.flatMap((r) => Object.keys(r)))];
const cell = (v) => {
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  // Vietnamese number format: dots group thousands, a comma is the decimal separator.
  const text = typeof v === 'number' ? model.formatNumber(v, 'vi', { maxDecimals: 4 }) : String(v);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = `\uFEFF${fields.map((f) => cli.headerOf(f, 'vi')).join(',')}\r\n${flat.map((r) => fields.map((f) => cell(r[f])).join(',')).join('\r\n')}\r\n`;
const csvPath = join(mkdtempSync(join(tmpdir(), 'coop-portal-')), 'htx-tinh-mau.csv');
writeFileSync(csvPath, csv);

// The Node side validates the same records with the model (a record the model rejects — e.g. months
// operating + suspended over 12 — must be rejected by the page too, with its line and column).
const valid = records.filter((r) => model.parseYearlyRecord(r).ok);
const rejected = records.length - valid.length;
const expectedGrades = cli.gradeDistribution(cli.gradeRecords(valid));
const expectedPlan = rating.evaluatePlan(model.getPlan('thai-nguyen-42-2024'), { records: valid, areas: province.areas }, { asOf: AS_OF, context: province.context, tolerance: 5 });

// ── 3. the browser ────────────────────────────────────────────────────────────────────────────────
const executablePath = findChromium();
if (!executablePath) {
  check('Debian chromium is installed', false, 'apt-get install -y chromium');
  server.close();
  finish(1);
}
const playwright = await load(createRequire(join(root, 'package.json')), 'playwright-core');
const chromium = playwright.chromium ?? playwright.default?.chromium;
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  check('the page loads in Vietnamese', (await page.getAttribute('html', 'lang')) === 'vi' && (await page.textContent('h1'))?.includes('Kinh tế tập thể'));

  await page.fill('#as-of', AS_OF);
  await page.dispatchEvent('#as-of', 'change');
  await page.evaluate(() => (document.body.dataset.ready = 'false'));
  await page.setInputFiles('#csv-file', csvPath);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  const status = (await page.textContent('#status')) ?? '';
  check(
    'the uploaded CSV is read: the rows the model accepts are loaded, the others reported',
    status.includes(`${valid.length} bản ghi`) && (rejected === 0 ? !status.includes('bị loại') : status.includes(`${rejected} dòng bị loại`)),
    `${status} (node: ${valid.length} valid, ${rejected} rejected)`,
  );
  if (rejected > 0) {
    const issues = (await page.textContent('#issues')) ?? '';
    check('rejected rows are listed with line and column', /dòng \d+, cột \d+/.test(issues), issues.slice(0, 200));
  }

  // grades per year and category
  let gradeMismatch = '';
  for (const [i, year] of expectedGrades.years.entries()) {
    for (const key of cli.GRADE_KEYS) {
      const want = expectedGrades.counts[key][i] ?? 0;
      const cellText = await page.textContent(`[data-testid="g-${year}-${key}"]`).catch(() => null);
      const got = cellText === null ? 0 : Number(cellText);
      if (got !== want) gradeMismatch += `${year}/${key}: page ${got}, node ${want}; `;
    }
  }
  check('grade counts per year equal the Node computation', gradeMismatch === '' && expectedGrades.years.length > 0, gradeMismatch);

  // plan targets
  const shown = await page.$$eval('[data-target]', (rows) => rows.map((r) => ({ id: r.dataset.target, status: r.dataset.status, value: r.dataset.value })));
  const want = expectedPlan.entries.map((e) => ({ id: e.targetId, status: e.ok ? e.result.status : 'not-evaluated', value: e.ok && e.result.display !== undefined ? String(e.result.display) : '' }));
  check('plan target statuses and values equal evaluatePlan in Node', JSON.stringify(shown) === JSON.stringify(want), `page ${JSON.stringify(shown)}\n     node ${JSON.stringify(want)}`);
  check('every target shows an explanation', (await page.$$eval('[data-target] .expl', (els) => els.filter((e) => (e.textContent ?? '').length > 10).length)) === want.length);

  const deadlines = await page.$$eval('[data-date]', (els) => els.map((e) => e.getAttribute('data-date')));
  check('the calendar lists deadlines from the as-of date, in order', deadlines.length > 0 && deadlines.every((d, i) => d >= AS_OF && (i === 0 || d >= deadlines[i - 1])), JSON.stringify(deadlines));
  check('the grade chart is drawn', (await page.$$('#grades svg rect')).length > 0);

  await page.click('#lang-en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const h1 = (await page.textContent('h1')) ?? '';
  const planText = (await page.textContent('#plan-status')) ?? '';
  check('switching to English translates the page and the explanations', h1.includes('Collective economy') && /achieved|on track|needs acceleration|limited progress|not evaluated/.test(planText), h1);
  const after = await page.$$eval('[data-target]', (rows) => rows.map((r) => r.dataset.status));
  check('the figures do not change with the language', JSON.stringify(after) === JSON.stringify(want.map((w) => w.status)));

  await page.screenshot({ path: join(outDir, 'portal.png'), fullPage: true });
  check('screenshot saved to .ci-out/portal.png', existsSync(join(outDir, 'portal.png')));
  check('no errors in the browser console', errors.length === 0, errors.join(' | '));
} catch (error) {
  check('browser session', false, String(error?.stack ?? error));
} finally {
  await browser.close();
  server.close();
}
finish();
