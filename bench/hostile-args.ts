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
import { appendFileSync } from 'node:fs';
import { types } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HostileInputError, anyValue, checkCall, expectParseResult, trapValues } from './hostile-lib.js';

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

/** A generator object (`gradeEach`), told apart without reading the value (a result may be a revoked Proxy the caller gave). */
const isGenerator = (value: unknown): value is Iterable<unknown> => types.isGeneratorObject(value);

/** With `HOSTILE_TRACE=file`, every call's label is appended to that file before the call (to find a call that kills the process). */
const TRACE = typeof process === 'undefined' ? undefined : process.env['HOSTILE_TRACE'];

/** The answers of async exports (`readSheetFile`), checked when they settle: see {@link settlePending}. */
const pending: Array<Promise<void>> = [];

/** Checks what a promise settles to: a value (a ParseResult for `parse`), or a rejection with a CoopError. */
const settled = async (label: string, promise: Promise<unknown>, parse: boolean, isCoopError: (e: unknown) => boolean): Promise<void> => {
  try {
    const value = await promise;
    if (parse) expectParseResult(label, value);
  } catch (error) {
    if (error instanceof HostileInputError || isCoopError(error)) return;
    const e = error as Error;
    throw new Error(`${label}: rejected with ${e?.constructor?.name ?? typeof e} "${String(e?.message ?? e).slice(0, 200)}"\n${String(e?.stack ?? '').split('\n').slice(1, 5).join('\n')}`);
  }
};

/**
 * Waits for every async answer of the sweep so far (they run concurrently, so the bound is the hang
 * detector's for all of them together, generously multiplied) and checks each.
 */
