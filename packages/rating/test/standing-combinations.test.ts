import { IndicatorSchema, type Grade, type YearlyRecord } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicator, createEvaluationCache } from '../src/compute-indicator.js';
import type { Rulebook } from '../src/rulebook.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { referenceIndicator } from '../src/semantics/reference.js';

/*
 * Each row's standing for a grade-based share is asked of `ratingStanding` once per combination of its
 * grade, kind, sector and not-rated fields while those fields are kept in a byte a row (months, flags),
 * else row by row. Both ways must give the reference row source's coverage and value: rulebook lists
 * whose not-rated rules read months and a flag (bytes), a count (32-bit integers) or an amount (floats).
 */

const withRule = (base: Rulebook, id: string, when: Rulebook['notRated'][number]['when']): Rulebook => ({
  ...base,
  id,
  notRated: [
    ...base.notRated,
    { code: `custom-${id}`, when, label: { vi: 'Quy tắc thử', en: 'A test rule' }, citation: base.notRated[0]!.citation },
  ],
});

const LISTS: ReadonlyArray<readonly [string, readonly Rulebook[]]> = [
  ['months only (bytes)', [CIRCULAR_01_2020, CIRCULAR_09_2017]],
  ['months and a flag (bytes)', [withRule(CIRCULAR_01_2020, 'flag-rule', { field: 'sanctioned', eq: true })]],
  ['a count (32-bit integers: row by row)', [withRule(CIRCULAR_01_2020, 'count-rule', { field: 'officialMembers', lt: 7 }), CIRCULAR_09_2017]],
  ['an amount (floats: row by row)', [withRule(CIRCULAR_09_2017, 'amount-rule', { field: 'revenue', gt: 4 })]],
];

// Few values per field, so that rows share combinations and a table answer is reused (a wrong key then shows).
const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 4 });
const arbRecord: fc.Arbitrary<YearlyRecord> = fc
  .record({
    kind: fc.constantFrom('cooperative', 'cooperative-group'),
    sector: fc.constantFrom('agriculture-crop', 'trade-services'),
    grade: maybe(fc.constantFrom<Grade | 'not-rated'>('good', 'weak', 'not-rated')),
    monthsOperating: maybe(fc.constantFrom(6, 12)),
    monthsSuspended: maybe(fc.constantFrom(0, 5)),
    officialMembers: maybe(fc.constantFrom(3, 9)),
    revenue: maybe(fc.constantFrom(2.5, 9)),
    sanctioned: maybe(fc.boolean()),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as YearlyRecord);

const share = IndicatorSchema.parse({
  id: 'good-or-fair-share',
  label: { vi: 'Tỷ lệ tốt, khá', en: 'Good or fair share' },
  population: {},
  numerator: { op: 'count', where: { grade: ['good', 'fair'] }, missing: 'skip-if-all-missing' },
  denominator: { op: 'count', missing: 'skip-if-all-missing' },
  factor: 100,
  unit: 'percent',
  direction: 'higher-is-better',
});

describe("a row's standing, decided per combination of values or row by row", () => {
  it.each(LISTS)('agrees with the reference row source: not-rated rules on %s', (_name, rulebooks) => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 40 }), fc.constantFrom<'eligible' | 'rated'>('eligible', 'rated'), (raw, denominator) => {
        const records = raw.map((r, i) => ({ ...r, organisationId: `o${i}`, year: 2024, areaCode: 'X' }));
        const cache = createEvaluationCache();
        for (const over of [denominator, denominator === 'rated' ? 'eligible' : 'rated'] as const) {
          const engine = computeIndicator(share, records, { year: 2024, rulebooks, grades: { denominator: over }, cache });
          const reference = referenceIndicator(share, records, { year: 2024, rulebooks, effective: ['good', 'fair'], grades: { denominator: over } });
          expect(engine.coverage).toEqual(reference.coverage);
          expect(engine.numerator).toEqual(reference.numerator);
          expect(engine.denominator).toEqual(reference.denominator);
          if ('value' in reference.outcome) expect(engine.value).toEqual(reference.outcome.value);
          else expect(engine.reason?.code).toBe(reference.outcome.code);
        }
      }),
      { numRuns: 150 },
    );
  });
});
