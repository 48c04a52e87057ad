// Browser test of examples/portal in Debian's real Chromium (playwright-core), run by CI after
// `pnpm build`:
//  1. builds the portal with vite and serves dist/ on 127.0.0.1 with a tiny static server;
//  2. writes a CSV (Vietnamese headers and number formats) from the sample province, and computes the
//     expected figures in Node with the packages (grades per year, each plan target's status and value);
//  3. loads the page, uploads the CSV (setInputFiles), checks the figures shown equal the Node ones,
//     switches language, checks the texts, and saves .ci-out/portal.png;
//  4. renders the HTML report (`buildReportModel` + `renderReportHtml`, as `coop report` and the demo
//     do) in Vietnamese and English and opens it at 1280 px and 390 px wide: screenshots to
//     .ci-out/report-<lang>-<width>.png; no two text labels of a chart overlap (bounding boxes); every
//     card's status and figure equal the SDK's computation; the share card equals its target's value;
//     no sideways scrolling of the page at 390 px and the deadline timeline's text stays readable;
//     table headers sit over their columns;
//  5. prints `N passed, N failed` and writes .ci-out/vitest-browser.json for the CI summary.
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

// ── 4. the HTML report at 1280 px and 390 px ──────────────────────────────────────────────────────
const reportDir = mkdtempSync(join(tmpdir(), 'coop-report-'));

/** Pairs of text labels of one chart whose boxes overlap (more than half a pixel each way). */
const overlappingLabels = () =>
  [...document.querySelectorAll('svg')].flatMap((svg, chart) => {
    const boxes = [...svg.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    const out = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) out.push(`chart ${chart}: "${boxes[i].text}" × "${boxes[j].text}"`);
      }
    }
    return out;
  });

/** Tables whose header cells do not start where their first row's cells start. */
const misalignedHeaders = () =>
  [...document.querySelectorAll('table')].flatMap((table, n) => {
    const ths = [...table.querySelectorAll('thead th')];
    const tds = [...(table.querySelector('tbody tr')?.children ?? [])];
    if (ths.length === 0 || tds.length === 0) return [];
    if (ths.length !== tds.length) return [`table ${n}: ${ths.length} headers for ${tds.length} columns`];
    return ths.flatMap((th, i) => (Math.abs(th.getBoundingClientRect().left - tds[i].getBoundingClientRect().left) > 1 ? [`table ${n} column ${i}`] : []));
  });

const reportChecks = async (browser) => {
  const plan = model.getPlan('thai-nguyen-42-2024');
  const evaluation = rating.evaluatePlan(plan, { records: province.records, areas: province.areas }, { asOf: AS_OF, context: province.context, tolerance: 5 });
  const grades = cli.gradeRecords(province.records);
  const range = { from: AS_OF, to: '2026-11-19' };
  const cycles = cli.resolveCycles(plan.cycles.filter((c) => cli.CYCLE_IDS.includes(c)));
  for (const lang of ['vi', 'en']) {
    const deadlines = cycles.ok ? cli.deadlineRows(cycles.cycles, range.from, range.to, lang) : [];
    const html = cli.renderReportHtml(
      cli.buildReportModel({
        lang, plan, asOf: AS_OF, targets: evaluation.entries, grades, deadlines, deadlineRange: range,
        dataLabel: 'sample', generatedBy: 'scripts/browser-test.mjs', warnings: evaluation.warnings,
      }),
    );
    const file = join(reportDir, `report-${lang}.html`);
    writeFileSync(file, html);
    const want = evaluation.entries.map((e) => ({ id: e.targetId, status: e.ok ? e.result.status : 'not-evaluated', now: e.ok ? cli.valueText(e.result, lang) : '—' }));
    const share = evaluation.entries.find((e) => e.ok && e.result.unit === 'percent' && e.result.indicator?.gradesFrom !== undefined && e.result.display !== undefined);
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(file).href);
      const shot = join(outDir, `report-${lang}-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      check(`report ${lang} @${width}px: screenshot saved to .ci-out/`, existsSync(shot));
      const overlaps = await page.evaluate(overlappingLabels);
      check(`report ${lang} @${width}px: no two text labels of a chart overlap`, overlaps.length === 0, overlaps.slice(0, 6).join(' | '));
      const cards = await page.$$eval('[data-target]', (els) => els.map((e) => ({ id: e.dataset.target, status: e.dataset.status, now: e.querySelector('.now')?.textContent ?? '' })));
      check(`report ${lang} @${width}px: every card's status and figure equal the SDK's`, JSON.stringify(cards) === JSON.stringify(want), `page ${JSON.stringify(cards)}\n     sdk  ${JSON.stringify(want)}`);
      if (share?.ok) {
        const kpis = await page.$$eval('.kpi', (els) => els.map((e) => ({ v: e.querySelector('.v')?.textContent ?? '', n: e.querySelector('.n')?.textContent ?? '' })));
        const card = kpis.find((k) => k.n.includes(share.result.label[lang]));
        const figure = `${model.formatNumber(share.result.display, lang, { maxDecimals: 1 })} %`;
        check(`report ${lang} @${width}px: the share card is its target's value (${figure}) and names the population`, card?.v === figure && /HTX|cooperatives|hợp tác xã/.test(card?.n ?? ''), JSON.stringify(card));
      }
      const readings = cli.targetReadings(evaluation.entries);
      const kpiValues = await page.$$eval('.kpi .v', (els) => els.map((e) => e.textContent));
      check(`report ${lang} @${width}px: off track (${readings.off}) and insufficient data (${readings.noAnswer}) counted apart`, kpiValues[1] === String(readings.off) && kpiValues[2] === String(readings.noAnswer), JSON.stringify(kpiValues));
      if (width === 390) {
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        check(`report ${lang} @390px: the page does not scroll sideways`, sideways <= 1, `${sideways}px too wide`);
        const smallest = await page.$$eval('#deadlines svg text', (els) => Math.min(...els.map((e) => e.getBoundingClientRect().height)));
        check(`report ${lang} @390px: deadline timeline text stays readable (≥ 10 px boxes; the timeline scrolls sideways in its box)`, smallest >= 10, `${smallest.toFixed(1)} px`);
        const tiniest = await page.$$eval('section svg text', (els) => els.map((e) => ({ t: e.textContent, h: e.getBoundingClientRect().height })).filter((b) => b.h > 0).sort((a, b) => a.h - b.h)[0]);
        check(`report ${lang} @390px: every chart label stays legible (≥ 8 px boxes)`, (tiniest?.h ?? 0) >= 8, JSON.stringify(tiniest));
      } else {
        const misaligned = await page.evaluate(misalignedHeaders);
        check(`report ${lang} @1280px: table headers sit over their columns`, misaligned.length === 0, misaligned.join(' | '));
      }
      await page.close();
    }
  }
};

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
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
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
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(outDir, 'portal-390.png'), fullPage: true });
  check('screenshot at 390 px saved to .ci-out/portal-390.png', existsSync(join(outDir, 'portal-390.png')));
  check('no errors in the browser console', errors.length === 0, errors.join(' | '));
  await page.close();

  await reportChecks(browser);
} catch (error) {
  check('browser session', false, String(error?.stack ?? error));
} finally {
  await browser.close();
  server.close();
}
finish();
