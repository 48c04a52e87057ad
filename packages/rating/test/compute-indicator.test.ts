import { IndicatorSchema, isCoopError, rational, type AreaInput, type IndicatorInput } from '@coop/model';
import { SHEET_MAXIMA, generateRecords } from '@coop/sample';
import { describe, expect, it } from 'vitest';
import { computeIndicator, createEvaluationCache } from '../src/compute-indicator.js';
import * as fixtures from './fixtures/indicators.js';
import { recordsLike, yearReadTwice } from './fixtures/targets.js';

const indicator = (input: Partial<IndicatorInput> & Pick<IndicatorInput, 'numerator'>) =>
  IndicatorSchema.parse({
    id: 'test-indicator',
    label: { vi: 'Chỉ tiêu thử', en: 'Test indicator' },
    unit: 'percent',
    direction: 'higher-is-better',
    ...input,
  });

const rec = recordsLike({ areaCode: 'D1-C1' });

/** A Circular 01/2020 sheet with every criterion at `share` of its maximum (1 → 100 points, 0.5 → 50). */
const sheet = (share: number) => ({
  rulebook: 'circular-01-2020',
  points: Object.fromEntries(Object.entries(SHEET_MAXIMA).map(([id, max]) => [id, max * share])),
});

const share = indicator({
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'count', where: { grade: ['good', 'fair'] } },
  denominator: { op: 'count' },
  factor: 100,
});

const AREAS: AreaInput[] = [
  { code: 'P', name: { vi: 'P', en: 'P' }, level: 'province' },
  { code: 'D1', name: { vi: 'D1', en: 'D1' }, level: 'district', parent: 'P', validTo: '2025-06-30' },
  { code: 'D2', name: { vi: 'D2', en: 'D2' }, level: 'district', parent: 'P', validTo: '2025-06-30' },
  { code: 'D1-C1', name: { vi: 'C1', en: 'C1' }, level: 'commune', parent: 'D1', validTo: '2025-06-30', successors: ['N1'] },
  { code: 'D1-C2', name: { vi: 'C2', en: 'C2' }, level: 'commune', parent: 'D1', validTo: '2025-06-30', successors: ['N1'] },
  { code: 'D2-C1', name: { vi: 'C3', en: 'C3' }, level: 'commune', parent: 'D2', validTo: '2025-06-30', successors: ['N2'] },
  { code: 'D1-C3', name: { vi: 'C4', en: 'C4' }, level: 'commune', parent: 'D1', validTo: '2025-06-30', successors: ['N2'] },
  { code: 'N1', name: { vi: 'N1', en: 'N1' }, level: 'commune', parent: 'P', validFrom: '2025-07-01' },
  { code: 'N2', name: { vi: 'N2', en: 'N2' }, level: 'commune', parent: 'P', validFrom: '2025-07-01' },
];

describe('computeIndicator — population filters', () => {
  const records = [
    rec({ grade: 'good' }),
    rec({ grade: 'fair', sector: 'agriculture-fishery' }),
    rec({ grade: 'average' }),
    rec({ grade: 'good', sector: 'trade-services' }), // not agricultural
    rec({ grade: 'good', kind: 'union' }), // not a co-op
    rec({ grade: 'good', year: 2023 }), // other year
    rec({ grade: 'weak', areaCode: 'D2-C1' }),
  ];
  it('filters by kind, sector group and year', () => {
    const r = computeIndicator(share, records, { year: 2024 });
    expect(r.populationSize).toBe(4);
    expect(r.numerator.value).toEqual(rational(2));
    expect(r.value).toEqual(rational(50));
    expect(r.display).toBe(50);
    expect(r.status).toBe('ok');
  });
  it('a target scope narrows kinds and sectors', () => {
    const r = computeIndicator(share, records, { year: 2024, scope: { sectors: ['agriculture-fishery'] } });
    expect(r.populationSize).toBe(1);
    expect(r.value).toEqual(rational(100));
  });
  it('filters by area through the hierarchy', () => {
    expect(computeIndicator(share, records, { year: 2024, area: 'D1', areas: AREAS }).populationSize).toBe(3);
    expect(computeIndicator(share, records, { year: 2024, area: 'P', areas: AREAS }).populationSize).toBe(4);
    expect(computeIndicator(share, records, { year: 2024, area: 'D2', areas: AREAS }).populationSize).toBe(1);
  });
  it('without an area list only exact codes count, with a warning', () => {
    const r = computeIndicator(share, records, { year: 2024, area: 'D1' });
    expect(r.populationSize).toBe(0);
    expect(r.warnings.map((w) => w.code)).toContain('NO_AREA_LIST');
  });
});

