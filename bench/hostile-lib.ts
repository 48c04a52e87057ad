/**
 * Shared machinery of the hostile-input tests (packages/{model,rating,calendar}/test/hostile.test.ts).
 *
 * Contract checked for every public function that takes untrusted data:
 * - the only allowed outcomes are a returned value or a thrown `CoopError` (from `@coop/model`) — never
 *   a TypeError / RangeError / stack overflow from deep inside. (An error thrown by the hostile input
 *   itself — a throwing getter, toString or Proxy trap, all `HostileInputError` — may propagate
 *   unchanged: the library cannot be blamed for the caller's own exception.)
 * - `parse…` functions (input typed `unknown`) never throw at all: they return `{ ok, value | issues }`.
 * - no prototype pollution: `Object.prototype` / `Array.prototype` gain no keys, `({}).polluted` stays
 *   undefined;
 * - no input mutation: the input's `fc.stringify` rendering is the same before and after;
 * - no hang: inputs are bounded, and every single call must finish within `CALL_BUDGET_MS`.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/** The error thrown by hostile getters, toString overrides and Proxy traps. */
export class HostileInputError extends Error {
  constructor(where: string) {
    super(`hostile input: ${where}`);
    this.name = 'HostileInputError';
  }
}

/** A single call may take at most this long: a hang or a quadratic blow-up on the 100 000-element inputs shows up here (linear work on them takes seconds on a loaded 2-core CI machine, so the bound is generous). */
export const CALL_BUDGET_MS = 30_000;

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'toJSON', 'length', 'polluted'];

/** Keys that are mostly plain, often prototype-ish. */
export const hostileKey = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...PROTO_KEYS));

/** Any JS value, including prototype-ish keys, null-prototype objects, boxed values, typed arrays, Maps. */
export const anyValue = fc.anything({
  key: hostileKey,
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Objects built to hurt: throwing getters, throwing toString/valueOf, Proxies, `__proto__` payloads. */
export const trapObjects = (): unknown[] => {
  const throwingGetter = Object.defineProperty({}, 'year', {
    enumerable: true,
    get() {
      throw new HostileInputError('getter');
    },
  });
  const throwingConversions = {
    toString() {
      throw new HostileInputError('toString');
    },
    valueOf() {
      throw new HostileInputError('valueOf');
    },
    [Symbol.toPrimitive]() {
      throw new HostileInputError('toPrimitive');
    },
  };
  const proxy = new Proxy(
    {},
    {
      get() {
        throw new HostileInputError('proxy get');
      },
      ownKeys() {
        throw new HostileInputError('proxy ownKeys');
      },
      getOwnPropertyDescriptor() {
        throw new HostileInputError('proxy descriptor');
      },
      getPrototypeOf() {
        throw new HostileInputError('proxy getPrototypeOf');
      },
    },
  );
  proxies.add(proxy);
  return [
    throwingGetter,
    throwingConversions,
    proxy,
    JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}'),
    JSON.parse('[{"__proto__": {"polluted": "yes"}}]'),
    Object.create(null),
    Object.assign(Object.create(null), { toString: 1, valueOf: 'x', hasOwnProperty: null }),
    { length: 1e9 },
    { length: -1, 0: 'x' },
    new Date(Number.NaN),
    Symbol('s'),
    () => 1,
    10n ** 30n,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    Number.MAX_VALUE,
    '',
    '\u0000',
    '\ud800',
    '2025-02-30',
    '9999-99-99',
    '+275760-09-13',
    [],
    [undefined],
  ];
};

/** Freezes a value and everything reachable from it (iteratively: 10 000-level nesting is fine). */
export const deepFreeze = <T,>(value: T): T => {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
};

/**
 * Huge and deep inputs: 100 000-element arrays, a 1 MB string, 10 000-level nesting. They are deep-frozen
 * (a function that writes to its input then fails with a TypeError, which the contract rejects), so the
 * costly rendering comparison is skipped for them.
 */
export const hugeInputs = (): Array<[string, unknown]> => {
  let deepObject: unknown = {};
  let deepArray: unknown = [];
  for (let i = 0; i < 10_000; i++) {
    deepObject = { a: deepObject, year: 2024 };
    deepArray = [deepArray];
  }
  return [
    ['100 000-element array of nulls', new Array(100_000).fill(null)],
    ['100 000-element array of small objects', Array.from({ length: 100_000 }, (_, i) => ({ id: i }))],
    ['1 MB string', 'x'.repeat(1_000_000)],
    ['1 MB digit string', '9'.repeat(1_000_000)],
    ['object 10 000 levels deep', deepObject],
    ['array 10 000 levels deep', deepArray],
  ].map(([label, value]) => [label as string, deepFreeze(value)]);
};

/** Renders a value for the mutation check, or `undefined` when rendering itself would trigger a trap. */
const render = (value: unknown): string | undefined => {
  try {
    return fc.stringify(value);
  } catch {
    return undefined;
  }
};

const protoSnapshot = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(','),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(','),
  fn: Object.getOwnPropertyNames(Function.prototype).sort().join(','),
});
const PROTO_BEFORE = protoSnapshot();

