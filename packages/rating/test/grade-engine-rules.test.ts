/**
 * The grading engine's rules, pinned on small purpose-built rulebooks (each validated by
 * `defineRulebook`, so every one is a rulebook a user could legally define) and on the two circulars:
 * criterion maxima and parent caps wherever the parent sits, group caps (none, 0, partial), the exact
 * breakdown (`criteria`, `groups`, `margins`), warnings with their details, several overrides, the
 * not-rated rules' unchecked-field warnings, typed errors for malformed records and options, and the
 * agreement of the fast pass with the general pass.
 *
 * Each test defines its rulebook afresh (a new object): compiled rulebooks and result contexts are
 * cached per rulebook object, and a fresh one makes every test exercise the whole pipeline.
 */
import { isCoopError, type YearlyRecord } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRulebook } from '../src/define-rulebook.js';
import { grade } from '../src/grade.js';
import { gradeEach, gradeMany } from '../src/grade-many.js';
import type { OverrideRule, Rulebook, RulebookCriterion, RulebookGroup } from '../src/rulebook.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { BASE, record09, sheetOf } from './fixtures/sheets.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';

const label = (s: string) => ({ vi: s, en: s });
const crit = (id: string, max: number | null, criteria?: RulebookCriterion[]): RulebookCriterion => ({
  id,
  title: label(id),
  max,
  ...(criteria === undefined ? {} : { criteria }),
});
const group = (id: string, cap: number | null, criteria: RulebookCriterion[]): RulebookGroup => ({ id, title: label(id), cap, criteria });

/** A fresh, valid rulebook `custom` (scope and dates of 01/2020; grades good ≥ half the total, else weak). */
const book = (groups: RulebookGroup[], total: number): Rulebook =>
  defineRulebook({
    ...CIRCULAR_01_2020,
    id: 'custom',
    total,
    groups,
    notRated: [],
    overrides: [],
    grades: [
      { grade: 'good', gte: total / 2 },
      { grade: 'weak', lt: total / 2 },
    ],
  });

const on = (points: Record<string, number>, extra: Partial<YearlyRecord> = {}): YearlyRecord => ({
  ...BASE,
  sheet: { rulebook: 'custom', points },
  ...extra,
});


const fresh01 = (): Rulebook => defineRulebook(CIRCULAR_01_2020);
const fresh09 = (overrides?: OverrideRule[]): Rulebook =>
  defineRulebook(overrides === undefined ? CIRCULAR_09_2017 : { ...CIRCULAR_09_2017, overrides });

const ABOVE = (criterion: string, kind: 'criterion' | 'group', points: number, max: number) => ({
  code: 'POINTS_ABOVE_MAXIMUM',
  details: { criterion, kind, points, max, organisationId: 'HTX-1', year: 2024 },
});
const clampWarning = (code: 'POINTS_CLAMPED' | 'GROUP_ABOVE_CAP', id: string, points: number, max: number) => ({
  code,
  criterion: id,
  message: {
    vi: `${id}: ${points} điểm, vượt mức tối đa ${max}; tính ${max}.`,
    en: `${id}: ${points} points, above the maximum ${max}; counted as ${max}.`,
  },
  details: { points, max },
});

// ---------------------------------------------------------------------------------------------------

