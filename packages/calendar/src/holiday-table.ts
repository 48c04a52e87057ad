/**
 * Vietnam's public holidays as data: the statutory rules (Labour Code) and a versioned table of the
 * government's yearly decisions for civil servants (exact Tết span, the day added to 2 September, day
 * swaps). Code in `holidays.ts` interprets it; users can extend or replace it (see
 * {@link withHolidayYears}) and load their own ({@link parseHolidayTable}).
 *
 * @packageDocumentation
 */
import { CoopError } from '@coop/model';
import type { Citation, Issue, Label, ParseResult } from '@coop/model';
import { fromDayNumber, isCivilDate, toDayNumber } from './internal/civil-date.js';
import { plainCopy } from './internal/snapshot.js';
import { lunarNewYear } from './lunar.js';

/**
 * A fixed solar-calendar holiday of the rules (`month`/`day` of every year).
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_TABLE, type SolarHolidayRule } from '@coop/calendar';
 * const nationalDay: SolarHolidayRule | undefined = VN_HOLIDAY_TABLE.rules[1]!.solar.find((h) => h.id === 'national-day');
 * nationalDay?.day; // 2
 * ```
 */
export interface SolarHolidayRule {
  /** Stable id, e.g. `national-day`. */
  readonly id: string;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
  /** Name in Vietnamese and English. */
  readonly name: Label;
  /** First year it applies (default: every year of its rule set). */
  readonly fromYear?: number;
  /**
   * Whether a compensatory day follows when it falls on a weekly rest day (default `true`: Labour Code
   * 2019 art. 111(3) reaches the holidays of art. 112(1)). `false` for a day off created outside art. 112(1).
   */
  readonly compensated?: boolean;
  /** The law that makes it a day off, when it is not the rule set's article. */
  readonly citation?: Citation;
}

/**
 * A lunar-calendar holiday of the rules (lunar `month`/`day`, not leap).
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_TABLE, type LunarHolidayRule } from '@coop/calendar';
 * const hung: LunarHolidayRule = VN_HOLIDAY_TABLE.rules[1]!.lunar[0]!;
 * hung.day; // 10
 * ```
 */
export interface LunarHolidayRule {
  /** Stable id, e.g. `hung-kings`. */
  readonly id: string;
  /** Lunar month, 1–12. */
  readonly month: number;
  /** Lunar day, 1–30; day 30 of a 29-day month means that month's last day (day 29). */
  readonly day: number;
  /** Name in Vietnamese and English. */
  readonly name: Label;
}

/**
 * The statutory holiday rules in force for a range of years, and the defaults this library applies
 * where the law leaves a choice to a yearly decision that the table does not (yet) record.
  *
 * @example
 * ```ts
 * import { VN_HOLIDAY_TABLE, type HolidayRules } from '@coop/calendar';
 * const rules: HolidayRules = VN_HOLIDAY_TABLE.rules[1]!;
 * rules.fromYear; // 2021
 * ```
 */
export interface HolidayRules {
  /** Stable id, e.g. `labour-code-2019`. */
  readonly id: string;
  /** First Gregorian year the rules apply to (whole year). */
  readonly fromYear: number;
  /** Last year they apply to; omitted: open-ended (up to 2199, the end of the lunar calendar). */
  readonly toYear?: number;
  /** The article listing the holidays. */
  readonly citation: Citation;
  /** The article granting a compensatory day when a holiday falls on the weekly rest day. */
  readonly compensation: Citation;
  /** Solar holidays (1 January, 30 April, 1 May, 2 September). */
  readonly solar: readonly SolarHolidayRule[];
  /** Lunar holidays other than Tết (Hùng Kings, 10/3). */
  readonly lunar: readonly LunarHolidayRule[];
  /** Tết: its name, length in days, and the default span when no decision is recorded. */
  readonly tet: {
    readonly name: Label;
    /** Days of the old lunar year included by default (counted back from the last day). */
    readonly defaultDaysBefore: number;
    /** Days of the new lunar year included by default (from 1/1). */
    readonly defaultDaysAfter: number;
  };
  /**
   * The day added to 2 September (1 or 3 September), or `null` when the rules give 2 September alone.
   * `defaultByWeekday[w - 1]` is the default day of September (1 or 3) when 2 September falls on ISO
   * weekday `w` and no decision is recorded.
   */
  readonly nationalDayExtra: null | {
    readonly name: Label;
    readonly defaultByWeekday: readonly [number, number, number, number, number, number, number];
  };
}

/**
 * A weekday off exchanged for a working weekend day, as decided for a year.
 *
 * @example
 * ```ts
 * import type { HolidaySwap } from '@coop/calendar';
 * const swap: HolidaySwap = { off: '2025-05-02', workday: '2025-04-26', citation: { document: 'Công văn 8726/VPCP-KGVX' } };
 * swap.workday; // '2025-04-26'
 * ```
 */
