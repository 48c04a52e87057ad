/**
 * Builds the {@link ReportModel} of the HTML report from the packages' results: the plan evaluation,
 * the graded records and the deadline rows.
 */
import { assertList, INDICATORS, ORGANISATION_KIND_LABELS, SECTOR_LABELS, formatNumber as formatModelNumber, type Indicator, type Lang, type Plan } from '@coop/model';
import { formatIndicatorValue as formatValue, type EvaluationWarning, type PlanTargetEntry, type TargetResult } from '@coop/rating';
import type { Goal } from './charts.js';
import type { DeadlineRow } from './deadline-list.js';
import { GRADE_KEYS, gradeDistribution, gradeKeyLabel, type GradeRow } from './grading.js';
import { NOT_EVALUATED, countStatuses, gapText, goalText, statusLabel, valueText } from './plan-check.js';
import type { RowIssue } from './records.js';
import { formatRowIssue } from './records.js';
import { tableDate } from './table.js';
import type { ReportModel, ReportObservation, ReportTarget } from './report-html.js';

/** A number with the language's separators and at most `decimals` decimals. */
const formatNumber = (value: number, lang: Lang, decimals: number): string => formatModelNumber(value, lang, { maxDecimals: decimals });

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const LABELS: Readonly<Record<Lang, Required<ReportModel['labels']>>> = {
  vi: {
    grades: 'Phân loại HTX theo năm',
    targets: 'Chỉ tiêu của kế hoạch',
    deadlines: 'Lịch hạn báo cáo',
    observed: 'Số liệu đã công bố',
    issues: 'Dòng dữ liệu bị loại',
    goal: 'Mục tiêu',
    value: 'Hiện tại',
    gap: 'Còn thiếu',
    deadline: 'Hạn',
    source: 'Nguồn',
    legendProjection: 'dự báo theo tốc độ hiện tại',
    legendGoal: 'mục tiêu',
    inputs: 'Dữ liệu',
    warnings: 'Cảnh báo ảnh hưởng đến cách đọc kết quả',
    population: 'Tổng thể',
    noData: 'chưa có số liệu',
    report: 'Báo cáo',
    cycle: 'Chu kỳ (kỳ)',
  },
  en: {
    grades: 'Cooperative grades by year',
    targets: 'Plan targets',
    deadlines: 'Reporting deadlines',
    observed: 'Published figures',
    issues: 'Rejected input rows',
    goal: 'Goal',
    value: 'Now',
    gap: 'Gap',
    deadline: 'By',
    source: 'Source',
    legendProjection: 'projection at the current pace',
    legendGoal: 'goal',
    inputs: 'Input',
    warnings: 'Warnings that change how to read the results',
    population: 'Population',
    noData: 'no data yet',
    report: 'Report',
    cycle: 'Cycle (period)',
  },
};

/** The formatter of a target's values on its chart axis. */
const formatterFor = (result: TargetResult, lang: Lang): ((v: number) => string) => {
  switch (result.unit) {
    case 'percent':
    case 'percent-growth':
      // Round ticks stay whole (60 %); a value keeps the decimal the card shows (53,6 %).
      return (v) => `${formatNumber(v, lang, Number.isInteger(v) ? 0 : 1)} %`;
    case 'vnd':
    case 'vnd-per-ha':
      return (v) => (Math.abs(v) >= 1e8 ? `${formatNumber(v / 1e9, lang, 1)} ${lang === 'vi' ? 'tỷ' : 'bn'}` : formatValue(v, result.unit as 'vnd', lang).replace(' đồng', ''));
    default:
      return isCountUnit(result.unit) ? (v) => formatNumber(v, lang, 0) : (v) => formatNumber(v, lang, Math.abs(v) < 10 ? 1 : 0);
  }
};