describe('criterion maxima and parent caps', () => {
  // Parent `p` (max 5) has a sub-criterion of unknown maximum, so its cap is a real constraint.
  const parentFirst = () => book([group('A', null, [crit('p', 5, [crit('p1', null), crit('p2', 2)])]), group('B', null, [crit('q', 3)])], 8);
  const parentLast = () => book([group('B', null, [crit('q', 3)]), group('A', null, [crit('p', 5, [crit('p1', null), crit('p2', 2)])])], 8);

  it.each([
    ['the first criterion', parentFirst],
    ['the last criterion', parentLast],
  ])('a parent above its maximum (%s) throws, or is clamped with a warning', (_, make) => {
    const over = on({ q: 1, p1: 4, p2: 2 });
    expect(codeAndDetails(() => grade(over, { rulebook: make() }))).toEqual(ABOVE('p', 'criterion', 6, 5));
    const clamped = grade(over, { rulebook: make(), clamp: true });
    expect([clamped.status, clamped.totalHundredths, clamped.grade]).toEqual(['rated', 600, 'good']);
    expect(clamped.warnings).toEqual([clampWarning('POINTS_CLAMPED', 'p', 6, 5)]);
    expect(clamped.criteria.find((c) => c.id === 'p')).toEqual({ id: 'p', level: 'criterion', group: 'A', max: 5, source: 'sum', points: 5, pointsHundredths: 500 });
    // The group breakdown counts the clamped parent, so the groups add up to the total.
    expect(clamped.groups.map((g) => [g.id, g.pointsHundredths])).toEqual(
      make === parentFirst ? [['A', 500], ['B', 100]] : [['B', 100], ['A', 500]],
    );
  });

  it.each([
    ['the first criterion', parentFirst, 750],
    ['the last criterion', parentLast, 750],
  ])('a parent within its maximum (%s) counts the sum of its sub-criteria', (_, make, total) => {
    const r = grade(on({ q: 3, p1: 2.5, p2: 2 }), { rulebook: make() });
    expect([r.status, r.totalHundredths, r.total]).toEqual(['rated', total, total / 100]);
    expect(r.warnings).toEqual([]);
  });

  it('lists the exact breakdown: sums below the maximum, parents only on sub-criteria, nothing extra', () => {
    const r = grade(on({ p1: 2.5, p2: 1.5, q: 3 }), { rulebook: parentFirst() });
    expect(r.criteria).toStrictEqual([
      { id: 'p', level: 'criterion', group: 'A', max: 5, source: 'sum', points: 4, pointsHundredths: 400 },
      { id: 'p1', level: 'sub-criterion', group: 'A', parent: 'p', max: null, source: 'sheet', points: 2.5, pointsHundredths: 250 },
      { id: 'p2', level: 'sub-criterion', group: 'A', parent: 'p', max: 2, source: 'sheet', points: 1.5, pointsHundredths: 150 },
      { id: 'q', level: 'criterion', group: 'B', max: 3, source: 'sheet', points: 3, pointsHundredths: 300 },
    ]);
    expect(r.groups).toStrictEqual([
      { id: 'A', cap: null, points: 4, pointsHundredths: 400 },
      { id: 'B', cap: null, points: 3, pointsHundredths: 300 },
    ]);
  });

  it('an incomplete sheet: missing criteria (and their parent, and their group) carry no points', () => {
    const r = grade(on({ p2: 1.5, q: 3 }), { rulebook: parentFirst() });
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['p1']);
    expect(r.margins).toStrictEqual({});
    expect(r.criteria).toStrictEqual([
      { id: 'p', level: 'criterion', group: 'A', max: 5, source: 'missing' },
      { id: 'p1', level: 'sub-criterion', group: 'A', parent: 'p', max: null, source: 'missing' },
      { id: 'p2', level: 'sub-criterion', group: 'A', parent: 'p', max: 2, source: 'sheet', points: 1.5, pointsHundredths: 150 },
      { id: 'q', level: 'criterion', group: 'B', max: 3, source: 'sheet', points: 3, pointsHundredths: 300 },
    ]);
    expect(r.groups).toStrictEqual([
      { id: 'A', cap: null },
      { id: 'B', cap: null, points: 3, pointsHundredths: 300 },
    ]);
  });

  it('a parent of unknown maximum is the plain sum of its sub-criteria', () => {
    const rb = book([group('A', null, [crit('r', null, [crit('r1', 2), crit('r2', 2)])])], 4);
    const r = grade(on({ r1: 1.5, r2: 2 }), { rulebook: rb });
    expect(r.totalHundredths).toBe(350);
    expect(r.criteria[0]).toStrictEqual({ id: 'r', level: 'criterion', group: 'A', max: null, source: 'sum', points: 3.5, pointsHundredths: 350 });
  });

  it('a maximum of 0 is a maximum: 0 is accepted, anything more is above it', () => {
    const make = () => book([group('Z', null, [crit('z', 0), crit('a', 5), crit('pz', 0, [crit('pz1', null)])])], 5);
    const ok = grade(on({ z: 0, a: 3, pz1: 0 }), { rulebook: make() });
    expect(ok.totalHundredths).toBe(300);
    expect(ok.criteria.map((c) => [c.id, c.max, c.points])).toEqual([['z', 0, 0], ['a', 5, 3], ['pz', 0, 0], ['pz1', null, 0]]);
    expect(codeAndDetails(() => grade(on({ z: 0.5, a: 3, pz1: 0 }), { rulebook: make() }))).toEqual(ABOVE('z', 'criterion', 0.5, 0));
    expect(codeAndDetails(() => grade(on({ z: 0, a: 3, pz1: 0.01 }), { rulebook: make() }))).toEqual(ABOVE('pz', 'criterion', 0.01, 0));
    const clamped = grade(on({ z: 0, a: 3, pz1: 0.5 }), { rulebook: make(), clamp: true });
    expect(clamped.totalHundredths).toBe(300);
    expect(clamped.criteria.find((c) => c.id === 'pz')?.points).toBe(0);
    expect(clamped.warnings).toEqual([clampWarning('POINTS_CLAMPED', 'pz', 0.5, 0)]);
  });

  it('a rulebook whose maxima are all known: points above one throw (the first such criterion)', () => {
    const make = () => book([group('G', null, [crit('k1', 2), crit('k2', 3)])], 5);
    expect(grade(on({ k1: 2, k2: 3 }), { rulebook: make() }).totalHundredths).toBe(500);
    expect(codeAndDetails(() => grade(on({ k1: 2.5, k2: 3.5 }), { rulebook: make() }))).toEqual(ABOVE('k1', 'criterion', 2.5, 2));
    const clamped = grade(on({ k1: 2.5, k2: 3.5 }), { rulebook: make(), clamp: true });
    expect(clamped.totalHundredths).toBe(500);
    expect(clamped.warnings).toEqual([clampWarning('POINTS_CLAMPED', 'k1', 2.5, 2), clampWarning('POINTS_CLAMPED', 'k2', 3.5, 3)]);
  });
});

