/**
 * Hostile input for every public @coop/rating function that takes untrusted data (issue 7): rulebook
 * definitions, records (parsed or not) given to grade / gradeMany, series and records given to
 * evaluateTarget / evaluatePlan, progress points. The only allowed outcomes are a result or a CoopError;
 * no TypeError, no hang, no prototype pollution, no input mutation. See bench/hostile-lib.ts.
 * Functions not (yet) exported are skipped.
 */
import * as model from '@coop/model';
import * as rating from '@coop/rating';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_RUNS, anyValue, checkCall, expectNoPollution, hostileKey, hugeInputs, trapObjects, trapValues } from '../../../bench/hostile-lib.js';

type Fn = (...args: unknown[]) => unknown;
const api = rating as unknown as Record<string, unknown>;
const modelApi = model as unknown as Record<string, unknown>;
const fnOf = (name: string): Fn | undefined => (typeof api[name] === 'function' ? (api[name] as Fn) : undefined);
const isCoopError = (e: unknown) => model.isCoopError(e);
const RULEBOOK = api['CIRCULAR_01_2020'] ?? api['CIRCULAR_09_2017'];
const PLAN = (modelApi['PLANS'] as ReadonlyArray<{ targets: readonly unknown[] }> | undefined)?.[0];
const TARGET = PLAN?.targets[0];

const POINTS = { '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2, '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 6, '11': 6, '12': 6, '13': 6, '14': 6, '15': 6 };
const BASE_RECORD = {
  organisationId: 'HTX-001',
  year: 2024,
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode: 'TN-DT',
  officialMembers: 35,
  revenue: 6_200_000_000,
  plannedRevenue: 5_000_000_000,
  afterTaxProfit: 10_000_000,
  incomePerMember: 2_000_000,
  monthsOperating: 12,
  monthsSuspended: 0,
  sanctioned: false,
  flags: { valueChainLinkage: true, highTech: false },
  funds: { development: 100_000_000, reserve: 20_000_000 },
  sheet: { rulebook: 'circular-01-2020', points: POINTS },
};
const KEYS = [...Object.keys(BASE_RECORD), 'grade', 'foundedOn', 'farmLand', 'managers', '__proto__', 'constructor', 'toString'];
const own = (key: string, value: unknown) => Object.defineProperty({}, key, { value, enumerable: true, writable: true, configurable: true });

/** A valid record with one field (or one sheet point) replaced by a hostile value. */
const mutatedRecord = fc
  .tuple(fc.constantFrom(...KEYS, 'sheet.points', 'sheet.rulebook'), fc.oneof(anyValue, fc.constantFrom(...trapValues())), fc.option(hostileKey, { nil: undefined }))
  .map(([key, value, nested]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(BASE_RECORD));
    if (key === 'sheet.points') {
      (copy['sheet'] as Record<string, unknown>)['points'] = { ...POINTS, ...own(nested ?? '1a', value) };
    } else if (key === 'sheet.rulebook') (copy['sheet'] as Record<string, unknown>)['rulebook'] = value;
    else Object.defineProperty(copy, key, { value: nested === undefined ? value : own(nested, value), enumerable: true, writable: true, configurable: true });
    return copy;
  });
/** A valid rulebook with one top-level field replaced by a hostile value. */
const mutatedRulebook = fc.tuple(fc.constantFrom('id', 'groups', 'grades', 'notRated', 'overrides', 'validity', 'total', 'scope', '__proto__'), anyValue).map(([key, value]) => {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(RULEBOOK ?? {}));
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
});

const hostile = fc.oneof({ arbitrary: anyValue, weight: 3 }, { arbitrary: fc.constantFrom(...trapValues()), weight: 1 });

