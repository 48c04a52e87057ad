/**
 * `pnpm demo` / `coop demo`: the main job on the embedded sample province, told as a console story.
 *
 * 1. generate the sample province (`@coop/sample`, fixed seed: the same data on every machine);
 * 2. grade every cooperative-year and show the grade distribution by year;
 * 3. evaluate the Thái Nguyên plan (42/KH-UBND, 2024) and the national MARD plan (2803/QĐ-BNN-KTHT) on it;
 * 4. evaluate the national targets on the published figures kept in the repository as cited data
 *    (`data/observed.json`: every figure with its source page; embedded in the `coop` executable), with
 *    their sources and caveats — the denominator of each share said where the source leaves it unclear;
 * 5. list the next reporting deadlines from today;
 * 6. write the HTML report and print its path.
 *
 * This is the one place that reads the clock: `runDemo({ now })` takes it as a parameter, and only the
 * command-line entry at the bottom passes `new Date()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CYCLES, civilDateInVietnam, upcoming, type ReportingCycle } from '@coop/calendar';
import { getPlan, type Lang, type Plan, type PlanId, type YearlyRecord } from '@coop/model';
import { evaluateTarget, type PlanTargetEntry } from '@coop/rating';
import { generateSampleProvince } from '@coop/sample';
import { deadlineRows, deadlineTable } from './deadline-list.js';
import { gradeRecords, gradeSummaryTable } from './grading.js';
import { evaluate } from './node/main.js';
import { PASSING_STATUSES, checkTable, countStatuses, entryExplanation, entryStatus, gapText, statusLabel, valueText } from './plan-check.js';
import OBSERVED_DATA from '../../../data/observed.json';
import { buildReportModel, collectWarnings, gradeWarnings, targetReadings } from './report-model.js';
import { renderReportHtml, type ReportObservation } from './report-html.js';
import { heading, tableDate } from './table.js';

/**
 * The sample the demo uses (documented in the CLI README): reproducible from these parameters. The
 * synthetic province carries Thái Nguyên's area code (`19`) so that the Thái Nguyên plan's jurisdiction
 * applies to it; its districts, co-ops and figures are invented.
 */
export const DEMO_SAMPLE = { seed: 20240314, districts: 9, years: { from: 2021, to: 2025 }, provinceCode: '19' } as const;

/** The plans the demo evaluates. */
export const DEMO_PLANS = ['thai-nguyen-42-2024', 'mard-2803-2023'] as const;

/**
 * Which published series (`data/observed.json` ids) measure which plan target, and which of the file's
 * caveats concern it (`caveatsAbout`: how a caveat about this series begins).
 */
export const OBSERVED_TARGETS: ReadonlyArray<{ readonly series: string; readonly plan: PlanId; readonly target: string; readonly caveatsAbout: readonly string[] }> = [
  { series: 'national-ag-good-or-fair-share', plan: 'mard-2803-2023', target: 'good-or-fair-share', caveatsAbout: ['Agricultural good/fair share'] },
  { series: 'national-ag-high-tech-count', plan: 'mard-2803-2023', target: 'high-tech-count', caveatsAbout: ['High-tech counts'] },
  { series: 'national-ag-value-chain-share', plan: 'mard-2803-2023', target: 'value-chain-share', caveatsAbout: ['Value-chain figures'] },
];

/** The published figures kept in the repository (`data/observed.json`), as the demo reads them by default. */
export const DEFAULT_OBSERVED_PATH = fileURLToPath(new URL('../../../data/observed.json', import.meta.url));

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** The current moment (the demo's only clock). */
  readonly now: Date;
  /** Output directory of the report (default `out`). */
  readonly out?: string;
  /** Where to print (default `console.log`-like stdout writer). */
  readonly log?: (text: string) => void;
  /** Path of another observed.json to read; default: the repository's `data/observed.json` (embedded); `null` = skip. */
  readonly observedPath?: string | null;
  /** Language of the story and the report (default `vi`, Vietnamese; `en` for English), as `coop --lang`. */
  readonly lang?: Lang;
}