describe('group caps', () => {
  // N: no cap; Z: cap 0 (criterion of unknown maximum); C: cap 5 with a criterion of unknown maximum; M: no cap, last.
  const groups4 = () =>
    book(
      [
        group('N', null, [crit('n', 10)]),
        group('Z', 0, [crit('z', null)]),
        group('C', 5, [crit('c1', null), crit('c2', 2)]),
        group('M', null, [crit('m', null)]),
      ],
      20,
    );

  it('within every cap: each group reports its own sum, uncapped groups included', () => {
    const r = grade(on({ n: 10, z: 0, c1: 3, c2: 2, m: 5.25 }), { rulebook: groups4() });
    expect(r.totalHundredths).toBe(2025);
    expect(r.groups).toStrictEqual([
      { id: 'N', cap: null, points: 10, pointsHundredths: 1000 },
      { id: 'Z', cap: 0, points: 0, pointsHundredths: 0 },
      { id: 'C', cap: 5, points: 5, pointsHundredths: 500 },
      { id: 'M', cap: null, points: 5.25, pointsHundredths: 525 },
    ]);
  });

  it.each([
    ['a cap of 0 (an early group)', { n: 2, z: 1, c1: 1, c2: 1, m: 0 }, ABOVE('Z', 'group', 1, 0)],
    ['a cap of 5 (a middle group)', { n: 2, z: 0, c1: 4, c2: 2, m: 0 }, ABOVE('C', 'group', 6, 5)],
  ])('points above %s throw, naming the group', (_, points, expected) => {
    expect(codeAndDetails(() => grade(on(points), { rulebook: groups4() }))).toEqual(expected);
  });

  it('clamp: every group above its cap counts its cap, with one warning per group in order', () => {
    const r = grade(on({ n: 2, z: 1, c1: 4, c2: 2, m: 1.5 }), { rulebook: groups4(), clamp: true });
    expect(r.totalHundredths).toBe(850);
    expect(r.groups).toStrictEqual([
      { id: 'N', cap: null, points: 2, pointsHundredths: 200 },
      { id: 'Z', cap: 0, points: 0, pointsHundredths: 0 },
      { id: 'C', cap: 5, points: 5, pointsHundredths: 500 },
      { id: 'M', cap: null, points: 1.5, pointsHundredths: 150 },
    ]);
    expect(r.warnings).toEqual([clampWarning('GROUP_ABOVE_CAP', 'Z', 1, 0), clampWarning('GROUP_ABOVE_CAP', 'C', 6, 5)]);
  });

  it('the last group: a cap of 0 clamps to 0; without a cap nothing is clamped', () => {
    const make = () => book([group('C', 5, [crit('c1', null), crit('c2', 2)]), group('Z', 0, [crit('z', null)])], 5);
    expect(codeAndDetails(() => grade(on({ c1: 1, c2: 1, z: 0.5 }), { rulebook: make() }))).toEqual(ABOVE('Z', 'group', 0.5, 0));
    const r = grade(on({ c1: 1, c2: 1, z: 0.5 }), { rulebook: make(), clamp: true });
    expect(r.totalHundredths).toBe(200);
    expect(r.groups.map((g) => g.pointsHundredths)).toEqual([200, 0]);
  });
});

