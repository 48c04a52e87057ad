import type { YearlyRecord } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade } from '../src/grade.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';

const LEAVES: ReadonlyArray<readonly [string, number | null]> = [
  ['1a', 6], ['1b', 1], ['2a', 5], ['2b', 1], ['3a', 4], ['3b', 3], ['3c', 4], ['4a', 2], ['4b', 2], ['4c', 2],
  ['5', 8], ['6', 6], ['7a', 2], ['7b', 2], ['7c', 2], ['8', 6], ['9', 4],
  ['10', null], ['11', null], ['12', null], ['13', null], ['14', null], ['15', null],
];
const RANK = { weak: 0, average: 1, fair: 2, good: 3 } as const;

/** Points in hundredths, each within its maximum, group III ≤ 40 in all (half points, quarters, cents). */
const sheetArb = fc
  .tuple(
    fc.tuple(...LEAVES.slice(0, 17).map(([, max]) => fc.integer({ min: 0, max: max! * 100 }))),
    fc.tuple(...Array.from({ length: 6 }, () => fc.integer({ min: 0, max: 4000 }))),
  )
  .map(([known, third]) => {
    const sum = third.reduce((a, b) => a + b, 0);
    const scaled = sum > 4000 ? third.map((v) => Math.floor((v * 4000) / sum)) : third;
    const hundredths = [...known, ...scaled];
    return Object.fromEntries(LEAVES.map(([id], i) => [id, hundredths[i]! / 100]));
  });

const BASE = { organisationId: 'P', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', monthsOperating: 12, monthsSuspended: 0 } as const;
const record = (points: Record<string, number>, extra: Partial<YearlyRecord> = {}): YearlyRecord => ({
  ...BASE,
  sheet: { rulebook: 'circular-01-2020', points },
  ...extra,
});

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

describe('grade properties (fast-check)', () => {
  it('raising any criterion never lowers the grade', () => {
    fc.assert(
      fc.property(sheetArb, fc.nat({ max: LEAVES.length - 1 }), fc.integer({ min: 1, max: 800 }), (points, index, raise) => {
        const [id, max] = LEAVES[index]!;
        const before = grade(record(points), CIRCULAR_01_2020);
        const current = Math.round(points[id]! * 100);
        const groupIII = LEAVES.slice(17).reduce((a, [k]) => a + Math.round(points[k]! * 100), 0);
        const room = max === null ? 4000 - groupIII : max * 100 - current;
        const next = { ...points, [id]: (current + Math.min(raise, room)) / 100 };
        const after = grade(record(next), CIRCULAR_01_2020);
        expect(RANK[after.grade!]).toBeGreaterThanOrEqual(RANK[before.grade!]);
        expect(after.totalHundredths!).toBeGreaterThanOrEqual(before.totalHundredths!);
      }),
      { numRuns: 500 },
    );
  });

  it('the total equals the sum of its parts (leaves, criteria, groups), exactly', () => {
    fc.assert(
      fc.property(sheetArb, (points) => {
        const result = grade(record(points), CIRCULAR_01_2020);
        const leaves = LEAVES.reduce((a, [id]) => a + Math.round(points[id]! * 100), 0);
        expect(result.totalHundredths).toBe(leaves);
        expect(result.total).toBe(leaves / 100);
        const top = result.criteria.filter((c) => c.level === 'criterion').reduce((a, c) => a + c.pointsHundredths!, 0);
        expect(top).toBe(leaves);
        expect(result.groups.reduce((a, g) => a + g.pointsHundredths!, 0)).toBe(leaves);
      }),
      { numRuns: 300 },
    );
  });

  it('not rated never carries a grade, a total or margins', () => {
    fc.assert(
      fc.property(
        sheetArb,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom('cooperative', 'union', 'cooperative-group'),
        fc.constantFrom('finance', 'other', 'agriculture-crop'),
        (points, monthsOperating, monthsSuspended, kind, sector) => {
          for (const rulebook of [CIRCULAR_01_2020, CIRCULAR_09_2017]) {
            const sheet = { rulebook: rulebook.id, points: rulebook === CIRCULAR_01_2020 ? points : { '2': 1 } };
            const result = grade({ ...BASE, kind, sector, monthsOperating, monthsSuspended, sheet }, rulebook);
            if (result.status !== 'rated') {
              expect(result.grade).toBeUndefined();
              expect(result.total).toBeUndefined();
              expect(result.margins).toEqual({});
            }
            if (result.status === 'not-rated') expect(result.reason.code).toMatch(/./);
            if (rulebook === CIRCULAR_01_2020 && (monthsOperating < 12 || monthsSuspended > 3 || kind === 'cooperative-group' || sector === 'finance')) {
              expect(result.status).toBe('not-rated');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic and leaves the (deep-frozen) input untouched', () => {
    fc.assert(
      fc.property(sheetArb, fc.boolean(), (points, sanctioned) => {
        const input = deepFreeze(record(points, { sanctioned }));
        const snapshot = JSON.stringify(input);
        const a = grade(input, { rulebook: CIRCULAR_01_2020, clamp: true });
        const b = grade(input, { rulebook: CIRCULAR_01_2020, clamp: true });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(a.criteria).toEqual(b.criteria);
        expect(JSON.stringify(input)).toBe(snapshot);
        const agri = deepFreeze({ ...BASE, sector: 'agriculture-crop', sanctioned, revenue: 5_000_000_000, plannedRevenue: 4_000_000_000, afterTaxProfit: 10, incomePerMember: 3, funds: { development: 2, reserve: 1 } } as const);
        expect(JSON.stringify(grade(agri, CIRCULAR_09_2017))).toBe(JSON.stringify(grade(agri, CIRCULAR_09_2017)));
      }),
      { numRuns: 200 },
    );
  });
});
