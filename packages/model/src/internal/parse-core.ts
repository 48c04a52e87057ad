import type * as z from 'zod/mini';
import type { Issue, ParseResult } from '../issue.js';
import { CoopError } from '../errors.js';
import { readOptions } from './read.js';
import { toIssue, type RawIssue } from './issue-codes.js';
import { UNSUPPORTED, pathKey, snapshot, valueAt, type Snapshot } from './snapshot.js';
import { mapZodIssue, type ZodIssueLike } from './zod-issues.js';

/**
 * Options of the `parse…` functions.
 *
 * @example
 * ```ts
 * import { parseYearlyRecord, type ParseOptions } from '@coop/model';
 * const row = { organisationId: 'a', year: '2024', kind: 'cooperative', sector: 'finance', areaCode: 'X', revenue: '5.000.000', sanctioned: 'có' };
 * parseYearlyRecord(row).ok; // false — without coercion "5.000.000" is text, not a number
 * const csv: ParseOptions = { coerce: 'csv' };
 * const parsed = parseYearlyRecord(row, csv);
 * parsed.ok && parsed.value.revenue; // 5000000
 * parsed.ok && parsed.value.sanctioned; // true
 * ```
 */
export interface ParseOptions {
  /**
   * `'csv'`: accept numbers and yes/no answers written as text the way Vietnamese spreadsheets write
   * them, and read empty strings as "absent". Numbers: a dot followed by exactly three digits groups
   * thousands (`5.000` is five thousand), a comma is the decimal separator (`1,5`), plain digits are
   * fine (`5000000`); ambiguous text such as `1.5` or `1,500` is rejected (`ambiguous_number`), never
   * guessed. Yes/no: `có`/`không`, `x` (yes), `true`/`false`, `1`/`0`, `yes`/`no`.
   */
  readonly coerce?: 'csv';
  /** Deepest nesting accepted (default 64). */
  readonly maxDepth?: number;
  /** Most values (objects, arrays and primitives) read from the input (default 5 000 000). */
  readonly maxNodes?: number;
  /** Most issues reported (default 1 000); a final `too_many_issues` issue says when more were found (for lists, and for the targets and tasks of a plan, reading stops there). */
  readonly maxIssues?: number;
}

/** A cross-field check: reads the (plain, possibly invalid) snapshot defensively and reports issues. */
/**
 * Cross-field checks of a parsed value, run on its snapshot's value; `snap`, where the caller has it, is
 * the snapshot itself (what its {@link UNSUPPORTED} values were, and the issues it already found).
 */
export type CrossCheck = (value: unknown, snap?: Snapshot) => RawIssue[];

/** What a zod schema's `safeParse` returns, as far as the parser reads it. */
export type Validation<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: { readonly issues: readonly unknown[] } };

/** Zod writes no default messages (ours come from ISSUE_CODES); schema-own messages are kept. */
export const QUIET = { error: (): string => '' } as const;

/**
 * One zod validation. A parse context (even `QUIET`) makes zod about twice as slow on every value, so the
 * good path runs without one; only a value that fails is validated again with `QUIET`, for its issues.
 */
export const safeParse = <S extends z.ZodMiniType>(schema: S, value: unknown): Validation<z.output<S>> => {
  const first = schema.safeParse(value);
  return first.success ? first : schema.safeParse(value, QUIET);
};

export const DEFAULT_DEPTH = 64;
export const DEFAULT_NODES = 5_000_000;
export const DEFAULT_ISSUES = 1000;

export const limit = (value: number | undefined, fallback: number): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : fallback;

export const isBlocked = (snap: Snapshot, path: ReadonlyArray<string | number>): boolean => {
  if (snap.blocked.size === 0) return false;
  for (let length = 0; length <= path.length; length += 1) {
    if (snap.blocked.has(pathKey(path.slice(0, length)))) return true;
  }
  return false;
};

/**
 * Reads the options once (programmer input): a revoked Proxy or a throwing getter is a typed error
 * (`INVALID_OPTIONS`), never a TypeError; unknown keys are ignored.
 */
