/**
 * How a rulebook is compiled and then applied: maxima and caps (whether the sheet's points fit, also for
 * criteria and groups whose own maxima are unknown), grade bands with inclusive / exclusive edges,
 * not-rated rules and overrides whose field is absent, validity on 31 December, the scope, and tiers
 * (field and ratio measures, exclusive edges, fractional and e-notation amounts, values that cannot be
 * measured). Invalid rulebook values fail with `INVALID_RULEBOOK` and the offending part in `details`.
 *
 * Every test grades with a FRESH rulebook object (`fresh`, or a rulebook built in the test): rulebooks
 * are compiled once per object, so a shared one would only be compiled by whichever test runs first.
 */
import type { YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { defineRulebook } from '../src/define-rulebook.js';
import { grade, type GradeResult } from '../src/grade.js';
import { gradeMany } from '../src/grade-many.js';
import type { GradeBand, Rulebook, RulebookCriterion, RulebookGroup, Tiers } from '../src/rulebook.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { BASE, sheetOf } from './fixtures/sheets.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';

/** A new object with the same content: compiled afresh. */
const fresh = (rulebook: Rulebook, over: Record<string, unknown> = {}): Rulebook => ({ ...rulebook, ...over }) as Rulebook;

const CITE = { document: 'TEST/2024' };
/** The details of the known gap every scored 09/2017 result carries (criterion 2, issue 16). */
const GAP_09_DETAILS = { gap: 'criterion-2-sub-items', document: 'Thông tư 09/2017/TT-BNNPTNT', clause: 'Điều 4.2; Phụ lục 1' };
const label = (text: string) => ({ vi: text, en: text });
const GRADES: readonly GradeBand[] = [
  { grade: 'good', gte: 80 },
  { grade: 'fair', gte: 65, lt: 80 },
  { grade: 'average', gte: 50, lt: 65 },
  { grade: 'weak', lt: 50 },
];

type CritSpec = { id: string; max?: number | null; criteria?: CritSpec[]; tiers?: unknown };
const crit = ({ id, max, criteria, tiers }: CritSpec): RulebookCriterion =>
  ({
    id,
    title: label(id),
    ...(max === undefined ? {} : { max }),
    ...(criteria === undefined ? {} : { criteria: criteria.map(crit) }),
    ...(tiers === undefined ? {} : { tiers }),
  }) as unknown as RulebookCriterion;
const group = (id: string, cap: number | null, criteria: CritSpec[]): RulebookGroup => ({
  id,
  title: label(id),
  cap,
  criteria: criteria.map(crit),
});

/** A user rulebook, as a plain value (not passed through `defineRulebook`). */
const book = (groups: RulebookGroup[], over: Record<string, unknown> = {}): Rulebook =>
  ({
    id: 'test-book',
    title: label('Test rulebook'),
    issuer: label('Test'),
    document: 'TEST/2024',
    citation: CITE,
    effectiveFrom: '2020-01-01',
    scope: { kinds: ['cooperative'], sectors: 'all', citation: CITE },
    total: 100,
    groups,
    grades: GRADES,
    notRated: [],
    overrides: [],
    ...over,
  }) as unknown as Rulebook;

const rec = (points: Record<string, unknown>, extra: Partial<YearlyRecord> | Record<string, unknown> = {}, rulebook = 'test-book'): YearlyRecord =>
  ({
    organisationId: 'HTX-T',
    year: 2024,
    kind: 'cooperative',
    sector: 'trade-services',
    areaCode: 'X',
    monthsOperating: 12,
    sheet: { rulebook, points },
    ...extra,
  }) as YearlyRecord;

const rec01 = (points: Record<string, number>, extra: Partial<YearlyRecord> = {}): YearlyRecord => ({
  ...BASE,
  sheet: { rulebook: 'circular-01-2020', points },
  ...extra,
});

/** Groups I and II full (60 points) and group III as given. */
const groupIII = (points: Record<string, number>): Record<string, number> => ({ ...sheetOf(60), ...points });

// ---------------------------------------------------------------------------------------------------

describe('maxima and caps: points that do not fit are refused (or clamped), whatever the sheet', () => {
  it('a criterion above its maximum, in a group without a cap: POINTS_ABOVE_MAXIMUM, clamped with clamp', () => {
    const rb = book([group('G', null, [{ id: 'a', max: 5 }, { id: 'b', max: 95 }])]);
    expect(grade(rec({ a: 5, b: 90 }), rb).totalHundredths).toBe(9500);
    expect(codeAndDetails(() => grade(rec({ a: 5.01, b: 90 }), book([group('G', null, [{ id: 'a', max: 5 }, { id: 'b', max: 95 }])])))).toEqual({
      code: 'POINTS_ABOVE_MAXIMUM',
      details: { criterion: 'a', kind: 'criterion', points: 5.01, max: 5, organisationId: 'HTX-T', year: 2024 },
    });
    const clamped = grade(rec({ a: 6, b: 90 }), { rulebook: book([group('G', null, [{ id: 'a', max: 5 }, { id: 'b', max: 95 }])]), clamp: true });
    expect(clamped.totalHundredths).toBe(9500);
    expect(clamped.warnings.map((w) => [w.code, w.criterion, w.details])).toEqual([['POINTS_CLAMPED', 'a', { points: 6, max: 5 }]]);
  });

  it('a maximum of 0 is a valid maximum: 0 points fit, 0.01 does not', () => {
    const zero = () => book([group('G', null, [{ id: 'z', max: 0 }, { id: 'b', max: 100 }])]);
    const ok = grade(rec({ z: 0, b: 70 }), zero());
    expect([ok.status, ok.grade, ok.totalHundredths]).toEqual(['rated', 'fair', 7000]);
    expect(ok.criteria.find((c) => c.id === 'z')).toMatchObject({ max: 0, points: 0, source: 'sheet' });
    expect(codeAndDetails(() => grade(rec({ z: 0.01, b: 70 }), zero())).details).toMatchObject({ criterion: 'z', kind: 'criterion', points: 0.01, max: 0 });
  });

  it.each([
    ['all in criterion 10', { '10': 41 }, 41],
    ['all in the last criterion, 15', { '15': 41 }, 41],
    ['spread 7 each over 10–15', { '10': 7, '11': 7, '12': 7, '13': 7, '14': 7, '15': 7 }, 42],
    ['40.01 over two criteria', { '14': 20, '15': 20.01 }, 40.01],
  ])('01/2020 group III (criteria of unknown maxima) above its cap of 40, %s: refused', (_, points, sum) => {
    const rb = fresh(CIRCULAR_01_2020);
    expect(codeAndDetails(() => grade(rec01(groupIII(points)), rb))).toEqual({
      code: 'POINTS_ABOVE_MAXIMUM',
      details: { criterion: 'III', kind: 'group', points: sum, max: 40, organisationId: 'HTX-1', year: 2024 },
    });
    const clamped = grade(rec01(groupIII(points)), { rulebook: fresh(CIRCULAR_01_2020), clamp: true });
    expect(clamped.totalHundredths).toBe(10000);
    expect(clamped.warnings.map((w) => [w.code, w.criterion, w.details])).toEqual([['GROUP_ABOVE_CAP', 'III', { points: sum, max: 40 }]]);
  });

  it('01/2020 group III at exactly 40 (in the last criterion) is rated 100, with the group breakdown', () => {
    const result = grade(rec01(groupIII({ '15': 40 })), fresh(CIRCULAR_01_2020));
    expect([result.status, result.grade, result.totalHundredths]).toEqual(['rated', 'good', 10000]);
    expect(result.groups).toEqual([
      { id: 'I', cap: 30, points: 30, pointsHundredths: 3000 },
      { id: 'II', cap: 30, points: 30, pointsHundredths: 3000 },
      { id: 'III', cap: 40, points: 40, pointsHundredths: 4000 },
    ]);
  });

  it('the FIRST group can be the one whose cap must be checked (its criteria have no known maxima)', () => {
    const rb = () => book([group('G1', 10, [{ id: 'x' }, { id: 'y', max: null }]), group('G2', null, [{ id: 'z', max: 90 }])]);
    expect(grade(rec({ x: 4, y: 6, z: 80 }), rb()).totalHundredths).toBe(9000);
    expect(codeAndDetails(() => grade(rec({ x: 5, y: 6, z: 80 }), rb())).details).toMatchObject({ criterion: 'G1', kind: 'group', points: 11, max: 10 });
  });

  it('a group cap below the sum of its known maxima is checked, up to its last criterion', () => {
    const rb = () => book([group('G', 15, [{ id: 'a', max: 10 }, { id: 'b', max: 10 }]), group('H', null, [{ id: 'c', max: 85 }])]);
    expect(grade(rec({ a: 10, b: 5, c: 50 }), rb()).totalHundredths).toBe(6500);
    expect(codeAndDetails(() => grade(rec({ a: 10, b: 10, c: 50 }), rb())).details).toMatchObject({ criterion: 'G', kind: 'group', points: 20, max: 15 });
    expect(codeAndDetails(() => grade(rec({ a: 5.01, b: 10, c: 50 }), rb())).details).toMatchObject({ criterion: 'G', kind: 'group', points: 15.01, max: 15 });
  });

  it('a group cap of 0 admits only 0 points', () => {
    const rb = () => book([group('G0', 0, [{ id: 'u', max: null }]), group('H', null, [{ id: 'c', max: 100 }])]);
    expect(grade(rec({ u: 0, c: 50 }), rb()).grade).toBe('average');
    expect(codeAndDetails(() => grade(rec({ u: 0.5, c: 50 }), rb())).details).toMatchObject({ criterion: 'G0', kind: 'group', points: 0.5, max: 0 });
  });

  it('a criterion with sub-criteria of unknown maxima is capped at its own maximum (alone or inside a capped group)', () => {
    for (const cap of [null, 10]) {
      const rb = () =>
        book([
          group('G', cap, [{ id: 'P', max: 5, criteria: [{ id: 'p1' }, { id: 'p2', max: null }] }, { id: 'q', max: 5 }]),
          group('H', null, [{ id: 'r', max: 90 }]),
        ]);
      const ok = grade(rec({ p1: 2, p2: 3, q: 5, r: 60 }), rb());
      expect(ok.totalHundredths).toBe(7000);
      expect(ok.criteria).toEqual([
        { id: 'P', level: 'criterion', group: 'G', max: 5, source: 'sum', points: 5, pointsHundredths: 500 },
        { id: 'p1', level: 'sub-criterion', group: 'G', parent: 'P', max: null, source: 'sheet', points: 2, pointsHundredths: 200 },
        { id: 'p2', level: 'sub-criterion', group: 'G', parent: 'P', max: null, source: 'sheet', points: 3, pointsHundredths: 300 },
        { id: 'q', level: 'criterion', group: 'G', max: 5, source: 'sheet', points: 5, pointsHundredths: 500 },
        { id: 'r', level: 'criterion', group: 'H', max: 90, source: 'sheet', points: 60, pointsHundredths: 6000 },
      ]);
      expect(codeAndDetails(() => grade(rec({ p1: 3, p2: 3, q: 0, r: 60 }), rb())).details).toMatchObject({
        criterion: 'P',
        kind: 'criterion',
        points: 6,
        max: 5,
      });
    }
  });

  it('01/2020 breakdown: criterion 1 is the sum of 1a + 1b, then the next criterion follows', () => {
    const result = grade(rec01(sheetOf(100)), fresh(CIRCULAR_01_2020));
    expect(result.criteria.slice(0, 4)).toEqual([
      { id: '1', level: 'criterion', group: 'I', max: 7, source: 'sum', points: 7, pointsHundredths: 700 },
      { id: '1a', level: 'sub-criterion', group: 'I', parent: '1', max: 6, source: 'sheet', points: 6, pointsHundredths: 600 },
      { id: '1b', level: 'sub-criterion', group: 'I', parent: '1', max: 1, source: 'sheet', points: 1, pointsHundredths: 100 },
      { id: '2', level: 'criterion', group: 'I', max: 6, source: 'sum', points: 6, pointsHundredths: 600 },
    ]);
    expect(result.criteria.find((c) => c.id === '10')).toMatchObject({ level: 'criterion', group: 'III', max: null });
  });
});

// ---------------------------------------------------------------------------------------------------

describe('grade bands: inclusive and exclusive edges', () => {
  const exclusive = [
    { grade: 'good', gt: 80 },
    { grade: 'fair', gt: 65, lte: 80 },
    { grade: 'average', gte: 50, lte: 65 },
    { grade: 'weak', lt: 50 },
  ] as const;

  it.each([
    [100, 'good'],
    [80.01, 'good'],
    [80, 'fair'],
    [65.01, 'fair'],
    [65, 'average'],
    [50, 'average'],
    [49.99, 'weak'],
  ])('bands "> 80", "> 65", "≥ 50": %s points → %s', (total, expected) => {
    const rb = defineRulebook({ ...CIRCULAR_01_2020, id: 'strict-x', grades: exclusive });
    const result = grade({ ...BASE, sheet: { rulebook: 'strict-x', points: sheetOf(total) } }, rb);
    expect(result.grade).toBe(expected);
  });

  it('margins with an exclusive edge: 80 is 0.01 short of good', () => {
    const rb = defineRulebook({ ...CIRCULAR_01_2020, id: 'strict-x', grades: exclusive });
    const result = grade({ ...BASE, sheet: { rulebook: 'strict-x', points: sheetOf(80) } }, rb);
    expect(result.margins).toEqual({
      up: { grade: 'good', points: 0.01, pointsHundredths: 1 },
      down: { grade: 'average', points: 14.99, pointsHundredths: 1499 },
    });
  });

  it('bands listed worst first grade exactly like bands listed best first', () => {
    const reversed = fresh(CIRCULAR_01_2020, { grades: [...CIRCULAR_01_2020.grades].reverse() });
    const totals = [100, 80, 79.99, 65, 64.99, 50, 49.99, 0];
    const results = gradeMany(totals.map((t) => rec01(sheetOf(t))), { rulebook: reversed });
    expect(results.map((r) => r.grade)).toEqual(['good', 'good', 'fair', 'fair', 'average', 'average', 'weak', 'weak']);
    expect(results[2]!.margins.up).toEqual({ grade: 'good', points: 0.01, pointsHundredths: 1 });
  });
});

// ---------------------------------------------------------------------------------------------------

describe('invalid rulebook values: INVALID_RULEBOOK with the offending part', () => {
  const leafBook = (over: Record<string, unknown> = {}, groups = [group('G', 100, [{ id: 'a', max: 100 }])]) => book(groups, over);
  const good = (id = 'test-book') => rec({ a: 90 }, {}, id);

  it('a well-formed user rulebook grades', () => {
    expect(grade(good(), leafBook()).grade).toBe('good');
  });

  it.each([
    ['an id that is not a string', leafBook({ id: 42 }), { id: '42' }],
    ['no grade bands', leafBook({ grades: [] }), { id: 'test-book' }],
    ['an unknown grade name (one band of four)', leafBook({ grades: [...GRADES.slice(0, 3), { grade: 'bad', lt: 50 }] }), { id: 'test-book' }],
    ['an edge finer than hundredths (one band of four)', leafBook({ grades: [{ grade: 'good', gte: 80.001 }, ...GRADES.slice(1)] }), { id: 'test-book' }],
    ['scope kinds that are not a list', leafBook({ scope: { kinds: 'cooperative', sectors: 'all', citation: CITE } }), { id: 'test-book' }],
    ['a negative criterion maximum', leafBook({}, [group('G', 100, [{ id: 'a', max: -1 }])]), { where: 'a', max: -1 }],
    ['a maximum finer than hundredths', leafBook({}, [group('G', 100, [{ id: 'a', max: 1.234 }])]), { where: 'a', max: 1.234 }],
    ['a negative sub-criterion maximum', leafBook({}, [group('G', 100, [{ id: 'P', max: 10, criteria: [{ id: 'p', max: -0.5 }] }])]), { where: 'p', max: -0.5 }],
    ['a negative parent maximum', leafBook({}, [group('G', 100, [{ id: 'P', max: -2, criteria: [{ id: 'p', max: 5 }] }])]), { where: 'P', max: -2 }],
    ['a negative group cap', leafBook({}, [group('G', -5, [{ id: 'a', max: 100 }])]), { where: 'G', max: -5 }],
  ])('%s', (_, rulebook, details) => {
    expect(codeAndDetails(() => grade(good(String(rulebook.id)), rulebook))).toEqual({ code: 'INVALID_RULEBOOK', details });
  });

  it('a rulebook whose parts cannot be read: INVALID_RULEBOOK with the cause', () => {
    const throwing = (thrown: unknown) =>
      Object.defineProperty(leafBook(), 'groups', {
        get: () => {
          throw thrown;
        },
      }) as Rulebook;
    expect(codeAndDetails(() => grade(good(), throwing(new Error('boom'))))).toEqual({ code: 'INVALID_RULEBOOK', details: { cause: 'boom' } });
    expect(codeAndDetails(() => grade(good(), throwing('no groups')))).toEqual({ code: 'INVALID_RULEBOOK', details: { cause: 'no groups' } });
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    ['circular-01-2020', 'string'],
    [7, 'number'],
  ])('rulebook %s is not a rulebook: received %s', (rulebook, received) => {
    const options = { rulebook } as unknown as { rulebook: Rulebook };
    expect(codeAndDetails(() => grade(good(), options))).toEqual({ code: 'INVALID_RULEBOOK', details: { received } });
    expect(codeAndDetails(() => gradeMany([good()], options))).toEqual({ code: 'INVALID_RULEBOOK', details: { received } });
  });
});

// ---------------------------------------------------------------------------------------------------

describe('not-rated rules and overrides whose field is absent, validity, scope', () => {
  const unchecked = (r: GradeResult) => r.warnings.map((w) => [w.code, w.details]);
  // Every scored 09/2017 result also carries the known gap of criterion 2 (issue 16: Appendix 1 not read).
  const GAP_09 = ['RULEBOOK_GAP', { gap: 'criterion-2-sub-items', document: 'Thông tư 09/2017/TT-BNNPTNT', clause: 'Điều 4.2; Phụ lục 1' }];

  it('01/2020 without monthsOperating and monthsSuspended: rated, one warning per unchecked rule, in rule order', () => {
    const { monthsOperating: _o, monthsSuspended: _s, ...bare } = rec01(sheetOf(90));
    const result = grade(bare as YearlyRecord, fresh(CIRCULAR_01_2020));
    expect(result.grade).toBe('good');
    expect(unchecked(result)).toEqual([
      ['NOT_RATED_RULE_UNCHECKED', { rule: 'operating-under-12-months', field: 'monthsOperating' }],
      ['NOT_RATED_RULE_UNCHECKED', { rule: 'suspended-over-3-months', field: 'monthsSuspended' }],
    ]);
    expect(result.warnings[1]!.message).toEqual({
      vi: 'Không kiểm tra được "Tạm ngừng hoạt động quá 3 tháng trong năm": thiếu monthsSuspended.',
      en: 'Could not check "Stopped operating for more than 3 months in the year": no monthsSuspended.',
    });
  });

  it.each([
    ['absent', undefined],
    ['null', null],
    ['a string', '2'],
    ['NaN', Number.NaN],
  ])('01/2020 with monthsSuspended %s: only the suspension rule is unchecked', (_, monthsSuspended) => {
    const record = { ...rec01(sheetOf(90)), monthsSuspended } as unknown as YearlyRecord;
    const result = grade(record, fresh(CIRCULAR_01_2020));
    expect(result.status).toBe('rated');
    expect(unchecked(result)).toEqual([['NOT_RATED_RULE_UNCHECKED', { rule: 'suspended-over-3-months', field: 'monthsSuspended' }]]);
  });

  it('a string or NaN monthsOperating is not "under 12 months": unchecked, not not-rated', () => {
    for (const monthsOperating of ['6', Number.NaN]) {
      const result = grade({ ...rec01(sheetOf(90)), monthsOperating } as unknown as YearlyRecord, fresh(CIRCULAR_01_2020));
      expect(result.status).toBe('rated');
      expect(unchecked(result)).toEqual([['NOT_RATED_RULE_UNCHECKED', { rule: 'operating-under-12-months', field: 'monthsOperating' }]]);
    }
  });

  const FULL_09 = {
    revenue: 12_000_000_000,
    plannedRevenue: 10_000_000_000,
    incomePerMember: 12_000_000,
    afterTaxProfit: 1_000_000_000,
    funds: { development: 300_000_000, reserve: 60_000_000 },
  };
  const rec09 = (extra: Record<string, unknown>, points: Record<string, unknown> = { '2': 12, '3': 12, '4': 12, '5': 12, '6': 9 }) =>
    rec(points, { sector: 'agriculture-crop', sanctioned: false, ...FULL_09, ...extra }, 'circular-09-2017');

  it('09/2017: an absent monthsOperating warns about that rule only, not about the (checked) sanction override', () => {
    const result = grade(rec09({ monthsOperating: undefined }), fresh(CIRCULAR_09_2017));
    expect([result.grade, result.totalHundredths]).toEqual(['good', 9500]);
    expect(unchecked(result)).toEqual([['NOT_RATED_RULE_UNCHECKED', { rule: 'operating-under-12-months', field: 'monthsOperating' }], GAP_09]);
  });

  it.each([
    ['absent', undefined],
    ['null', null],
  ])('09/2017 with sanctioned %s: graded on points, OVERRIDE_UNCHECKED', (_, sanctioned) => {
    const result = grade(rec09({ sanctioned }), fresh(CIRCULAR_09_2017));
    expect([result.grade, result.overrides]).toEqual(['good', []]);
    expect(unchecked(result)).toEqual([['OVERRIDE_UNCHECKED', { rule: 'administrative-sanction', field: 'sanctioned' }], GAP_09]);
    expect(result.warnings[0]!.message.en).toBe('Could not check "Sanctioned for an administrative violation in the year: graded weak": no sanctioned.');
  });

  it('not in force and an unchecked rule: both warnings, the validity one first', () => {
    const { monthsSuspended: _s, ...bare } = rec01(sheetOf(90));
    const result = grade(bare as YearlyRecord, { rulebook: fresh(CIRCULAR_01_2020), year: 2026 });
    expect(result.rulebook).toEqual({
      id: 'circular-01-2020',
      document: '01/2020/TT-BKHĐT',
      title: CIRCULAR_01_2020.title,
      inForce: false,
      effectiveFrom: '2020-04-01',
      effectiveTo: '2025-09-17',
      maxTotal: 100,
    });
    expect(result.warnings.map((w) => w.code)).toEqual(['RULEBOOK_NOT_IN_FORCE', 'NOT_RATED_RULE_UNCHECKED']);
    expect(result.warnings[0]).toEqual({
      code: 'RULEBOOK_NOT_IN_FORCE',
      message: {
        vi: '01/2020/TT-BKHĐT không có hiệu lực vào 31/12/2026 (hiệu lực 2020-04-01 – 2025-09-17 (Thông tư 78/2025/TT-BTC)).',
        en: '01/2020/TT-BKHĐT was not in force on 31 December 2026 (in force 2020-04-01 – 2025-09-17 (Thông tư 78/2025/TT-BTC)).',
      },
      details: { year: 2026, effectiveFrom: '2020-04-01', effectiveTo: '2025-09-17' },
    });
  });

  it('09/2017 before it took effect: not in force, open-ended span, no effectiveTo in the reference', () => {
    const result = grade(rec09({}), { rulebook: fresh(CIRCULAR_09_2017), year: 2016 });
    expect(result.rulebook.inForce).toBe(false);
    expect('effectiveTo' in result.rulebook).toBe(false);
    expect(result.warnings).toEqual([
      {
        code: 'RULEBOOK_NOT_IN_FORCE',
        message: {
          vi: '09/2017/TT-BNNPTNT không có hiệu lực vào 31/12/2016 (hiệu lực 2017-05-31 – …).',
          en: '09/2017/TT-BNNPTNT was not in force on 31 December 2016 (in force 2017-05-31 – …).',
        },
        details: { year: 2016, effectiveFrom: '2017-05-31', effectiveTo: undefined },
      },
      { code: 'RULEBOOK_GAP', criterion: '2', message: CIRCULAR_09_2017.gaps![0]!.label, details: GAP_09[1] },
    ]);
    expect(unchecked(grade(rec09({}), { rulebook: fresh(CIRCULAR_09_2017), year: 2017 }))).toEqual([GAP_09]);
  });

  it.each([
    [{ effectiveTo: '2024-12-31' }, 2024, true],
    [{ effectiveTo: '2024-12-31' }, 2025, false],
    [{ effectiveTo: '2024-12-30' }, 2024, false],
    [{ effectiveFrom: '2024-12-31', effectiveTo: undefined }, 2024, true],
    [{ effectiveFrom: '2024-12-31', effectiveTo: undefined }, 2023, false],
  ])('validity %o judged on 31 December of %s: in force %s', (over, year, inForce) => {
    const result = grade(rec01(sheetOf(90)), { rulebook: fresh(CIRCULAR_01_2020, over), year });
    expect(result.rulebook.inForce).toBe(inForce);
    expect(result.warnings.map((w) => w.code)).toEqual(inForce ? [] : ['RULEBOOK_NOT_IN_FORCE']);
  });

  it('out of scope (excluded sector, or kind not covered): not rated with the out-of-scope reason', () => {
    const reason = {
      code: 'out-of-scope',
      label: { vi: 'Ngoài phạm vi áp dụng của 01/2020/TT-BKHĐT', en: 'Outside the scope of 01/2020/TT-BKHĐT' },
      citation: CIRCULAR_01_2020.scope.citation,
    };
    const finance = grade(rec01(sheetOf(90), { sector: 'finance' }), fresh(CIRCULAR_01_2020));
    expect([finance.status, finance.reason]).toEqual(['not-rated', reason]);
    const group = grade(rec01(sheetOf(90), { kind: 'cooperative-group' } as Partial<YearlyRecord>), fresh(CIRCULAR_01_2020));
    expect([group.status, group.reason]).toEqual(['not-rated', reason]);
  });

  it('a not-rated rule with an inclusive lower edge ("suspended 4 months or more")', () => {
    const rb = () =>
      defineRulebook({
        ...CIRCULAR_01_2020,
        id: 'suspension-x',
        notRated: [{ code: 'suspended-4-months-or-more', when: { field: 'monthsSuspended', gte: 4 }, label: label('Suspended ≥ 4 months'), citation: CITE }],
      });
    const at = (monthsSuspended: number) => grade({ ...BASE, monthsSuspended, sheet: { rulebook: 'suspension-x', points: sheetOf(90) } }, rb());
    expect([at(3).status, at(3.5).status, at(4).status, at(5).status]).toEqual(['rated', 'rated', 'not-rated', 'not-rated']);
    expect(at(4).reason?.code).toBe('suspended-4-months-or-more');
  });
});

// ---------------------------------------------------------------------------------------------------

const tiers = (measure: Record<string, unknown>, bands: unknown[], cases?: unknown[]): Tiers =>
  ({ measure, bands, citation: CITE, ...(cases === undefined ? {} : { cases }) }) as unknown as Tiers;

/** One tiered criterion `t` (max 10) and a sheet-only `s` (max 90). */
const tierBook = (t: Tiers, id = 'tier-book'): Rulebook =>
  book([group('G', null, [{ id: 't', max: 10, tiers: t }, { id: 's', max: 90 }])], { id });

const tOf = (rb: Rulebook, extra: Record<string, unknown>, sheetT?: number) => {
  const result = grade(rec({ s: 50, ...(sheetT === undefined ? {} : { t: sheetT }) }, extra, rb.id), rb);
  const c = result.criteria.find((x) => x.id === 't')!;
  return { points: c.points, source: c.source, total: result.total };
};

describe('tiers', () => {
  const FIELD_GT = () =>
    tierBook(
      tiers({ field: 'revenue' }, [
        { lte: 0, points: 0 },
        { gt: 0, lte: 1_000_000_000, points: 5 },
        { gt: 1_000_000_000, points: 10 },
      ]),
    );

  it.each([
    [0, 0],
    [-3, 0],
    [0.5, 5],
    [1_000_000_000, 5],
    [1_000_000_001, 10],
  ])('a top-level tiered criterion with exclusive lower edges: revenue %s → %s (computed, the sheet ignored)', (revenue, points) => {
    expect(tOf(FIELD_GT(), { revenue }, 3)).toEqual({ points, source: 'computed', total: 50 + points });
  });

  it.each([
    ['absent', undefined],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['a string', '5000000000'],
  ])('a field measure with revenue %s cannot be computed: the sheet is used', (_, revenue) => {
    expect(tOf(FIELD_GT(), { revenue }, 3)).toEqual({ points: 3, source: 'sheet', total: 53 });
  });

  const RATIO = () =>
    tierBook(
      tiers({ numerator: 'revenue', denominator: 'plannedRevenue', unit: 'ratio' }, [
        { lte: 1, points: 0 },
        { gt: 1, lt: 1.2, points: 4 },
        { gte: 1.2, points: 8 },
      ]),
    );

  it.each([
    [1000, 1000, 0],
    [1001, 1000, 4],
    [1199, 1000, 4],
    [1200, 1000, 8],
    [0.3, 0.25, 8],
    [0.3, 0.3, 0],
    [0.31, 0.3, 4],
  ])('a plain ratio (unit "ratio", no ×100) with an exclusive edge at 1: %s ÷ %s → %s', (revenue, plannedRevenue, points) => {
    expect(tOf(RATIO(), { revenue, plannedRevenue }, 1)).toEqual({ points, source: 'computed', total: 50 + points });
  });

  const PERCENT = () =>
    tierBook(
      tiers(
        { numerator: 'funds.reserve', denominator: 'afterTaxProfit', unit: 'percent' },
        [
          { lt: 12.5, points: 0 },
          { gte: 12.5, points: 5 },
        ],
        [{ when: { field: 'afterTaxProfit', lte: 0 }, points: 0 }],
      ),
    );

  it.each([
    ['exactly 12.5 %', 1, 8, 5],
    ['just below 12.5 %', 0.99, 8, 0],
    ['fractional amounts, exactly 12.5 %', 0.125, 1, 5],
    ['a fractional profit: 200 %', 1, 0.5, 5],
    ['a fractional profit: 12.5 %', 0.0625, 0.5, 5],
    ['a fractional profit: just below', 0.0624, 0.5, 0],
    ['no profit (case)', 5, 0, 0],
  ])('a percentage edge of 12.5 %%, %s', (_, reserve, afterTaxProfit, points) => {
    expect(tOf(PERCENT(), { funds: { reserve }, afterTaxProfit }, 2)).toEqual({ points, source: 'computed', total: 50 + points });
  });

  it.each([
    ['funds absent', { afterTaxProfit: 8 }],
    ['funds null', { funds: null, afterTaxProfit: 8 }],
    ['reserve absent', { funds: { development: 1 }, afterTaxProfit: 8 }],
    ['reserve Infinity', { funds: { reserve: Number.POSITIVE_INFINITY }, afterTaxProfit: 8 }],
    ['profit absent', { funds: { reserve: 1 } }],
    ['profit NaN', { funds: { reserve: 1 }, afterTaxProfit: Number.NaN }],
  ])('a ratio that cannot be measured (%s): the sheet is used', (_, extra) => {
    expect(tOf(PERCENT(), extra, 2)).toEqual({ points: 2, source: 'sheet', total: 52 });
  });

  it.each([
    ['e-notation amounts, 120 %', 2.4e21, 2e21, 8],
    ['e-notation amounts, 119.99… %', 2.3999999e21, 2e21, 4],
    ['tiny amounts, 120 %', 1.2e-7, 1e-7, 8],
    ['tiny amounts, below 120 %', 1.1999e-7, 1e-7, 4],
    ['tiny amounts, below 100 %', 9.99e-8, 1e-7, 0],
  ])('09/2017 1a compares realised ÷ planned exactly: %s', (_, revenue, plannedRevenue, points) => {
    const result = grade(
      rec({ '1b': 4, '1c': 2, '1d': 0, '1e': 0, '2': 12, '3': 12, '4': 12, '5': 12, '6': 9 }, { sector: 'agriculture-crop', revenue, plannedRevenue }, 'circular-09-2017'),
      fresh(CIRCULAR_09_2017),
    );
    expect(result.criteria.find((c) => c.id === '1a')).toMatchObject({ points, source: 'computed' });
  });

  it('09/2017: computed criterion-1 points win over the sheet even when every criterion is on the sheet', () => {
    const full = {
      sector: 'agriculture-crop',
      sanctioned: false,
      revenue: 12_000_000_000,
      plannedRevenue: 10_000_000_000,
      incomePerMember: 12_000_000,
      afterTaxProfit: 1_000_000_000,
      funds: { development: 300_000_000, reserve: 60_000_000 },
    };
    const sheet = { '1a': 0, '1b': 0, '1c': 0, '1d': 0, '1e': 0, '2': 12, '3': 12, '4': 12, '5': 12, '6': 9 };
    const result = grade(rec(sheet, full, 'circular-09-2017'), fresh(CIRCULAR_09_2017));
    expect([result.grade, result.totalHundredths]).toEqual(['good', 9500]);
    expect(result.criteria.filter((c) => c.parent === '1').map((c) => [c.id, c.points, c.source])).toEqual([
      ['1a', 8, 'computed'],
      ['1b', 10, 'computed'],
      ['1c', 10, 'computed'],
      ['1d', 5, 'computed'],
      ['1e', 5, 'computed'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.criterion, w.details])).toEqual([
      ['RULEBOOK_GAP', '2', GAP_09_DETAILS],
      ['SHEET_DIFFERS_FROM_COMPUTED', '1a', { sheet: 0, computed: 8 }],
      ['SHEET_DIFFERS_FROM_COMPUTED', '1b', { sheet: 0, computed: 10 }],
      ['SHEET_DIFFERS_FROM_COMPUTED', '1c', { sheet: 0, computed: 10 }],
      ['SHEET_DIFFERS_FROM_COMPUTED', '1d', { sheet: 0, computed: 5 }],
      ['SHEET_DIFFERS_FROM_COMPUTED', '1e', { sheet: 0, computed: 5 }],
    ]);
  });

  it('a rulebook whose only criterion is tiered: the figures win over a complete sheet', () => {
    const only = book([group('G', null, [{ id: 't', max: 100, tiers: tiers({ field: 'revenue' }, [{ lt: 10, points: 40 }, { gte: 10, points: 90 }]) }])], { id: 'only-tiers' });
    const result = grade(rec({ t: 40 }, { revenue: 10 }, 'only-tiers'), only);
    expect([result.grade, result.total]).toEqual(['good', 90]);
  });

  it.each([
    ['no field and no ratio', {}],
    ['a numerator without a denominator', { numerator: 'revenue' }],
    ['a denominator without a numerator', { denominator: 'revenue' }],
  ])('a measure with %s computes nothing: the sheet is used', (_, measure) => {
    const rb = tierBook(tiers(measure, [{ points: 7 }]), 'odd-measure');
    expect(tOf(rb, { revenue: 5 }, 2)).toEqual({ points: 2, source: 'sheet', total: 52 });
  });

  it('bands that do not reach the value (a rulebook not checked by defineRulebook): the sheet is used', () => {
    const rb = tierBook(tiers({ field: 'revenue' }, [{ gte: 10, points: 7 }]), 'partial-bands');
    expect(tOf(rb, { revenue: 5 }, 2)).toEqual({ points: 2, source: 'sheet', total: 52 });
    expect(tOf(tierBook(tiers({ field: 'revenue' }, [{ gte: 10, points: 7 }]), 'partial-bands'), { revenue: 10 }, 2)).toEqual({
      points: 7,
      source: 'computed',
      total: 57,
    });
  });

  it('a sheet point that is not a number at all (a bigint) is INVALID_POINTS', () => {
    const record = rec({ '2': 5n, '3': 12, '4': 12, '5': 12, '6': 9 }, { sector: 'agriculture-crop', ...FULL_09_FOR_POINTS }, 'circular-09-2017');
    expect(codeAndDetails(() => grade(record, fresh(CIRCULAR_09_2017)))).toEqual({
      code: 'INVALID_POINTS',
      details: { criterion: '2', received: 5n, organisationId: 'HTX-T', year: 2024 },
    });
  });
});

const FULL_09_FOR_POINTS = {
  revenue: 12_000_000_000,
  plannedRevenue: 10_000_000_000,
  incomePerMember: 12_000_000,
  afterTaxProfit: 1_000_000_000,
  funds: { development: 300_000_000, reserve: 60_000_000 },
};
