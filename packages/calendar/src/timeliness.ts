/**
 * Timeliness of a submission against a deadline, computed in Vietnam's zone, with DHIS2's separation of
 * the due instant (on-time limit) and the lock instant (after which entry is refused).
 */
import { CoopError, type Label } from '@coop/model';
import { isCivilDate, toDayNumber } from './internal/civil-date.js';
import { CALENDAR_KEYS, readFields, readOptions } from './internal/read-args.js';
import type { WorkingCalendarOptions } from './holidays.js';
import { workingDaysBetween } from './working-days.js';
import { civilDateInVietnam, endOfDayInVietnam, toEpochMs } from './zone.js';

/**
 * A deadline as timeliness needs it: a `DeadlineStep` fits, or any `{ effectiveDate, lockAt? }`.
 *
 * @example
 * ```ts
 * import { timeliness, type TimelinessDeadline } from '@coop/calendar';
 * const deadline: TimelinessDeadline = { effectiveDate: '2025-12-19', lockAt: '2025-12-21T17:00:00Z' };
 * timeliness('2025-12-20T03:00:00Z', deadline).status; // 'late'
 * timeliness('2025-12-22T03:00:00Z', deadline).status; // 'locked'
 * ```
 */
export interface TimelinessDeadline {
  /** The last acceptable civil day (Vietnam). */
  readonly effectiveDate: string;
  /** When entry locks (ISO instant), if the cycle defines a lock. */
  readonly lockAt?: string;
}

/**
 * Options of {@link timeliness}: an explicit lock instant and the working calendar for counting.
 *
 * @example
 * ```ts
 * import { timeliness, type TimelinessOptions } from '@coop/calendar';
 * const options: TimelinessOptions = { lockAt: '2026-01-01T00:00:00Z' };
 * const verdict = timeliness('2025-12-22T03:00:00Z', '2025-12-19', options);
 * verdict.status; // 'late' — not yet locked
 * verdict.lockAt; // '2026-01-01T00:00:00.000Z'
 * ```
 */
export type TimelinessOptions = WorkingCalendarOptions & {
  /** Lock instant; overrides the deadline's `lockAt`. */
  readonly lockAt?: string | Date;
};

/**
 * The verdict on one submission.
 *
 * @example
 * ```ts
 * import { timeliness, type Timeliness } from '@coop/calendar';
 * // due Friday 19 December 2025, submitted Monday 22 December at 10:00 in Hà Nội
 * const verdict: Timeliness = timeliness('2025-12-22T03:00:00Z', '2025-12-19');
 * verdict.status; // 'late'
 * verdict.lateByDays; // 3
 * verdict.lateByWorkingDays; // 1
 * verdict.explanation.en; // 'Late by 3 days (1 working day): submitted 2025-12-22, due 2025-12-19.'
 * ```
 */
export interface Timeliness {
  /** `on-time` before the end of the due day, `late` after it, `locked` at or after the lock instant. */
  readonly status: 'on-time' | 'late' | 'locked';
  /** The civil date of the submission in Vietnam. */
  readonly submittedDate: string;
  /** The last acceptable day. */
  readonly effectiveDate: string;
  /** The due instant (end of the last acceptable day in Vietnam), ISO in UTC. */
  readonly dueAt: string;
  /** The lock instant applied, if any, ISO in UTC. */
  readonly lockAt?: string;
  /** Calendar days after the last acceptable day (when not on time). */
  readonly lateByDays?: number;
  /** Working days after the last acceptable day, up to and including the submission day (when not on time). */
  readonly lateByWorkingDays?: number;
  /** The verdict in words. */
  readonly explanation: Label;
}

/**
 * Judges a submission instant against a deadline, in Vietnam's zone (`2025-12-20T18:00Z` is already
 * 21 December there). On time means strictly before the end of the last acceptable day.
 *
 * @param submittedAt - the submission instant (ISO with zone, or a `Date`)
 * @param deadline - a civil date (the last acceptable day), a `DeadlineStep`, or `{ effectiveDate, lockAt? }`
 * @param options - `lockAt` (overrides the deadline's) and the working calendar used to count working days late
 * @returns status, submission date in Vietnam, days and working days late
 * @example
 * ```ts
 * import { timeliness } from '@coop/calendar';
 * timeliness('2025-12-20T16:59:59Z', '2025-12-20').status; // 'on-time' (23:59:59 in Hà Nội)
 * timeliness('2025-12-20T18:00:00Z', '2025-12-20').status; // 'late' (already 21 December)
 * timeliness('2025-12-22T03:00:00Z', '2025-12-19').lateByWorkingDays; // 1 (Friday → Monday)
 * ```
 */
export const timeliness = (submittedAt: string | Date, deadline: string | TimelinessDeadline, options: TimelinessOptions = {}): Timeliness => {
  if (typeof options !== 'object' || options === null) {
    throw new CoopError('INVALID_OPTION', 'options must be an object', { received: options === null ? 'null' : typeof options });
  }
  // Options and the deadline object are read once each (a getter cannot change them after the checks).
  const read = readOptions(options, ['lockAt', ...CALENDAR_KEYS]);
  const due = typeof deadline === 'object' && deadline !== null ? readFields(deadline, ['effectiveDate', 'lockAt'], 'deadline', 'INVALID_DEADLINE') : {};
  const effectiveDate: unknown = typeof deadline === 'string' ? deadline : due.effectiveDate;
  if (!isCivilDate(effectiveDate)) {
    throw new CoopError('INVALID_DEADLINE', 'deadline must be a civil date or have an effectiveDate (YYYY-MM-DD)', {
      received: typeof deadline === 'string' ? deadline.slice(0, 40) : deadline === null ? 'null' : typeof deadline,
    });
  }
  const submittedMs = toEpochMs(submittedAt);
  const submittedDate = civilDateInVietnam(new Date(submittedMs));
  const dueAt = endOfDayInVietnam(effectiveDate);
  const lockSource = read.lockAt ?? due.lockAt;
  const lockMs = lockSource === undefined ? undefined : toEpochMs(lockSource as string | Date);
  const lockAt = lockMs === undefined ? undefined : new Date(lockMs).toISOString();
  const base = { submittedDate, effectiveDate, dueAt, ...(lockAt === undefined ? {} : { lockAt }) };

  if (submittedMs < Date.parse(dueAt)) {
    return {
      status: 'on-time',
      ...base,
      explanation: { vi: `Đúng hạn: nộp ngày ${submittedDate}, hạn ${effectiveDate}.`, en: `On time: submitted ${submittedDate}, due ${effectiveDate}.` },
    };
  }
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const lateByDays = toDayNumber(submittedDate) - toDayNumber(effectiveDate);
  const lateByWorkingDays = workingDaysBetween(effectiveDate, submittedDate, read as TimelinessOptions);
  const locked = lockMs !== undefined && submittedMs >= lockMs;
  return {
    status: locked ? 'locked' : 'late',
    ...base,
    lateByDays,
    lateByWorkingDays,
    explanation: locked
      ? {
          vi: `Bị khóa: nộp ngày ${submittedDate}, sau thời điểm khóa ${String(lockAt)}.`,
          en: `Locked: submitted ${submittedDate}, after the lock at ${String(lockAt)}.`,
        }
      : {
          vi: `Trễ hạn ${lateByDays} ngày (${lateByWorkingDays} ngày làm việc): nộp ngày ${submittedDate}, hạn ${effectiveDate}.`,
          en: `Late by ${count(lateByDays, 'day')} (${count(lateByWorkingDays, 'working day')}): submitted ${submittedDate}, due ${effectiveDate}.`,
        },
  };
};
