/**
 * The checked boundary of the library entry (issue 22): every function `@coop/cli` exports is called
 * through {@link guarded}, which snapshots each argument with model's `plainCopy` (bounded in nodes and
 * depth: a sparse list of length 2³²−1, a cycle, a revoked Proxy, a throwing or changing getter is
 * refused or read once before any work), and answers a call whose arguments are not of the documented
 * shape with a `CoopError` instead of a TypeError or RangeError from deep inside. The `coop` program
 * itself calls the unwrapped functions with data it has read and checked, so its work is unchanged.
 */
import { CoopError, assertList, isCoopError, plainCopy } from '@coop/model';

/** Most values read from the arguments of one call (a million-row grade table stays below it). */
export const MAX_ARGUMENT_NODES = 50_000_000;
/** Deepest nesting read from an argument. */
export const MAX_ARGUMENT_DEPTH = 64;

const invalid = (name: string, what: string, details: Record<string, unknown> = {}): CoopError =>
  new CoopError('INVALID_ARGUMENT', `${name}: ${what} (đối số không đúng dạng đã mô tả / an argument is not of the documented shape)`, { argument: name, ...details });

/** A snapshot of plain data: the value, or a typed error naming the first issue. */
const snapshotData = (value: unknown, name: string): unknown => {
  const copy = plainCopy(value, { maxNodes: MAX_ARGUMENT_NODES, maxDepth: MAX_ARGUMENT_DEPTH });
  if (copy.ok) return copy.value;
  const first = copy.issues[0];
  throw invalid(name, `cannot be read as plain data${first ? ` at ${JSON.stringify(first.path)}: ${first.code}` : ''}`, { issues: copy.issues.slice(0, 5) });
};

/**
 * A snapshot of one argument. Functions (a chart's `format`) are passed as they are, at the top of the
 * argument or as an own field of an options object; everything else is copied as plain data.
 */
export const snapshotArgument = (value: unknown, name: string): unknown => {
  if (typeof value === 'function' || typeof value !== 'object' || value === null) return snapshotData(value, name);
  let isArray: boolean;
  let entries: Array<[string, unknown]>;
  try {
    isArray = Array.isArray(value);
    // A list's length is checked before it is walked (LIMIT_EXCEEDED past model's LIMITS.listLength).
    if (isArray) return snapshotData(assertList(value, name), name);
    entries = [];
    for (const key of Object.keys(value)) entries.push([key, (value as Record<string, unknown>)[key]]);
  } catch (error) {
    if (isCoopError(error)) throw error;
    throw invalid(name, 'cannot be read (a revoked Proxy or a throwing trap)');
  }
  const functions = entries.filter(([, v]) => typeof v === 'function');
  if (functions.length === 0) return snapshotData(Object.fromEntries(entries), name);
  const data = snapshotData(Object.fromEntries(entries.filter(([, v]) => typeof v !== 'function')), name) as Record<string, unknown>;
  return { ...data, ...Object.fromEntries(functions) };
};

/**
 * Wraps a library function: its arguments are snapshot first ({@link snapshotArgument}), and a
 * TypeError or RangeError raised while it reads the snapshot (a field missing or of the wrong type) is
 * a `CoopError` `INVALID_ARGUMENT`. Any other error (a caller's callback throwing) passes unchanged.
 *
 * @param name - the export's name, for messages
 * @param fn - the function
 * @returns the checked function, of the same type
 * @example
 * ```ts
 * import { guarded } from './guard.js';
 * const first = guarded('first', (list: readonly string[]) => list[0]!.toUpperCase());
 * first(['a']); // 'A'
 * ```
 */
export const guarded = <A extends unknown[], R>(name: string, fn: (...args: A) => R): ((...args: A) => R) => {
  const checked = (...args: A): R => {
    const copies = args.map((arg, i) => (typeof arg === 'function' ? arg : snapshotArgument(arg, `${name} argument ${i + 1}`))) as A;
    try {
      return fn(...copies);
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) throw invalid(name, error.message);
      throw error;
    }
  };
  Object.defineProperty(checked, 'name', { value: name });
  return checked;
};