/** Units whose values are whole numbers (organisations, members, households, persons, units meeting). */
const isCountUnit = (unit: TargetResult['unit']): boolean => unit === 'count' || unit === 'members' || unit === 'households' || unit === 'persons' || unit === 'units';

const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Who an indicator counts, in words: `hợp tác xã nông nghiệp` / `agricultural cooperatives`.
 *
 * @param population - the indicator's population
 * @param lang - `vi` or `en`
 * @returns the population as a phrase
 * @example
 * ```ts
 * import { populationPhrase } from '@coop/cli';
 * populationPhrase({ kinds: ['cooperative'], sectorGroup: 'agriculture' }, 'en'); // 'agricultural cooperatives'
 * populationPhrase({ kinds: ['cooperative'], sectorGroup: 'agriculture' }, 'vi'); // 'hợp tác xã nông nghiệp'
 * ```
 */
export const populationPhrase = (population: Indicator['population'], lang: Lang): string => {
  const kinds = population.kinds?.map((k) => lower(ORGANISATION_KIND_LABELS[k][lang]));
  const who = kinds?.length
    ? lang === 'vi'
      ? kinds.join(', ')
      : kinds.map((k) => (k.endsWith('s') ? k : `${k}s`)).join(', ')
    : lang === 'vi'
      ? 'tổ chức kinh tế tập thể (mọi loại hình)'
      : 'collective-economy organisations of every kind';
  const agriculture = population.sectorGroup === 'agriculture';
  const sectors = population.sectors?.length ? ` (${population.sectors.map((s) => lower(SECTOR_LABELS[s][lang])).join(', ')})` : '';
  const where = population.where ? (lang === 'vi' ? ', có điều kiện lọc' : ', filtered') : '';
  return lang === 'vi' ? `${who}${agriculture ? ' nông nghiệp' : ''}${sectors}${where}` : `${agriculture ? 'agricultural ' : ''}${who}${sectors}${where}`;
};

/**
 * Whom a target's value is about and how much of it the data covers, from the latest year's indicator
 * computation: `Tổng thể: hợp tác xã nông nghiệp, 120 (2025) · có xếp loại: 110/120 (91,7 %)`.
 *
 * @param result - a target result
 * @param lang - `vi` or `en`
 * @returns the phrase, or `undefined` when the result has no indicator computation (a published series)
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluateTarget } from '@coop/rating';
 * import { populationText } from '@coop/cli';
 * const target = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'good-or-fair-share')!;
 * const base = { year: 2025, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19' } as const;
 * const result = evaluateTarget(target, [{ ...base, organisationId: 'a', grade: 'good' }, { ...base, organisationId: 'b' }], { asOf: '2025-12-31' });
 * populationText(result, 'en'); // 'Population: agricultural cooperatives, 2 (2025) · graded: 1/2 (50 %)'
 * ```
 */
export const populationText = (result: TargetResult, lang: Lang): string | undefined => {
  const indicator = result.indicator;
  const definition = INDICATORS.find((i) => i.id === result.indicatorId);
  if (!indicator || !definition) return undefined;
  const n = indicator.populationSize;
  const vi = lang === 'vi';
  const head = `${LABELS[lang].population}: ${populationPhrase(definition.population, lang)}, ${formatNumber(n, lang, 0)} (${indicator.year})`;
  const known = indicator.gradesFrom ? indicator.gradesFrom.sheet + indicator.gradesFrom.data : n - Math.max(indicator.missing.numerator, indicator.missing.denominator);
  if (n === 0 || known >= n) return n === 0 ? head : `${head} · ${vi ? 'đủ số liệu' : 'full coverage'}`;
  const share = `${formatNumber((known / n) * 100, lang, 1)} %`;
  const what = indicator.gradesFrom ? (vi ? 'có xếp loại' : 'graded') : vi ? 'có số liệu' : 'with data';
  return `${head} · ${what}: ${formatNumber(known, lang, 0)}/${formatNumber(n, lang, 0)} (${share})`;
};

