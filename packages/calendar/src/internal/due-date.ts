/** The date as written for a step of a period (before strictness and rolling). */
import type { DueDateRule } from '../cycles.js';
import type { Period } from '../period.js';
import { daysInMonth, dayNumberOf, fromDayNumber } from './civil-date.js';

/** Civil date of a due-date rule applied to a period. Month days beyond the month's end clamp to its last day. */
export const writtenDateOf = (rule: DueDateRule, period: Period): string => {
  let year: number;
  let month: number;
  let day: number | 'last';
  if ('monthsAfterEnd' in rule) {
    const m = Number(period.end.slice(5, 7)) + rule.monthsAfterEnd; // may leave 1–12
    year = period.year + Math.floor((m - 1) / 12);
    month = ((((m - 1) % 12) + 12) % 12) + 1;
    day = rule.day;
  } else {
    year = period.year + (rule.yearOffset ?? 0);
    month = rule.month;
    day = rule.day;
  }
  const last = daysInMonth(year, month);
  return fromDayNumber(dayNumberOf(year, month, day === 'last' ? last : Math.min(day, last)));
};
