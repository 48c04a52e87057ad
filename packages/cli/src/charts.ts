/**
 * Inline SVG charts for the HTML report and the portal: plain strings, no script, no external resource,
 * so a report stays one self-contained file. Each chart has a `<title>` and `role="img"` for screen
 * readers and scales with its container (`viewBox`, width 100 %).
 */
import { scaleLinear } from 'd3-scale';

/**
 * Escapes text for HTML and SVG content and attribute values.
 *
 * @param text - any text
 * @returns the text with `& < > " '` escaped
 * @example
 * ```ts
 * import { escapeHtml } from '@coop/cli';
 * escapeHtml('<b>"HTX" & co</b>'); // '&lt;b&gt;&quot;HTX&quot; &amp; co&lt;/b&gt;'
 * ```
 */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Colours of the grade categories (colour-blind-safe palette). */
export const GRADE_COLOURS: Readonly<Record<string, string>> = {
  good: '#1a7f4b',
  fair: '#4aa3df',
  average: '#f0b429',
  weak: '#d64545',
  'not-rated': '#b8c2cc',
  incomplete: '#dde3e8',
};

/** Colours of the target statuses. */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  achieved: '#1a7f4b',
  'on-track': '#3a9d5d',
  'needs-acceleration': '#f0b429',
  'limited-progress': '#e07b39',
  deteriorating: '#d64545',
  'not-achieved': '#b42318',
  'insufficient-data': '#8a96a3',
  'not-applicable': '#b8c2cc',
};

const num = (n: number): string => (Math.round(n * 10) / 10).toString();

/** The ticks of an axis and the domain they cover. */
export interface AxisTicks {
  /** The domain widened to round ends (`[0, 80]` for data up to 67). */
  readonly domain: readonly [number, number];
  /** Round tick values inside the domain, ascending. */
  readonly ticks: readonly number[];
}

/** Most ticks of one per unit on a count axis (as many as an axis may ask for: internal/plain-shapes.ts's TICK_COUNT). */
const MAX_UNIT_TICKS = 1000;

/**
 * Round axis ticks for values from `lo` to `hi`, from d3-scale's `nice()` and `ticks()`: 0/20/40/60/80 %
 * rather than 0/22/45/67 %. With `integer` (counts of co-ops, districts, members) every tick is a
 * whole number and the domain spans at least one unit; `bounds` clips the domain (0–100 for a share).
 *
 * @param lo - the smallest value to show
 * @param hi - the largest value to show
 * @param options - about how many ticks (a whole number from 1 to 1 000, default 8), whole numbers only, hard bounds
 * @returns the nice domain and its ticks
 * @example
 * ```ts
 * import { axisTicks } from '@coop/cli';
 * axisTicks(0, 67, { count: 4 }).ticks.join('/'); // '0/20/40/60/80'
 * axisTicks(0, 108, { count: 4, bounds: [0, 100] }).ticks.join('/'); // '0/20/40/60/80/100'
 * axisTicks(0, 1.1, { integer: true }).ticks.join('/'); // '0/1/2'
 * axisTicks(0, 7.1, { integer: true, count: 4 }).ticks.join('/'); // '0/2/4/6/8'
 * ```
 */
export const axisTicks = (
  lo: number,
  hi: number,
  options: { readonly count?: number; readonly integer?: boolean; readonly bounds?: readonly [number, number] } = {},
): AxisTicks => {
  const count = options.count ?? 8;
  const top = options.integer ? Math.max(Math.ceil(hi), Math.floor(lo) + 1) : hi > lo ? hi : lo + 1;
  const bottom = options.integer ? Math.floor(lo) : lo;
  const scale = scaleLinear().domain([bottom, top]).nice(count);
  const [d0, d1] = scale.domain() as [number, number];
  const from = options.bounds ? Math.max(d0, options.bounds[0]) : d0;
  const to = options.bounds ? Math.min(d1, options.bounds[1]) : d1;
  const raw = scale.ticks(count).filter((t) => t >= from && t <= to && (!options.integer || Number.isInteger(t)));
  // A count axis over a short range gets one tick per unit (d3 would offer 0.2 steps, dropped above): the
  // whole numbers within the bounds, and only for a short range — bounds clipping a wide domain between
  // two of d3's ticks (0 to 10⁹ clipped to 1…10⁹−1) would make a list of every unit.
  const first = Math.ceil(from);
  const units = Math.floor(to) - first + 1;
  const ticks = options.integer && raw.length < 2 && units <= MAX_UNIT_TICKS ? Array.from({ length: Math.max(0, units) }, (_, i) => first + i) : raw;
  return { domain: [from, Math.max(to, ticks[ticks.length - 1] ?? to)], ticks };
};