/** One warning as the report, the demo and the CLI summary show it: the message and where it applies. */
export interface WarningLine {
  readonly code: string;
  readonly text: string;
  /** The targets (or `n records`) it concerns. */
  readonly where: string;
}

/**
 * Every warning the results carry that changes how to read them (unknown area codes, coverage below
 * full, provisional holidays, a rulebook not in force…), grouped by message, with where each applies.
 * Warnings are plain data with `{ vi, en }` messages; this only gathers and groups them.
 *
 * @param entries - plan entries (their results' warnings)
 * @param lang - `vi` or `en`
 * @param extra - other warnings: the plan's own (`evaluatePlan(...).warnings`) and the grading's, with a
 *   count of records each concerns
 * @returns the lines, in first-seen order
 * @example
 * ```ts
 * import { collectWarnings } from '@coop/cli';
 * const lines = collectWarnings([], 'en', [{ code: 'RULEBOOK_NOT_IN_FORCE', message: { vi: 'Bộ tiêu chí chưa có hiệu lực', en: 'Rulebook not in force' }, count: 3 }]);
 * lines[0]?.text; // 'Rulebook not in force'
 * lines[0]?.where; // '3 records'
 * ```
 */
export const collectWarnings = (
  entries: readonly PlanTargetEntry[],
  lang: Lang,
  extra: ReadonlyArray<EvaluationWarning & { readonly count?: number }> = [],
): WarningLine[] => {
  const groups = new Map<string, { code: string; text: string; targets: string[]; count: number }>();
  const add = (w: EvaluationWarning, target: string | undefined, count: number): void => {
    const text = w.message[lang];
    const key = `${w.code}\u0000${text}`;
    const group = groups.get(key) ?? { code: w.code, text, targets: [], count: 0 };
    if (target !== undefined && !group.targets.includes(target)) group.targets.push(target);
    group.count += count;
    groups.set(key, group);
  };
  for (const e of entries) if (e.ok) for (const w of e.result.warnings) add(w, e.result.label[lang], 0);
  for (const w of extra) add(w, undefined, w.count ?? 0);
  return [...groups.values()].map((g) => ({
    code: g.code,
    text: g.text,
    where: [g.targets.join('; '), g.count > 0 ? (lang === 'vi' ? `${formatNumber(g.count, lang, 0)} bản ghi` : `${formatNumber(g.count, lang, 0)} record${g.count === 1 ? '' : 's'}`) : '']
      .filter(Boolean)
      .join(' · '),
  }));
};

/**
 * The grading's warnings (a rulebook not in force for the year, a criterion that could not be read…),
 * one per code and message, with the number of records each concerns — for {@link collectWarnings}.
 *
 * @param rows - graded rows
 * @returns the warnings with counts
 */
export const gradeWarnings = (rows: readonly GradeRow[]): Array<EvaluationWarning & { readonly count: number }> => {
  const checked = assertList(rows, 'rows') as unknown as readonly GradeRow[];
  const byKey = new Map<string, EvaluationWarning & { count: number }>();
  for (const row of checked) {
    for (const w of row.result?.warnings ?? []) {
      const key = `${w.code}\u0000${w.message.en}`;
      const seen = byKey.get(key);
      byKey.set(key, seen ? { ...seen, count: seen.count + 1 } : { code: w.code, message: w.message, count: 1 });
    }
  }
  return [...byKey.values()];
};

/** Statuses counted as "off track or not met" (an answer that the target is failing, not a lack of data). */
const OFF_TRACK: readonly string[] = ['needs-acceleration', 'limited-progress', 'deteriorating', 'not-achieved'];

/**
 * The counts of a plan's targets by reading: met or on track, off track or not met, and no answer
 * (insufficient data, not applicable, not evaluated) — never mixed.
 *
 * @param entries - plan entries
 * @returns the three counts and the total
 * @example
 * ```ts
 * import { targetReadings } from '@coop/cli';
 * targetReadings([]).total; // 0
 * ```
 */