export interface HolidaySwap {
  /** The weekday given off, `YYYY-MM-DD`. */
  readonly off: string;
  /** The weekend day worked instead, `YYYY-MM-DD`. */
  readonly workday: string;
  /** The decision. */
  readonly citation: Citation;
}

/**
 * A one-off day off decided for a year (beyond the statutory holidays).
 *
 * @example
 * ```ts
 * import type { HolidayDayOff } from '@coop/calendar';
 * const closure: HolidayDayOff = {
 *   date: '2027-06-01',
 *   name: { vi: 'Nghỉ (ví dụ)', en: 'Day off (example)' },
 *   citation: { document: 'Quyết định (ví dụ)' },
 * };
 * closure.date; // '2027-06-01'
 * ```
 */
export interface HolidayDayOff {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Name in Vietnamese and English. */
  readonly name: Label;
  /** The decision. */
  readonly citation: Citation;
}

/**
 * The government's decisions for one year. Anything left out is computed from the rules.
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_TABLE, type HolidayYear } from '@coop/calendar';
 * const y2025: HolidayYear | undefined = VN_HOLIDAY_TABLE.years.find((y) => y.year === 2025);
 * y2025?.nationalDayExtra?.date; // '2025-09-01'
 * ```
 */
export interface HolidayYear {
  /** Gregorian year. */
  readonly year: number;
  /** The Tết holiday days as decided (inclusive span containing lunar 1/1; weekend days included). */
  readonly tet?: { readonly from: string; readonly to: string; readonly citation: Citation };
  /** The day added to 2 September as decided: `YYYY-09-01` or `YYYY-09-03`. */
  readonly nationalDayExtra?: { readonly date: string; readonly citation: Citation };
  /** Day swaps (a weekday off for a working Saturday). */
  readonly swaps?: readonly HolidaySwap[];
  /** Other days off decided for that year. */
  readonly daysOff?: readonly HolidayDayOff[];
  /** Items searched for but not confirmed from a primary or reliable source: left computed. */
  readonly unconfirmed?: readonly string[];
}

/**
 * A holiday that is not in force but that users may observe by enabling its id.
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_TABLE, holidays, withHolidayYears, type OptionalHoliday } from '@coop/calendar';
 * const teachers: OptionalHoliday = {
 *   id: 'teachers-day', month: 11, day: 20, fromYear: 2026,
 *   name: { vi: 'Ngày Nhà giáo Việt Nam', en: "Vietnamese Teachers' Day" }, citation: { document: 'Quy chế nội bộ (ví dụ)' },
 * };
 * const table = withHolidayYears({ ...VN_HOLIDAY_TABLE, optional: [teachers] }, []);
 * holidays(2026, { table, optional: ['teachers-day'] }).some((h) => h.date === '2026-11-20'); // true
 * ```
 */