/**
 * Whole-year ticks from `from` to `to` (at most about `count`), from d3-scale's `ticks()`.
 *
 * @param from - first year (a whole number)
 * @param to - last year (a whole number)
 * @param count - about how many ticks, a whole number from 1 to 1 000 (default 6)
 * @returns the years to label
 * @example
 * ```ts
 * import { yearTicks } from '@coop/cli';
 * yearTicks(2021, 2030).join(' '); // '2022 2024 2026 2028 2030'
 * yearTicks(2024, 2025).join(' '); // '2024 2025'
 * ```
 */
export const yearTicks = (from: number, to: number, count = 6): number[] => {
  const ticks = scaleLinear().domain([from, to]).ticks(count).filter(Number.isInteger);
  return ticks.length > 0 ? ticks : [from];
};

/** One stacked series of {@link stackedBarChart}. */
export interface BarSeries {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  /** One value per category. */
  readonly values: readonly number[];
}

/**
 * A stacked bar chart as percentages of each category's total, with the counts in the segments.
 *
 * @param options - title, categories (e.g. years), series (counts, 0 or more) and size (whole `viewBox` units from 100 to 10 000)
 * @returns an `<svg>` element as a string
 * @example
 * ```ts
 * import { stackedBarChart } from '@coop/cli';
 * const svg = stackedBarChart({ title: 'Grades', categories: ['2024'], series: [{ key: 'good', label: 'Good', colour: '#1a7f4b', values: [3] }] });
 * svg.startsWith('<svg'); // true
 * ```
 */
export const stackedBarChart = (options: {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  readonly width?: number;
  readonly height?: number;
  readonly totalLabel?: (total: number) => string;
}): string => {
  const width = options.width ?? 720;
  const height = options.height ?? 300;
  const m = { top: 16, right: 16, bottom: 64, left: 44 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const n = options.categories.length;
  const slot = n > 0 ? plotW / n : plotW;
  const barW = Math.min(72, slot * 0.62);
  const parts: string[] = [];
  for (let t = 0; t <= 100; t += 25) {
    const y = m.top + plotH - (t / 100) * plotH;
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${num(y)}" y2="${num(y)}" stroke="#e3e8ee" stroke-width="1"/>`);
    parts.push(`<text x="${m.left - 6}" y="${num(y + 4)}" text-anchor="end" font-size="11" fill="#6b7785">${t}%</text>`);
  }
  options.categories.forEach((category, i) => {
    const total = options.series.reduce((s, series) => s + (series.values[i] ?? 0), 0);
    const x = m.left + slot * i + (slot - barW) / 2;
    let y = m.top + plotH;
    for (const series of options.series) {
      const v = series.values[i] ?? 0;
      if (v <= 0 || total <= 0) continue;
      const h = (v / total) * plotH;
      y -= h;
      const pct = (v / total) * 100;
      parts.push(
        `<rect x="${num(x)}" y="${num(y)}" width="${num(barW)}" height="${num(h)}" fill="${series.colour}"><title>${escapeHtml(`${category} · ${series.label}: ${v} (${pct.toFixed(1)} %)`)}</title></rect>`,
      );
      if (h >= 14) {
        const dark = series.key === 'average' || series.key === 'not-rated' || series.key === 'incomplete';
        parts.push(`<text x="${num(x + barW / 2)}" y="${num(y + h / 2 + 4)}" text-anchor="middle" font-size="11" fill="${dark ? '#1f2933' : '#fff'}">${v}</text>`);
      }
    }
    parts.push(`<text x="${num(x + barW / 2)}" y="${m.top + plotH + 16}" text-anchor="middle" font-size="12" font-weight="600" fill="#1f2933">${escapeHtml(category)}</text>`);
    parts.push(
      `<text x="${num(x + barW / 2)}" y="${m.top + plotH + 30}" text-anchor="middle" font-size="10" fill="#6b7785">${escapeHtml(options.totalLabel ? options.totalLabel(total) : `n=${total}`)}</text>`,
    );
  });
  // legend
  let lx = m.left;
  const ly = height - 14;
  for (const series of options.series) {
    parts.push(`<rect x="${num(lx)}" y="${ly - 9}" width="10" height="10" rx="2" fill="${series.colour}"/>`);
    parts.push(`<text x="${num(lx + 14)}" y="${ly}" font-size="11" fill="#3e4c59">${escapeHtml(series.label)}</text>`);
    lx += 24 + series.label.length * 6.4;
  }
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(options.title)}" font-family="inherit"><title>${escapeHtml(options.title)}</title>${parts.join('')}</svg>`;
};

