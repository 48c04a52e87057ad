/**
 * Drives EVERY exported function of a package with hostile arguments (issue 22), on top of the contract
 * of hostile-lib.ts: the only outcomes are a value or a CoopError (a `parse…` function given a hostile
 * input never throws at all), and every call returns within {@link HANG_MS} — a hang detector, not a
 * speed test: limits checked before the work starts make every call cheap, so a call that takes longer
 * is unbounded work on a small input (a sparse array of length 2³²−1, `1e100000000`, a loop that never
 * ends on numbers given for bigints).
 *
 * Each function has sample argument lists (valid calls, so that hostile values reach deep code); every
 * argument of every sample is replaced in turn by each hostile value below and by hostile variants of
 * itself (a JSON round trip that turns bigints into numbers, a null-prototype copy, a changing getter,
 * a throwing getter, a revoked Proxy, a cycle), then by fast-check arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HostileInputError, anyValue, checkCall, trapValues } from './hostile-lib.js';

/** A call that takes longer than this is reported as a hang (generous: a loaded 2-core machine). */
export const HANG_MS = 3_000;

/** Argument lists of valid calls, by export name. */
export type Samples = Readonly<Record<string, ReadonlyArray<readonly unknown[]>>>;

/**
 * The results of the `parse…` functions that read one spreadsheet cell and answer with their own small
 * shape instead of a ParseResult (`parseCsvNumber`, `parseCsvBoolean`), by export name: a check of that
 * shape. They keep the rest of the parse contract: whatever the cell holds, they never throw, not even
 * a CoopError.
 */
export type ResultShapes = Readonly<Record<string, (value: unknown) => boolean>>;

type Fn = (...args: unknown[]) => unknown;

const revoked = (): unknown => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const cyclicObject = (): unknown => {
  const value: Record<string, unknown> = { id: 'x', year: 2024 };
  value['self'] = value;
  return value;
};

const cyclicArray = (): unknown => {
  const value: unknown[] = [];
  value.push(value);
  return value;
};

const sparse = (length: number): unknown[] => {
  const value: unknown[] = [];
  value.length = length;
  return value;
};

let cached: unknown[] | undefined;

/**
 * Values that are hostile whatever the argument: huge sparse arrays, number-for-bigint rationals, traps.
 * Built once (some are costly to build); no function may change them (the sweep would then see a
 * different value, and hostile-lib's mutation check of the existing suites reports it).
 */
export const hostileValues = (): unknown[] => (cached ??= buildHostileValues());

const buildHostileValues = (): unknown[] => [
  sparse(2 ** 32 - 1),
  sparse(10_000_000),
  Object.assign(sparse(5_000_000), { 0: { id: 'x' } }),
  { num: 1, den: 3 },
  { num: 7, den: 2 },
  { num: '1', den: '3' },
  { num: 1n, den: 0n },
  { num: 10n ** 20_000n, den: 3n },
  '1e100000000',
  '-1e-100000000',
  '9'.repeat(1_000_000),
  10n ** 100_000n,
  2 ** 53,
  -1,
  1.5,
  '2024-13-45',
  '2024-99-99',
  '__proto__',
  'constructor',
  'bogus',
  cyclicObject(),
  cyclicArray(),
  revoked(),
  ...trapValues(),
];

/** Hostile variants of a valid argument: same shape, hostile behaviour. */
export const variantsOf = (value: unknown): unknown[] => {
  if (typeof value !== 'object' || value === null) return [];
  const out: unknown[] = [];
  try {
    out.push(JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))));
  } catch {
    // not JSON-able: skip this variant
  }
  if (Array.isArray(value)) {
    out.push([...value, null], [...value, cyclicObject()], Object.assign(sparse(1_000_001), value));
    return out;
  }
  const keys = Object.keys(value);
  out.push(Object.assign(Object.create(null), value));
  // A getter that answers the real value on its first read and something else afterwards.
  const changing: Record<string, unknown> = {};
  for (const key of keys) {
    let reads = 0;
    Object.defineProperty(changing, key, { enumerable: true, get: () => (reads++ === 0 ? (value as Record<string, unknown>)[key] : {}) });
  }
  out.push(changing);
  const throwing: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const first = keys[0];
  if (first !== undefined) {
    Object.defineProperty(throwing, first, {
      enumerable: true,
      get() {
        throw new HostileInputError('getter');
      },
    });
  }
  out.push(throwing);
  const withCycle: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (first !== undefined) withCycle[first] = withCycle;
  out.push(withCycle);
  return out;
};

/** The functions an API exports (zod schemas and classes aside). */
export const exportedFunctions = (api: Record<string, unknown>): string[] =>
  Object.keys(api)
    .filter((name) => typeof api[name] === 'function' && typeof (api[name] as { safeParse?: unknown }).safeParse !== 'function')
    .filter((name) => !/^[A-Z]/.test(name))
    .sort();

