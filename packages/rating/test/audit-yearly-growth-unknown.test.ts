/**
 * Audit 2026-12 (docs/audits/2026-12-rating-rules.md): "tăng ít nhất 5%/năm" holds when every year grows
 * by at least 5 %. A year whose growth cannot be measured (no value that year or the year before) is
 * missing data: by the three-valued rule of `semantics/truth.ts` ("Missing is never 'no'": false wins an
 * `all`, otherwise an unknown part leaves the whole unknown) the verdict is unknown unless a measured
 * year falls short — never "not met" for want of data.
 */
import { rational, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../src/evaluate-target.js';
import { yearlyGrowth, yearlyGrowthTruth } from '../src/semantics/growth.js';
import { FALSE, TRUE, UNKNOWN } from '../src/semantics/truth.js';
import { revenue } from './fixtures/indicators.js';
import { recordsLike, targetsOn } from './fixtures/targets.js';

const target = targetsOn('revenue-total', { vi: 'Doanh thu', en: 'Revenue' });
const rec = recordsLike();
const byYear = (values: Record<number, number>): YearlyRecord[] =>
  Object.entries(values).map(([year, value]) => rec({ organisationId: 'x', year: Number(year), revenue: value }));
const growthYears = (values: Record<number, number>, from: number, to: number) =>
  yearlyGrowth(new Map(Object.entries(values).map(([y, v]) => [Number(y), rational(v)] as const)), from, to, 5);

describe('yearly growth with a year that cannot be measured (three-valued)', () => {
  it('the rule: every year measured and at the floor → true; a measured year below → false; else unknown', () => {
    expect(yearlyGrowthTruth(growthYears({ 2020: 100, 2021: 105, 2022: 110.25 }, 2020, 2022))).toBe(TRUE);
    expect(yearlyGrowthTruth(growthYears({ 2020: 100, 2021: 110, 2023: 133.1 }, 2020, 2023))).toBe(UNKNOWN);
    expect(yearlyGrowthTruth(growthYears({ 2020: 100, 2021: 104, 2023: 133.1 }, 2020, 2023))).toBe(FALSE);
    expect(yearlyGrowthTruth([])).toBe(TRUE);
  });

  it('no measured year falls short but 2022 has no value: met is unknown, not false', () => {
    const t = target({ kind: 'yearly-growth', minPercent: 5, fromYear: 2020 });
    const result = evaluateTarget(t, byYear({ 2020: 100, 2021: 110, 2023: 133.1 }), { asOf: 2023, indicator: revenue });
    expect(result.yearlyGrowth?.years.map((y) => y.met)).toEqual([true, undefined, undefined]);
    expect(result.met).toBeUndefined();
    expect(result.gap).toEqual({ kind: 'years', failing: [] });
    expect(result.status).toBe('on-track');
  });

  it('a measured year below the floor decides "not met" even with a year missing', () => {
    const t = target({ kind: 'yearly-growth', minPercent: 5, fromYear: 2020 });
    const result = evaluateTarget(t, byYear({ 2020: 100, 2021: 104, 2023: 133.1 }), { asOf: 2023, indicator: revenue });
    expect(result.met).toBe(false);
    expect(result.gap).toEqual({ kind: 'years', failing: [2021] });
  });

  it('after the deadline an unknown verdict is still not shown as achieved (status not-achieved), and met stays unknown', () => {
    const t = target({ kind: 'yearly-growth', minPercent: 5, fromYear: 2020 }, { deadline: 2022 });
    const result = evaluateTarget(t, byYear({ 2020: 100, 2021: 110, 2023: 133.1 }), { asOf: 2023, indicator: revenue });
    expect(result.met).toBeUndefined();
    expect(result.status).toBe('not-achieved');
  });
});