export const readParseOptions = (options: ParseOptions | undefined): ParseOptions => {
  try {
    return readOptions(options, ['coerce', 'maxDepth', 'maxNodes', 'maxIssues'], 'options') as ParseOptions;
  } catch (error) {
    throw new CoopError('INVALID_OPTIONS', 'The parse options cannot be read (an object with coerce, maxDepth, maxNodes, maxIssues)', {
      cause: error instanceof Error ? error.message : 'unreadable',
    });
  }
};

/** Collects issues without duplicates (same path and code), up to a limit. */
export const collector = (max: number) => {
  const issues: RawIssue[] = [];
  const seen = new Set<string>();
  let leftOut = 0;
  return {
    issues,
    /** Adds issues; returns `false` once the limit is reached (later ones are only counted). */
    add(raw: readonly RawIssue[]): boolean {
      for (const issue of raw) {
        const key = `${pathKey(issue.path)}|${issue.code}`;
        if (seen.has(key)) continue;
        if (issues.length >= max) {
          leftOut += 1;
          continue;
        }
        seen.add(key);
        issues.push(issue);
      }
      return issues.length < max;
    },
    count(more: number): void {
      leftOut += more;
    },
    get leftOut(): number {
      return leftOut;
    },
  };
};

/**
 * How `{ coerce: 'csv' }` reads text cells: validates the value at `base` in the snapshot with
 * `schema`, converting (in place, in the fresh snapshot) the text cells the schema wants as numbers,
 * booleans, labels or dates, and validates again; ambiguous numbers go to `extra` and their paths are
 * blocked. It lives in `csv-coercion.ts` and is handed in by the `parse…` functions that offer the
 * option, so that a check that never coerces (`buildAreaIndex`, `checkData`) does not bundle it.
 */
export type Coercion = <S extends z.ZodMiniType>(
  schema: S,
  snap: Snapshot,
  base: ReadonlyArray<string | number>,
  extra: RawIssue[],
) => Validation<z.output<S>>;

/** Validates the value at `base` in the snapshot with `schema`, through `coercion` when CSV text is read. */
const validateAt = <S extends z.ZodMiniType>(
  schema: S,
  snap: Snapshot,
  base: ReadonlyArray<string | number>,
  coercion: Coercion | undefined,
  extra: RawIssue[],
): Validation<z.output<S>> =>
  coercion === undefined ? safeParse(schema, base.length === 0 ? snap.value : valueAt(snap.value, base).value) : coercion(schema, snap, base, extra);

/**
 * A list field of an object that is validated item by item (see {@link parseWithLists}): its key and
 * the schema of one item.
 */
export interface ListField {
  readonly key: string;
  readonly item: z.ZodMiniType;
}

/** The zod issues of one validation, mapped to raw issues, with the rank of the top-level key they are about. */
interface Ranked {
  readonly rank: number;
  readonly issues: RawIssue[];
}

/**
 * The one parser behind every `parse…` function: snapshot the input (no throw, no mutation, forbidden
 * keys out), coerce CSV text where the schema wants numbers or booleans (through `coercion`, when the
 * options ask for it and the caller offers it), validate with zod, map issues
 * to stable codes, and add cross-field checks. `lists` names array fields of an object schema whose
 * items are validated one by one (the schema itself only checks that they are arrays), so reading
 * stops once more than `maxIssues` issues are found; the issues, and their order, are those of one
 * parse of the whole value.
 */