export interface OptionalHoliday {
  /** Stable id, e.g. `vietnam-culture-day`. */
  readonly id: string;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
  /** First year it can apply. */
  readonly fromYear: number;
  /** Name in Vietnamese and English. */
  readonly name: Label;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * A versioned holiday table: rules by period, yearly decisions, optional holidays.
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_TABLE, type HolidayTable } from '@coop/calendar';
 * const table: HolidayTable = VN_HOLIDAY_TABLE;
 * table.id; // 'vn-civil-service'
 * ```
 */
export interface HolidayTable {
  /** Stable id, e.g. `vn-civil-service`. */
  readonly id: string;
  /** Version of the data, e.g. `2026.1`. */
  readonly version: string;
  /** Statutory rules, by period (non-overlapping). */
  readonly rules: readonly HolidayRules[];
  /** Yearly decisions (at most one entry per year). */
  readonly years: readonly HolidayYear[];
  /** Holidays users may enable with the `optional` option. */
  readonly optional: readonly OptionalHoliday[];
}

const SOLAR: readonly SolarHolidayRule[] = [
  { id: 'new-year', month: 1, day: 1, name: { vi: 'Tết Dương lịch', en: "New Year's Day" } },
  { id: 'victory-day', month: 4, day: 30, name: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' } },
  { id: 'labour-day', month: 5, day: 1, name: { vi: 'Ngày Quốc tế lao động', en: 'International Labour Day' } },
  { id: 'national-day', month: 9, day: 2, name: { vi: 'Quốc khánh', en: 'National Day' } },
];

const LUNAR: readonly LunarHolidayRule[] = [
  { id: 'hung-kings', month: 3, day: 10, name: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration" } },
];

const TET = {
  name: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
  // Default when no decision is recorded: the last two days of the old lunar year and the first three
  // of the new one, the span chosen in 2020, 2021, 2023, 2024 and 2025 (2022 and 2026 took 1 + 4).
  defaultDaysBefore: 2,
  defaultDaysAfter: 3,
} as const;

const LABOUR_CODE_2019 = 'Bộ luật Lao động 2019 (45/2019/QH14)';

/**
 * 24 November, a paid day off from 2026. Not in Labour Code art. 112(1), so the make-up of art. 111(3)
 * (which names the holidays "quy định tại khoản 1 Điều 112") is not applied when it falls on a weekend:
 * no make-up rule for it was found (unconfirmed; change `compensated` if one is published).
 */
const CULTURE_DAY: SolarHolidayRule = {
  id: 'vietnam-culture-day',
  month: 11,
  day: 24,
  fromYear: 2026,
  compensated: false,
  name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
  citation: {
    document: 'Nghị quyết 28/2026/QH16 của Quốc hội (hiệu lực 01/7/2026)',
    clause: 'Điều 2',
    note: 'Preceded by Politburo Resolution 80-NQ/TW (07/01/2026: 24/11 a day off with full pay) and Government Resolution 30/NQ-CP (2026: amend Labour Code art. 112(1)), both found by search; the number and article of the National Assembly resolution come from the issue and the domain note (not found by search). Weekend make-up: not provided as far as found.',
  },
};
const LABOUR_CODE_2012 = 'Bộ luật Lao động 2012 (10/2012/QH13)';

/** Decisions for civil servants, 2020–2026, each with its decision. */
const YEARS: readonly HolidayYear[] = [
  {
    year: 2020,
    tet: {
      from: '2020-01-23',
      to: '2020-01-27',
      citation: {
        document: 'Bộ LĐTBXH, văn bản số 4544 ngày 25/10/2019 (thông báo nghỉ Tết Âm lịch 2020)',
        phrase: 'nghỉ từ thứ 5 ngày 23-1-2020 đến hết thứ 4 ngày 29/1/2020 … nghỉ bù vào ngày 28/1/2020 và ngày 29/1/2020',
        note: 'Tết days 23–27 January (29 Chạp to mùng 3); 25–26 fall on the weekend, hence compensatory days 28–29.',
      },
    },
  },
  {
    year: 2021,
    tet: {
      from: '2021-02-10',
      to: '2021-02-14',
      citation: {
        document: 'Thông báo 4875/TB-LĐTBXH (Bộ LĐTBXH, nghỉ Tết Âm lịch và Quốc khánh năm 2021)',
        phrase: 'nghỉ 2 ngày trước tết, 3 ngày sau tết … nghỉ bù vào ngày Mùng 4 và Mùng 5 tết Âm lịch (tức ngày 15 và 16/2/2021)',
      },
    },
    nationalDayExtra: {
      date: '2021-09-03',
      citation: {
        document: 'Thông báo 4875/TB-LĐTBXH (Bộ LĐTBXH, nghỉ Tết Âm lịch và Quốc khánh năm 2021)',
        phrase: 'nghỉ 4 ngày từ thứ Năm ngày 2/9/2021 đến hết Chủ nhật ngày 5/9/2021',
      },
    },
  },
  {
    year: 2022,
    tet: {
      from: '2022-01-31',
      to: '2022-02-04',
      citation: {
        document: 'Công văn 245/VPCP-KGVX ngày 11/01/2022 (Văn phòng Chính phủ)',
        phrase: 'nghỉ Tết Nguyên đán 5 ngày và 4 ngày nghỉ cuối tuần (thứ bảy, chủ nhật) của tuần trước và sau Tết',
      },
    },
    unconfirmed: ['nationalDayExtra: 1 September 2022 is widely reported, but no decision was found; left computed'],
  },
  {
    year: 2023,
    tet: {
      from: '2023-01-20',
      to: '2023-01-24',
      citation: {
        document: 'Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Văn phòng Chính phủ)',
        phrase: 'nghỉ Tết Âm lịch từ ngày 20 tháng 01 năm 2023 đến hết ngày 26 tháng 01 năm 2023',
        note: 'Tết days 20–24 January (29 Chạp to mùng 3); 21–22 fall on the weekend, hence compensatory days 25–26.',
      },
    },
    nationalDayExtra: {
      date: '2023-09-01',
      citation: {
        document: 'Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Văn phòng Chính phủ)',
        phrase: 'nghỉ lễ Quốc khánh từ ngày 01 tháng 9 năm 2023 đến hết ngày 04 tháng 9 năm 2023',
        note: '2 September is a Saturday: compensatory Monday 4 September.',
      },
    },
  },
  {
    year: 2024,
    tet: {
      from: '2024-02-08',
      to: '2024-02-12',
      citation: {
        document: 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (Bộ LĐTBXH)',
        clause: '1',
        phrase: 'từ thứ Năm ngày 08/02/2024 … đến hết thứ Tư ngày 14/02/2024 … gồm 05 ngày nghỉ tết Âm lịch và 02 ngày nghỉ bù',
      },
    },
    nationalDayExtra: {
      date: '2024-09-03',
      citation: {
        document: 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (Bộ LĐTBXH)',
        clause: '2',
        phrase: 'từ thứ Bảy ngày 31/8/2024 đến hết thứ Ba ngày 03/9/2024',
      },
    },
    swaps: [
      {
        off: '2024-04-29',
        workday: '2024-05-04',
        citation: {
          document: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (Văn phòng Chính phủ)',
          phrase: 'hoán đổi ngày làm việc dịp nghỉ lễ 30/4 và ngày Quốc tế lao động 1/5/2024',
          note: 'Monday 29 April off; Saturday 4 May worked.',
        },
      },
    ],
  },
  {
    year: 2025,
    tet: {
      from: '2025-01-27',
      to: '2025-01-31',
      citation: {
        document: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Văn phòng Chính phủ)',
        phrase: 'nghỉ 9 ngày, từ ngày 25/1/2025 … đến hết ngày 2/2/2025',
        note: 'Tết days Monday 27 to Friday 31 January (28 Chạp to mùng 3), between two weekends.',
      },
    },
    nationalDayExtra: {
      date: '2025-09-01',
      citation: {
        document: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Văn phòng Chính phủ)',
        phrase: 'nghỉ 4 ngày, từ ngày 30-8 đến hết ngày 2-9-2025',
      },
    },
    swaps: [
      {
        off: '2025-05-02',
        workday: '2025-04-26',
        citation: {
          document: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Văn phòng Chính phủ)',
          phrase: 'hoán đổi ngày làm việc thứ sáu ngày 2-5 sang thứ bảy 26-4-2025',
        },
      },
    ],
  },
  {
    year: 2026,
    tet: {
      from: '2026-02-16',
      to: '2026-02-20',
      citation: {
        document: 'Thông báo 9441/TB-BNV ngày 16/10/2025 (Bộ Nội vụ)',
        phrase: 'từ thứ hai 16/2/2026 (tức ngày 29 tháng Chạp năm Ất Tỵ) đến hết thứ sáu ngày 20/02/2026',
      },
    },
    nationalDayExtra: {
      date: '2026-09-01',
      citation: {
        document: 'Thông báo 9441/TB-BNV ngày 16/10/2025 (Bộ Nội vụ)',
        note: 'National Day break Saturday 29/8 to Wednesday 2/9: 1/9 (Tuesday) is the adjacent day; Monday 31/8 is swapped with Saturday 22/8. Reported by congan.com.vn (Tết) and vietnamnews.vn, 17/10/2025 (National Day).',
      },
    },
    swaps: [
      {
        off: '2026-01-02',
        workday: '2026-01-10',
        citation: {
          document: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Văn phòng Chính phủ)',
          phrase: 'hoán đổi từ ngày làm việc thứ sáu (ngày 2/1/2026) sang ngày nghỉ hằng tuần thứ bảy (ngày 10/1/2026)',
        },
      },
      {
        off: '2026-08-31',
        workday: '2026-08-22',
        citation: {
          document: 'Thông báo 9441/TB-BNV ngày 16/10/2025 (Bộ Nội vụ)',
          note: 'Monday 31 August off, Saturday 22 August worked.',
        },
      },
    ],
    unconfirmed: [
      'Vietnam Culture Day swap (23/11 off, 28/11 worked) was proposed; no decision found: not encoded, 24/11 alone is off',
    ],
  },
];

/**
 * The built-in holiday table for civil servants (state agencies working Monday–Friday): Labour Code
 * rules from 2014 and the government's decisions for 2020–2026.
 *
 * Rules: Labour Code 2012, art. 115 for 2014–2020 (2 September alone); Labour Code 2019, art. 112 from
 * 2021 (2 September plus 1 or 3 September). Compensatory days: art. 111(3) of the 2019 Code (art. 115(3)
 * of the 2012 Code). Years before 2014 are not covered (Tết 2013 was still under the 1994 Code).
 *
 * Computed defaults (used when a year has no recorded decision, and marked `computed`): Tết = the last
 * two days of the old lunar year and the first three of the new; 2 September's extra day = 1 September
 * when 2 September is a Tuesday, Wednesday, Friday or Saturday, otherwise 3 September (what the
 * 2021–2026 decisions chose; the only Wednesday, 2026, took Tuesday 1 September).
 *
 * From 2026, 24 November (`vietnam-culture-day`, Resolution 28/2026/QH16, art. 2) is a day off; it is not
 * an art. 112(1) holiday, so it gets no compensatory day when it falls on a weekend (`compensated: false`).
 *
 * Provisional: a year without an entry in `years` rests on the statutory rules alone, and every holiday,
 * working-day answer and deadline that depends on it is flagged `provisional` (2027 onwards, until its
 * decision is loaded with {@link withHolidayYears}).
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_TABLE } from '@coop/calendar';
 * VN_HOLIDAY_TABLE.years.find((y) => y.year === 2026)?.tet; // { from: '2026-02-16', to: '2026-02-20', … }
 * ```
 */
