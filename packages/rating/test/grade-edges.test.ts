import type { YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { grade } from '../src/grade.js';
import { gradeMany } from '../src/grade-many.js';
import { summariseGrades } from '../src/grade-summary.js';
import { INCOMPLETE_LABEL } from '../src/internal/grade-labels.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { BASE, record09, sheetOf } from './fixtures/sheets.js';

const rec01 = (total: number, extra: Partial<YearlyRecord> = {}): YearlyRecord => ({
  ...BASE,
  sheet: { rulebook: 'circular-01-2020', points: sheetOf(total) },
  ...extra,
});

describe('grade edges (Circular 01/2020, exact hundredths)', () => {
  it.each([
    [100, 'good'],
    [80, 'good'],
    [79.99, 'fair'],
    [79.5, 'fair'],
    [65, 'fair'],
    [64.99, 'average'],
    [64.5, 'average'],
    [50, 'average'],
    [49.99, 'weak'],
    [49.5, 'weak'],
    [0, 'weak'],
  ] as const)('%s points → %s', (total, expected) => {
    const result = grade(rec01(total), { rulebook: CIRCULAR_01_2020 });
    expect(result.status).toBe('rated');
    expect(result.total).toBe(total);
    expect(result.totalHundredths).toBe(Math.round(total * 100));
    expect(result.grade).toBe(expected);
  });

  it('sums 0.1-like decimals exactly (no float drift): 0.29 × 7 + … = 80 is good', () => {
    const points = sheetOf(80);
    // group III: 20 points as 0.29 + 0.71 + 4.33 + 4.67 + 5.1 + 4.9
    Object.assign(points, { '10': 0.29, '11': 0.71, '12': 4.33, '13': 4.67, '14': 5.1, '15': 4.9 });
    const result = grade({ ...BASE, sheet: { rulebook: 'circular-01-2020', points } }, { rulebook: CIRCULAR_01_2020 });
    expect(result.totalHundredths).toBe(8000);
    expect(result.grade).toBe('good');
  });

  it('half points count: 79.5 + 0.5 reaches good', () => {
    const points = sheetOf(79.5);
    expect(grade({ ...BASE, sheet: { rulebook: 'circular-01-2020', points } }, CIRCULAR_01_2020).grade).toBe('fair');
    points['11'] = 0.5;
    expect(grade({ ...BASE, sheet: { rulebook: 'circular-01-2020', points } }, CIRCULAR_01_2020).grade).toBe('good');
  });

  it('margins: 79.99 is 0.01 short of good and keeps fair for 14.99 points', () => {
    const result = grade(rec01(79.99), { rulebook: CIRCULAR_01_2020 });
    expect(result.margins).toEqual({
      up: { grade: 'good', points: 0.01, pointsHundredths: 1 },
      down: { grade: 'average', points: 14.99, pointsHundredths: 1499 },
    });
    const top = grade(rec01(100), { rulebook: CIRCULAR_01_2020 });
    expect(top.margins.up).toBeUndefined();
    expect(top.margins.down).toEqual({ grade: 'fair', points: 20, pointsHundredths: 2000 });
    const bottom = grade(rec01(10), { rulebook: CIRCULAR_01_2020 });
    expect(bottom.margins.down).toBeUndefined();
    expect(bottom.margins.up).toEqual({ grade: 'average', points: 40, pointsHundredths: 4000 });
  });

  it('11 months operating → not rated; 12 → rated', () => {
    const r = grade(rec01(90, { monthsOperating: 11 }), { rulebook: CIRCULAR_01_2020 });
    expect(r.status).toBe('not-rated');
    expect(r.grade).toBeUndefined();
    expect(r.reason?.code).toBe('operating-under-12-months');
    expect(grade(rec01(90, { monthsOperating: 12 }), { rulebook: CIRCULAR_01_2020 }).status).toBe('rated');
  });

  it('suspended 4 months → not rated; 3 months → rated (01/2020)', () => {
    const r = grade(rec01(90, { monthsSuspended: 4 }), { rulebook: CIRCULAR_01_2020 });
    expect(r.status).toBe('not-rated');
    expect(r.reason?.code).toBe('suspended-over-3-months');
    expect(r.label).toEqual({ vi: 'Chưa xếp loại', en: 'Not rated' });
    expect(grade(rec01(90, { monthsSuspended: 3 }), { rulebook: CIRCULAR_01_2020 }).grade).toBe('good');
  });
});

// ---------------------------------------------------------------------------------------------------
// Circular 09/2017

const SHEET_2_6 = { '2': 12, '3': 12, '4': 12, '5': 12, '6': 12 };
const rec09 = (fields: Partial<YearlyRecord>, sheet: Record<string, number> = SHEET_2_6): YearlyRecord => record09(sheet, fields);

const pointsOf = (record: YearlyRecord, id: string): { points: number | undefined; source: string } => {
  const c = grade(record, { rulebook: CIRCULAR_09_2017 }).criteria.find((x) => x.id === id)!;
  return { points: c.points, source: c.source };
};

describe('Circular 09/2017 criterion 1 tiers, at every edge', () => {
  const PLAN = 5_000_000_000;
  it.each([
    ['ratio exactly 100 %', PLAN, 4],
    ['1 VND below 100 %', PLAN - 1, 0],
    ['ratio exactly 120 %', 6_000_000_000, 8],
    ['1 VND below 120 %', 6_000_000_000 - 1, 4],
    ['zero revenue', 0, 0],
  ])('1a realised ÷ planned: %s', (_, revenue, expected) => {
    expect(pointsOf(rec09({ revenue, plannedRevenue: PLAN }), '1a')).toEqual({ points: expected, source: 'computed' });
  });

  it('1a with a planned revenue of 0 cannot be computed: taken from the sheet', () => {
    expect(pointsOf(rec09({ revenue: 10, plannedRevenue: 0 }, { ...SHEET_2_6, '1a': 4 }), '1a')).toEqual({ points: 4, source: 'sheet' });
  });

  it.each([
    [1_000_000_000, 6],
    [1_000_000_000 - 1, 4],
    [5_000_000_000, 8],
    [5_000_000_000 - 1, 6],
    [10_000_000_000, 10],
    [10_000_000_000 - 1, 8],
    [0, 4],
  ])('1b total revenue %s VND → %s', (revenue, expected) => {
    expect(pointsOf(rec09({ revenue }), '1b')).toEqual({ points: expected, source: 'computed' });
  });

  it.each([
    [1_000_000, 4],
    [1_000_000 - 1, 2],
    [5_000_000, 7],
    [5_000_000 - 1, 4],
    [10_000_000, 10],
    [10_000_000 - 1, 7],
    [0, 2],
  ])('1c income per member %s VND (with after-tax profit) → %s', (incomePerMember, expected) => {
    expect(pointsOf(rec09({ incomePerMember, afterTaxProfit: 1 }), '1c')).toEqual({ points: expected, source: 'computed' });
  });

  it('1c with no after-tax profit (0 or a loss) → 0 whatever the income', () => {
    expect(pointsOf(rec09({ incomePerMember: 20_000_000, afterTaxProfit: 0 }), '1c').points).toBe(0);
    expect(pointsOf(rec09({ incomePerMember: 20_000_000, afterTaxProfit: -5 }), '1c').points).toBe(0);
  });

  it('1c without afterTaxProfit is not computable (missing is not zero): from the sheet', () => {
    expect(pointsOf(rec09({ incomePerMember: 20_000_000 }, { ...SHEET_2_6, '1c': 7 }), '1c')).toEqual({ points: 7, source: 'sheet' });
  });

  const PROFIT = 1_000_000_000;
  it.each([
    ['development fund exactly 20 %', '1d', { development: 200_000_000 }, 5],
    ['development fund 1 VND below 20 %', '1d', { development: 200_000_000 - 1 }, 0],
    ['no development fund', '1d', { development: 0 }, 0],
    ['reserve fund exactly 5 %', '1e', { reserve: 50_000_000 }, 5],
    ['reserve fund 1 VND below 5 %', '1e', { reserve: 50_000_000 - 1 }, 0],
    ['no reserve fund', '1e', { reserve: 0 }, 0],
  ] as const)('%s', (_, id, funds, expected) => {
    expect(pointsOf(rec09({ afterTaxProfit: PROFIT, funds }), id)).toEqual({ points: expected, source: 'computed' });
  });

  it('1d / 1e with no after-tax profit → 0 ("< 20 % or none")', () => {
    const r = rec09({ afterTaxProfit: 0, funds: { development: 100, reserve: 100 } });
    expect(pointsOf(r, '1d').points).toBe(0);
    expect(pointsOf(r, '1e').points).toBe(0);
  });

  it('a criterion neither computable nor on the sheet makes the result incomplete', () => {
    const r = grade(rec09({ revenue: 6_000_000_000, plannedRevenue: 5_000_000_000 }), { rulebook: CIRCULAR_09_2017 });
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['1c', '1d', '1e']);
    expect(r.grade).toBeUndefined();
  });

  it('a sanctioned co-op with 95 points is weak; the override is reported', () => {
    const full = { revenue: 12_000_000_000, plannedRevenue: 10_000_000_000, incomePerMember: 12_000_000, afterTaxProfit: 1_000_000_000, funds: { development: 300_000_000, reserve: 60_000_000 } };
    const sheet = { '2': 12, '3': 12, '4': 12, '5': 12, '6': 9 };
    const clean = grade(rec09(full, sheet), { rulebook: CIRCULAR_09_2017 });
    expect(clean.total).toBe(95);
    expect(clean.grade).toBe('good');
    const sanctioned = grade(rec09({ ...full, sanctioned: true }, sheet), { rulebook: CIRCULAR_09_2017 });
    expect(sanctioned.status).toBe('rated');
    expect(sanctioned.total).toBe(95);
    expect(sanctioned.pointsGrade).toBe('good');
    expect(sanctioned.grade).toBe('weak');
    expect(sanctioned.label.en).toBe('Weak');
    expect(sanctioned.overrides.map((o) => [o.code, o.grade])).toEqual([['administrative-sanction', 'weak']]);
    expect(sanctioned.margins).toEqual({});
  });

  it('a sanctioned co-op with an incomplete sheet is still weak ("whatever its points"); the total stays unknown', () => {
    const partial = rec09({ revenue: 6_000_000_000, plannedRevenue: 5_000_000_000, sanctioned: true });
    const r = grade(partial, { rulebook: CIRCULAR_09_2017 });
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['1c', '1d', '1e']);
    expect(r.grade).toBe('weak');
    expect(r.label).toEqual({ vi: 'Yếu', en: 'Weak' });
    expect(r.overrides.map((o) => o.code)).toEqual(['administrative-sanction']);
    expect(r.total).toBeUndefined();
    expect(r.totalHundredths).toBeUndefined();
    expect(r.margins).toEqual({});
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ status: 'incomplete', grade: 'weak', missing: ['1c', '1d', '1e'] });
    // Not sanctioned, or the sanction unknown: no grade (the points would decide, and they are missing).
    expect(grade({ ...partial, sanctioned: false }, { rulebook: CIRCULAR_09_2017 }).grade).toBeUndefined();
    const { sanctioned: _unknown, ...unknown } = partial;
    const undecided = grade(unknown as YearlyRecord, { rulebook: CIRCULAR_09_2017 });
    expect([undecided.status, undecided.grade, undecided.label]).toEqual(['incomplete', undefined, INCOMPLETE_LABEL]);
    // The summary counts it as incomplete, not among the rated grades.
    const summary = summariseGrades(gradeMany([partial], { rulebook: CIRCULAR_09_2017 }));
    expect(summary).toMatchObject({ incomplete: 1, rated: 0, grades: { good: 0, fair: 0, average: 0, weak: 0 } });
  });

  it('an override that agrees with the points still leaves no margins; its JSON carries the total only when there is one', () => {
    const low = { revenue: 4_000_000_000, plannedRevenue: 5_000_000_000, incomePerMember: 500_000, afterTaxProfit: 0, funds: { development: 0, reserve: 0 } };
    const sheet = { '2': 5, '3': 5, '4': 5, '5': 5, '6': 5 };
    const weakAnyway = grade(rec09({ ...low, sanctioned: true }, sheet), { rulebook: CIRCULAR_09_2017 });
    expect([weakAnyway.status, weakAnyway.pointsGrade, weakAnyway.grade]).toEqual(['rated', 'weak', 'weak']);
    expect(weakAnyway.overrides).toHaveLength(1);
    expect(weakAnyway.margins).toEqual({});
    const clean = grade(rec09({ ...low, sanctioned: false }, sheet), { rulebook: CIRCULAR_09_2017 });
    expect(clean.margins.up?.grade).toBe('average');
    expect(JSON.parse(JSON.stringify(clean)).total).toBe(clean.total);
    const incomplete = grade(rec09({ sanctioned: false }), { rulebook: CIRCULAR_09_2017 });
    expect(incomplete.status).toBe('incomplete');
    expect(Object.hasOwn(incomplete, 'grade')).toBe(false);
    expect(Object.keys(JSON.parse(JSON.stringify(incomplete)))).not.toContain('total');
  });

  it('11 months operating → not rated under 09/2017 too', () => {
    const r = grade(rec09({ monthsOperating: 11 }), { rulebook: CIRCULAR_09_2017 });
    expect(r.status).toBe('not-rated');
    expect(r.reason?.code).toBe('operating-under-12-months');
  });
});
