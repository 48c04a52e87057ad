import type { RawIssue } from './issue-codes.js';

/** Keys that are never copied out of untrusted input, at any depth. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Stands for a value the snapshot cannot carry (a `Date`, a class instance, a function, a cycle…). */
export const UNSUPPORTED: unique symbol = Symbol('coop.unsupported');

/** Limits and mode of a snapshot. */
export interface SnapshotOptions {
  readonly maxDepth: number;
  readonly maxNodes: number;
  /** Drop object properties whose value is an empty or blank string (CSV: empty means absent). */
  readonly blankIsAbsent: boolean;
}

/** A fresh, plain copy of untrusted input plus what was found while copying. */
export interface Snapshot {
  /** Plain objects, arrays and primitives only; {@link UNSUPPORTED} where a value could not be carried. */
  readonly value: unknown;
  /** Issues found while copying (forbidden keys, cycles, unreadable values, limits). */
  readonly issues: RawIssue[];
  /** What an {@link UNSUPPORTED} value really was, by path key. */
  readonly described: Map<string, string>;
  /** Path keys under which schema issues are not reported (already explained by a copy issue). */
  readonly blocked: Set<string>;
  /** The input exceeded `maxNodes`; the copy is incomplete. */
  readonly tooLarge: boolean;
}

type Path = ReadonlyArray<string | number>;

/** A stable key for a path. */
export const pathKey = (path: Path): string => JSON.stringify(path);

const describeObject = (value: object, proto: object | null): string => {
  try {
    if (value instanceof Date) return 'Date';
    if (value instanceof Map) return 'Map';
    if (value instanceof Set) return 'Set';
    if (value instanceof RegExp) return 'RegExp';
    if (value instanceof Promise) return 'Promise';
    if (value instanceof Error) return 'Error';
    if (ArrayBuffer.isView(value)) return 'typed array';
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    if (tag === 'Number' || tag === 'String' || tag === 'Boolean' || tag === 'BigInt' || tag === 'Symbol') {
      return `${tag} object`;
    }
    const ctor: unknown = proto === null ? undefined : Reflect.getOwnPropertyDescriptor(proto, 'constructor')?.value;
    const name = typeof ctor === 'function' ? ctor.name : '';
    return name ? `instance of ${name}` : 'non-plain object';
  } catch {
    return 'non-plain object';
  }
};

/**
 * Copies untrusted input into fresh plain data without ever throwing, calling user code only through
 * getters (caught), and without touching the input. Forbidden keys are dropped and reported; cycles,
 * unreadable values, non-plain objects and functions become {@link UNSUPPORTED}.
 *
 * @param input - anything
 * @param options - limits and mode
 * @returns the copy and what was found
 */
export const snapshot = (input: unknown, options: SnapshotOptions): Snapshot => {
  const issues: RawIssue[] = [];
  const described = new Map<string, string>();
  const blocked = new Set<string>();
  const ancestors = new Set<object>();
  let nodes = 0;
  let tooLarge = false;

  // The path of the value being copied, as a stack; copied only when an issue needs it.
  const stack: Array<string | number> = [];
  const here = (): Array<string | number> => [...stack];

  const unsupported = (what: string): typeof UNSUPPORTED => {
    described.set(pathKey(stack), what);
    return UNSUPPORTED;
  };
  const block = (raw: Omit<RawIssue, 'path'>): typeof UNSUPPORTED => {
    const path = here();
    issues.push({ ...raw, path });
    blocked.add(pathKey(path));
    return UNSUPPORTED;
  };
  const read = (target: object, key: string | number): { ok: true; value: unknown } | { ok: false } => {
    try {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      if (descriptor === undefined) return { ok: true, value: undefined };
      if ('value' in descriptor) return { ok: true, value: descriptor.value };
      return { ok: true, value: descriptor.get ? Reflect.apply(descriptor.get, target, []) : undefined };
    } catch (error) {
      block({ code: 'unreadable_value', received: errorText(error) });
      return { ok: false };
    }
  };
  const walk = (value: unknown, depth: number): unknown => {
    if (tooLarge) return UNSUPPORTED;
    nodes += 1;
    if (nodes > options.maxNodes) {
      tooLarge = true;
      issues.push({ path: here(), code: 'too_large', expected: String(options.maxNodes) });
      return UNSUPPORTED;
    }
    if (typeof value === 'function') return unsupported('function');
    if (typeof value !== 'object' || value === null) return value;
    if (depth > options.maxDepth) return block({ code: 'too_deep', expected: String(options.maxDepth) });
    if (ancestors.has(value)) return block({ code: 'cyclic_reference', received: 'a reference to an enclosing object' });
    let isArray: boolean;
    let proto: object | null = null;
    let keys: Array<string | symbol> = [];
    try {
      isArray = Array.isArray(value);
      if (!isArray) {
        proto = Reflect.getPrototypeOf(value);
        if (proto === null || Reflect.getPrototypeOf(proto) === null) {
          // Own enumerable string keys (what is copied), then every own symbol key (reported, never copied).
          keys = Object.keys(value);
          const symbols = Object.getOwnPropertySymbols(value);
          if (symbols.length > 0) keys.push(...symbols);
        }
      }
    } catch (error) {
      return block({ code: 'unreadable_value', received: errorText(error) });
    }
    const entryLength = stack.length;
    ancestors.add(value);
    try {
      if (isArray) {
        const length = read(value, 'length');
        if (!length.ok) return UNSUPPORTED;
        const count = typeof length.value === 'number' && Number.isSafeInteger(length.value) ? length.value : 0;
        if (count > options.maxNodes - nodes) {
          tooLarge = true;
          issues.push({ path: here(), code: 'too_large', expected: String(options.maxNodes), received: `${count} items` });
          return UNSUPPORTED;
        }
        const out: unknown[] = [];
        for (let index = 0; index < count; index += 1) {
          stack.push(index);
          const item = read(value, index);
          out.push(item.ok ? walk(item.value, depth + 1) : UNSUPPORTED);
          stack.pop();
        }
        return out;
      }
      if (proto !== null && Reflect.getPrototypeOf(proto) !== null) return unsupported(describeObject(value, proto));
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (typeof key === 'symbol') {
          stack.push(String(key));
          block({ code: 'unknown_key', received: String(key) });
          stack.pop();
          continue;
        }
        stack.push(key);
        if (FORBIDDEN_KEYS.has(key)) {
          block({ code: 'forbidden_key', received: JSON.stringify(key) });
          stack.pop();
          continue;
        }
        // Each own enumerable property is read exactly once (a getter runs once; its value is what is
        // copied); non-enumerable ones are left out, as JSON does. No descriptor object per key: this loop
        // runs for every field of every record.
        let item: unknown;
        try {
          item = (value as Record<string, unknown>)[key];
        } catch (error) {
          out[key] = block({ code: 'unreadable_value', received: errorText(error) });
          stack.pop();
          continue;
        }
        if (!(options.blankIsAbsent && typeof item === 'string' && item.trim() === '')) out[key] = walk(item, depth + 1);
        stack.pop();
      }
      return out;
    } catch (error) {
      stack.length = entryLength;
      return block({ code: 'unreadable_value', received: errorText(error) });
    } finally {
      stack.length = entryLength;
      ancestors.delete(value);
    }
  };

  const value = walk(input, 0);
  return { value, issues, described, blocked, tooLarge };
};