export const VN_HOLIDAY_TABLE: HolidayTable = {
  id: 'vn-civil-service',
  version: '2026.2',
  rules: [
    {
      id: 'labour-code-2012',
      fromYear: 2014,
      toYear: 2020,
      citation: { document: LABOUR_CODE_2012, clause: 'Điều 115' },
      compensation: { document: LABOUR_CODE_2012, clause: 'Điều 115 khoản 3' },
      solar: SOLAR,
      lunar: LUNAR,
      tet: TET,
      nationalDayExtra: null,
    },
    {
      id: 'labour-code-2019',
      fromYear: 2021,
      citation: { document: LABOUR_CODE_2019, clause: 'Điều 112 khoản 1' },
      compensation: {
        document: LABOUR_CODE_2019,
        clause: 'Điều 111 khoản 3',
        phrase: 'được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp',
      },
      solar: [...SOLAR, CULTURE_DAY],
      lunar: LUNAR,
      tet: TET,
      nationalDayExtra: {
        name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
        // ISO weekday of 2 September: Mon→3, Tue→1, Wed→1, Thu→3, Fri→1, Sat→1, Sun→3. Wednesday follows
        // the only Wednesday precedent (2026, Thông báo 9441/TB-BNV: Tuesday 1 September).
        defaultByWeekday: [3, 1, 1, 3, 1, 1, 3],
      },
    },
  ],
  years: YEARS,
  optional: [],
};

