/**
 * Differential test: the grade bands of Circular 01/2020 written independently as json-rules-engine
 * rules agree with `grade` on 10 000 random sheets (points within maxima, half points and cents).
 */
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { gradeMany } from '../src/grade-many.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';

const LEAVES: ReadonlyArray<readonly [string, number | null]> = [
  ['1a', 6], ['1b', 1], ['2a', 5], ['2b', 1], ['3a', 4], ['3b', 3], ['3c', 4], ['4a', 2], ['4b', 2], ['4c', 2],
  ['5', 8], ['6', 6], ['7a', 2], ['7b', 2], ['7c', 2], ['8', 6], ['9', 4],
  ['10', null], ['11', null], ['12', null], ['13', null], ['14', null], ['15', null],
];

/** A small deterministic PRNG (mulberry32). */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const makeEngine = () => {
  const engine = new Engine([], { allowUndefinedFacts: false });
  // The total in hundredths, computed independently from the sheet.
  engine.addFact('total', async (_params, almanac) => {
    const points = (await almanac.factValue('points')) as Record<string, number>;
    return LEAVES.reduce((a, [id]) => a + Math.round(points[id]! * 100), 0);
  });
  const band = (type: string, low: number | null, high: number | null) =>
    engine.addRule({
      conditions: {
        all: [
          ...(low === null ? [] : [{ fact: 'total', operator: 'greaterThanInclusive', value: low }]),
          ...(high === null ? [] : [{ fact: 'total', operator: 'lessThan', value: high }]),
        ],
      },
      event: { type },
    });
  band('good', 8000, null);
  band('fair', 6500, 8000);
  band('average', 5000, 6500);
  band('weak', null, 5000);
  return engine;
};

describe('grade vs json-rules-engine (Circular 01/2020 bands)', () => {
  it('agree on 10 000 random sheets', async () => {
    const random = prng(2020);
    const sheets = Array.from({ length: 10_000 }, () => {
      const points: Record<string, number> = {};
      let room = 4000;
      for (const [id, max] of LEAVES) {
        // Mostly half points, sometimes cents; group III shares its cap of 40.
        const limit = max === null ? Math.min(room, 1000) : max * 100;
        const step = random() < 0.8 ? 50 : 1;
        const value = Math.floor((random() * (limit + step)) / step) * step;
        points[id] = Math.min(value, limit) / 100;
        if (max === null) room -= Math.round(points[id]! * 100);
      }
      return points;
    });
    const records = sheets.map((points, i) => ({
      organisationId: `D${i}`,
      year: 2024,
      kind: 'cooperative' as const,
      sector: 'other' as const,
      areaCode: 'X',
      monthsOperating: 12,
      monthsSuspended: 0,
      sheet: { rulebook: 'circular-01-2020', points },
    }));
    const ours = gradeMany(records, { rulebook: CIRCULAR_01_2020 });
    const engine = makeEngine();
    let edges = 0;
    for (let i = 0; i < sheets.length; i++) {
      const { events, almanac } = await engine.run({ points: sheets[i] });
      const total = (await almanac.factValue('total')) as number;
      if (total === 8000 || total === 6500 || total === 5000 || total === 7999 || total === 6499 || total === 4999) edges++;
      expect(events.map((e) => e.type)).toEqual([ours[i]!.grade]);
      expect(ours[i]!.totalHundredths).toBe(total);
    }
    expect(edges).toBeGreaterThan(0);
  });
});
