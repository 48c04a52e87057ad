/**
 * Deadlines of reporting cycles: for each period, every step's date as written, the last acceptable
 * day under the chosen reading, the effective day after rolling over days off, and the due instant.
 *
 * Semantics (documented decisions):
 * - **Selection by due date.** `deadlines(cycle, { from, to })` returns every period of the cycle with at
 *   least one step whose *effective* date falls in `[from, to]` (both inclusive), with all its steps — a
 *   user planning work asks "what is due in December?", not "which periods end in December?".
 * - **Strictness.** "trước ngày 20" (`strictBefore: true`) makes the last acceptable day the 19th; many
 *   agencies read it as "by the 20th". Both dates are in the output (`writtenDate`, `nominalDate`);
 *   `reading: 'strict' | 'lenient'` overrides the cycle's reading.
 * - **Roll (Civil Code 2015 art. 148).** When the last acceptable day is a weekly rest day or a public
 *   holiday and the cycle rolls (default), the deadline ends at the end of the next working day. The roll
 *   applies to the nominal (last acceptable) day, after the strict reading. Events never roll.
 * - **Due instant.** The end of the effective day in Vietnam: the next day 00:00 at +07:00, in UTC.
 * - **Provisional.** A step whose effective date rests on a day of a year without a recorded decision
 *   (or on a computed default) is `provisional: true`, so a portal can say "dự kiến".
 * - **Validity.** A step applies to the dates as written within its `validFrom`/`validUntil`: steps
 *   addressed to district bodies end on 30/06/2025 (two-tier local government from 1/7/2025).
 */
import { CoopError, type Citation, type Label } from '@coop/model';
import type { CycleKind, CycleStep, ReportingCycle, ReportingLevel } from './cycles.js';
import { addDays, fromDayNumber, isCivilDate, toDayNumber } from './internal/civil-date.js';
import { checkedCycle } from './internal/assert-cycle.js';
import { writtenDateOf } from './internal/due-date.js';
import { CALENDAR_KEYS, readFields, readList } from './internal/read-args.js';
import { coverageOf, resolveCalendar, type WorkingCalendarOptions } from './holidays.js';
import { parsePeriod, periodsBetween, type Period } from './period.js';
import { cutoffWindow, type CutoffWindow } from './window.js';
import { anyProvisional, isWorkingDay, workingDayOnOrAfter } from './working-days.js';
import { civilDateInVietnam, endOfDayInVietnam, startOfDayInVietnam, toEpochMs } from './zone.js';

/**
 * How to read "before the 20th": as the cycle says, always strictly (19th), or leniently (20th).
 *
 * @example
 * ```ts
 * import { CYCLES, deadlines, type DeadlineReading } from '@coop/calendar';
 * const reading: DeadlineReading = 'lenient';
 * const [d] = deadlines(CYCLES['mard-half-year'], { from: '2026-06-01', to: '2026-06-30', reading });
 * d?.steps[0]?.nominalDate; // '2026-06-20' ("trước ngày 20" read as "by the 20th")
 * d?.steps[0]?.effectiveDate; // '2026-06-22' (20 June 2026 is a Saturday)
 * ```
 */
export type DeadlineReading = 'cycle' | 'strict' | 'lenient';

/**
 * Options of {@link deadlines}: the range and the working calendar (weekend, holiday table).
 *
 * @example
 * ```ts
 * import { CYCLES, deadlines, type DeadlineOptions } from '@coop/calendar';
 * const options: DeadlineOptions = { from: '2024-12-01', to: '2024-12-31' };
 * const [d] = deadlines(CYCLES['rating-01-2020'], options);
 * d?.steps.map((s) => s.effectiveDate).join(' '); // '2024-12-16 2024-12-18 2024-12-23'
 * ```
 */
export type DeadlineOptions = WorkingCalendarOptions & {
  /** First civil date of the range (inclusive). */
  readonly from: string;
  /** Last civil date of the range (inclusive). */
  readonly to: string;
  /** Reading of "before" dates (default `cycle`). */
  readonly reading?: DeadlineReading;
};

/**
 * Options of {@link upcoming}: the working calendar and the reading.
 *
 * @example
 * ```ts
 * import { CYCLES, upcoming, type UpcomingOptions } from '@coop/calendar';
 * const options: UpcomingOptions = { reading: 'strict' };
 * upcoming('2026-06-01', [CYCLES['mard-half-year']], 1, options)[0]?.effectiveDate; // '2026-06-19'
 * ```
 */