/**
 * One `invalid_type` issue (expected plain data) for each value a snapshot could not carry without an
 * issue of its own (a function, a `Date`, a `Map`, a class instance), at its path.
 *
 * @param snap - the snapshot
 * @returns the issues, in the order the values were read
 */
export const unsupportedIssues = (snap: Snapshot): RawIssue[] =>
  [...snap.described].map(([key, what]) => ({ path: JSON.parse(key) as Array<string | number>, code: 'invalid_type', expected: 'plain data', received: what }));

const errorText = (error: unknown): string => {
  try {
    const message = error instanceof Error ? error.message : String(error);
    return `reading it threw: ${message.length > 80 ? `${message.slice(0, 79)}…` : message}`;
  } catch {
    return 'reading it threw';
  }
};

/**
 * Reads the value at a path of a snapshot (plain data), telling whether the last key is present.
 *
 * @param root - a snapshot value
 * @param path - a path
 * @returns whether the key is present, and the value
 */
export const valueAt = (root: unknown, path: Path): { readonly present: boolean; readonly value: unknown } => {
  let current: unknown = root;
  for (const key of path) {
    if (Array.isArray(current)) {
      if (typeof key !== 'number' || key < 0 || key >= current.length) return { present: false, value: undefined };
      current = current[key];
    } else if (typeof current === 'object' && current !== null) {
      if (!Object.hasOwn(current, key)) return { present: false, value: undefined };
      current = (current as Record<string, unknown>)[key];
    } else {
      return { present: false, value: undefined };
    }
  }
  return { present: true, value: current };
};

/**
 * Replaces the value at a path of a snapshot (which the parser owns; never the user's input).
 *
 * @param root - a snapshot value
 * @param path - a non-empty path
 * @param value - the new value
 */
export const setAt = (root: unknown, path: Path, value: unknown): void => {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (key === undefined || !parent.present || typeof parent.value !== 'object' || parent.value === null) return;
  (parent.value as Record<string | number, unknown>)[key] = value;
};

/**
 * Describes a snapshot value in a few words for an issue's `received`.
 *
 * @param value - a snapshot value
 * @param what - what an {@link UNSUPPORTED} value really was, if known
 * @returns a short description such as `"abc"`, `-1`, `NaN`, `Date`, `array (3 items)`
 */
export const describe = (value: unknown, what?: string): string => {
  if (value === UNSUPPORTED) return what ?? 'unsupported value';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 39))}… (${value.length} characters)` : JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? '0' : String(value);
    case 'bigint':
      return `${value}n (bigint)`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'symbol':
      return 'symbol';
    case 'function':
      return 'function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return `array (${value.length} ${value.length === 1 ? 'item' : 'items'})`;
      return 'object';
  }
};

/**
 * Describes any value for an error message without calling user code that could throw or recurse
 * (no `String(object)`, no `JSON.stringify` of deep values).
 *
 * @param value - anything
 * @returns a short description
 */
export const describeSafely = (value: unknown): string => {
  try {
    return describe(value);
  } catch {
    return 'an unreadable value';
  }
};
