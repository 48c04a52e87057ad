import { CoopError, isCoopError } from './errors.js';
import type { ParseResult } from './issue.js';
import type { RawIssue } from './internal/issue-codes.js';
import { DEFAULT_DEPTH, DEFAULT_ISSUES, DEFAULT_NODES, capped, collector, fail, isBlocked, limit, readParseOptions } from './internal/parse-core.js';
import { FORBIDDEN_KEYS, describe, pathKey, snapshot, unsupportedIssues, type Snapshot } from './internal/snapshot.js';
import { boundText, enumIssue, typeIssue, unsafeIntegerIssue, type Found } from './internal/value-issues.js';
import type { SchemaParseOptions } from './parse-with-schema.js';

/**
 * A shape of plain data, written as data: what {@link parseWithShape} checks without a schema library.
 * Each form checks what its zod (`zod/mini`) counterpart checks, and its issues are the same:
 *
 * | shape | zod/mini | accepts |
 * | --- | --- | --- |
 * | `'string'` | `z.string()` | a string |
 * | `'number'` | `z.number()` | a finite number |
 * | `'integer'` | `z.int()` | a safe integer |
 * | `{ integer: { min: 1, max: 1000 } }` | `z.int().check(z.gte(1), z.lte(1000))` | a safe integer within the bounds (each optional, inclusive) |
 * | `'boolean'` | `z.boolean()` | `true` or `false` |
 * | `{ oneOf: ['vi', 'en'] }` | `z.enum(['vi', 'en'])` | one of the strings |
 * | `{ optional: shape }` | `z.optional(…)` | `undefined` (or an absent field), or the shape |
 * | `{ listOf: shape }` | `z.array(…)` | an array whose every item has the shape |
 * | `{ tuple: [a, b] }` | `z.tuple([…])` | an array of exactly that many items, each of its shape (none optional) |
 * | `{ fields: { name: shape } }` | `z.looseObject({…})` | an object whose named fields have their shapes (other fields are kept, not checked) |
 *
 * @example
 * ```ts
 * import type { DataShape } from '@coop/model';
 * const column: DataShape = { fields: { header: 'string', align: { optional: { oneOf: ['left', 'right'] } } } };
 * 'fields' in (column as object); // true
 * ```
 */
export type DataShape =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | { readonly integer: IntegerBounds }
  | { readonly oneOf: readonly string[] }
  | { readonly optional: DataShape }
  | { readonly listOf: DataShape }
  | { readonly tuple: readonly DataShape[] }
  | { readonly fields: { readonly [field: string]: DataShape } };

/**
 * The inclusive bounds of a `{ integer: … }` shape (a count, a width): each a safe integer, either may be
 * left out, `min` not above `max`.
 *
 * @example
 * ```ts
 * import { parseWithShape, type IntegerBounds } from '@coop/model';
 * const width: IntegerBounds = { min: 0, max: 1000 };
 * parseWithShape({ integer: width }, 1000).ok; // true
 * const tooWide = parseWithShape({ integer: width }, 1001);
 * tooWide.ok ? '' : tooWide.issues[0]?.code; // 'too_big'
 * ```
 */
export interface IntegerBounds {
  /** The smallest value allowed. */
  readonly min?: number;
  /** The largest value allowed. */
  readonly max?: number;
}

/** Deepest nesting of a shape; most items of a tuple, fields of an object, values of a list of allowed values. */
const SHAPE_LIMITS = { depth: 32, items: 256 } as const;

const PRIMITIVES: ReadonlySet<unknown> = new Set(['string', 'number', 'integer', 'boolean']);

const badShape = (what: string): CoopError => new CoopError('INVALID_ARGUMENT', `parseWithShape: shape ${what}`, { argument: 'shape' });

/** A list of a shape (a tuple's items, the allowed values), its length bounded before it is read. */
const listOf = (value: unknown, what: string): readonly unknown[] => {
  if (!Array.isArray(value)) throw badShape(`${what} must be an array`);
  if (value.length > SHAPE_LIMITS.items) throw badShape(`${what} has more than ${SHAPE_LIMITS.items} items`);
  return Array.from({ length: value.length }, (_, index) => value[index] as unknown);
};

