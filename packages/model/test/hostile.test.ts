/**
 * Hostile input for every public @coop/model function that takes untrusted data (issue 7): `parse…`
 * functions never throw (they return `{ ok, value | issues }`); the other functions return a value or
 * throw a CoopError. No TypeError, no hang, no prototype pollution, no input mutation. See
 * bench/hostile-lib.ts for the contract. Functions not (yet) exported are skipped.
 */
import * as model from '@coop/model';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_RUNS, anyValue, checkCall, expectNoPollution, hostileKey, hugeInputs, trapObjects, trapValues } from '../../../bench/hostile-lib.js';

type Fn = (...args: unknown[]) => unknown;
const api = model as unknown as Record<string, unknown>;
const fnOf = (name: string): Fn | undefined => (typeof api[name] === 'function' ? (api[name] as Fn) : undefined);
const isCoopError = (e: unknown) => model.isCoopError(e);

/** A valid yearly record; hostile variants replace or add fields. */
const BASE_RECORD = {
  organisationId: 'HTX-001',
  year: 2024,
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode: 'TN-DT',
  officialMembers: 35,
  revenue: 6_200_000_000,
  monthsOperating: 12,
  flags: { valueChainLinkage: true },
  funds: { development: 1, reserve: 2 },
  sheet: { rulebook: 'circular-01-2020', points: { '1a': 5, '1b': 1 } },
};
const RECORD_KEYS = [...Object.keys(BASE_RECORD), 'grade', 'foundedOn', 'farmLand', 'managers', '__proto__', 'constructor', 'toString'];

/** A valid record with one field replaced (or added) by a hostile value, possibly nested. */
const mutatedRecord = fc
  .tuple(fc.constantFrom(...RECORD_KEYS), fc.oneof(anyValue, fc.constantFrom(...trapValues())), fc.option(hostileKey, { nil: undefined }))
  .map(([key, value, nested]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(BASE_RECORD));
    Object.defineProperty(copy, key, {
      value: nested === undefined ? value : Object.defineProperty({}, nested, { value, enumerable: true, writable: true, configurable: true }),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  });

const parseTargets = [
  'parseOrganisation',
  'parseYearlyRecord',
  'parseYearlyRecords',
  'parseArea',
  'parseAreas',
  'parseIndicator',
  'parseTarget',
  'parsePlan',
  'parseTask',
  'parseVnd',
];
/** Non-parse functions that take data from outside (a value or a CoopError). */
const otherTargets: Array<{ label: string; fn: string; call: (f: Fn, x: unknown) => unknown }> = [
  { label: 'toVnd(x)', fn: 'toVnd', call: (f, x) => f(x) },
  { label: 'sumVnd(x)', fn: 'sumVnd', call: (f, x) => f(x) },
  { label: 'meanVnd(x)', fn: 'meanVnd', call: (f, x) => f(x) },
  { label: 'rational(x, 1)', fn: 'rational', call: (f, x) => f(x, 1) },
  { label: 'rational(1, x)', fn: 'rational', call: (f, x) => f(1, x) },
  { label: 'isCivilDate(x)', fn: 'isCivilDate', call: (f, x) => f(x) },
  { label: 'isRecordField(x)', fn: 'isRecordField', call: (f, x) => f(x) },
  { label: 'formatVnd(x, "vi")', fn: 'formatVnd', call: (f, x) => f(x, 'vi') },
  { label: 'formatDate(x, "en")', fn: 'formatDate', call: (f, x) => f(x, 'en') },
  { label: 'buildAreaIndex(x)', fn: 'buildAreaIndex', call: (f, x) => f(x) },
  { label: 'getPlan(x)', fn: 'getPlan', call: (f, x) => f(x) },
  { label: 'getIndicator(x)', fn: 'getIndicator', call: (f, x) => f(x) },
];

const hostile = fc.oneof({ arbitrary: anyValue, weight: 3 }, { arbitrary: fc.constantFrom(...trapValues()), weight: 1 });

afterEach(() => expectNoPollution());

describe('@coop/model hostile input', () => {
  for (const name of parseTargets) {
    const fn = fnOf(name);
    describe.skipIf(!fn)(`${name}(x) never throws: a ParseResult`, () => {
      const run = (x: unknown) => checkCall(`${name}(x)`, (input) => fn!(input), x, { parse: true, isCoopError });
      it('arbitrary values with prototype-ish keys and traps', () => {
        fc.assert(fc.property(hostile, (x) => void run(x)), HOSTILE_RUNS);
      });
      it('arbitrary JSON', () => {
        fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (x) => void run(x)), HOSTILE_RUNS);
      });
      it('a valid record with one field made hostile (and arrays of them)', () => {
        fc.assert(
          fc.property(mutatedRecord, (x) => {
            run(x);
            run([BASE_RECORD, x]);
          }),
          HOSTILE_RUNS,
        );
      });
      it('every trap object, and trap objects inside arrays', () => {
        for (const x of trapObjects()) {
          run(x);
          run([x]);
        }
      });
      it('huge inputs: 100 000 elements, 1 MB strings, 10 000 levels deep — no stack overflow', () => {
        for (const [, x] of hugeInputs()) {
          run(x);
          run({ ...BASE_RECORD, name: x });
        }
        run({ ...BASE_RECORD, organisationId: 'x'.repeat(1_000_000) });
        run(Array.from({ length: 100_000 }, (_, i) => ({ ...BASE_RECORD, organisationId: `HTX-${i}` })));
      });
      it('JSON __proto__ payloads do not pollute and are not copied onto the value', () => {
        const payload = JSON.parse(`{"__proto__": {"polluted": "yes"}, ${JSON.stringify(BASE_RECORD).slice(1)}`);
        const result = run(payload);
        const value = (result.value as { ok: boolean; value?: unknown } | undefined)?.value;
        if (value && typeof value === 'object') expect((value as Record<string, unknown>)['polluted']).toBeUndefined();
      });
    });
  }

  for (const target of otherTargets) {
    const fn = fnOf(target.fn);
    describe.skipIf(!fn)(`${target.label}: a value or a CoopError`, () => {
      const run = (x: unknown) => checkCall(target.label, (input) => target.call(fn!, input), x, { isCoopError });
      it('arbitrary values, JSON and traps', () => {
        fc.assert(fc.property(fc.oneof(hostile, fc.jsonValue({ maxDepth: 3 })), (x) => void run(x)), HOSTILE_RUNS);
        for (const x of trapObjects()) run(x);
      });
      it('huge inputs', () => {
        for (const [, x] of hugeInputs()) run(x);
      });
    });
  }

  it('schemas: safeParse of hostile values never throws (zod is the public surface too)', () => {
    const schemas = Object.entries(api).filter(([k, v]) => k.endsWith('Schema') && typeof (v as { safeParse?: unknown })?.safeParse === 'function');
    expect(schemas.length).toBeGreaterThan(0);
    for (const [name, schema] of schemas) {
      const safeParse = (x: unknown) => (schema as { safeParse: (x: unknown) => { success: boolean } }).safeParse(x);
      for (const x of [...trapValues(), ...hugeInputs().map(([, v]) => v)]) {
        checkCall(`${name}.safeParse(x)`, safeParse, x, { isCoopError });
      }
    }
  });
});
