/**
 * The `coop check` logic on top of `evaluatePlan`: texts for each target's value, goal and gap, the
 * console table, the JSON answer and the exit code.
 */
import { assertList, PLANS, formatNumber as formatModelNumber, type Lang, type Plan } from '@coop/model';
import { PROGRESS_STATUS_LABELS, areaCodeCounts, comparatorPhrase, formatIndicatorValue as formatValue, type PlanTargetEntry, type TargetGap, type TargetResult } from '@coop/rating';
import { EXIT } from './args.js';
import { renderTable } from './table.js';

/** Statuses that count as "met or on track" for the exit code (anything else, including "no data", is not). */
export const PASSING_STATUSES: readonly string[] = ['achieved', 'on-track'];

/** The status shown for a target the evaluation could not compute (a missing external input, tolerance…). */
export const NOT_EVALUATED = 'not-evaluated';

/**
 * The status of a plan entry: the result's status, or `not-evaluated` for an error entry.
 *
 * @param entry - an entry of `evaluatePlan(...).entries`
 * @returns the status
 */
export const entryStatus = (entry: PlanTargetEntry): string => (entry.ok ? entry.result.status : NOT_EVALUATED);

/** The ids of every built-in plan. */
export const planIds = (): string[] => PLANS.map((p) => p.id);

/**
 * Finds a built-in plan, or says which ids exist.
 *
 * @param id - a plan id
 * @returns the plan, or the known ids
 * @example
 * ```ts
 * import { findPlan } from '@coop/cli';
 * findPlan('thai-nguyen-42-2024').ok; // true
 * findPlan('nope').ok; // false
 * ```
 */
export const findPlan = (id: string): { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly known: readonly string[] } => {
  const plan = PLANS.find((p) => p.id === id);
  return plan ? { ok: true, plan } : { ok: false, known: planIds() };
};

/** A number with the language's separators and at most `decimals` decimals. */
const formatNumber = (value: number, lang: Lang, decimals: number): string => formatModelNumber(value, lang, { maxDecimals: decimals });

const unitWord = (unit: string, lang: Lang): string => {
  const words: Record<string, [string, string]> = {
    organisations: ['tổ chức', 'organisations'],
    members: ['thành viên', 'members'],
    households: ['hộ', 'households'],
    persons: ['người', 'persons'],
    hectares: ['ha', 'ha'],
    units: ['đơn vị', 'units'],
  };
  const w = words[unit];
  return w ? w[lang === 'vi' ? 0 : 1] : unit;
};

/**
 * A target's current value as text in its unit.
 *
 * @param result - a target result
 * @param lang - `vi` or `en`
 * @returns the value (`58,3 %`), or `—` when there is none
 */
export const valueText = (result: TargetResult, lang: Lang): string => {
  if (result.units) {
    const meeting = result.units.filter((u) => u.met).length;
    return lang === 'vi' ? `${meeting}/${result.units.length} đơn vị đạt` : `${meeting}/${result.units.length} units meet it`;
  }
  if (result.display === undefined) return '—';
  const v =
    result.unit === 'percent-growth'
      ? `${formatNumber(result.display, lang, 1)} %`
      : result.unit === 'units'
        ? formatNumber(result.display, lang, 0)
        : formatValue(result.display, result.unit, lang);
  return result.year === undefined ? v : `${v} (${result.year})`;
};

/**
 * What the target asks for, as a short phrase.
 *
 * @param result - a target result
 * @param lang - `vi` or `en`
 * @returns e.g. `vượt 60 %` / `exceed 60 %`
 */
export const goalText = (result: TargetResult, lang: Lang): string => {
  const unit = result.unit === 'percent-growth' || result.unit === 'units' ? 'count' : result.unit;
  return comparatorPhrase(result.comparator, unit, result.tolerance?.value)[lang];
};

/**
 * How far a target is from holding, as a short phrase.
 *
 * @param gap - the gap of a target result
 * @param result - the result (for the unit)
 * @param lang - `vi` or `en`
 * @returns e.g. `thêm 3 tổ chức` / `3 more organisations`, or `—` when met
 */