export const settlePending = async (): Promise<void> => {
  const all = pending.splice(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${all.length} async answers did not settle within ${HANG_MS * 10} ms`)), HANG_MS * 10);
  });
  try {
    await Promise.race([Promise.all(all), hang]);
  } finally {
    clearTimeout(timer);
  }
};

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
  if (TRACE) appendFileSync(TRACE, `${label}\n`);
  const start = performance.now();
  const outcome = checkCall(
    label,
    () => {
      const value = fn(...args);
      // A generator (gradeEach) does its work when read: read it, boundedly.
      if (isGenerator(value)) {
        let count = 0;
        for (const _ of value as Iterable<unknown>) if (++count > 1000) break;
      }
      return value;
    },
    args,
    { parse: parse === true, isCoopError, skipMutationCheck: true },
  );
  if (outcome.kind === 'value' && types.isPromise(outcome.value)) {
    const check = settled(label, outcome.value, parse === true, isCoopError);
    check.catch(() => undefined); // reported by settlePending; never an unhandled rejection if the sweep stops first
    pending.push(check);
  }
  if (typeof parse === 'function') {
    if (outcome.kind === 'coop-error') throw new Error(`${label}: a cell reader threw CoopError ${outcome.code} instead of answering`);
    if (outcome.kind === 'value' && !parse(outcome.value)) throw new Error(`${label}: an answer of the wrong shape`);
  }
  const ms = performance.now() - start;
  if (ms > HANG_MS) throw new Error(`${label}: took ${ms.toFixed(0)} ms (> ${HANG_MS} ms): unbounded work on a small input`);
};

/** A place inside an argument list: the argument's index, then keys and indexes. */
type FieldPath = ReadonlyArray<string | number>;

/** Most nested fields mutated per sample (spread evenly over the fields found, shallow to deep). */
export const NESTED_FIELDS_PER_SAMPLE = 14;
/** Most values visited when looking for nested fields of one sample. */
const NESTED_WALK_NODES = 4_000;

/** Plain containers the walk enters: arrays and objects whose prototype is `Object.prototype` or null. */
const isPlainContainer = (value: unknown): value is Record<string | number, unknown> => {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** The keys the walk follows: every own enumerable key of an object; the first three and the last item of an array. */
const childKeys = (value: Record<string | number, unknown>): Array<string | number> => {
  if (!Array.isArray(value)) return Object.keys(value);
  const last = value.length - 1;
  return [...new Set([0, 1, 2, last])].filter((i) => i >= 0 && i <= last);
};

/**
 * The nested fields of a valid argument list (depth two and more: `[0, 'revenue']`, `[1, 'rulebook',
 * 'criteria', 0]`), found breadth-first, then thinned evenly to {@link NESTED_FIELDS_PER_SAMPLE} so that
 * both shallow and deep fields are kept. Whole arguments are the other part of the sweep.
 */
export const nestedFields = (args: readonly unknown[], most = NESTED_FIELDS_PER_SAMPLE): FieldPath[] => {
  const found: FieldPath[] = [];
  const seen = new Set<unknown>();
  const queue: Array<{ value: unknown; path: FieldPath }> = args.map((value, i) => ({ value, path: [i] }));
  for (let head = 0; head < queue.length && head < NESTED_WALK_NODES; head += 1) {
    const { value, path } = queue[head]!;
    if (!isPlainContainer(value) || seen.has(value)) continue;
    seen.add(value);
    for (const key of childKeys(value)) {
      const child: FieldPath = [...path, key];
      found.push(child);
      queue.push({ value: value[key], path: child });
    }
  }
  if (found.length <= most) return found;
  return Array.from({ length: most }, (_, i) => found[Math.floor((i * (found.length - 1)) / (most - 1))]!);
};

/** The value at a field path (for the changing getter's first answer). */
const valueAt = (args: readonly unknown[], path: FieldPath): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], args);

/**
 * A copy of an argument list whose field at `path` is set by `place`: every container on the way is
 * copied (the sample is never touched) and then frozen, so that a function that writes to its input
 * throws a TypeError, which the contract rejects.
 */
const withField = (args: readonly unknown[], path: FieldPath, place: (parent: Record<string | number, unknown>, key: string | number) => void): unknown[] => {
  const root = [...args];
  const copies: object[] = [];
  let parent = root as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const child = parent[key] as Record<string | number, unknown>;
    const copy = Array.isArray(child) ? [...(child as unknown[])] : Object.assign(Object.create(Object.getPrototypeOf(child) as object | null) as object, child);
    parent[key] = copy;
    copies.push(copy);
    parent = copy as Record<string | number, unknown>;
  }
  place(parent, path[path.length - 1]!);
  for (const copy of copies) Object.freeze(copy);
  return root;
};

/** Puts a value at a field. */
const setTo =
  (value: unknown) =>
  (parent: Record<string | number, unknown>, key: string | number): void => {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  };

/** Puts a getter at a field: the real value on its first read, an empty object afterwards. */
const changingGetter =
  (real: unknown) =>
  (parent: Record<string | number, unknown>, key: string | number): void => {
    let reads = 0;
    Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: () => (reads++ === 0 ? real : {}) });
  };

/** Puts a getter that throws at a field. */
const throwingGetter = (parent: Record<string | number, unknown>, key: string | number): void => {
  Object.defineProperty(parent, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new HostileInputError('nested getter');
    },
  });
};

/**
 * What the sweep puts at a nested field whose valid value is `real`: a bigint where a number belongs, a
 * number where a bigint belongs, a rational of numbers (a JSON round trip's shape), a sparse array of
 * length 2³²−1, a revoked Proxy, a cycle, a null-prototype copy, a JSON round trip, text with a huge
 * exponent, NaN, `__proto__`, a throwing conversion, and two getters (changing, throwing).
 */
const nestedReplacements = (real: unknown): Array<(parent: Record<string | number, unknown>, key: string | number) => void> => {
  const hostile = hostileValues();
  const values: unknown[] = [
    10n ** 30n,
    typeof real === 'bigint' ? Number(real) : typeof real === 'number' && Number.isInteger(real) ? BigInt(real) : 2n,
    { num: 1, den: 3 },
    hostile[0], // sparse array of length 2³²−1
    revoked(),
    cyclicObject(),
    isPlainContainer(real) ? Object.assign(Object.create(null) as object, real) : Object.create(null),
    '1e100000000',
    Number.NaN,
    '__proto__',
    {
      toString() {
        throw new HostileInputError('nested toString');
      },
    },
  ];
  if (isPlainContainer(real)) values.push(...variantsOf(real).slice(0, 1));
  return [...values.map(setTo), changingGetter(real), throwingGetter];
};

/**
 * The nested part of the sweep of one export: for every sample, each of its nested fields in turn gets
 * each of the nested replacements, then fast-check arbitrary values at random fields — one field per
 * call, everything else valid, so the hostile value reaches the code that reads that field.
 */
const sweepNestedFields = (
  name: string,
  fn: Fn,
  samples: ReadonlyArray<readonly unknown[]>,
  contract: (position: number) => boolean | ((value: unknown) => boolean),
  isCoopError: (e: unknown) => boolean,
): void => {
  const fields = samples.map((sample) => nestedFields(sample));
  for (const [s, sample] of samples.entries()) {
    for (const path of fields[s]!) {
      const real = valueAt(sample, path);
      for (const [r, place] of nestedReplacements(real).entries()) {
        hostileCall(`${name} sample ${s}, field ${JSON.stringify(path)} ← nested #${r}`, fn, withField(sample, path, place), contract(path[0] as number), isCoopError);
      }
    }
  }
  const withFields = [...fields.entries()].filter(([, paths]) => paths.length > 0);
  if (withFields.length === 0) return;
  fc.assert(
    fc.property(fc.nat(withFields.length - 1), fc.nat(NESTED_FIELDS_PER_SAMPLE - 1), fc.oneof(anyValue, fc.jsonValue({ maxDepth: 2 })), (w, f, value) => {
      const [s, paths] = withFields[w]!;
      const path = paths[f % paths.length]!;
      hostileCall(`${name} sample ${s}, field ${JSON.stringify(path)} ← arbitrary`, fn, withField(samples[s]!, path, setTo(value)), contract(path[0] as number), isCoopError);
    }),
    { numRuns: 12, seed: 20_261_208, endOnFailure: true },
  );
};

