/**
 * One definition of a valid record: the evaluators' record check accepts a number in a record within
 * the bounds `parseYearlyRecord` of @coop/model accepts (both read `RECORD_FIELD_RANGES`). The model's
 * whole-number rule is not enforced by the evaluators yet: a fractional amount passes there.
 */
import { RECORD_FIELD_RANGES, parseYearlyRecord } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecords } from '../src/internal/evaluation-records.js';

const BASE = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X' };

const withField = (path: string, value: number): Record<string, unknown> => {
  const [head, tail] = path.split('.') as [string, string | undefined];
  return { ...BASE, [head]: tail === undefined ? value : { [tail]: value } };
};

/** The issues of the record check, as `path code` strings (none: accepted). */
const checkIssues = (record: unknown): string[] => {
  try {
    checkRecords([record], []);
    return [];
  } catch (error) {
    const issues = (error as { details: { issues: Array<{ path: unknown[]; code: string }> } }).details.issues;
    return issues.map((i) => `${i.path.join('.')} ${i.code}`);
  }
};

describe('the record check uses the model’s ranges', () => {
  it('rejects a negative revenue and 13 months operating, as parseYearlyRecord does', () => {
    expect(checkIssues(withField('revenue', -1))).toEqual(['0.revenue too_small']);
    expect(checkIssues(withField('monthsOperating', 13))).toEqual(['0.monthsOperating too_big']);
    expect(checkIssues(withField('officialMembers', 2.5))).toEqual([]); // the model's whole-number rule: not yet here
    expect(checkIssues(withField('farmLand.areaHa', -0.5))).toEqual(['0.farmLand.areaHa too_small']);
    expect(checkIssues(withField('afterTaxProfit', -5_000_000))).toEqual([]);
    for (const [path, value] of [['revenue', -1], ['monthsOperating', 13]] as const) {
      expect(parseYearlyRecord(withField(path, value)).ok).toBe(false);
    }
  });

  it('a record out of range is INVALID_RECORD naming its index and field', () => {
    let details: Record<string, unknown> = {};
    try {
      checkRecords([BASE, withField('monthsSuspended', 13)], ['records']);
    } catch (error) {
      details = (error as { code: string; details: Record<string, unknown> }).details;
      expect((error as { code: string }).code).toBe('INVALID_RECORD');
    }
    expect(details).toMatchObject({ index: 1, field: 'monthsSuspended', path: ['records', 1, 'monthsSuspended'] });
  });

  it('accepts a whole number exactly when the model does, for every numeric field', () => {
    const paths = Object.keys(RECORD_FIELD_RANGES);
    const value = fc.oneof(
      fc.integer({ min: -20, max: 20 }),
      fc.double({ min: -1e10, max: 1e10, noNaN: true }).map(Math.round),
      fc.constantFrom(0, 12, 13, -1, 1e9, 1e9 + 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), value, (path, v) => {
        const record = withField(path, v);
        expect(checkIssues(record).length === 0).toBe(parseYearlyRecord(record).ok);
      }),
      { numRuns: 600 },
    );
  });

  it('a fractional number is judged by the bounds alone (farm land hectares as the model does)', () => {
    expect(checkIssues(withField('farmLand.areaHa', 0.5))).toEqual([]);
    expect(parseYearlyRecord(withField('farmLand.areaHa', 0.5)).ok).toBe(true);
    expect(checkIssues(withField('monthsOperating', 12.5))).toEqual(['0.monthsOperating too_big']);
  });
});