export const gapText = (gap: TargetGap, result: TargetResult, lang: Lang): string => {
  switch (gap.kind) {
    case 'met':
      return '—';
    case 'change': {
      const n = Number(gap.amount);
      const word = unitWord(gap.unit, lang);
      const amount = gap.unit === 'vnd' ? formatValue(n, 'vnd', lang) : `${formatNumber(n, lang, 0)} ${lang === 'en' && n === 1 ? word.replace(/s$/, '') : word}`;
      const total = gap.basis === 'population-total' ? (lang === 'vi' ? ' (tổng cộng)' : ' in total') : '';
      return lang === 'vi' ? `${gap.change === 'more' ? 'thêm' : 'bớt'} ${amount}${total}` : `${amount} ${gap.change === 'more' ? 'more' : 'fewer'}${total}`;
    }
    case 'distance': {
      const unit = result.unit === 'percent-growth' ? 'percent' : result.unit === 'units' ? 'count' : result.unit;
      const d = formatValue(gap.distance, unit === 'percent' ? 'percent' : unit, lang);
      const pp = unit === 'percent' ? (lang === 'vi' ? ' điểm %' : ' points') : '';
      return lang === 'vi' ? `cần ${gap.change === 'more' ? 'tăng' : 'giảm'} ${d.replace(/ %$/, '')}${pp}` : `needs ${d.replace(/ %$/, '')}${pp} ${gap.change === 'more' ? 'more' : 'less'}`;
    }
    case 'unreachable':
      return gap.reason[lang];
    case 'units': {
      // Units by name when the area list names them ("huyện Định Hóa"), else by code.
      const nameOf = (code: string): string => {
        const name = result.units?.find((u) => u.code === code)?.name?.[lang];
        return name === undefined ? code : lang === 'vi' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
      };
      const named = gap.failing.map(nameOf);
      // Units without a value are neither meeting nor failing (rating's UnitResult.met undefined): named too.
      const undecided = (result.units ?? []).filter((u) => u.met === undefined).map((u) => nameOf(u.code));
      const noValue = undecided.length === 0 ? '' : lang === 'vi' ? `; chưa có số liệu ở: ${undecided.join(', ')}` : `; no value in: ${undecided.join(', ')}`;
      return (lang === 'vi' ? `chưa đạt ở: ${named.join(', ')}` : `failing in: ${named.join(', ')}`) + noValue;
    }
    case 'years':
      return lang === 'vi' ? `chưa đạt các năm ${gap.failing.join(', ')}` : `below the floor in ${gap.failing.join(', ')}`;
    case 'not-computable':
      return gap.reason[lang];
    default:
      return '';
  }
};

/**
 * The label of a progress status.
 *
 * @param status - a status such as `on-track`
 * @param lang - `vi` or `en`
 * @returns the label
 * @example
 * ```ts
 * import { statusLabel } from '@coop/cli';
 * statusLabel('on-track', 'en'); // 'on track'
 * ```
 */
export const statusLabel = (status: string, lang: Lang): string =>
  status === NOT_EVALUATED
    ? lang === 'vi'
      ? 'chưa đánh giá được'
      : 'not evaluated'
    : ((PROGRESS_STATUS_LABELS as Readonly<Record<string, { vi: string; en: string }>>)[status]?.[lang] ?? status);

const MARK: Readonly<Record<string, string>> = {
  achieved: '✔',
  'on-track': '✔',
  'needs-acceleration': '▲',
  'limited-progress': '▲',
  deteriorating: '✘',
  'not-achieved': '✘',
  'insufficient-data': '?',
  'not-applicable': '·',
  [NOT_EVALUATED]: '!',
};

/**
 * Notes on the records' area codes, from the targets' `UNKNOWN_AREA_CODES` and `CLOSED_AREA_CODES`
 * warnings (`areaCodeCounts` of `@coop/rating`): records whose code the area list does not know count
 * for no area.
 *
 * @param entries - the entries of `evaluatePlan(...).entries`
 * @param lang - `vi` or `en`
 * @returns one line per kind of note (none when every code is known and in force)
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan } from '@coop/rating';
 * import { areaCodeNotes } from '@coop/cli';
 * const records = [{ organisationId: 'a', year: 2025, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'HN' }] as const;
 * const { entries } = evaluatePlan(getPlan('mard-2803-2023'), { records }, { asOf: 2025 });
 * areaCodeNotes(entries, 'en'); // ['⚠ 1 record has an area code not in the area list (HN): it counts for no area']
 * ```
 */
export const areaCodeNotes = (entries: readonly PlanTargetEntry[], lang: Lang): string[] => {
  const { unknown, closed } = areaCodeCounts(entries);
  const notes: string[] = [];
  if (unknown.codes.length > 0) {
    const n = unknown.records;
    notes.push(
      lang === 'vi'
        ? `⚠ ${n} bản ghi có mã địa bàn không có trong danh mục (${unknown.codes.join(', ')}): không được tính cho địa bàn nào`
        : `⚠ ${n} ${n === 1 ? 'record has an area code' : 'records have area codes'} not in the area list (${unknown.codes.join(', ')}): ${n === 1 ? 'it counts' : 'they count'} for no area`,
    );
  }
  if (closed.codes.length > 0) {
    const n = closed.records;
    notes.push(
      lang === 'vi'
        ? `⚠ ${n} bản ghi dùng mã địa bàn đã giải thể (${closed.codes.join(', ')}): được tính cho đơn vị kế thừa, cần sửa mã`
        : `⚠ ${n} ${n === 1 ? 'record uses a closed area code' : 'records use closed area codes'} (${closed.codes.join(', ')}): counted for the successor unit — fix the codes`,
    );
  }
  return notes;
};