export type UpcomingOptions = WorkingCalendarOptions & {
  /** Reading of "before" dates (default `cycle`). */
  readonly reading?: DeadlineReading;
};

/**
 * One step of one period: everything needed to plan, check timeliness and export.
 *
 * @example
 * ```ts
 * import { CYCLES, deadlines, type DeadlineStep } from '@coop/calendar';
 * const [d] = deadlines(CYCLES['rating-01-2020'], { from: '2024-12-01', to: '2024-12-31' });
 * const province: DeadlineStep = d!.steps[2]!;
 * province.level; // 'province'
 * province.writtenDate; // '2024-12-21' — a Saturday
 * province.effectiveDate; // '2024-12-23'
 * province.rolled; // true
 * province.dueAt; // '2024-12-23T17:00:00.000Z'
 * province.uid; // 'rating-01-2020/2024/province@coop-calendar'
 * ```
 */
export interface DeadlineStep {
  /** Stable id `cycle/period/step@coop-calendar`: same input, same UID. */
  readonly uid: string;
  /** The cycle id. */
  readonly cycleId: string;
  /** The cycle's name. */
  readonly cycleLabel: Label;
  /** `report` or `event`. */
  readonly kind: CycleKind;
  /** The period id. */
  readonly period: string;
  /** The cut-off window of the period's data (absent for events). */
  readonly window?: CutoffWindow;
  /** The step id. */
  readonly stepId: string;
  /** Position of the step in the chain (0-based). */
  readonly stepIndex: number;
  /** Who submits. */
  readonly level?: ReportingLevel;
  /** To whom. */
  readonly to?: Label;
  /** What the step is. */
  readonly label: Label;
  /** The date as written in the source ("trước ngày 20 tháng 06" → the 20th). */
  readonly writtenDate: string;
  /** Whether the strict reading was applied (the last acceptable day is the day before `writtenDate`). */
  readonly strictBefore: boolean;
  /** The last acceptable day under the reading applied. */
  readonly nominalDate: string;
  /** Whether this step rolls over days off. */
  readonly rollsOverDaysOff: boolean;
  /** The last acceptable day after rolling to a working day: never before `nominalDate`. */
  readonly effectiveDate: string;
  /** `true` when `effectiveDate` differs from `nominalDate`. */
  readonly rolled: boolean;
  /** End of the effective day in Vietnam, ISO in UTC (`2025-12-22T17:00:00.000Z`). */
  readonly dueAt: string;
  /**
   * When entry locks, if the cycle defines a lock: the end of the day `lockAfterDays` after the
   * effective day, itself rolled to a working day when the step rolls (Civil Code art. 148).
   */
  readonly lockAt?: string;
  /** The citation of the step (or of its cycle). */
  readonly source: Citation;
  /**
   * `true` when the effective date rests on a provisional day (dự kiến): a day from the nominal to the
   * effective date carries a holiday entry of a year without a recorded decision or a computed default,
   * or the nominal date lies beyond the holiday rules (then it is not rolled at all).
   */
  readonly provisional: boolean;
  /** What about the step is not confirmed by a source, when the cycle flags it. */
  readonly unconfirmed?: Label;
}

/**
 * The deadlines of one period of one cycle.
 *
 * @example
 * ```ts
 * import { CYCLES, deadlines, type Deadline } from '@coop/calendar';
 * const [d]: Deadline[] = deadlines(CYCLES['mard-annual'], { from: '2026-12-01', to: '2026-12-31' });
 * d?.period; // '2026'
 * d?.window?.start; // '2025-12-15' (Decree 09/2019 cut-off window)
 * d?.window?.end; // '2026-12-14'
 * d?.steps.length; // 1
 * ```
 */
export interface Deadline {
  /** The cycle id. */
  readonly cycleId: string;
  /** The cycle's name. */
  readonly label: Label;
  /** `report` or `event`. */
  readonly kind: CycleKind;
  /** The period id. */
  readonly period: string;
  /** The cut-off window (absent for events). */
  readonly window?: CutoffWindow;
  /** Every step, in chain order. */
  readonly steps: readonly DeadlineStep[];
}

const assertDate = (date: unknown, name: string): void => {
  if (!isCivilDate(date)) throw new CoopError('INVALID_DATE', `${name} is not a civil date (YYYY-MM-DD)`, { [name]: typeof date === 'string' ? date.slice(0, 40) : typeof date });
};

/** The option names of {@link deadlines} (those of {@link upcoming} without `from` and `to`). */
const DEADLINE_KEYS = ['from', 'to', 'reading', ...CALENDAR_KEYS] as const;