/** Asserts that no prototype was polluted. */
export const expectNoPollution = () => {
  expect(protoSnapshot()).toEqual(PROTO_BEFORE);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
};

export interface Outcome {
  readonly kind: 'value' | 'coop-error' | 'hostile-error';
  readonly value?: unknown;
  readonly code?: string;
}

/**
 * Calls `fn(input)` and checks the contract. `isCoopError` comes from the package under test's
 * `@coop/model`. With `parse: true` the function must return a ParseResult and never throw.
 */
export const checkCall = (
  label: string,
  fn: (input: unknown) => unknown,
  input: unknown,
  options: { parse?: boolean; isCoopError: (e: unknown) => boolean; skipMutationCheck?: boolean },
): Outcome => {
  const before = options.skipMutationCheck || Object.isFrozen(input) ? undefined : render(input);
  const start = performance.now();
  let outcome: Outcome;
  try {
    const value = fn(input);
    outcome = { kind: 'value', value };
  } catch (error) {
    if (error instanceof HostileInputError) outcome = { kind: 'hostile-error' };
    else if (options.isCoopError(error)) outcome = { kind: 'coop-error', code: (error as { code: string }).code };
    else {
      const e = error as Error;
      throw new Error(
        `${label}: threw ${e?.constructor?.name ?? typeof e} "${String(e?.message ?? e).slice(0, 200)}" for input ${render(input)?.slice(0, 300)}\n${String(e?.stack ?? '').split('\n').slice(1, 5).join('\n')}`,
      );
    }
  }
  const ms = performance.now() - start;
  if (ms > CALL_BUDGET_MS) throw new Error(`${label}: took ${ms.toFixed(0)} ms (> ${CALL_BUDGET_MS} ms) for input ${render(input)?.slice(0, 200)}`);
  if (options.parse) {
    if (outcome.kind === 'coop-error') {
      throw new Error(`${label}: a parse function threw CoopError ${outcome.code} on untrusted data instead of returning issues (input ${render(input)?.slice(0, 200)})`);
    }
    if (outcome.kind === 'value') expectParseResult(label, outcome.value);
  }
  if (before !== undefined) {
    const after = render(input);
    if (after !== before) throw new Error(`${label}: mutated its input\n before ${before.slice(0, 300)}\n after  ${String(after).slice(0, 300)}`);
  }
  expectNoPollution();
  return outcome;
};

/** Asserts the shape of a ParseResult. */
export const expectParseResult = (label: string, value: unknown) => {
  const r = value as { ok?: unknown; value?: unknown; issues?: unknown };
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') {
    throw new Error(`${label}: did not return a ParseResult: ${render(value)?.slice(0, 200)}`);
  }
  if (r.ok === false) {
    if (!Array.isArray(r.issues) || r.issues.length === 0) throw new Error(`${label}: ok:false without issues`);
    for (const issue of r.issues as Array<Record<string, unknown>>) {
      if (!Array.isArray(issue['path']) || typeof issue['code'] !== 'string') {
        throw new Error(`${label}: malformed issue ${render(issue)?.slice(0, 200)}`);
      }
    }
  }
};

/** The trap objects that fast-check itself can handle as generated values (not the Proxy). */
export const trapValues = (): unknown[] => trapObjects().filter((x) => !isProxyTrap(x));
const proxies = new WeakSet<object>();
const isProxyTrap = (x: unknown) => typeof x === 'object' && x !== null && proxies.has(x);

/** fast-check parameters used by every hostile property (bounded and reproducible). */
export const HOSTILE_RUNS: fc.Parameters<unknown> = { numRuns: 100, seed: 20_250_101, endOnFailure: true };