export const targetReadings = (entries: readonly PlanTargetEntry[]): { readonly passing: number; readonly off: number; readonly noAnswer: number; readonly total: number } => {
  const checked = assertList(entries, 'entries') as unknown as readonly PlanTargetEntry[];
  const counts = countStatuses(checked);
  const off = OFF_TRACK.reduce((s, k) => s + (counts[k] ?? 0), 0);
  const passing = counts.passing ?? 0;
  const total = counts.total ?? 0;
  return { passing, off, noAnswer: total - passing - off, total };
};

const goalOf = (result: TargetResult, lang: Lang): Goal | undefined => {
  const c = result.comparator;
  const label = goalText(result, lang);
  switch (c.kind) {
    case '>':
    case '>=':
    case '<':
    case '<=':
    case '=':
      return { kind: 'line', value: c.value, label };
    case 'range':
      return { kind: 'band', min: c.min, max: c.max, label };
    case 'approximately': {
      const t = c.tolerance ?? result.tolerance?.value;
      return t === undefined ? { kind: 'line', value: c.value, label } : { kind: 'band', min: c.value - t, max: c.value + t, label };
    }
    case 'growth':
    case 'yearly-growth':
      return result.unit === 'percent-growth' ? { kind: 'line', value: c.minPercent, label } : undefined;
    case 'every-unit':
      return undefined;
  }
};

/**
 * A target as the report shows it.
 *
 * @param result - the target result
 * @param lang - `vi` or `en`
 * @param source - the plan's target (for the clause and phrase)
 * @param context - the first year of the data (the chart's year axis starts there even without a value)
 * @returns the report target
 */
export const reportTarget = (result: TargetResult, lang: Lang, source?: Plan['targets'][number], context: { readonly fromYear?: number } = {}): ReportTarget => {
  const points = result.series.map((p) => ({ year: p.year, value: p.display }));
  const n = result.progress?.numbers;
  const projection =
    n && n.nowYear !== undefined && n.nowValue !== undefined && n.projected !== undefined && result.deadline > n.nowYear
      ? [
          { year: n.nowYear, value: n.nowValue },
          { year: result.deadline, value: n.projected },
        ]
      : undefined;
  const goal = goalOf(result, lang);
  return {
    id: result.targetId,
    label: result.label[lang],
    status: result.status,
    statusLabel: statusLabel(result.status, lang),
    goalText: goalText(result, lang),
    valueText: valueText(result, lang),
    ...(result.gap.kind === 'met' ? {} : { gapText: gapText(result.gap, result, lang) }),
    explanation: result.explanation[lang],
    deadline: result.deadline,
    ...(source?.source.clause ? { clause: `${source.source.document} ${source.source.clause}` } : {}),
    ...(source?.source.phrase ? { phrase: source.source.phrase } : {}),
    points,
    ...(projection ? { projection } : {}),
    ...(goal ? { goal } : {}),
    ...(result.unit === 'percent' ? { bounds: [0, 100] as const } : {}),
    ...(isCountUnit(result.unit) ? { integer: true } : {}),
    ...(context.fromYear !== undefined ? { fromYear: context.fromYear } : {}),
    ...(populationText(result, lang) ? { population: populationText(result, lang) as string } : {}),
    ...(result.warnings.length ? { warnings: result.warnings.map((w) => w.message[lang]) } : {}),
    format: formatterFor(result, lang),
  };
};

const errorTarget = (entry: Extract<PlanTargetEntry, { ok: false }>, lang: Lang, fromYear: number | undefined): ReportTarget => ({
  id: entry.targetId,
  label: entry.target.label[lang],
  status: NOT_EVALUATED,
  statusLabel: statusLabel(NOT_EVALUATED, lang),
  goalText: '',
  valueText: '—',
  explanation: entry.error.message[lang],
  deadline: entry.target.deadline,
  clause: `${entry.target.source.document} ${entry.target.source.clause ?? ''}`.trim(),
  ...(entry.target.source.phrase ? { phrase: entry.target.source.phrase } : {}),
  points: [],
  ...(fromYear !== undefined ? { fromYear } : {}),
  format: (v) => formatNumber(v, lang, 1),
});

