import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';

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

/** The zod schema behind the main entry's `CivilDateSchema` (documented with an example in `schema-views.ts`). */
export const CivilDateSchema = /* @__PURE__ */ pureSchema(() => z.string().check((ctx) => {
  if (!isCivilDate(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      params: { code: 'invalid_date' },
      message: 'Expected a real calendar date in the form YYYY-MM-DD',
    });
  }
}));

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
export type CivilDate = string;

/** The zod schema behind the main entry's `YearSchema` (documented with an example in `schema-views.ts`). */
export const YearSchema = /* @__PURE__ */ pureSchema(() => z.number().check(z.int(), z.minimum(1900), z.maximum(2199)));
