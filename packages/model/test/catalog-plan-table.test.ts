import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../src/catalog/index.js';
import { formatComparator, planTable } from '../src/catalog/plan-table.js';

describe('planTable', () => {
  const rows = planTable();

  it('renders a row for every target and one for every plan without targets', () => {
    const expected = PLANS.reduce((total, plan) => total + Math.max(plan.targets.length, 1), 0);
    expect(rows.length).toBe(expected);
    for (const plan of PLANS) expect(rows.some((row) => row.plan === plan.id), plan.id).toBe(true);
    for (const row of rows) {
      expect(row.comparator.length).toBeGreaterThan(0);
      expect(row.source.length).toBeGreaterThan(0);
      if (row.target !== '') {
        expect(row.deadline).toBeGreaterThanOrEqual(2025);
        expect(row.phrase.length).toBeGreaterThan(0);
      }
    }
  });

  it('writes comparators as in the domain notes', () => {
    const comparator = (plan: string, target: string) =>
      rows.find((row) => row.plan === plan && row.target === target)?.comparator;
    expect(comparator('mard-2803-2023', 'good-or-fair-share')).toBe('> 60 %');
    expect(comparator('mard-2803-2023', 'high-tech-count')).toBe('> 5000');
    expect(comparator('quang-nam-106-2023', 'mean-revenue')).toBe('>= 5 000 000 000 VND');
    expect(comparator('quang-nam-106-2023', 'enterprise-linked-share')).toBe('≈ 30 %');
    expect(comparator('quang-nam-106-2023', 'value-per-area-growth')).toBe('growth >= 10 %');
    expect(comparator('quang-nam-106-2023', 'revenue-growth')).toBe('yearly growth >= 5 %');
    expect(comparator('district-155-2023', 'coop-group-count')).toBe('range 20–25');
    expect(comparator('district-155-2023', 'weak-count')).toBe('= 0');
    expect(comparator('thai-nguyen-42-2024', 'model-coop-per-district')).toBe('>= 1 in each district');
    expect(rows.find((row) => row.plan === 'resolution-134-2020')?.label).toBe('No numeric targets (49 tasks)');
    expect(rows.find((row) => row.plan === 'thai-nguyen-42-2024')?.source).toBe('Kế hoạch 42/KH-UBND II.2');
  });

  it('renders Vietnamese labels and words on request', () => {
    const vi = planTable({ lang: 'vi' });
    expect(vi.find((row) => row.target === 'model-coop-per-district')?.comparator).toBe('>= 1 ở mỗi huyện');
    expect(vi.find((row) => row.plan === 'resolution-134-2020')?.label).toBe('Không có chỉ tiêu định lượng (49 nhiệm vụ)');
  });

  it('throws UNKNOWN_INDICATOR for a target whose indicator is not given', () => {
    expect(() => planTable({ indicators: [] })).toThrow(expect.objectContaining({ code: 'UNKNOWN_INDICATOR' }));
  });

  it('formatComparator keeps the exact value of a simple comparator', () => {
    fc.assert(
      fc.property(fc.constantFrom('>', '>=', '<', '<=', '=') , fc.integer({ min: 0, max: 10 ** 12 }), (kind, value) => {
        const text = formatComparator({ kind, value }, 'count');
        expect(text.startsWith(`${kind} `)).toBe(true);
        expect(Number(text.slice(kind.length + 1).replace(/ /g, ''))).toBe(value);
      }),
    );
  });
});
