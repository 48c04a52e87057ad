/**
 * The HTML report: one self-contained file (inline CSS and SVG, no script, no font, image or link to
 * fetch) that a province can e-mail or print. It is rendered from a plain {@link ReportModel}, which
 * `report-model.ts` builds from the packages' results — so the layout can be tested without them.
 */
import { tableDate } from './table.js';
import { escapeHtml, GRADE_COLOURS, STATUS_COLOURS, stackedBarChart, timelineChart, trajectoryChart, type Goal, type TimelineItem } from './charts.js';

/** A target as shown in the report. */
export interface ReportTarget {
  readonly id: string;
  readonly label: string;
  readonly status: string;
  readonly statusLabel: string;
  /** The goal as a phrase (`> 60 %`). */
  readonly goalText: string;
  readonly valueText: string;
  readonly gapText?: string;
  readonly explanation: string;
  readonly deadline: number;
  readonly clause?: string;
  readonly phrase?: string;
  readonly points: ReadonlyArray<{ readonly year: number; readonly value: number }>;
  readonly projection?: ReadonlyArray<{ readonly year: number; readonly value: number }>;
  readonly goal?: Goal;
  readonly bounds?: readonly [number, number];
  /** Whole-number axis (a count). */
  readonly integer?: boolean;
  /** The first year of the chart's axis, even without a value. */
  readonly fromYear?: number;
  /** Whom the value is about and the coverage (`Population: agricultural cooperatives, 120 (2025) · graded: 110/120`). */
  readonly population?: string;
  /** The result's warnings, in the report's language. */
  readonly warnings?: readonly string[];
  /** Formats a value of this target's unit. */
  readonly format: (value: number) => string;
}

/** Published figures compared with a plan's targets. */
export interface ReportObservation {
  readonly title: string;
  readonly verdict: string;
  readonly status: string;
  readonly detail: string;
  readonly source: string;
  /** What to keep in mind reading this figure (its denominator where unclear, conflicting sources…). */
  readonly caveats?: readonly string[];
}

/** Everything the report shows. */
export interface ReportModel {
  readonly lang: 'vi' | 'en';
  readonly title: string;
  readonly subtitle: string;
  /** Shown in the footer: when and from what the report was made. */
  readonly generatedAt: string;
  readonly asOf: string;
  readonly inputSummary: string;
  /** Headline figures; `note` says what a figure counts (its population and coverage). */
  readonly kpis: ReadonlyArray<{ readonly label: string; readonly value: string; readonly tone?: 'good' | 'warn' | 'bad' | 'neutral'; readonly note?: string }>;
  /** Warnings that change how to read the results, with where each applies. */
  readonly warnings?: ReadonlyArray<{ readonly code: string; readonly text: string; readonly where: string }>;
  readonly grades: {
    readonly years: readonly number[];
    readonly series: ReadonlyArray<{ readonly key: string; readonly label: string; readonly counts: readonly number[] }>;
    readonly note?: string;
  };
  readonly targets: readonly ReportTarget[];
  readonly deadlines: { readonly from: string; readonly to: string; readonly items: readonly TimelineItem[]; readonly monthNames: readonly string[] };
  readonly observations?: { readonly intro: string; readonly items: readonly ReportObservation[]; readonly caveats: readonly string[] };
  readonly issues?: { readonly title: string; readonly lines: readonly string[]; readonly more: number };
  readonly labels: Readonly<Record<'grades' | 'targets' | 'deadlines' | 'observed' | 'issues' | 'goal' | 'value' | 'gap' | 'deadline' | 'source' | 'legendProjection' | 'legendGoal' | 'inputs', string>> &
    Readonly<Partial<Record<'warnings' | 'population' | 'noData' | 'report' | 'cycle', string>>>;
}