/** Reads the bounds of an `{ integer: … }` shape into fresh ones: `min` and `max` only, safe integers, `min` ≤ `max`. */
const readBounds = (value: unknown): IntegerBounds => {
  const bad = (): CoopError => badShape('integer must be { min?, max? }: safe integers, min not above max');
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.keys(value).every((name) => name === 'min' || name === 'max')) throw bad();
  const { min, max } = value as Record<string, unknown>;
  if (![min, max].every((bound) => bound === undefined || Number.isSafeInteger(bound))) throw bad();
  if (typeof min === 'number' && typeof max === 'number' && min > max) throw bad();
  return { ...(typeof min === 'number' ? { min } : {}), ...(typeof max === 'number' ? { max } : {}) };
};

/**
 * Reads a shape (the programmer's) into a fresh one, checking it: one of the forms of {@link DataShape},
 * nested at most {@link SHAPE_LIMITS}`.depth` levels (a cyclic shape is refused there).
 */
const readShape = (shape: unknown, depth: number): DataShape => {
  if (PRIMITIVES.has(shape)) return shape as DataShape;
  if (depth >= SHAPE_LIMITS.depth) throw badShape(`is nested more than ${SHAPE_LIMITS.depth} levels`);
  if (typeof shape !== 'object' || shape === null || Array.isArray(shape)) throw badShape("must be 'string', 'number', 'integer', 'boolean' or an object with one of integer, oneOf, optional, listOf, tuple, fields");
  const keys = Object.keys(shape);
  const inner = (shape as Record<string, unknown>)[keys[0] ?? ''];
  if (keys.length !== 1) throw badShape('objects have exactly one key: integer, oneOf, optional, listOf, tuple or fields');
  switch (keys[0]) {
    case 'integer':
      return { integer: readBounds(inner) };
    case 'oneOf': {
      const values = listOf(inner, 'oneOf');
      if (values.length === 0 || !values.every((value) => typeof value === 'string')) throw badShape('oneOf must list at least one string');
      // Listed as zod lists an enum's values (the keys of an object: integer-like text first, no repeats).
      return { oneOf: Object.keys(Object.fromEntries(values.map((value) => [value, value]))) };
    }
    case 'optional':
      return { optional: readShape(inner, depth + 1) };
    case 'listOf':
      return { listOf: readShape(inner, depth + 1) };
    case 'tuple': {
      const items = listOf(inner, 'tuple').map((item) => readShape(item, depth + 1));
      // zod lets a tuple end in optional items (a shorter array passes); these shapes do not offer that.
      if (items.some((item) => typeof item === 'object' && 'optional' in item)) throw badShape('tuple items cannot be optional');
      return { tuple: items };
    }
    case 'fields': {
      if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) throw badShape('fields must be an object');
      const names = Object.keys(inner);
      if (names.length > SHAPE_LIMITS.items) throw badShape(`fields has more than ${SHAPE_LIMITS.items} fields`);
      const fields: Record<string, DataShape> = {};
      for (const name of names) {
        if (FORBIDDEN_KEYS.has(name)) throw badShape(`fields must not name ${JSON.stringify(name)}`);
        fields[name] = readShape((inner as Record<string, unknown>)[name], depth + 1);
      }
      return { fields };
    }
    default:
      throw badShape(`has an unknown form ${JSON.stringify(keys[0])}`);
  }
};

/** Reads the caller's shape; a revoked Proxy or a throwing getter is `INVALID_ARGUMENT` too. */
const checkedShape = (shape: unknown): DataShape => {
  try {
    return readShape(shape, 0);
  } catch (error) {
    if (isCoopError(error)) throw error;
    throw badShape('cannot be read (a revoked Proxy or a throwing getter)');
  }
};

type Path = ReadonlyArray<string | number>;

