import { rational, type Comparator, type Condition, type Grade, type Rational } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULEBOOKS } from '../src/rulebooks/index.js';
import type { Rulebook } from '../src/rulebook.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { aggregateSide, ExactSum, indicatorValue, policyReason, quantityOf, type IndicatorSide } from '../src/semantics/aggregate.js';
import {
  aimOf,
  COMPARATORS,
  constraintOf,
  exceedsConstraint,
  isLevelComparator,
  meetsConstraint,
  resolveTolerance,
  unitTruth,
  violatedBound,
  type LevelComparator,
} from '../src/semantics/comparators.js';
import { compareTruth, conditionFields, conditionTruth, dateNumber, conditionUsesEffective, conditionUsesGrades, MAX_CONDITION_DEPTH } from '../src/semantics/condition.js';
import { compoundGrowth, growthAim, growthMeets, growthPercent, yearlyGrowth, yearlyGrowthTruth } from '../src/semantics/growth.js';
import { coverageProves, notRatedFields, populationRule, ratingStanding, rulebookCovers, splitPopulation, type ReadGrade, type SplitInput, type StandingInput } from '../src/semantics/population.js';
import { allOf, and, FALSE, not, or, TRUE, truthOf, UNKNOWN, type Truth } from '../src/semantics/truth.js';
import { fieldOf } from '../src/semantics/reference.js';
import { coopErrorOf } from '../../../test-support/coop-errors.js';

/*
 * The semantics layer (issue 20), rule by rule at its edges: each test states a rule of the domain
 * notes and pins it on the smallest input that shows it.
 */

const T: readonly Truth[] = [FALSE, TRUE, UNKNOWN];
const r = (n: number | string, d?: number): Rational => (d === undefined ? rational(n) : rational(n as number, d));

describe('truth over missing data Kleene', () => {
  it('and, or, not on every pair of truths', () => {
    const table = (f: (a: Truth, b: Truth) => Truth) => T.map((a) => T.map((b) => f(a, b)));
    expect(table(and)).toEqual([
      [FALSE, FALSE, FALSE],
      [FALSE, TRUE, UNKNOWN],
      [FALSE, UNKNOWN, UNKNOWN],
    ]);
    expect(table(or)).toEqual([
      [FALSE, TRUE, UNKNOWN],
      [TRUE, TRUE, TRUE],
      [UNKNOWN, TRUE, UNKNOWN],
    ]);
    expect(T.map(not)).toEqual([TRUE, FALSE, UNKNOWN]);
    expect([truthOf(true), truthOf(false)]).toEqual([TRUE, FALSE]);
  });

  it('all of many truths: false if any part is false, else unknown if any is unknown, else true — in any order', () => {
    // The rule written out on every list of up to three parts (40 lists), not as a fold of `and`.
    const lists: Truth[][] = [[]];
    for (let n = 1; n <= 3; n++) for (const head of lists.filter((l) => l.length === n - 1)) for (const t of T) lists.push([...head, t]);
    for (const parts of lists) {
      const expected = parts.includes(FALSE) ? FALSE : parts.includes(UNKNOWN) ? UNKNOWN : TRUE;
      expect(allOf(parts), parts.join(',')).toBe(expected);
    }
    expect(allOf([])).toBe(TRUE); // no unit, no year: nothing fails
    expect(allOf(new Set<Truth>([UNKNOWN, TRUE]).values())).toBe(UNKNOWN); // any iterable, read once
    expect(allOf([UNKNOWN, UNKNOWN, FALSE, UNKNOWN])).toBe(FALSE); // one known failure decides, wherever it is
  });
});

