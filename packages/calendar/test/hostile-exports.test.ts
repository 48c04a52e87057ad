/**
 * Every exported function of @coop/calendar under hostile arguments (issue 22): whole arguments and
 * nested fields replaced by huge sparse arrays, numbers where bigints belong, cyclic values, revoked
 * Proxies, changing and throwing getters, and fast-check arbitrary values. The only outcomes are a value
 * or a CoopError (`parseCycle` and `parseHolidayTable` given a hostile input return issues), each call
 * within the hang detector's bound. The list of functions comes from the package's exports: a new export
 * without samples here fails the first test.
 */
import * as calendar from '@coop/calendar';
import * as model from '@coop/model';
import { describe, expect, it } from 'vitest';
import { describeExportSweep, errorCodeOf, type Samples } from '../../../bench/hostile-args.js';

const api = calendar as unknown as Record<string, unknown>;
const isCoopError = (e: unknown) => model.isCoopError(e);

const CYCLE = calendar.CYCLES['mard-half-year'];
const RATING = calendar.CYCLES['rating-01-2020'];
/** A working calendar with every option given (so that each option is a nested field of the sweep). */
const CALENDAR = { weekend: [6, 7], table: calendar.VN_HOLIDAY_TABLE, optional: ['vietnam-culture-day'] };
const RANGE = { from: '2025-01-01', to: '2025-12-31', reading: 'strict', weekend: [6, 7] };
const STEPS = calendar.deadlines(RATING, { from: '2024-12-01', to: '2024-12-31' });
const YEAR_2030 = { year: 2030, unconfirmed: ['tet'] };
/** A cycle as a caller writes it (plain data), for defineCycle and parseCycle. */
const CYCLE_INPUT = JSON.parse(JSON.stringify(CYCLE)) as unknown;

/** Valid calls of every exported function (the sweep makes each argument, and each nested field, hostile in turn). */
const SAMPLES: Samples = {
  toLunar: [['2025-01-29'], ['2025-01-29', { timeZoneOffsetHours: 7 }]],
  fromLunar: [[{ year: 2025, month: 1, day: 1 }], [{ year: 2025, month: 6, day: 1, leap: true }, { timeZoneOffsetHours: 7 }]],
  lunarNewYear: [[2025], [2026, { timeZoneOffsetHours: 8 }]],
  lunarMonths: [[2025, { timeZoneOffsetHours: 7 }]],
  withHolidayYears: [[calendar.VN_HOLIDAY_TABLE, [YEAR_2030]]],
  parseHolidayTable: [[calendar.VN_HOLIDAY_TABLE]],
  holidays: [[2025], [2026, CALENDAR]],
  isWorkingDay: [['2025-09-01'], ['2025-09-01', CALENDAR]],
  nextWorkingDay: [['2025-04-30', CALENDAR]],
  workingDayOnOrAfter: [['2025-05-01', CALENDAR]],
  addWorkingDays: [['2025-04-29', 3, CALENDAR]],
  workingDaysBetween: [['2025-01-01', '2025-03-31', CALENDAR]],
  workingDayStatus: [['2025-01-29', CALENDAR]],
  isPeriodId: [['2025Q1']],
  parsePeriod: [['2025S1']],
  formatPeriod: [[{ type: 'quarter', year: 2025, index: 2 }]],
  nextPeriod: [['2025Q4'], [calendar.parsePeriod('202512')]],
  previousPeriod: [['2025S1']],
  periodContaining: [['2025-05-05', 'quarter']],
  periodsBetween: [['2024-01-01', '2025-12-31', 'half']],
  cutoffWindow: [['2025Q1'], ['2025', 'decree-09-2019'], [calendar.parsePeriod('2025S1'), calendar.WINDOW_RULES['decree-09-2019']]],
  getCycle: [['mard-half-year']],
  defineCycle: [[CYCLE_INPUT]],
  parseCycle: [[CYCLE_INPUT]],
  deadlines: [[RATING, RANGE], [CYCLE, { from: '2025-01-01', to: '2025-12-31', ...CALENDAR }]],
  upcoming: [['2025-06-01', [CYCLE, RATING], 2, { reading: 'cycle', ...CALENDAR }]],
  timeliness: [
    ['2025-12-22T03:00:00Z', '2025-12-19', { lockAt: '2026-01-01T00:00:00Z', ...CALENDAR }],
    ['2025-12-22T03:00:00Z', { effectiveDate: '2025-12-19', lockAt: '2025-12-31T17:00:00Z' }],
  ],
  toICalendar: [[STEPS, { generatedAt: '2025-01-01T00:00:00Z', lang: 'en', name: 'x', prodId: '-//coop//x//EN' }]],
  toEpochMs: [['2025-01-01T00:00:00+07:00']],
  civilDateInVietnam: [['2025-01-01T20:00:00Z']],
  startOfDayInVietnam: [['2025-01-01']],
  endOfDayInVietnam: [['2025-01-01']],
};

