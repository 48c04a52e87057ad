import { CoopError, LIMITS, isCoopError, type Issue, type ParseResult } from '@coop/model';

/**
 * Argument guards shared by the public evaluation functions (issue 7): the only outcomes on bad input
 * are a result or a `CoopError` whose `details.issues` lists every problem found (with paths). Guards
 * read untrusted values defensively — a getter, Proxy trap or conversion that throws ends as a
 * `CoopError` naming the path — never call `toString`/`valueOf` on caller objects, never write to them,
 * and never recurse on caller data (so deep nesting cannot overflow the stack).
 */

export type Path = ReadonlyArray<string | number>;

/** Most issues collected before a guard gives up (the first ones are the useful ones). */
export const MAX_ISSUES = 20;

/** Longest decimal string read as an exact number (longer text is rejected, not parsed). */
export const MAX_DECIMAL_LENGTH = 400;

/** Years accepted in records, series and options (the model's `YearSchema` range). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** A short, safe description of a value for `received` (never calls caller code). */
export const describeValue = (value: unknown): string => {
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)` : JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value.toString().slice(0, 40)}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
      } catch {
        return 'an unreadable object';
      }
  }
};

/** Builds one issue (`received` is described safely when given). */
export const makeIssue = (
  path: Path,
  code: string,
  vi: string,
  en: string,
  extra: { readonly received?: unknown; readonly expected?: string } = {},
): Issue => ({
  path: [...path],
  code,
  message: { vi, en },
  ...(extra.expected === undefined ? {} : { expected: extra.expected }),
  ...('received' in extra ? { received: describeValue(extra.received) } : {}),
});

/** The issue for a value that could not be read (a throwing getter or Proxy trap). */
export const unreadableIssue = (path: Path, error: unknown): Issue => {
  let why = 'it threw';
  try {
    if (error instanceof Error && typeof error.message === 'string') why = `it threw: ${error.message.slice(0, 120)}`;
  } catch {
    // keep the generic reason
  }
  return {
    path: [...path],
    code: 'unreadable',
    message: { vi: 'Không đọc được giá trị (getter hoặc Proxy ném lỗi)', en: `The value cannot be read (${why})` },
  };
};

const pathText = (path: Path): string => (path.length === 0 ? '(root)' : path.join('.'));

/** Throws a `CoopError` with `details.issues` (and any extra details). */
export const fail = (code: string, what: string, issues: readonly Issue[], extra: Record<string, unknown> = {}): never => {
  const first = issues[0];
  const summary = first === undefined ? '' : `; first at ${pathText(first.path)}: ${first.message.en}`;
  throw new CoopError(code, `Invalid ${what}: ${issues.length} issue${issues.length === 1 ? '' : 's'}${summary}`, { ...extra, issues });
};

/**
 * Runs a guard; anything it throws that is not a `CoopError` (a getter, a Proxy trap) becomes a
 * `CoopError` with `code` and an `unreadable` issue at the path being read (`where()`).
 */
export const guard = <T>(code: string, what: string, where: () => Path, run: () => T): T => {
  try {
    return run();
  } catch (error) {
    if (isCoopError(error)) throw error;
    return fail(code, what, [unreadableIssue(where(), error)]);
  }
};

/**
 * Refuses a caller's array longer than the model's `LIMITS.listLength` before any item is read (a sparse
 * array of length 2³²−1 costs nothing): `LIMIT_EXCEEDED` with a `too_large` issue at `path`.
 */
export const checkLength = (list: readonly unknown[], path: Path, what: string): void => {
  const length = list.length;
  if (length <= LIMITS.listLength) return;
  fail('LIMIT_EXCEEDED', what, [
    makeIssue(path, 'too_large', `Mảng quá dài: tối đa ${LIMITS.listLength} phần tử`, `The array is too long: at most ${LIMITS.listLength} items`, {
      received: list,
    }),
  ]);
};

/** An object that is not an array (plain objects, null-prototype objects, class instances). */
export const isObjectLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an own property (never the prototype chain: `constructor`, `toString` … are absent). May throw. */
export const ownField = (value: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;

/** Prefixes the paths of issues (e.g. issues of a parsed indicator under `['indicator']`). */
export const prefixIssues = (prefix: Path, issues: readonly Issue[]): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

/** Unwraps a `ParseResult` or throws `code` with its issues under `prefix`. */
export const unwrap = <T>(result: ParseResult<T>, code: string, what: string, prefix: Path = []): T =>
  result.ok ? result.value : fail(code, what, prefixIssues(prefix, result.issues));

/** A year in the accepted range. */
export const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;

/** A finite number. */
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A non-empty string. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