describe('conditions over one organisation-year', () => {
  const row = (values: Record<string, unknown>, grade?: Grade | 'not-rated') => ({ value: (p: string) => fieldOf(values, p), grade: () => grade });
  const on = (c: Condition, values: Record<string, unknown> = {}, grade?: Grade | 'not-rated', effective: readonly Grade[] = ['good', 'fair']) =>
    conditionTruth(c, row(values, grade), effective);

  it('compares numbers at the edges, exactly, and numeric-text bounds as decimals', () => {
    expect([79, 80, 81].map((v) => on({ field: 'revenue', gt: 80 }, { revenue: v }))).toEqual([FALSE, FALSE, TRUE]);
    expect([79, 80, 81].map((v) => on({ field: 'revenue', gte: 80 }, { revenue: v }))).toEqual([FALSE, TRUE, TRUE]);
    expect([79, 80, 81].map((v) => on({ field: 'revenue', lt: 80 }, { revenue: v }))).toEqual([TRUE, FALSE, FALSE]);
    expect([79, 80, 81].map((v) => on({ field: 'revenue', lte: 80 }, { revenue: v }))).toEqual([TRUE, TRUE, FALSE]);
    expect([2.4, 2.5, 2.6].map((v) => on({ field: 'revenue', gte: '2.5' }, { revenue: v }))).toEqual([FALSE, TRUE, TRUE]);
    expect([2.4, 2.5, 2.6].map((v) => on({ field: 'revenue', lte: ' 2.5 ' }, { revenue: v }))).toEqual([TRUE, TRUE, FALSE]);
    expect(on({ field: 'revenue', gt: '2.5' }, { revenue: 2.5 })).toBe(FALSE);
    expect(on({ field: 'revenue', lt: '2.5' }, { revenue: 2.5 })).toBe(FALSE);
  });

  it('compares texts dates lexically against a text bound; what does not compare is unknown', () => {
    const d = (v: string) => ({ foundedOn: v });
    expect(['2022-11-20', '2022-11-21', '2022-11-22'].map((v) => on({ field: 'foundedOn', gt: '2022-11-21' }, d(v)))).toEqual([FALSE, FALSE, TRUE]);
    expect(['2022-11-20', '2022-11-21', '2022-11-22'].map((v) => on({ field: 'foundedOn', lt: '2022-11-21' }, d(v)))).toEqual([TRUE, FALSE, FALSE]);
    expect(on({ field: 'foundedOn', gte: '2022-11-21' }, d('2022-11-21'))).toBe(TRUE);
    expect(on({ field: 'foundedOn', gte: 5 }, d('2022-11-21'))).toBe(UNKNOWN); // a text against a number
    expect(on({ field: 'revenue', gte: '2022-11-21' }, { revenue: 5 })).toBe(UNKNOWN); // a number against a date
    expect(on({ field: 'flags.highTech', gte: 1 }, { flags: { highTech: true } })).toBe(UNKNOWN); // a flag does not compare
    expect(on({ field: 'flags.highTech', gte: '2022-01-01' }, { flags: { highTech: true } })).toBe(UNKNOWN); // not with a text either
    // A row that keeps dates as numbers (YYYYMMDD) decides date bounds as the text would; other bounds read the text.
    const asNumber = (v: string | undefined) => ({ value: () => v, date: () => (v === undefined ? undefined : dateNumber(v)), grade: () => undefined });
    for (const c of [{ field: 'foundedOn', gt: '2022-11-21' }, { field: 'foundedOn', gte: '2022-11-21', lt: '2022-11-22' }, { field: 'foundedOn', gt: '2022-11' }, { field: 'foundedOn', lte: 20221121 },
      // a date bound beside a number or a text that is not a date: the row's text is read, as for any text bound
      { field: 'foundedOn', gte: '2022-11-21', lte: 20221121 }, { field: 'foundedOn', gte: '2022-11-21', lte: 'z' },
      // a text bound that is not a whole date (a month) is text: November 2022 is before '2022-12' and not from '2023-01' on
      { field: 'foundedOn', lt: '2022-12' }, { field: 'foundedOn', gte: '2023-01' }] as Condition[]) {
      for (const v of ['2022-11-20', '2022-11-21', '2022-11-22', undefined]) expect(conditionTruth(c, asNumber(v), [])).toBe(on(c, v === undefined ? {} : d(v)));
    }
    expect(conditionTruth({ field: 'foundedOn', gte: '2022-11-21' }, asNumber('2022-11-21'), [])).toBe(TRUE);
    expect(conditionTruth({ field: 'foundedOn', gt: '2022-11-21' }, asNumber('2022-11-21'), [])).toBe(FALSE);
    expect([conditionTruth({ field: 'foundedOn', lt: '2022-12' }, asNumber('2022-11-30'), []), conditionTruth({ field: 'foundedOn', gte: '2023-01' }, asNumber('2022-11-30'), [])]).toEqual([TRUE, FALSE]);
    expect([dateNumber('2022-11-21'), dateNumber('2022-1-21'), dateNumber('2022-11-2x'), dateNumber(20221121)]).toEqual([20221121, -1, -1, -1]);
    // only `YYYY-MM-DD` of ASCII digits is a date: a longer text, another separator, a sign below '0', a 10-long non-text
    expect([dateNumber('2022-11-211'), dateNumber('2022x11-21'), dateNumber('2022-11x21'), dateNumber('2022-11-2/'), dateNumber(Array.from('2022-11-21'))]).toEqual([-1, -1, -1, -1, -1]);
    expect(dateNumber('9999-09-09')).toBe(99990909);
    expect(compareTruth('b', 'gt', 'a')).toBe(TRUE);
    expect(compareTruth('a', 'gt', 'a')).toBe(FALSE);
    expect(compareTruth('a', 'lte', 'a')).toBe(TRUE);
    expect(compareTruth(2, 'lte', 1)).toBe(FALSE);
  });

  it('needs every bound to hold; the first that does not decides', () => {
    expect(on({ field: 'revenue', gte: 2, lt: 5 }, { revenue: 4 })).toBe(TRUE);
    expect(on({ field: 'revenue', gte: 2, lt: 5 }, { revenue: 5 })).toBe(FALSE);
    expect(on({ field: 'revenue', gte: 2, lt: 5 }, { revenue: 1 })).toBe(FALSE);
    expect(on({ field: 'revenue', gt: 2, lte: 'x' }, { revenue: 1 })).toBe(FALSE); // false before the unknown bound
    expect(on({ field: 'revenue', gt: 0, lte: 'x' }, { revenue: 1 })).toBe(UNKNOWN);
  });

  it('reads absent as unknown, eq and in with ===, a flag against a number as a known no', () => {
    expect(on({ field: 'revenue', gte: 0 }, {})).toBe(UNKNOWN);
    expect(on({ field: 'flags.highTech', eq: true }, { flags: {} })).toBe(UNKNOWN);
    expect(on({ field: 'flags.highTech', eq: true }, { flags: { highTech: true } })).toBe(TRUE);
    expect(on({ field: 'flags.highTech', eq: true }, { flags: { highTech: false } })).toBe(FALSE);
    expect(on({ field: 'flags.highTech', eq: 1 }, { flags: { highTech: true } })).toBe(FALSE);
    expect(on({ field: 'officialMembers', in: [3, 4] }, { officialMembers: 4 })).toBe(TRUE);
    expect(on({ field: 'officialMembers', in: [3, 4] }, { officialMembers: 5 })).toBe(FALSE);
    expect(on({ field: 'officialMembers', in: [3, 4] }, {})).toBe(UNKNOWN);
  });

  it('reads grades: unknown without one, "not rated" in no set, effective grades as given', () => {
    expect(on({ grade: ['good'] }, {}, undefined)).toBe(UNKNOWN);
    expect(on({ grade: ['good', 'fair', 'average', 'weak'] }, {}, 'not-rated')).toBe(FALSE);
    expect(on({ grade: ['good'] }, {}, 'good')).toBe(TRUE);
    expect(on({ grade: ['good'] }, {}, 'fair')).toBe(FALSE);
    expect(on({ grade: 'effective' }, {}, 'fair')).toBe(TRUE);
    expect(on({ grade: 'effective' }, {}, 'fair', ['good'])).toBe(FALSE);
    expect(on({ grade: 'effective' }, {}, 'not-rated')).toBe(FALSE);
  });

  it('combines parts with Kleene logic', () => {
    const yes: Condition = { field: 'a', eq: 1 };
    const no: Condition = { field: 'a', eq: 2 };
    const unknown: Condition = { field: 'b', eq: 1 };
    const v = { a: 1 };
    expect(on({ all: [yes, unknown] }, v)).toBe(UNKNOWN);
    expect(on({ all: [unknown, no] }, v)).toBe(FALSE);
    expect(on({ all: [yes, yes] }, v)).toBe(TRUE);
    expect(on({ any: [no, unknown] }, v)).toBe(UNKNOWN);
    expect(on({ any: [unknown, yes] }, v)).toBe(TRUE);
    expect(on({ any: [no, no] }, v)).toBe(FALSE);
    expect(on({ not: unknown }, v)).toBe(UNKNOWN);
    expect(on({ not: no }, v)).toBe(TRUE);
  });

  it('refuses conditions nested beyond the bound, and lists what a condition reads', () => {
    let deep: Condition = { field: 'revenue', gt: 0 };
    for (let i = 0; i <= MAX_CONDITION_DEPTH; i += 1) deep = { not: deep };
    expect(coopErrorOf(() => on(deep, { revenue: 1 })).code).toBe('CONDITION_TOO_DEEP');
    expect(coopErrorOf(() => on(deep, { revenue: 1 })).details['limit']).toBe(MAX_CONDITION_DEPTH);
    let deepAll: Condition = { field: 'revenue', gt: 0 };
    let deepAny: Condition = { field: 'revenue', gt: 0 };
    for (let i = 0; i <= MAX_CONDITION_DEPTH; i += 1) {
      deepAll = { all: [deepAll] };
      deepAny = { any: [deepAny] };
    }
    expect(coopErrorOf(() => on(deepAll, { revenue: 1 })).code).toBe('CONDITION_TOO_DEEP');
    expect(coopErrorOf(() => on(deepAny, { revenue: 1 })).code).toBe('CONDITION_TOO_DEEP');
    expect(coopErrorOf(() => conditionUsesGrades(deep)).code).toBe('CONDITION_TOO_DEEP');
    let ok: Condition = { field: 'revenue', gt: 0 };
    for (let i = 0; i < MAX_CONDITION_DEPTH; i += 1) ok = { not: ok };
    expect(on(ok, { revenue: 1 })).toBe(TRUE); // 64 nots: an even number
    expect(conditionUsesGrades(ok)).toBe(false); // 64 levels is within the bound
    const c: Condition = { all: [{ field: 'revenue', gt: 0 }, { any: [{ grade: ['good'] }, { not: { field: 'flags.highTech', eq: true } }] }] };
    const fields = new Set<string>();
    conditionFields(c, fields);
    expect([...fields]).toEqual(['revenue', 'flags.highTech']);
    conditionFields(undefined, fields);
    expect(fields.size).toBe(2);
    expect(conditionUsesGrades(c)).toBe(true);
    expect(conditionUsesGrades({ field: 'revenue', gt: 0 })).toBe(false);
    expect(conditionUsesGrades(undefined)).toBe(false);
    expect(conditionUsesEffective(c)).toBe(false);
    expect(conditionUsesEffective({ any: [{ field: 'revenue', gt: 0 }, { not: { grade: 'effective' } }] })).toBe(true);
  });
});