describe('computeIndicator — the 2025 successor mapping', () => {
  const count = indicator({ numerator: { op: 'count' }, unit: 'count' });
  it('a pre-reform code counts for its successor area (old → new)', () => {
    // D1-C1 and D1-C2 merged into N1
    const r = computeIndicator(count, [rec({ areaCode: 'D1-C1' }), rec({ areaCode: 'D1-C2' }), rec({ areaCode: 'D2-C1' })], { year: 2024, area: 'N1', areas: AREAS });
    expect(r.value).toEqual(rational(2));
  });
  it('a post-reform code counts for a former area when every predecessor lies in it (new → old)', () => {
    const post = [rec({ year: 2025, areaCode: 'N1' }), rec({ year: 2025, areaCode: 'N2' })];
    // N1 ← D1-C1, D1-C2 (both in D1): counts for D1. N2 ← D2-C1 (D2) and D1-C3 (D1): ambiguous, counts for neither district.
    expect(computeIndicator(count, post, { year: 2025, area: 'D1', areas: AREAS }).value).toEqual(rational(1));
    expect(computeIndicator(count, post, { year: 2025, area: 'D2', areas: AREAS }).reason?.code).toBe('empty-population');
    // …but both count for the province, old or new.
    expect(computeIndicator(count, post, { year: 2025, area: 'P', areas: AREAS }).value).toEqual(rational(2));
  });
  it('an ambiguous split does not count for a single successor', () => {
    const r = computeIndicator(count, [rec({ areaCode: 'D2-C1' })], { year: 2024, area: 'N1', areas: AREAS });
    expect(r.status).toBe('no-value');
  });
});

describe('computeIndicator — missing values', () => {
  const linked = (missing: 'skip-if-any-missing' | 'skip-if-all-missing' | 'missing-as-zero') =>
    indicator({ numerator: { op: 'count', where: { field: 'flags.valueChainLinkage', eq: true }, missing }, denominator: { op: 'count' }, factor: 100 });
  const records = [rec({ flags: { valueChainLinkage: true } }), rec({ flags: { valueChainLinkage: false } }), rec()];
  it('skip-if-all-missing counts what is known and reports the missing', () => {
    const r = computeIndicator(linked('skip-if-all-missing'), records, { year: 2024 });
    expect(r.value).toEqual(rational(100, 3));
    expect(r.missing).toEqual({ numerator: 1, denominator: 0 });
  });
  it('skip-if-any-missing leaves the side without a value', () => {
    const r = computeIndicator(linked('skip-if-any-missing'), records, { year: 2024 });
    expect(r.status).toBe('no-value');
    expect(r.reason?.code).toBe('skipped-by-policy');
    expect(r.reason?.side).toBe('numerator');
  });
  it('all missing → no value (reason all-missing)', () => {
    const r = computeIndicator(linked('skip-if-all-missing'), [rec(), rec()], { year: 2024 });
    expect(r.reason?.code).toBe('all-missing');
  });
  it('missing-as-zero counts a missing flag as "no"', () => {
    const r = computeIndicator(linked('missing-as-zero'), records, { year: 2024 });
    expect(r.value).toEqual(rational(100, 3));
    expect(r.status).toBe('ok');
  });
  it('a mean is exact and counts what reported', () => {
    const mean = indicator({ numerator: { op: 'mean', field: 'revenue' }, unit: 'vnd' });
    const r = computeIndicator(mean, [rec({ revenue: 1 }), rec({ revenue: 2 }), rec({ revenue: 2 }), rec()], { year: 2024 });
    expect(r.value).toEqual(rational(5, 3));
    expect(r.numerator.total).toEqual(rational(5));
    expect(r.missing.numerator).toBe(1);
  });
  it('decimal sums are exact (0.1 + 0.2 ha = 3/10 ha)', () => {
    const sum = indicator({ numerator: { op: 'sum', field: 'farmLand.areaHa' }, unit: 'count' });
    const r = computeIndicator(sum, [rec({ farmLand: { areaHa: 0.1 } }), rec({ farmLand: { areaHa: 0.2 } }), rec({ farmLand: { areaHa: 1e-9 } })], { year: 2024 });
    expect(r.value).toEqual(rational('0.300000001'));
  });
  it('sums stay exact beyond 2^53', () => {
    const sum = indicator({ numerator: { op: 'sum', field: 'revenue' }, unit: 'vnd' });
    const big = Number.MAX_SAFE_INTEGER;
    const r = computeIndicator(sum, [rec({ revenue: big }), rec({ revenue: big }), rec({ revenue: 1 })], { year: 2024 });
    expect(r.value).toEqual({ num: 2n * BigInt(big) + 1n, den: 1n });
  });
});

