/**
 * A plain, bounded copy of untrusted data taken before it is validated, so that a parser never throws
 * and never sees a value change under it: cyclic values, revoked proxies, throwing getters, accessors
 * that answer differently on each read, class instances and null-prototype objects are all handled
 * here, once. Each property is read exactly once (through its descriptor); the validators then work on
 * the copy only. Never throws.
 */
import type { Issue } from '@coop/model';

/** Bounds of a copy. */
export interface CopyLimits {
  /** Deepest nesting accepted. */
  readonly maxDepth: number;
  /** Most values (objects, arrays, primitives) accepted in total. */
  readonly maxNodes: number;
  /** Longest string accepted, in UTF-16 code units. */
  readonly maxString: number;
}

/** The copy, or the reasons it could not be made (paths into the input). */
export type PlainCopy = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: Issue[] };

const REFUSED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const message = (en: string, vi: string): Issue['message'] => ({ vi, en });

/**
 * Copies `input` into fresh plain objects, arrays and primitives within `limits`.
 *
 * @param input - anything
 * @param limits - depth, node and string bounds
 * @returns `{ ok: true, value }` with the copy, or `{ ok: false, issues }`
 */
export const plainCopy = (input: unknown, limits: CopyLimits): PlainCopy => {
  const issues: Issue[] = [];
  const open = new Set<object>();
  let nodes = 0;
  const fail = (path: ReadonlyArray<string | number>, code: string, en: string, vi: string): undefined => {
    if (issues.length < 20) issues.push({ path: [...path], code, message: message(en, vi) });
    return undefined;
  };
  /** Reads a property once: one descriptor lookup, at most one getter call. */
  const readOwn = (target: object, key: string | number, path: ReadonlyArray<string | number>): { value: unknown; enumerable: boolean } | undefined => {
    try {
      const d = Reflect.getOwnPropertyDescriptor(target, key);
      if (d === undefined) return { value: undefined, enumerable: false };
      if ('value' in d) return { value: d.value, enumerable: d.enumerable === true };
      return { value: d.get === undefined ? undefined : Reflect.apply(d.get, target, []), enumerable: d.enumerable === true };
    } catch {
      return fail(path, 'unreadable_value', 'Reading this value threw', 'Không đọc được giá trị này');
    }
  };
  const walk = (value: unknown, path: Array<string | number>): unknown => {
    if (issues.length > 0) return undefined;
    nodes += 1;
    if (nodes > limits.maxNodes) return fail(path, 'too_large', `More than ${limits.maxNodes} values`, `Quá ${limits.maxNodes} giá trị`);
    if (typeof value === 'string') {
      return value.length > limits.maxString ? fail(path, 'too_long', `Longer than ${limits.maxString} characters`, `Dài quá ${limits.maxString} ký tự`) : value;
    }
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      return fail(path, 'invalid_type', `A ${typeof value} is not data`, `Kiểu ${typeof value} không phải dữ liệu`);
    }
    if (typeof value !== 'object' || value === null) return value;
    if (path.length >= limits.maxDepth) return fail(path, 'too_deep', `Nested deeper than ${limits.maxDepth}`, `Lồng sâu quá ${limits.maxDepth} mức`);
    if (open.has(value)) return fail(path, 'cyclic_reference', 'The value contains itself', 'Giá trị tự chứa chính nó');
    let isArray: boolean;
    let keys: Array<string | symbol>;
    try {
      isArray = Array.isArray(value);
      const proto: unknown = Reflect.getPrototypeOf(value);
      if (!isArray && proto !== Object.prototype && proto !== null) {
        return fail(path, 'invalid_type', 'Expected plain data (an object literal or an array)', 'Cần dữ liệu thuần (đối tượng hoặc mảng)');
      }
      keys = isArray ? [] : Reflect.ownKeys(value);
    } catch {
      return fail(path, 'unreadable_value', 'Reading this value threw', 'Không đọc được giá trị này');
    }
    open.add(value);
    try {
      if (isArray) {
        const length = readOwn(value, 'length', path);
        if (length === undefined) return undefined;
        const count = length.value as number;
        if (!Number.isSafeInteger(count) || count > limits.maxNodes - nodes) {
          return fail(path, 'too_large', `More than ${limits.maxNodes} values`, `Quá ${limits.maxNodes} giá trị`);
        }
        const out: unknown[] = [];
        for (let i = 0; i < count && issues.length === 0; i++) {
          const item = readOwn(value, i, [...path, i]);
          if (item !== undefined) out.push(walk(item.value, [...path, i]));
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (issues.length > 0) break;
        if (typeof key === 'symbol') continue;
        if (REFUSED_KEYS.has(key)) {
          fail([...path, key], 'forbidden_key', `The key "${key}" is not accepted`, `Không chấp nhận khóa "${key}"`);
          break;
        }
        const item = readOwn(value, key, [...path, key]);
        if (item !== undefined && item.enumerable) out[key] = walk(item.value, [...path, key]);
      }
      return out;
    } finally {
      open.delete(value);
    }
  };
  const value = walk(input, []);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
};