describe('aggregates and missing-value policies', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
  const side = (op: 'sum' | 'mean', missing: 'skip-if-any-missing' | 'skip-if-all-missing' | 'missing-as-zero', values: readonly unknown[], where?: readonly Truth[]) =>
    aggregateSide({ op, field: 'revenue', missing }, { rows: rows(values.length), value: (i) => values[i], where: where === undefined ? undefined : (i) => where[i] as Truth });
  const count = (missing: 'skip-if-any-missing' | 'skip-if-all-missing' | 'missing-as-zero', where: readonly Truth[] | undefined, n = where?.length ?? 0) =>
    aggregateSide({ op: 'count', missing }, { rows: rows(n), value: () => undefined, where: where === undefined ? undefined : (i) => where[i] as Truth });

  it('policy verdicts at their edges', () => {
    expect(policyReason('skip-if-any-missing', 3, 0)).toBeUndefined();
    expect(policyReason('skip-if-any-missing', 3, 1)).toBe('any-missing');
    expect(policyReason('skip-if-all-missing', 3, 2)).toBeUndefined();
    expect(policyReason('skip-if-all-missing', 3, 3)).toBe('all-missing');
    expect(policyReason('skip-if-all-missing', 0, 0)).toBeUndefined();
    expect(policyReason('missing-as-zero', 3, 3)).toBeUndefined();
  });

  it('reads a number as itself, a flag as 1 or 0, anything else as missing', () => {
    expect([3, -0, true, false, '3', undefined, null, '2024-01-01'].map(quantityOf)).toEqual([3, -0, 1, 0, undefined, undefined, undefined, undefined]);
  });

  it('sums exactly beyond 2 to the 53, and decimals', () => {
    const s = new ExactSum();
    for (const v of [2 ** 53, 2 ** 53, 1, 2 ** 52 - 1, 2 ** 52 - 1]) s.add(v);
    expect(s.value()).toEqual({ num: 2n * 2n ** 53n + 1n + 2n * (2n ** 52n - 1n), den: 1n });
    const d = new ExactSum();
    for (const v of [12.5, 0.25, 1e-7, -0.5]) d.add(v);
    expect(d.value()).toEqual(rational('12.2500001'));
    const n = new ExactSum();
    n.add(-(2 ** 53));
    n.add(-3);
    expect(n.value()).toEqual({ num: -(2n ** 53n) - 3n, den: 1n });
    expect(new ExactSum().value()).toEqual({ num: 0n, den: 1n });
    const big = new ExactSum();
    big.add(4503599627370495.5); // 2^52 − 0.5
    big.add(0.5);
    expect(big.value()).toEqual({ num: 4503599627370496n, den: 1n });
    const many = new ExactSum();
    for (let i = 0; i < 4; i += 1) many.add(2 ** 52 - 1); // past 2^53 in all: a float sum would round
    expect(many.value()).toEqual({ num: 4n * (2n ** 52n - 1n), den: 1n });
    const edge = new ExactSum(); // at the largest safe integer one more is kept apart; a negative brings the total back under it
    for (const v of [2 ** 53 - 1, 1, -1, 2 ** 53 - 1, -(2 ** 53 - 1), -0]) edge.add(v);
    expect(edge.value()).toEqual({ num: 2n ** 53n - 1n, den: 1n });
    const tenths = new ExactSum();
    for (let i = 0; i < 3; i += 1) tenths.add(0.1); // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in floats
    expect(tenths.value()).toEqual(rational('0.3'));
  });

  it('reads the population rows only', () => {
    const asked: number[] = [];
    const where = (row: number): Truth => {
      asked.push(row);
      return TRUE;
    };
    aggregateSide({ op: 'count', missing: 'skip-if-all-missing' }, { rows: [4, 7], value: () => undefined, where });
    aggregateSide({ op: 'sum', field: 'revenue', missing: 'skip-if-all-missing' }, { rows: [4, 7], value: () => 1, where });
    expect(asked).toEqual([4, 7, 4, 7]);
  });

  it('counts with a where: unknown is missing, policies apply', () => {
    expect(count('skip-if-all-missing', undefined, 4)).toEqual({ op: 'count', status: 'ok', value: r(4), records: 4, missing: 0 });
    expect(count('skip-if-all-missing', [TRUE, FALSE, UNKNOWN, TRUE])).toEqual({ op: 'count', status: 'ok', value: r(2), records: 2, missing: 1 });
    expect(count('skip-if-any-missing', [TRUE, FALSE, UNKNOWN])).toEqual({ op: 'count', status: 'skipped', reason: 'any-missing', value: undefined, records: 1, missing: 1 });
    expect(count('skip-if-all-missing', [UNKNOWN, UNKNOWN])).toMatchObject({ status: 'skipped', reason: 'all-missing' });
    expect(count('missing-as-zero', [UNKNOWN, TRUE])).toMatchObject({ status: 'ok', value: r(1), missing: 1 });
  });

  it('sums and means: missing values by policy, an undecided where is missing whatever the policy', () => {
    expect(side('sum', 'skip-if-all-missing', [2, undefined, 4])).toEqual({ op: 'sum', field: 'revenue', status: 'ok', value: r(6), total: r(6), records: 2, missing: 1 });
    expect(side('sum', 'missing-as-zero', [2, undefined, 4])).toMatchObject({ records: 3, missing: 1, value: r(6) });
    expect(side('mean', 'missing-as-zero', [2, undefined, 4])).toMatchObject({ records: 3, value: r(2) });
    expect(side('mean', 'skip-if-all-missing', [2, undefined, 4])).toMatchObject({ records: 2, value: r(3), total: r(6) });
    expect(side('mean', 'skip-if-any-missing', [2, undefined])).toEqual({ op: 'mean', field: 'revenue', status: 'skipped', reason: 'any-missing', value: undefined, records: 1, missing: 1 });
    expect(side('sum', 'missing-as-zero', [2, 9, 4], [TRUE, UNKNOWN, FALSE])).toMatchObject({ records: 1, missing: 1, value: r(2) });
    expect(side('mean', 'skip-if-all-missing', [2, 9], [UNKNOWN, UNKNOWN])).toMatchObject({ status: 'skipped', reason: 'all-missing', records: 0, missing: 2 });
    expect(side('mean', 'missing-as-zero', [2, 9], [UNKNOWN, UNKNOWN])).toMatchObject({ status: 'skipped', reason: 'all-missing', records: 0, missing: 2 });
    expect(side('mean', 'missing-as-zero', [2, 9], [FALSE, FALSE])).toMatchObject({ status: 'skipped', reason: 'no-records', records: 0, missing: 0, total: r(0) });
    expect(side('sum', 'skip-if-all-missing', [2, 9], [FALSE, FALSE])).toMatchObject({ status: 'ok', value: r(0) });
    expect(side('sum', 'skip-if-all-missing', [true, false, true])).toMatchObject({ value: r(2), records: 3 });
  });

  it('the indicator value: empty population, skipped sides in order, zero denominator, factor', () => {
    const ok = (n: number, op: IndicatorSide['op'] = 'count'): IndicatorSide => ({ op, status: 'ok', value: r(n), records: n, missing: 0 });
    const skipped = (reason: 'any-missing' | 'all-missing' | 'no-records'): IndicatorSide => ({ op: 'sum', status: 'skipped', reason, value: undefined, records: 0, missing: 1 });
    expect(indicatorValue(ok(3), ok(4), 4, 100)).toEqual({ value: r(75) });
    expect(indicatorValue(ok(3), undefined, 4, 2)).toEqual({ value: r(6) });
    expect(indicatorValue(ok(0), ok(0), 0, 100)).toEqual({ code: 'empty-population' });
    expect(indicatorValue(ok(5, 'external'), ok(2, 'external'), 0, 1)).toEqual({ value: r(5, 2) });
    expect(indicatorValue(ok(5, 'external'), undefined, 0, 1)).toEqual({ value: r(5) });
    expect(indicatorValue(ok(5, 'external'), ok(0), 0, 1)).toEqual({ code: 'empty-population' });
    expect(indicatorValue(skipped('any-missing'), skipped('all-missing'), 2, 1)).toEqual({ code: 'skipped-by-policy', side: 'numerator' });
    expect(indicatorValue(ok(1), skipped('all-missing'), 2, 1)).toEqual({ code: 'all-missing', side: 'denominator' });
    expect(indicatorValue(ok(1), skipped('no-records'), 2, 1)).toEqual({ code: 'all-missing', side: 'denominator' });
    expect(indicatorValue({ ...ok(1), value: undefined }, ok(1), 2, 1)).toEqual({ code: 'all-missing', side: 'numerator' });
    expect(indicatorValue(ok(1), ok(0), 2, 1)).toEqual({ code: 'zero-denominator', side: 'denominator' });
    expect(indicatorValue(ok(0), ok(3), 3, 100)).toEqual({ value: r(0) });
  });
});

