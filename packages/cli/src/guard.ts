/**
 * The checked boundary of the library entry (issue 22): every function `@coop/cli` exports is called
 * through {@link guarded}, which reads each argument once into a fresh copy, bounded in nodes and depth
 * (a sparse list of length 2³²−1, a cycle, a revoked Proxy, a throwing or changing getter is refused or
 * read once before any work): an argument with a documented shape is copied and checked in one pass by
 * the check {@link guarded} is given for it, any other copied by model's `plainCopy`. The checks come from
 * two modules: ./internal/plain-shapes.ts for arguments that are plain values (a text, a number, a
 * language, a table's columns and cells: model's `parseWithShape`, no zod) and
 * ./internal/argument-shapes.ts for the rating, grading and report structures (zod schemas, model's
 * `parseWithSchema`); this module imports neither, so a function checked without zod bundles no zod
 * (docs/decisions/0022-cli-light-argument-checks.md). Both give the same issues: a call whose arguments
 * are not of their shapes is a `CoopError` `INVALID_ARGUMENT` whose `details.issues` (the model's codes
 * and vi/en messages) give the path of each wrong field, before any work — never a TypeError or
 * RangeError from deep inside. The `coop` program itself calls the unwrapped functions with data it has
 * read and checked, so its work is unchanged.
 */
import { CoopError, LIMITS, LIMIT_CODES, assertList, isCoopError, plainCopy, type Issue, type ParseResult, type SchemaParseOptions } from '@coop/model';

/**
 * How one argument is checked: its fresh copy (functions replaced by {@link FUNCTION}) and the limits of
 * the call in, the checked value or the issues (paths from the argument) out.
 */
export type ArgumentCheck = (value: unknown, limits: SchemaParseOptions) => ParseResult<unknown>;

/** The checks of a function's arguments, in order (`undefined`: copied, not checked); built on the first call. */
export type ArgumentChecks = () => ReadonlyArray<ArgumentCheck | undefined>;

/**
 * What the shape check reads in place of a function found in an argument (see {@link checkedArgument}):
 * the check copies plain data only, so a function field is named by this stand-in, which no caller can write.
 */
export const FUNCTION: unique symbol = Symbol('a function');

/** Most values read from the arguments of one call (a million-row grade table stays below it). */
export const MAX_ARGUMENT_NODES = 50_000_000;
/** Deepest nesting read from an argument. */
export const MAX_ARGUMENT_DEPTH = 64;
/** Most issues reported for one call (the first ones say enough; a list of a million bad rows is not repeated). */
export const MAX_ARGUMENT_ISSUES = 20;

const invalid = (name: string, what: string, details: Record<string, unknown> = {}): CoopError =>
  new CoopError('INVALID_ARGUMENT', `${name}: ${what} (đối số không đúng dạng đã mô tả / an argument is not of the documented shape)`, { argument: name, ...details });

/**
 * A snapshot of plain data: the value, or a typed error naming the first issue. The issues' paths start
 * with `argument` (`['argument 2', 'rows', 3]`), as those of the shape check do.
 */
const snapshotData = (value: unknown, name: string, argument?: string): unknown => {
  const copy = plainCopy(value, { maxNodes: MAX_ARGUMENT_NODES, maxDepth: MAX_ARGUMENT_DEPTH });
  if (copy.ok) return copy.value;
  const first = copy.issues[0];
  const issues = copy.issues.slice(0, 5).map((issue) => (argument === undefined ? issue : { ...issue, path: [argument, ...issue.path] }));
  throw invalid(name, `cannot be read as plain data${first ? ` at ${JSON.stringify(first.path)}: ${first.code}` : ''}`, { issues });
};

/** How deep {@link snapshotArgument} looks for functions (a chart's `format`, a report target's `format`). */
const FUNCTION_DEPTH = 3;

/**
 * Reads a value's containers down to {@link FUNCTION_DEPTH} once each into fresh ones, taking the
 * functions out (with their paths); what is below is left for `plainCopy`.
 */
const takeFunctions = (value: unknown, name: string, depth: number, path: Array<string | number>, found: Array<[Array<string | number>, unknown]>): unknown => {
  if (depth >= FUNCTION_DEPTH || typeof value !== 'object' || value === null) return value;
  let out: unknown;
  try {
    if (Array.isArray(value)) {
      // A list's length is checked before it is walked (LIMIT_EXCEEDED past model's LIMITS.listLength).
      const list = assertList(value, name);
      const copy: unknown[] = [];
      for (let i = 0; i < list.length; i += 1) copy.push(takeFunctions(list[i], name, depth + 1, [...path, i], found));
      out = copy;
    } else {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return value;
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const field = (value as Record<string, unknown>)[key];
        if (typeof field === 'function') found.push([[...path, key], field]);
        else Object.defineProperty(copy, key, { value: takeFunctions(field, name, depth + 1, [...path, key], found), enumerable: true, writable: true, configurable: true });
      }
      out = copy;
    }
  } catch (error) {
    if (isCoopError(error)) throw error;
    throw invalid(name, 'cannot be read (a revoked Proxy or a throwing trap)');
  }
  return out;
};

/** A function taken out of an argument: where it was, and the function. */
type TakenFunction = [path: Array<string | number>, fn: unknown];

/** Puts `value(fn)` at the path of each function taken out of an argument, in its fresh copy `data`. */
const putFunctions = (data: unknown, found: readonly TakenFunction[], value: (fn: unknown) => unknown): void => {
  for (const [path, fn] of found) {
    let parent = data as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    Object.defineProperty(parent, path[path.length - 1]!, { value: value(fn), enumerable: true, writable: true, configurable: true });
  }
};