/**
 * A copy of a table with some years' decisions added or replaced (an entry for a year that is already
 * in the table replaces it; others are added). The input table is not modified; the result is validated.
 *
 * @param table - the base table, e.g. {@link VN_HOLIDAY_TABLE}
 * @param years - the decisions to add or replace
 * @returns a new table (same rules and optional holidays) with `version` suffixed `+custom`
 * @throws CoopError `INVALID_HOLIDAY_TABLE` (with `details.issues`) when the base or the result is not valid
 * @example
 * ```ts
 * import { VN_HOLIDAY_TABLE, withHolidayYears } from '@coop/calendar';
 * const table = withHolidayYears(VN_HOLIDAY_TABLE, [
 *   { year: 2027, tet: { from: '2027-02-05', to: '2027-02-09', citation: { document: 'Thông báo …' } } },
 * ]);
 * table.years.some((y) => y.year === 2027); // true
 * ```
 */
export const withHolidayYears = (table: HolidayTable, years: readonly HolidayYear[]): HolidayTable => {
  const base = checkHolidayTable(table);
  const copy = plainCopy(years, TABLE_LIMITS);
  const input: unknown = copy.ok ? copy.value : undefined;
  if (!Array.isArray(input) || input.length > 1000 || !input.every((y: unknown) => typeof y === 'object' && y !== null && !Array.isArray(y))) {
    throw new CoopError('INVALID_HOLIDAY_TABLE', 'years must be a list of at most 1000 year entries', {
      received: Array.isArray(input) ? 'array' : copy.ok ? typeof input : 'unreadable',
      ...(copy.ok ? {} : { issues: copy.issues }),
    });
  }
  const added = input as HolidayYear[];
  const replaced = new Set(added.map((y) => y.year));
  return checkHolidayTable({
    ...base,
    version: base.version.endsWith('+custom') ? base.version : `${base.version}+custom`,
    years: [...base.years.filter((y) => !replaced.has(y.year)), ...added].sort((a, b) => a.year - b.year),
  });
};

/** Validated tables (the frozen copies), and the copy made of each table object a caller passed. */
const validTables = new WeakSet<object>();
const copies = new WeakMap<object, HolidayTable>();

/**
 * Validates a table (once per object), throwing `INVALID_HOLIDAY_TABLE` with the issues, and returns
 * the validated, frozen copy (the same copy for the same object, so per-table memos hold). A table is
 * read once: changing it after its first use has no effect. Used by `holidays.ts`; not re-exported.
 *
 * @internal
 */
export const checkHolidayTable = (table: unknown): HolidayTable => {
  // WeakSet#has / WeakMap#get never throw for a primitive, so no type guard is needed before them.
  if (validTables.has(table as object)) return table as HolidayTable;
  const known = copies.get(table as object);
  if (known) return known;
  const result = parseHolidayTable(table);
  if (!result.ok) throw new CoopError('INVALID_HOLIDAY_TABLE', 'The holiday table is not valid', { issues: result.issues });
  const frozen = deepFreeze(result.value);
  validTables.add(frozen);
  if (typeof table === 'object' && table !== null) copies.set(table, frozen);
  return frozen;
};

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