/**
 * The headline share card, only as the plan's own share target measures it: the first target whose value
 * is a share of graded organisations (e.g. agricultural co-ops rated good or fair). Its value, year and
 * population are the target's, so the card can stand beside the target's card; the population and the
 * coverage are said under it. No such target, no share card (a share over another population would
 * mislead beside the targets).
 */
const shareKpi = (entries: readonly PlanTargetEntry[], lang: Lang): ReportModel['kpis'] => {
  const entry = entries.find((e) => e.ok && e.result.unit === 'percent' && e.result.indicator?.gradesFrom !== undefined && e.result.display !== undefined);
  if (!entry?.ok) return [];
  const { result } = entry;
  const display = result.display;
  if (display === undefined) return [];
  const definition = INDICATORS.find((i) => i.id === result.indicatorId);
  const name = definition?.label[lang] ?? result.label[lang];
  const note = [populationText(result, lang), lang === 'vi' ? `như chỉ tiêu “${result.label.vi}”` : `as in the target “${result.label.en}”`].filter(Boolean).join(' · ');
  return [{ label: `${name}${result.year === undefined ? '' : ` (${result.year})`}`, value: `${formatNumber(display, lang, 1)} %`, tone: 'neutral', note }];
};

/** Inputs of {@link buildReportModel}. */
export interface ReportInputs {
  readonly lang: Lang;
  readonly plan: Plan;
  readonly asOf: string;
  readonly targets: readonly PlanTargetEntry[];
  readonly grades: readonly GradeRow[];
  readonly deadlines: readonly DeadlineRow[];
  /** Range of the deadline timeline. */
  readonly deadlineRange: { readonly from: string; readonly to: string };
  /** E.g. `sample province (seed 42)` or the file name. */
  readonly dataLabel: string;
  /** What made the report, for the footer (`coop report … on 2025-06-30`). */
  readonly generatedBy: string;
  readonly rows?: number;
  readonly issues?: readonly RowIssue[];
  readonly observations?: { readonly intro: string; readonly items: readonly ReportObservation[]; readonly caveats: readonly string[] };
  /** Warnings beside the targets' own: the plan evaluation's and the grading's (with a record count). */
  readonly warnings?: ReadonlyArray<EvaluationWarning & { readonly count?: number }>;
}

/**
 * Builds the report model.
 *
 * @param inputs - results, labels and context
 * @returns the model for `renderReportHtml`
 */