/** The goal drawn on a {@link trajectoryChart}. */
export type Goal =
  | { readonly kind: 'line'; readonly value: number; readonly label: string }
  | { readonly kind: 'band'; readonly min: number; readonly max: number; readonly label: string };

/**
 * A target's trajectory: the indicator per year (solid), an optional projection to the deadline
 * (dashed), other observations (hollow diamonds, e.g. published figures), the goal line or band and the
 * deadline year.
 *
 * @param options - the series, goal and deadline; `width` and `height` whole `viewBox` units from 100 to 10 000
 * @returns an `<svg>` element as a string
 * @example
 * ```ts
 * import { trajectoryChart } from '@coop/cli';
 * const svg = trajectoryChart({
 *   title: 'Good or fair share', colour: '#1a7f4b', deadline: 2030,
 *   points: [{ year: 2021, value: 40 }, { year: 2024, value: 52 }],
 *   goal: { kind: 'line', value: 60, label: '> 60 %' }, format: (v) => `${v} %`,
 * });
 * svg.includes('<polyline'); // true
 * ```
 */
export const trajectoryChart = (options: {
  readonly title: string;
  readonly points: ReadonlyArray<{ readonly year: number; readonly value: number }>;
  readonly projection?: ReadonlyArray<{ readonly year: number; readonly value: number }>;
  readonly observed?: ReadonlyArray<{ readonly year: number; readonly value: number; readonly label?: string }>;
  readonly goal?: Goal;
  readonly deadline?: number;
  readonly colour: string;
  readonly format: (value: number) => string;
  readonly bounds?: readonly [number, number];
  /** Whole-number ticks (counts). */
  readonly integer?: boolean;
  /** The first year of the axis even without a point (an empty chart keeps its year axis). */
  readonly fromYear?: number;
  /** Written across an empty chart (e.g. `no data`). */
  readonly emptyLabel?: string;
  readonly width?: number;
  readonly height?: number;
}): string => {
  const width = options.width ?? 340;
  const height = options.height ?? 180;
  const m = { top: 14, right: 14, bottom: 26, left: 52 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const all = [...options.points, ...(options.projection ?? []), ...(options.observed ?? [])];
  const years = all.map((p) => p.year);
  if (options.deadline !== undefined) years.push(options.deadline);
  if (options.fromYear !== undefined) years.push(options.fromYear);
  const minYear = years.length ? Math.min(...years) : 2020;
  const maxYear = Math.max(minYear + 1, ...years);
  const values = all.map((p) => p.value);
  if (options.goal?.kind === 'line') values.push(options.goal.value);
  if (options.goal?.kind === 'band') values.push(options.goal.min, options.goal.max);
  const axis = axisTicks(values.length ? Math.min(0, ...values) : 0, values.length ? Math.max(...values) : 1, {
    count: 4,
    ...(options.integer ? { integer: true } : {}),
    ...(options.bounds ? { bounds: options.bounds } : {}),
  });
  const [lo, hi] = axis.domain;
  const x = (year: number): number => m.left + ((year - minYear) / (maxYear - minYear)) * plotW;
  const y = (v: number): number => m.top + plotH - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo || 1)) * plotH;
  const parts: string[] = [];
  for (const v of axis.ticks) {
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="#eef1f4"/>`);
    parts.push(`<text class="tick" x="${m.left - 5}" y="${num(y(v) + 3)}" text-anchor="end" font-size="9.5" fill="#7b8794">${escapeHtml(options.format(v))}</text>`);
  }
  for (const yr of yearTicks(minYear, maxYear, Math.max(2, Math.floor(plotW / 44)))) {
    parts.push(`<text class="tick" x="${num(x(yr))}" y="${height - 8}" text-anchor="middle" font-size="9.5" fill="#7b8794">${yr}</text>`);
  }
  if (options.points.length === 0 && options.emptyLabel) {
    parts.push(`<text x="${num(m.left + plotW / 2)}" y="${num(m.top + plotH / 2)}" text-anchor="middle" font-size="11" fill="#7b8794">${escapeHtml(options.emptyLabel)}</text>`);
  }
  if (options.goal?.kind === 'band') {
    parts.push(
      `<rect x="${m.left}" y="${num(y(options.goal.max))}" width="${plotW}" height="${num(Math.max(1, y(options.goal.min) - y(options.goal.max)))}" fill="#1a7f4b" opacity="0.12"><title>${escapeHtml(options.goal.label)}</title></rect>`,
    );
    parts.push(`<text x="${m.left + 4}" y="${num(y(options.goal.max) - 4)}" font-size="10" font-weight="600" fill="#1a7f4b">${escapeHtml(options.goal.label)}</text>`);
  } else if (options.goal?.kind === 'line') {
    const gy = y(options.goal.value);
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${num(gy)}" y2="${num(gy)}" stroke="#1a7f4b" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    parts.push(`<text x="${m.left + 4}" y="${num(gy - 4)}" font-size="10" font-weight="600" fill="#1a7f4b">${escapeHtml(options.goal.label)}</text>`);
  }
  if (options.deadline !== undefined) {
    const dx = x(options.deadline);
    parts.push(`<line x1="${num(dx)}" x2="${num(dx)}" y1="${m.top}" y2="${m.top + plotH}" stroke="#9aa5b1" stroke-dasharray="2 3"/>`);
  }
  const line = (pts: ReadonlyArray<{ year: number; value: number }>): string => pts.map((p) => `${num(x(p.year))},${num(y(p.value))}`).join(' ');
  if (options.projection && options.projection.length > 1) {
    parts.push(`<polyline points="${line(options.projection)}" fill="none" stroke="${options.colour}" stroke-width="1.5" stroke-dasharray="4 3" opacity="0.8"/>`);
  }
  if (options.points.length > 1) {
    parts.push(`<polyline points="${line(options.points)}" fill="none" stroke="${options.colour}" stroke-width="2.2" stroke-linejoin="round"/>`);
  }
  for (const p of options.points) {
    parts.push(`<circle cx="${num(x(p.year))}" cy="${num(y(p.value))}" r="3" fill="${options.colour}"><title>${p.year}: ${escapeHtml(options.format(p.value))}</title></circle>`);
  }
  for (const p of options.observed ?? []) {
    const cx = x(p.year);
    const cy = y(p.value);
    parts.push(
      `<path d="M${num(cx)} ${num(cy - 5)} L${num(cx + 5)} ${num(cy)} L${num(cx)} ${num(cy + 5)} L${num(cx - 5)} ${num(cy)} Z" fill="#fff" stroke="#7c3aed" stroke-width="1.6"><title>${escapeHtml(`${p.year}: ${options.format(p.value)}${p.label ? ` — ${p.label}` : ''}`)}</title></path>`,
    );
  }
  const last = options.points[options.points.length - 1];
  if (last) {
    const text = options.format(last.value);
    const lx = Math.min(x(last.year) + 5, width - m.right - text.length * 6);
    // Keep the value clear of the goal's label (both sit just above their line): drop it below the point.
    const goalY = options.goal ? y(options.goal.kind === 'line' ? options.goal.value : options.goal.max) - 4 : undefined;
    const goalEnd = options.goal ? m.left + 4 + options.goal.label.length * 6 : 0;
    const above = y(last.value) - 6;
    const clash = goalY !== undefined && Math.abs(goalY - above) < 12 && lx < goalEnd;
    const ly = clash || above < m.top + 8 ? y(last.value) + 14 : above;
    parts.push(`<text x="${num(lx)}" y="${num(ly)}" font-size="10" font-weight="700" fill="${options.colour}">${escapeHtml(text)}</text>`);
  }
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(options.title)}" font-family="inherit"><title>${escapeHtml(options.title)}</title>${parts.join('')}</svg>`;
};