const targets: Array<{ label: string; fn: string; call: (f: Fn, x: unknown) => unknown; parse?: boolean; records?: boolean; rulebooks?: boolean }> = [
  { label: 'defineRulebook(x)', fn: 'defineRulebook', call: (f, x) => f(x), rulebooks: true },
  { label: 'parseRulebook(x)', fn: 'parseRulebook', call: (f, x) => f(x), parse: true, rulebooks: true },
  { label: 'grade(x, { rulebook })', fn: 'grade', call: (f, x) => f(x, { rulebook: RULEBOOK }), records: true },
  { label: 'grade(x, { rulebook, clamp: true })', fn: 'grade', call: (f, x) => f(x, { rulebook: RULEBOOK, clamp: true }), records: true },
  { label: 'grade(record, x)', fn: 'grade', call: (f, x) => f(BASE_RECORD, x) },
  { label: 'grade(record, { rulebook: x })', fn: 'grade', call: (f, x) => f(BASE_RECORD, { rulebook: x }), rulebooks: true },
  { label: 'gradeMany([x], { rulebook })', fn: 'gradeMany', call: (f, x) => f([x], { rulebook: RULEBOOK }), records: true },
  { label: 'gradeMany(x, { rulebook })', fn: 'gradeMany', call: (f, x) => f(x, { rulebook: RULEBOOK }) },
  { label: 'evaluateTarget(TARGET, x, { asOf })', fn: 'evaluateTarget', call: (f, x) => f(TARGET, x, { asOf: '2025-12-31' }) },
  { label: 'evaluateTarget(TARGET, [x], { asOf })', fn: 'evaluateTarget', call: (f, x) => f(TARGET, [x], { asOf: '2025-12-31' }), records: true },
  { label: 'evaluateTarget(TARGET, records, x)', fn: 'evaluateTarget', call: (f, x) => f(TARGET, [BASE_RECORD], x) },
  { label: 'evaluateTarget(x, records, { asOf })', fn: 'evaluateTarget', call: (f, x) => f(x, [BASE_RECORD], { asOf: '2025-12-31' }) },
  { label: 'evaluatePlan(PLAN, { records: [x] }, { asOf })', fn: 'evaluatePlan', call: (f, x) => f(PLAN, { records: [x] }, { asOf: '2025-12-31' }), records: true },
  { label: 'evaluatePlan(PLAN, x, { asOf })', fn: 'evaluatePlan', call: (f, x) => f(PLAN, x, { asOf: '2025-12-31' }) },
  { label: 'evaluatePlan(PLAN, { records }, x)', fn: 'evaluatePlan', call: (f, x) => f(PLAN, { records: [BASE_RECORD] }, x) },
  { label: 'assessProgress(x, { … })', fn: 'assessProgress', call: (f, x) => f(x, { target: 100, targetYear: 2030, asOf: 2025 }) },
  { label: 'assessProgress([points], x)', fn: 'assessProgress', call: (f, x) => f([{ year: 2020, value: 1 }, { year: 2024, value: 2 }], x) },
];

afterEach(() => expectNoPollution());

describe('@coop/rating hostile input', () => {
  it.skipIf(RULEBOOK === undefined)('grading the valid base record works (sanity for the hostile variants)', () => {
    const result = fnOf('grade')?.(BASE_RECORD, { rulebook: RULEBOOK }) as { status: string } | undefined;
    if (result) expect(['rated', 'not-rated', 'incomplete']).toContain(result.status);
  });

  for (const target of targets) {
    const fn = fnOf(target.fn);
    describe.skipIf(!fn)(target.label, () => {
      const run = (x: unknown) => checkCall(target.label, (input) => target.call(fn!, input), x, { parse: target.parse ?? false, isCoopError });
      it('arbitrary values with prototype-ish keys and traps', () => {
        fc.assert(fc.property(hostile, (x) => void run(x)), HOSTILE_RUNS);
      });
      it('arbitrary JSON', () => {
        fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (x) => void run(x)), HOSTILE_RUNS);
      });
      if (target.records === true) {
        it('a valid record with one field made hostile', () => {
          fc.assert(fc.property(mutatedRecord, (x) => void run(x)), HOSTILE_RUNS);
        });
      }
      if (target.rulebooks === true && RULEBOOK !== undefined) {
        it('a valid rulebook with one field made hostile', () => {
          fc.assert(fc.property(mutatedRulebook, (x) => void run(x)), HOSTILE_RUNS);
        });
      }
      it('every trap object', () => {
        for (const x of trapObjects()) run(x);
      });
      it('huge inputs: 100 000 elements, 1 MB strings, 10 000 levels deep — no stack overflow', () => {
        for (const [, x] of hugeInputs()) run(x);
        if (target.records) {
          run({ ...BASE_RECORD, organisationId: 'x'.repeat(1_000_000) });
          run({ ...BASE_RECORD, sheet: { rulebook: 'circular-01-2020', points: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 1])) } });
        }
      });
    });
  }

  it.skipIf(!fnOf('gradeMany') || RULEBOOK === undefined)('gradeMany over 100 000 hostile-but-JSON records: a result or a CoopError', () => {
    const records = Array.from({ length: 100_000 }, (_, i) => (i % 7 === 0 ? { ...BASE_RECORD, monthsOperating: '12' } : { ...BASE_RECORD, organisationId: `HTX-${i}` }));
    checkCall('gradeMany(100k)', (x) => fnOf('gradeMany')!(x, { rulebook: RULEBOOK }), records, { isCoopError });
  });
});