/** `parsePeriod` reads a period id (typed `string`) and throws INVALID_PERIOD for anything else, as documented. */
describeExportSweep('@coop/calendar: every export under hostile arguments', api, SAMPLES, isCoopError, {}, ['parsePeriod']);

describe('@coop/calendar: object arguments are read once, each field as an own property (issue 22)', () => {
  const code = (run: () => unknown) => errorCodeOf(run, model.isCoopError);
  const revoked = (): never => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy as never;
  };
  /** A getter that answers `first` on its first read and an empty object afterwards. */
  const changing = (base: object, key: string, first: unknown): never => {
    let reads = 0;
    return Object.defineProperty({ ...base }, key, { enumerable: true, get: () => (reads++ === 0 ? first : {}) }) as never;
  };
  it('a revoked Proxy as options, a period, a lunar date, a deadline or a list is a typed error', () => {
    expect(code(() => calendar.isWorkingDay('2025-09-01', revoked()))).toBe('INVALID_OPTION');
    expect(code(() => calendar.holidays(2025, revoked()))).toBe('INVALID_OPTION');
    expect(code(() => calendar.deadlines(RATING, revoked()))).toBe('INVALID_OPTION');
    expect(code(() => calendar.toLunar('2025-01-29', revoked()))).toBe('INVALID_OPTION');
    expect(code(() => calendar.toICalendar(STEPS, revoked()))).toBe('INVALID_OPTION');
    expect(code(() => calendar.fromLunar(revoked()))).toBe('INVALID_LUNAR_DATE');
    expect(code(() => calendar.formatPeriod(revoked()))).toBe('INVALID_PERIOD');
    expect(code(() => calendar.nextPeriod(revoked()))).toBe('INVALID_PERIOD');
    expect(code(() => calendar.cutoffWindow('2025Q1', revoked()))).toBe('INVALID_WINDOW_RULE');
    expect(code(() => calendar.timeliness('2025-12-22T03:00:00Z', revoked()))).toBe('INVALID_DEADLINE');
    expect(code(() => calendar.toEpochMs(revoked()))).toBe('INVALID_INSTANT');
    expect(code(() => calendar.upcoming('2025-06-01', revoked(), 1))).toBe('INVALID_ARGUMENT');
    expect(code(() => calendar.isWorkingDay('2025-09-01', { weekend: revoked() }))).toBe('INVALID_OPTION');
  });
  it('a getter that changes between reads is read once: the value checked is the value used', () => {
    expect(calendar.deadlines(RATING, changing({ to: '2024-12-31' }, 'from', '2024-12-01')).length).toBe(1);
    expect(calendar.addWorkingDays('2025-04-29', 1, changing({}, 'weekend', [6, 7]))).toBe('2025-05-05');
    expect(calendar.fromLunar(changing({ month: 1, day: 1 }, 'year', 2025))).toBe('2025-01-29');
    expect(calendar.formatPeriod(changing({ type: 'quarter', index: 2 }, 'year', 2025))).toBe('2025Q2');
    expect(calendar.toICalendar(STEPS, changing({}, 'generatedAt', '2025-01-01T00:00:00Z'))).toContain('DTSTAMP:20250101T000000Z');
  });
  it('a Date is told apart by its time, not by its prototype', () => {
    expect(calendar.toEpochMs(new Date('2025-01-01T00:00:00Z'))).toBe(Date.UTC(2025, 0, 1));
    expect(code(() => calendar.toEpochMs(new Proxy(new Date(0), {}) as never))).toBe('INVALID_INSTANT');
    expect(code(() => calendar.toEpochMs(Object.create(Date.prototype) as never))).toBe('INVALID_INSTANT');
  });
});