/** One item of a {@link timelineChart}. */
export interface TimelineItem {
  /** Civil date `YYYY-MM-DD` (the effective deadline). */
  readonly date: string;
  /** The date as the reader's language writes it (`20/06/2025`), for tables. */
  readonly dateText?: string;
  readonly label: string;
  /** A hover text (e.g. the nominal date and why it rolled). */
  readonly detail?: string;
  /** Drawn hollow (an event rather than a report). */
  readonly event?: boolean;
  /** The date was moved past a day off. */
  readonly rolled?: boolean;
}

const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * A deadline timeline from `from` to `to`: month ticks, a "today" marker and one pin per item, labels
 * placed on alternating lanes so they do not overlap.
 *
 * @param options - the range, the items and labels for the month names; `width` whole `viewBox` units from 100 to 10 000
 * @returns an `<svg>` element as a string
 * @example
 * ```ts
 * import { timelineChart } from '@coop/cli';
 * timelineChart({ title: 'Deadlines', from: '2025-01-01', to: '2025-12-31', items: [{ date: '2025-06-19', label: 'Half-year report' }] }).includes('Half-year'); // true
 * ```
 */
export const timelineChart = (options: {
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly items: readonly TimelineItem[];
  readonly monthNames?: readonly string[];
  readonly todayLabel?: string;
  readonly width?: number;
}): string => {
  const width = options.width ?? 1000;
  const lanes = 4;
  const laneH = 30;
  const axisY = 40 + lanes * laneH;
  const height = axisY + 40;
  const m = { left: 20, right: 20 };
  const d0 = dayNumber(options.from);
  const d1 = Math.max(d0 + 1, dayNumber(options.to));
  const x = (date: string): number => m.left + ((dayNumber(date) - d0) / (d1 - d0)) * (width - m.left - m.right);
  const names = options.monthNames ?? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const parts: string[] = [];
  parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${axisY}" y2="${axisY}" stroke="#3e4c59" stroke-width="2"/>`);
  let year = Number(options.from.slice(0, 4));
  let month = Number(options.from.slice(5, 7));
  for (let i = 0; i < 40; i += 1) {
    const date = `${String(year)}-${String(month).padStart(2, '0')}-01`;
    if (date > options.to) break;
    if (date >= options.from) {
      const tx = x(date);
      parts.push(`<line x1="${num(tx)}" x2="${num(tx)}" y1="${axisY - 4}" y2="${axisY + 4}" stroke="#3e4c59"/>`);
      const text = month === 1 ? `${names[0] ?? ''} ${year}` : (names[month - 1] ?? '');
      parts.push(`<text x="${num(tx + 3)}" y="${axisY + 18}" font-size="11" fill="#52606d"${month === 1 ? ' font-weight="700"' : ''}>${escapeHtml(text)}</text>`);
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  parts.push(`<text x="${m.left}" y="${axisY + 34}" font-size="10" fill="#d64545">▲ ${escapeHtml(options.todayLabel ?? options.from)}</text>`);
  const sorted = [...options.items].filter((i) => i.date >= options.from && i.date <= options.to).sort((a, b) => a.date.localeCompare(b.date));
  const laneEnd: number[] = Array.from({ length: lanes }, () => -Infinity);
  sorted.forEach((item) => {
    const px = x(item.date);
    const shown = item.label.length > 34 ? `${item.label.slice(0, 33)}…` : item.label;
    const textW = shown.length * 6.4 + 40;
    const anchorRight = px + textW > width - m.right;
    const left = anchorRight ? px - textW : px;
    // A label takes the first lane free at its left edge; with every lane taken it is left out (the pin
    // keeps its hover text and the table under the chart lists every deadline), never drawn over another.
    const lane = laneEnd.findIndex((end) => end < left - 6);
    const colour = item.event ? '#7c3aed' : item.rolled ? '#e07b39' : '#1f5f99';
    const ly = 28 + Math.max(0, lane) * laneH;
    if (lane >= 0) {
      laneEnd[lane] = left + textW;
      parts.push(`<line x1="${num(px)}" x2="${num(px)}" y1="${ly + 4}" y2="${axisY}" stroke="${colour}" stroke-width="1" opacity="0.6"/>`);
    }
    parts.push(
      `<circle cx="${num(px)}" cy="${axisY}" r="5" fill="${item.event ? '#fff' : colour}" stroke="${colour}" stroke-width="2"><title>${escapeHtml(`${item.date} · ${item.label}${item.detail ? ` — ${item.detail}` : ''}`)}</title></circle>`,
    );
    if (lane >= 0) {
      parts.push(
        `<text x="${num(anchorRight ? px - 4 : px + 4)}" y="${ly}" font-size="11" fill="#1f2933" text-anchor="${anchorRight ? 'end' : 'start'}"><tspan font-weight="700" fill="${colour}">${escapeHtml(item.date.slice(8, 10))}/${escapeHtml(item.date.slice(5, 7))}</tspan> ${escapeHtml(shown)}</text>`,
      );
    }
  });
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(options.title)}" font-family="inherit"><title>${escapeHtml(options.title)}</title>${parts.join('')}</svg>`;
};
