import { IndicatorSchema, type Aggregate, type Condition, type Grade, type Indicator, type MissingPolicy, type YearlyRecord } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicator, createEvaluationCache } from '../src/compute-indicator.js';
import { BUILT_IN_RULEBOOKS } from '../src/rulebooks/index.js';
import { referenceIndicator } from '../src/semantics/reference.js';
import { conditionsOver } from './fixtures/conditions.js';

/*
 * The differential property test of the evaluation (issue 20): the engine (`computeIndicator`: frames,
 * columns read once, codes, memoised truths and populations) against the reference row source
 * (`semantics/reference.ts`: the semantics applied to plain records one at a time), on RANDOM
 * indicators, conditions and records — not only the built-in plans. Several indicators share one
 * records array and one evaluation cache, so that the engine's memos are exercised too.
 */

const KINDS = ['cooperative', 'union', 'cooperative-group'] as const;
const SECTORS = ['agriculture-crop', 'agriculture-fishery', 'trade-services', 'finance'] as const;
const NUMBER_FIELDS = ['revenue', 'officialMembers', 'farmLand.areaHa', 'afterTaxProfit'] as const;
const FLAG_FIELDS = ['flags.highTech', 'flags.valueChainLinkage'] as const;
const DATES = ['2019-05-01', '2021-12-31', '2022-01-01', '2023-06-30'] as const;
const GRADES = ['good', 'fair', 'average', 'weak'] as const;

const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });

const arbRecord: fc.Arbitrary<YearlyRecord> = fc
  .record({
    year: fc.constantFrom(2023, 2024),
    kind: fc.constantFrom(...KINDS),
    sector: fc.constantFrom(...SECTORS),
    areaCode: fc.constantFrom('X', 'Y'),
    grade: maybe(fc.constantFrom<Grade | 'not-rated'>(...GRADES, 'not-rated')),
    monthsOperating: maybe(fc.integer({ min: 0, max: 12 })),
    monthsSuspended: maybe(fc.integer({ min: 0, max: 6 })),
    revenue: maybe(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom(2.5, 2 ** 53 - 1, 20_000_000_000))),
    afterTaxProfit: maybe(fc.integer({ min: -5, max: 5 })),
    officialMembers: maybe(fc.integer({ min: 0, max: 12 })),
    farmLand: maybe(fc.record({ areaHa: maybe(fc.constantFrom(0, 0.25, 12.5, 1e-7)) })),
    flags: maybe(fc.record({ highTech: maybe(fc.boolean()), valueChainLinkage: maybe(fc.boolean()) })),
    foundedOn: maybe(fc.constantFrom(...DATES)),
  })
  .map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      if (v === undefined) continue;
      if (typeof v === 'object') {
        const inner = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
        out[k] = inner;
      } else out[k] = v;
    }
    return out as unknown as YearlyRecord;
  });

const arbBound = fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constantFrom('2.5', '-0.5', '2021-12-31', '2022'));
const arbLeaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ field: fc.constantFrom(...FLAG_FIELDS), eq: fc.boolean() }),
  fc.record({ field: fc.constantFrom(...NUMBER_FIELDS, 'foundedOn'), in: fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(...DATES)), { minLength: 1, maxLength: 3 }) }),
  fc.tuple(fc.constantFrom(...NUMBER_FIELDS, 'foundedOn'), fc.constantFrom('gt', 'gte', 'lt', 'lte'), arbBound).map(([field, op, bound]) => ({ field, [op]: bound }) as Condition),
  fc.oneof(fc.constant({ grade: 'effective' as const }), fc.record({ grade: fc.uniqueArray(fc.constantFrom<Grade>(...GRADES), { minLength: 1 }) })),
);
const arbCondition: fc.Arbitrary<Condition> = conditionsOver(arbLeaf);

