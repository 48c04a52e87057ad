/**
 * Audit 2026-12 (docs/audits/2026-12-calendar-areas.md): whole-year pins of the days off of 2025 (each
 * decided) and 2027 (no decision found as of December 2026: every entry provisional), and the two
 * readings of "trước ngày 20 tháng 06" on a real 2026 case. Sources are cited in VN_HOLIDAY_TABLE and
 * in the audit.
 */
import { describe, expect, it } from 'vitest';
import { CYCLES, defineCycle } from '../src/cycles.js';
import { deadlines } from '../src/deadlines.js';
import { holidays } from '../src/holidays.js';
import { timeliness } from '../src/timeliness.js';
import { isWorkingDay } from '../src/working-days.js';

const DAY = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const weekday = (date: string): string => DAY[((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1]!;
const row = (h: ReturnType<typeof holidays>[number]): string =>
  `${h.date} ${weekday(h.date)} ${h.id} ${h.kind} ${h.source}${h.provisional ? ' provisional' : ''}`;

describe('2025, every day off as decided (Công văn 8726/VPCP-KGVX of 26/11/2024)', () => {
  it('lists New Year, Tết 27–31 January, Hùng Kings 7 April, 30/4–1/5 with the 2 May swap, 1–2 September', () => {
    expect(holidays(2025).map(row)).toEqual([
      '2025-01-01 Wed new-year public-holiday official',
      '2025-01-27 Mon tet public-holiday official',
      '2025-01-28 Tue tet public-holiday official',
      '2025-01-29 Wed tet public-holiday official',
      '2025-01-30 Thu tet public-holiday official',
      '2025-01-31 Fri tet public-holiday official',
      '2025-04-07 Mon hung-kings public-holiday official',
      '2025-04-26 Sat swap swap-workday official',
      '2025-04-30 Wed victory-day public-holiday official',
      '2025-05-01 Thu labour-day public-holiday official',
      '2025-05-02 Fri swap swap-off official',
      '2025-09-01 Mon national-day public-holiday official',
      '2025-09-02 Tue national-day public-holiday official',
    ]);
    // No Vietnam Culture Day before 2026.
    expect(isWorkingDay('2025-11-24')).toBe(true);
  });
});

describe('2027: no decision recorded, every day off provisional', () => {
  it('computes Tết around 6 February (lunar 1/1), Hùng Kings 16 April, 1 May on a Saturday, 3 September, 24 November', () => {
    expect(holidays(2027).map(row)).toEqual([
      '2027-01-01 Fri new-year public-holiday official provisional',
      '2027-02-04 Thu tet public-holiday computed provisional',
      '2027-02-05 Fri tet public-holiday computed provisional',
      '2027-02-06 Sat tet public-holiday computed provisional',
      '2027-02-07 Sun tet public-holiday computed provisional',
      '2027-02-08 Mon tet public-holiday computed provisional',
      '2027-02-09 Tue tet compensatory computed provisional',
      '2027-02-10 Wed tet compensatory computed provisional',
      '2027-04-16 Fri hung-kings public-holiday official provisional',
      '2027-04-30 Fri victory-day public-holiday official provisional',
      '2027-05-01 Sat labour-day public-holiday official provisional',
      '2027-05-03 Mon labour-day compensatory official provisional',
      '2027-09-02 Thu national-day public-holiday official provisional',
      '2027-09-03 Fri national-day public-holiday computed provisional',
      '2027-11-24 Wed vietnam-culture-day public-holiday official provisional',
    ]);
  });

  it('a deadline rolled over a provisional day off is provisional; one rolled over a weekend only is not', () => {
    const february = defineCycle({
      id: 'audit-feb', kind: 'report', label: { vi: 'Báo cáo', en: 'Report' }, source: { document: 'Ví dụ' }, periodType: 'year', window: 'calendar',
      steps: [{ id: 'report', level: 'province', label: { vi: 'Nộp', en: 'Submit' }, due: { month: 2, day: 5, yearOffset: 1 } }],
    });
    // 5 February 2027 is a computed Tết day: rolled past Tết and its compensatory days to Thursday 11 February.
    const [d] = deadlines(february, { from: '2027-02-01', to: '2027-02-28' });
    expect(d?.steps[0]).toMatchObject({ nominalDate: '2027-02-05', effectiveDate: '2027-02-11', rolled: true, provisional: true });
    // "trước ngày 20/12/2027": Sunday 19 December → Monday 20 December; only a weekend in between.
    const [annual] = deadlines(CYCLES['mard-annual'], { from: '2027-12-01', to: '2027-12-31' });
    expect(annual?.steps[0]).toMatchObject({ nominalDate: '2027-12-19', effectiveDate: '2027-12-20', provisional: false });
  });
});

describe('"trước ngày 20 tháng 06" (Decision 2803/QĐ-BNN-KTHT, IV.1) in 2026: is 20 June in time?', () => {
  const step = (reading: 'strict' | 'lenient') => deadlines(CYCLES['mard-half-year'], { from: '2026-06-01', to: '2026-06-30', reading })[0]!.steps[0]!;

  it('strict (the cycle’s reading): the last day is Friday 19 June; a report on Saturday 20 June is late', () => {
    expect(step('strict')).toMatchObject({ writtenDate: '2026-06-20', nominalDate: '2026-06-19', effectiveDate: '2026-06-19', rolled: false });
    expect(deadlines(CYCLES['mard-half-year'], { from: '2026-06-01', to: '2026-06-30' })[0]!.steps[0]!.effectiveDate).toBe('2026-06-19');
    const verdict = timeliness('2026-06-20T09:00:00+07:00', step('strict'));
    expect(verdict).toMatchObject({ status: 'late', lateByDays: 1, lateByWorkingDays: 0 });
  });

  it('lenient ("by the 20th"): 20 June is a Saturday, so the deadline rolls to Monday 22 June (Civil Code art. 148)', () => {
    expect(step('lenient')).toMatchObject({ nominalDate: '2026-06-20', effectiveDate: '2026-06-22', rolled: true });
    expect(timeliness('2026-06-20T09:00:00+07:00', step('lenient')).status).toBe('on-time');
    expect(timeliness('2026-06-22T23:59:59+07:00', step('lenient')).status).toBe('on-time');
    expect(timeliness('2026-06-23T00:00:00+07:00', step('lenient')).status).toBe('late');
  });

  it('the report covers the Decree 09/2019 half-year window 15/12/2025 – 14/06/2026', () => {
    expect(step('strict').window).toMatchObject({ period: '2026S1', start: '2025-12-15', end: '2026-06-14' });
  });
});
