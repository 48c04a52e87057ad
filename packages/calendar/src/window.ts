/**
 * Cut-off windows: the span of days whose data a periodic report covers. Window rules are data with a
 * citation; the code only interprets `startMonthOffset` / `startDay`.
 */
import { CoopError, type Citation, type Label } from '@coop/model';
import { dayNumberOf, fromDayNumber } from './internal/civil-date.js';
import { readFields } from './internal/read-args.js';
import { WINDOW_SHIFTS } from './internal/window-shift.js';
import { toPeriod, type Period } from './period.js';

/**
 * A cut-off window rule. The window of a period starts on day `startDay` of the month
 * `startMonthOffset` months from the period's first month, and ends the day before the window of the
 * next period starts — so consecutive windows tile time by construction.
 *
 * @example
 * ```ts
 * import { cutoffWindow, type WindowRule } from '@coop/calendar';
 * // a regime whose data runs from the 20th of the month before the period
 * const rule: WindowRule = {
 *   id: 'province-20th', label: { vi: 'Chốt ngày 20', en: 'Cut-off on the 20th' },
 *   source: { document: 'Provincial reporting regime' }, startMonthOffset: -1, startDay: 20,
 * };
 * cutoffWindow('2025Q1', rule).start; // '2024-12-20'
 * cutoffWindow('2025Q1', rule).end; // '2025-03-19'
 * ```
 */
export interface WindowRule {
  /** Stable id, e.g. `decree-09-2019`. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly label: Label;
  /** Where the rule comes from. */
  readonly source: Citation;
  /** Month shift of the window start relative to the period's first month (−11…0). */
  readonly startMonthOffset: number;
  /** Day of the month the window starts on (1–28). */
  readonly startDay: number;
  /** How the rule was read, where a reading was needed. */
  readonly note?: Label;
}

/**
 * The built-in cut-off window rules, as data with citations.
 *
 * @example
 * ```ts
 * import { WINDOW_RULES } from '@coop/calendar';
 * WINDOW_RULES['decree-09-2019'].startDay; // 15
 * ```
 */
export const WINDOW_RULES = {
  'decree-09-2019': {
    id: 'decree-09-2019',
    label: { vi: 'Chốt số liệu theo Nghị định 09/2019/NĐ-CP', en: 'Cut-off under Decree 09/2019/NĐ-CP' },
    source: {
      document: 'Decree 09/2019/NĐ-CP on the reporting regime of state administrative agencies',
      clause: 'art. 12(4) (cut-off time of periodic reports)',
      note: 'Art. 12 clause 4, as cited by the circulars that apply it (issue 17). The monthly, quarterly, first-half, nine-month and annual windows are stated there; the second-half window is derived (see note).',
    },
    startMonthOffset: -1,
    startDay: 15,
    note: {
      vi: 'Kỳ 6 tháng cuối năm không được nêu riêng: suy ra từ 15/6 đến 14/12 để hai kỳ 6 tháng ghép đúng bằng kỳ năm (15/12 năm trước – 14/12).',
      en: 'The second half-year is not spelled out: it is derived as 15 Jun – 14 Dec so that S1 and S2 tile the annual window (15 Dec of the previous year – 14 Dec).',
    },
  },
  calendar: {
    id: 'calendar',
    label: { vi: 'Kỳ dương lịch', en: 'Calendar period' },
    source: { document: 'Plain calendar periods (1 Jan – 30 Jun, 1 Jan – 31 Dec), used by some regimes (domain note calendar.md)' },
    startMonthOffset: 0,
    startDay: 1,
  },
} as const satisfies Readonly<Record<string, WindowRule>>;

/**
 * Ids of the built-in window rules.
 *
 * @example
 * ```ts
 * import { WINDOW_RULES, cutoffWindow, type WindowRuleId } from '@coop/calendar';
 * const id: WindowRuleId = 'decree-09-2019';
 * WINDOW_RULES[id].startMonthOffset; // -1
 * cutoffWindow('2025S1', id).start; // '2024-12-15'
 * ```
 */
export type WindowRuleId = keyof typeof WINDOW_RULES;

