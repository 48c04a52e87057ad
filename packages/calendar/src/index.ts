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
export { isWorkingDay, nextWorkingDay, workingDayOnOrAfter, addWorkingDays, workingDaysBetween } from './working-days.js';
