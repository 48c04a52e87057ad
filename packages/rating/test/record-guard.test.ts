/**
 * Pins the observable behaviour of the record guard (`checkRecords`) that its fast paths must keep:
 * which fields are checked (every checkable field of `RECORD_FIELDS`), the order of issues, what is read
 * (every field of the table once, by name, in a fixed order, whatever the record's prototype or the
 * field's enumerability — as the evaluator reads it), where a throwing getter is reported, the
 * MAX_ISSUES cap, that sheet points are left to grading, and that the date check answers exactly like
 * `isCivilDate`.
 */
import { RECORD_FIELDS, isCivilDate, isCoopError, type RecordFieldType } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ISSUES } from '../src/internal/evaluation-guard.js';
import { checkRecords } from '../src/internal/evaluation-records.js';

interface Failure {
  code: string;
  message: string;
  details: { index?: unknown; field?: unknown; path?: unknown; issues: Array<{ path: Array<string | number>; code: string; message: { vi: string; en: string }; received?: string }> };
}

/** The error `checkRecords` throws, or `undefined` when the records pass. */
const failure = (records: readonly unknown[], prefix: Array<string | number> = []): Failure | undefined => {
  try {
    checkRecords(records, prefix);
    return undefined;
  } catch (error) {
    if (!isCoopError(error)) throw error;
    return error as unknown as Failure;
  }
};
const paths = (records: readonly unknown[]) => failure(records)?.details.issues.map((issue) => issue.path.join('.'));

const valid = (): Record<string, unknown> => ({
  organisationId: 'HTX-1',
  year: 2024,
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode: '19',
  foundedOn: '2010-05-06',
  revenue: 5_000_000_000,
  flags: { highTech: true },
  managers: { total: 3 },
  sheet: { rulebook: 'circular-01-2020', points: { '1a': 6, '5': 8, '10': 6 } },
});

type Checked = 'number' | 'boolean' | 'date';
const checkedAs = (type: RecordFieldType): Checked | undefined =>
  type === 'boolean' ? 'boolean' : type === 'date' ? 'date' : type === 'enum' || type === 'text' ? undefined : 'number';
const CHECKED = (Object.entries(RECORD_FIELDS) as Array<[string, RecordFieldType]>).flatMap(([path, type]) => {
  const check = checkedAs(type);
  return check === undefined ? [] : [{ path, check }];
});
const BAD: Record<Checked, unknown> = { number: '12', boolean: 1, date: '2025-02-30' };
const GOOD: Record<Checked, unknown> = { number: 0.5, boolean: false, date: '2024-02-29' };
const EXPECTED: Record<Checked, string> = {
  number: 'Expected a finite number (or the field absent)',
  boolean: 'Expected true or false (or the field absent)',
  date: 'Expected a YYYY-MM-DD date (or the field absent)',
};
/** Sets a (possibly dotted) field on a fresh copy of a record. */
const withField = (record: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> => {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) return { ...record, [head]: value };
  return { ...record, [head]: { ...(record[head] as object | undefined), [tail]: value } };
};

describe('checkRecords — the fields checked', () => {
  it('checks every checkable field of RECORD_FIELDS (top level and groups)', () => {
    expect(CHECKED.length).toBeGreaterThan(20);
    for (const { path, check } of CHECKED) {
      expect(failure([withField(valid(), path, GOOD[check])]), path).toBeUndefined();
      expect(failure([withField(valid(), path, undefined)]), path).toBeUndefined();
      const error = failure([valid(), withField(valid(), path, BAD[check])], ['records']);
      expect(error?.code, path).toBe('INVALID_RECORD');
      expect(error?.details.index).toBe(1);
      expect(error?.details.field).toBe(path);
      expect(error?.details.path).toEqual(['records', 1, ...path.split('.')]);
      expect(error?.details.issues).toHaveLength(1);
      expect(error?.details.issues[0]).toMatchObject({ code: 'invalid_value', message: { en: EXPECTED[check] } });
    }
  });

  it('reports every bad field of one record — top-level ones, then the groups, in table order whatever the key order — past the cap', () => {
    const top = CHECKED.filter(({ path }) => !path.includes('.'));
    const grouped = CHECKED.filter(({ path }) => path.includes('.'));
    const bad: Record<string, unknown> = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: '19' };
    for (const { path, check } of [...top].reverse()) bad[path] = BAD[check];
    for (const { path, check } of [...grouped].reverse()) {
      const [group, key] = path.split('.') as [string, string];
      bad[group] = { ...(bad[group] as object | undefined), [key]: BAD[check] };
    }
    const expected = [...top, ...grouped].map(({ path }) => `0.${path}`);
    expect(expected.length).toBeGreaterThan(MAX_ISSUES);
    expect(paths([bad, bad])).toEqual(expected);
  });

  it('leaves sheet points to grading: any values pass the guard, only the points object is checked', () => {
    const points = { b: 'x', '10': null, a: Number.NaN, '1a': 'y' };
    expect(failure([{ ...valid(), sheet: { rulebook: 'circular-01-2020', points } }])).toBeUndefined();
    expect(paths([{ ...valid(), sheet: { rulebook: 'r', points: null } }])).toEqual(['0.sheet.points']);
  });

  it('keeps the shape errors: groups, sheet, points, records', () => {
    expect(paths([{ ...valid(), flags: null, funds: [], managers: 3 }])).toEqual(['0.funds', '0.flags', '0.managers']);
    expect(failure([{ ...valid(), sheet: { rulebook: '', points: [] } }])?.details.issues.map((i) => [i.path.join('.'), i.message.en])).toEqual([
      ['0.sheet.rulebook', 'Expected a rulebook id'],
      ['0.sheet.points', 'Points must be an object'],
    ]);
    expect(paths([null, [], 'x', valid()])).toEqual(['0', '1', '2']);
  });
});