const parseCore = (
  schema: z.ZodMiniType,
  lists: readonly ListField[],
  input: unknown,
  options: ParseOptions | undefined,
  coercion: Coercion | undefined,
  check?: CrossCheck,
  optionsRead = false,
): ParseResult<unknown> => {
  if (!optionsRead) options = readParseOptions(options);
  try {
    const csv = options?.coerce === 'csv' && coercion !== undefined;
    const coerce = csv ? coercion : undefined;
    const snap = snapshot(input, {
      maxDepth: limit(options?.maxDepth, DEFAULT_DEPTH),
      maxNodes: limit(options?.maxNodes, DEFAULT_NODES),
      blankIsAbsent: csv,
    });
    const maxIssues = limit(options?.maxIssues, DEFAULT_ISSUES);
    // Over the node limit the copy is incomplete: report what the copy found, capped like every other list of issues.
    if (snap.tooLarge) return fail(capped(snap.issues, maxIssues));
    const extra: RawIssue[] = [];
    const result = validateAt(schema, snap, [], coerce, extra);
    // The good path (most records): nothing found while copying or coercing, the schema passed, and so
    // do the cross-field checks: the value, without building any issue machinery.
    const crossIssues = lists.length === 0 && check && snap.issues.length === 0 && extra.length === 0 ? check(snap.value, snap) : undefined;
    if (result.success && lists.length === 0 && snap.issues.length === 0 && extra.length === 0 && (crossIssues === undefined || crossIssues.length === 0)) {
      return { ok: true, value: result.data };
    }
    const shape = lists.length === 0 ? [] : Object.keys((schema as unknown as { readonly shape?: Record<string, unknown> }).shape ?? {});
    const rankOf = (path: ReadonlyArray<PropertyKey>): number => {
      const index = path.length === 0 ? -1 : shape.indexOf(String(path[0]));
      return index < 0 ? Number.POSITIVE_INFINITY : index;
    };
    // Distinct issues found so far (same key as the collector), to stop reading list items early.
    const distinct = new Set<string>();
    let counted = 0;
    const tally = (raw: readonly RawIssue[]): void => {
      for (const issue of raw) distinct.add(`${pathKey(issue.path)}|${issue.code}`);
    };
    const tallyExtra = (): void => {
      tally(extra.slice(counted));
      counted = extra.length;
    };
    const mapOne = (issue: ZodIssueLike, base: ReadonlyArray<string | number>): RawIssue[] =>
      mapZodIssue(issue, base, snap, csv).filter((raw) => !isBlocked(snap, raw.path));
    const shellZod = result.success ? [] : (result.error.issues as unknown as ZodIssueLike[]);
    const listIssues: Ranked[] = [];
    const values = new Map<string, unknown[]>();
    let stopped = false;
    if (lists.length > 0) {
      tally(snap.issues);
      tallyExtra();
      // Lists in the order of the schema's keys; before each, count the issues of the fields before it.
      const ordered = [...lists].sort((a, b) => rankOf([a.key]) - rankOf([b.key]));
      let shellNext = 0;
      for (const list of ordered) {
        const rank = rankOf([list.key]);
        for (; shellNext < shellZod.length && rankOf((shellZod[shellNext] as ZodIssueLike).path) < rank; shellNext += 1) {
          tally(mapOne(shellZod[shellNext] as ZodIssueLike, []));
        }
        if (distinct.size > maxIssues) stopped = true;
        const items = field(snap.value, list.key);
        if (stopped || !Array.isArray(items)) continue;
        const parsed: unknown[] = [];
        const ranked: Ranked = { rank, issues: [] };
        listIssues.push(ranked);
        values.set(list.key, parsed);
        for (let index = 0; index < items.length && !stopped; index += 1) {
          const base = [list.key, index];
          const item = validateAt(list.item, snap, base, coerce, extra);
          tallyExtra();
          if (item.success) {
            parsed.push(item.data);
            continue;
          }
          const mapped: RawIssue[] = [];
          for (const issue of item.error.issues as unknown as ZodIssueLike[]) {
            if (mapped.length > maxIssues) break;
            mapped.push(...mapOne(issue, base));
          }
          ranked.issues.push(...mapped);
          tally(mapped);
          // Once more than `maxIssues` issues are found the value is rejected anyway: stop reading.
          if (distinct.size > maxIssues) stopped = true;
        }
      }
    }
    const found = collector(maxIssues);
    found.add(snap.issues);
    found.add(extra);
    // In the order of one parse of the whole value: by top-level key, each list's items in its key's place.
    let next = 0;
    const flush = (rank: number): void => {
      for (; next < listIssues.length && (listIssues[next] as Ranked).rank < rank; next += 1) found.add((listIssues[next] as Ranked).issues);
    };
    for (let index = 0; index < shellZod.length; index += 1) {
      const issue = shellZod[index] as ZodIssueLike;
      flush(rankOf(issue.path));
      if (!found.add(mapOne(issue, []))) {
        found.count(shellZod.length - index - 1);
        break;
      }
    }
    flush(Number.POSITIVE_INFINITY);
    if (check && !stopped) found.add(crossIssues ?? check(snap.value, snap));
    if (found.leftOut > 0) {
      found.issues.push({
        path: [],
        code: 'too_many_issues',
        expected: String(found.issues.length),
        received: stopped && lists.length > 0 ? `${found.issues.length}+` : String(found.issues.length + found.leftOut),
      });
    }
    if (found.issues.length > 0 || !result.success || listIssues.some((ranked) => ranked.issues.length > 0)) {
      return fail(found.issues.length > 0 ? found.issues : [{ path: [], code: 'custom', detail: 'rejected by the schema' }]);
    }
    if (lists.length === 0) return { ok: true, value: result.data };
    const value: Record<string, unknown> = { ...(result.data as Record<string, unknown>) };
    for (const [key, parsed] of values) value[key] = parsed;
    return { ok: true, value };
  } catch (error) {
    // Defensive: nothing above should throw on data; if it does, report it instead of throwing.
    let detail = 'unexpected failure';
    try {
      if (error instanceof Error) detail = String(error.message);
    } catch {
      // keep the generic detail
    }
    return fail([{ path: [], code: 'custom', detail: `the parser failed on this input (${detail})` }]);
  }
};

