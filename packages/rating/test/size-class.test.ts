import type { YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { sizeClass } from '../src/size-class.js';

const BN = 1_000_000_000;
const rec = (extra: Partial<YearlyRecord>): YearlyRecord => ({
  organisationId: 'S',
  year: 2023,
  kind: 'cooperative',
  sector: 'trade-services',
  areaCode: 'X',
  ...extra,
});

describe('sizeClass', () => {
  it('Circular 01/2020 by members: micro < 50, small 50–300, medium > 300–1 000, large > 1 000', () => {
    const on = '2023-12-31';
    expect([49, 50, 300, 301, 1000, 1001].map((officialMembers) => sizeClass(rec({ officialMembers }), { on }).class)).toEqual([
      'micro', 'small', 'small', 'medium', 'medium', 'large',
    ]);
    expect(sizeClass(rec({ officialMembers: 60 }), { on }).rule?.id).toBe('circular-01-2020-members');
    expect(sizeClass(rec({}), { on })).toMatchObject({ class: 'unknown', reason: 'missing-data', missing: ['officialMembers'] });
  });

  it('Circular 01/2020 by capital: micro < 1 bn, small 1 to < 5 bn, higher not recovered', () => {
    const on = '2022-06-30';
    const by = (totalCapital: number) => sizeClass(rec({ totalCapital }), { on, basis: 'capital' });
    expect(by(BN - 1).class).toBe('micro');
    expect(by(BN).class).toBe('small');
    expect(by(5 * BN - 1).class).toBe('small');
    expect(by(5 * BN)).toMatchObject({ class: 'unknown', reason: 'not-recovered' });
  });

  it('Decree 113/2024 for agriculture from 2024-11-01, at every edge', () => {
    const on = '2024-11-01';
    const agri = (officialMembers: number, revenue: number, totalCapital: number) =>
      sizeClass(rec({ sector: 'agriculture-crop', officialMembers, revenue, totalCapital }), { on }).class;
    expect(agri(300, 50 * BN, 0)).toBe('large');
    expect(agri(300, 0, 10 * BN)).toBe('large');
    expect(agri(299, 50 * BN, 10 * BN)).toBe('medium');
    expect(agri(300, 50 * BN - 1, 10 * BN - 1)).toBe('medium');
    expect(agri(200, 10 * BN, 0)).toBe('medium');
    expect(agri(200, 10 * BN - 1, 5 * BN - 1)).toBe('small');
    expect(agri(50, 2 * BN, 0)).toBe('small');
    expect(agri(50, 0, BN)).toBe('small');
    expect(agri(49, 100 * BN, 100 * BN)).toBe('micro');
    expect(agri(50, 2 * BN - 1, BN - 1)).toBe('micro');
    expect(sizeClass(rec({ sector: 'agriculture-crop', officialMembers: 400 }), { on })).toMatchObject({ class: 'unknown', reason: 'missing-data' });
    expect(sizeClass(rec({ sector: 'agriculture-crop', officialMembers: 40 }), { on }).class).toBe('micro');
  });

  it('Decree 113/2024 industry–construction: only "large" is known', () => {
    const on = '2025-03-01';
    expect(sizeClass(rec({ sector: 'industry-construction', officialMembers: 100, revenue: 80 * BN }), { on }).class).toBe('large');
    expect(sizeClass(rec({ sector: 'industry-construction', officialMembers: 99, revenue: 80 * BN }), { on })).toMatchObject({
      class: 'unknown',
      reason: 'not-recovered',
      rule: { id: 'decree-113-2024' },
    });
    expect(sizeClass(rec({ officialMembers: 2000 }), { on })).toMatchObject({ class: 'unknown', reason: 'not-recovered' });
  });

  it('picks the rule in force on the day', () => {
    const r = rec({ sector: 'agriculture-crop', officialMembers: 320, revenue: 12 * BN });
    expect(sizeClass(r, { on: '2024-10-31' }).rule?.id).toBe('circular-01-2020-members');
    expect(sizeClass(r, { on: '2024-11-01' }).rule?.id).toBe('decree-113-2024');
    expect(sizeClass(r, { on: '2019-12-31' })).toMatchObject({ class: 'unknown', reason: 'no-rule' });
    expect(sizeClass(rec({ kind: 'cooperative-group', officialMembers: 5 }), { on: '2023-01-01' }).reason).toBe('no-rule');
    expect(() => sizeClass(r, { on: '2024' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