/**
 * Reads the options once into a plain copy (each field once: a getter or a Proxy cannot change them
 * after the checks) and checks them: an object; a holiday table, when given, an object (the working-day
 * functions validate it).
 */
const readDeadlineOptions = <T extends UpcomingOptions>(options: unknown): T => {
  if (typeof options !== 'object' || options === null) throw new CoopError('INVALID_OPTION', 'options must be an object', { received: options === null ? 'null' : typeof options });
  const read = readFields(options, DEADLINE_KEYS, 'options', 'INVALID_OPTION');
  const { table, reading } = read;
  if (reading !== undefined && reading !== 'cycle' && reading !== 'strict' && reading !== 'lenient') {
    throw new CoopError('INVALID_OPTION', "reading must be 'cycle', 'strict' or 'lenient'", { received: typeof reading === 'string' ? reading.slice(0, 40) : typeof reading });
  }
  if (table !== undefined && (typeof table !== 'object' || table === null)) {
    throw new CoopError('INVALID_HOLIDAY_TABLE', 'options.table must be a holiday table object', { received: table === null ? 'null' : typeof table });
  }
  return read as T;
};

/** The date as written and the last acceptable day of a step under a reading. */
const nominalOf = (cycle: ReportingCycle, step: CycleStep, period: Period, reading: DeadlineReading | undefined) => {
  const writtenDate = writtenDateOf(step.due, period);
  const strict = cycle.kind === 'event' ? false : reading === 'strict' ? true : reading === 'lenient' ? false : step.strictBefore;
  return { writtenDate, strict, nominalDate: strict ? addDays(writtenDate, -1) : writtenDate };
};

/** The civil dates the holiday rules of the calendar cover. */
interface Coverage {
  readonly first: string;
  readonly last: string;
}

/** The dates the holiday rules cover; validates the working calendar (weekend, table, optional ids). */
const coverage = (options: WorkingCalendarOptions): Coverage => {
  const { firstYear, lastYear } = coverageOf(resolveCalendar(options).table);
  return { first: `${String(firstYear).padStart(4, '0')}-01-01`, last: `${String(lastYear).padStart(4, '0')}-12-31` };
};

/** Whether a step applies to a date as written (its validity window, e.g. district steps until 30/06/2025). */
const applies = (step: CycleStep, writtenDate: string): boolean =>
  (step.validFrom === undefined || writtenDate >= step.validFrom) && (step.validUntil === undefined || writtenDate <= step.validUntil);

/** The deadline of one period (no range check); steps outside their validity are left out. */
const deadlineOf = (cycle: ReportingCycle, period: Period, options: UpcomingOptions, covered: Coverage): Deadline => {
  const window = cycle.kind === 'report' && cycle.window ? cutoffWindow(period, cycle.window) : undefined;
  const steps: DeadlineStep[] = [];
  cycle.steps.forEach((step, stepIndex) => {
    const { writtenDate, strict, nominalDate } = nominalOf(cycle, step, period, options.reading);
    if (!applies(step, writtenDate)) return;
    // `!== false`: data that skipped defineCycle() gets the same default (roll) as data that did not.
    const rolls = cycle.kind === 'report' && (step.rollsOverDaysOff ?? cycle.rollsOverDaysOff) !== false;
    // Beyond the holiday rules a day cannot be classified: the step is listed unrolled and provisional.
    const inside = cycle.kind === 'event' || (nominalDate >= covered.first && nominalDate <= covered.last);
    const effectiveDate = rolls && inside ? workingDayOnOrAfter(nominalDate, options) : nominalDate;
    const lockDay = step.lockAfterDays === undefined ? undefined : addDays(effectiveDate, step.lockAfterDays);
    const lockDate = lockDay !== undefined && rolls && lockDay <= covered.last ? workingDayOnOrAfter(lockDay, options) : lockDay;
    const provisional = !inside || (cycle.kind === 'report' && anyProvisional(toDayNumber(nominalDate), toDayNumber(effectiveDate), options));
    steps.push({
      uid: `${cycle.id}/${period.id}/${step.id}@coop-calendar`,
      cycleId: cycle.id,
      cycleLabel: cycle.label,
      kind: cycle.kind,
      period: period.id,
      ...(window ? { window } : {}),
      stepId: step.id,
      stepIndex,
      ...(step.level ? { level: step.level } : {}),
      ...(step.to ? { to: step.to } : {}),
      label: step.label,
      writtenDate,
      strictBefore: strict,
      nominalDate,
      rollsOverDaysOff: rolls,
      effectiveDate,
      rolled: effectiveDate !== nominalDate,
      dueAt: endOfDayInVietnam(effectiveDate),
      ...(lockDate === undefined ? {} : { lockAt: endOfDayInVietnam(lockDate) }),
      source: step.source ?? cycle.source,
      provisional,
      ...(step.unconfirmed ? { unconfirmed: step.unconfirmed } : {}),
    });
  });
  return { cycleId: cycle.id, label: cycle.label, kind: cycle.kind, period: period.id, ...(window ? { window } : {}), steps };
};

