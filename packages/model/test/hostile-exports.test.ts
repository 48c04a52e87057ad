/**
 * Every exported function of @coop/model under hostile arguments (issue 22): huge sparse arrays,
 * numbers where bigints belong, cyclic values, revoked Proxies, changing and throwing getters, and
 * fast-check arbitrary values. The only outcomes are a value or a CoopError (a `parse…` function given a
 * hostile input returns issues), each call within the hang detector's bound. The list of functions comes
 * from the package's exports: a new export without samples here fails the first test.
 */
import * as model from '@coop/model';
import { describe, expect, it } from 'vitest';
import { describeExportSweep, errorCodeOf, type Samples } from '../../../bench/hostile-args.js';

const api = model as unknown as Record<string, unknown>;
const isCoopError = (e: unknown) => model.isCoopError(e);

const third = model.rational(1, 3);
const name = { vi: 'x', en: 'x' };
const AREAS_INPUT = [
  { code: 'VN', name, level: 'country' },
  { code: 'BK', name, level: 'province', parent: 'VN', validTo: '2025-06-30', successors: ['TN'] },
  { code: 'TN', name, level: 'province', parent: 'VN' },
  { code: 'TN-DT', name, level: 'district', parent: 'TN' },
];
const INDEX = model.buildAreaIndex(AREAS_INPUT as never);
const RECORD = { organisationId: 'HTX-001', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'TN-DT', revenue: 5, funds: { reserve: 5 } };
const PLAN = model.PLANS[0]!;
const TARGET = PLAN.targets[0]!;

/** Valid calls of every exported function (the sweep makes each argument hostile in turn). */
const SAMPLES: Samples = {
  addRational: [[third, third]],
  subtractRational: [[third, model.rational(1, 6)]],
  multiplyRational: [[third, model.rational(3)]],
  divideRational: [[third, model.rational(2)]],
  compareRational: [[third, model.rational(1, 2)]],
  ceilRational: [[model.rational(7, 2)]],
  floorRational: [[model.rational(-7, 2)]],
  rationalToNumber: [[third]],
  rational: [[1, 3], ['79.99'], [10n], [third]],
  assertBigIntSize: [[10n, 'x']],
  assertData: [[model.ComparatorSchema, { kind: '>', value: 60 }, 'comparator']],
  assertList: [[[1, 2], 'list', 10]],
  assertRational: [[third, 'share']],
  assertText: [['abc', 'text', 10]],
  plainCopy: [[RECORD, { maxDepth: 8, maxNodes: 100 }]],
  parseWithSchema: [[model.ComparatorSchema, { kind: '>', value: 60 }, { maxIssues: 5, maxNodes: 1000, maxDepth: 8 }], [model.YearlyRecordSchema, RECORD]],
  parseWithShape: [[{ listOf: { fields: { header: 'string', align: { optional: { oneOf: ['left', 'right'] } }, width: { optional: 'integer' } } } }, [{ header: 'x', align: 'left' }], { maxIssues: 5, maxNodes: 1000, maxDepth: 8 }], [{ tuple: ['number', 'boolean'] }, [1, true]]],
  toVnd: [[5_000_000]],
  sumVnd: [[[1, 2n, 3]]],
  meanVnd: [[[1, 2, 3]]],
  ratioVnd: [[1, 4]],
  roundVnd: [[model.rational(5, 2)]],
  vndToRational: [[7]],
  parseVnd: [['5.000.000']],
  formatNumber: [[1234.5, 'vi', { maxDecimals: 2 }], [third, 'en']],
  formatPercent: [[third, 'vi', 1]],
  formatShare: [[third, 'en', 2]],
  formatVnd: [[5_200_000_000, 'vi', {}]],
  formatDate: [['2025-06-19', 'en']],
  isCivilDate: [['2024-02-29']],
  isAgricultural: [['agriculture-crop']],
  isRecordField: [['funds.reserve']],
  readRecordField: [[RECORD, 'funds.reserve']],
  isCoopError: [[new model.CoopError('X', 'x'), 'X']],
  getPlan: [[PLAN.id], [PLAN.id, model.PLANS]],
  getIndicator: [[TARGET.indicator], [TARGET.indicator, model.INDICATORS]],
  planAncestors: [[PLAN.id]],
  planTable: [[{ lang: 'vi' }], [{ plans: [PLAN], lang: 'en' }]],
  formatComparator: [[TARGET.comparator, 'percent', 'vi']],
  buildAreaIndex: [[AREAS_INPUT]],
  isAreaInForce: [[AREAS_INPUT[1], '2025-06-30']],
  isWithinArea: [[INDEX, 'TN-DT', 'VN', { on: '2025-12-31' }]],
  subAreas: [[INDEX, 'VN', 'province', { on: '2025-12-31' }]],
  successorsOf: [[INDEX, 'BK']],
  resolveAreaOn: [[INDEX, 'BK', '2025-12-31']],
  parseOrganisation: [[{ id: 'HTX-1', name: 'x', kind: 'cooperative', sector: 'other', areaCode: 'X', foundedOn: '2015-03-01' }, {}]],
  parseYearlyRecord: [[RECORD, { maxIssues: 10 }]],
  parseYearlyRecords: [[[RECORD], { maxIssues: 10 }]],
  parseArea: [[AREAS_INPUT[0], {}]],
  parseAreas: [[AREAS_INPUT, { maxIssues: 10 }]],
  parseIndicator: [[model.INDICATORS[0], {}]],
  parseTarget: [[TARGET, {}]],
  parsePlan: [[PLAN, { maxIssues: 10 }]],
  parseTask: [[model.PLANS.find((p) => p.tasks.length > 0)?.tasks[0], {}]],
  areaOn: [[INDEX, 'BK', '2025-06-30'], [INDEX, 'nope', '2025-07-01']],
  areaForYear: [[INDEX, 'BK', 2025], [INDEX, 'TN-DT', 2024], [INDEX, 'nope', 2024]],
  vnAreaIndex: [[]],
  isPlanId: [[PLAN.id], ['mard-2803']],
  labelKey: [['Nông nghiệp – Trồng trọt']],
  recordValueIndex: [[], [model.RECORD_VALUE_SYNONYMS], [{ kind: { HTX: 'cooperative' }, sector: { 'Vận tải': 'trade-services' }, grade: {} }]],
  parseCsvNumber: [['5 000 000'], ['1,5'], ['1.5']],
  parseCsvBoolean: [['Có'], ['không'], ['maybe']],
};

