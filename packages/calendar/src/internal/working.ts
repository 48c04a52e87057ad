/**
 * TEMPORARY stub (weekends only) until working-days.ts exists; replaced by an adapter over it.
 */
import { isoWeekday, toDayNumber, fromDayNumber } from './civil-date.js';

export interface WorkingCalendarOptions {
  readonly weekend?: readonly number[];
}

export const isWorkingDay = (date: string, _options?: WorkingCalendarOptions): boolean => isoWeekday(toDayNumber(date)) < 6;

export const rollForward = (date: string, options?: WorkingCalendarOptions): string => {
  let d = toDayNumber(date);
  while (!isWorkingDay(fromDayNumber(d), options)) d += 1;
  return fromDayNumber(d);
};

export const workingDaysAfter = (from: string, to: string, options?: WorkingCalendarOptions): number => {
  let n = 0;
  for (let d = toDayNumber(from) + 1; d <= toDayNumber(to); d += 1) if (isWorkingDay(fromDayNumber(d), options)) n += 1;
  return n;
};
