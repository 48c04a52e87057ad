import { getIndicator, getPlan, rational, type Grade, type PlanId, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../src/compute-indicator.js';
import { evaluatePlan } from '../src/evaluate-plan.js';
import { evaluateTarget } from '../src/evaluate-target.js';
import { grade } from '../src/grade.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';

type Extra = Partial<YearlyRecord>;
const coop = (id: string, grade: Grade | undefined, extra: Extra = {}): YearlyRecord => ({
  organisationId: id,
  year: 2025,
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode: 'D',
  monthsOperating: 12,
  monthsSuspended: 0,
  ...(grade === undefined ? {} : { grade }),
  ...extra,
});
const group = (id: string): YearlyRecord => ({ organisationId: id, year: 2025, kind: 'cooperative-group', sector: 'agriculture-crop', areaCode: 'D' });
const many = <T,>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

const target = (planId: PlanId, id: string) => getPlan(planId).targets.find((t) => t.id === id)!;

describe('who is in a grade-based share', () => {
  const goodOrFair = target('district-155-2023', 'good-or-fair-share'); // "trên 60% tổ chức KTTT … đạt loại tốt, khá"
  it('7 of 10 co-ops good or fair beside 20 groups is 70 %, not 23 %: groups are never counted', () => {
    const records = [...many(7, (i) => coop(`g${i}`, 'good')), ...many(3, (i) => coop(`w${i}`, 'average')), ...many(20, (i) => group(`t${i}`))];
    const result = evaluateTarget(goodOrFair, records, { asOf: 2025 });
    expect(result.value).toEqual(rational(70));
    expect(result.met).toBe(true);
    expect(result.indicator?.coverage).toMatchObject({ denominator: 'rated', eligible: 10, rated: 10, unrated: 0, outOfScope: 20, groups: 20, exempt: 0, complete: true });
    expect(result.explanation.en).toContain('left out 20 cooperative groups');
    expect(result.warnings.map((w) => w.code)).toContain('NOT_RATABLE_LEFT_OUT');
    expect(result.warnings.map((w) => w.code)).not.toContain('INCOMPLETE_COVERAGE');
  });
  it('1 rated of 10: the share is over the rated one, coverage 1/10 is reported and warned', () => {
    const records = [coop('a', 'good'), ...many(9, (i) => coop(`u${i}`, undefined))];
    const result = evaluateTarget(goodOrFair, records, { asOf: 2025 });
    expect(result.value).toEqual(rational(100));
    expect(result.indicator?.coverage).toMatchObject({ eligible: 10, rated: 1, unrated: 9, complete: false });
    expect(result.indicator?.coverage?.ratio).toEqual(rational(1, 10));
    expect(result.warnings.find((w) => w.code === 'INCOMPLETE_COVERAGE')?.details).toMatchObject({ rated: 1, eligible: 10 });
    expect(result.explanation.en).toContain('coverage 1 of 10 eligible organisations rated');
    expect(result.explanation.vi).toContain('đã xếp loại 1/10');
  });
  it('"trong tổng số HTX nông nghiệp" (Quảng Nam) divides by every eligible co-op, rated or not', () => {
    const qn = target('quang-nam-106-2023', 'good-or-fair-share');
    const records = [...many(5, (i) => coop(`g${i}`, 'fair')), ...many(3, (i) => coop(`a${i}`, 'average')), ...many(2, (i) => coop(`u${i}`, undefined))].map((r) => ({
      ...r,
      areaCode: '49',
    }));
    const result = evaluateTarget(qn, records, { asOf: 2025 });
    expect(result.value).toEqual(rational(50)); // 5 of 10, not 5 of 8
    expect(result.met).toBe(true);
    expect(result.indicator?.coverage).toMatchObject({ denominator: 'eligible', eligible: 10, rated: 8 });
    expect(result.explanation.en).toContain('counted over all eligible organisations');
  });
  it('co-ops the rule exempts are left out: under 12 months operating; suspended over 3 months (Circular 01/2020)', () => {
    const records = [
      coop('a', 'good'),
      coop('b', 'weak'),
      coop('new', undefined, { monthsOperating: 6 }),
      coop('paused', undefined, { sector: 'trade-services', monthsSuspended: 4 }),
      coop('gradedNew', 'weak', { monthsOperating: 3 }), // a data grade cannot rate a co-op the rule exempts
    ];
    const result = evaluateTarget(goodOrFair, records, { asOf: 2025 });
    expect(result.value).toEqual(rational(50));
    expect(result.indicator?.coverage).toMatchObject({ eligible: 2, rated: 2, exempt: 3, complete: true });
  });
  it('an agricultural co-op suspended 4 months stays eligible: Circular 09/2017 can still rate it', () => {
    const result = evaluateTarget(goodOrFair, [coop('a', 'good'), coop('p', 'weak', { monthsSuspended: 4 })], { asOf: 2025 });
    expect(result.indicator?.coverage).toMatchObject({ eligible: 2, exempt: 0 });
    expect(result.value).toEqual(rational(50));
  });
  it('a target naming a rulebook counts only grades from it (data grades leave the co-op unrated)', () => {
    const only09 = { ...goodOrFair, grades: { denominator: 'rated' as const, rulebook: 'circular-09-2017', source: { document: 'test' } } };
    const result = evaluateTarget(only09, [coop('a', 'good'), coop('b', 'weak')], { asOf: 2025 });
    expect(result.indicator?.coverage).toMatchObject({ rulebook: 'circular-09-2017', eligible: 2, rated: 0 });
    expect(result.status).toBe('insufficient-data');
  });
});

describe('"không còn hợp tác xã yếu kém" needs full coverage', () => {
  const weak = target('district-155-2023', 'weak-count');
  it('0 weak with every eligible co-op rated: achieved', () => {
    const result = evaluateTarget(weak, [...many(4, (i) => coop(`c${i}`, 'fair')), group('t')], { asOf: 2025 });
    expect([result.status, result.met]).toEqual(['achieved', true]);
  });
  it('0 weak among the rated but 1 of 10 unrated: insufficient data, with the coverage', () => {
    const result = evaluateTarget(weak, [...many(9, (i) => coop(`c${i}`, 'good')), coop('u', undefined)], { asOf: 2025 });
    expect(result.status).toBe('insufficient-data');
    expect(result.met).toBeUndefined();
    expect(result.gap).toMatchObject({ kind: 'not-computable' });
    expect(result.explanation.en).toContain('only 9 of 10 eligible organisations are rated');
  });
  it('1 weak is not met whatever the unrated ones are', () => {
    const result = evaluateTarget(weak, [coop('w', 'weak'), coop('u', undefined)], { asOf: 2025 });
    expect(result.met).toBe(false);
    expect(result.gap).toMatchObject({ kind: 'change', change: 'fewer', amount: 1n });
  });
});

describe('"trong đó" (of which): the numerator meets both conditions', () => {
  it('MARD 2803 I.2.a: good or fair AND linked, over the rated organisations', () => {
    const share = target('mard-2803-2023', 'value-chain-share');
    const linked = { flags: { valueChainLinkage: true } };
    const records = [
      coop('a', 'good', linked),
      coop('b', 'fair', linked),
      coop('c', 'weak', linked), // linked but weak: not counted
      coop('d', 'good'), // good but not linked: not counted
    ].map((r) => ({ ...r, areaCode: 'VN' }));
    const result = evaluateTarget(share, records, { asOf: 2025 });
    expect(result.indicatorId).toBe('ag-kttt-good-or-fair-and-value-chain-share');
    expect(result.value).toEqual(rational(50));
    expect(share.alternatives).toEqual(['ag-kttt-value-chain-share']);
  });
  it('computeIndicator reports which rulebook (or the data) each counted grade came from', () => {
    const records = [coop('a', 'good'), coop('b', 'fair')];
    const result = computeIndicator(getIndicator('kttt-good-or-fair-share'), records, { year: 2025 });
    expect(result.coverage?.gradeSources).toEqual({ data: 2 });
  });
});

describe('which rulebook: a sanctioned co-op under each, and the grade says which one gave it', () => {
  const sheet01: Record<string, number> = {
    '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2, '5': 8, '6': 6,
    '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 5, '11': 5, '12': 5, '13': 5, '14': 5, '15': 5,
  };
  const sanctioned = coop('s', undefined, { year: 2023, sanctioned: true });
  it('Circular 01/2020 has no sanction override: the points decide (good)', () => {
    const result = grade({ ...sanctioned, sheet: { rulebook: 'circular-01-2020', points: sheet01 } }, { rulebook: CIRCULAR_01_2020 });
    expect(result.status === 'rated' && [result.grade, result.rulebook.id]).toEqual(['good', 'circular-01-2020']);
  });
  it('Circular 09/2017 art. 6: sanctioned in the year is weak whatever the points', () => {
    const points = { '2': 12, '3': 12, '4': 12, '5': 12, '6': 12 };
    const result = grade({ ...sanctioned, sheet: { rulebook: 'circular-09-2017', points } }, { rulebook: CIRCULAR_09_2017 });
    expect(result.grade).toBe('weak');
    expect(result.rulebook.id).toBe('circular-09-2017');
  });
  it('a plan target counts the grades of the rulebook it names, and the coverage says so', () => {
    const goodOrFair = target('district-155-2023', 'good-or-fair-share');
    const named = { ...goodOrFair, grades: { denominator: 'rated' as const, rulebook: 'circular-01-2020', source: { document: 'test' } } };
    const records = [{ ...sanctioned, year: 2024, sheet: { rulebook: 'circular-01-2020', points: sheet01 } }];
    const result = evaluateTarget(named, records, { asOf: 2024 });
    expect(result.indicator?.coverage?.gradeSources).toEqual({ 'circular-01-2020': 1 });
    expect(result.value).toEqual(rational(100));
  });
});

describe('readings: the mean revenue of the model co-ops, as the alternative of the Quảng Nam and Thái Nguyên targets', () => {
  const base = { year: 2025, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '49' } as const;
  const records: YearlyRecord[] = [
    { ...base, organisationId: 'm1', revenue: 6_000_000_000, flags: { modelCooperative: true } },
    { ...base, organisationId: 'm2', revenue: 5_000_000_000, flags: { modelCooperative: true } },
    { ...base, organisationId: 'o1', revenue: 1_000_000_000, flags: { modelCooperative: false } },
  ];
  const plan = getPlan('quang-nam-106-2023');
  const only = { ...plan, targets: plan.targets.filter((t) => t.id === 'mean-revenue') };
  it('by default over every agricultural co-op (4 bn: not met); with the reading, over the model co-ops (5.5 bn: met)', () => {
    const byDefault = evaluatePlan(only, { records }, { asOf: 2025 });
    const entry = byDefault.entries[0]!;
    expect(entry.ok && [entry.result.indicatorId, entry.result.met]).toEqual(['ag-coop-mean-revenue', false]);
    const read = evaluatePlan(only, { records }, { asOf: 2025, readings: { 'mean-revenue': 'ag-model-coop-mean-revenue' } });
    const alt = read.entries[0]!;
    expect(alt.ok && [alt.result.indicatorId, alt.result.met, alt.result.display]).toEqual(['ag-model-coop-mean-revenue', true, 5_500_000_000]);
  });
  it('a reading the target does not list is an error entry, not a silent fallback', () => {
    const wrong = evaluatePlan(only, { records }, { asOf: 2025, readings: { 'mean-revenue': 'union-count' } });
    const entry = wrong.entries[0]!;
    expect(entry.ok).toBe(false);
    expect(!entry.ok && entry.error.code).toBe('UNKNOWN_READING');
  });
});