/**
 * The cut-off window of one period under one rule: both ends inclusive civil dates.
 *
 * @example
 * ```ts
 * import { cutoffWindow, type CutoffWindow } from '@coop/calendar';
 * const window: CutoffWindow = cutoffWindow('2025Q3', 'decree-09-2019');
 * window.start; // '2025-06-15'
 * window.end; // '2025-09-14'
 * window.rule; // 'decree-09-2019'
 * ```
 */
export interface CutoffWindow {
  /** The period id. */
  readonly period: string;
  /** The rule id. */
  readonly rule: string;
  /** First day of data covered. */
  readonly start: string;
  /** Last day of data covered (inclusive). */
  readonly end: string;
}

type Shift = Pick<WindowRule, 'startMonthOffset' | 'startDay'> & { readonly id: string };

const resolveRule = (rule: WindowRuleId | WindowRule): Shift => {
  // A rule object is read once, field by field (a getter cannot change it after the check).
  const r: unknown =
    typeof rule === 'string'
      ? Object.hasOwn(WINDOW_SHIFTS, rule)
        ? { id: rule, ...WINDOW_SHIFTS[rule as WindowRuleId] }
        : undefined
      : typeof rule === 'object' && rule !== null
        ? readFields(rule, ['id', 'startDay', 'startMonthOffset'], 'rule', 'INVALID_WINDOW_RULE')
        : rule;
  if (
    typeof r === 'object' &&
    r !== null &&
    typeof (r as WindowRule).id === 'string' &&
    (r as WindowRule).id !== '' &&
    Number.isInteger((r as WindowRule).startDay) &&
    (r as WindowRule).startDay >= 1 &&
    (r as WindowRule).startDay <= 28 &&
    Number.isInteger((r as WindowRule).startMonthOffset) &&
    (r as WindowRule).startMonthOffset >= -11 &&
    (r as WindowRule).startMonthOffset <= 0
  ) {
    return r as Shift;
  }
  throw new CoopError('INVALID_WINDOW_RULE', `Unknown or malformed window rule: ${typeof rule === 'string' ? JSON.stringify(rule.slice(0, 40)) : typeof rule}`, {
    received: typeof rule === 'string' ? rule.slice(0, 40) : typeof rule,
    expected: Object.keys(WINDOW_SHIFTS),
  });
};

/**
 * The first day of the window that starts with a month (1–13 of the period's year; 13 = January of the
 * next, which Date.UTC normalises, as it does month 0 / −1 into the previous year).
 */
const windowStartAt = (year: number, month: number, rule: Shift): number => dayNumberOf(year, month + rule.startMonthOffset, rule.startDay);

/**
 * The cut-off window of a period under a rule. Under `decree-09-2019` the window runs from the 15th of
 * the month before the period to the 14th of its last month (annual 2025 = 2024-12-15 → 2025-12-14;
 * S2 = 15 Jun → 14 Dec, derived so that S1 + S2 tile the year); under `calendar` it is the period itself.
 *
 * @param period - a period id or a parsed period
 * @param rule - a built-in rule id or a {@link WindowRule} (default `calendar`)
 * @returns the window, both ends inclusive
 * @example
 * ```ts
 * import { cutoffWindow } from '@coop/calendar';
 * cutoffWindow('2025', 'decree-09-2019'); // { period: '2025', rule: 'decree-09-2019', start: '2024-12-15', end: '2025-12-14' }
 * cutoffWindow('2025Q1', 'calendar').end; // '2025-03-31'
 * ```
 */
export const cutoffWindow = (period: string | Period, rule: WindowRuleId | WindowRule = 'calendar'): CutoffWindow => {
  const r = resolveRule(rule);
  const p = toPeriod(period);
  return {
    period: p.id,
    rule: r.id,
    start: fromDayNumber(windowStartAt(p.year, Number(p.start.slice(5, 7)), r)),
    // The day before the next period's window: computed from this period's last month, so that the last
    // period of the supported range (9999Q4) has a window too.
    end: fromDayNumber(windowStartAt(p.year, Number(p.end.slice(5, 7)) + 1, r) - 1),
  };
};