/**
 * The latest nominal date that cannot roll into a range starting at `from`: the last working day before
 * `from` (a nominal day on or before it rolls at most to it). Exact for any table, however long its runs
 * of days off; the coverage start when no working day precedes `from` within the rules.
 */
const lastWorkingDayBefore = (from: string, options: WorkingCalendarOptions, covered: Coverage): string => {
  // Days beyond the rules are never rolled over, so nothing before such a `from` can reach it.
  if (from <= covered.first || from > addDays(covered.last, 1)) return addDays(from, -1);
  const first = toDayNumber(covered.first);
  for (let d = toDayNumber(from) - 1; d >= first; d--) {
    const date = fromDayNumber(d);
    if (isWorkingDay(date, options)) return date;
  }
  return addDays(covered.first, -1);
};

/** Candidate periods whose steps may fall in [from, to]: due rules reach at most ~2 years either side. */
const candidatePeriods = (cycle: ReportingCycle, from: string, to: string): Period[] => {
  // `from` may be one day before the coverage (see lastWorkingDayBefore): still a 4-digit year.
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  let start = `${String(Math.max(1000, fromYear - 3))}-01-01`;
  let end = `${String(Math.min(9999, toYear + 2))}-12-31`;
  const sel = cycle.periods;
  if (sel?.first !== undefined) {
    const first = parsePeriod(sel.first).start;
    if (first > start) start = first;
  }
  if (sel?.last !== undefined) {
    const last = parsePeriod(sel.last).end;
    if (last < end) end = last;
  }
  if (start > end) return [];
  const periods = periodsBetween(start, end, cycle.periodType);
  const indices = sel?.indices;
  return indices ? periods.filter((p) => indices.includes(p.index)) : periods;
};

/**
 * The deadlines of a cycle whose effective due date (of any step) falls in a range of civil dates.
 *
 * @param cycle - a built-in cycle (`CYCLES[...]`) or one validated by `defineCycle`
 * @param options - `from` / `to` (inclusive civil dates), the working calendar passed through to the
 *   working-day functions (weekend, holiday table with next year's swaps), and the `reading` of "before"
 * @returns one {@link Deadline} per period, in period order, each with the steps that apply to it (a
 *   step outside its `validFrom`/`validUntil` window, such as a district step after 30/06/2025, is left out)
 * @throws CoopError `INVALID_CYCLE`, `INVALID_OPTION`, `INVALID_DATE`, `INVALID_RANGE`,
 *   `INVALID_HOLIDAY_TABLE`. A step whose nominal date lies beyond the holiday rules (built-in:
 *   2014-01-01 to 2199-12-31) is listed unrolled and `provisional`: no range throws for lack of rules.
 * @example
 * ```ts
 * import { CYCLES, deadlines } from '@coop/calendar';
 * const [d] = deadlines(CYCLES['mard-half-year'], { from: '2027-06-01', to: '2027-06-30' });
 * d?.period; // '2027S1'
 * d?.steps[0]?.writtenDate; // '2027-06-20' ("trước ngày 20 tháng 06", a Sunday)
 * d?.steps[0]?.nominalDate; // '2027-06-19' (strict reading: a Saturday)
 * d?.steps[0]?.effectiveDate; // '2027-06-21' (Monday)
 * d?.steps[0]?.dueAt; // '2027-06-21T17:00:00.000Z'
 * ```
 */
export const deadlines = (cycle: ReportingCycle, options: DeadlineOptions): Deadline[] => {
  const plain = checkedCycle(cycle);
  const read = readDeadlineOptions<DeadlineOptions>(options);
  assertDate(read.from, 'from');
  assertDate(read.to, 'to');
  if (read.from > read.to) {
    throw new CoopError('INVALID_RANGE', `Range ends before it starts: ${read.from} > ${read.to}`, { from: read.from, to: read.to });
  }
  // Validates the whole working calendar (weekend, table, optional ids) before any work, rolled or not.
  return collect(plain, read, coverage(read));
};