/** What the demo produced (for tests). */
export interface DemoResult {
  readonly exitCode: number;
  readonly reportPath: string;
  readonly records: number;
  readonly plans: ReadonlyArray<{ readonly id: string; readonly targets: readonly PlanTargetEntry[] }>;
  readonly observed: 'evaluated' | 'absent' | 'unreadable';
}

/** The shape of `data/observed.json`. */
export interface ObservedFile {
  readonly about?: string;
  readonly series: ReadonlyArray<{
    readonly id: string;
    readonly area?: string;
    /** `ag` agricultural co-ops only, `all` every sector. */
    readonly scope?: string;
    readonly unit?: string;
    /** For a share: `all-coops` of all co-ops, `classified` of the rated ones, `unknown` not stated. */
    readonly basis?: string;
    readonly points: ReadonlyArray<{ readonly year: number; readonly value: unknown; readonly note?: string; readonly source?: string }>;
  }>;
  readonly caveats?: readonly string[];
}

const readObserved = (path: string): ObservedFile | 'absent' | 'unreadable' => {
  if (!existsSync(path)) return 'absent';
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as ObservedFile;
    return Array.isArray(value.series) ? value : 'unreadable';
  } catch {
    return 'unreadable';
  }
};

/** How the demo names the figures it read: the repository's data file, or the path given. */
const observedName = (path: string | null | undefined): string => (path === undefined || path === null ? 'data/observed.json' : basename(path));

const hostOf = (url: string | undefined): string => {
  if (!url) return 'unknown source';
  const m = /^https?:\/\/([^/]+)/.exec(url);
  return m?.[1] ?? url;
};

/**
 * Evaluates plan targets on published series (observed.json).
 *
 * @param observed - the parsed file
 * @param asOf - evaluation date
 * @param lang - language of the texts
 * @returns one observation per mapped series that exists
 */
export const evaluateObserved = (observed: ObservedFile, asOf: string, lang: Lang): ReportObservation[] => {
  const vi = lang === 'vi';
  const out: ReportObservation[] = [];
  for (const map of OBSERVED_TARGETS) {
    const series = observed.series.find((s) => s.id === map.series);
    const plan = getPlan(map.plan);
    const target = plan.targets.find((t) => t.id === map.target);
    if (!series || !target) continue;
    const { points, conflicts } = yearlyFigures(series.points);
    if (points.length === 0) continue;
    const result = evaluateTarget(target, { kind: 'series', points }, { asOf });
    const notes = series.points.map((p) => `${p.year}: ${String(p.value)}${p.note ? ` (${p.note})` : ''}`).join('; ');
    const sources = [...new Set(series.points.map((p) => hostOf(p.source)))].join(', ');
    const conflictText = conflicts.length
      ? vi
        ? ` Các nguồn không khớp nhau cho năm ${conflicts.join(', ')}: không dùng năm đó.`
        : ` Sources disagree for ${conflicts.join(', ')}: that year is not used.`
      : '';
    const caveats = (observed.caveats ?? []).filter((c) => map.caveatsAbout.some((start) => c.startsWith(start)));
    const basis = basisCaveat(series.basis, target.comparator.kind === 'every-unit' ? undefined : series.unit, lang);
    out.push({
      title: `${target.label[lang]} — ${plan.document.number ?? plan.id}`,
      verdict: statusLabel(result.status, lang),
      status: result.status,
      detail: `${valueText(result, lang)}. ${result.explanation[lang]}${result.gap.kind === 'met' ? '' : ` (${gapText(result.gap, result, lang)})`}. ${vi ? 'Số liệu' : 'Figures'}: ${notes}.${conflictText}`,
      source: sources,
      ...(basis || caveats.length ? { caveats: [...(basis ? [basis] : []), ...caveats] } : {}),
    });
  }
  return out;
};

/**
 * One figure per year: a year reported twice with the same value counts once; a year whose sources
 * disagree is left out (and named), never settled by picking one.
 */