/**
 * Bounds of a holiday table taken from a caller, checked before any work: at most 50 rule sets, 400
 * year entries (1900–2199 has 300 years), 50 solar and 50 lunar rules per set, 366 swaps and 366 days
 * off per year, 1 000 optional holidays; strings up to 2 000 characters; nesting up to 12 levels; 200 000
 * values in all.
 */
const TABLE_LIMITS = { maxDepth: 12, maxNodes: 200_000, maxString: 2_000 } as const;
const MAX_LIST: Readonly<Record<string, number>> = { rules: 50, years: 2000, solar: 50, lunar: 50, swaps: 366, daysOff: 366, optional: 1000 };

/** Last year a table can cover (the end of the lunar calendar). */
const MAX_YEAR = 2199;

// ——— validation of untrusted tables ———

const issue = (path: ReadonlyArray<string | number>, code: string, en: string, vi: string): Issue => ({
  path,
  code,
  message: { vi, en },
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLabel = (v: unknown): boolean =>
  isObject(v) && typeof v.vi === 'string' && v.vi.length > 0 && typeof v.en === 'string' && v.en.length > 0;
const isCitation = (v: unknown): boolean => isObject(v) && typeof v.document === 'string' && v.document.length > 0;
// Number.isInteger is false for anything that is not a number, so it is the type check too.
const isInt = (v: unknown, min: number, max: number): boolean => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * Checks an untrusted holiday table (e.g. loaded from JSON) without throwing.
 *
 * Checked: shape and types; rules periods in 1900–2199 and not overlapping; solar days that exist; one
 * entry per year; a decided Tết span of 1–10 days within its year that contains lunar 1/1; an extra
 * National Day that is 1 or 3 September of its year; swaps between distinct valid dates; citations with
 * a `document`; labels in both languages; optional holidays with unique ids.
 *
 * @param value - anything
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` (paths into the value, stable codes)
 * @example
 * ```ts
 * import { parseHolidayTable, VN_HOLIDAY_TABLE } from '@coop/calendar';
 * parseHolidayTable(VN_HOLIDAY_TABLE).ok; // true
 * parseHolidayTable({ ...VN_HOLIDAY_TABLE, years: [{ year: 2027, nationalDayExtra: { date: '2027-09-05', citation: { document: 'x' } } }] }).ok; // false
 * ```
 */
export const parseHolidayTable = (value: unknown): ParseResult<HolidayTable> => {
  const copy = plainCopy(value, TABLE_LIMITS);
  return copy.ok ? validateTable(copy.value) : { ok: false, issues: copy.issues };
};

/** Whether a list exceeds its bound (reported once, with the bound). */
const tooLong = (list: readonly unknown[], key: string, path: ReadonlyArray<string | number>, issues: Issue[]): boolean => {
  const max = MAX_LIST[key] ?? 100;
  if (list.length <= max) return false;
  issues.push(issue(path, 'too_large', `At most ${max} entries`, `Tối đa ${max} mục`));
  return true;
};

/** Validates the plain copy of a table. */
const validateTable = (value: unknown): ParseResult<HolidayTable> => {
  const issues: Issue[] = [];
  const bad = (path: ReadonlyArray<string | number>, code: string, en: string, vi: string): void => {
    issues.push(issue(path, code, en, vi));
  };
  if (!isObject(value)) return { ok: false, issues: [issue([], 'invalid_type', 'Expected an object', 'Cần một đối tượng')] };
  if (typeof value.id !== 'string' || value.id === '') bad(['id'], 'invalid_type', 'Expected a non-empty id', 'Cần mã (id)');
  if (typeof value.version !== 'string' || value.version === '') bad(['version'], 'invalid_type', 'Expected a version', 'Cần phiên bản');

  const rules = value.rules;
  if (!Array.isArray(rules) || rules.length === 0) {
    bad(['rules'], 'too_small', 'Expected at least one rule set', 'Cần ít nhất một bộ quy tắc');
  } else if (!tooLong(rules, 'rules', ['rules'], issues)) {
    const spans: Array<[number, number]> = [];
    rules.forEach((r: unknown, i) => {
      const p = ['rules', i];
      if (!isObject(r)) return bad(p, 'invalid_type', 'Expected an object', 'Cần một đối tượng');
      if (!isInt(r.fromYear, 1900, MAX_YEAR)) bad([...p, 'fromYear'], 'invalid_type', 'Expected a year 1900–2199', 'Cần năm 1900–2199');
      if (r.toYear !== undefined && !isInt(r.toYear, 1900, MAX_YEAR)) bad([...p, 'toYear'], 'invalid_type', 'Expected a year 1900–2199', 'Cần năm 1900–2199');
      const from = typeof r.fromYear === 'number' ? r.fromYear : 0;
      const to = typeof r.toYear === 'number' ? r.toYear : MAX_YEAR;
      if (from > to) bad(p, 'invalid_range', 'fromYear is after toYear', 'fromYear sau toYear');
      if (spans.some(([a, b]) => from <= b && a <= to)) bad(p, 'invalid_range', 'Rule periods overlap', 'Các giai đoạn quy tắc chồng lấn');
      spans.push([from, to]);
      if (!isCitation(r.citation)) bad([...p, 'citation'], 'missing', 'Expected a citation with a document', 'Cần trích dẫn văn bản');
      if (!isCitation(r.compensation)) bad([...p, 'compensation'], 'missing', 'Expected a citation with a document', 'Cần trích dẫn văn bản');
      for (const key of ['solar', 'lunar'] as const) {
        const list = r[key];
        if (!Array.isArray(list)) {
          bad([...p, key], 'invalid_type', 'Expected a list', 'Cần một danh sách');
          continue;
        }
        if (tooLong(list, key, [...p, key], issues)) continue;
        list.forEach((h: unknown, j) => {
          const q = [...p, key, j];
          const ok =
            isObject(h) &&
            typeof h.id === 'string' &&
            isInt(h.month, 1, 12) &&
            isInt(h.day, 1, key === 'solar' ? [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][h.month as number]! : 30) &&
            isLabel(h.name) &&
            (key === 'lunar' || ((h.fromYear === undefined || isInt(h.fromYear, 1900, MAX_YEAR)) && (h.compensated === undefined || typeof h.compensated === 'boolean') && (h.citation === undefined || isCitation(h.citation))));
          if (!ok) bad(q, 'custom', 'Expected { id, month, day, name, fromYear?, compensated?, citation? } with an existing day', 'Cần { id, month, day, name, fromYear?, compensated?, citation? } hợp lệ');
        });
      }
      const tet = r.tet;
      if (!isObject(tet) || !isLabel(tet.name) || !isInt(tet.defaultDaysBefore, 0, 5) || !isInt(tet.defaultDaysAfter, 1, 10)) {
        bad([...p, 'tet'], 'custom', 'Expected { name, defaultDaysBefore 0–5, defaultDaysAfter 1–10 }', 'Cần { name, defaultDaysBefore, defaultDaysAfter }');
      }
      const nd = r.nationalDayExtra;
      if (nd !== null) {
        const ok =
          isObject(nd) &&
          isLabel(nd.name) &&
          Array.isArray(nd.defaultByWeekday) &&
          nd.defaultByWeekday.length === 7 &&
          nd.defaultByWeekday.every((d: unknown) => d === 1 || d === 3);
        if (!ok) bad([...p, 'nationalDayExtra'], 'custom', 'Expected null or { name, defaultByWeekday: seven 1s or 3s }', 'Cần null hoặc { name, defaultByWeekday }');
      }
    });
  }

  const years = value.years;
  if (!Array.isArray(years)) {
    bad(['years'], 'invalid_type', 'Expected a list', 'Cần một danh sách');
  } else if (!tooLong(years, 'years', ['years'], issues)) {
    const seen = new Set<number>();
    years.forEach((y: unknown, i) => {
      const p = ['years', i];
      if (!isObject(y) || !isInt(y.year, 1900, MAX_YEAR)) return bad(p, 'invalid_type', 'Expected { year, … } with a year 1900–2199', 'Cần { year, … }');
      const year = y.year as number;
      if (seen.has(year)) bad([...p, 'year'], 'duplicate', `Year ${year} appears twice`, `Năm ${year} xuất hiện hai lần`);
      seen.add(year);
      const checkDate = (v: unknown, q: ReadonlyArray<string | number>): boolean => {
        if (isCivilDate(v)) return true;
        bad(q, 'invalid_date', 'Expected a date YYYY-MM-DD', 'Cần ngày YYYY-MM-DD');
        return false;
      };
      if (y.tet !== undefined) {
        const t = y.tet;
        if (!isObject(t)) bad([...p, 'tet'], 'invalid_type', 'Expected { from, to, citation }', 'Cần { from, to, citation }');
        else {
          const okFrom = checkDate(t.from, [...p, 'tet', 'from']);
          const okTo = checkDate(t.to, [...p, 'tet', 'to']);
          if (!isCitation(t.citation)) bad([...p, 'tet', 'citation'], 'missing', 'Expected a citation', 'Cần trích dẫn');
          if (okFrom && okTo) {
            const from = toDayNumber(t.from as string);
            const to = toDayNumber(t.to as string);
            const newYear = toDayNumber(lunarNewYear(year));
            if (to < from || to - from > 9) bad([...p, 'tet'], 'invalid_range', 'Expected a span of 1 to 10 days', 'Cần từ 1 đến 10 ngày');
            else if (newYear < from || newYear > to) bad([...p, 'tet'], 'custom', `The span must contain Tết (${fromDayNumber(newYear)})`, `Phải gồm ngày Tết (${fromDayNumber(newYear)})`);
          }
        }
      }
      if (y.nationalDayExtra !== undefined) {
        const n = y.nationalDayExtra;
        if (!isObject(n) || (n.date !== `${year}-09-01` && n.date !== `${year}-09-03`)) {
          bad([...p, 'nationalDayExtra', 'date'], 'invalid_enum', `Expected ${year}-09-01 or ${year}-09-03`, `Cần ${year}-09-01 hoặc ${year}-09-03`);
        } else if (!isCitation(n.citation)) bad([...p, 'nationalDayExtra', 'citation'], 'missing', 'Expected a citation', 'Cần trích dẫn');
      }
      if (y.swaps !== undefined) {
        if (!Array.isArray(y.swaps)) bad([...p, 'swaps'], 'invalid_type', 'Expected a list', 'Cần một danh sách');
        else if (!tooLong(y.swaps, 'swaps', [...p, 'swaps'], issues))
          y.swaps.forEach((s: unknown, j) => {
            const q = [...p, 'swaps', j];
            if (!isObject(s)) return bad(q, 'invalid_type', 'Expected { off, workday, citation }', 'Cần { off, workday, citation }');
            const ok = checkDate(s.off, [...q, 'off']) && checkDate(s.workday, [...q, 'workday']);
            if (ok && s.off === s.workday) bad(q, 'custom', 'off and workday must differ', 'Ngày nghỉ và ngày làm bù phải khác nhau');
            if (ok && Math.abs(Number((s.off as string).slice(0, 4)) - year) > 1) bad([...q, 'off'], 'invalid_range', 'Swap dates must be within a year of the entry', 'Ngày hoán đổi phải gần năm của mục');
            if (ok && Math.abs(Number((s.workday as string).slice(0, 4)) - year) > 1) bad([...q, 'workday'], 'invalid_range', 'Swap dates must be within a year of the entry', 'Ngày hoán đổi phải gần năm của mục');
            if (!isCitation(s.citation)) bad([...q, 'citation'], 'missing', 'Expected a citation', 'Cần trích dẫn');
          });
      }
      if (y.daysOff !== undefined) {
        if (!Array.isArray(y.daysOff)) bad([...p, 'daysOff'], 'invalid_type', 'Expected a list', 'Cần một danh sách');
        else if (!tooLong(y.daysOff, 'daysOff', [...p, 'daysOff'], issues))
          y.daysOff.forEach((o: unknown, j) => {
            const q = [...p, 'daysOff', j];
            if (!isObject(o)) return bad(q, 'invalid_type', 'Expected { date, name, citation }', 'Cần { date, name, citation }');
            if (checkDate(o.date, [...q, 'date']) && !(o.date as string).startsWith(`${year}-`)) bad([...q, 'date'], 'invalid_range', `Expected a date in ${year}`, `Cần ngày trong năm ${year}`);
            if (!isLabel(o.name)) bad([...q, 'name'], 'invalid_type', 'Expected { vi, en }', 'Cần { vi, en }');
            if (!isCitation(o.citation)) bad([...q, 'citation'], 'missing', 'Expected a citation', 'Cần trích dẫn');
          });
      }
    });
  }

  const optional = value.optional;
  if (!Array.isArray(optional)) bad(['optional'], 'invalid_type', 'Expected a list', 'Cần một danh sách');
  else if (!tooLong(optional, 'optional', ['optional'], issues)) {
    const ids = new Set<string>();
    optional.forEach((o: unknown, i) => {
      const p = ['optional', i];
      const ok =
        isObject(o) &&
        typeof o.id === 'string' &&
        o.id !== '' &&
        isInt(o.month, 1, 12) &&
        isInt(o.day, 1, [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][o.month as number]!) &&
        isInt(o.fromYear, 1900, MAX_YEAR) &&
        isLabel(o.name) &&
        isCitation(o.citation);
      if (!ok) return bad(p, 'custom', 'Expected { id, month, day, fromYear, name, citation }', 'Cần { id, month, day, fromYear, name, citation }');
      if (ids.has(o.id as string)) bad([...p, 'id'], 'duplicate', `Optional holiday ${String(o.id)} appears twice`, 'Trùng mã ngày nghỉ tùy chọn');
      ids.add(o.id as string);
    });
  }
  return issues.length === 0 ? { ok: true, value: value as unknown as HolidayTable } : { ok: false, issues };
};