export const buildReportModel = (inputs: ReportInputs): ReportModel => {
  const { lang, plan } = inputs;
  const readings = targetReadings(inputs.targets);
  const dist = gradeDistribution(inputs.grades);
  const lastYear = dist.years[dist.years.length - 1];
  const organisations = new Set(inputs.grades.map((g) => g.record.organisationId)).size;
  const doc = [plan.document.number, plan.document.date ? tableDate(plan.document.date, lang) : undefined].filter(Boolean).join(', ');
  const vi = lang === 'vi';
  const warnings = collectWarnings(inputs.targets, lang, inputs.warnings);
  return {
    lang,
    title: plan.title[lang].length > 110 ? `${plan.title[lang].slice(0, 108)}…` : plan.title[lang],
    subtitle: `${plan.issuer[lang]}${doc ? ` — ${doc}` : ''} · ${plan.jurisdiction.name[lang]} · ${vi ? 'đánh giá tại ngày' : 'as of'} ${tableDate(inputs.asOf, lang)}`,
    generatedAt: inputs.generatedBy,
    asOf: inputs.asOf,
    inputSummary: vi
      ? `${inputs.dataLabel}: ${organisations} tổ chức, ${inputs.grades.length} bản ghi năm${dist.years.length ? ` (${dist.years[0]}–${lastYear})` : ''}. Mỗi thẻ: giá trị theo năm, mục tiêu và dự báo đến hạn; tổng thể của mỗi chỉ tiêu ghi ngay trên biểu đồ.`
      : `${inputs.dataLabel}: ${organisations} organisations, ${inputs.grades.length} organisation-years${dist.years.length ? ` (${dist.years[0]}–${lastYear})` : ''}. Each card: the value by year, the goal and the projection to the deadline; each target's population is named above its chart.`,
    kpis: [
      { label: vi ? 'Chỉ tiêu đạt / đúng tiến độ' : 'Targets met or on track', value: `${readings.passing} / ${readings.total}`, tone: readings.passing === readings.total ? 'good' : readings.passing > 0 ? 'warn' : 'bad' },
      { label: vi ? 'Chậm tiến độ / không đạt' : 'Off track or not met', value: String(readings.off), tone: readings.off === 0 ? 'good' : 'bad' },
      {
        label: vi ? 'Chưa đủ số liệu / chưa đánh giá được' : 'Insufficient data or not evaluated',
        value: String(readings.noAnswer),
        tone: readings.noAnswer === 0 ? 'good' : 'warn',
      },
      ...shareKpi(inputs.targets, lang),
      { label: vi ? 'Tổ chức trong dữ liệu (mọi loại hình)' : 'Organisations in the data (every kind)', value: formatNumber(organisations, lang, 0), tone: 'neutral' },
      ...(inputs.deadlines[0]
        ? [{ label: vi ? 'Hạn gần nhất' : 'Next deadline', value: tableDate(inputs.deadlines[0].step.effectiveDate, lang), tone: 'neutral' as const }]
        : []),
    ],
    ...(warnings.length ? { warnings } : {}),
    grades: {
      years: dist.years,
      series: GRADE_KEYS.filter((k) => dist.counts[k].some((c) => c > 0)).map((k) => ({ key: k, label: gradeKeyLabel(k, lang), counts: dist.counts[k] })),
      note: vi
        ? 'Tỷ lệ trong tổng số bản ghi của mỗi năm; số trong cột là số tổ chức. HTX chưa đủ 12 tháng hoạt động không được xếp loại.'
        : 'Share of all records of each year; the numbers in the bars are organisations. Cooperatives operating under 12 months are not rated.',
    },
    targets: inputs.targets.map((e) => (e.ok ? reportTarget(e.result, lang, e.target, dist.years[0] === undefined ? {} : { fromYear: dist.years[0] }) : errorTarget(e, lang, dist.years[0]))),
    deadlines: {
      from: inputs.deadlineRange.from,
      to: inputs.deadlineRange.to,
      monthNames: MONTHS[lang],
      items: inputs.deadlines.map(({ step, rolledBecause }) => ({
        date: step.effectiveDate,
        dateText: tableDate(step.effectiveDate, lang),
        label: step.label[lang],
        detail: `${step.cycleLabel[lang]} (${step.period})${rolledBecause ? (vi ? ` — lùi từ ${tableDate(step.nominalDate, lang)} vì ${rolledBecause}` : ` — moved from ${step.nominalDate}: ${rolledBecause}`) : ''}`,
        event: step.kind === 'event',
        rolled: step.rolled,
      })),
    },
    ...(inputs.observations ? { observations: inputs.observations } : {}),
    ...(inputs.issues && inputs.issues.length
      ? { issues: { title: LABELS[lang].issues, lines: inputs.issues.slice(0, 30).map((i) => formatRowIssue(i, lang)), more: Math.max(0, inputs.issues.length - 30) } }
      : {}),
    labels: LABELS[lang],
  };
};