describe('fast pass and general pass agree', () => {
  const LEAVES: ReadonlyArray<readonly [string, number | null]> = [
    ['1a', 6], ['1b', 1], ['2a', 5], ['2b', 1], ['3a', 4], ['3b', 3], ['3c', 4], ['4a', 2], ['4b', 2], ['4c', 2],
    ['5', 8], ['6', 6], ['7a', 2], ['7b', 2], ['7c', 2], ['8', 6], ['9', 4],
    ['10', null], ['11', null], ['12', null], ['13', null], ['14', null], ['15', null],
  ];
  /** 01/2020 with criterion 15 given tiers the records never feed: same rules, but always the general pass. */
  const generalOnly = (): Rulebook => {
    const data = JSON.parse(JSON.stringify(CIRCULAR_01_2020)) as { groups: Array<{ criteria: Array<Record<string, unknown>> }> };
    data.groups[2]!.criteria[5]!['tiers'] = { measure: { field: 'officialMembers' }, bands: [{ points: 0 }], citation: { document: 'test' } };
    return defineRulebook(data);
  };
  const outcome = (record: YearlyRecord, rulebook: Rulebook, clamp: boolean) => {
    try {
      const r = grade(record, { rulebook, clamp });
      return { status: r.status, total: r.totalHundredths, grade: r.grade, margins: r.margins, missing: r.missing, warnings: r.warnings, groups: r.groups };
    } catch (error) {
      return isCoopError(error) ? { code: error.code, details: error.details } : { other: String(error) };
    }
  };
  // Points in hundredths up to 120 % of each maximum (so some sheets exceed a maximum or the group-III cap).
  const sheetArb = fc.tuple(...LEAVES.map(([, max]) => fc.integer({ min: 0, max: max === null ? 900 : max * 120 }))).map((hs) =>
    Object.fromEntries(LEAVES.map(([id], i) => [id, hs[i]! / 100])),
  );

  it('on random sheets, within and above the maxima, with and without clamp', () => {
    const fast = fresh01();
    const general = generalOnly();
    fc.assert(
      fc.property(sheetArb, fc.boolean(), (points, clamp) => {
        const record: YearlyRecord = { ...BASE, sheet: { rulebook: 'circular-01-2020', points } };
        expect(outcome(record, fast, clamp)).toEqual(outcome(record, general, clamp));
      }),
      { numRuns: 300 },
    );
  });

  it('the rated total equals the sum of the group breakdown (fast total vs general breakdown)', () => {
    const fast = fresh01();
    for (const total of [0, 49.99, 50, 64.99, 65, 79.99, 80, 99.99, 100]) {
      const r = grade({ ...BASE, sheet: { rulebook: 'circular-01-2020', points: sheetOf(total) } }, fast);
      expect(r.groups.reduce((a, g) => a + g.pointsHundredths!, 0)).toBe(r.totalHundredths);
      expect(r.totalHundredths).toBe(Math.round(total * 100));
    }
  });

  it('an empty sheet is incomplete (all 23 criteria missing), not a total of nothing', () => {
    const r = grade({ ...BASE, sheet: { rulebook: 'circular-01-2020', points: {} } }, fresh01());
    expect(r.status).toBe('incomplete');
    expect(r.missing).toHaveLength(23);
    expect(r.totalHundredths).toBeUndefined();
  });

  it('sheet entries that are not scored criteria, even named "undefined", are reported and ignored', () => {
    const points = { ...sheetOf(72.5), undefined: 3, extra: 3 };
    const r = grade({ ...BASE, sheet: { rulebook: 'circular-01-2020', points } }, fresh01());
    expect(r.totalHundredths).toBe(7250);
    expect(r.warnings).toEqual(
      ['undefined', 'extra'].map((key) => ({
        code: 'UNKNOWN_CRITERION',
        criterion: key,
        message: { vi: `Bỏ qua "${key}": không phải tiêu chí được chấm.`, en: `Ignored "${key}": not a scored criterion.` },
      })),
    );
  });
});

