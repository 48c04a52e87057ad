/**
 * The numbers of the built-in window rules, repeated apart from their labels and citations
 * (`WINDOW_RULES` in `window.ts`) so that computing a window does not bundle the rule descriptions.
 * A test checks that both agree.
 */
export const WINDOW_SHIFTS = {
  /** Decree 09/2019/NĐ-CP: from the 15th of the month before the period. */
  'decree-09-2019': { startMonthOffset: -1, startDay: 15 },
  /** Plain calendar periods. */
  calendar: { startMonthOffset: 0, startDay: 1 },
} as const;