/**
 * A snapshot of an argument that has no documented shape: plain data copied by `plainCopy`, lists
 * bounded first. Functions (a chart's `format`, a report target's `format`) near the top of the argument
 * are kept as they are.
 */
export const snapshotArgument = (value: unknown, name: string, argument?: string): unknown => {
  const found: TakenFunction[] = [];
  const copy = snapshotData(takeFunctions(value, name, 0, [], found), name, argument);
  putFunctions(copy, found, (fn) => fn);
  return copy;
};

/**
 * An argument with a documented shape, read once: its functions taken out (the stand-in
 * {@link FUNCTION} at their place, which the shapes name a function field by), then copied and checked
 * in one pass by `check` (`@coop/model`'s `parseWithShape` or `parseWithSchema`: the model's snapshot,
 * with the same limits and refusals as `plainCopy`; the model's codes and vi/en messages). The shapes keep
 * the fields they do not name, so the checked copy, with the functions put back, is what the function is
 * called with. Its issues are added to `issues` with paths from the argument
 * (`['argument 2', 'rows', 3, 'total']`), at most {@link MAX_ARGUMENT_ISSUES} in all.
 */
const checkedArgument = (check: ArgumentCheck, value: unknown, name: string, argument: string, issues: Issue[]): unknown => {
  const found: TakenFunction[] = [];
  const taken = takeFunctions(value, name, 0, [], found);
  putFunctions(taken, found, () => FUNCTION);
  const limits = { maxIssues: Math.max(1, MAX_ARGUMENT_ISSUES - issues.length), maxNodes: MAX_ARGUMENT_NODES, maxDepth: MAX_ARGUMENT_DEPTH };
  const result = check(taken, limits);
  if (!result.ok) {
    for (const issue of result.issues) issues.push({ ...issue, path: [argument, ...issue.path] });
    return undefined;
  }
  putFunctions(result.value, found, (fn) => fn);
  return result.value;
};

/**
 * Reads an argument documented as an `Iterable` (a `Set`, a generator) into a fresh array, before its
 * snapshot: the plain-data copy carries arrays, not iterators. Only objects are iterated (a string is
 * left to the shape check); an array is left as it is (its length is bounded by the snapshot). At most
 * {@link LIMITS}`.listLength` items are read: one more is `LIMIT_EXCEEDED` (an endless generator stops
 * there), an iterator that throws is `INVALID_ARGUMENT`.
 */
const readIterable = (value: unknown, name: string): unknown => {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    if (typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') return value;
    const items: unknown[] = [];
    for (const item of value as Iterable<unknown>) {
      if (items.length === LIMITS.listLength) {
        throw new CoopError(LIMIT_CODES.limit, `${name}: more than ${LIMITS.listLength} items`, { argument: name, limit: LIMITS.listLength });
      }
      items.push(item);
    }
    return items;
  } catch (error) {
    if (isCoopError(error)) throw error;
    throw invalid(name, 'cannot be read as a list (a revoked Proxy, or its iterator threw)');
  }
};

/** How {@link guarded} reads some arguments. */
export interface GuardOptions {
  /** The indexes of the arguments documented as an `Iterable`: read into an array first (see readIterable). */
  readonly iterables?: readonly number[];
}

/**
 * Wraps a library function: each argument is copied and checked against its documented shape in one
 * pass ({@link checkedArgument}; `checks`, built on the first call), an argument without a
 * shape is copied ({@link snapshotArgument}): an argument that cannot be read as plain data or is not of
 * its shape is a `CoopError` `INVALID_ARGUMENT` before any work, whose `details.issues` name the
 * path of each wrong field (`['argument 2', 'rows', 3, 'total']`), what was expected and received, with
 * a message in Vietnamese and English. A TypeError or RangeError still raised while the function reads
 * the snapshot (a field the shapes do not describe) is turned into `INVALID_ARGUMENT` too, as a last
 * resort. Any other error (a caller's callback throwing) passes unchanged.
 *
 * @param name - the export's name, for messages
 * @param fn - the function
 * @param checks - the checks of its arguments, in order (./internal/plain-shapes.ts, ./internal/argument-shapes.ts)
 * @param options - the arguments documented as iterables (read into an array before the snapshot)
 * @returns the checked function, of the same type
 * @example
 * ```ts
 * import { escapeHtml } from '@coop/cli'; // every function of the entry is guarded
 * escapeHtml('<b>'); // '&lt;b&gt;'
 * ```
 */
export const guarded = <A extends unknown[], R>(name: string, fn: (...args: A) => R, checks?: ArgumentChecks, options: GuardOptions = {}): ((...args: A) => R) => {
  let built: ReturnType<ArgumentChecks> | undefined;
  const iterables = options.iterables ?? [];
  const checked = (...args: A): R => {
    const checksOfCall = checks === undefined ? [] : (built ??= checks());
    const issues: Issue[] = [];
    const values = args.map((arg, i) => {
      if (typeof arg === 'function') return arg;
      const what = `${name} argument ${i + 1}`;
      const value = iterables.includes(i) ? readIterable(arg, what) : arg;
      const check = checksOfCall[i];
      return check === undefined ? snapshotArgument(value, what, `argument ${i + 1}`) : checkedArgument(check, value, what, `argument ${i + 1}`, issues);
    }) as A;
    const first = issues[0];
    if (first) {
      const listed = issues.slice(0, MAX_ARGUMENT_ISSUES);
      throw invalid(name, `${first.path.join(' › ')}: ${first.message.en}`, { issues: listed, message: first.message });
    }
    try {
      return fn(...values);
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) throw invalid(name, error.message);
      throw error;
    }
  };
  Object.defineProperty(checked, 'name', { value: name });
  return checked;
};
