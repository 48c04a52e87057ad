/**
 * The rules of the holiday-table validator (`parseHolidayTable`) and of `withHolidayYears`, one rule per
 * case: each bad table must yield exactly the expected issues (stable `code` + `path`), and each edge that
 * the rules allow must stay valid. Message wording is not part of the contract and is not checked.
 *
 * Dates used: Tết 2027 (lunar 1/1) is Saturday 6 February 2027 (shared/domain/calendar.md, computed
 * lunar table); 2 September 2027 is a Thursday.
 */
import { describe, expect, it } from 'vitest';
import { VN_HOLIDAY_TABLE, parseHolidayTable, withHolidayYears, type HolidayTable, type HolidayYear } from '../src/holiday-table.js';
import { holidays } from '../src/holidays.js';
import { lunarNewYear } from '../src/lunar.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';

// A deep, mutable copy of the built-in table (a fresh object, so never the validated one); untyped on
// purpose, since the cases below break its types.
type Loose = any;
const copy = (): Loose => structuredClone(VN_HOLIDAY_TABLE);

/** The issues of a value as `[path, code]` pairs (empty when valid). */
const problems = (value: unknown): Array<[string, string]> => {
  const result = parseHolidayTable(value);
  return result.ok ? [] : result.issues.map((i) => [i.path.join('.'), i.code]);
};

/** The built-in table with fields of rule set `i` replaced (`undefined` removes the field's value). */
const withRule = (i: number, patch: Record<string, unknown>): Loose => {
  const t = copy();
  t.rules[i] = { ...t.rules[i], ...patch };
  return t;
};
const withRules = (...rules: unknown[]): Loose => ({ ...copy(), rules });
/** The built-in table whose decisions are only the given entries. */
const withYears = (...years: unknown[]): Loose => ({ ...copy(), years });
const withOptional = (...optional: unknown[]): Loose => ({ ...copy(), optional });