const yearlyFigures = (
  points: ObservedFile['series'][number]['points'],
): { readonly points: Array<{ year: number; value: number }>; readonly conflicts: number[] } => {
  const byYear = new Map<number, number[]>();
  for (const p of points) if (typeof p.value === 'number') byYear.set(p.year, [...(byYear.get(p.year) ?? []), p.value]);
  const kept: Array<{ year: number; value: number }> = [];
  const conflicts: number[] = [];
  for (const [year, values] of [...byYear.entries()].sort((x, y) => x[0] - y[0])) {
    if (values.every((v) => v === values[0])) kept.push({ year, value: values[0] as number });
    else conflicts.push(year);
  }
  return { points: kept, conflicts };
};

/** What a share's denominator is, said wherever it is not "all co-ops" (the target's own base). */
const basisCaveat = (basis: string | undefined, unit: string | undefined, lang: Lang): string | undefined => {
  if (unit !== 'percent') return undefined;
  const vi = lang === 'vi';
  if (basis === 'unknown' || basis === undefined) {
    return vi
      ? 'Mẫu số không được nêu: không rõ là tỷ lệ trên mọi HTX hay chỉ trên các HTX đã xếp loại, nên không so sánh chắc chắn được với chỉ tiêu.'
      : 'The denominator is not stated: it may be a share of all co-ops or of the rated ones only, so the comparison with the target is uncertain.';
  }
  if (basis === 'classified') {
    return vi ? 'Tỷ lệ trên các HTX đã xếp loại (HTX chưa xếp loại không được tính), không phải trên mọi HTX.' : 'A share of the rated co-ops only (unrated co-ops left out), not of all co-ops.';
  }
  return undefined;
};

const nextDeadlineCycles = (plans: readonly Plan[]): ReportingCycle[] => {
  const all = CYCLES as Readonly<Record<string, ReportingCycle>>;
  const ids = new Set<string>(plans.flatMap((p) => p.cycles));
  for (const id of ['rating-01-2020', 'rating-09-2017', 'cooperative-day', 'data-update-09-2024']) ids.add(id);
  return [...ids].filter((id) => Object.hasOwn(all, id)).map((id) => all[id] as ReportingCycle);
};

/**
 * Runs the demo.
 *
 * @param options - the clock (required), output directory, logger, observed.json path, language
 * @returns the exit code, the report path and the results
 */
