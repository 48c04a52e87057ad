/**
 * Period ids in the DHIS2 style: `2025` (year), `2025S1` / `2025S2` (half-year), `2025Q3` (quarter) and
 * `202503` (month). A period is a run of whole calendar months; its `start` and `end` are the first and
 * last civil days of those months. Years 1000–9999 are supported (four-digit ids).
 */
import { CoopError } from '@coop/model';
import { daysInMonth, partsOf, toDayNumber } from './internal/civil-date.js';
import { readFields } from './internal/read-args.js';

/**
 * The kinds of period: calendar year, half-year, quarter, month.
 *
 * @example
 * ```ts
 * import { periodsBetween, type PeriodType } from '@coop/calendar';
 * const type: PeriodType = 'quarter';
 * periodsBetween('2025-01-01', '2025-12-31', type).map((p) => p.id).join(' '); // '2025Q1 2025Q2 2025Q3 2025Q4'
 * ```
 */
export type PeriodType = 'year' | 'half' | 'quarter' | 'month';

/**
 * A parsed period: its id, type, year, index within the year and calendar start/end dates.
 *
 * @example
 * ```ts
 * import { parsePeriod, type Period } from '@coop/calendar';
 * const period: Period = parsePeriod('2025S2');
 * period.type; // 'half'
 * period.index; // 2
 * period.start; // '2025-07-01'
 * period.end; // '2025-12-31'
 * ```
 */
export interface Period {
  /** The id, e.g. `2025Q3`. */
  readonly id: string;
  /** The period type. */
  readonly type: PeriodType;
  /** The calendar year the period belongs to. */
  readonly year: number;
  /** 1-based position within the year: always 1 for a year, 1–2 half, 1–4 quarter, 1–12 month. */
  readonly index: number;
  /** First civil day (`YYYY-MM-DD`). */
  readonly start: string;
  /** Last civil day (`YYYY-MM-DD`), inclusive. */
  readonly end: string;
}

/**
 * Every period type, from the longest to the shortest.
 *
 * @example
 * ```ts
 * import { PERIOD_TYPES } from '@coop/calendar';
 * PERIOD_TYPES; // ['year', 'half', 'quarter', 'month']
 * ```
 */
export const PERIOD_TYPES: readonly PeriodType[] = ['year', 'half', 'quarter', 'month'];

const MONTHS: Readonly<Record<PeriodType, number>> = { year: 12, half: 6, quarter: 3, month: 1 };
const PERIOD_ID = /^(\d{4})(?:(S[12])|(Q[1-4])|(0[1-9]|1[0-2]))?$/;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** A short, throw-free description of any value for error messages. */
const describe = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value);

const invalid = (received: unknown, why: string): CoopError =>
  new CoopError('INVALID_PERIOD', `Not a period id (${why}): ${describe(received)}`, { received: describe(received) });

