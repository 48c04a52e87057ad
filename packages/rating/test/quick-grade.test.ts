/**
 * `quickGrade` (the evaluators' grading shortcut: no result object in the common case) must answer as
 * `gradeCompiled` does whenever it answers, and leave everything else — not-rated rules, overrides,
 * out-of-scope records, missing or out-of-range points — to it. Random records over both built-in
 * rulebooks, with the fields their rules read varied.
 */
import { ORGANISATION_KINDS, SECTORS, type YearlyRecord } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRulebook } from '../src/internal/grade-compile.js';
import { gradeCompiled, graderFor, quickGrade, ruleFields } from '../src/internal/grade-core.js';
import { readField } from '../src/internal/grade-read.js';
import { bulkSheetReader } from '../src/internal/prepared-reader.js';
import { BUILT_IN_RULEBOOKS } from '../src/rulebooks/index.js';

const graders = BUILT_IN_RULEBOOKS.map((rulebook) => {
  const c = compileRulebook(rulebook);
  return graderFor(c, false, bulkSheetReader(c));
});

/** A point: mostly within the leaf's range (whole, halves, cents), sometimes missing or above it. */
const point = (max: number) =>
  fc.oneof(
    { weight: 150, arbitrary: fc.integer({ min: 0, max: max * 100 }).map((h) => h / 100) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.integer({ min: max * 100 + 1, max: max * 100 + 500 }).map((h) => h / 100) },
  );

const recordFor = (g: (typeof graders)[number]) =>
  fc
    .record({
      kind: fc.oneof({ weight: 3, arbitrary: fc.constant('cooperative' as const) }, { weight: 1, arbitrary: fc.constantFrom(...ORGANISATION_KINDS) }),
      sector: fc.constantFrom(...SECTORS),
      year: fc.integer({ min: 2016, max: 2027 }),
      monthsOperating: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      monthsSuspended: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      sanctioned: fc.option(fc.boolean(), { nil: undefined }),
      points: fc.tuple(...g.c.leafIds.map((_, i) => point(Math.max(1, Math.floor((g.c.leafMax[i] ?? 100) / 100))))),
    })
    .map(({ points, ...fields }): YearlyRecord => {
      const sheet: Record<string, number> = {};
      g.c.leafIds.forEach((id, i) => {
        if (points[i] !== undefined) sheet[id] = points[i] as number;
      });
      const record: Record<string, unknown> = { organisationId: 'HTX', areaCode: 'X', sheet: { rulebook: g.c.id, points: sheet } };
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) record[key] = value;
      return record as unknown as YearlyRecord;
    });

describe('quickGrade', () => {
  for (const g of graders) {
    it(`answers as gradeCompiled whenever it answers (${g.c.id})`, () => {
      let answered = 0;
      let left = 0;
      fc.assert(
        fc.property(recordFor(g), (record) => {
          const points = (record.sheet as { points: Record<string, unknown> }).points;
          g.read(points, g.values);
          const quick = quickGrade(g, record.kind, record.sector, ruleFields(g.c).map((field) => readField(record, field)));
          let full: string | undefined;
          try {
            const result = gradeCompiled(g, record, record.year);
            full = result.status === 'rated' || (result.status === 'incomplete' && result.grade !== undefined) ? result.grade : `(${result.status})`;
          } catch (error) {
            full = `(throws ${(error as { code?: string }).code})`;
          }
          if (quick === undefined) left += 1;
          else {
            answered += 1;
            expect(quick).toBe(full);
          }
        }),
        { numRuns: 1500 },
      );
      // Both paths are exercised; a rulebook without the fast total (tiers: 09/2017) is always left to gradeCompiled.
      if (g.c.fast) expect(answered).toBeGreaterThan(50);
      else expect(answered).toBe(0);
      expect(left).toBeGreaterThan(50);
    });
  }
});