describe('margins', () => {
  it.each([
    [100, {}, { grade: 'fair', pointsHundredths: 2000 }],
    [80, { grade: 'good' }, undefined],
    [72.5, { grade: 'good', pointsHundredths: 750 }, { grade: 'average', pointsHundredths: 750 }],
    [0, { grade: 'average', pointsHundredths: 5000 }, undefined],
  ] as const)('%s points: the margins up and down, and no key for a side without a band', (total, up, down) => {
    const r = grade({ ...BASE, sheet: { rulebook: 'circular-01-2020', points: sheetOf(total) } }, fresh01());
    const m = r.margins;
    if (total === 100) expect(Object.keys(m)).toEqual(['down']);
    if (total === 0) expect(Object.keys(m)).toEqual(['up']);
    if ('pointsHundredths' in up) expect(m.up).toEqual({ ...up, points: up.pointsHundredths / 100 });
    if (down !== undefined) expect(m.down).toEqual({ ...down, points: down.pointsHundredths / 100 });
  });
});

describe('Circular 09/2017: computed criteria, overrides', () => {
  // Every scored 09/2017 result carries the known gap of criterion 2 (issue 16: Appendix 1 not read).
  const GAP = { code: 'RULEBOOK_GAP', criterion: '2', message: CIRCULAR_09_2017.gaps![0]!.label, details: { gap: 'criterion-2-sub-items', document: 'Thông tư 09/2017/TT-BNNPTNT', clause: 'Điều 4.2; Phụ lục 1' } };
  const FIGURES = {
    revenue: 12_000_000_000,
    plannedRevenue: 10_000_000_000,
    incomePerMember: 12_000_000,
    afterTaxProfit: 1_000_000_000,
    funds: { development: 300_000_000, reserve: 60_000_000 },
  };
  const agri = (sheet: Record<string, number>, extra: Partial<YearlyRecord> = {}): YearlyRecord =>
    record09(sheet, { monthsSuspended: 0, ...FIGURES, ...extra });
  const REST = { '2': 12, '3': 12, '4': 12, '5': 12, '6': 9 };

  it('a complete sheet agreeing with the figures: 95 points, good, no warning, no override', () => {
    const r = grade(agri({ '1a': 8, '1b': 10, '1c': 10, '1d': 5, '1e': 5, ...REST }), fresh09());
    expect([r.status, r.totalHundredths, r.grade, r.pointsGrade]).toEqual(['rated', 9500, 'good', 'good']);
    expect(r.warnings).toEqual([GAP]);
    expect(r.overrides).toEqual([]);
    expect(r.margins).toEqual({ down: { grade: 'fair', points: 15, pointsHundredths: 1500 } });
  });

  it('a complete sheet disagreeing with the figures: the figures win, with the exact warning', () => {
    const r = grade(agri({ '1a': 4, '1b': 10, '1c': 10, '1d': 0.5, '1e': 5, ...REST }), fresh09());
    expect(r.totalHundredths).toBe(9500);
    expect(r.warnings).toEqual([
      GAP,
      {
        code: 'SHEET_DIFFERS_FROM_COMPUTED',
        criterion: '1a',
        message: { vi: '1a: phiếu chấm 4, tính từ số liệu 8; dùng 8.', en: '1a: the sheet says 4, the figures give 8; 8 is used.' },
        details: { sheet: 4, computed: 8 },
      },
      {
        code: 'SHEET_DIFFERS_FROM_COMPUTED',
        criterion: '1d',
        message: { vi: '1d: phiếu chấm 0.5, tính từ số liệu 5; dùng 5.', en: '1d: the sheet says 0.5, the figures give 5; 5 is used.' },
        details: { sheet: 0.5, computed: 5 },
      },
    ]);
  });

  const SANCTION = CIRCULAR_09_2017.overrides[0]!;
  const SUSPENDED: OverrideRule = {
    code: 'suspended-at-all',
    when: { field: 'monthsSuspended', gte: 1 },
    grade: 'average',
    label: label('Suspended in the year: average'),
    citation: { document: 'test' },
  };
  const FULL = { '1a': 8, '1b': 10, '1c': 10, '1d': 5, '1e': 5, ...REST };

  it.each([
    ['only the sanction fires', [SANCTION, SUSPENDED], { sanctioned: true }, 'weak', ['administrative-sanction']],
    ['only the suspension fires', [SANCTION, SUSPENDED], { monthsSuspended: 2 }, 'average', ['suspended-at-all']],
    ['both fire (weak listed first)', [SANCTION, SUSPENDED], { sanctioned: true, monthsSuspended: 2 }, 'weak', ['administrative-sanction', 'suspended-at-all']],
    ['both fire (weak listed last)', [SUSPENDED, SANCTION], { sanctioned: true, monthsSuspended: 2 }, 'weak', ['suspended-at-all', 'administrative-sanction']],
    ['none fires', [SUSPENDED, SANCTION], {}, 'good', []],
  ] as const)('overrides: %s (the worst fired grade wins)', (_, rules, extra, expected, fired) => {
    const r = grade(agri(FULL, extra), fresh09([...rules]));
    expect([r.grade, r.pointsGrade, r.totalHundredths]).toEqual([expected, 'good', 9500]);
    expect(r.overrides.map((o) => o.code)).toEqual(fired);
    expect(r.warnings).toEqual([GAP]);
    expect(Object.keys(r.margins)).toEqual(fired.length > 0 ? [] : ['down']);
  });

  it('an override whose field is absent is reported unchecked, only that one', () => {
    const { sanctioned: _s, ...rest } = agri(FULL);
    const r = grade(rest as YearlyRecord, fresh09([SANCTION, SUSPENDED]));
    expect(r.grade).toBe('good');
    expect(r.warnings.map((w) => [w.code, w.details])).toEqual([
      ['OVERRIDE_UNCHECKED', { rule: 'administrative-sanction', field: 'sanctioned' }],
      ['RULEBOOK_GAP', GAP.details],
    ]);
  });
});

