import { z } from 'zod';

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a string is a real calendar date in `YYYY-MM-DD` form (2025-02-30 is not).
 *
 * @param value - anything
 * @returns `true` for a valid civil date string
 * @example
 * ```ts
 * import { isCivilDate } from '@coop/model';
 * isCivilDate('2024-02-29'); // true
 * isCivilDate('2025-02-29'); // false
 * ```
 */
export const isCivilDate = (value: unknown): value is string => {
  const match = typeof value === 'string' ? CIVIL_DATE.exec(value) : null;
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
};

/**
 * A civil date `YYYY-MM-DD` (no time zone; Vietnamese documents mean Asia/Ho_Chi_Minh).
 * Impossible dates such as `2025-02-30` are rejected with the issue code `invalid_date`.
 *
 * @example
 * ```ts
 * import { CivilDateSchema } from '@coop/model';
 * CivilDateSchema.safeParse('2025-02-30').success; // false
 * ```
 */
export const CivilDateSchema = z.string().check((ctx) => {
  if (!isCivilDate(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      params: { code: 'invalid_date' },
      message: 'Expected a real calendar date in the form YYYY-MM-DD',
    });
  }
});

/**
 * A civil date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { CivilDate } from '@coop/model';
 * const due: CivilDate = '2025-06-19';
 * due; // '2025-06-19'
 * ```
 */
export type CivilDate = z.infer<typeof CivilDateSchema>;

/**
 * A calendar year the library reasons about (1900–2199).
 *
 * @example
 * ```ts
 * import { YearSchema } from '@coop/model';
 * YearSchema.safeParse(1899).success; // false
 * ```
 */
export const YearSchema = z.number().int().min(1900).max(2199);
