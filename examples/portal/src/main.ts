/**
 * A province portal page over the @coop packages: load the sample, or spreadsheets (.xlsx, .csv, .json;
 * picked or dropped on the page, several at once) read by @coop/sheets; see the grades, the plan's
 * target status with explanations and the deadline calendar, in Vietnamese or English.
 */
import { CYCLES, upcoming, type ReportingCycle } from '@coop/calendar';
import {
  GRADE_COLOURS,
  GRADE_KEYS,
  STATUS_COLOURS,
  entryExplanation,
  entryStatus,
  escapeHtml,
  formatRowIssue,
  gapText,
  goalText,
  gradeDistribution,
  gradeKeyLabel,
  gradeRecords,
  stackedBarChart,
  statusLabel,
  valueText,
  weekdayOf,
  deadlineRows,
  toLoadedRecords,
  type RowIssue,
} from '@coop/cli';
import { readRecordFiles, rejectedRowsToXlsx, type RejectedRow } from '@coop/sheets';
import {
  DISTRICT_155_2023,
  DISTRICT_155_2023_INDICATORS,
  MARD_2803_2023,
  MARD_2803_2023_INDICATORS,
  QUANG_NAM_106_2023,
  QUANG_NAM_106_2023_INDICATORS,
  THAI_NGUYEN_42_2024,
  THAI_NGUYEN_42_2024_INDICATORS,
  type Indicator,
  type Lang,
  type Plan,
  type YearlyRecord,
} from '@coop/model';
import { evaluatePlanWith } from '@coop/rating';
import { generateSampleProvince } from '@coop/sample';
import { TEXT } from './i18n.js';

/** The province this portal serves: its areas and external statistics (here: the synthetic sample). */
const PROVINCE = generateSampleProvince({ seed: 20240314, districts: 9, years: { from: 2021, to: 2025 }, provinceCode: '19' });
/**
 * The plans this portal follows, each imported on its own with the indicators its targets name: the
 * page bundles these plans only, not every built-in plan and the whole indicator catalog that
 * `getPlan` and `evaluatePlan` carry (see docs/decisions/0021-one-plan-bundles.md).
 */
const PORTAL_PLANS: ReadonlyArray<{ readonly plan: Plan; readonly indicators: readonly Indicator[] }> = [
  { plan: THAI_NGUYEN_42_2024, indicators: THAI_NGUYEN_42_2024_INDICATORS },
  { plan: MARD_2803_2023, indicators: MARD_2803_2023_INDICATORS },
  { plan: QUANG_NAM_106_2023, indicators: QUANG_NAM_106_2023_INDICATORS },
  { plan: DISTRICT_155_2023, indicators: DISTRICT_155_2023_INDICATORS },
];

/** The chosen plan and its indicators (looked up here: `getPlan` would bring every built-in plan along). */
const chosenPlan = (): { readonly plan: Plan; readonly indicators: readonly Indicator[] } => {
  const id = ($('plan') as HTMLSelectElement).value;
  return PORTAL_PLANS.find((entry) => entry.plan.id === id) ?? (PORTAL_PLANS[0] as (typeof PORTAL_PLANS)[number]);
};

interface State {
  lang: Lang;
  records: readonly YearlyRecord[];
  source: string;
  issues: readonly RowIssue[];
  rejected: number;
  rejectedRows: readonly RejectedRow[];
}
const state: State = { lang: 'vi', records: [], source: '', issues: [], rejected: 0, rejectedRows: [] };

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const t = () => TEXT[state.lang];