describe('populations: who is counted 16', () => {
  it('kinds and sectors intersect the scope; the agriculture group keeps agricultural sectors only', () => {
    const rule = populationRule({ kinds: ['cooperative', 'union'], sectors: ['agriculture-crop', 'trade-services'] }, { kinds: ['cooperative'], sectors: ['agriculture-crop'] });
    expect(['cooperative', 'union', 'cooperative-group'].map(rule.kind)).toEqual([true, false, false]);
    expect(['agriculture-crop', 'trade-services'].map(rule.sector)).toEqual([true, false]);
    const all = populationRule({}, undefined);
    expect([all.kind('cooperative-group'), all.sector('finance')]).toEqual([true, true]);
    const ag = populationRule({ sectorGroup: 'agriculture' }, { kinds: ['union'] });
    expect(['agriculture-fishery', 'trade-services'].map(ag.sector)).toEqual([true, false]);
    expect([ag.kind('union'), ag.kind('cooperative')]).toEqual([true, false]);
  });

  it('a rulebook covers kinds and sectors of its scope never cooperative groups, not excluded sectors', () => {
    expect(rulebookCovers(CIRCULAR_01_2020, 'cooperative', 'trade-services')).toBe(true);
    expect(rulebookCovers(CIRCULAR_01_2020, 'union', undefined)).toBe(true);
    expect(rulebookCovers(CIRCULAR_01_2020, 'cooperative-group', 'trade-services')).toBe(false);
    expect(rulebookCovers(CIRCULAR_01_2020, 'cooperative', 'finance')).toBe(false);
    expect(rulebookCovers(CIRCULAR_01_2020, undefined, 'trade-services')).toBe(true);
    expect(rulebookCovers(CIRCULAR_09_2017, 'cooperative', 'agriculture-crop')).toBe(true);
    expect(rulebookCovers(CIRCULAR_09_2017, 'cooperative', 'trade-services')).toBe(false);
    expect(rulebookCovers(CIRCULAR_09_2017, 'union', 'agriculture-crop')).toBe(false);
  });

  const input = (kind: string, sector: string, fields: Record<string, unknown> = {}): StandingInput => ({ kind, sector, field: (p) => fields[p] });
  const read = (grade: Grade | 'not-rated' | undefined, rulebook?: string) => ({ grade, rulebook });

  it('standing: out of scope, exempt by grade or by every covering rule, unrated, rated', () => {
    const books = BUILT_IN_RULEBOOKS;
    expect(ratingStanding(input('cooperative-group', 'agriculture-crop'), read('good'), books)).toBe('out-of-scope');
    expect(ratingStanding(input('cooperative', 'agriculture-crop'), read('not-rated'), books)).toBe('exempt');
    expect(ratingStanding(input('cooperative', 'agriculture-crop'), read('not-rated', 'circular-01-2020'), books)).toBe('exempt'); // a sheet's "not rated" 
    expect(ratingStanding(input('cooperative', 'agriculture-crop', { monthsOperating: 11 }), read('good'), books)).toBe('exempt');
    expect(ratingStanding(input('cooperative', 'agriculture-crop', { monthsOperating: 12 }), read('good'), books)).toBe('rated');
    // suspended over 3 months: only 01/2020 has the rule, 09/2017 covers the co-op too — not exempt by every rulebook
    expect(ratingStanding(input('cooperative', 'agriculture-crop', { monthsSuspended: 4 }), read(undefined), books)).toBe('unrated');
    expect(ratingStanding(input('cooperative', 'trade-services', { monthsSuspended: 4 }), read(undefined), books)).toBe('exempt');
    expect(ratingStanding(input('cooperative', 'trade-services', { monthsSuspended: 3 }), read(undefined), books)).toBe('unrated');
    expect(ratingStanding(input('cooperative', 'trade-services'), read('weak'), books)).toBe('rated');
    // one rulebook named: other rulebooks' grades leave the organisation unrated; its own "not rated" exempts
    expect(ratingStanding(input('cooperative', 'agriculture-crop'), read('good', 'circular-01-2020'), books, 'circular-09-2017')).toBe('unrated');
    expect(ratingStanding(input('cooperative', 'agriculture-crop'), read('good', 'circular-09-2017'), books, 'circular-09-2017')).toBe('rated');
    expect(ratingStanding(input('cooperative', 'agriculture-crop'), read('not-rated', 'circular-01-2020'), books, 'circular-09-2017')).toBe('unrated');
    expect(ratingStanding(input('cooperative', 'agriculture-crop'), read('not-rated', 'circular-09-2017'), books, 'circular-09-2017')).toBe('exempt');
    expect(ratingStanding(input('cooperative', 'agriculture-crop'), read('not-rated'), books, 'circular-09-2017')).toBe('exempt');
    expect(ratingStanding(input('cooperative', 'trade-services'), read('good'), books, 'circular-09-2017')).toBe('out-of-scope');
    expect(ratingStanding(input('cooperative', 'trade-services'), read('good'), [])).toBe('out-of-scope');
  });

  it('an invalid user rulebook exempts no one', () => {
    const broken = { ...CIRCULAR_01_2020, id: 'broken', groups: null } as unknown as typeof CIRCULAR_01_2020;
    expect(ratingStanding(input('cooperative', 'trade-services', { monthsOperating: 1 }), read(undefined), [broken])).toBe('unrated');
  });

  /** A split's input from each row's standing input and grade, as the reference row source makes it. */
  const splitInput = (inputOf: (i: number) => StandingInput, readOf: (i: number) => ReadGrade, books: readonly Rulebook[], only?: string): SplitInput => ({
    standing: (i) => ratingStanding(inputOf(i), readOf(i), books, only),
    grade: readOf,
    kind: (i) => inputOf(i).kind,
  });

  it('splits a population: groups out, exempt out, the numerator over eligible, the denominator as the target reads', () => {
    // 7 of 10 co-ops good or fair, 20 groups beside them (issue 16's example), 1 exempt, 2 unrated
    type Org = { kind: string; grade?: Grade | 'not-rated'; months?: number };
    const orgs: Org[] = [
      ...Array.from({ length: 7 }, () => ({ kind: 'cooperative', grade: 'good' as const })),
      ...Array.from({ length: 1 }, () => ({ kind: 'cooperative', grade: 'weak' as const })),
      ...Array.from({ length: 2 }, () => ({ kind: 'cooperative' })),
      ...Array.from({ length: 20 }, () => ({ kind: 'cooperative-group', grade: 'fair' as const })),
      { kind: 'cooperative', months: 6 },
    ];
    const split = (denominator: 'eligible' | 'rated', rulebook?: string, books = BUILT_IN_RULEBOOKS) =>
      splitPopulation(orgs.map((_, i) => i), splitInput((i) => input(orgs[i]!.kind, 'agriculture-crop', { monthsOperating: orgs[i]!.months }), (i) => read(orgs[i]!.grade, orgs[i]!.grade === undefined || i % 2 === 0 ? undefined : 'circular-09-2017'), books, rulebook), rulebook === undefined ? { denominator } : { denominator, rulebook });
    const rated = split('rated');
    expect(rated.coverage).toEqual({ denominator: 'rated', eligible: 10, rated: 8, unrated: 2, exempt: 1, outOfScope: 20, groups: 20, ratio: r(8, 10), complete: false, gradeSources: { data: 4, 'circular-09-2017': 4 } });
    expect('rulebook' in rated.coverage).toBe(false); // no rulebook named: none reported
    expect([...rated.counted]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...rated.denominator]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...split('eligible').denominator]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const named = split('eligible', 'circular-09-2017');
    expect(named.coverage).toMatchObject({ rulebook: 'circular-09-2017', rated: 4, unrated: 6, eligible: 10 });
    // a grade from another rulebook cannot meet the condition: such an organisation is not in the numerator's rows
    expect([...named.counted]).toEqual([1, 3, 5, 7, 8, 9]);
    const none = splitPopulation([], splitInput(() => input('x', 'y'), () => read(undefined), BUILT_IN_RULEBOOKS), { denominator: 'rated' });
    expect(none.coverage).toMatchObject({ eligible: 0, ratio: undefined, complete: true });
    const onlyGroups = splitPopulation([0], splitInput(() => input('cooperative-group', 'y'), () => read(undefined), BUILT_IN_RULEBOOKS), { denominator: 'rated' });
    expect(onlyGroups.coverage).toMatchObject({ outOfScope: 1, groups: 1 });
    const credit = splitPopulation([0], splitInput(() => input('cooperative', 'finance'), () => read(undefined), BUILT_IN_RULEBOOKS), { denominator: 'rated' });
    expect(credit.coverage).toMatchObject({ outOfScope: 1, groups: 0 });
  });

  it('reads the not-rated rules fields; a met verdict needs full coverage only where the target says so', () => {
    expect(notRatedFields(BUILT_IN_RULEBOOKS).sort()).toEqual(['monthsOperating', 'monthsSuspended']);
    expect(notRatedFields([{ ...CIRCULAR_01_2020, notRated: undefined } as unknown as typeof CIRCULAR_01_2020])).toEqual([]);
    expect(coverageProves(true, { complete: false })).toBe(false);
    expect(coverageProves(true, { complete: true })).toBe(true);
    expect(coverageProves(true, undefined)).toBe(true);
    expect(coverageProves(false, { complete: false })).toBe(true);
  });
});

