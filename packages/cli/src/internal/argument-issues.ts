/**
 * The issues of a call whose arguments are not of their documented shape (see ./argument-shapes.ts):
 * each with the path from the argument (`['argument 2', 'rows', 3, 'total']`), a stable code, what was
 * expected and received, and a message in Vietnamese and English — the `Issue` shape of `@coop/model`.
 */
import type { Issue } from '@coop/model';
import type * as z from 'zod/mini';

/** The parts of a zod 4 issue read here. */
interface ZodIssueLike {
  readonly code: string;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly expected?: unknown;
  readonly values?: ReadonlyArray<unknown>;
  readonly options?: ReadonlyArray<unknown>;
  readonly errors?: ReadonlyArray<ReadonlyArray<ZodIssueLike>>;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly origin?: string;
  readonly keys?: ReadonlyArray<string>;
}

type Path = ReadonlyArray<string | number>;

/** The words for zod's type names, in each language. */
const TYPE_WORDS: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  string: ['văn bản', 'text'],
  number: ['một số', 'a number'],
  int: ['một số nguyên', 'a whole number'],
  boolean: ['true/false', 'true or false'],
  bigint: ['một bigint', 'a bigint'],
  object: ['một đối tượng', 'an object'],
  array: ['một danh sách', 'a list'],
  tuple: ['một cặp giá trị', 'a pair of values'],
  record: ['một đối tượng', 'an object'],
  function: ['một hàm', 'a function'],
};

const words = (expected: unknown): readonly [string, string] => TYPE_WORDS[String(expected)] ?? [String(expected), String(expected)];

/** What a value is, in a word (never its content: it may be long or private). */
const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && !Number.isFinite(value) ? String(value) : typeof value);

const valueAt = (root: unknown, path: Path): { present: boolean; value: unknown } => {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return { present: false, value: undefined };
    value = (value as Record<string | number, unknown>)[key];
  }
  return { present: true, value };
};

const quoteAll = (values: ReadonlyArray<unknown>): string => values.map((v) => JSON.stringify(typeof v === 'bigint' ? String(v) : v)).join(', ');

/** How deep a branch's first issue lies: the branch of a union that got furthest is the closest match. */
const depthOf = (branch: ReadonlyArray<ZodIssueLike>): number => Math.max(0, ...branch.map((i) => (i.code === 'invalid_type' && i.path.length === 0 ? -1 : i.path.length)));

/** One zod issue as `Issue`s, with paths from `base` (the argument) over `root` (its value). */
const toIssues = (issue: ZodIssueLike, base: Path, root: unknown): Issue[] => {
  const path: Path = [...base, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))];
  const at = valueAt(root, path.slice(1));
  const where = path.join(' › ');
  const make = (code: string, expected: readonly [string, string], extra: Partial<Issue> = {}): Issue => {
    const received = at.present ? kindOf(at.value) : undefined;
    const got: readonly [string, string] = at.present && at.value !== undefined ? [`, nhận ${received}`, `, received ${received}`] : [' (thiếu)', ' (missing)'];
    return {
      path,
      code,
      expected: expected[1],
      ...(received === undefined ? {} : { received }),
      message: { vi: `${where}: cần ${expected[0]}${got[0]}`, en: `${where}: expected ${expected[1]}${got[1]}` },
      ...extra,
    };
  };
  switch (issue.code) {
    case 'invalid_type':
      return [make(at.present && at.value !== undefined ? 'invalid_type' : 'missing', words(issue.expected))];
    case 'invalid_value': {
      const one = quoteAll(issue.values ?? []);
      return [make('invalid_value', [`một trong ${one}`, `one of ${one}`])];
    }
    case 'too_small':
    case 'too_big': {
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const items = issue.origin === 'array' ? [`${issue.code === 'too_small' ? 'ít nhất' : 'nhiều nhất'} ${bound} phần tử`, `${issue.code === 'too_small' ? 'at least' : 'at most'} ${bound} items`] : [`${issue.code === 'too_small' ? '≥' : '≤'} ${bound}`, `${issue.code === 'too_small' ? '≥' : '≤'} ${bound}`];
      return [make(issue.code, items as [string, string])];
    }
    case 'invalid_union': {
      const branches = issue.errors ?? [];
      if (branches.length === 0) {
        // A discriminated union whose discriminator matches no branch.
        const one = quoteAll(issue.options ?? []);
        return [make('invalid_value', [`một trong ${one}`, `one of ${one}`])];
      }
      const best = branches.reduce((a, b) => (depthOf(b) > depthOf(a) ? b : a));
      if (depthOf(best) < 0) {
        const expected = [...new Set(branches.flatMap((b) => b.map((i) => i.expected)))].map(words);
        return [make('invalid_type', [expected.map((w) => w[0]).join(' hoặc '), expected.map((w) => w[1]).join(' or ')])];
      }
      return best.flatMap((inner) => toIssues(inner, path, root));
    }
    default:
      return [make(issue.code, ['giá trị đúng dạng đã mô tả', 'a value of the documented shape'])];
  }
};

/** Most issues reported for one call (the first ones say enough; a list of a million bad rows is not repeated). */
export const MAX_ARGUMENT_ISSUES = 20;

/**
 * Checks the arguments of a call against their schemas.
 *
 * @param schemas - one schema per argument
 * @param args - the arguments (already snapshot: plain data and functions)
 * @returns the issues, at most {@link MAX_ARGUMENT_ISSUES}; empty when every argument fits
 */
export const argumentIssues = (schemas: readonly z.ZodMiniType[], args: readonly unknown[]): Issue[] => {
  const out: Issue[] = [];
  for (let i = 0; i < schemas.length && out.length < MAX_ARGUMENT_ISSUES; i += 1) {
    const result = (schemas[i] as z.ZodMiniType).safeParse(args[i]);
    if (!result.success) for (const issue of result.error.issues as unknown as ZodIssueLike[]) out.push(...toIssues(issue, [`argument ${i + 1}`], args[i]));
  }
  return out.slice(0, MAX_ARGUMENT_ISSUES);
};