describe('computeIndicator — empty populations, zero denominators, external inputs', () => {
  it('an empty population is no-value, never a division by zero', () => {
    const r = computeIndicator(share, [], { year: 2024 });
    expect(r.status).toBe('no-value');
    expect(r.reason?.code).toBe('empty-population');
    expect(r.value).toBeUndefined();
  });
  it('a zero denominator is reported as such', () => {
    const ext = indicator({ numerator: { op: 'count' }, denominator: { op: 'external', input: 'farmHouseholds' }, factor: 100 });
    const r = computeIndicator(ext, [rec()], { year: 2024, context: { farmHouseholds: 0 } });
    expect(r.reason?.code).toBe('zero-denominator');
  });
  const households = indicator({
    id: 'member-household-share',
    numerator: { op: 'sum', field: 'memberHouseholds' },
    denominator: { op: 'external', input: 'farmHouseholds' },
    factor: 100,
  });
  it('reads external inputs, one value or by year', () => {
    const records = [rec({ memberHouseholds: 30 }), rec({ memberHouseholds: 20 })];
    expect(computeIndicator(households, records, { year: 2024, context: { farmHouseholds: 200 } }).value).toEqual(rational(25));
    expect(computeIndicator(households, records, { year: 2024, context: { farmHouseholds: { byYear: { 2024: '500' } } } }).value).toEqual(rational(10));
  });
  it('a missing external input is a typed error naming the input and the indicator', () => {
    try {
      computeIndicator(households, [rec({ memberHouseholds: 1 })], { year: 2024, context: {} });
      expect.unreachable();
    } catch (error) {
      expect(isCoopError(error, 'MISSING_EXTERNAL_INPUT')).toBe(true);
      if (isCoopError(error)) {
        expect(error.details).toMatchObject({ input: 'farmHouseholds', indicator: 'member-household-share', year: 2024 });
        expect(error.message).toContain('farmHouseholds');
        expect(error.message).toContain('member-household-share');
      }
    }
    // a value for another year is missing too
    expect(() => computeIndicator(households, [], { year: 2024, context: { farmHouseholds: { byYear: { 2023: 1 } } } })).toThrow(/farmHouseholds/);
  });
});