/**
 * The parser behind every `parse…` function of one value (see {@link parseCore}).
 *
 * @param schema - the zod schema
 * @param input - untrusted data
 * @param options - parse options
 * @param coercion - how `{ coerce: 'csv' }` reads text (`coerceCsv`), or `undefined` where the option is not offered
 * @param check - cross-field checks, run on the snapshot
 * @returns the fresh parsed value, or every issue found
 */
export const parseWith = <S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  options: ParseOptions | undefined,
  coercion: Coercion | undefined,
  check?: CrossCheck,
): ParseResult<z.output<S>> => parseCore(schema, [], input, options, coercion, check) as ParseResult<z.output<S>>;

/**
 * Like {@link parseWith}, for an object with long lists: `shell` is the object's schema with each
 * list field of `lists` checked only as an array (`z.array(z.unknown())`); the items are validated one
 * by one with their own schema, so that reading stops once more than `maxIssues` issues are found
 * (the closing `too_many_issues` issue then says `N+`). For any input the issues (paths, codes,
 * order) are those of one parse with the full schema, up to that limit; limits (`maxNodes`,
 * `maxDepth`) apply to the whole value.
 *
 * @param shell - the object schema with the list fields as arrays of unknown values
 * @param lists - the list fields and the schema of one item
 * @param input - untrusted data
 * @param options - parse options
 * @param coercion - how `{ coerce: 'csv' }` reads text, or `undefined` where the option is not offered
 * @param check - cross-field checks, run on the snapshot of the whole value (skipped once reading stopped)
 * @returns the fresh parsed value (typed by the caller as the full schema's output), or the issues
 */
export const parseWithLists = <T>(
  shell: z.ZodMiniObject,
  lists: readonly ListField[],
  input: unknown,
  options: ParseOptions | undefined,
  coercion: Coercion | undefined,
  check?: CrossCheck,
): ParseResult<T> => parseCore(shell, lists, input, options, coercion, check) as ParseResult<T>;