/** A value below a lower bound (`too_small`, `≥ limit`) or above an upper one (`too_big`, `≤ limit`). */
const boundIssue = (path: Path, which: 'minimum' | 'maximum', limit: number, received: string): RawIssue => ({
  path: [...path],
  code: which === 'minimum' ? 'too_small' : 'too_big',
  expected: boundText('int', which, String(limit), false),
  received,
});

/**
 * The issues of a value against `z.int()` with the bounds' `z.gte(min)` and `z.lte(max)` (inclusive): a value
 * that is no finite number at all is refused as a number, a fraction as an integer, an integer beyond
 * 2⁵³−1 as unsafe; below −2⁵³+1 it is too small and zod still checks the lower bound; a safe integer is
 * checked against the bounds.
 */
const integerIssues = (bounds: IntegerBounds, at: Found, path: Path, received: () => string, out: RawIssue[]): void => {
  const value = at.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) out.push(typeIssue(path, 'number', at, received(), false));
  else if (!Number.isInteger(value)) out.push(typeIssue(path, 'int', at, received(), false));
  else if (value > Number.MAX_SAFE_INTEGER) {
    // zod's upper bound reports it too, in the same words: listed once, counted twice (as zod's are).
    out.push(unsafeIntegerIssue(path, received()));
    if (bounds.max !== undefined) out.push(unsafeIntegerIssue(path, received()));
  } else {
    if (value < Number.MIN_SAFE_INTEGER) out.push(boundIssue(path, 'minimum', Number.MIN_SAFE_INTEGER, received()));
    if (bounds.min !== undefined && value < bounds.min) out.push(boundIssue(path, 'minimum', bounds.min, received()));
    else if (bounds.max !== undefined && value > bounds.max) out.push(boundIssue(path, 'maximum', bounds.max, received()));
  }
};

/**
 * The issues of the value `at` (at `path` of the snapshot) against `shape`, in the order zod reports them
 * (a tuple of the wrong length: the length first; an object's fields in the shape's order).
 */
const shapeIssues = (shape: DataShape, at: Found, path: Path, snap: Snapshot, out: RawIssue[]): void => {
  const value = at.value;
  const received = (): string => describe(value, snap.described.get(pathKey(path)));
  const wrongType = (expected: string): void => {
    out.push(typeIssue(path, expected, at, received(), false));
  };
  if (typeof shape === 'string') {
    switch (shape) {
      case 'string':
        if (typeof value !== 'string') wrongType('string');
        return;
      case 'boolean':
        if (typeof value !== 'boolean') wrongType('boolean');
        return;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) wrongType('number');
        return;
      default:
        return integerIssues({}, at, path, received, out);
    }
  }
  if ('integer' in shape) return integerIssues(shape.integer, at, path, received, out);
  if ('oneOf' in shape) {
    if (!shape.oneOf.includes(value as string)) out.push(enumIssue(path, shape.oneOf, at, received()));
    return;
  }
  if ('optional' in shape) {
    if (value !== undefined) shapeIssues(shape.optional, at, path, snap, out);
    return;
  }
  if ('listOf' in shape) {
    if (!Array.isArray(value)) return wrongType('array');
    for (let index = 0; index < value.length; index += 1) shapeIssues(shape.listOf, { present: true, value: value[index] }, [...path, index], snap, out);
    return;
  }
  if ('tuple' in shape) {
    if (!Array.isArray(value)) return wrongType('tuple');
    const size = String(shape.tuple.length);
    if (value.length < shape.tuple.length) {
      out.push({ path: [...path], code: 'too_small', expected: boundText('array', 'minimum', size, false), received: received() });
      return;
    }
    if (value.length > shape.tuple.length) out.push({ path: [...path], code: 'too_big', expected: boundText('array', 'maximum', size, false), received: received() });
    shape.tuple.forEach((item, index) => shapeIssues(item, { present: true, value: value[index] }, [...path, index], snap, out));
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType('object');
  for (const [name, field] of Object.entries(shape.fields)) {
    // Read as zod reads a field (`value[name]`); whether it is there, as the issue's words say (own keys only).
    shapeIssues(field, { present: Object.hasOwn(value, name), value: (value as Record<string, unknown>)[name] }, [...path, name], snap, out);
  }
};

