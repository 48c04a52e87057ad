/**
 * The evaluators ask the grading pass for the grade only (`scoreRecord(…, gradeOnly = true)`): the same
 * steps decide the status, grade and points, only the warnings are left out. Checked against the full
 * pass over varied sheets of both built-in rulebooks: missing, fractional and above-maximum points,
 * unknown keys, not-rated conditions, out-of-scope records.
 */
import type { YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { compileRulebook } from '../src/internal/grade-compile.js';
import { scoreRecord } from '../src/internal/grade-core.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { BASE, record09 } from './fixtures/sheets.js';

/** A small deterministic generator (the cases must be the same on every run). */
const lcg = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const vary = (random: () => number, record: YearlyRecord): YearlyRecord => {
  const points: Record<string, unknown> = { ...(record.sheet?.points as Record<string, unknown>) };
  for (const key of Object.keys(points)) {
    const r = random();
    if (r < 0.08) delete points[key];
    else if (r < 0.16) points[key] = Math.round(random() * 1200) / 100; // at times above the maximum
  }
  if (random() < 0.3) points['not-a-criterion'] = 1;
  const months = random();
  return {
    ...record,
    ...(months < 0.1 ? { monthsOperating: 6 } : months < 0.2 ? { monthsOperating: undefined } : {}),
    ...(random() < 0.1 ? { sector: 'trade-services' } : {}),
    sheet: { rulebook: record.sheet!.rulebook, points: points as Record<string, number> },
  };
};

const outcome = (run: () => ReturnType<typeof scoreRecord>) => {
  try {
    const s = run();
    return { status: s.status, grade: s.grade, pointsGrade: s.pointsGrade, total: s.total, reason: s.reason, points: s.points, missing: s.missing, warnings: s.warnings };
  } catch (error) {
    return { threw: (error as { code?: string }).code };
  }
};

describe('scoreRecord asked for the grade only', () => {
  const cases = [
    { rulebook: CIRCULAR_01_2020, base: { ...BASE } as YearlyRecord },
    { rulebook: CIRCULAR_09_2017, base: record09({}) },
  ];
  it.each(cases.map((c) => [c.rulebook.id, c] as const))('%s: same status, grade and points as the full pass, no warning but the year’s', (_id, { rulebook, base }) => {
    const c = compileRulebook(rulebook);
    const random = lcg(20);
    // A complete sheet of the rulebook's criteria, each between none and its maximum (in steps of 0.5).
    const sheet = (): YearlyRecord => {
      const points: Record<string, number> = {};
      for (const leaf of c.leaves) points[leaf.id] = Math.round(((leaf.max < 0 ? 1000 : leaf.max) / 100) * random() * 2) / 2;
      return { ...base, sheet: { rulebook: rulebook.id, points } };
    };
    let warned = 0;
    let graded = 0;
    for (let i = 0; i < 400; i++) {
      const record = vary(random, sheet());
      for (const clamp of [false, true]) {
        const full = outcome(() => scoreRecord(c, record, record.year, clamp));
        const only = outcome(() => scoreRecord(c, record, record.year, clamp, undefined, true));
        if ('threw' in full) {
          expect(only).toEqual(full);
          continue;
        }
        graded += full.status === 'rated' ? 1 : 0;
        const year = scoreRecord(c, record, record.year, clamp).info.base;
        if (full.warnings.length > year.length) warned++;
        expect(only).toEqual({ ...full, warnings: year });
      }
    }
    // The cases reach what the grade-only pass leaves out, and grade records.
    expect(warned).toBeGreaterThan(20);
    expect(graded).toBeGreaterThan(20);
  });
});