describe('checkRecords — what is read', () => {
  it('every field is read, whatever the prototype or enumerability (as the evaluator reads it)', () => {
    const hidden = Object.defineProperty(valid(), 'revenue', { value: 'x', enumerable: false });
    expect(paths([hidden])).toEqual(['0.revenue']);
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, valid(), { revenue: 'x' });
    expect(paths([nullProto])).toEqual(['0.revenue']);
    const { revenue: _revenue, ...rest } = valid();
    const inherited = Object.assign(Object.create({ revenue: 'x', monthsOperating: '12' }) as Record<string, unknown>, rest);
    expect(paths([inherited])).toEqual(['0.revenue', '0.monthsOperating']);
    class Row {
      foundedOn = '2010-01-01';
      get revenue(): unknown {
        return Number.POSITIVE_INFINITY;
      }
    }
    expect(paths([Object.assign(new Row(), { ...rest, foundedOn: '2024-13-01' })])).toEqual(['0.foundedOn', '0.revenue']);
  });

  it('group fields are read whether enumerable, own or inherited', () => {
    const flags = Object.defineProperty(Object.create({ ocopProduct: 'yes' }) as object, 'highTech', { value: 0, enumerable: false });
    expect(paths([{ ...valid(), flags }])).toEqual(['0.flags.highTech', '0.flags.ocopProduct']);
  });

  it('reads each value once, in a fixed order (a logging Proxy sees the same operations as before)', () => {
    const log: string[] = [];
    const spy = <T extends object>(target: T, tag: string): T =>
      new Proxy(target, {
        get: (t, key, receiver) => {
          log.push(`get ${tag}.${String(key)}`);
          return Reflect.get(t, key, receiver);
        },
        ownKeys: (t) => {
          log.push(`ownKeys ${tag}`);
          return Reflect.ownKeys(t);
        },
        getOwnPropertyDescriptor: (t, key) => {
          log.push(`descriptor ${tag}.${String(key)}`);
          return Reflect.getOwnPropertyDescriptor(t, key);
        },
        getPrototypeOf: (t) => {
          log.push(`prototype ${tag}`);
          return Reflect.getPrototypeOf(t);
        },
        has: (t, key) => {
          log.push(`has ${tag}.${String(key)}`);
          return Reflect.has(t, key);
        },
      });
    const record = spy(
      {
        organisationId: 'HTX-1',
        year: 2024,
        kind: 'cooperative',
        sector: 'other',
        areaCode: '19',
        revenue: 1,
        extra: 'ignored',
        foundedOn: '2020-01-31',
        flags: spy({ highTech: true }, 'flags'),
        sheet: spy({ rulebook: 'r', points: spy({ b: 1, '7': 2 }, 'points') }, 'sheet'),
      },
      'r',
    );
    expect(failure([record])).toBeUndefined();
    const groupReads = (group: string) => [
      `get r.${group}`,
      ...CHECKED.filter(({ path }) => path.startsWith(`${group}.`)).map(({ path }) => `get ${path}`),
    ];
    const fieldReads = [
      ...CHECKED.filter(({ path }) => !path.includes('.')).map(({ path }) => `get r.${path}`),
      'get r.funds', // not present: its fields are not read
      ...groupReads('flags'),
      'get r.managers',
      'get r.farmLand',
    ];
    expect(log).toEqual([
      ...['organisationId', 'areaCode', 'year', 'kind', 'sector', 'grade', 'name'].map((key) => `get r.${key}`),
      ...fieldReads,
      'get r.sheet',
      'get sheet.rulebook',
      'get sheet.points',
    ]);

    // When a read throws, the record is read again key by key, in the same order, up to the throw.
    log.length = 0;
    const farmLand = spy(Object.defineProperty({ areaHa: 2 }, 'productValue', { enumerable: true, get: () => { throw new Error('late'); } }), 'farmLand');
    const throwing = spy({ organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'other', areaCode: '19', managers: spy({}, 'managers'), farmLand }, 'r');
    expect(failure([throwing])?.details.issues.map((issue) => issue.path.join('.'))).toEqual(['0.farmLand.productValue']);
    const once = [
      ...CHECKED.filter(({ path }) => !path.includes('.')).map(({ path }) => `get r.${path}`),
      'get r.funds',
      'get r.flags',
      ...groupReads('managers'),
      ...groupReads('farmLand'),
    ];
    expect(log).toEqual([...['organisationId', 'areaCode', 'year', 'kind', 'sector', 'grade', 'name'].map((key) => `get r.${key}`), ...once, ...once]);
  });

  it('a getter that throws is reported at its record and field; fields read before it keep their issues', () => {
    const throwing = (message: string) => ({
      enumerable: true,
      get(): never {
        throw new Error(message);
      },
    });
    const top = Object.defineProperty({ ...valid(), organisationId: '' }, 'revenue', throwing('top'));
    const group = { ...valid(), funds: Object.defineProperty({}, 'reserve', throwing('group')) };
    const point = { ...valid(), sheet: { rulebook: 'r', points: Object.defineProperty({ a: 'x' }, 'b', throwing('point')) } };
    const hiddenTop = Object.defineProperty(valid(), 'revenue', { ...throwing('hidden'), enumerable: false });
    const extra = Object.defineProperty(valid(), 'extra', throwing('extra'));
    const keys = new Proxy(valid(), {
      ownKeys() {
        throw new Error('keys');
      },
    });
    const error = failure([top, group, point, hiddenTop, extra, keys]);
    // Points are grading's business, a key outside the table is never read, nor are a record's keys.
    expect(error?.details.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message.en])).toEqual([
      ['0.organisationId', 'invalid_type', 'Expected a non-empty string'],
      ['0.revenue', 'unreadable', 'The value cannot be read (it threw: top)'],
      ['1.funds.reserve', 'unreadable', 'The value cannot be read (it threw: group)'],
      ['3.revenue', 'unreadable', 'The value cannot be read (it threw: hidden)'],
    ]);
  });

  it('does not mutate records, and a check run inside a getter (re-entrant) does not disturb the outer one', () => {
    const inner = [{ ...valid(), foundedOn: 'x', revenue: 'y' }];
    let innerPaths: string[] | undefined;
    const outer = Object.defineProperty({ organisationId: 'HTX-9', year: 2024, kind: 'union', sector: 'other', areaCode: '1', monthsSuspended: 'z' }, 'revenue', {
      enumerable: true,
      get() {
        innerPaths = paths(inner);
        return 'w';
      },
    });
    const records = [valid(), outer, { ...valid(), foundedOn: 7 }];
    const before = JSON.stringify(records);
    expect(paths(records)).toEqual(['1.revenue', '1.monthsSuspended', '2.foundedOn']);
    expect(innerPaths).toEqual(['0.foundedOn', '0.revenue']);
    expect(JSON.stringify(records)).toBe(before);
  });

  it('finds the checked fields whatever the key order, record after record', () => {
    const fields = ['revenue', 'foundedOn', 'monthsOperating', 'sanctioned', 'officialMembers', 'organisationId', 'flags'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.shuffledSubarray(fields), fc.nat(fields.length)), { minLength: 1, maxLength: 12 }), (specs) => {
        const records = specs.map(([order, badAt]) => {
          const base = valid();
          const record: Record<string, unknown> = { year: 2024, kind: 'union', sector: 'other', areaCode: 'A', organisationId: 'B' };
          for (const key of order) record[key] = key === 'sanctioned' ? true : key === 'flags' ? {} : base[key] ?? 1;
          const bad = order[badAt % Math.max(order.length, 1)];
          if (bad !== undefined && bad !== 'organisationId' && bad !== 'flags') record[bad] = null;
          return { record, bad: bad === 'organisationId' || bad === 'flags' ? undefined : bad };
        });
        const expected = records.flatMap(({ bad }, i) => (bad === undefined ? [] : [`${i}.${bad}`]));
        expect(paths(records.map(({ record }) => record)) ?? []).toEqual(expected.slice(0, MAX_ISSUES));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('checkRecords — dates answer exactly like isCivilDate', () => {
  const accepted = (date: unknown) => failure([{ ...valid(), foundedOn: date }]) === undefined;

  it('over every month 00–13 and day 00–32 of leap and common years, and near-misses', () => {
    for (const year of ['0000', '0004', '1900', '2000', '2023', '2024', '2100', '9999']) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          for (const text of [date, `${date} `, ` ${date}`, `${date}\n`, date.replace('-', '/'), date.slice(1), date.replace('0', '٠')]) {
            expect(accepted(text), JSON.stringify(text)).toBe(isCivilDate(text));
          }
        }
      }
    }
  });

  it('over arbitrary strings and values', () => {
    const dateLike = fc
      .tuple(fc.stringMatching(/^[0-9]{4}$/), fc.stringMatching(/^[0-9]{2}$/), fc.stringMatching(/^[0-9]{2}$/))
      .map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 }), fc.anything()), (value) => {
        if (value === undefined) return;
        expect(accepted(value)).toBe(isCivilDate(value));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