/** Builds a period from its type and ordinal (months since year 0 divided by the period length). */
const fromOrdinal = (type: PeriodType, ordinal: number): Period => {
  const len = MONTHS[type];
  const perYear = 12 / len;
  const year = Math.floor(ordinal / perYear);
  const index = ordinal - year * perYear + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) throw invalid(String(year), `year outside ${MIN_YEAR}–${MAX_YEAR}`);
  const firstMonth = (index - 1) * len + 1;
  const lastMonth = firstMonth + len - 1;
  const y = String(year);
  const id =
    type === 'year' ? y : type === 'half' ? `${y}S${index}` : type === 'quarter' ? `${y}Q${index}` : `${y}${index < 10 ? '0' : ''}${index}`;
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return {
    id,
    type,
    year,
    index,
    start: `${y}-${pad(firstMonth)}-01`,
    end: `${y}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
};

const ordinalOf = (period: Period): number => period.year * (12 / MONTHS[period.type]) + period.index - 1;

const assertType = (type: unknown): PeriodType => {
  if ((PERIOD_TYPES as readonly unknown[]).includes(type)) return type as PeriodType;
  throw new CoopError('INVALID_PERIOD_TYPE', `Unknown period type: ${describe(type)}`, { received: describe(type), expected: PERIOD_TYPES });
};

/**
 * Tells whether a value is a valid period id (`2025`, `2025S1`, `2025Q3`, `202503`). Never throws.
 *
 * @param value - anything
 * @returns `true` when {@link parsePeriod} would accept it
 * @example
 * ```ts
 * import { isPeriodId } from '@coop/calendar';
 * isPeriodId('2025Q3'); // true
 * isPeriodId('2025Q5'); // false
 * ```
 */
export const isPeriodId = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = PERIOD_ID.exec(value);
  return match !== null && Number(match[1]) >= MIN_YEAR;
};

/**
 * Parses a period id, throwing `CoopError('INVALID_PERIOD')` when it is not one. For untrusted input,
 * check with {@link isPeriodId} first.
 *
 * @param id - a period id such as `2025`, `2025S1`, `2025Q3` or `202503`
 * @returns the period with its calendar start and end dates
 * @example
 * ```ts
 * import { parsePeriod } from '@coop/calendar';
 * parsePeriod('2025Q1'); // { id: '2025Q1', type: 'quarter', year: 2025, index: 1, start: '2025-01-01', end: '2025-03-31' }
 * ```
 */
export const parsePeriod = (id: string): Period => {
  const match = typeof id === 'string' ? PERIOD_ID.exec(id) : null;
  if (!match) throw invalid(id, 'expected YYYY, YYYYS1, YYYYQ1 or YYYYMM');
  const year = Number(match[1]);
  if (year < MIN_YEAR) throw invalid(id, `year outside ${MIN_YEAR}–${MAX_YEAR}`);
  if (match[2]) return fromOrdinal('half', year * 2 + Number(match[2].slice(1)) - 1);
  if (match[3]) return fromOrdinal('quarter', year * 4 + Number(match[3].slice(1)) - 1);
  if (match[4]) return fromOrdinal('month', year * 12 + Number(match[4]) - 1);
  return fromOrdinal('year', year);
};

/**
 * Formats a period (or its parts) as an id.
 *
 * @param period - a type, a year and (except for a year) a 1-based index
 * @returns the id, e.g. `2025S2`
 * @example
 * ```ts
 * import { formatPeriod } from '@coop/calendar';
 * formatPeriod({ type: 'month', year: 2025, index: 3 }); // '202503'
 * formatPeriod({ type: 'year', year: 2025 }); // '2025'
 * ```
 */
export const formatPeriod = (period: { readonly type: PeriodType; readonly year: number; readonly index?: number }): string => {
  if (typeof period !== 'object' || period === null) throw invalid(period, 'expected { type, year, index? }');
  const fields = readFields(period, ['type', 'year', 'index'], 'period', 'INVALID_PERIOD');
  const type = assertType(fields.type);
  const year = fields.year as number;
  const index = (fields.index ?? 1) as number;
  // Number.isInteger is false for any non-number (no coercion), so no separate typeof checks are needed.
  if (!Number.isInteger(year) || !Number.isInteger(index) || index < 1 || index > 12 / MONTHS[type]) {
    throw invalid(period, `no ${type} with that year and index`);
  }
  return fromOrdinal(type, year * (12 / MONTHS[type]) + index - 1).id;
};

/**
 * A period given as an id or as a parsed period (only its `id` is read, once).
 *
 * @internal
 */
export const toPeriod = (period: string | Period): Period =>
  parsePeriod(typeof period === 'object' && period !== null ? (readFields(period, ['id'], 'period', 'INVALID_PERIOD').id as string) : period);

/**
 * The period right after a period, of the same type.
 *
 * @param period - a period id or a parsed period
 * @returns the next period (`2025Q4` → `2026Q1`)
 * @example
 * ```ts
 * import { nextPeriod } from '@coop/calendar';
 * nextPeriod('2025Q4').id; // '2026Q1'
 * ```
 */
export const nextPeriod = (period: string | Period): Period => {
  const p = toPeriod(period);
  return fromOrdinal(p.type, ordinalOf(p) + 1);
};

/**
 * The period right before a period, of the same type.
 *
 * @param period - a period id or a parsed period
 * @returns the previous period (`202501` → `202412`)
 * @example
 * ```ts
 * import { previousPeriod } from '@coop/calendar';
 * previousPeriod('202501').id; // '202412'
 * ```
 */
export const previousPeriod = (period: string | Period): Period => {
  const p = toPeriod(period);
  return fromOrdinal(p.type, ordinalOf(p) - 1);
};

/**
 * The period of a type that contains a civil date.
 *
 * @param date - a civil date `YYYY-MM-DD` (throws `INVALID_DATE` otherwise)
 * @param type - the period type
 * @returns the period containing the date
 * @example
 * ```ts
 * import { periodContaining } from '@coop/calendar';
 * periodContaining('2025-08-15', 'quarter').id; // '2025Q3'
 * periodContaining('2025-08-15', 'half').id; // '2025S2'
 * ```
 */
export const periodContaining = (date: string, type: PeriodType): Period => {
  const t = assertType(type);
  const { year, month } = partsOf(toDayNumber(date));
  return fromOrdinal(t, year * (12 / MONTHS[t]) + Math.floor((month - 1) / MONTHS[t]));
};

/**
 * Every period of a type that overlaps a range of civil dates, both ends inclusive, in order: from the
 * period containing `from` to the period containing `to`.
 *
 * @param from - first civil date of the range
 * @param to - last civil date of the range (not before `from`, else `CoopError('INVALID_RANGE')`)
 * @param type - the period type
 * @returns the periods, oldest first
 * @example
 * ```ts
 * import { periodsBetween } from '@coop/calendar';
 * periodsBetween('2025-02-10', '2025-07-01', 'quarter').map((p) => p.id); // ['2025Q1', '2025Q2', '2025Q3']
 * ```
 */
export const periodsBetween = (from: string, to: string, type: PeriodType): Period[] => {
  if (toDayNumber(from) > toDayNumber(to)) {
    throw new CoopError('INVALID_RANGE', `Range ends before it starts: ${from} > ${to}`, { from, to });
  }
  const first = periodContaining(from, type);
  const last = ordinalOf(periodContaining(to, type));
  const out: Period[] = [];
  for (let ordinal = ordinalOf(first); ordinal <= last; ordinal += 1) out.push(fromOrdinal(first.type, ordinal));
  return out;
};

