/**
 * The calendar routes: deadlines in a range and the next reporting steps.
 */
import { CYCLES, deadlines, upcoming, type DeadlineStep, type ReportingCycle } from '@coop/calendar';
import { isCivilDate } from '@coop/model';
import { ApiError, badInput, issue, type ServiceIssue } from './errors.js';
import { todayInVietnam } from './evaluate.js';

const ALL = CYCLES as Readonly<Record<string, ReportingCycle>>;

/** The longest range `GET /deadlines` answers, in days (a bound on the work of one request). */
export const MAX_RANGE_DAYS = 3_660;

/**
 * The cycles named by `cycle` query values (repeated or comma-separated), all when none; 404 for an
 * unknown id.
 *
 * @param values - the `cycle` query values
 * @returns the cycles
 */
export const cyclesFromQuery = (values: readonly string[]): ReportingCycle[] => {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !Object.hasOwn(ALL, id));
  if (unknown.length > 0) {
    const shown = unknown.map((id) => id.slice(0, 80)).join(', ');
    throw new ApiError(404, 'unknown_cycle', { vi: `Không có chu kỳ: ${shown}`, en: `Unknown cycle(s): ${shown}` }, { knownCycles: Object.keys(ALL) });
  }
  return (ids.length > 0 ? ids : Object.keys(ALL)).map((id) => ALL[id] as ReportingCycle);
};

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Every deadline step whose effective date lies in [from, to], in date order.
 *
 * @param query - `from`, `to` (dates or undefined) and the cycles
 * @param now - the clock (for defaults)
 * @returns the range used and the steps
 */
export const deadlinesForApi = (query: { from?: string | undefined; to?: string | undefined; cycles: readonly ReportingCycle[] }, now: Date) => {
  const from = query.from ?? todayInVietnam(now);
  const problems: ServiceIssue[] = [];
  if (!isCivilDate(from)) problems.push(issue(['from'], 'invalid_date', 'from phải là ngày YYYY-MM-DD', 'from must be a date YYYY-MM-DD'));
  const to = query.to ?? (isCivilDate(from) ? `${String(Number(from.slice(0, 4)) + 1)}${from.slice(4)}` : '');
  if (!isCivilDate(to)) problems.push(issue(['to'], 'invalid_date', 'to phải là ngày YYYY-MM-DD', 'to must be a date YYYY-MM-DD'));
  if (problems.length === 0 && from > to) problems.push(issue(['to'], 'invalid_range', 'to phải sau from', 'to must not be before from'));
  if (problems.length === 0 && dayNumber(to) - dayNumber(from) > MAX_RANGE_DAYS) {
    problems.push(issue(['to'], 'range_too_long', `Khoảng ngày tối đa ${MAX_RANGE_DAYS} ngày`, `The range may span at most ${MAX_RANGE_DAYS} days`));
  }
  if (problems.length > 0) throw badInput(problems);
  const steps: DeadlineStep[] = query.cycles
    .flatMap((cycle) => deadlines(cycle, { from, to }).flatMap((d) => d.steps))
    .filter((s) => s.effectiveDate >= from && s.effectiveDate <= to)
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.cycleId.localeCompare(b.cycleId));
  return { from, to, deadlines: steps };
};

/**
 * The next `n` reporting steps after `asOf`.
 *
 * @param query - `asOf` (a date or undefined), `n` and the cycles
 * @param now - the clock (for the default `asOf`)
 * @returns the date used and the steps
 */
export const upcomingForApi = (query: { asOf?: string | undefined; n: number; cycles: readonly ReportingCycle[] }, now: Date) => {
  const asOf = query.asOf ?? todayInVietnam(now);
  if (!isCivilDate(asOf)) throw badInput([issue(['asOf'], 'invalid_date', 'asOf phải là ngày YYYY-MM-DD', 'asOf must be a date YYYY-MM-DD')]);
  return { asOf, steps: upcoming(asOf, query.cycles, query.n) };
};
