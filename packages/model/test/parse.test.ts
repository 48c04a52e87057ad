import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  parseArea,
  parseAreas,
  parseIndicator,
  parseOrganisation,
  parsePlan,
  parseTarget,
  parseTask,
  parseYearlyRecord,
  parseYearlyRecords,
  type ParseOptions,
} from '../src/parse.js';
import type { ParseResult } from '../src/issue.js';

const rec = { organisationId: 'HTX-001', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'TNG' };
const csv: ParseOptions = { coerce: 'csv' };

const PARSERS: ReadonlyArray<readonly [string, (input: unknown, options?: ParseOptions) => ParseResult<unknown>]> = [
  ['parseOrganisation', parseOrganisation],
  ['parseYearlyRecord', parseYearlyRecord],
  ['parseYearlyRecords', parseYearlyRecords],
  ['parseArea', parseArea],
  ['parseAreas', parseAreas],
  ['parseIndicator', parseIndicator],
  ['parseTarget', parseTarget],
  ['parseTask', parseTask],
  ['parsePlan', parsePlan],
];

const issuesOf = (result: ParseResult<unknown>): Array<[string, string]> =>
  result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path.join('.')]);

describe('ISSUE_CODES', () => {
  it('has a Vietnamese and an English template for every code, with known placeholders only', () => {
    for (const [code, template] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z_]+$/);
      expect(template.vi.length).toBeGreaterThan(0);
      expect(template.en.length).toBeGreaterThan(0);
      expect(template.vi).not.toBe(template.en);
      for (const text of [template.vi, template.en]) {
        for (const match of text.matchAll(/\{(\w+)\}/g)) expect(['expected', 'received', 'detail']).toContain(match[1]);
      }
    }
  });

  it('includes the codes the brief names', () => {
    for (const code of [
      'invalid_type',
      'invalid_number',
      'too_small',
      'too_big',
      'not_integer',
      'invalid_date',
      'invalid_enum',
      'unknown_key',
      'forbidden_key',
      'missing',
      'invalid_union',
      'number_as_string',
      'custom',
    ]) {
      expect(Object.hasOwn(ISSUE_CODES, code)).toBe(true);
    }
  });
});