export const runDemo = async (options: DemoOptions): Promise<DemoResult> => {
  const log = options.log ?? ((text: string) => process.stdout.write(text));
  const lang: Lang = options.lang ?? 'vi';
  const vi = lang === 'vi';
  const asOf = civilDateInVietnam(options.now);
  const say = (text = ''): void => log(`${text}\n`);

  say(heading(vi ? 'coop — bản demo trên tỉnh mẫu' : 'coop — demo on the sample province'));
  const province = generateSampleProvince({ seed: DEMO_SAMPLE.seed, districts: DEMO_SAMPLE.districts, years: DEMO_SAMPLE.years, provinceCode: DEMO_SAMPLE.provinceCode });
  const records: readonly YearlyRecord[] = province.records;
  const orgs = new Set(records.map((r) => r.organisationId)).size;
  const districts = province.areas.filter((a) => a.level === 'district').length;
  say(
    vi
      ? `Dữ liệu mẫu tổng hợp (không phải số liệu thật): ${districts} huyện, ${orgs} HTX nông nghiệp, ${records.length} bản ghi năm ${DEMO_SAMPLE.years.from}–${DEMO_SAMPLE.years.to} (seed ${DEMO_SAMPLE.seed}).`
      : `Synthetic sample data (not real figures): ${districts} districts, ${orgs} agricultural co-ops, ${records.length} organisation-years ${DEMO_SAMPLE.years.from}–${DEMO_SAMPLE.years.to} (seed ${DEMO_SAMPLE.seed}).`,
  );
  say(vi ? `Ngày đánh giá: ${tableDate(asOf, lang)} (hôm nay, giờ Việt Nam)` : `Evaluated as of ${asOf} (today, Vietnam time)`);
  say();

  say(heading(vi ? '1. Xếp loại HTX' : '1. Grading the cooperatives', '─'));
  const grades = gradeRecords(records);
  say(gradeSummaryTable(grades, lang));
  const gradingWarnings = gradeWarnings(grades);
  for (const w of collectWarnings([], lang, gradingWarnings)) say(`⚠ ${w.text}${w.where ? ` — ${w.where}` : ''}`);
  say();

  const plans: Array<{ id: string; plan: Plan; targets: PlanTargetEntry[] }> = [];
  DEMO_PLANS.forEach((id, i) => {
    const plan = getPlan(id);
    say(heading(`${i + 2}. ${plan.title[lang].length > 90 ? `${plan.title[lang].slice(0, 88)}…` : plan.title[lang]}`, '─'));
    say(`${plan.issuer[lang]} · ${plan.document.number ?? ''} ${plan.document.date ? tableDate(plan.document.date, lang) : ''}`);
    const targets = evaluate(plan, records, { asOf, areas: province.areas, context: province.context, tolerance: 5 });
    say(checkTable(targets, lang));
    const counts = countStatuses(targets);
    say(vi ? `→ ${counts.passing}/${counts.total} chỉ tiêu đạt hoặc đúng tiến độ (dung sai "khoảng": ±5 điểm %)` : `→ ${counts.passing}/${counts.total} targets achieved or on track ("about" tolerance: ±5 points)`);
    const worst = targets.find((t) => !PASSING_STATUSES.includes(entryStatus(t)));
    // An evaluated target's explanation already names the target; an error message does not.
    if (worst) say(`  ${vi ? 'Ví dụ' : 'For example'} — ${worst.ok ? '' : `${worst.target.label[lang]}: `}${entryExplanation(worst, lang)}`);
    const readings = targetReadings(targets);
    say(
      vi
        ? `  Chậm tiến độ / không đạt: ${readings.off} · chưa đủ số liệu / chưa đánh giá được: ${readings.noAnswer}`
        : `  Off track or not met: ${readings.off} · insufficient data or not evaluated: ${readings.noAnswer}`,
    );
    for (const w of collectWarnings(targets, lang)) say(`  ⚠ ${w.text}${w.where ? ` — ${w.where}` : ''}`);
    say();
    plans.push({ id, plan, targets });
  });

  say(heading(vi ? `${DEMO_PLANS.length + 2}. Số liệu đã công bố` : `${DEMO_PLANS.length + 2}. Published figures`, '─'));
  const observedPath = options.observedPath === undefined ? DEFAULT_OBSERVED_PATH : options.observedPath;
  const observed = options.observedPath === undefined ? (OBSERVED_DATA as ObservedFile) : observedPath === null ? 'absent' : readObserved(observedPath);
  let observations: ReportObservation[] = [];
  let caveats: readonly string[] = [];
  if (observed === 'absent' || observed === 'unreadable') {
    say(
      observed === 'absent'
        ? vi
          ? `Không có tệp số liệu công bố (${observedPath ?? '—'}): bỏ qua bước này.`
          : `No published figures file (${observedPath ?? '—'}): skipping this step.`
        : vi
          ? `Không đọc được ${observedPath}: bỏ qua bước này.`
          : `Could not read ${observedPath}: skipping this step.`,
    );
  } else {
    observations = evaluateObserved(observed, asOf, lang);
    caveats = observed.caveats ?? [];
    say(
      vi
        ? `Đánh giá chỉ tiêu quốc gia trên số liệu báo chí/cơ quan nhà nước đã công bố (${observedName(options.observedPath)}, kèm nguồn từng số), KHÔNG phải dữ liệu mẫu:`
        : `National targets evaluated on figures published by news and government pages (${observedName(options.observedPath)}, each with its source), NOT on the sample:`,
    );
    for (const o of observations) {
      say(`  • ${o.title}: ${o.verdict}`);
      say(`    ${o.detail}`);
      for (const c of o.caveats ?? []) say(`    ⚠ ${c}`);
      say(`    ${vi ? 'Nguồn' : 'Source'}: ${o.source}`);
    }
    say(vi ? '  Lưu ý chung về số liệu (nguyên văn tiếng Anh của tệp dữ liệu):' : '  Caveats on the figures:');
    for (const c of caveats) say(`    – ${c}`);
  }
  say();

  say(heading(vi ? `${DEMO_PLANS.length + 3}. Hạn báo cáo sắp tới` : `${DEMO_PLANS.length + 3}. Next reporting deadlines`, '─'));
  const cycles = nextDeadlineCycles(plans.map((p) => p.plan));
  const next = upcoming(asOf, cycles, 10);
  const lastDate = next[next.length - 1]?.effectiveDate ?? asOf;
  const rows = deadlineRows(cycles, asOf, lastDate, lang).filter((r) => next.some((s) => s.uid === r.step.uid));
  say(deadlineTable(rows, lang));
  say();

  say(heading(vi ? `${DEMO_PLANS.length + 4}. Báo cáo HTML` : `${DEMO_PLANS.length + 4}. HTML report`, '─'));
  const outDir = resolve(options.out ?? 'out');
  await mkdir(outDir, { recursive: true });
  const main = plans[0] as { plan: Plan; targets: PlanTargetEntry[] };
  const yearAhead = new Date(Date.UTC(Number(asOf.slice(0, 4)) + 1, Number(asOf.slice(5, 7)) - 1, Number(asOf.slice(8, 10)) - 1)).toISOString().slice(0, 10);
  const reportCycles = cycles;
  const html = renderReportHtml(
    buildReportModel({
      lang,
      plan: main.plan,
      asOf,
      targets: main.targets,
      grades,
      deadlines: deadlineRows(reportCycles, asOf, yearAhead, lang),
      deadlineRange: { from: asOf, to: yearAhead },
      dataLabel: vi ? `Tỉnh mẫu tổng hợp (seed ${DEMO_SAMPLE.seed})` : `Synthetic sample province (seed ${DEMO_SAMPLE.seed})`,
      generatedBy: `pnpm demo · ${asOf} · @coop/cli`,
      ...(gradingWarnings.length ? { warnings: gradingWarnings } : {}),
      ...(observations.length
        ? {
            observations: {
              intro: vi
                ? 'Chỉ tiêu quốc gia (Quyết định 2803/QĐ-BNN-KTHT) đánh giá trên số liệu đã công bố, không phải trên dữ liệu mẫu.'
                : 'National targets (Decision 2803/QĐ-BNN-KTHT) evaluated on published figures, not on the sample data.',
              items: observations,
              caveats,
            },
          }
        : {}),
    }),
  );
  const reportPath = join(outDir, 'report.html');
  await writeFile(reportPath, html, 'utf8');
  say(`${vi ? 'Đã ghi' : 'Wrote'} ${relative(process.cwd(), reportPath) || reportPath}  (${vi ? 'mở bằng trình duyệt' : 'open it in a browser'})`);
  return {
    exitCode: 0,
    reportPath,
    records: records.length,
    plans: plans.map((p) => ({ id: p.id, targets: p.targets })),
    observed: observed === 'absent' || observed === 'unreadable' ? observed : 'evaluated',
  };
};

// `tsx packages/cli/src/demo.ts` (pnpm demo): the one place that reads the clock. Vietnamese unless `--lang en`.
if (/demo\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const langAt = args.indexOf('--lang');
  const given = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? (langAt >= 0 ? args[langAt + 1] : undefined);
  if (given !== undefined && given !== 'vi' && given !== 'en') {
    process.stderr.write(`--lang: cần "vi" hoặc "en", nhận được "${given}" / expected "vi" or "en", got "${given}"\n`);
    process.exitCode = 2;
  } else {
    runDemo({ now: new Date(), out: 'out', lang: given ?? 'vi' }).then(
      (result) => {
        process.exitCode = result.exitCode;
      },
      (error: unknown) => {
        process.stderr.write(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 3;
      },
    );
  }
}
