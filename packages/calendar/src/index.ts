export { toLunar, fromLunar, lunarNewYear, lunarMonths } from './lunar.js';
export type { LunarDate, LunarDateInput, LunarMonth, LunarOptions } from './lunar.js';
export { VN_HOLIDAY_TABLE, withHolidayYears, parseHolidayTable } from './holiday-table.js';
export type {
  HolidayTable,
  HolidayYear,
  HolidayRules,
  HolidaySwap,
  HolidayDayOff,
  OptionalHoliday,
  SolarHolidayRule,
  LunarHolidayRule,
} from './holiday-table.js';
export { holidays } from './holidays.js';
export type { Holiday, HolidayKind, WorkingCalendarOptions } from './holidays.js';
export type { WorkingDayStatus } from './working-days.js';
export { isWorkingDay, nextWorkingDay, workingDayOnOrAfter, addWorkingDays, workingDaysBetween, workingDayStatus } from './working-days.js';
export {
  isPeriodId,
  parsePeriod,
  formatPeriod,
  nextPeriod,
  previousPeriod,
  periodContaining,
  periodsBetween,
  PERIOD_TYPES,
} from './period.js';
export type { Period, PeriodType } from './period.js';
export { cutoffWindow, WINDOW_RULES } from './window.js';
export type { WindowRule, WindowRuleId, CutoffWindow } from './window.js';
export {
  CYCLES,
  getCycle,
  defineCycle,
  parseCycle,
  REPORTING_LEVELS,
  MARD_HALF_YEAR_CYCLE,
  MARD_ANNUAL_CYCLE,
  PROGRAMME_ANNUAL_CYCLE,
  QUANG_NAM_ANNUAL_CYCLE,
  THAI_NGUYEN_MODEL_NOMINATION_2024_CYCLE,
  COOPERATIVE_DAY_CYCLE,
  RATING_01_2020_CYCLE,
  RATING_09_2017_CYCLE,
  DATA_UPDATE_09_2024_CYCLE,
  COOP_GROUP_77_2019_CYCLE,
  SUPPORT_PROGRAMME_124_2021_CYCLE,
} from './cycles.js';
export type {
  ReportingCycle,
  CycleStep,
  CycleKind,
  ReportingLevel,
  DueDateRule,
  PeriodSelection,
  CycleValidity,
  CycleInput,
  BuiltInCycleId,
} from './cycles.js';
export { deadlines, upcoming } from './deadlines.js';
export type { Deadline, DeadlineStep, DeadlineOptions, UpcomingOptions, DeadlineReading } from './deadlines.js';
export { timeliness } from './timeliness.js';
export type { Timeliness, TimelinessDeadline, TimelinessOptions } from './timeliness.js';
export { toICalendar } from './ical.js';
export type { ICalendarOptions } from './ical.js';
export {
  VIETNAM_TIME_ZONE,
  VIETNAM_OFFSET_MINUTES,
  toEpochMs,
  civilDateInVietnam,
  startOfDayInVietnam,
  endOfDayInVietnam,
} from './zone.js';
