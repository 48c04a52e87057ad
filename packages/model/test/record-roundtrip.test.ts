import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADES } from '../src/grade.js';
import { ORGANISATION_KINDS, SECTORS } from '../src/organisation.js';
import { parseYearlyRecord, parseYearlyRecords } from '../src/parse.js';
import { formatNumber } from '../src/format.js';
import { RECORD_FIELDS, readRecordField, type RecordField, type RecordFieldType } from '../src/record-fields.js';
import { YearlyRecordSchema, type YearlyRecord } from '../src/yearly-record.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const identity = { organisationId: 'X', year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'HN' } as const;

/** Sets a dotted path on a plain object (test data only). */
const withField = (base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> => {
  const [group, leaf] = path.split('.') as [string, string | undefined];
  if (leaf === undefined) return { ...base, [group]: value };
  return { ...base, [group]: { ...(base[group] as Record<string, unknown> | undefined), [leaf]: value } };
};

/** Whether the schema allows a negative amount in a field (probed, not hard-coded). */
const allowsNegative = (path: string): boolean => YearlyRecordSchema.safeParse(withField({ ...identity }, path, -1)).success;

const civilDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const arbitraryFor = (path: RecordField, type: RecordFieldType): fc.Arbitrary<unknown> => {
  switch (type) {
    case 'count':
      return fc.maxSafeInteger().map(Math.abs);
    case 'vnd':
      return allowsNegative(path) ? fc.maxSafeInteger() : fc.maxSafeInteger().map(Math.abs);
    case 'months':
      return fc.integer({ min: 0, max: 12 });
    case 'boolean':
      return fc.boolean();
    case 'hectares':
      return fc.double({ min: 0, max: 1e9, noNaN: true }).map((value) => (value === 0 ? 0 : value));
    case 'date':
      return civilDate;
    case 'enum':
      return path === 'kind' ? fc.constantFrom(...ORGANISATION_KINDS) : fc.constantFrom(...SECTORS);
    case 'text':
      return fc.string({ minLength: 1, maxLength: 12 });
  }
};

const FIELD_ENTRIES = Object.entries(RECORD_FIELDS) as Array<[RecordField, RecordFieldType]>;

/** Any valid yearly record, generated from the field table plus the identity fields it does not list. */
const arbRecord: fc.Arbitrary<YearlyRecord> = fc
  .tuple(
    fc.record({
      organisationId: fc.string({ minLength: 1, maxLength: 12 }),
      year: fc.integer({ min: 1900, max: 2199 }),
      kind: fc.constantFrom(...ORGANISATION_KINDS),
      sector: fc.constantFrom(...SECTORS),
      areaCode: fc.string({ minLength: 1, maxLength: 8 }),
    }),
    fc.record(
      {
        name: fc.string({ minLength: 1, maxLength: 20 }),
        grade: fc.constantFrom(...GRADES, 'not-rated' as const),
        sheet: fc.record({
          rulebook: fc.string({ minLength: 1, maxLength: 12 }),
          points: fc.dictionary(
            fc.string({ minLength: 1, maxLength: 4 }).filter((key) => !FORBIDDEN.has(key)),
            fc.double({ min: 0, max: 1000, noNaN: true }).map((value) => (value === 0 ? 0 : value)),
            { maxKeys: 5 },
          ),
        }),
      },
      { requiredKeys: [] },
    ),
    fc.tuple(...FIELD_ENTRIES.map(([path, type]) => fc.option(arbitraryFor(path, type), { nil: undefined }))),
  )
  .map(([required, optional, values]) => {
    let record: Record<string, unknown> = { ...required, ...optional };
    FIELD_ENTRIES.forEach(([path], index) => {
      const value = values[index];
      if (value !== undefined && !(path in required)) record = withField(record, path, value);
    });
    // Respect the cross-field rules so every generated record is valid.
    const operating = record['monthsOperating'] as number | undefined;
    const suspended = record['monthsSuspended'] as number | undefined;
    if (operating !== undefined && suspended !== undefined && suspended > operating) record['monthsSuspended'] = operating;
    const managers = record['managers'] as { total?: number; directorProgrammeTrained?: number } | undefined;
    if (managers?.total !== undefined && managers.directorProgrammeTrained !== undefined && managers.directorProgrammeTrained > managers.total) {
      record['managers'] = { ...managers, directorProgrammeTrained: managers.total };
    }
    return record as unknown as YearlyRecord;
  });

describe('yearly record round trip', () => {
  it('the generator covers every field of the table', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbRecord, (record) => {
        for (const [path] of FIELD_ENTRIES) if (readRecordField(record, path) !== undefined) seen.add(path);
      }),
      { numRuns: 200 },
    );
    expect([...seen].sort()).toEqual(FIELD_ENTRIES.map(([path]) => path).sort());
  });

  it('any valid record survives JSON.stringify, JSON.parse and parseYearlyRecord unchanged', () => {
    fc.assert(
      fc.property(arbRecord, (record) => {
        const result = parseYearlyRecord(JSON.parse(JSON.stringify(record)));
        if (!result.ok) expect(result.issues).toEqual([]);
        expect(result.ok && result.value).toEqual(record);
      }),
      { numRuns: 300 },
    );
  });

  it('parsing a valid record directly gives an equal, separate value', () => {
    fc.assert(
      fc.property(arbRecord, (record) => {
        const result = parseYearlyRecord(record);
        expect(result.ok && result.value).toEqual(record);
        expect(result.ok && result.value).not.toBe(record);
      }),
      { numRuns: 100 },
    );
  });

  it('lists of valid records with distinct identities round-trip too', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbRecord, { selector: (record) => `${record.organisationId} ${record.year}`, maxLength: 8 }), (records) => {
        const result = parseYearlyRecords(JSON.parse(JSON.stringify(records)));
        expect(result.ok && result.value).toEqual(records);
      }),
      { numRuns: 100 },
    );
  });

  it('whole numbers written the Vietnamese way come back through CSV coercion', () => {
    const counts = FIELD_ENTRIES.filter(([, type]) => type === 'count' || type === 'vnd').map(([path]) => path);
    fc.assert(
      fc.property(fc.constantFrom(...counts), fc.maxSafeInteger().map(Math.abs), (path, value) => {
        const row = withField({ ...identity, year: '2024' }, path, formatNumber(value, 'vi'));
        const result = parseYearlyRecord(row, { coerce: 'csv' });
        expect(result.ok && readRecordField(result.value, path)).toBe(value);
      }),
    );
  });

  it('arbitrary JSON never makes the parser throw', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const value: unknown = JSON.parse(text);
        expect(typeof parseYearlyRecord(value).ok).toBe('boolean');
        expect(typeof parseYearlyRecord(value, { coerce: 'csv' }).ok).toBe('boolean');
        expect(typeof parseYearlyRecords([value, value]).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('JSON objects shaped like records with random values never make the parser throw', () => {
    const keys = [...Object.keys(identity), ...FIELD_ENTRIES.map(([path]) => path.split('.')[0] ?? path), 'sheet', 'grade', 'name'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()), (overrides) => {
        expect(typeof parseYearlyRecord({ ...identity, ...overrides }).ok).toBe('boolean');
        expect(typeof parseYearlyRecord({ ...identity, ...overrides }, { coerce: 'csv' }).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