const CSS = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f5f7fa;--card:#fff;--accent:#1f5f99}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 "Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
header{background:linear-gradient(120deg,#123c63,#1f5f99 60%,#2a7ab8);color:#fff;padding:28px 40px 24px}
header h1{margin:0 0 4px;font-size:26px;font-weight:700;letter-spacing:.2px}
header p{margin:0;opacity:.88}
main{max-width:1160px;margin:0 auto;padding:24px 32px 40px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:14px;margin:-44px 0 22px}
.kpi{background:var(--card);border-radius:10px;padding:14px 16px;box-shadow:0 1px 3px rgba(16,42,67,.12)}
.kpi .v{font-size:24px;font-weight:700}
.kpi .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.4px}
.kpi.good .v{color:#1a7f4b}.kpi.warn .v{color:#b7791f}.kpi.bad .v{color:#b42318}
.kpi .n{color:var(--muted);font-size:11.5px;margin-top:4px;line-height:1.35}
.warnings{background:#fff8e6;border-left:5px solid #f0b429}
.warnings li{margin:2px 0}.warnings .where{color:var(--muted);font-size:12px}
.pop{font-size:12px;color:#3e4c59;margin:4px 0 2px}
.twarn{font-size:12px;color:#8d5b00;margin:4px 0 0;padding-left:18px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
.scroll svg{min-width:880px}.scroll.bars svg{min-width:600px}
section{background:var(--card);border-radius:12px;padding:20px 24px;margin:0 0 22px;box-shadow:0 1px 3px rgba(16,42,67,.08)}
section h2{margin:0 0 4px;font-size:18px}
section .lead{margin:0 0 14px;color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:16px}
.target{border:1px solid var(--line);border-left:5px solid var(--c);border-radius:10px;padding:12px 14px;break-inside:avoid}
.target h3{margin:0 0 6px;font-size:14.5px;line-height:1.35}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:11.5px;font-weight:700;color:#fff;background:var(--c)}
.facts{display:flex;flex-wrap:wrap;gap:4px 14px;margin:6px 0;font-size:12.5px;color:var(--muted)}
.facts b{color:var(--ink)}
.expl{font-size:12.5px;color:#3e4c59;margin:6px 0 0}
.cite{font-size:11.5px;color:var(--muted);margin-top:6px;font-style:italic}
.legend{display:flex;gap:18px;font-size:12px;color:var(--muted);margin:0 0 10px}
.legend i{display:inline-block;width:18px;height:0;border-top:2px dashed #1a7f4b;vertical-align:middle;margin-right:5px}
.legend i.p{border-top-color:#616e7c}.legend i.o{width:9px;height:9px;border:2px solid #7c3aed;transform:rotate(45deg);border-top-style:solid}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.3px}
.obs td:first-child{width:30%}
.issues{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;background:#fff8e6;border-radius:8px;padding:10px 12px;white-space:pre-wrap}
footer{color:var(--muted);font-size:12px;text-align:center;padding:10px 0 30px}
@media (max-width:640px){header{padding:20px 16px 18px}header h1{font-size:20px}main{padding:16px 10px 30px}section{padding:14px 12px}.grid{grid-template-columns:1fr}.kpis{margin-top:-30px}
.dl thead{display:none}.dl tr{display:block;padding:6px 0;border-bottom:1px solid var(--line)}.dl td{display:block;border:0;padding:1px 4px}.obs td{display:block;width:auto}.obs td:first-child{width:auto}}
@media print{body{background:#fff}section{box-shadow:none;border:1px solid var(--line)}header{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

const targetCard = (t: ReportTarget, labels: ReportModel['labels']): string => {
  const colour = STATUS_COLOURS[t.status] ?? '#616e7c';
  // Always drawn: a target without values keeps its year axis (to the deadline) and says so.
  const chart = trajectoryChart({
    title: t.label,
    points: t.points,
    ...(t.projection ? { projection: t.projection } : {}),
    ...(t.goal ? { goal: t.goal } : {}),
    ...(t.bounds ? { bounds: t.bounds } : {}),
    ...(t.integer ? { integer: true } : {}),
    ...(t.fromYear !== undefined ? { fromYear: t.fromYear } : {}),
    ...(labels.noData ? { emptyLabel: labels.noData } : {}),
    deadline: t.deadline,
    colour,
    format: t.format,
  });
  return `<article class="target" data-target="${escapeHtml(t.id)}" data-status="${escapeHtml(t.status)}" style="--c:${colour}">
<h3>${escapeHtml(t.label)}</h3>
<span class="badge">${escapeHtml(t.statusLabel)}</span>
<div class="facts"><span>${escapeHtml(labels.value)}: <b class="now">${escapeHtml(t.valueText)}</b></span><span>${escapeHtml(labels.goal)}: <b>${escapeHtml(t.goalText)}</b></span><span>${escapeHtml(labels.deadline)}: <b>${t.deadline}</b></span>${t.gapText ? `<span>${escapeHtml(labels.gap)}: <b>${escapeHtml(t.gapText)}</b></span>` : ''}</div>
${t.population ? `<p class="pop">${escapeHtml(t.population)}</p>` : ''}${chart}
<p class="expl">${escapeHtml(t.explanation)}</p>${t.warnings?.length ? `<ul class="twarn">${t.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>` : ''}
${t.clause || t.phrase ? `<div class="cite">${escapeHtml([t.clause, t.phrase ? `“${t.phrase}”` : ''].filter(Boolean).join(' — '))}</div>` : ''}
</article>`;
};

/**
 * Renders the report as one HTML document.
 *
 * @param model - what to show
 * @returns the HTML text (UTF-8, no external resource)
 * @example
 * ```ts
 * import { renderReportHtml } from '@coop/cli';
 * const html = renderReportHtml({
 *   lang: 'en', title: 'Report', subtitle: 'Sample', generatedAt: '2025-01-01', asOf: '2025-01-01', inputSummary: '',
 *   kpis: [], grades: { years: [2024], series: [{ key: 'good', label: 'Good', counts: [3] }] }, targets: [],
 *   deadlines: { from: '2025-01-01', to: '2025-12-31', items: [], monthNames: [] },
 *   labels: { grades: 'Grades', targets: 'Targets', deadlines: 'Deadlines', observed: 'Published figures', issues: 'Input issues',
 *     goal: 'Goal', value: 'Value', gap: 'Gap', deadline: 'Deadline', source: 'Source', legendProjection: 'projection',
 *     legendGoal: 'goal', inputs: 'Inputs' },
 * });
 * html.includes('<svg'); // true
 * ```
 */
export const renderReportHtml = (model: ReportModel): string => {
  const { labels } = model;
  const gradeChart = stackedBarChart({
    title: labels.grades,
    categories: model.grades.years.map(String),
    series: model.grades.series.map((s) => ({ key: s.key, label: s.label, colour: GRADE_COLOURS[s.key] ?? '#9aa5b1', values: s.counts })),
  });
  const timeline = timelineChart({
    title: labels.deadlines,
    from: model.deadlines.from,
    to: model.deadlines.to,
    items: model.deadlines.items,
    ...(model.deadlines.monthNames.length === 12 ? { monthNames: model.deadlines.monthNames } : {}),
    todayLabel: tableDate(model.asOf, model.lang),
  });
  const deadlineTable = model.deadlines.items.length
    ? `<table class="dl"><thead><tr><th>${escapeHtml(labels.deadline)}</th><th>${escapeHtml(labels.report ?? '')}</th><th>${escapeHtml(labels.cycle ?? labels.source)}</th></tr></thead><tbody>${model.deadlines.items
        .map((i) => `<tr><td><b>${escapeHtml(i.dateText ?? i.date)}</b></td><td>${escapeHtml(i.label)}</td><td>${escapeHtml(i.detail ?? '')}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const obs = model.observations;
  return `<!doctype html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(model.title)}</h1><p>${escapeHtml(model.subtitle)}</p></header>
<main>
<div class="kpis">${model.kpis.map((k) => `<div class="kpi ${k.tone ?? 'neutral'}"><div class="v">${escapeHtml(k.value)}</div><div class="l">${escapeHtml(k.label)}</div>${k.note ? `<div class="n">${escapeHtml(k.note)}</div>` : ''}</div>`).join('')}</div>
${
  model.warnings?.length
    ? `<section id="warnings" class="warnings"><h2>${escapeHtml(labels.warnings ?? '⚠')}</h2><ul>${model.warnings
        .map((w) => `<li data-code="${escapeHtml(w.code)}">${escapeHtml(w.text)}${w.where ? ` <span class="where">— ${escapeHtml(w.where)}</span>` : ''}</li>`)
        .join('')}</ul></section>`
    : ''
}
<section id="targets"><h2>${escapeHtml(labels.targets)}</h2><p class="lead">${escapeHtml(model.inputSummary)}</p>
<div class="legend"><span><i></i>${escapeHtml(labels.legendGoal)}</span><span><i class="p"></i>${escapeHtml(labels.legendProjection)}</span>${obs && obs.items.length ? `<span><i class="o"></i>${escapeHtml(labels.observed)}</span>` : ''}</div>
<div class="grid">${model.targets.map((t) => targetCard(t, labels)).join('\n')}</div></section>
<section id="grades"><h2>${escapeHtml(labels.grades)}</h2>${model.grades.note ? `<p class="lead">${escapeHtml(model.grades.note)}</p>` : ''}<div class="scroll bars">${gradeChart}</div></section>
<section id="deadlines"><h2>${escapeHtml(labels.deadlines)}</h2><div class="scroll">${timeline}</div>${deadlineTable}</section>
${
  obs
    ? `<section id="observed"><h2>${escapeHtml(labels.observed)}</h2><p class="lead">${escapeHtml(obs.intro)}</p>${
        obs.items.length
          ? `<table class="obs"><tbody>${obs.items
              .map(
                (o) =>
                  `<tr><td><b>${escapeHtml(o.title)}</b></td><td><span class="badge" style="--c:${STATUS_COLOURS[o.status] ?? '#616e7c'}">${escapeHtml(o.verdict)}</span> ${escapeHtml(o.detail)}${o.caveats?.length ? `<ul class="twarn">${o.caveats.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>` : ''}<div class="cite">${escapeHtml(labels.source)}: ${escapeHtml(o.source)}</div></td></tr>`,
              )
              .join('')}</tbody></table>`
          : ''
      }${obs.caveats.length ? `<ul class="cite">${obs.caveats.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>` : ''}</section>`
    : ''
}
${
  model.issues && model.issues.lines.length
    ? `<section id="issues"><h2>${escapeHtml(model.issues.title)}</h2><div class="issues">${escapeHtml(model.issues.lines.join('\n'))}${model.issues.more > 0 ? `\n… +${model.issues.more}` : ''}</div></section>`
    : ''
}
</main>
<footer>${escapeHtml(model.generatedAt)}</footer>
</body>
</html>
`;
};