/**
 * Parses an untrusted list item by item with {@link parseWith}, so the size limits apply to each item
 * (a million legitimate records parse; one hostile record is still bounded; a list longer than
 * `maxNodes` is `too_large`). Once `maxIssues` issues are found the list is rejected and reading stops:
 * the closing `too_many_issues` issue then says `N+`. Issue paths start with the
 * item's index; `identity` (read from each item's safe snapshot) reports repeated items as `duplicate`.
 *
 * @param schema - the zod schema of one item
 * @param input - untrusted data (an array is expected)
 * @param options - parse options (`maxIssues` counts over the whole list)
 * @param coercion - how `{ coerce: 'csv' }` reads text, or `undefined` where the option is not offered
 * @param check - cross-field checks of one item, run on its snapshot
 * @param identity - the identity key of one item's snapshot, or `undefined` to skip it
 * @param identityPath - where in an item a `duplicate` issue points (e.g. `['code']`)
 * @returns the fresh parsed items, or every issue found
 */
export const parseListWith = <S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  options: ParseOptions | undefined,
  coercion: Coercion | undefined,
  check?: CrossCheck,
  identity?: (value: unknown) => string | undefined,
  identityPath: ReadonlyArray<string | number> = [],
): ParseResult<Array<z.output<S>>> => {
  options = readParseOptions(options);
  let length: number;
  try {
    if (!Array.isArray(input)) return fail([{ path: [], code: 'invalid_type', expected: 'array', received: describeValue(input) }]);
    length = input.length;
  } catch {
    return fail([{ path: [], code: 'unreadable_value' }]);
  }
  const maxNodes = limit(options?.maxNodes, DEFAULT_NODES);
  if (length > maxNodes) return fail([{ path: [], code: 'too_large', expected: `at most ${maxNodes} values`, received: `${length} items` }]);
  const maxIssues = limit(options?.maxIssues, DEFAULT_ISSUES);
  const values: Array<z.output<S>> = [];
  const issues: Issue[] = [];
  const first = new Map<string, number>();
  let full = false;
  const report = (found: readonly Issue[]): void => {
    for (const issue of found) {
      if (issues.length < maxIssues) issues.push(issue);
      else full = true;
    }
  };
  // Once the issue limit is reached the list is rejected anyway: stop reading (hostile lists stay cheap).
  for (let index = 0; index < length && !full; index += 1) {
    let item: unknown;
    try {
      if (!Object.hasOwn(input, index)) {
        report(fail([{ path: [index], code: 'missing' }]).issues);
        continue;
      }
      item = (input as unknown[])[index];
    } catch {
      report(fail([{ path: [index], code: 'unreadable_value' }]).issues);
      continue;
    }
    let key: string | undefined;
    const result = parseCore(
      schema,
      [],
      item,
      options,
      coercion,
      (value) => {
        key = identity?.(value);
        return check ? check(value) : [];
      },
      true,
    ) as ParseResult<z.output<S>>;
    if (result.ok) values.push(result.value);
    else report(result.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
    if (key === undefined) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else report(fail([{ path: [index, ...identityPath], code: 'duplicate', expected: `index ${seen}`, received: key }]).issues);
  }
  if (full) {
    issues.push(toIssue({ path: [], code: 'too_many_issues', expected: String(issues.length), received: `${issues.length}+` }));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: values };
};

/** At most `max` issues, then a `too_many_issues` issue counting them all. */
export const capped = (raw: readonly RawIssue[], max: number): RawIssue[] =>
  raw.length <= max
    ? [...raw]
    : [...raw.slice(0, max), { path: [], code: 'too_many_issues', expected: String(max), received: String(raw.length) }];

const describeValue = (value: unknown): string => (value === null ? 'null' : typeof value);

export const fail = (raw: readonly RawIssue[]): { readonly ok: false; readonly issues: readonly Issue[] } => ({
  ok: false,
  issues: raw.map(toIssue),
});

/** Reads an own property of a snapshot object, or `undefined`. */
export const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** A finite number, or `undefined`. */
export const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export { UNSUPPORTED };
