/**
 * Civil dates (`YYYY-MM-DD`, proleptic Gregorian, no time zone) as day numbers.
 * Day number 0 is 1970-01-01; all arithmetic is on integers, so it is exact and fast.
 */
import { CoopError } from '@coop/model';

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days in a month of a (proleptic Gregorian) year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** Gregorian leap year. */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Day number of a year/month/day triple (no validation). */
export const dayNumberOf = (year: number, month: number, day: number): number => {
  // Date.UTC maps years 0–99 to 1900–1999: setUTCFullYear does not.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / MS_PER_DAY);
};

/**
 * Parses `YYYY-MM-DD` into a day number, throwing `CoopError('INVALID_DATE')` for anything that is not a
 * real calendar date (2025-02-30, 2025-13-01, "2025-1-1", a non-string).
 */
export const toDayNumber = (date: string): number => {
  const match = typeof date === 'string' ? CIVIL_DATE.exec(date) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return dayNumberOf(year, month, day);
  }
  throw new CoopError('INVALID_DATE', `Not a civil date (YYYY-MM-DD): ${describe(date)}`, { received: date });
};

/** Tells whether a value is a valid `YYYY-MM-DD` civil date. */
export const isCivilDate = (date: unknown): date is string => {
  const match = typeof date === 'string' ? CIVIL_DATE.exec(date) : null;
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
};

/** Formats a day number as `YYYY-MM-DD` (years 0000–9999). */
export const fromDayNumber = (dayNumber: number): string => {
  const d = new Date(dayNumber * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
};

/** Year, month (1–12) and day of a day number. */
export const partsOf = (dayNumber: number): { year: number; month: number; day: number } => {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (dayNumber: number): number => {
  const w = (((dayNumber + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (ISO 4)
  return w + 1;
};

/** Adds days to a civil date. */
export const addDays = (date: string, days: number): string => fromDayNumber(toDayNumber(date) + days);

const describe = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return value === null ? 'null' : typeof value;
};