/**
 * Renders the plain data of the samples, to check after the sweep that no call changed them. Objects of
 * a class (a zod schema, an area index) are rendered by their class name only: they may keep caches of
 * their own, which is no change of the caller's data.
 */
const renderSamples = (samples: ReadonlyArray<readonly unknown[]>): string => {
  const seen = new Set<unknown>();
  const render = (value: unknown): string => {
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value !== 'object' || value === null) return typeof value === 'function' ? 'function' : JSON.stringify(value) ?? String(value);
    if (!isPlainContainer(value)) return `<${(value as object).constructor?.name ?? 'object'}>`;
    if (seen.has(value)) return '<seen>';
    seen.add(value);
    const keys = Object.keys(value);
    return `${Array.isArray(value) ? '[' : '{'}${keys.map((key) => `${key}:${render(value[key])}`).join(',')}${Array.isArray(value) ? ']' : '}'}`;
  };
  return render(samples);
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
  typedParser = false,
  dataAt = 0,
): void => {
  const isParse = name.startsWith('parse') && !typedParser;
  // The contract of a call whose argument at `position` is hostile: a `parse…` export answers hostile data with a ParseResult.
  const contract = (position: number): boolean | ((value: unknown) => boolean) => (isParse && position === dataAt ? (shape ?? true) : false);
  const before = renderSamples(samples);
  for (const sample of samples) hostileCall(`${name}(sample)`, fn, sample, contract(dataAt), isCoopError);
  for (const [s, sample] of samples.entries()) {
    const width = Math.max(sample.length, fn.length, 1);
    for (let position = 0; position < width; position += 1) {
      const replacements = [...hostileValues(), ...variantsOf(sample[position])];
      for (const [r, replacement] of replacements.entries()) {
        const args = [...sample];
        args[position] = replacement;
        hostileCall(`${name} sample ${s}, argument ${position} ← hostile #${r}`, fn, args, contract(position), isCoopError);
      }
    }
  }
  sweepNestedFields(name, fn, samples, contract, isCoopError);
  const sampleCount = samples.length;
  fc.assert(
    fc.property(fc.nat(Math.max(sampleCount - 1, 0)), fc.nat(3), fc.oneof(anyValue, fc.jsonValue({ maxDepth: 3 })), (s, position, value) => {
      const args = [...(samples[s] ?? [])];
      args[position] = value;
      hostileCall(`${name} sample ${s}, argument ${position} ← arbitrary`, fn, args, contract(position), isCoopError);
    }),
    { numRuns: 25, seed: 20_261_207, endOnFailure: true },
  );
  if (renderSamples(samples) !== before) throw new Error(`${name}: a call changed one of its valid sample arguments`);
};

/**
 * The whole sweep of a package: a test that every exported function has samples (so a new export cannot
 * be forgotten, and no sample names a function that is gone), then one test per function.
 *
 * `typedParsers` names the `parse…` exports that read a typed argument (a period id) and answer with a
 * value or a CoopError like any other function, instead of a ParseResult for untrusted data.
 * `dataArguments` gives, for a `parse…` export whose untrusted data is not its first argument (a
 * schema comes first), the index of that argument; its other arguments may be refused with a CoopError.
 */
export const describeExportSweep = (
  title: string,
  api: Record<string, unknown>,
  samples: Samples,
  isCoopError: (e: unknown) => boolean,
  shapes: ResultShapes = {},
  typedParsers: readonly string[] = [],
  dataArguments: Readonly<Record<string, number>> = {},
): void => {
  describe(title, () => {
    const names = exportedFunctions(api);
    it('every exported function has samples (a new export cannot be forgotten)', () => {
      expect(names.filter((n) => !(n in samples))).toEqual([]);
      expect(Object.keys(samples).filter((n) => !names.includes(n))).toEqual([]);
      // A result shape stands in for the ParseResult check of a `parse…` export only.
      expect(Object.keys(shapes).filter((n) => !(names.includes(n) && n.startsWith('parse')))).toEqual([]);
      expect(typedParsers.filter((n) => !(names.includes(n) && n.startsWith('parse') && !(n in shapes)))).toEqual([]);
    });
    for (const fnName of names) {
      it(`${fnName}: a value or a CoopError, never a hang`, async () => {
        sweepExport(fnName, api[fnName] as Fn, samples[fnName] ?? [[]], isCoopError, shapes[fnName], typedParsers.includes(fnName), dataArguments[fnName]);
        await settlePending();
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
