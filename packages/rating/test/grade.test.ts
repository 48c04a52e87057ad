import { GRADE_LABELS, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { grade } from '../src/grade.js';
import { GRADE_LABEL } from '../src/internal/grade-labels.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { BASE, sheetOf } from './fixtures/sheets.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';

const withPoints = (points: Record<string, number>, extra: Partial<YearlyRecord> = {}): YearlyRecord => ({
  ...BASE,
  sheet: { rulebook: 'circular-01-2020', points },
  ...extra,
});


describe('grade (Circular 01/2020)', () => {
  it('runs the TSDoc example', () => {
    const points = {
      '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2,
      '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4,
      '10': 5, '11': 5, '12': 5, '13': 0.5, '14': 4, '15': 0.49,
    };
    const result = grade(withPoints(points), { rulebook: CIRCULAR_01_2020 });
    expect([result.status, result.total, result.grade]).toEqual(['rated', 79.99, 'fair']);
    expect(result.margins.up).toEqual({ grade: 'good', points: 0.01, pointsHundredths: 1 });
    expect(result.rulebook).toMatchObject({ id: 'circular-01-2020', inForce: true, maxTotal: 100 });
    expect(result.label).toEqual({ vi: 'Khá', en: 'Fair' });
    expect(result.warnings).toEqual([]);
  });

  it('accepts a rulebook alone as the options', () => {
    expect(grade(withPoints(sheetOf(80)), CIRCULAR_01_2020).grade).toBe('good');
  });

  it('has the same grade labels as @coop/model', () => {
    for (const g of ['good', 'fair', 'average', 'weak'] as const) expect(GRADE_LABEL[g]).toEqual(GRADE_LABELS[g]);
  });

  it('lists each criterion against its maximum, with its source, and the groups against their caps', () => {
    const result = grade(withPoints(sheetOf(85)), { rulebook: CIRCULAR_01_2020 });
    const byId = Object.fromEntries(result.criteria.map((c) => [c.id, c]));
    expect(byId['1']).toMatchObject({ level: 'criterion', points: 7, max: 7, source: 'sum', group: 'I' });
    expect(byId['1a']).toMatchObject({ level: 'sub-criterion', parent: '1', points: 6, max: 6, source: 'sheet' });
    expect(byId['10']).toMatchObject({ points: 25, max: null, source: 'sheet', group: 'III' });
    expect(result.criteria.filter((c) => c.level === 'criterion')).toHaveLength(15);
    expect(result.groups).toEqual([
      { id: 'I', cap: 30, points: 30, pointsHundredths: 3000 },
      { id: 'II', cap: 30, points: 30, pointsHundredths: 3000 },
      { id: 'III', cap: 40, points: 25, pointsHundredths: 2500 },
    ]);
    const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    expect(json['criteria']).toHaveLength(result.criteria.length);
    expect(json['grade']).toBe('good');
    expect(json['margins']).toEqual(result.margins);
  });

  it('a sheet for another rulebook is a typed error', () => {
    const record = { ...BASE, sheet: { rulebook: 'circular-09-2017', points: {} } };
    expect(codeAndDetails(() => grade(record, { rulebook: CIRCULAR_01_2020 }))).toMatchObject({
      code: 'RULEBOOK_MISMATCH',
      details: { expected: 'circular-01-2020', received: 'circular-09-2017' },
    });
  });

  it.each([
    ['a cooperative group', { kind: 'cooperative-group' }],
    ['a people\'s credit fund (finance)', { sector: 'finance' }],
  ] as const)('%s is not rated: out of scope', (_, extra) => {
    const result = grade(withPoints(sheetOf(90), extra), { rulebook: CIRCULAR_01_2020 });
    expect(result.status).toBe('not-rated');
    expect(result.reason?.code).toBe('out-of-scope');
    expect(result.grade).toBeUndefined();
    expect(result.criteria).toEqual([]);
  });

  it('unions are in scope of 01/2020 but not of 09/2017; non-agricultural sectors are out of 09/2017', () => {
    expect(grade(withPoints(sheetOf(90), { kind: 'union' }), CIRCULAR_01_2020).status).toBe('rated');
    const agriUnion = { ...BASE, kind: 'union', sector: 'agriculture-crop' } as const;
    expect(grade(agriUnion, CIRCULAR_09_2017).reason?.code).toBe('out-of-scope');
    expect(grade({ ...BASE }, CIRCULAR_09_2017).reason?.code).toBe('out-of-scope');
  });

  it('a criterion neither on the sheet nor computable makes the result incomplete', () => {
    const points = sheetOf(90);
    delete points['3b'];
    delete points['15'];
    const result = grade(withPoints(points), { rulebook: CIRCULAR_01_2020 });
    expect(result.status).toBe('incomplete');
    expect(result.missing).toEqual(['3b', '15']);
    expect(result.total).toBeUndefined();
    expect(result.criteria.find((c) => c.id === '3b')).toMatchObject({ source: 'missing' });
    expect(result.criteria.find((c) => c.id === '3')).toMatchObject({ source: 'missing' });
    expect(result.label.en).toMatch(/Incomplete/);
    const none = grade({ ...BASE }, { rulebook: CIRCULAR_01_2020 });
    expect(none.status).toBe('incomplete');
    expect(none.missing).toHaveLength(23);
  });

  it('points above a maximum are an error naming the criterion; clamp: true clamps and warns', () => {
    const points = { ...sheetOf(70), '1a': 6.5 };
    expect(codeAndDetails(() => grade(withPoints(points), { rulebook: CIRCULAR_01_2020 }))).toMatchObject({
      code: 'POINTS_ABOVE_MAXIMUM',
      details: { criterion: '1a', points: 6.5, max: 6 },
    });
    const clamped = grade(withPoints(points), { rulebook: CIRCULAR_01_2020, clamp: true });
    expect(clamped.total).toBe(70);
    expect(clamped.warnings.map((w) => [w.code, w.criterion])).toEqual([['POINTS_CLAMPED', '1a']]);
    expect(clamped.criteria.find((c) => c.id === '1a')?.points).toBe(6);
  });

  it('a group above its cap (group III > 40, criteria maxima unknown) is an error, or clamped with a warning', () => {
    const points = { ...sheetOf(100), '11': 0.5 };
    expect(codeAndDetails(() => grade(withPoints(points), { rulebook: CIRCULAR_01_2020 }))).toMatchObject({
      code: 'POINTS_ABOVE_MAXIMUM',
      details: { criterion: 'III', kind: 'group', points: 40.5, max: 40 },
    });
    const clamped = grade(withPoints(points), { rulebook: CIRCULAR_01_2020, clamp: true });
    expect(clamped.total).toBe(100);
    expect(clamped.warnings.map((w) => w.code)).toEqual(['GROUP_ABOVE_CAP']);
    expect(clamped.groups.find((g) => g.id === 'III')?.points).toBe(40);
  });

  it('points with more than two decimals, negative or non-numeric are INVALID_POINTS', () => {
    for (const bad of [0.125, -1, Number.NaN, '5' as unknown as number]) {
      expect(codeAndDetails(() => grade(withPoints({ ...sheetOf(70), '5': bad }), CIRCULAR_01_2020))).toMatchObject({
        code: 'INVALID_POINTS',
        details: { criterion: '5' },
      });
    }
  });

  it('warns about criteria on the sheet unknown to the rulebook', () => {
    const result = grade(withPoints({ ...sheetOf(70), '16': 3, '1z': 1 }), CIRCULAR_01_2020);
    expect(result.grade).toBe('fair');
    expect(result.total).toBe(70);
    expect(result.warnings.map((w) => [w.code, w.criterion])).toEqual([
      ['UNKNOWN_CRITERION', '16'],
      ['UNKNOWN_CRITERION', '1z'],
    ]);
  });

  it('a criterion total (e.g. "1") is not scored: the sub-criteria are, and the total is reported as ignored', () => {
    const points: Record<string, number> = { ...sheetOf(80), '1': 5 };
    const both = grade(withPoints(points), CIRCULAR_01_2020);
    expect(both.total).toBe(80);
    expect(both.warnings.map((w) => [w.code, w.criterion])).toEqual([['UNKNOWN_CRITERION', '1']]);
    delete points['1a'];
    delete points['1b'];
    const alone = grade(withPoints(points), CIRCULAR_01_2020);
    expect(alone.status).toBe('incomplete');
    expect(alone.missing).toEqual(['1a', '1b']);
  });

  it('grading 2025 or later (or before 2020) with 01/2020 warns RULEBOOK_NOT_IN_FORCE', () => {
    const r2025 = grade(withPoints(sheetOf(80), { year: 2025 }), CIRCULAR_01_2020);
    expect(r2025.grade).toBe('good');
    expect(r2025.rulebook.inForce).toBe(false);
    expect(r2025.warnings.map((w) => w.code)).toEqual(['RULEBOOK_NOT_IN_FORCE']);
    expect(r2025.warnings[0]?.message.en).toMatch(/78\/2025\/TT-BTC/);
    const r2019 = grade(withPoints(sheetOf(80)), { rulebook: CIRCULAR_01_2020, year: 2019 });
    expect(r2019.year).toBe(2019);
    expect(r2019.warnings[0]?.message.en).toMatch(/not in force on 31 December 2019/);
    for (const year of [2020, 2021, 2022, 2023, 2024]) {
      expect(grade(withPoints(sheetOf(80)), { rulebook: CIRCULAR_01_2020, year }).rulebook.inForce).toBe(true);
    }
  });

  it('warns when a not-rated rule cannot be checked (field absent), and still rates', () => {
    const { monthsOperating: _m, monthsSuspended: _s, ...rest } = withPoints(sheetOf(80));
    const result = grade(rest as YearlyRecord, CIRCULAR_01_2020);
    expect(result.grade).toBe('good');
    expect(result.warnings.map((w) => [w.code, w.details?.['field']])).toEqual([
      ['NOT_RATED_RULE_UNCHECKED', 'monthsOperating'],
      ['NOT_RATED_RULE_UNCHECKED', 'monthsSuspended'],
    ]);
  });

  it('09/2017: computed points win over the sheet, with a warning when they differ', () => {
    const record: YearlyRecord = {
      ...BASE,
      sector: 'agriculture-livestock',
      revenue: 6_000_000_000,
      plannedRevenue: 5_000_000_000,
      sheet: { rulebook: 'circular-09-2017', points: { '1a': 4, '1c': 4, '1d': 0, '1e': 0, '2': 10, '3': 10, '4': 10, '5': 10, '6': 10 } },
    };
    const result = grade(record, CIRCULAR_09_2017);
    expect(result.status).toBe('rated');
    expect(result.criteria.find((c) => c.id === '1a')).toMatchObject({ points: 8, source: 'computed' });
    expect(result.criteria.find((c) => c.id === '1b')).toMatchObject({ points: 8, source: 'computed' });
    expect(result.total).toBe(8 + 8 + 4 + 50);
    expect(result.warnings.map((w) => [w.code, w.criterion ?? w.details?.['field']])).toEqual([
      ['OVERRIDE_UNCHECKED', 'sanctioned'],
      ['RULEBOOK_GAP', '2'], // the known gap of criterion 2 (issue 16)
      ['SHEET_DIFFERS_FROM_COMPUTED', '1a'],
    ]);
  });

  it('09/2017: criteria 2–6 share the derived cap of 62', () => {
    const record: YearlyRecord = {
      ...BASE,
      sector: 'agriculture-general',
      sanctioned: false,
      sheet: { rulebook: 'circular-09-2017', points: { '1a': 8, '1b': 10, '1c': 10, '1d': 5, '1e': 5, '2': 20, '3': 20, '4': 20, '5': 2, '6': 0.5 } },
    };
    expect(codeAndDetails(() => grade(record, CIRCULAR_09_2017))).toMatchObject({ code: 'POINTS_ABOVE_MAXIMUM', details: { criterion: 'g2-6' } });
    expect(grade(record, { rulebook: CIRCULAR_09_2017, clamp: true }).total).toBe(100);
  });

  it('bad inputs are typed errors, never TypeErrors', () => {
    expect(codeAndDetails(() => grade(null as never, CIRCULAR_01_2020)).code).toBe('INVALID_RECORD');
    expect(codeAndDetails(() => grade(withPoints({}), null as never)).code).toBe('INVALID_OPTIONS');
    expect(codeAndDetails(() => grade(withPoints({}), { rulebook: {} as never })).code).toBe('INVALID_RULEBOOK');
    expect(codeAndDetails(() => grade({ ...BASE, sheet: 'x' } as never, CIRCULAR_01_2020)).code).toBe('INVALID_RECORD');
    const trap = { ...withPoints(sheetOf(80)), get monthsOperating(): number { throw new Error('boom'); } };
    expect(codeAndDetails(() => grade(trap, CIRCULAR_01_2020)).code).toBe('INVALID_INPUT');
  });
});