const renderGrades = (): void => {
  const rows = gradeRecords(state.records);
  const { years, counts } = gradeDistribution(rows);
  const keys = GRADE_KEYS.filter((k) => counts[k].some((c) => c > 0));
  const L = t();
  const table = `<table><thead><tr><th>${L.year}</th>${keys.map((k) => `<th class="num">${escapeHtml(gradeKeyLabel(k, state.lang))}</th>`).join('')}<th class="num">${L.total}</th><th class="num">${L.goodFair}</th></tr></thead><tbody>${years
    .map((year, i) => {
      const total = GRADE_KEYS.reduce((s, k) => s + (counts[k][i] ?? 0), 0);
      const gf = (counts.good[i] ?? 0) + (counts.fair[i] ?? 0);
      return `<tr data-year="${year}"><td>${year}</td>${keys.map((k) => `<td class="num" data-testid="g-${year}-${k}">${counts[k][i] ?? 0}</td>`).join('')}<td class="num" data-testid="g-${year}-total">${total}</td><td class="num">${total ? ((gf / total) * 100).toFixed(1) : '—'} %</td></tr>`;
    })
    .join('')}</tbody></table>`;
  const chart = stackedBarChart({
    title: L.grades,
    categories: years.map(String),
    series: keys.map((k) => ({ key: k, label: gradeKeyLabel(k, state.lang), colour: GRADE_COLOURS[k] ?? '#999', values: counts[k] })),
    height: 260,
  });
  $('grades').innerHTML = `${chart}${table}`;
};

const renderPlan = (): void => {
  const L = t();
  const lang = state.lang;
  const { plan, indicators } = chosenPlan();
  const asOf = ($('as-of') as HTMLInputElement).value;
  // The province's own area list comes with the data; the catalog holds the plan's indicators only.
  const evaluation = evaluatePlanWith({ indicators }, plan, { records: state.records, areas: PROVINCE.areas }, { asOf, context: PROVINCE.context, tolerance: 5 });
  $('plan-status').innerHTML = `<p class="expl">${escapeHtml(plan.issuer[lang])} · ${escapeHtml(plan.document.number ?? '')} · ${escapeHtml(evaluation.explanation[lang])}</p>
<table><thead><tr><th>${L.target}</th><th>${L.status}</th><th class="num">${L.now}</th><th>${L.goal}</th><th class="num">${L.by}</th><th>${L.gap}</th></tr></thead><tbody>${evaluation.entries
    .map((e) => {
      const status = entryStatus(e);
      const colour = STATUS_COLOURS[status] ?? '#616e7c';
      const value = e.ok && e.result.display !== undefined ? String(e.result.display) : '';
      return `<tr data-target="${escapeHtml(e.targetId)}" data-status="${status}" data-value="${value}">
<td><b>${escapeHtml(e.target.label[lang])}</b><div class="expl">${escapeHtml(entryExplanation(e, lang))}</div></td>
<td><span class="badge" style="background:${colour}">${escapeHtml(statusLabel(status, lang))}</span></td>
<td class="num">${escapeHtml(e.ok ? valueText(e.result, lang) : '—')}</td>
<td>${escapeHtml(e.ok ? goalText(e.result, lang) : '')}</td>
<td class="num">${e.target.deadline}</td>
<td>${escapeHtml(e.ok ? gapText(e.result.gap, e.result, lang) : '')}</td></tr>`;
    })
    .join('')}</tbody></table>`;
};