/**
 * Calls `fn(...args)` under the hostile-input contract and the hang detector.
 *
 * @param label - for messages
 * @param fn - the function
 * @param args - the arguments
 * @param parse - the call must return a ParseResult and never throw
 * @param isCoopError - the package's `isCoopError`
 */
export const hostileCall = (
  label: string,
  fn: Fn,
  args: readonly unknown[],
  parse: boolean | ((value: unknown) => boolean),
  isCoopError: (e: unknown) => boolean,
): void => {
  const start = performance.now();
  const outcome = checkCall(
    label,
    () => {
      const value = fn(...args);
      // A generator (gradeEach) does its work when read: read it, boundedly.
      if (value !== null && typeof value === 'object' && typeof (value as { next?: unknown }).next === 'function' && Symbol.iterator in value) {
        let count = 0;
        for (const _ of value as Iterable<unknown>) if (++count > 1000) break;
      }
      return value;
    },
    args,
    { parse: parse === true, isCoopError, skipMutationCheck: true },
  );
  if (typeof parse === 'function') {
    if (outcome.kind === 'coop-error') throw new Error(`${label}: a cell reader threw CoopError ${outcome.code} instead of answering`);
    if (outcome.kind === 'value' && !parse(outcome.value)) throw new Error(`${label}: an answer of the wrong shape`);
  }
  const ms = performance.now() - start;
  if (ms > HANG_MS) throw new Error(`${label}: took ${ms.toFixed(0)} ms (> ${HANG_MS} ms): unbounded work on a small input`);
};

/**
 * The hostile-argument sweep of one export: every argument of every sample replaced by every hostile
 * value and by the hostile variants of itself, then fast-check arbitrary values at random positions.
 */
export const sweepExport = (
  name: string,
  fn: Fn,
  samples: ReadonlyArray<readonly unknown[]>,
  isCoopError: (e: unknown) => boolean,
  shape?: (value: unknown) => boolean,
): void => {
  const isParse = name.startsWith('parse');
  const contract = (first: boolean): boolean | ((value: unknown) => boolean) => (isParse && first ? (shape ?? true) : false);
  for (const sample of samples) hostileCall(`${name}(sample)`, fn, sample, contract(true), isCoopError);
  for (const [s, sample] of samples.entries()) {
    const width = Math.max(sample.length, fn.length, 1);
    for (let position = 0; position < width; position += 1) {
      const replacements = [...hostileValues(), ...variantsOf(sample[position])];
      for (const [r, replacement] of replacements.entries()) {
        const args = [...sample];
        args[position] = replacement;
        hostileCall(`${name} sample ${s}, argument ${position} ← hostile #${r}`, fn, args, contract(position === 0), isCoopError);
      }
    }
  }
  const sampleCount = samples.length;
  fc.assert(
    fc.property(fc.nat(Math.max(sampleCount - 1, 0)), fc.nat(3), fc.oneof(anyValue, fc.jsonValue({ maxDepth: 3 })), (s, position, value) => {
      const args = [...(samples[s] ?? [])];
      args[position] = value;
      hostileCall(`${name} sample ${s}, argument ${position} ← arbitrary`, fn, args, contract(position === 0), isCoopError);
    }),
    { numRuns: 25, seed: 20_261_207, endOnFailure: true },
  );
};

/**
 * The whole sweep of a package: a test that every exported function has samples (so a new export cannot
 * be forgotten, and no sample names a function that is gone), then one test per function.
 */
export const describeExportSweep = (
  title: string,
  api: Record<string, unknown>,
  samples: Samples,
  isCoopError: (e: unknown) => boolean,
  shapes: ResultShapes = {},
): void => {
  describe(title, () => {
    const names = exportedFunctions(api);
    it('every exported function has samples (a new export cannot be forgotten)', () => {
      expect(names.filter((n) => !(n in samples))).toEqual([]);
      expect(Object.keys(samples).filter((n) => !names.includes(n))).toEqual([]);
      // A result shape stands in for the ParseResult check of a `parse…` export only.
      expect(Object.keys(shapes).filter((n) => !(names.includes(n) && n.startsWith('parse')))).toEqual([]);
    });
    for (const fnName of names) {
      it(`${fnName}: a value or a CoopError, never a hang`, () => {
        sweepExport(fnName, api[fnName] as Fn, samples[fnName] ?? [[]], isCoopError, shapes[fnName]);
      });
    }
  });
};

/**
 * The code of the CoopError a call throws (`undefined` when it returns; a description when it throws
 * anything else), for tests that pin one typed error.
 */
export const errorCodeOf = (run: () => unknown, isCoopError: (e: unknown) => e is { code: string }): string | undefined => {
  try {
    run();
  } catch (error) {
    return isCoopError(error) ? error.code : `not a CoopError: ${String(error)}`;
  }
  return undefined;
};