const arbPolicy = fc.constantFrom<MissingPolicy>('skip-if-any-missing', 'skip-if-all-missing', 'missing-as-zero');
const arbSide: fc.Arbitrary<Exclude<Aggregate, { op: 'external' }>> = fc.oneof(
  fc.record({ op: fc.constant('count' as const), where: maybe(arbCondition), missing: arbPolicy }),
  fc.record({ op: fc.constantFrom('sum' as const, 'mean' as const), field: fc.constantFrom(...NUMBER_FIELDS, ...FLAG_FIELDS, 'foundedOn'), where: maybe(arbCondition), missing: arbPolicy }),
);

const arbIndicator: fc.Arbitrary<Indicator> = fc
  .record({
    kinds: maybe(fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1 })),
    sectors: maybe(fc.uniqueArray(fc.constantFrom(...SECTORS), { minLength: 1 })),
    agriculture: fc.boolean(),
    where: maybe(arbCondition),
    numerator: arbSide,
    denominator: maybe(arbSide),
    factor: fc.constantFrom(1, 100),
  })
  .map((d) => {
    const strip = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    return IndicatorSchema.parse({
      id: 'random',
      label: { vi: 'Ngẫu nhiên', en: 'Random' },
      population: strip({ kinds: d.kinds, sectors: d.sectors, sectorGroup: d.agriculture ? 'agriculture' : undefined, where: d.where }),
      numerator: strip(d.numerator),
      ...(d.denominator === undefined ? {} : { denominator: strip(d.denominator) }),
      factor: d.factor,
      unit: 'count',
      direction: 'higher-is-better',
    });
  });

const arbOptions = fc.record({
  year: fc.constantFrom(2023, 2024),
  area: maybe(fc.constantFrom('X', 'Y')),
  scope: maybe(fc.record({ kinds: maybe(fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1 })), sectors: maybe(fc.uniqueArray(fc.constantFrom(...SECTORS), { minLength: 1 })) }, { requiredKeys: [] })),
  effective: fc.uniqueArray(fc.constantFrom<Grade>(...GRADES), { minLength: 1 }),
  denominator: fc.constantFrom<'eligible' | 'rated'>('eligible', 'rated'),
});

describe('the engine agrees with the reference row source (random indicators, conditions, records)', () => {
  it('on population, sides, value, reason and coverage', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 30 }), fc.array(fc.tuple(arbIndicator, arbOptions), { minLength: 1, maxLength: 4 }), (raw, cases) => {
        const records = raw.map((r, i) => ({ ...r, organisationId: `o${i}` }));
        const cache = createEvaluationCache(); // shared by the cases: the engine's memos are exercised
        for (const [indicator, o] of cases) {
          const scope = o.scope === undefined ? undefined : Object.fromEntries(Object.entries(o.scope).filter(([, v]) => v !== undefined));
          const engine = computeIndicator(indicator, records, {
            year: o.year,
            ...(o.area === undefined ? {} : { area: o.area }),
            ...(scope === undefined ? {} : { scope }),
            effectiveGrades: o.effective,
            grades: { denominator: o.denominator },
            cache,
          });
          const reference = referenceIndicator(indicator, records, {
            year: o.year,
            ...(o.area === undefined ? {} : { area: o.area }),
            ...(scope === undefined ? {} : { scope }),
            effective: o.effective,
            rulebooks: BUILT_IN_RULEBOOKS,
            grades: { denominator: o.denominator },
          });
          expect(engine.populationSize).toBe(reference.populationSize);
          expect(engine.numerator).toEqual(reference.numerator);
          expect(engine.denominator).toEqual(reference.denominator);
          expect(engine.coverage).toEqual(reference.coverage);
          if ('value' in reference.outcome) expect(engine.value).toEqual(reference.outcome.value);
          else expect({ code: engine.reason?.code, side: engine.reason?.side }).toEqual({ code: reference.outcome.code, side: reference.outcome.side });
          const undecided = engine.warnings.find((w) => w.code === 'POPULATION_UNDECIDED')?.details?.count ?? 0;
          expect(undecided).toBe(reference.undecided);
        }
      }),
      { numRuns: 300 },
    );
  });
});