const renderCalendar = (): void => {
  const lang = state.lang;
  const asOf = ($('as-of') as HTMLInputElement).value;
  const { plan } = chosenPlan();
  const all = CYCLES as Readonly<Record<string, ReportingCycle>>;
  const ids = [...new Set([...plan.cycles, 'rating-01-2020', 'rating-09-2017', 'cooperative-day'])].filter((id) => Object.hasOwn(all, id));
  const cycles = ids.map((id) => all[id] as ReportingCycle);
  const to = `${String(Number(asOf.slice(0, 4)) + 1)}${asOf.slice(4)}`;
  const next = new Set(upcoming(asOf, cycles, 100).map((s) => s.uid));
  const rows = deadlineRows(cycles, asOf, to, lang).filter((r) => next.has(r.step.uid));
  let month = '';
  const html: string[] = [];
  for (const { step, rolledBecause } of rows) {
    const m = step.effectiveDate.slice(0, 7);
    if (m !== month) {
      month = m;
      html.push(`<div class="month">${lang === 'vi' ? `Tháng ${Number(m.slice(5))}/${m.slice(0, 4)}` : new Date(`${m}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })}</div>`);
    }
    html.push(
      `<div class="deadline" data-date="${step.effectiveDate}" data-cycle="${step.cycleId}"><b>${step.effectiveDate}</b> ${escapeHtml(weekdayOf(step.effectiveDate, lang))} — ${escapeHtml(step.label[lang])} <span class="expl">(${escapeHtml(step.cycleLabel[lang])}, ${step.period})</span>${rolledBecause ? ` <span class="rolled">${escapeHtml(t().rolled(step.nominalDate, rolledBecause))}</span>` : ''}</div>`,
    );
  }
  $('calendar').innerHTML = html.join('');
};

const render = (): void => {
  document.documentElement.lang = state.lang;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const v = (t() as Record<string, unknown>)[el.dataset.i18n ?? ''];
    if (typeof v === 'string') el.textContent = v;
  }
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-lang]'))) b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
  const select = $('plan') as HTMLSelectElement;
  const chosen = select.value || PORTAL_PLANS[0]?.plan.id || '';
  select.innerHTML = PORTAL_PLANS.map(({ plan }) => `<option value="${plan.id}">${escapeHtml(plan.title[state.lang].slice(0, 80))}</option>`).join('');
  select.value = chosen;
  $('status').textContent = state.records.length ? t().loaded(state.records.length, state.source, state.rejected) : t().empty;
  $('issues-section').hidden = state.issues.length === 0;
  $('issues').textContent = state.issues.slice(0, 50).map((i) => formatRowIssue(i, state.lang)).join('\n');
  const download = $('rejected-download') as HTMLAnchorElement;
  download.hidden = state.rejectedRows.length === 0;
  if (state.rejectedRows.length > 0) {
    if (download.href) URL.revokeObjectURL(download.href);
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    download.href = URL.createObjectURL(new Blob([rejectedRowsToXlsx(state.rejectedRows, { lang: state.lang }) as Uint8Array<ArrayBuffer>], { type }));
  }
  renderCalendar();
  if (state.records.length === 0) {
    $('grades').innerHTML = '';
    $('plan-status').innerHTML = '';
  } else {
    renderGrades();
    renderPlan();
  }
  document.body.dataset.ready = 'true';
};

/** Reads the chosen or dropped files (.xlsx, .csv, .tsv, .txt, .json) into one record set with @coop/sheets. */
const loadFiles = async (files: readonly File[]): Promise<void> => {
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const result = await readRecordFiles(read);
  const loaded = toLoadedRecords(result, read.length);
  state.records = loaded.records;
  state.issues = loaded.fatal ? [loaded.fatal, ...loaded.issues] : loaded.issues;
  state.rejected = loaded.rejected;
  state.rejectedRows = loaded.rejectedRows ?? [];
  state.source = files.map((f) => f.name).join(', ');
  render();
};

const startLoading = (files: readonly File[]): void => {
  if (files.length === 0) return;
  document.body.dataset.ready = 'false';
  void loadFiles(files);
};

$('load-sample').addEventListener('click', () => {
  state.records = PROVINCE.records;
  state.issues = [];
  state.rejected = 0;
  state.rejectedRows = [];
  state.source = t().sample;
  render();
});
$('csv-file').addEventListener('change', (event) => {
  startLoading(Array.from((event.target as HTMLInputElement).files ?? []));
});
// Drag and drop anywhere on the page: workbooks as officials save them.
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dropping');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dropping');
  startLoading(Array.from(event.dataTransfer?.files ?? []));
});
for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-lang]'))) {
  b.addEventListener('click', () => {
    state.lang = b.dataset.lang === 'en' ? 'en' : 'vi';
    render();
  });
}
$('plan').addEventListener('change', render);
$('as-of').addEventListener('change', render);
($('as-of') as HTMLInputElement).value = new Date().toISOString().slice(0, 10);
render();