describe('not-rated rules', () => {
  it.each([
    ['both fields present', { monthsOperating: 12, monthsSuspended: 5 }, []],
    ['monthsOperating absent', { monthsSuspended: 5 }, [['NOT_RATED_RULE_UNCHECKED', { rule: 'operating-under-12-months', field: 'monthsOperating' }]]],
  ] as const)('suspended 5 months, %s: not rated, warning only about rules not checked', (_, fields, warnings) => {
    const { monthsOperating: _m, monthsSuspended: _s, ...rest } = BASE;
    const record = { ...rest, ...fields, sheet: { rulebook: 'circular-01-2020', points: sheetOf(90) } } as YearlyRecord;
    const r = grade(record, fresh01());
    expect([r.status, r.reason?.code]).toEqual(['not-rated', 'suspended-over-3-months']);
    expect(r.warnings.map((w) => [w.code, w.details])).toEqual(warnings);
  });
});

describe('typed errors for malformed input', () => {
  const good = (): YearlyRecord => ({ ...BASE, sheet: { rulebook: 'circular-01-2020', points: sheetOf(80) } });
  const fnSheet = Object.assign(() => 0, { rulebook: 'circular-01-2020', points: sheetOf(80) });

  it.each([
    ['undefined', undefined, undefined],
    ['a number', 42, undefined],
    ['a numeric organisationId', { ...good(), organisationId: 42 }, 2024],
    ['a numeric kind', { ...good(), kind: 42 }, 2024],
    ['a numeric sector', { ...good(), sector: 42 }, 2024],
    ['a fractional year', { ...good(), year: 2024.5 }, 2024.5],
    ['a null sheet', { ...good(), sheet: null }, 2024],
    ['a function as the sheet', { ...good(), sheet: fnSheet }, 2024],
    ['numeric sheet points', { ...good(), sheet: { rulebook: 'circular-01-2020', points: 5 } }, 2024],
    ['null sheet points', { ...good(), sheet: { rulebook: 'circular-01-2020', points: null } }, 2024],
  ])('a record with %s is INVALID_RECORD (with the year)', (_, record, year) => {
    expect(codeAndDetails(() => grade(record as never, fresh01()))).toEqual({ code: 'INVALID_RECORD', details: { year } });
    expect(codeAndDetails(() => gradeMany([record as never], { rulebook: fresh01() }))).toEqual({ code: 'INVALID_RECORD', details: { year } });
  });

  it.each([
    ['null', null, 'object'],
    ['a number', 5, 'number'],
    ['a string', 'circular-01-2020', 'string'],
  ])('options that are %s are INVALID_OPTIONS, in grade, gradeMany and gradeEach', (_, options, received) => {
    const expected = { code: 'INVALID_OPTIONS', details: { received } };
    expect(codeAndDetails(() => grade(good(), options as never))).toEqual(expected);
    expect(codeAndDetails(() => gradeMany([good()], options as never))).toEqual(expected);
    expect(codeAndDetails(() => [...gradeEach([good()], options as never)])).toEqual(expected);
  });

  it.each([
    ['an Error', new Error('boom'), 'Error'],
    ['a RangeError', new RangeError('boom'), 'RangeError'],
    ['a string', 'boom', 'string'],
  ])('a getter throwing %s becomes INVALID_INPUT with the cause', (_, failure, cause) => {
    const trap = { ...good(), get monthsOperating(): number { throw failure; } };
    expect(codeAndDetails(() => grade(trap, fresh01()))).toEqual({ code: 'INVALID_INPUT', details: { cause } });
  });
});