describe('issues', () => {
  it('carry expected and received, and messages in both languages', () => {
    const result = parseYearlyRecord({ ...rec, officialMembers: -3, revenue: 'abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const small = result.issues.find((issue) => issue.code === 'too_small');
    expect(small).toMatchObject({ path: ['officialMembers'], expected: '≥ 0', received: '-3' });
    expect(small?.message.en).toBe('Too small: expected ≥ 0, received -3');
    expect(small?.message.vi).toBe('Giá trị quá nhỏ: cần ≥ 0, nhận được -3');
    const type = result.issues.find((issue) => issue.code === 'invalid_type');
    expect(type).toMatchObject({ path: ['revenue'], expected: 'number', received: '"abc"' });
    expect(type?.message.vi).toBe('Sai kiểu dữ liệu: cần số, nhận được "abc"');
  });

  it('report every problem at once, in a stable order', () => {
    const input = { ...rec, year: 1800, officialMembers: 1.5, grade: 'A', extra: 1, foundedOn: '2025-13-01' };
    expect(issuesOf(parseYearlyRecord(input))).toEqual([
      ['too_small', 'year'],
      ['invalid_date', 'foundedOn'],
      ['not_integer', 'officialMembers'],
      ['invalid_enum', 'grade'],
      ['unknown_key', 'extra'],
    ]);
    expect(issuesOf(parseYearlyRecord(input))).toEqual(issuesOf(parseYearlyRecord(input)));
  });

  it('say which key of a map is bad', () => {
    const result = parseYearlyRecord({ ...rec, sheet: { rulebook: 'r', points: { '': 1 } } });
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({ code: 'invalid_key', received: '""' });
  });

  it('pick the closest branch of a union by its discriminating key', () => {
    const target = {
      id: 't',
      indicator: 'i',
      label: { vi: 'a', en: 'b' },
      deadline: 2030,
      source: { document: 'd' },
    };
    const kinds = parseTarget({ ...target, comparator: { kind: 'between', min: 1, max: 2 } });
    expect(kinds.ok ? [] : kinds.issues).toMatchObject([
      { code: 'invalid_enum', path: ['comparator', 'kind'], received: '"between"' },
    ]);
    if (!kinds.ok) expect(kinds.issues[0]?.expected).toContain('range');
    const missingKind = parseTarget({ ...target, comparator: { value: 60 } });
    expect(issuesOf(missingKind)).toEqual([['missing', 'comparator.kind']]);
    const growth = parseTarget({ ...target, comparator: { kind: 'growth', minPercent: 'ten' } });
    expect(issuesOf(growth)).toEqual([['invalid_type', 'comparator.minPercent']]);
  });

  it('merge a union of enums into one invalid_enum listing every value', () => {
    const result = parseYearlyRecord({ ...rec, grade: 'Tốt' });
    expect(result.ok ? undefined : result.issues[0]?.expected).toBe('good, fair, average, weak, not-rated');
  });
});

describe('fresh values, untouched input', () => {
  it('returns values that share nothing with the input', () => {
    const input = {
      ...rec,
      flags: { highTech: true },
      sheet: { rulebook: 'r', points: { '1a': 5 } },
      managers: { total: 2 },
    };
    const result = parseYearlyRecord(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(input);
    expect(result.value).not.toBe(input);
    expect(result.value.flags).not.toBe(input.flags);
    expect(result.value.sheet).not.toBe(input.sheet);
    expect(result.value.sheet?.points).not.toBe(input.sheet.points);
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('does not share defaults between results', () => {
    const area = { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' };
    const a = parseArea(area);
    const b = parseArea(area);
    if (!a.ok || !b.ok) throw new Error('expected valid areas');
    expect(a.value.successors).not.toBe(b.value.successors);
    expect(a.value.name).not.toBe(area.name);
  });

  it('never writes to the input (frozen input, also with CSV coercion)', () => {
    const input = Object.freeze({ ...rec, revenue: '5.000.000', flags: Object.freeze({ highTech: 'có' }), name: '' });
    const result = parseYearlyRecord(input, csv);
    expect(result.ok && result.value).toMatchObject({ revenue: 5_000_000, flags: { highTech: true } });
    expect(input).toEqual({ ...rec, revenue: '5.000.000', flags: { highTech: 'có' }, name: '' });
  });
});

describe('hostile input', () => {
  it('keeps Object.prototype clean with __proto__ at any depth', () => {
    const text = `{"organisationId": "A", "year": 2024, "kind": "cooperative", "sector": "finance", "areaCode": "HN",
      "sheet": {"rulebook": "r", "points": {"__proto__": {"polluted": 1}, "1a": 1}},
      "flags": {"__proto__": {"polluted": 2}}, "__proto__": {"polluted": 3}}`;
    const input: unknown = JSON.parse(text);
    const result = parseYearlyRecord(input);
    expect(issuesOf(result)).toEqual([
      ['forbidden_key', 'sheet.points.__proto__'],
      ['forbidden_key', 'flags.__proto__'],
      ['forbidden_key', '__proto__'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reports forbidden keys inside lists and unions', () => {
    const result = parseIndicator(
      JSON.parse(`{"id": "i", "label": {"vi": "a", "en": "b"}, "unit": "count", "direction": "band",
        "numerator": {"op": "count", "where": {"all": [{"field": "revenue", "gt": 0, "constructor": 1}]}}}`),
    );
    expect(issuesOf(result)).toEqual([['forbidden_key', 'numerator.where.all.0.constructor']]);
  });

  it('survives proxies whose traps throw, and revoked proxies', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { ownKeys: trap, getPrototypeOf: trap, get: trap, getOwnPropertyDescriptor: trap });
    expect(issuesOf(parseYearlyRecord(hostile))).toEqual([['unreadable_value', '']]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(parseOrganisation(proxy))).toEqual([['unreadable_value', '']]);
    expect(issuesOf(parseYearlyRecords([rec, proxy]))).toEqual([['unreadable_value', '1']]);
    const lyingArray = new Proxy([rec], { getOwnPropertyDescriptor: trap });
    expect(parseYearlyRecords(lyingArray).ok).toBe(false);
  });

  it('survives getters that throw non-errors and errors with throwing messages', () => {
    const nasty = Object.defineProperty({ ...rec }, 'name', {
      enumerable: true,
      get() {
        throw Object.defineProperty(new Error(), 'message', {
          get() {
            throw new Error('again');
          },
        });
      },
    });
    expect(issuesOf(parseYearlyRecord(nasty))).toEqual([['unreadable_value', 'name']]);
    const weird = Object.defineProperty({ ...rec }, 'name', {
      enumerable: true,
      get() {
        throw 42; // eslint-disable-line no-throw-literal
      },
    });
    expect(issuesOf(parseYearlyRecord(weird))).toEqual([['unreadable_value', 'name']]);
  });

  it('ignores non-enumerable properties like JSON does, and never calls toJSON or valueOf', () => {
    let called = false;
    const input = Object.defineProperty({ ...rec, revenue: { valueOf: () => ((called = true), 5) } }, 'hidden', { value: 1 });
    expect(issuesOf(parseYearlyRecord(input))).toEqual([['invalid_type', 'revenue']]);
    expect(called).toBe(false);
  });

  it('stops at the depth limit without overflowing the stack', () => {
    let where: unknown = { field: 'revenue', gt: 0 };
    for (let depth = 0; depth < 100_000; depth += 1) where = { not: where };
    const indicator = { id: 'i', label: { vi: 'a', en: 'b' }, unit: 'count', direction: 'band', numerator: { op: 'count', where } };
    const result = parseIndicator(indicator);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(['too_deep']);
    expect(parseIndicator({ ...indicator, numerator: { op: 'count', where: { not: { field: 'revenue', gt: 0 } } } }, { maxDepth: 2 }).ok).toBe(false);
    let list: unknown = [];
    for (let depth = 0; depth < 100_000; depth += 1) list = [list];
    expect(issuesOf(parseYearlyRecords(list))[0]?.[0]).toBe('too_deep');
  });

  it('stops at the size limit (sparse giant arrays, shared-reference bombs)', () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(issuesOf(parseYearlyRecords(sparse))).toEqual([['too_large', '']]);
    let bomb: Record<string, unknown> = { leaf: 1 };
    for (let level = 0; level < 40; level += 1) bomb = { a: bomb, b: bomb };
    expect(issuesOf(parseYearlyRecord({ ...rec, flags: bomb }, { maxNodes: 10_000 })).map(([code]) => code)).toEqual(['too_large']);
  });

  it('handles many records and very long strings', () => {
    const records = Array.from({ length: 20_000 }, (_, index) => ({ ...rec, organisationId: `HTX-${index}` }));
    records.push({ ...rec, organisationId: 'last', year: 1 });
    expect(issuesOf(parseYearlyRecords(records))).toEqual([['too_small', '20000.year']]);
    const long = parseYearlyRecord({ ...rec, name: 'x'.repeat(1_000_000) });
    expect(long.ok).toBe(true);
    const longBad = parseYearlyRecord({ ...rec, revenue: 'y'.repeat(1_000_000) });
    expect(longBad.ok ? '' : (longBad.issues[0]?.received ?? '')).toMatch(/1000000 characters/);
  });

  it('lists at most maxIssues issues, then says that more were found and stops reading', () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => ({ id: index }));
    const result = parseYearlyRecords(rows);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1001);
    expect(result.issues[1000]).toMatchObject({ code: 'too_many_issues', path: [], expected: '1000' });
    expect(result.issues[1000]?.received).toBe('1000+');
    const few = parseYearlyRecords(rows.slice(0, 10), { maxIssues: 3 });
    expect(few.ok ? [] : few.issues.map((issue) => issue.code)).toEqual(['missing', 'missing', 'missing', 'too_many_issues']);
  });

  it('tolerates bad options', () => {
    expect(parseYearlyRecord(rec, { maxDepth: -1, maxNodes: Number.NaN }).ok).toBe(true);
    expect(parseYearlyRecord({ ...rec, revenue: '5' }, { coerce: 'excel' } as unknown as ParseOptions).ok).toBe(false);
  });

  it('never throws on arbitrary values, for any parser', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        fc.boolean(),
        (value, coerce) => {
          for (const [, parse] of PARSERS) {
            const result = parse(value, coerce ? csv : undefined);
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok) for (const issue of result.issues) expect(Object.hasOwn(ISSUE_CODES, issue.code)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON, and never mutates it', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const value: unknown = JSON.parse(text);
        const before = JSON.stringify(value);
        for (const [, parse] of PARSERS) expect(typeof parse(value).ok).toBe('boolean');
        expect(JSON.stringify(value)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on records with random values in every field', () => {
    const keys = Object.keys({
      ...rec,
      revenue: 0,
      officialMembers: 0,
      monthsOperating: 0,
      monthsSuspended: 0,
      flags: 0,
      managers: 0,
      sheet: 0,
      grade: 0,
      foundedOn: 0,
    });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor'), fc.anything({ withBigInt: true, withDate: true })), (value) => {
        expect(typeof parseYearlyRecord({ ...rec, ...value }).ok).toBe('boolean');
        expect(typeof parseYearlyRecord({ ...rec, ...value }, csv).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('CSV coercion', () => {
  const revenue = (text: string): unknown => {
    const result = parseYearlyRecord({ ...rec, preTaxProfit: text }, csv);
    return result.ok ? result.value.preTaxProfit : result.issues.map((issue) => issue.code).join(',');
  };

  it.each([
    ['5.000.000', 5_000_000],
    ['5000000', 5_000_000],
    ['5.000', 5000],
    ['-5.000', -5000],
    ['+7', 7],
    [' 35 ', 35],
    ['007', 7],
    ['1.234.567.890', 1_234_567_890],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
  ])('reads %s as %d', (text, value) => {
    expect(revenue(text)).toBe(value);
  });

  it.each([
    ['1.5', 'ambiguous_number'],
    ['1,500', 'ambiguous_number'],
    ['5,000,000', 'ambiguous_number'],
    ['1.50', 'ambiguous_number'],
    ['.5', 'ambiguous_number'],
    ['0.500', 'ambiguous_number'],
    ['1.2345', 'ambiguous_number'],
    ['12.34.567', 'ambiguous_number'],
    ['1.000,000.5', 'ambiguous_number'],
    ['5 00 000', 'invalid_type'],
    ['1e5', 'invalid_number'],
    ['-0.5', 'ambiguous_number'],
    ['5tr', 'invalid_type'],
    ['50%', 'invalid_type'],
    ['0x10', 'invalid_type'],
    ['NaN', 'invalid_type'],
    ['Infinity', 'invalid_type'],
    ['1,5', 'not_integer'],
    ['9.007.199.254.740.993', 'too_big'],
  ])('rejects %s (%s)', (text, code) => {
    expect(revenue(text)).toBe(code);
  });

  it.each([
    ['1,5', 1.5],
    ['0,5', 0.5],
    ['0,500', 0.5],
    ['12,3456', 12.3456],
    ['5.000.000,5', 5_000_000.5],
    ['1.234,567', 1234.567],
  ])('reads decimals: %s is %d', (text, value) => {
    const result = parseYearlyRecord({ ...rec, farmLand: { areaHa: text } }, csv);
    expect(result.ok && result.value.farmLand?.areaHa).toBe(value);
  });

  it.each([
    ['có', true],
    ['Có', true],
    ['CÓ', true],
    ['co\u0301', true], // decomposed (NFD) "có"
    ['co', true],
    ['x', true],
    ['X', true],
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['Yes', true],
    ['không', false],
    ['Không', false],
    ['khong', false],
    ['false', false],
    ['0', false],
    ['no', false],
    ['No', false],
  ])('reads the yes/no answer %s as %s', (text, value) => {
    const result = parseYearlyRecord({ ...rec, sanctioned: text, flags: { highTech: text } }, csv);
    expect(result.ok && [result.value.sanctioned, result.value.flags?.highTech]).toEqual([value, value]);
  });

  it('reads empty and blank cells as absent', () => {
    const result = parseYearlyRecord({ ...rec, name: '', revenue: '   ', sanctioned: '', flags: { highTech: '' } }, csv);
    expect(result.ok && result.value).toEqual({ ...rec, flags: {} });
    expect(issuesOf(parseYearlyRecord({ ...rec, name: '' }))).toEqual([['too_small', 'name']]);
  });

  it('leaves text fields as text', () => {
    const result = parseYearlyRecord({ ...rec, areaCode: '001', name: '5' }, csv);
    expect(result.ok && [result.value.areaCode, result.value.name]).toEqual(['001', '5']);
  });

  it('coerces inside unions and lists', () => {
    const target = parseTarget(
      {
        id: 't',
        indicator: 'i',
        label: { vi: 'a', en: 'b' },
        comparator: { kind: 'approximately', value: '60', tolerance: '2,5' },
        deadline: '2030',
        source: { document: 'd' },
      },
      csv,
    );
    expect(target.ok && target.value.comparator).toEqual({ kind: 'approximately', value: 60, tolerance: 2.5 });
    const list = parseYearlyRecords([{ ...rec, revenue: '1.000' }, { ...rec, year: '2023', revenue: '2.000' }], csv);
    expect(list.ok && list.value.map((record) => [record.year, record.revenue])).toEqual([
      [2024, 1000],
      [2023, 2000],
    ]);
  });

  it('says a number written as a string needs the CSV option', () => {
    const result = parseYearlyRecord({ ...rec, revenue: '5.000.000' });
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({ code: 'number_as_string', received: '"5.000.000"' });
    if (!result.ok) expect(result.issues[0]?.message.en).toContain("coerce: \"csv\"");
  });
});

describe('cross-field checks', () => {
  it('accept suspension up to the months operating and trained = total', () => {
    expect(parseYearlyRecord({ ...rec, monthsOperating: 12, monthsSuspended: 5, managers: { total: 2, directorProgrammeTrained: 2 } }).ok).toBe(true);
    expect(parseYearlyRecord({ ...rec, monthsOperating: 4, monthsSuspended: 4 }).ok).toBe(true);
  });

  it('report impossible months and trained managers with the numbers', () => {
    const result = parseYearlyRecord({ ...rec, monthsOperating: 3, monthsSuspended: 4, managers: { total: 0, directorProgrammeTrained: 1 } });
    expect(result.ok ? [] : result.issues).toMatchObject([
      { code: 'suspended_exceeds_operating', received: '4 > 3' },
      { code: 'trained_exceed_total', received: '1 > 0' },
    ]);
  });

  it('run alongside schema issues', () => {
    expect(issuesOf(parseYearlyRecord({ ...rec, revenue: -1, monthsOperating: 2, monthsSuspended: 12 }))).toEqual([
      ['too_small', 'revenue'],
      ['suspended_exceeds_operating', 'monthsSuspended'],
    ]);
  });

  it('accept an organisation dissolved on the day it was founded', () => {
    const org = { id: 'A', name: 'A', kind: 'union', sector: 'other', areaCode: 'HN', foundedOn: '2020-01-01' };
    expect(parseOrganisation({ ...org, dissolvedOn: '2020-01-01' }).ok).toBe(true);
    expect(issuesOf(parseOrganisation({ ...org, dissolvedOn: '2019-12-31' }))).toEqual([['dissolved_before_founded', 'dissolvedOn']]);
  });

  it('report duplicate task ids in a plan', () => {
    const task = {
      id: 'I.1',
      section: 'I',
      title: { vi: 'a', en: 'b' },
      lead: 'x',
      timeframe: { kind: 'year', year: 2025 },
      source: { document: 'd' },
    };
    const plan = {
      id: 'p',
      title: { vi: 'a', en: 'b' },
      issuer: { vi: 'a', en: 'b' },
      document: {},
      jurisdiction: { level: 'country', name: { vi: 'a', en: 'b' } },
      tasks: [task, task],
    };
    expect(issuesOf(parsePlan(plan))).toEqual([['duplicate', 'tasks.1.id']]);
  });
});