/** The cell readers answer with their own shape (never throwing): a number reading, or a yes/no/undefined. */
const SHAPES = {
  parseCsvNumber: (value: unknown) => {
    const kind = (value as { kind?: unknown } | null)?.kind;
    return kind === 'ok' ? typeof (value as { value?: unknown }).value === 'number' : kind === 'ambiguous' || kind === 'invalid';
  },
  parseCsvBoolean: (value: unknown) => value === true || value === false || value === undefined,
};

// parseWithSchema's and parseWithShape's untrusted data is their second argument (the schema or shape, the first, is the programmer's).
describeExportSweep('@coop/model: every export under hostile arguments', api, SAMPLES, isCoopError, SHAPES, [], { parseWithSchema: 1, parseWithShape: 1 });

describe('@coop/model: the new exports refuse hostile arguments with a typed error (issue 22)', () => {
  const code = (run: () => unknown) => errorCodeOf(run, model.isCoopError);
  it('areaOn and areaForYear take only an index made by buildAreaIndex', () => {
    expect(code(() => model.areaOn({ versions: new Map() } as never, 'BK', '2025-06-30'))).toBe('INVALID_ARGUMENT');
    expect(code(() => model.areaForYear([] as never, 'BK', 2025))).toBe('INVALID_ARGUMENT');
    expect(code(() => model.areaForYear(INDEX, {} as never, 2025))).toBe('INVALID_ARGUMENT');
    expect(model.areaOn(INDEX, 'BK', '2025-06-30')?.code).toBe('BK');
    expect(model.areaOn(INDEX, 42 as never, '2025-06-30')).toBeUndefined();
  });
  it('isPlanId answers false for a non-string without converting it', () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    expect(model.isPlanId(huge)).toBe(false);
    expect(model.isPlanId({ toString: () => PLAN.id })).toBe(false);
    expect(model.isPlanId(PLAN.id)).toBe(true);
  });
  it('labelKey and recordValueIndex refuse what is not text', () => {
    expect(code(() => model.labelKey(undefined as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => model.recordValueIndex(null as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => model.recordValueIndex({ kind: { HTX: 1 }, sector: {}, grade: {} } as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => model.recordValueIndex({ kind: {}, sector: {} } as never))).toBe('INVALID_ARGUMENT');
    expect(model.recordValueIndex({ kind: { 'Hợp tác xã': 'cooperative' }, sector: {}, grade: {} }).get('hop tac xa')).toBe('cooperative');
  });
  it('the cell readers answer "not a number" / "not a yes-no" for a non-string instead of throwing', () => {
    expect(model.parseCsvNumber(5 as never)).toEqual({ kind: 'invalid' });
    expect(model.parseCsvBoolean(true as never)).toBeUndefined();
    expect(model.parseCsvNumber('5.000')).toEqual({ kind: 'ok', value: 5000 });
  });
});

describe('@coop/model: brands', () => {
  it('isCoopError recognises a CoopError of another copy of the package (global brand), and only that', () => {
    const Foreign = class extends Error {
      readonly code = 'X';
      get [Symbol.for('@coop/model.CoopError')]() {
        return true;
      }
    };
    expect(model.isCoopError(new Foreign('x'))).toBe(true);
    expect(model.isCoopError(new Foreign('x'), 'X')).toBe(true);
    expect(model.isCoopError(new Foreign('x'), 'Y')).toBe(false);
    expect(model.isCoopError(Object.assign(new Error('x'), { code: 'X' }))).toBe(false);
    expect(model.isCoopError(new model.CoopError('X', 'x'))).toBe(true);
  });
});