/** The deadlines of a checked cycle in a checked range. */
const collect = (cycle: ReportingCycle, options: DeadlineOptions, covered: Coverage): Deadline[] => {
  const out: Deadline[] = [];
  // Periods whose nominal dates all lie on or before the last working day before `from`, or after `to`,
  // cannot have an effective date in range, and are not rolled at all.
  const reach = cycle.kind === 'event' ? addDays(options.from, -1) : lastWorkingDayBefore(options.from, options, covered);
  for (const period of candidatePeriods(cycle, reach, options.to)) {
    const near = cycle.steps.some((step) => {
      const { nominalDate } = nominalOf(cycle, step, period, options.reading);
      return nominalDate > reach && nominalDate <= options.to;
    });
    if (!near) continue;
    const deadline = deadlineOf(cycle, period, options, covered);
    if (deadline.steps.some((s) => s.effectiveDate >= options.from && s.effectiveDate <= options.to)) out.push(deadline);
  }
  return out;
};

/** Most cycles and steps {@link upcoming} accepts. */
const MAX_CYCLES = 1_000;
const MAX_UPCOMING = 10_000;

const HORIZON_YEARS = [1, 3, 10, 30] as const;

/**
 * The next `n` deadline steps across cycles after a moment, soonest first. A civil date means the start
 * of that day in Vietnam (so deadlines ending that day are included); an instant means strictly after it.
 * Looks ahead up to 30 years; may return fewer than `n` when the cycles end (one-off or repealed cycles).
 * Steps beyond the holiday rules (after 2199 for the built-in table) are listed unrolled and `provisional`.
 *
 * @param asOf - a civil date `YYYY-MM-DD`, an ISO instant with zone, or a `Date` (never the clock)
 * @param cycles - the cycles to look at (at most 1 000)
 * @param n - how many steps (an integer from 0 to 10 000)
 * @param options - working calendar and reading, as in {@link deadlines}
 * @returns the steps, sorted by due instant, then by cycle order, then chain order
 * @example
 * ```ts
 * import { CYCLES, upcoming } from '@coop/calendar';
 * upcoming('2025-12-01', [CYCLES['mard-annual'], CYCLES['rating-09-2017']], 2).map((s) => `${s.cycleId} ${s.effectiveDate}`);
 * // ['mard-annual 2025-12-19', 'rating-09-2017 2026-03-31']
 * ```
 */
export const upcoming = (asOf: string | Date, cycles: readonly ReportingCycle[], n: number, options: UpcomingOptions = {}): DeadlineStep[] => {
  // Number.isInteger is false for anything that is not a number (strings, NaN, ±Infinity).
  if (!Number.isInteger(n) || n < 0 || n > MAX_UPCOMING) {
    throw new CoopError('INVALID_ARGUMENT', `n must be an integer from 0 to ${MAX_UPCOMING}`, { n: typeof n === 'number' ? n : typeof n });
  }
  // The list is copied once, its length checked before any item is read (a revoked Proxy refused too).
  const list = readList(cycles, MAX_CYCLES);
  if (list === undefined) {
    throw new CoopError('INVALID_ARGUMENT', `cycles must be an array of at most ${MAX_CYCLES} reporting cycles`, { received: typeof cycles });
  }
  const plain = list.map((cycle) => checkedCycle(cycle));
  const read = readDeadlineOptions<UpcomingOptions>(options);
  const covered = coverage(read);
  // isCivilDate is false for a Date and for an instant string: both go to toEpochMs.
  const afterMs = isCivilDate(asOf) ? toEpochMs(startOfDayInVietnam(asOf)) : toEpochMs(asOf);
  const from = civilDateInVietnam(new Date(afterMs));
  if (n === 0) return [];
  let found: DeadlineStep[] = [];
  for (const years of HORIZON_YEARS) {
    const to = addDays(from, Math.min(years * 366, toDayNumber('9999-12-31') - toDayNumber(from)));
    found = [];
    for (const cycle of plain) {
      for (const d of collect(cycle, { ...read, from, to }, covered)) {
        for (const step of d.steps) if (Date.parse(step.dueAt) > afterMs && step.effectiveDate <= to) found.push(step);
      }
    }
    if (found.length >= n) break;
  }
  // `found` is in cycle order, then period order (deadlines() returns periods in order), then chain
  // order; Array.prototype.sort is stable, so steps due at the same instant keep that order.
  return found.sort((a, b) => a.dueAt.localeCompare(b.dueAt)).slice(0, n);
};