describe('computeIndicator — grades', () => {
  it('grades sheets through the rulebook they name, else uses the grade in the data, and counts both', () => {
    const records = [
      rec({ sheet: sheet(1) }), // 100 points → good
      rec({ sheet: sheet(0.5) }), // 50 points → average
      rec({ grade: 'fair' }),
      rec(), // no grade at all
    ];
    const r = computeIndicator(share, records, { year: 2024 });
    expect(r.gradesFrom).toEqual({ sheet: 2, data: 1, none: 1 });
    expect(r.rulebooks).toEqual(['circular-01-2020']);
    expect(r.numerator.value).toEqual(rational(2));
    expect(r.missing.numerator).toBe(1);
    // Over the rated ones by default (issue 16: a share whose text does not say "of the total"): 2 of 3.
    expect(r.value).toEqual(rational(200, 3));
    expect(r.coverage).toMatchObject({ denominator: 'rated', eligible: 4, rated: 3, unrated: 1, complete: false });
    expect(r.coverage?.gradeSources).toEqual({ 'circular-01-2020': 2, data: 1 });
    // "trong tổng số HTX": over every eligible co-op, rated or not: 2 of 4.
    expect(computeIndicator(share, records, { year: 2024, grades: { denominator: 'eligible' } }).value).toEqual(rational(50));
  });
  it('reports the effective grades when the indicator uses them', () => {
    const effective = indicator({ numerator: { op: 'count', where: { grade: 'effective' } }, denominator: { op: 'count' }, factor: 100 });
    const records = [rec({ grade: 'good' }), rec({ grade: 'fair' })];
    const defaults = computeIndicator(effective, records, { year: 2024 });
    expect(defaults.effectiveGrades).toEqual(['good', 'fair']);
    expect(defaults.value).toEqual(rational(100));
    const strict = computeIndicator(effective, records, { year: 2024, effectiveGrades: ['good'] });
    expect(strict.effectiveGrades).toEqual(['good']);
    expect(strict.value).toEqual(rational(50));
    expect(computeIndicator(share, records, { year: 2024 }).effectiveGrades).toBeUndefined();
  });
  it('a sanctioned agricultural co-op with an incomplete 09/2017 sheet counts as weak, not as a missing grade', () => {
    const agri = { kind: 'cooperative', sector: 'agriculture-crop', monthsOperating: 12 } as const;
    const incomplete = { rulebook: 'circular-09-2017', points: { '2': 12, '3': 12, '4': 12, '5': 12, '6': 12 } };
    const records = [
      rec({ ...agri, organisationId: 'S', sanctioned: true, grade: 'good', sheet: incomplete }), // the sheet decides: weak
      rec({ ...agri, organisationId: 'U', sanctioned: false, grade: 'good', sheet: incomplete }), // undecided sheet: the data grade
      rec({ ...agri, organisationId: 'G', grade: 'fair' }),
    ];
    const r = computeIndicator(share, records, { year: 2024 });
    expect(r.gradesFrom).toEqual({ sheet: 1, data: 2, none: 0 });
    expect(r.rulebooks).toEqual(['circular-09-2017']);
    expect(r.numerator.value).toEqual(rational(2)); // U (data: good) and G; not S
    expect(r.value).toEqual(rational(200, 3));
    expect(r.warnings.find((w) => w.code === 'INCOMPLETE_SHEET')?.details).toEqual({ count: 1 }); // U only
  });
  it('warns when a sheet names an unknown rulebook and falls back to the data grade', () => {
    const r = computeIndicator(share, [rec({ sheet: { rulebook: 'nope', points: {} }, grade: 'good' })], { year: 2024 });
    expect(r.gradesFrom).toEqual({ sheet: 0, data: 1, none: 0 });
    expect(r.warnings.map((w) => w.code)).toContain('UNKNOWN_RULEBOOK');
  });
  it('warns when the rulebook is not in force for the year', () => {
    const r = computeIndicator(share, [rec({ year: 2026, sheet: sheet(1) })], { year: 2026 });
    expect(r.warnings.map((w) => w.code)).toContain('RULEBOOK_NOT_IN_FORCE');
  });
  it('tells apart grade facts that differ only in their note: sheets graded by a rulebook in force one year and not the next', () => {
    const records = [rec({ year: 2024, sheet: sheet(1) }), rec({ year: 2026, sheet: sheet(1) })];
    const cache = createEvaluationCache(); // one grading run for both years
    expect(computeIndicator(share, records, { year: 2024, cache }).warnings.map((w) => w.code)).not.toContain('RULEBOOK_NOT_IN_FORCE');
    expect(computeIndicator(share, records, { year: 2026, cache }).warnings.map((w) => w.code)).toContain('RULEBOOK_NOT_IN_FORCE');
  });
  it('a shared cache gives the same answers', () => {
    const cache = createEvaluationCache();
    const records = [rec({ sheet: sheet(1) }), rec({ sheet: sheet(0.7) })];
    const a = computeIndicator(share, records, { year: 2024, cache });
    const b = computeIndicator(share, records, { year: 2024, cache });
    expect(b).toEqual(a);
  });
});

describe('computeIndicator — populations shared through a cache', () => {
  it('each indicator gets its own population, whatever was asked before it on the same year', () => {
    // Population A (co-ops) is filtered, asked again, then population B (groups) is filtered in between
    // before A is asked a third time: every answer must be the one a fresh cache gives.
    const records = generateRecords(300, 5);
    const groupRevenue = IndicatorSchema.parse({ ...fixtures.revenue, id: 'group-revenue', population: { kinds: ['cooperative-group'] } });
    const order = [fixtures.share, fixtures.count, groupRevenue, fixtures.revenue, fixtures.meanRevenue, groupRevenue, fixtures.share];
    const cache = createEvaluationCache();
    for (const each of order) {
      const shared = computeIndicator(each, records, { year: 2024, cache });
      const fresh = computeIndicator(each, records, { year: 2024 });
      expect([each.id, shared.populationSize, shared.value]).toEqual([each.id, fresh.populationSize, fresh.value]);
    }
  });
});

describe('computeIndicator — a year that reads differently the second time', () => {
  it('files each record under the year the record check read, however many more rows that year gets than were counted', () => {
    // The year is counted in a first look at the records (2023 here), then read again by the check
    // (2024): the 2024 frame gets 40 rows where none were counted, so every array of it grows.
    const plain = Array.from({ length: 40 }, (_, i) => ({
      ...rec({ revenue: 1_000_000 * (i + 1), flags: { modelCooperative: i % 3 === 0 }, foundedOn: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}` }),
      sheet: sheet(i % 2 === 0 ? 1 : 0.3),
    }));
    const shifting = yearReadTwice(plain, 2023, 2024);
    for (const each of [share, fixtures.revenue, fixtures.count]) {
      const cache = createEvaluationCache();
      const expected = computeIndicator(each, plain, { year: 2024 });
      const got = computeIndicator(each, shifting, { year: 2024, cache });
      expect([each.id, got.populationSize, got.value]).toEqual([each.id, expected.populationSize, expected.value]);
      expect(got.populationSize).toBe(40);
    }
  });
});
