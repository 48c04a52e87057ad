/**
 * `RECORD_FIELD_RANGES` is the one definition of a valid number in a record: the record schema accepts
 * exactly its ranges (the evaluators of @coop/rating check records against the same table).
 */
import { describe, expect, it } from 'vitest';
import { RECORD_FIELD_RANGES, RECORD_FIELDS, parseYearlyRecord } from '../src/index.js';

const BASE = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X' };

/** A record with one field (dotted paths go into their group) set to `value`. */
const withField = (path: string, value: number): Record<string, unknown> => {
  const [head, tail] = path.split('.') as [string, string | undefined];
  return { ...BASE, [head]: tail === undefined ? value : { [tail]: value } };
};
const accepts = (path: string, value: number): boolean => parseYearlyRecord(withField(path, value)).ok;

describe('RECORD_FIELD_RANGES', () => {
  it('covers every numeric field of RECORD_FIELDS, and nothing else', () => {
    const numeric = Object.entries(RECORD_FIELDS)
      .filter(([, type]) => ['count', 'vnd', 'months', 'hectares'].includes(type))
      .map(([path]) => path);
    expect(Object.keys(RECORD_FIELD_RANGES).sort()).toEqual(numeric.sort());
  });

  for (const [path, range] of Object.entries(RECORD_FIELD_RANGES)) {
    it(`the record schema accepts exactly ${path} in [${range.min}, ${range.max}]${range.integer ? ', whole' : ''}`, () => {
      expect(accepts(path, range.min)).toBe(true);
      expect(accepts(path, range.max)).toBe(true);
      expect(accepts(path, range.min - 1)).toBe(false);
      expect(accepts(path, range.max + 1)).toBe(false);
      expect(accepts(path, Math.min(range.max, Math.max(range.min, 0)) + (range.max > 0 ? 0.5 : -0.5))).toBe(!range.integer);
    });
  }

  it('negative revenue and 13 months operating are out of range', () => {
    expect(RECORD_FIELD_RANGES.revenue.min).toBe(0);
    expect(RECORD_FIELD_RANGES.monthsOperating.max).toBe(12);
  });
});
