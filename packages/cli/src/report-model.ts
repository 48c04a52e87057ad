/**
 * Builds the {@link ReportModel} of the HTML report from the packages' results: the plan evaluation,
 * the graded records and the deadline rows.
 */
import { formatNumber as formatModelNumber, type Lang, type Plan } from '@coop/model';
import { formatIndicatorValue as formatValue, type PlanTargetEntry, type TargetResult } from '@coop/rating';
import type { Goal } from './charts.js';
import type { DeadlineRow } from './deadline-list.js';
import { GRADE_KEYS, gradeDistribution, gradeKeyLabel, type GradeRow } from './grading.js';
import { NOT_EVALUATED, countStatuses, gapText, goalText, statusLabel, valueText } from './plan-check.js';
import type { RowIssue } from './records.js';
import { formatRowIssue } from './records.js';
import type { ReportModel, ReportObservation, ReportTarget } from './report-html.js';

/** A number with the language's separators and at most `decimals` decimals. */
const formatNumber = (value: number, lang: Lang, decimals: number): string => formatModelNumber(value, lang, { maxDecimals: decimals });

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const LABELS: Readonly<Record<Lang, ReportModel['labels']>> = {
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
  },
};

/** The formatter of a target's values on its chart axis. */
const formatterFor = (result: TargetResult, lang: Lang): ((v: number) => string) => {
  switch (result.unit) {
    case 'percent':
    case 'percent-growth':
      return (v) => `${formatNumber(v, lang, 0)} %`;
    case 'vnd':
    case 'vnd-per-ha':
      return (v) => (Math.abs(v) >= 1e8 ? `${formatNumber(v / 1e9, lang, 1)} ${lang === 'vi' ? 'tỷ' : 'bn'}` : formatValue(v, result.unit as 'vnd', lang).replace(' đồng', ''));
    default:
      return (v) => formatNumber(v, lang, v < 10 ? 1 : 0);
  }
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
 * @returns the report target
 */
export const reportTarget = (result: TargetResult, lang: Lang, source?: Plan['targets'][number]): ReportTarget => {
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
    format: formatterFor(result, lang),
  };
};

const errorTarget = (entry: Extract<PlanTargetEntry, { ok: false }>, lang: Lang): ReportTarget => ({
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
  format: (v) => formatNumber(v, lang, 1),
});

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
}

/**
 * Builds the report model.
 *
 * @param inputs - results, labels and context
 * @returns the model for `renderReportHtml`
 */
export const buildReportModel = (inputs: ReportInputs): ReportModel => {
  const { lang, plan } = inputs;
  const counts = countStatuses(inputs.targets);
  const dist = gradeDistribution(inputs.grades);
  const lastYear = dist.years[dist.years.length - 1];
  const li = dist.years.length - 1;
  const lastTotal = GRADE_KEYS.reduce((s, k) => s + (dist.counts[k][li] ?? 0), 0);
  const lastGf = (dist.counts.good[li] ?? 0) + (dist.counts.fair[li] ?? 0);
  const organisations = new Set(inputs.grades.map((g) => g.record.organisationId)).size;
  const off = (counts.total ?? 0) - (counts.passing ?? 0);
  const doc = [plan.document.number, plan.document.date].filter(Boolean).join(', ');
  const vi = lang === 'vi';
  return {
    lang,
    title: plan.title[lang].length > 110 ? `${plan.title[lang].slice(0, 108)}…` : plan.title[lang],
    subtitle: `${plan.issuer[lang]}${doc ? ` — ${doc}` : ''} · ${plan.jurisdiction.name[lang]} · ${vi ? 'đánh giá tại ngày' : 'as of'} ${inputs.asOf}`,
    generatedAt: inputs.generatedBy,
    asOf: inputs.asOf,
    inputSummary: vi
      ? `${inputs.dataLabel}: ${organisations} tổ chức, ${inputs.grades.length} bản ghi năm${dist.years.length ? ` (${dist.years[0]}–${lastYear})` : ''}. Mỗi thẻ: giá trị theo năm, mục tiêu và dự báo đến hạn.`
      : `${inputs.dataLabel}: ${organisations} organisations, ${inputs.grades.length} organisation-years${dist.years.length ? ` (${dist.years[0]}–${lastYear})` : ''}. Each card: the value by year, the goal and the projection to the deadline.`,
    kpis: [
      { label: vi ? 'Chỉ tiêu đạt / đúng tiến độ' : 'Targets met or on track', value: `${counts.passing ?? 0} / ${counts.total ?? 0}`, tone: off === 0 ? 'good' : (counts.passing ?? 0) > 0 ? 'warn' : 'bad' },
      { label: vi ? 'Cần nỗ lực / không đạt' : 'Off track or not met', value: String(off), tone: off === 0 ? 'good' : 'bad' },
      {
        label: vi ? `Tốt + khá năm ${lastYear ?? ''}` : `Good or fair in ${lastYear ?? ''}`,
        value: lastTotal ? `${formatNumber((lastGf / lastTotal) * 100, lang, 1)} %` : '—',
        tone: 'neutral',
      },
      { label: vi ? 'Tổ chức trong dữ liệu' : 'Organisations in the data', value: formatNumber(organisations, lang, 0), tone: 'neutral' },
      ...(inputs.deadlines[0]
        ? [{ label: vi ? 'Hạn gần nhất' : 'Next deadline', value: inputs.deadlines[0].step.effectiveDate, tone: 'neutral' as const }]
        : []),
    ],
    grades: {
      years: dist.years,
      series: GRADE_KEYS.filter((k) => dist.counts[k].some((c) => c > 0)).map((k) => ({ key: k, label: gradeKeyLabel(k, lang), counts: dist.counts[k] })),
      note: vi
        ? 'Tỷ lệ trong tổng số bản ghi của mỗi năm; số trong cột là số tổ chức. HTX chưa đủ 12 tháng hoạt động không được xếp loại.'
        : 'Share of all records of each year; the numbers in the bars are organisations. Cooperatives operating under 12 months are not rated.',
    },
    targets: inputs.targets.map((e) => (e.ok ? reportTarget(e.result, lang, e.target) : errorTarget(e, lang))),
    deadlines: {
      from: inputs.deadlineRange.from,
      to: inputs.deadlineRange.to,
      monthNames: MONTHS[lang],
      items: inputs.deadlines.map(({ step, rolledBecause }) => ({
        date: step.effectiveDate,
        label: step.label[lang],
        detail: `${step.cycleLabel[lang]} (${step.period})${rolledBecause ? (vi ? ` — lùi từ ${step.nominalDate} vì ${rolledBecause}` : ` — moved from ${step.nominalDate}: ${rolledBecause}`) : ''}`,
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