const CITE = { document: 'Thông báo (ví dụ)' };
const NAME = { vi: 'Ngày nghỉ (ví dụ)', en: 'Day off (example)' };
const RULE_2012 = VN_HOLIDAY_TABLE.rules[0]!;
const RULE_2019 = VN_HOLIDAY_TABLE.rules[1]!;
/** An optional holiday (the built-in table has none since 24 November became a day off in 2026). */
const CULTURE_DAY = { id: 'vietnam-culture-day', month: 11, day: 24, fromYear: 2026, name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' }, citation: CITE };
/** A 2027 decision with a Tết span. */
const tet2027 = (from: unknown, to: unknown, citation: unknown = CITE): HolidayYear => ({ year: 2027, tet: { from, to, citation } }) as HolidayYear;

describe('parseHolidayTable: the table as a whole', () => {
  it('accepts the built-in table and returns a plain copy of it (snapshot first, issue 22)', () => {
    const result = parseHolidayTable(VN_HOLIDAY_TABLE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(VN_HOLIDAY_TABLE);
    if (result.ok) expect(result.value).not.toBe(VN_HOLIDAY_TABLE);
    expect(problems(copy())).toEqual([]);
  });

  it('a value that is not a plain object: one invalid_type issue at the root', () => {
    for (const value of [null, undefined, 42, 'vn-civil-service', [], [VN_HOLIDAY_TABLE]]) {
      const result = parseHolidayTable(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => [i.path, i.code])).toEqual([[[], 'invalid_type']]);
    }
  });

  it('id and version must be non-empty strings', () => {
    for (const id of [undefined, '', 42]) expect(problems({ ...copy(), id })).toEqual([['id', 'invalid_type']]);
    for (const version of [undefined, '', 2026.1]) expect(problems({ ...copy(), version })).toEqual([['version', 'invalid_type']]);
  });

  it('needs at least one rule set', () => {
    for (const rules of [undefined, [], 'labour-code-2019', { 0: RULE_2019 }]) {
      expect(problems({ ...copy(), rules })).toEqual([['rules', 'too_small']]);
    }
  });

  it('years and optional must be lists', () => {
    for (const years of [undefined, 'x', { 0: { year: 2027 } }]) expect(problems({ ...copy(), years })).toEqual([['years', 'invalid_type']]);
    for (const optional of [undefined, 'x', {}]) expect(problems({ ...copy(), optional })).toEqual([['optional', 'invalid_type']]);
  });

  it('reports every problem, in document order', () => {
    const broken = {
      ...copy(),
      id: '',
      rules: [{ ...RULE_2012, citation: undefined }, { ...RULE_2019, fromYear: 2020 }],
      years: [{ year: 2027, daysOff: 'none' }, null],
      optional: [{ ...CULTURE_DAY, day: 31 }],
    };
    expect(problems(broken)).toEqual([
      ['id', 'invalid_type'],
      ['rules.0.citation', 'missing'],
      ['rules.1', 'invalid_range'],
      ['years.0.daysOff', 'invalid_type'],
      ['years.1', 'invalid_type'],
      ['optional.0', 'custom'],
    ]);
  });
});

describe('parseHolidayTable: rule sets (periods of the Labour Code)', () => {
  it('a rule set must be an object', () => {
    for (const bad of [null, 42, 'labour-code-2019', [RULE_2019]]) expect(problems(withRules(RULE_2012, bad))).toEqual([['rules.1', 'invalid_type']]);
  });

  it('fromYear is an integer year 1900–2199', () => {
    expect(problems(withRule(0, { fromYear: 1900 }))).toEqual([]);
    expect(problems(withRule(1, { fromYear: 2199 }))).toEqual([]);
    for (const fromYear of [1899, 2014.5, '2014']) expect(problems(withRule(0, { fromYear }))).toEqual([['rules.0.fromYear', 'invalid_type']]);
    // 2200 is past the end of the lunar calendar, and so also after the (open) end of the set.
    expect(problems(withRule(1, { fromYear: 2200 }))).toEqual([
      ['rules.1.fromYear', 'invalid_type'],
      ['rules.1', 'invalid_range'],
    ]);
  });

  it('a rule set without a start is read as open from the beginning, so it overlaps the earlier set too', () => {
    expect(problems(withRule(1, { fromYear: undefined }))).toEqual([
      ['rules.1.fromYear', 'invalid_type'],
      ['rules.1', 'invalid_range'],
    ]);
  });

  it('toYear, when given, is an integer year 1900–2199 not before fromYear', () => {
    expect(problems(withRule(1, { toYear: 2199 }))).toEqual([]);
    expect(problems(withRule(0, { toYear: 2020.5 }))).toEqual([['rules.0.toYear', 'invalid_type']]);
    expect(problems(withRule(0, { toYear: 1899 }))).toEqual([
      ['rules.0.toYear', 'invalid_type'],
      ['rules.0', 'invalid_range'],
    ]);
    // A toYear past 2199 is refused, and (read as given) it runs into the 2019 Code's period.
    expect(problems(withRule(0, { toYear: 2200 }))).toEqual([
      ['rules.0.toYear', 'invalid_type'],
      ['rules.1', 'invalid_range'],
    ]);
  });

  it('a period of a single year is valid; fromYear after toYear is invalid_range', () => {
    expect(problems(withRule(0, { fromYear: 2020, toYear: 2020 }))).toEqual([]);
    expect(problems(withRule(0, { fromYear: 2020, toYear: 2019 }))).toEqual([['rules.0', 'invalid_range']]);
  });

  it('periods may not overlap, even by one year, in whatever order they are listed', () => {
    // 2012 Code 2014–2020 and 2019 Code from 2020: 2020 is in both.
    expect(problems(withRule(1, { fromYear: 2020 }))).toEqual([['rules.1', 'invalid_range']]);
    // Listed newest first: 2021– then 2014–2021 (2021 in both) is an overlap; 2014–2020 is not.
    expect(problems(withRules(RULE_2019, { ...RULE_2012, toYear: 2021 }))).toEqual([['rules.1', 'invalid_range']]);
    expect(problems(withRules(RULE_2019, RULE_2012))).toEqual([]);
    // Two open-ended periods always overlap.
    expect(problems(withRules({ ...RULE_2012, toYear: undefined }, RULE_2019))).toEqual([['rules.1', 'invalid_range']]);
  });

  it('a gap between periods is allowed: the years in it simply have no holiday rules', () => {
    const table = withRules({ ...RULE_2012, toYear: 2018 }, RULE_2019);
    expect(problems(table)).toEqual([]);
    expect(holidays(2018, { table }).length).toBeGreaterThan(0);
    expect(codeAndDetails(() => holidays(2019, { table }))).toMatchObject({ code: 'DATE_OUT_OF_RANGE', details: { year: 2019, firstYear: 2014 } });
  });

  it('both the holiday article and the compensatory-day article must cite a document', () => {
    for (const key of ['citation', 'compensation']) {
      for (const bad of [undefined, null, 'Điều 112', {}, { document: '' }, { document: 45 }, [{ document: 'Bộ luật Lao động' }]]) {
        expect(problems(withRule(1, { [key]: bad }))).toEqual([[`rules.1.${key}`, 'missing']]);
      }
    }
    expect(problems(withRule(1, { citation: { document: 'x' } }))).toEqual([]);
  });

  it('solar and lunar must be lists', () => {
    expect(problems(withRule(1, { solar: 'x' }))).toEqual([['rules.1.solar', 'invalid_type']]);
    expect(problems(withRule(1, { lunar: undefined }))).toEqual([['rules.1.lunar', 'invalid_type']]);
    expect(problems(withRule(1, { solar: [], lunar: [] }))).toEqual([]);
  });

  it('a solar holiday is { id, month, day, name } on a day that exists (29 February allowed)', () => {
    const good = { id: 'x', month: 12, day: 31, name: NAME };
    for (const h of [good, { ...good, month: 2, day: 29 }, { ...good, month: 1, day: 1 }]) {
      expect(problems(withRule(1, { solar: [h] }))).toEqual([]);
    }
    const bad = [
      null,
      'new-year',
      { ...good, id: 5 },
      { ...good, id: undefined },
      { ...good, month: 0 },
      { ...good, month: 13 },
      { ...good, month: 1.5 },
      { ...good, day: 0 },
      { ...good, day: 32 },
      { ...good, day: 30.5 },
      { ...good, month: 4, day: 31 },
      { ...good, month: 2, day: 30 },
      { ...good, month: 11, day: 31 },
      { ...good, name: undefined },
    ];
    for (const h of bad) expect(problems(withRule(1, { solar: [...RULE_2019.solar, h] }))).toEqual([['rules.1.solar.5', 'custom']]);
  });

  it('a lunar holiday is { id, month 1–12, day 1–30, name } in every lunar month', () => {
    const good = { id: 'x', month: 2, day: 30, name: NAME };
    for (const h of [good, { ...good, month: 12 }, { ...good, month: 1, day: 1 }]) expect(problems(withRule(1, { lunar: [h] }))).toEqual([]);
    for (const h of [null, { ...good, id: 10 }, { ...good, month: 13 }, { ...good, month: 0 }, { ...good, day: 31 }, { ...good, day: 0 }, { ...good, name: 'Giỗ Tổ' }]) {
      expect(problems(withRule(1, { lunar: [...RULE_2019.lunar, h] }))).toEqual([['rules.1.lunar.1', 'custom']]);
    }
  });

  it('a name needs non-empty Vietnamese and English strings', () => {
    const bad = [null, 'Quốc khánh', {}, { vi: 'Quốc khánh' }, { en: 'National Day' }, { vi: '', en: 'National Day' }, { vi: 'Quốc khánh', en: '' }, { vi: ['Quốc khánh'], en: 'National Day' }, { vi: 'Quốc khánh', en: ['National Day'] }, { vi: 1, en: 'National Day' }];
    for (const name of bad) {
      expect(problems(withRule(1, { solar: [{ id: 'national-day', month: 9, day: 2, name }] }))).toEqual([['rules.1.solar.0', 'custom']]);
    }
    expect(problems(withRule(1, { solar: [{ id: 'national-day', month: 9, day: 2, name: { vi: 'Q', en: 'N' } }] }))).toEqual([]);
  });

  it('Tết: a name, 0–5 days of the old year and 1–10 days of the new one', () => {
    const tet = RULE_2019.tet;
    for (const ok of [{ ...tet, defaultDaysBefore: 0, defaultDaysAfter: 10 }, { ...tet, defaultDaysBefore: 5, defaultDaysAfter: 1 }]) {
      expect(problems(withRule(1, { tet: ok }))).toEqual([]);
    }
    const bad = [
      undefined,
      null,
      'Tết',
      { ...tet, name: undefined },
      { ...tet, name: { vi: 'Tết', en: '' } },
      { ...tet, defaultDaysBefore: 6 },
      { ...tet, defaultDaysBefore: -1 },
      { ...tet, defaultDaysBefore: 1.5 },
      { ...tet, defaultDaysBefore: undefined },
      { ...tet, defaultDaysAfter: 0 },
      { ...tet, defaultDaysAfter: 11 },
      { ...tet, defaultDaysAfter: '3' },
    ];
    for (const t of bad) expect(problems(withRule(1, { tet: t }))).toEqual([['rules.1.tet', 'custom']]);
  });

  it('the day added to 2 September: null, or a name and seven defaults each 1 or 3', () => {
    expect(problems(withRule(1, { nationalDayExtra: null }))).toEqual([]);
    const nd = RULE_2019.nationalDayExtra!;
    expect(problems(withRule(1, { nationalDayExtra: { ...nd, defaultByWeekday: [1, 1, 1, 1, 1, 1, 1] } }))).toEqual([]);
    const bad = [
      undefined,
      'none',
      { ...nd, name: undefined },
      { ...nd, name: { vi: '', en: 'x' } },
      { ...nd, defaultByWeekday: '3133113' },
      { ...nd, defaultByWeekday: undefined },
      { ...nd, defaultByWeekday: [3, 1, 3, 3, 1, 1] },
      { ...nd, defaultByWeekday: [3, 1, 3, 3, 1, 1, 3, 1] },
      { ...nd, defaultByWeekday: [3, 1, 3, 3, 1, 1, 2] },
      { ...nd, defaultByWeekday: [2, 1, 3, 3, 1, 1, 3] },
      { ...nd, defaultByWeekday: [3, 1, 3, 3, 1, 1, '3'] },
    ];
    for (const n of bad) expect(problems(withRule(1, { nationalDayExtra: n }))).toEqual([['rules.1.nationalDayExtra', 'custom']]);
  });
});

describe('parseHolidayTable: yearly decisions', () => {
  it('an entry is an object with an integer year 1900–2199, at most once per year', () => {
    expect(problems(withYears({ year: 1900 }, { year: 2199 }))).toEqual([]);
    for (const bad of [null, 2027, [2027], {}, { year: 1899 }, { year: 2200 }, { year: 2027.5 }, { year: '2027' }]) {
      expect(problems(withYears({ year: 2026 }, bad))).toEqual([['years.1', 'invalid_type']]);
    }
    expect(problems(withYears({ year: 2027 }, { year: 2028 }, { year: 2027 }))).toEqual([['years.2.year', 'duplicate']]);
  });

  describe('Tết span (decided by the Prime Minister each year)', () => {
    it(`must contain lunar 1/1 of its year (${lunarNewYear(2027)} for 2027)`, () => {
      expect(lunarNewYear(2027)).toBe('2027-02-06');
      expect(problems(withYears(tet2027('2027-02-04', '2027-02-08')))).toEqual([]);
      // starting on Tết, ending on Tết, or Tết alone
      expect(problems(withYears(tet2027('2027-02-06', '2027-02-10')))).toEqual([]);
      expect(problems(withYears(tet2027('2027-02-02', '2027-02-06')))).toEqual([]);
      expect(problems(withYears(tet2027('2027-02-06', '2027-02-06')))).toEqual([]);
      // the day before or the day after Tết
      expect(problems(withYears(tet2027('2027-02-01', '2027-02-05')))).toEqual([['years.0.tet', 'custom']]);
      expect(problems(withYears(tet2027('2027-02-07', '2027-02-11')))).toEqual([['years.0.tet', 'custom']]);
      // 2026's span filed under 2027
      expect(problems(withYears(tet2027('2026-02-16', '2026-02-20')))).toEqual([['years.0.tet', 'custom']]);
    });

    it('lasts 1 to 10 days, ends no earlier than it starts (invalid_range)', () => {
      expect(problems(withYears(tet2027('2027-02-01', '2027-02-10')))).toEqual([]);
      expect(problems(withYears(tet2027('2027-02-01', '2027-02-11')))).toEqual([['years.0.tet', 'invalid_range']]);
      expect(problems(withYears(tet2027('2027-02-07', '2027-02-05')))).toEqual([['years.0.tet', 'invalid_range']]);
      expect(problems(withYears(tet2027('2027-02-06', '2027-02-05')))).toEqual([['years.0.tet', 'invalid_range']]);
    });

    it('from and to must be real dates, and the decision must be cited', () => {
      expect(problems(withYears({ year: 2027, tet: 'mùng 1' }))).toEqual([['years.0.tet', 'invalid_type']]);
      expect(problems(withYears(tet2027('2027-02-30', '2027-02-08')))).toEqual([['years.0.tet.from', 'invalid_date']]);
      expect(problems(withYears(tet2027('2027-02-04', '2027-2-8')))).toEqual([['years.0.tet.to', 'invalid_date']]);
      expect(problems(withYears(tet2027(undefined, 20270208)))).toEqual([
        ['years.0.tet.from', 'invalid_date'],
        ['years.0.tet.to', 'invalid_date'],
      ]);
      for (const citation of [null, {}, { document: '' }]) {
        expect(problems(withYears(tet2027('2027-02-04', '2027-02-08', citation)))).toEqual([['years.0.tet.citation', 'missing']]);
      }
    });
  });

  it('the day added to 2 September is 1 or 3 September of the same year, cited', () => {
    const nd = (date: unknown, citation: unknown = CITE) => withYears({ year: 2027, nationalDayExtra: { date, citation } });
    expect(problems(nd('2027-09-01'))).toEqual([]);
    expect(problems(nd('2027-09-03'))).toEqual([]);
    for (const date of ['2027-09-02', '2027-09-04', '2026-09-01', '2028-09-03', undefined]) {
      expect(problems(nd(date))).toEqual([['years.0.nationalDayExtra.date', 'invalid_enum']]);
    }
    expect(problems(withYears({ year: 2027, nationalDayExtra: '2027-09-03' }))).toEqual([['years.0.nationalDayExtra.date', 'invalid_enum']]);
    expect(problems(nd('2027-09-03', { document: '' }))).toEqual([['years.0.nationalDayExtra.citation', 'missing']]);
  });

  describe('swaps (a weekday off for a working Saturday)', () => {
    const swap = (off: unknown, workday: unknown, citation: unknown = CITE) => withYears({ year: 2027, swaps: [{ off, workday, citation }] });

    it('a valid swap, also one that crosses New Year', () => {
      expect(problems(swap('2027-04-29', '2027-05-08'))).toEqual([]);
      expect(problems(swap('2027-12-31', '2028-01-08'))).toEqual([]);
      expect(problems(swap('2026-12-31', '2027-01-09'))).toEqual([]);
    });

    it('must be a list of objects', () => {
      expect(problems(withYears({ year: 2027, swaps: 'none' }))).toEqual([['years.0.swaps', 'invalid_type']]);
      expect(problems(withYears({ year: 2027, swaps: [null] }))).toEqual([['years.0.swaps.0', 'invalid_type']]);
    });

    it('off and workday must be real dates', () => {
      expect(problems(swap('2027-04-31', '2027-05-08'))).toEqual([['years.0.swaps.0.off', 'invalid_date']]);
      expect(problems(swap('2027-04-29', '2027-05-8'))).toEqual([['years.0.swaps.0.workday', 'invalid_date']]);
      // An impossible date is only invalid_date: its year is not also compared with the entry's.
      expect(problems(swap('2024-02-30', '2027-05-08'))).toEqual([['years.0.swaps.0.off', 'invalid_date']]);
    });

    it('off and workday must differ', () => {
      expect(problems(swap('2027-05-08', '2027-05-08'))).toEqual([['years.0.swaps.0', 'custom']]);
    });

    it('both dates within a year of the entry (invalid_range)', () => {
      expect(problems(swap('2029-01-05', '2027-05-08'))).toEqual([['years.0.swaps.0.off', 'invalid_range']]);
      expect(problems(swap('2025-12-29', '2027-05-08'))).toEqual([['years.0.swaps.0.off', 'invalid_range']]);
      expect(problems(swap('2027-04-29', '2029-01-06'))).toEqual([['years.0.swaps.0.workday', 'invalid_range']]);
      expect(problems(swap('2027-04-29', '2025-12-27'))).toEqual([['years.0.swaps.0.workday', 'invalid_range']]);
    });

    it('must be cited', () => {
      expect(problems(swap('2027-04-29', '2027-05-08', null))).toEqual([['years.0.swaps.0.citation', 'missing']]);
      expect(problems(swap('2027-04-29', '2027-05-08', { document: '' }))).toEqual([['years.0.swaps.0.citation', 'missing']]);
    });
  });

  describe('other days off', () => {
    const off = (date: unknown, name: unknown = NAME, citation: unknown = CITE) => withYears({ year: 2027, daysOff: [{ date, name, citation }] });

    it('a valid day off in its own year', () => {
      expect(problems(off('2027-06-01'))).toEqual([]);
      expect(problems(off('2027-12-31'))).toEqual([]);
    });

    it('must be a list of objects', () => {
      expect(problems(withYears({ year: 2027, daysOff: '2027-06-01' }))).toEqual([['years.0.daysOff', 'invalid_type']]);
      expect(problems(withYears({ year: 2027, daysOff: [null] }))).toEqual([['years.0.daysOff.0', 'invalid_type']]);
    });

    it('a real date of the entry’s year', () => {
      expect(problems(off('2027-06-31'))).toEqual([['years.0.daysOff.0.date', 'invalid_date']]);
      expect(problems(off('2028-01-01'))).toEqual([['years.0.daysOff.0.date', 'invalid_range']]);
      expect(problems(off('2026-12-31'))).toEqual([['years.0.daysOff.0.date', 'invalid_range']]);
    });

    it('a name in both languages and a citation', () => {
      expect(problems(off('2027-06-01', { vi: 'Nghỉ' }))).toEqual([['years.0.daysOff.0.name', 'invalid_type']]);
      expect(problems(off('2027-06-01', NAME, {}))).toEqual([['years.0.daysOff.0.citation', 'missing']]);
    });
  });
});

describe('parseHolidayTable: optional holidays', () => {
  const good = { id: 'x', month: 6, day: 1, fromYear: 2027, name: NAME, citation: CITE };

  it('valid entries, including 29 February and 31 December', () => {
    expect(problems(withOptional(good, { ...good, id: 'y', month: 2, day: 29 }, { ...good, id: 'z', month: 12, day: 31, fromYear: 1900 }))).toEqual([]);
    expect(problems(withOptional({ ...good, fromYear: 2199 }))).toEqual([]);
  });

  it('each entry is { id, month, day, fromYear, name, citation } with a day that exists (custom)', () => {
    const bad = [
      null,
      'vietnam-culture-day',
      { ...good, id: 7 },
      { ...good, id: '' },
      { ...good, month: 0 },
      { ...good, month: 13 },
      { ...good, day: 0 },
      { ...good, month: 2, day: 30 },
      { ...good, month: 11, day: 31 },
      { ...good, day: 1.5 },
      { ...good, fromYear: 1899 },
      { ...good, fromYear: 2200 },
      { ...good, fromYear: undefined },
      { ...good, name: { vi: 'x', en: '' } },
      { ...good, citation: { document: '' } },
    ];
    for (const o of bad) expect(problems(withOptional(CULTURE_DAY, o))).toEqual([['optional.1', 'custom']]);
  });

  it('ids are unique', () => {
    expect(problems(withOptional(CULTURE_DAY, good, { ...CULTURE_DAY, month: 12 }))).toEqual([['optional.2.id', 'duplicate']]);
  });
});

describe('withHolidayYears', () => {
  const decision2027: HolidayYear = { year: 2027, tet: { from: '2027-02-05', to: '2027-02-09', citation: CITE } };

  it('adds a year, keeps the years in order, and marks the version +custom (once)', () => {
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [decision2027, { year: 2019 }]);
    expect(table.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(table.version).toBe('2026.2+custom');
    expect(table.rules).toEqual(VN_HOLIDAY_TABLE.rules);
    expect(table.optional).toEqual(VN_HOLIDAY_TABLE.optional);
    const again = withHolidayYears(table, [{ year: 2028 }]);
    expect(again.version).toBe('2026.2+custom');
    expect(again.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(VN_HOLIDAY_TABLE.version).toBe('2026.2');
  });

  it('an entry for a year already in the table replaces it', () => {
    const replacement: HolidayYear = { year: 2025, tet: { from: '2025-01-28', to: '2025-02-01', citation: { document: 'Quyết định (giả định)' } } };
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [replacement]);
    expect(table.years.filter((y) => y.year === 2025)).toEqual([replacement]);
    expect(table.years).toHaveLength(VN_HOLIDAY_TABLE.years.length);
    const tet = holidays(2025, { table }).filter((h) => h.id === 'tet');
    expect(tet.map((h) => [h.date, h.kind])).toEqual([
      ['2025-01-28', 'public-holiday'],
      ['2025-01-29', 'public-holiday'],
      ['2025-01-30', 'public-holiday'],
      ['2025-01-31', 'public-holiday'],
      ['2025-02-01', 'public-holiday'],
      ['2025-02-03', 'compensatory'], // 1 February is a Saturday
    ]);
    expect(tet.every((h) => h.citation?.document === 'Quyết định (giả định)' || h.kind === 'compensatory')).toBe(true);
    // the 2025 swap was part of the replaced entry: gone with it
    expect(holidays(2025, { table }).some((h) => h.kind === 'swap-off')).toBe(false);
    expect(holidays(2025).some((h) => h.kind === 'swap-off')).toBe(true);
  });

  it('an invalid result throws INVALID_HOLIDAY_TABLE with the issues (paths into the merged table)', () => {
    const error = codeAndDetails(() => withHolidayYears(VN_HOLIDAY_TABLE, [{ year: 2027, nationalDayExtra: { date: '2027-09-05', citation: CITE } }]));
    expect(error.code).toBe('INVALID_HOLIDAY_TABLE');
    const issues = error.details.issues as Array<{ path: unknown[]; code: string }>;
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['years.7.nationalDayExtra.date', 'invalid_enum']]);
  });

  it('an invalid base table throws INVALID_HOLIDAY_TABLE with its issues', () => {
    const error = codeAndDetails(() => withHolidayYears({ ...VN_HOLIDAY_TABLE, id: '' }, [decision2027]));
    expect(error.code).toBe('INVALID_HOLIDAY_TABLE');
    expect((error.details.issues as Array<{ path: unknown[] }>).map((i) => i.path)).toEqual([['id']]);
  });

  it('years must be a list of entries (null is not an entry)', () => {
    expect(codeAndDetails(() => withHolidayYears(VN_HOLIDAY_TABLE, 'x' as unknown as HolidayYear[]))).toEqual({ code: 'INVALID_HOLIDAY_TABLE', details: { received: 'string' } });
    expect(codeAndDetails(() => withHolidayYears(VN_HOLIDAY_TABLE, [null] as unknown as HolidayYear[]))).toEqual({ code: 'INVALID_HOLIDAY_TABLE', details: { received: 'array' } });
    expect(codeAndDetails(() => withHolidayYears(VN_HOLIDAY_TABLE, [decision2027, 2028] as unknown as HolidayYear[]))).toEqual({ code: 'INVALID_HOLIDAY_TABLE', details: { received: 'array' } });
  });

  it('a list of more than 1000 entries is refused before validation (no per-entry issues)', () => {
    const entries = (n: number) => Array.from({ length: n }, () => ({})) as unknown as HolidayYear[];
    expect(codeAndDetails(() => withHolidayYears(VN_HOLIDAY_TABLE, entries(1001)))).toEqual({ code: 'INVALID_HOLIDAY_TABLE', details: { received: 'array' } });
    // 1000 entries are still validated: each bad one gets its issue.
    const error = codeAndDetails(() => withHolidayYears(VN_HOLIDAY_TABLE, entries(1000)));
    expect(error.code).toBe('INVALID_HOLIDAY_TABLE');
    expect((error.details.issues as unknown[]).length).toBe(1000);
  });
});

describe('tables in use (validated on first use)', () => {
  it('holidays() refuses an invalid table with INVALID_HOLIDAY_TABLE and its issues, every time', () => {
    const broken = withYears(tet2027('2027-03-01', '2027-03-05')) as HolidayTable;
    for (let i = 0; i < 2; i++) {
      const error = codeAndDetails(() => holidays(2027, { table: broken }));
      expect(error.code).toBe('INVALID_HOLIDAY_TABLE');
      expect((error.details.issues as Array<{ path: unknown[]; code: string }>).map((x) => [x.path.join('.'), x.code])).toEqual([['years.0.tet', 'custom']]);
    }
  });

  it('a valid copy of the table gives the same holidays as the built-in one', () => {
    const table = copy() as HolidayTable;
    expect(holidays(2025, { table })).toEqual(holidays(2025));
    expect(holidays(2025, { table })).toEqual(holidays(2025, { table }));
  });
});
