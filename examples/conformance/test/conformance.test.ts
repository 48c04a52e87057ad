/**
 * Runs the conformance table (src/cases.ts) against the public API of the @coop packages. To adapt it
 * to another implementation, keep the cases and replace the three adapters below.
 */
import { describe, expect, it } from 'vitest';
import { CYCLES, deadlines, type ReportingCycle } from '@coop/calendar';
import { rational } from '@coop/model';
import { CIRCULAR_01_2020, grade, meetsComparator } from '@coop/rating';
import { COMPARATOR_CASES, DEADLINE_CASES, GRADE_CASES } from '../src/cases.js';

// ── adapters: the only code that knows the API under test ─────────────────────────────────────────
const FULL_SHEET: Record<string, number> = {
  '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2, '5': 8, '6': 6,
  '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 5, '11': 5, '12': 5, '13': 5, '14': 5, '15': 5,
};
/** A sheet totalling `total` points (taking points off group III, in hundredths so totals are exact). */
const sheetFor = (total: number): Record<string, number> => {
  const points = { ...FULL_SHEET };
  const sum = Object.values(points).reduce((a, b) => a + b, 0);
  let excess = Math.round((sum - total) * 100);
  for (const id of ['15', '14', '13', '12', '11', '10', '8', '6', '5']) {
    const take = Math.min(excess, Math.round((points[id] ?? 0) * 100));
    points[id] = (Math.round((points[id] ?? 0) * 100) - take) / 100;
    excess -= take;
  }
  return points;
};
const gradeOf = (total: number, monthsOperating = 12): string => {
  const result = grade(
    { organisationId: 'X', year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'A', monthsOperating, monthsSuspended: 0, sheet: { rulebook: 'circular-01-2020', points: sheetFor(total) } },
    { rulebook: CIRCULAR_01_2020 },
  );
  return result.status === 'rated' ? result.grade : result.status;
};
const meets = (c: (typeof COMPARATOR_CASES)[number]): boolean => meetsComparator(c.comparator, rational(c.value[0], c.value[1]));
const dueDates = (c: (typeof DEADLINE_CASES)[number]) => {
  const cycle = (CYCLES as Record<string, ReportingCycle>)[c.cycle] as ReportingCycle;
  const step = deadlines(cycle, { from: c.from, to: c.to }).flatMap((d) => d.steps).find((s) => s.stepId === c.step);
  return { nominal: step?.nominalDate, effective: step?.effectiveDate };
};
// ──────────────────────────────────────────────────────────────────────────────────────────────────

describe('grade edges', () => {
  it.each(GRADE_CASES)('$name', (c) => {
    expect(gradeOf(c.total, c.monthsOperating)).toBe(c.expected);
  });
});

describe('target comparators at their edges', () => {
  it.each(COMPARATOR_CASES)('$name', (c) => {
    expect(meets(c)).toBe(c.met);
  });
});

describe('deadline rolls', () => {
  it.each(DEADLINE_CASES)('$name', (c) => {
    expect(dueDates(c)).toEqual({ nominal: c.nominal, effective: c.effective });
  });
});