/**
 * Checks untrusted data against a {@link DataShape} — strings, numbers, integers, booleans, allowed values,
 * lists, tuples and objects of those — the way {@link parseWithSchema} checks it against the matching
 * zod schema, without a schema library (a page that checks a few plain arguments does not bundle one):
 * the same copy first (never throws, never changes the input; cycles, revoked Proxies, throwing getters,
 * prototype keys, functions, `Date`s and class instances are issues), the same limits, and the same
 * issues: paths, codes of {@link ISSUE_CODES}, `expected` / `received`, vi/en messages, in the same order.
 *
 * @param shape - the shape (the programmer's; checked, not changed)
 * @param input - untrusted data
 * @param options - limits (`maxDepth` default 64, `maxNodes` default 5 000 000, `maxIssues` default 1 000)
 * @returns `{ ok: true, value }` with a fresh copy of the input (fields the shape does not name are kept), or `{ ok: false, issues }`
 * @throws CoopError `INVALID_ARGUMENT` when `shape` is not a shape; `INVALID_OPTIONS` when `options` cannot be read
 * @example
 * ```ts
 * import { parseWithShape } from '@coop/model';
 * const column = { fields: { header: 'string', maxWidth: { optional: 'integer' } } } as const;
 * parseWithShape(column, { header: 'Tên', maxWidth: 20 }).ok; // true
 * const bad = parseWithShape({ listOf: column }, [{ header: 'Tên', maxWidth: '20' }, {}]);
 * const issues = bad.ok ? [] : bad.issues;
 * issues.map((issue) => issue.code).join(' '); // 'number_as_string missing'
 * issues[1]?.path.join('.'); // '1.header'
 * issues[1]?.message.en; // 'Missing required field (expected string)'
 * ```
 */
export const parseWithShape = <T = unknown>(shape: DataShape, input: unknown, options?: SchemaParseOptions): ParseResult<T> => {
  const checked = checkedShape(shape);
  const read = readParseOptions(options);
  try {
    const snap = snapshot(input, { maxDepth: limit(read.maxDepth, DEFAULT_DEPTH), maxNodes: limit(read.maxNodes, DEFAULT_NODES), blankIsAbsent: false });
    const maxIssues = limit(read.maxIssues, DEFAULT_ISSUES);
    if (snap.tooLarge) return fail(capped(snap.issues, maxIssues));
    const issues: RawIssue[] = [];
    shapeIssues(checked, { present: true, value: snap.value }, [], snap, issues);
    const unsupported = unsupportedIssues(snap);
    if (issues.length === 0 && snap.issues.length === 0 && unsupported.length === 0) return { ok: true, value: snap.value as T };
    // As parseWithSchema collects them: what the copy found, the shape's issues (none below a value the
    // copy already reported), the values the copy could not carry; no repeats; at most `maxIssues`.
    const found = collector(maxIssues);
    found.add(snap.issues);
    for (let index = 0; index < issues.length; index += 1) {
      const issue = issues[index] as RawIssue;
      if (!found.add(isBlocked(snap, issue.path) ? [] : [issue])) {
        found.count(issues.length - index - 1);
        break;
      }
    }
    found.add(unsupported);
    if (found.leftOut > 0) {
      found.issues.push({ path: [], code: 'too_many_issues', expected: String(found.issues.length), received: String(found.issues.length + found.leftOut) });
    }
    return fail(found.issues.length > 0 ? found.issues : [{ path: [], code: 'custom', detail: 'rejected by the schema' }]);
  } catch (error) {
    // Defensive, as parseWithSchema: nothing above should throw on data; if it does, report it instead.
    return fail([{ path: [], code: 'custom', detail: `the parser failed on this input (${error instanceof Error ? error.message : 'unexpected failure'})` }]);
  }
};