/**
 * The console table of a plan evaluation: one row per target (errors included, never skipped), then
 * the notes on unknown or closed area codes (see {@link areaCodeNotes}), if any.
 *
 * @param entries - the entries of `evaluatePlan(...).entries`
 * @param lang - `vi` or `en`
 * @returns the table text
 */
export const checkTable = (entries: readonly PlanTargetEntry[], lang: Lang): string => {
  const checked = assertList(entries, 'entries') as unknown as readonly PlanTargetEntry[];
  return [targetTable(checked, lang), ...areaCodeNotes(checked, lang)].join('\n');
};

const targetTable = (entries: readonly PlanTargetEntry[], lang: Lang): string =>
  renderTable(
    [
      { header: '' },
      { header: lang === 'vi' ? 'Chỉ tiêu' : 'Target', maxWidth: 46 },
      { header: lang === 'vi' ? 'Trạng thái' : 'Status', maxWidth: 24 },
      { header: lang === 'vi' ? 'Hiện tại' : 'Now', align: 'right' },
      { header: lang === 'vi' ? 'Mục tiêu' : 'Goal', maxWidth: 30 },
      { header: lang === 'vi' ? 'Hạn' : 'By', align: 'right' },
      { header: lang === 'vi' ? 'Còn thiếu' : 'Gap', maxWidth: 36 },
    ],
    entries.map((e) =>
      e.ok
        ? [MARK[e.result.status] ?? ' ', e.result.label[lang], statusLabel(e.result.status, lang), valueText(e.result, lang), goalText(e.result, lang), String(e.result.deadline), gapText(e.result.gap, e.result, lang)]
        : [MARK[NOT_EVALUATED] ?? '!', e.target.label[lang], statusLabel(NOT_EVALUATED, lang), '—', '', String(e.target.deadline), e.error.message[lang]],
    ),
  );

/**
 * The explanation of an entry: the result's, or the error message.
 *
 * @param entry - a plan entry
 * @param lang - `vi` or `en`
 * @returns one line
 */
export const entryExplanation = (entry: PlanTargetEntry, lang: Lang): string => (entry.ok ? entry.result.explanation[lang] : entry.error.message[lang]);

/**
 * Counts the entries by status.
 *
 * @param entries - the plan entries
 * @returns counts per status, plus `passing` and `total`
 */
export const countStatuses = (entries: readonly PlanTargetEntry[]): Record<string, number> => {
  const checked = assertList(entries, 'entries') as unknown as readonly PlanTargetEntry[];
  const counts: Record<string, number> = { total: checked.length, passing: 0 };
  for (const e of checked) {
    const status = entryStatus(e);
    counts[status] = (counts[status] ?? 0) + 1;
    if (PASSING_STATUSES.includes(status)) counts.passing = (counts.passing ?? 0) + 1;
  }
  return counts;
};

/**
 * The exit code of a plan check: 0 when every target is achieved or on track, else 1 (not met, off
 * track, no data, or not evaluated).
 *
 * @param entries - the plan entries
 * @returns `0` or `1`
 */
export const exitCodeFor = (entries: readonly PlanTargetEntry[]): number => {
  const checked = assertList(entries, 'entries') as unknown as readonly PlanTargetEntry[];
  return checked.every((e) => PASSING_STATUSES.includes(entryStatus(e))) ? EXIT.OK : EXIT.TARGETS_NOT_MET;
};

const plain = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as unknown;

/**
 * One plan entry as JSON for `--json` (bigints as strings, texts added).
 *
 * @param entry - the plan entry
 * @param lang - language of the added texts
 * @returns a JSON-ready object
 */
export const targetJson = (entry: PlanTargetEntry, lang: Lang): Record<string, unknown> => {
  if (!entry.ok) {
    return { id: entry.targetId, plan: entry.planId, label: entry.target.label, status: NOT_EVALUATED, deadline: entry.target.deadline, error: entry.error };
  }
  const result = entry.result;
  return {
    id: result.targetId,
    plan: entry.planId,
    label: result.label,
    status: result.status,
    met: result.met,
    year: result.year,
    value: result.display,
    valueText: valueText(result, lang),
    goal: goalText(result, lang),
    comparator: result.comparator,
    deadline: result.deadline,
    gap: plain(result.gap),
    gapText: gapText(result.gap, result, lang),
    method: result.method,
    series: result.series.map((p) => ({ year: p.year, value: p.display })),
    explanation: result.explanation,
    warnings: plain(result.warnings),
  };
};