describe('gradeMany and gradeEach', () => {
  const over = (): YearlyRecord => ({ ...BASE, sheet: { rulebook: 'circular-01-2020', points: { ...sheetOf(70), '1a': 6.5 } } });
  function* generate(records: unknown[]) {
    yield* records as YearlyRecord[];
  }

  it('a null or undefined record without a fixed year is INVALID_RECORD from arrays, iterables and streams', () => {
    for (const bad of [null, undefined]) {
      const expected = { code: 'INVALID_RECORD', details: { year: undefined } };
      expect(codeAndDetails(() => gradeMany([bad as never], { rulebook: fresh01() }))).toEqual(expected);
      expect(codeAndDetails(() => gradeMany(generate([bad]), { rulebook: fresh01() }))).toEqual(expected);
      expect(codeAndDetails(() => [...gradeEach([bad as never], { rulebook: fresh01() })])).toEqual(expected);
      expect(codeAndDetails(() => gradeMany([bad as never], { rulebook: fresh01(), year: 2024 }))).toEqual({ code: 'INVALID_RECORD', details: { year: 2024 } });
    }
  });

  it('clamp applies to every record; without it the first record above a maximum throws', () => {
    const records = [over(), { ...over(), organisationId: 'HTX-2' }];
    for (const run of [
      (clamp?: boolean) => gradeMany(records, { rulebook: fresh01(), ...(clamp === undefined ? {} : { clamp }) }),
      (clamp?: boolean) => gradeMany(generate(records), { rulebook: fresh01(), ...(clamp === undefined ? {} : { clamp }) }),
      (clamp?: boolean) => [...gradeEach(records, { rulebook: fresh01(), ...(clamp === undefined ? {} : { clamp }) })],
    ]) {
      const clamped = run(true);
      expect(clamped.map((r) => [r.organisationId, r.totalHundredths, r.warnings.map((w) => w.code)])).toEqual([
        ['HTX-1', 7000, ['POINTS_CLAMPED']],
        ['HTX-2', 7000, ['POINTS_CLAMPED']],
      ]);
      expect(codeAndDetails(() => run(false))).toEqual(ABOVE('1a', 'criterion', 6.5, 6));
      expect(codeAndDetails(() => run())).toEqual(ABOVE('1a', 'criterion', 6.5, 6));
    }
  });

  it('grade itself: clamp true clamps, false and absent throw, on a freshly defined rulebook', () => {
    expect(grade(over(), { rulebook: fresh01(), clamp: true }).totalHundredths).toBe(7000);
    expect(codeAndDetails(() => grade(over(), { rulebook: fresh01(), clamp: false }))).toEqual(ABOVE('1a', 'criterion', 6.5, 6));
    expect(codeAndDetails(() => grade(over(), fresh01()))).toEqual(ABOVE('1a', 'criterion', 6.5, 6));
  });
});

describe('a sheet point that is not a number', () => {
  it('is INVALID_POINTS under every rulebook (the fast pass never throws on it)', async () => {
    const { CIRCULAR_01_2020, CIRCULAR_09_2017 } = await import('../src/index.js');
    for (const [rulebook, id] of [[CIRCULAR_01_2020, '1a'], [CIRCULAR_09_2017, '2']] as const) {
      const points: Record<string, unknown> = {};
      for (const c of rulebook.groups.flatMap((g) => g.criteria.flatMap((k) => (k.criteria?.length ? k.criteria : [k])))) points[c.id] = 0;
      for (const bad of [1n, Symbol('x'), '3']) {
        points[id] = bad;
        const record = { organisationId: 'X', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'A', monthsOperating: 12, monthsSuspended: 0, sheet: { rulebook: rulebook.id, points } };
        let code: string | undefined;
        try {
          grade(record as never, { rulebook, year: 2022 });
        } catch (error) {
          code = (error as { code?: string }).code;
        }
        expect(code, `${rulebook.id} ${String(typeof bad)}`).toBe('INVALID_POINTS');
      }
    }
  });
});
