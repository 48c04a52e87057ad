import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../src/issue.js';
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

// ---------------------------------------------------------------------------------------------
// Valid fixtures

const org = {
  id: 'HTX-001',
  name: 'HTX Nông nghiệp Tân Cương',
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode: 'TNG',
  foundedOn: '2015-03-01',
};
const rec = { organisationId: 'HTX-001', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'TNG' };
const area = { code: 'TNG', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, level: 'province', parent: 'VN' };
const indicator = {
  id: 'ag-good-or-fair-share',
  label: { vi: 'Tỷ lệ HTX nông nghiệp xếp loại tốt, khá', en: 'Share of agricultural co-ops rated good or fair' },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'count', where: { grade: ['good', 'fair'] } },
  denominator: { op: 'count' },
  factor: 100,
  unit: 'percent',
  direction: 'higher-is-better',
  source: { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a' },
};
const target = {
  id: 'good-or-fair-share',
  indicator: 'ag-good-or-fair-share',
  label: { vi: 'HTX NN xếp loại tốt, khá', en: 'Agricultural co-ops rated good or fair' },
  comparator: { kind: '>', value: 60 },
  deadline: 2030,
  source: { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a', phrase: 'trên 60%' },
};
const task = {
  id: 'I.1',
  section: 'I',
  title: { vi: 'Tổ chức tuyên truyền', en: 'Run awareness campaigns' },
  lead: 'Bộ Tài chính',
  timeframe: { kind: 'every-year' },
  source: { document: 'Nghị quyết 134/NQ-CP', clause: 'Phụ lục I.1' },
};
const plan = {
  id: 'tng-2025',
  title: { vi: 'Kế hoạch phát triển kinh tế tập thể', en: 'Collective economy plan' },
  issuer: { vi: 'UBND tỉnh Thái Nguyên', en: 'Thai Nguyen Provincial People\u2019s Committee' },
  document: { number: '42/KH-UBND', date: '2024-03-15' },
  jurisdiction: { level: 'province', area: 'TNG', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' } },
  baseYear: 2023,
  targets: [target],
  tasks: [task],
};

type Parser = (input: unknown, options?: ParseOptions) => ParseResult<unknown>;

interface Bad {
  readonly name: string;
  readonly parse: Parser;
  readonly input: () => unknown;
  readonly options?: ParseOptions;
  readonly code: string;
  readonly path: ReadonlyArray<string | number>;
}

const csv: ParseOptions = { coerce: 'csv' };
const cyclicFlags = (): unknown => {
  const flags: Record<string, unknown> = { highTech: true };
  flags['self'] = flags;
  return { ...rec, flags };
};
const throwingGetter = (): unknown =>
  Object.defineProperty({ ...rec }, 'revenue', {
    enumerable: true,
    get() {
      throw new Error('database offline');
    },
  });
class Row {
  organisationId = 'HTX-001';
}

// ---------------------------------------------------------------------------------------------
// The corpus: each input has exactly one issue, with this code at this path.

const BAD: readonly Bad[] = [
  // organisations
  { name: 'unknown kind', parse: parseOrganisation, input: () => ({ ...org, kind: 'htx' }), code: 'invalid_enum', path: ['kind'] },
  { name: 'unknown sector', parse: parseOrganisation, input: () => ({ ...org, sector: 'mining' }), code: 'invalid_enum', path: ['sector'] },
  { name: 'missing name', parse: parseOrganisation, input: () => ({ ...org, name: undefined }), code: 'missing', path: ['name'] },
  { name: 'absent kind', parse: parseOrganisation, input: () => ({ id: org.id, name: org.name, sector: org.sector, areaCode: 'TNG', foundedOn: org.foundedOn }), code: 'missing', path: ['kind'] },
  { name: 'impossible date', parse: parseOrganisation, input: () => ({ ...org, foundedOn: '2025-02-30' }), code: 'invalid_date', path: ['foundedOn'] },
  { name: '29 Feb of a common year', parse: parseOrganisation, input: () => ({ ...org, foundedOn: '2023-02-29' }), code: 'invalid_date', path: ['foundedOn'] },
  { name: 'unpadded date', parse: parseOrganisation, input: () => ({ ...org, foundedOn: '2024-2-1' }), code: 'invalid_date', path: ['foundedOn'] },
  { name: 'date with time', parse: parseOrganisation, input: () => ({ ...org, foundedOn: '2024-02-01T00:00:00Z' }), code: 'invalid_date', path: ['foundedOn'] },
  { name: 'Date object', parse: parseOrganisation, input: () => ({ ...org, foundedOn: new Date('2015-03-01') }), code: 'invalid_type', path: ['foundedOn'] },
  { name: 'dissolved before founded', parse: parseOrganisation, input: () => ({ ...org, dissolvedOn: '2014-12-31' }), code: 'dissolved_before_founded', path: ['dissolvedOn'] },
  { name: 'unknown key', parse: parseOrganisation, input: () => ({ ...org, email: 'a@b.vn' }), code: 'unknown_key', path: ['email'] },
  { name: 'empty name', parse: parseOrganisation, input: () => ({ ...org, name: '' }), code: 'too_small', path: ['name'] },
  { name: 'id as number', parse: parseOrganisation, input: () => ({ ...org, id: 42 }), code: 'invalid_type', path: ['id'] },
  { name: 'array for object', parse: parseOrganisation, input: () => [org], code: 'invalid_type', path: [] },
  { name: 'null', parse: parseOrganisation, input: () => null, code: 'invalid_type', path: [] },
  { name: 'a string', parse: parseOrganisation, input: () => JSON.stringify(org), code: 'invalid_type', path: [] },
  { name: 'class instance', parse: parseOrganisation, input: () => new Row(), code: 'invalid_type', path: [] },
  { name: 'JSON __proto__ key', parse: parseOrganisation, input: () => JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(org).slice(1)}`), code: 'forbidden_key', path: ['__proto__'] },
  { name: 'constructor key', parse: parseOrganisation, input: () => ({ ...org, constructor: { prototype: { polluted: true } } }), code: 'forbidden_key', path: ['constructor'] },
  // yearly records: numbers
  { name: 'negative count', parse: parseYearlyRecord, input: () => ({ ...rec, officialMembers: -3 }), code: 'too_small', path: ['officialMembers'] },
  { name: 'NaN', parse: parseYearlyRecord, input: () => ({ ...rec, revenue: Number.NaN }), code: 'invalid_number', path: ['revenue'] },
  { name: 'Infinity', parse: parseYearlyRecord, input: () => ({ ...rec, revenue: Number.POSITIVE_INFINITY }), code: 'invalid_number', path: ['revenue'] },
  { name: '-Infinity', parse: parseYearlyRecord, input: () => ({ ...rec, preTaxProfit: Number.NEGATIVE_INFINITY }), code: 'invalid_number', path: ['preTaxProfit'] },
  { name: 'fractional count', parse: parseYearlyRecord, input: () => ({ ...rec, officialMembers: 2.5 }), code: 'not_integer', path: ['officialMembers'] },
  { name: 'fractional đồng', parse: parseYearlyRecord, input: () => ({ ...rec, revenue: 1000.5 }), code: 'not_integer', path: ['revenue'] },
  { name: 'number as string', parse: parseYearlyRecord, input: () => ({ ...rec, revenue: '5000000' }), code: 'number_as_string', path: ['revenue'] },
  { name: 'vi number as string', parse: parseYearlyRecord, input: () => ({ ...rec, revenue: '5.000.000' }), code: 'number_as_string', path: ['revenue'] },
  { name: 'year as string', parse: parseYearlyRecord, input: () => ({ ...rec, year: '2024' }), code: 'number_as_string', path: ['year'] },
  { name: 'year too early', parse: parseYearlyRecord, input: () => ({ ...rec, year: 1800 }), code: 'too_small', path: ['year'] },
  { name: 'year too late', parse: parseYearlyRecord, input: () => ({ ...rec, year: 2200 }), code: 'too_big', path: ['year'] },
  { name: '13 months', parse: parseYearlyRecord, input: () => ({ ...rec, monthsOperating: 13 }), code: 'too_big', path: ['monthsOperating'] },
  { name: 'unsafe integer', parse: parseYearlyRecord, input: () => ({ ...rec, memberHouseholds: 1e20 }), code: 'too_big', path: ['memberHouseholds'] },
  { name: 'bigint', parse: parseYearlyRecord, input: () => ({ ...rec, revenue: 10n }), code: 'invalid_type', path: ['revenue'] },
  { name: 'boxed number', parse: parseYearlyRecord, input: () => ({ ...rec, revenue: Object(5) as unknown }), code: 'invalid_type', path: ['revenue'] },
  { name: 'function', parse: parseYearlyRecord, input: () => ({ ...rec, revenue: () => 5 }), code: 'invalid_type', path: ['revenue'] },
  { name: 'symbol value', parse: parseYearlyRecord, input: () => ({ ...rec, name: Symbol('x') }), code: 'invalid_type', path: ['name'] },
  { name: 'symbol key', parse: parseYearlyRecord, input: () => ({ ...rec, [Symbol('tag')]: 1 }), code: 'unknown_key', path: ['Symbol(tag)'] },
  // yearly records: cross-field checks
  { name: 'suspended longer than it existed', parse: parseYearlyRecord, input: () => ({ ...rec, monthsOperating: 3, monthsSuspended: 6 }), code: 'suspended_exceeds_operating', path: ['monthsSuspended'] },
  { name: 'trained over total', parse: parseYearlyRecord, input: () => ({ ...rec, managers: { total: 3, directorProgrammeTrained: 4 } }), code: 'trained_exceed_total', path: ['managers', 'directorProgrammeTrained'] },
  // yearly records: enums, nesting, hostile keys and values
  { name: 'unknown grade', parse: parseYearlyRecord, input: () => ({ ...rec, grade: 'excellent' }), code: 'invalid_enum', path: ['grade'] },
  { name: 'grade as number', parse: parseYearlyRecord, input: () => ({ ...rec, grade: 1 }), code: 'invalid_enum', path: ['grade'] },
  { name: 'flag as text', parse: parseYearlyRecord, input: () => ({ ...rec, flags: { valueChainLinkage: 'yes' } }), code: 'invalid_type', path: ['flags', 'valueChainLinkage'] },
  { name: 'unknown flag', parse: parseYearlyRecord, input: () => ({ ...rec, flags: { organic: true } }), code: 'unknown_key', path: ['flags', 'organic'] },
  { name: 'negative points', parse: parseYearlyRecord, input: () => ({ ...rec, sheet: { rulebook: 'circular-01-2020', points: { '1a': -1 } } }), code: 'too_small', path: ['sheet', 'points', '1a'] },
  { name: 'empty criterion id', parse: parseYearlyRecord, input: () => ({ ...rec, sheet: { rulebook: 'circular-01-2020', points: { '': 1 } } }), code: 'invalid_key', path: ['sheet', 'points', ''] },
  { name: 'nested __proto__ in a map', parse: parseYearlyRecord, input: () => ({ ...rec, sheet: JSON.parse('{"rulebook": "x", "points": {"__proto__": {"isAdmin": true}}}') }), code: 'forbidden_key', path: ['sheet', 'points', '__proto__'] },
  { name: 'nested constructor', parse: parseYearlyRecord, input: () => ({ ...rec, flags: JSON.parse('{"constructor": {"prototype": {"x": 1}}}') }), code: 'forbidden_key', path: ['flags', 'constructor'] },
  { name: 'prototype key', parse: parseYearlyRecord, input: () => ({ ...rec, managers: { prototype: 1 } }), code: 'forbidden_key', path: ['managers', 'prototype'] },
  { name: 'cyclic object', parse: parseYearlyRecord, input: cyclicFlags, code: 'cyclic_reference', path: ['flags', 'self'] },
  { name: 'throwing getter', parse: parseYearlyRecord, input: throwingGetter, code: 'unreadable_value', path: ['revenue'] },
  { name: 'Map for object', parse: parseYearlyRecord, input: () => ({ ...rec, funds: new Map([['reserve', 1]]) }), code: 'invalid_type', path: ['funds'] },
  { name: 'array for flags', parse: parseYearlyRecord, input: () => ({ ...rec, flags: [true] }), code: 'invalid_type', path: ['flags'] },
  // yearly records with CSV coercion
  { name: 'csv: 1.5 is ambiguous', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, revenue: '1.5' }), code: 'ambiguous_number', path: ['revenue'] },
  { name: 'csv: 1,500 is ambiguous', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, revenue: '1,500' }), code: 'ambiguous_number', path: ['revenue'] },
  { name: 'csv: English grouping', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, revenue: '5,000,000' }), code: 'ambiguous_number', path: ['revenue'] },
  { name: 'csv: bad grouping', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, revenue: '5.00.000' }), code: 'ambiguous_number', path: ['revenue'] },
  { name: 'csv: not a number', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, revenue: 'năm triệu' }), code: 'invalid_type', path: ['revenue'] },
  { name: 'csv: decimal count', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, officialMembers: '1,5' }), code: 'not_integer', path: ['officialMembers'] },
  { name: 'csv: negative count', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, officialMembers: '-2' }), code: 'too_small', path: ['officialMembers'] },
  { name: 'csv: not a yes/no', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, sanctioned: 'có lẽ' }), code: 'invalid_type', path: ['sanctioned'] },
  { name: 'csv: empty required field', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, areaCode: '' }), code: 'missing', path: ['areaCode'] },
  { name: 'csv: suspended longer than it existed', parse: parseYearlyRecord, options: csv, input: () => ({ ...rec, monthsOperating: '1', monthsSuspended: '2' }), code: 'suspended_exceeds_operating', path: ['monthsSuspended'] },
  // record lists
  { name: 'list: index in path', parse: parseYearlyRecords, input: () => [rec, { ...rec, year: 2023, revenue: -1 }], code: 'too_small', path: [1, 'revenue'] },
  { name: 'list: duplicate', parse: parseYearlyRecords, input: () => [rec, { ...rec }], code: 'duplicate', path: [1] },
  { name: 'list: object for list', parse: parseYearlyRecords, input: () => ({ 0: rec }), code: 'invalid_type', path: [] },
  { name: 'list: cross-field with index', parse: parseYearlyRecords, input: () => [rec, { ...rec, year: 2023, managers: { total: 0, directorProgrammeTrained: 1 } }], code: 'trained_exceed_total', path: [1, 'managers', 'directorProgrammeTrained'] },
  { name: 'list: hole', parse: parseYearlyRecords, input: () => [rec, , { ...rec, year: 2023 }], code: 'missing', path: [1] },
  // areas
  { name: 'area: unknown level', parse: parseArea, input: () => ({ ...area, level: 'ward' }), code: 'invalid_enum', path: ['level'] },
  { name: 'area: missing English name', parse: parseArea, input: () => ({ ...area, name: { vi: 'Thái Nguyên' } }), code: 'missing', path: ['name', 'en'] },
  { name: 'area: impossible validTo', parse: parseArea, input: () => ({ ...area, validTo: '2025-06-31' }), code: 'invalid_date', path: ['validTo'] },
  { name: 'area: successors as text', parse: parseArea, input: () => ({ ...area, successors: 'DNG' }), code: 'invalid_type', path: ['successors'] },
  { name: 'area: empty successor', parse: parseArea, input: () => ({ ...area, successors: [''] }), code: 'too_small', path: ['successors', 0] },
  { name: 'areas: duplicate code', parse: parseAreas, input: () => [area, area], code: 'duplicate', path: [1, 'code'] },
  // indicators
  { name: 'indicator: unknown field', parse: parseIndicator, input: () => ({ ...indicator, numerator: { op: 'sum', field: 'officialMember' } }), code: 'unknown_field', path: ['numerator', 'field'] },
  { name: 'indicator: unknown op', parse: parseIndicator, input: () => ({ ...indicator, numerator: { op: 'avg' } }), code: 'invalid_enum', path: ['numerator', 'op'] },
  { name: 'indicator: zero factor', parse: parseIndicator, input: () => ({ ...indicator, factor: 0 }), code: 'too_small', path: ['factor'] },
  { name: 'indicator: unknown unit', parse: parseIndicator, input: () => ({ ...indicator, unit: 'usd' }), code: 'invalid_enum', path: ['unit'] },
  { name: 'indicator: unknown grade in condition', parse: parseIndicator, input: () => ({ ...indicator, numerator: { op: 'count', where: { grade: ['excellent'] } } }), code: 'invalid_enum', path: ['numerator', 'where', 'grade', 0] },
  { name: 'indicator: range without bound', parse: parseIndicator, input: () => ({ ...indicator, population: { where: { field: 'revenue' } } }), code: 'missing_bound', path: ['population', 'where'] },
  { name: 'indicator: empty all', parse: parseIndicator, input: () => ({ ...indicator, population: { where: { all: [] } } }), code: 'too_small', path: ['population', 'where', 'all'] },
  { name: 'indicator: unknown key in condition', parse: parseIndicator, input: () => ({ ...indicator, population: { where: { field: 'revenue', gte: 1, extra: 1 } } }), code: 'unknown_key', path: ['population', 'where', 'extra'] },
  { name: 'indicator: deep condition', parse: parseIndicator, input: () => ({ ...indicator, population: { where: { not: { any: [{ field: 'flags.highTech', eq: true }, { field: 'flags.nope', eq: true }] } } } }), code: 'unknown_field', path: ['population', 'where', 'not', 'any', 1, 'field'] },
  { name: 'indicator: NaN factor', parse: parseIndicator, input: () => ({ ...indicator, factor: Number.NaN }), code: 'invalid_number', path: ['factor'] },
  // targets
  { name: 'target: unknown comparator kind', parse: parseTarget, input: () => ({ ...target, comparator: { kind: 'more-than', value: 60 } }), code: 'invalid_enum', path: ['comparator', 'kind'] },
  { name: 'target: range min > max', parse: parseTarget, input: () => ({ ...target, comparator: { kind: 'range', min: 80, max: 60 } }), code: 'invalid_range', path: ['comparator', 'max'] },
  { name: 'target: threshold as string', parse: parseTarget, input: () => ({ ...target, comparator: { kind: '>', value: '60' } }), code: 'number_as_string', path: ['comparator', 'value'] },
  { name: 'target: comparator as number', parse: parseTarget, input: () => ({ ...target, comparator: 60 }), code: 'invalid_type', path: ['comparator'] },
  { name: 'target: negative tolerance', parse: parseTarget, input: () => ({ ...target, comparator: { kind: 'approximately', value: 60, tolerance: -1 } }), code: 'too_small', path: ['comparator', 'tolerance'] },
  { name: 'target: nested comparator kind', parse: parseTarget, input: () => ({ ...target, comparator: { kind: 'every-unit', level: 'district', comparator: { kind: 'growth', minPercent: 5 } } }), code: 'invalid_enum', path: ['comparator', 'comparator', 'kind'] },
  { name: 'target: fractional deadline', parse: parseTarget, input: () => ({ ...target, deadline: 2030.5 }), code: 'not_integer', path: ['deadline'] },
  { name: 'target: missing source', parse: parseTarget, input: () => ({ ...target, source: undefined }), code: 'missing', path: ['source'] },
  { name: 'target: extra key in comparator', parse: parseTarget, input: () => ({ ...target, comparator: { kind: '>=', value: 60, unit: '%' } }), code: 'unknown_key', path: ['comparator', 'unit'] },
  // tasks
  { name: 'task: span from > to', parse: parseTask, input: () => ({ ...task, timeframe: { kind: 'span', from: 2026, to: 2025 } }), code: 'invalid_range', path: ['timeframe', 'to'] },
  { name: 'task: unknown timeframe', parse: parseTask, input: () => ({ ...task, timeframe: { kind: 'monthly' } }), code: 'invalid_enum', path: ['timeframe', 'kind'] },
  { name: 'task: empty partner', parse: parseTask, input: () => ({ ...task, partners: [''] }), code: 'too_small', path: ['partners', 0] },
  // plans
  { name: 'plan: impossible document date', parse: parsePlan, input: () => ({ ...plan, document: { date: '2025-02-30' } }), code: 'invalid_date', path: ['document', 'date'] },
  { name: 'plan: duplicate target id', parse: parsePlan, input: () => ({ ...plan, targets: [target, target] }), code: 'duplicate', path: ['targets', 1, 'id'] },
  { name: 'plan: unknown level', parse: parsePlan, input: () => ({ ...plan, jurisdiction: { ...plan.jurisdiction, level: 'region' } }), code: 'invalid_enum', path: ['jurisdiction', 'level'] },
  { name: 'plan: deep target issue', parse: parsePlan, input: () => ({ ...plan, targets: [{ ...target, comparator: { kind: '≥', value: 60 } }] }), code: 'invalid_enum', path: ['targets', 0, 'comparator', 'kind'] },
  { name: 'plan: task with __proto__', parse: parsePlan, input: () => ({ ...plan, tasks: [JSON.parse(`{"__proto__": null, ${JSON.stringify(task).slice(1)}`)] }), code: 'forbidden_key', path: ['tasks', 0, '__proto__'] },
];

const deepFreeze = <T>(value: T, seen = new Set<unknown>()): T => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value, seen);
  }
  return Object.freeze(value);
};

/** A structured clone, when it is faithful (symbol keys, functions and getters are not cloned). */
const tryClone = (value: unknown): { ok: true; clone: unknown } | { ok: false } => {
  try {
    const clone: unknown = structuredClone(value);
    expect(clone).toEqual(value);
    return { ok: true, clone };
  } catch {
    return { ok: false };
  }
};

describe('bad-input corpus', () => {
  it('has at least 40 entries across every parser', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(40);
    const parsers = new Set(BAD.map((bad) => bad.parse));
    for (const parser of [parseOrganisation, parseYearlyRecord, parseYearlyRecords, parseArea, parseAreas, parseIndicator, parseTarget, parseTask, parsePlan]) {
      expect(parsers.has(parser)).toBe(true);
    }
  });

  it.each(BAD.map((bad) => [bad.name, bad] as const))('%s', (_, bad) => {
    const input = deepFreeze(bad.input());
    const before = tryClone(input);
    const result = bad.parse(input, bad.options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([[bad.code, bad.path]]);
    const [issue] = result.issues;
    expect(Object.hasOwn(ISSUE_CODES, issue?.code ?? '')).toBe(true);
    expect(issue?.message.vi).toMatch(/\S/);
    expect(issue?.message.en).toMatch(/\S/);
    expect(issue?.message.vi).not.toMatch(/[{}]\w/);
    expect(issue?.message.en).not.toMatch(/\{(expected|received|detail)\}/);
    if (before.ok) expect(input).toEqual(before.clone);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });
});

const GOOD: ReadonlyArray<readonly [string, Parser, () => unknown, ParseOptions?]> = [
  ['organisation', parseOrganisation, () => org],
  ['dissolved organisation', parseOrganisation, () => ({ ...org, dissolvedOn: '2024-12-31' })],
  ['minimal record', parseYearlyRecord, () => rec],
  [
    'full record',
    parseYearlyRecord,
    () => ({
      ...rec,
      name: 'HTX Tân Cương',
      foundedOn: '2015-03-01',
      officialMembers: 35,
      associateMembers: 4,
      memberHouseholds: 30,
      revenue: 6_200_000_000,
      plannedRevenue: 6_000_000_000,
      preTaxProfit: -150_000_000,
      afterTaxProfit: -150_000_000,
      totalCapital: 2_000_000_000,
      indivisibleAssets: 500_000_000,
      funds: { development: 10_000_000, reserve: 5_000_000, other: 0 },
      incomePerMember: 48_000_000,
      monthsOperating: 10,
      monthsSuspended: 2,
      sanctioned: false,
      flags: { valueChainLinkage: true, enterpriseLinked: false, highTech: true, digitalTransformation: true, gapCertified: true, ocopProduct: false, modelCooperative: false },
      managers: { total: 3, directorProgrammeTrained: 3 },
      farmLand: { areaHa: 12.5, productValue: 1_500_000_000 },
      sheet: { rulebook: 'circular-01-2020', points: { '1a': 5, '1b': 0.5 } },
      grade: 'not-rated',
    }),
  ],
  [
    'csv row',
    parseYearlyRecord,
    () => ({
      organisationId: 'HTX-001',
      year: '2024',
      kind: 'cooperative',
      sector: 'agriculture-crop',
      areaCode: 'TNG',
      name: '',
      revenue: '6.200.000.000',
      officialMembers: '35',
      preTaxProfit: '-5.000.000',
      farmLand: { areaHa: '12,5' },
      sanctioned: 'không',
      flags: { highTech: 'x', gapCertified: 'Có', ocopProduct: 'no', modelCooperative: '' },
    }),
    csv,
  ],
  ['record list', parseYearlyRecords, () => [rec, { ...rec, year: 2023 }]],
  ['empty record list', parseYearlyRecords, () => []],
  ['area', parseArea, () => area],
  ['areas', parseAreas, () => [{ ...area, code: 'VN', level: 'country', parent: undefined }, area]],
  ['indicator', parseIndicator, () => indicator],
  [
    'indicator with nested conditions',
    parseIndicator,
    () => ({
      ...indicator,
      population: {
        where: {
          all: [
            { field: 'revenue', gte: 0 },
            { any: [{ field: 'flags.highTech', eq: true }, { field: 'sector', in: ['agriculture-crop'] }] },
            { not: { grade: 'effective' } },
          ],
        },
      },
    }),
  ],
  ['target', parseTarget, () => target],
  ['range target', parseTarget, () => ({ ...target, comparator: { kind: 'range', min: 60, max: 60 } })],
  ['every-unit target', parseTarget, () => ({ ...target, comparator: { kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } } })],
  ['csv target threshold', parseTarget, () => ({ ...target, comparator: { kind: 'approximately', value: '60', tolerance: '2,5' } }), csv],
  ['task', parseTask, () => task],
  ['plan', parsePlan, () => plan],
];

describe('good inputs', () => {
  it.each(GOOD.map(([name, parse, input, options]) => [name, parse, input, options] as const))('%s', (_, parse, make, options) => {
    const input = deepFreeze(make());
    const before = structuredClone(input);
    const result = parse(input, options);
    if (!result.ok) expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(input).toEqual(before);
    if (result.ok) expect(result.value).not.toBe(input);
  });
});