describe('comparators: the registry', () => {
  const level = (c: LevelComparator, v: number, tolerance?: number) => meetsConstraint(constraintOf(c, tolerance), r(v));
  it('has an entry for every kind, with family, phrase key and baseline', () => {
    expect(Object.keys(COMPARATORS).sort()).toEqual(['<', '<=', '=', '>', '>=', 'approximately', 'every-unit', 'growth', 'range', 'yearly-growth'].sort());
    expect(COMPARATORS.growth).toMatchObject({ family: 'growth', baseline: 'required', constraint: undefined });
    expect(COMPARATORS['yearly-growth']).toMatchObject({ family: 'growth', baseline: 'first-observed' });
    expect(COMPARATORS['every-unit']).toMatchObject({ family: 'per-unit', baseline: 'none' });
    expect(new Set(Object.values(COMPARATORS).map((c) => c.phrase)).size).toBe(10);
    const kinds: Comparator[] = [{ kind: '>', value: 1 }, { kind: 'growth', minPercent: 5 }, { kind: 'yearly-growth', minPercent: 5 }, { kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } }];
    expect(kinds.map(isLevelComparator)).toEqual([true, false, false, false]);
  });

  it('meets each level kind at both edges', () => {
    expect([59, 60, 61].map((v) => level({ kind: '>', value: 60 }, v))).toEqual([false, false, true]);
    expect([59, 60, 61].map((v) => level({ kind: '>=', value: 60 }, v))).toEqual([false, true, true]);
    expect([59, 60, 61].map((v) => level({ kind: '<', value: 60 }, v))).toEqual([true, false, false]);
    expect([59, 60, 61].map((v) => level({ kind: '<=', value: 60 }, v))).toEqual([true, true, false]);
    expect([59, 60, 61].map((v) => level({ kind: '=', value: 60 }, v))).toEqual([false, true, false]);
    const band: LevelComparator = { kind: 'range', min: 20, max: 25 };
    expect([19, 20, 25, 27].map((v) => level(band, v))).toEqual([false, true, true, true]);
    expect(exceedsConstraint(constraintOf(band, undefined), r(27))).toBe(true);
    expect(exceedsConstraint(constraintOf(band, undefined), r(25))).toBe(false);
    const ceiling: LevelComparator = { kind: 'range', min: 20, max: 25, ceiling: { document: 'Quy chế', phrase: 'không quá 25' } } as LevelComparator;
    expect([25, 26].map((v) => level(ceiling, v))).toEqual([true, false]);
    expect(exceedsConstraint(constraintOf(ceiling, undefined), r(26))).toBe(false);
    const about: LevelComparator = { kind: 'approximately', value: 30 };
    expect([24, 25, 35, 36].map((v) => level(about, v, 5))).toEqual([false, true, true, true]);
    expect(exceedsConstraint(constraintOf(about, 5), r(36))).toBe(true);
    expect([34, 35, 36].map((v) => level({ ...about, tolerance: 4 }, v, 5))).toEqual([true, true, true]);
    expect(constraintOf({ ...about, tolerance: 4 }, 5).lower?.bound).toEqual(r(26));
  });

  it('resolves the tolerance: the targets own, else the option, else MISSING_TOLERANCE', () => {
    const about: LevelComparator = { kind: 'approximately', value: 30 };
    expect(resolveTolerance({ ...about, tolerance: 2 }, 5)).toEqual({ value: 2, source: 'target' });
    expect(resolveTolerance(about, 5)).toEqual({ value: 5, source: 'option' });
    expect(resolveTolerance(about, 0)).toEqual({ value: 0, source: 'option' });
    expect(resolveTolerance({ kind: '>', value: 1 }, 5)).toBeUndefined();
    expect(coopErrorOf(() => resolveTolerance(about, undefined, 't')).code).toBe('MISSING_TOLERANCE');
    expect(coopErrorOf(() => constraintOf(about, undefined)).details['value']).toBe(30);
  });

  it('the violated bound gives the gaps direction; the aim of progress', () => {
    const band = constraintOf({ kind: 'range', min: 20, max: 25, ceiling: { document: 'x', phrase: 'y' } } as LevelComparator, undefined);
    expect(violatedBound(band, r(19))).toEqual({ change: 'more', bound: r(20), strict: false });
    expect(violatedBound(band, r(26))).toEqual({ change: 'fewer', bound: r(25), strict: false });
    expect(violatedBound(band, r(22))).toBeUndefined();
    expect(violatedBound(constraintOf({ kind: '<', value: 5 }, undefined), r(5))).toEqual({ change: 'fewer', bound: r(5), strict: true });
    expect(aimOf(band, r(26))).toEqual(r(25));
    expect(aimOf(band, r(10))).toEqual(r(20));
    expect(aimOf(band, undefined)).toEqual(r(20));
    expect(aimOf(constraintOf({ kind: '<=', value: 5 }, undefined), r(3))).toEqual(r(5));
  });

  it('one unit of a per-unit target: no value is unknown (never failing); a value meets the inner constraint at its edge or not', () => {
    const atLeastOne = constraintOf({ kind: '>=', value: 1 }, undefined);
    expect(unitTruth(atLeastOne, undefined)).toBe(UNKNOWN);
    expect([0, 1, 2].map((v) => unitTruth(atLeastOne, r(v)))).toEqual([FALSE, TRUE, TRUE]); // 0 (no record) is a value
    const under = constraintOf({ kind: '<', value: 10 }, undefined);
    expect([r(999, 100), r(10)].map((v) => unitTruth(under, v))).toEqual([TRUE, FALSE]);
    // Every district: one failing district decides; otherwise an undecided one leaves the target undecided.
    expect(allOf([r(1), undefined, r(3)].map((v) => unitTruth(atLeastOne, v)))).toBe(UNKNOWN);
    expect(allOf([r(1), undefined, r(0)].map((v) => unitTruth(atLeastOne, v)))).toBe(FALSE);
  });
});

