/**
 * Vietnam's time zone, `Asia/Ho_Chi_Minh`: a fixed UTC+07:00 offset with no daylight saving since
 * 13 June 1975. Plain integer arithmetic (no time-zone database) keeps the bundle small; instants before
 * 1975 are still computed at +07:00, which is what the reporting rules need.
 */
import { CoopError } from '@coop/model';
import { fromDayNumber, isCivilDate, toDayNumber } from './internal/civil-date.js';
import { dateTimeOf } from './internal/read-args.js';

/**
 * The IANA zone id of Vietnam.
 *
 * @example
 * ```ts
 * import { VIETNAM_TIME_ZONE } from '@coop/calendar';
 * VIETNAM_TIME_ZONE; // 'Asia/Ho_Chi_Minh'
 * ```
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Vietnam's offset from UTC, in minutes (+07:00, no daylight saving).
 *
 * @example
 * ```ts
 * import { VIETNAM_OFFSET_MINUTES } from '@coop/calendar';
 * VIETNAM_OFFSET_MINUTES / 60; // 7
 * ```
 */
export const VIETNAM_OFFSET_MINUTES = 420;

const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;
/** An ISO 8601 date-time with an explicit zone: without one, `Date.parse` would use the machine's zone. */
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/i;

/**
 * Milliseconds since the epoch of an instant, throwing `CoopError('INVALID_INSTANT')` for anything
 * that is not a valid `Date` or an ISO 8601 date-time carrying `Z` or an offset.
 *
 * @param instant - an ISO string such as `2025-12-20T18:00:00Z` or a `Date`
 * @returns epoch milliseconds
 * @example
 * ```ts
 * import { toEpochMs } from '@coop/calendar';
 * toEpochMs('2025-12-20T18:00:00+07:00'); // 1766228400000
 * ```
 */
export const toEpochMs = (instant: string | Date): number => {
  const match = typeof instant === 'string' ? ISO_INSTANT.exec(instant) : null;
  // A Date is told apart by its time slot (a Proxy or a revoked Proxy is not one, and never throws here).
  const time = dateTimeOf(instant);
  // Date.parse alone would accept 2025-02-30 (as 2 March): the date part is checked first.
  const ms = time ?? (match && isCivilDate(match[1]) ? Date.parse(instant as string) : Number.NaN);
  if (Number.isNaN(ms)) {
    throw new CoopError('INVALID_INSTANT', 'Not an instant: expected a Date or an ISO 8601 date-time with Z or an offset', {
      received: time !== undefined ? 'Invalid Date' : typeof instant === 'string' ? instant.slice(0, 60) : typeof instant,
    });
  }
  return ms;
};

/**
 * The civil date in Vietnam at an instant.
 *
 * @param instant - an ISO date-time with zone, or a `Date`
 * @returns the date `YYYY-MM-DD` in `Asia/Ho_Chi_Minh`
 * @example
 * ```ts
 * import { civilDateInVietnam } from '@coop/calendar';
 * civilDateInVietnam('2025-12-20T18:00:00Z'); // '2025-12-21' (already 01:00 on the 21st in Hà Nội)
 * civilDateInVietnam('2025-12-20T16:59:59Z'); // '2025-12-20'
 * ```
 */
export const civilDateInVietnam = (instant: string | Date): string =>
  fromDayNumber(Math.floor((toEpochMs(instant) + OFFSET_MS) / MS_PER_DAY));

/**
 * The instant a civil day starts in Vietnam (00:00 at +07:00), as an ISO string in UTC.
 *
 * @param date - a civil date `YYYY-MM-DD`
 * @returns e.g. `2025-12-19T17:00:00.000Z` for `2025-12-20`
 * @example
 * ```ts
 * import { startOfDayInVietnam } from '@coop/calendar';
 * startOfDayInVietnam('2025-12-20'); // '2025-12-19T17:00:00.000Z'
 * ```
 */
export const startOfDayInVietnam = (date: string): string => new Date(toDayNumber(date) * MS_PER_DAY - OFFSET_MS).toISOString();

/**
 * The instant a civil day ends in Vietnam (24:00, i.e. the next day's 00:00 at +07:00), as an ISO string
 * in UTC. A deadline "on 20 December" is this instant: anything strictly before it is on time.
 *
 * @param date - a civil date `YYYY-MM-DD`
 * @returns e.g. `2025-12-20T17:00:00.000Z` for `2025-12-20`
 * @example
 * ```ts
 * import { endOfDayInVietnam } from '@coop/calendar';
 * endOfDayInVietnam('2025-12-20'); // '2025-12-20T17:00:00.000Z'
 * ```
 */
export const endOfDayInVietnam = (date: string): string => new Date((toDayNumber(date) + 1) * MS_PER_DAY - OFFSET_MS).toISOString();