describe('growth', () => {
  it('percent, meets, aim, yearly and compound growth at their edges', () => {
    expect(growthPercent(r(100), r(112))).toEqual(r(12));
    expect(growthPercent(r(100), r(90))).toEqual(r(-10));
    expect(growthPercent(r(0), r(5))).toBeUndefined();
    expect(growthPercent(r(-1), r(5))).toBeUndefined();
    expect([growthMeets(r(5), 5), growthMeets(r(4.99), 5), growthMeets(r(-1), -1)]).toEqual([true, false, true]);
    expect(growthAim(r(200), 5)).toEqual(r(210));
    expect(growthAim(r(200), -5)).toEqual(r(190));
    const values = new Map([[2020, r(100)], [2021, r(105)], [2022, r(104)], [2024, r(110)]]);
    expect(yearlyGrowth(values, 2020, 2024, 5)).toEqual([
      { year: 2021, percent: r(5), met: true },
      { year: 2022, percent: r(-100, 105), met: false },
      { year: 2023, percent: undefined, met: undefined },
      { year: 2024, percent: undefined, met: undefined },
    ]);
    expect(yearlyGrowth(values, 2024, 2024, 5)).toEqual([]);
    expect(yearlyGrowth(new Map([[2020, r(0)], [2021, r(1)]]), 2020, 2021, 5)).toEqual([{ year: 2021, percent: undefined, met: undefined }]);
    expect(compoundGrowth(r(100), 2020, r(121), 2022)).toBeCloseTo(10, 9);
    expect(compoundGrowth(r(100), 2020, r(0), 2022)).toBe(-100);
    expect(compoundGrowth(r(100), 2020, r(-1), 2022)).toBeUndefined();
    expect(compoundGrowth(r(0), 2020, r(5), 2022)).toBeUndefined();
    expect(compoundGrowth(r(100), 2022, r(121), 2022)).toBeUndefined();
    expect(compoundGrowth(r(100), 2020, r(110), 2021)).toBeCloseTo(10, 9);
  });

  it('a yearly-growth verdict: an unmeasured year is unknown, never a failed year; a measured year below the floor decides', () => {
    const values = (entries: Array<[number, number]>) => new Map(entries.map(([y, v]) => [y, r(v)] as const));
    const ok = yearlyGrowth(values([[2020, 100], [2021, 105], [2022, 110.25]]), 2020, 2022, 5);
    expect(ok.map((y) => y.met)).toEqual([true, true]); // exactly 5 % both years: at the floor is enough
    expect(yearlyGrowthTruth(ok)).toBe(TRUE);
    const gap = yearlyGrowth(values([[2020, 100], [2021, 105], [2023, 116]]), 2020, 2023, 5);
    expect(gap.map((y) => y.met)).toEqual([true, undefined, undefined]);
    expect(yearlyGrowthTruth(gap)).toBe(UNKNOWN);
    const short = yearlyGrowth(values([[2020, 100], [2022, 105], [2023, 110]]), 2020, 2023, 5);
    expect(short.map((y) => y.met)).toEqual([undefined, undefined, false]); // 110 / 105 − 1 ≈ 4.76 % < 5 %
    expect(yearlyGrowthTruth(short)).toBe(FALSE);
    expect(yearlyGrowthTruth([])).toBe(TRUE); // no year to judge: the start year is the last one
  });
});

describe('the reference reads fields by dotted path', () => {
  it('reads top-level and grouped fields, absent as undefined', () => {
    expect(fieldOf({ revenue: 5 }, 'revenue')).toBe(5);
    expect(fieldOf({ flags: { highTech: false } }, 'flags.highTech')).toBe(false);
    expect(fieldOf({ flags: null }, 'flags.highTech')).toBeUndefined();
    expect(fieldOf({ flags: 3 }, 'flags.highTech')).toBeUndefined();
    expect(fieldOf({}, 'flags.highTech')).toBeUndefined();
  });
});
