import type { IssueCode, RawIssue } from './issue-codes.js';
import { ISSUE_CODES } from './issue-codes.js';
import { boundText, enumIssue, isNumberType, typeIssue, typeWord, unsafeIntegerIssue } from './value-issues.js';
import { UNSUPPORTED, describe, pathKey, valueAt, type Snapshot } from './snapshot.js';

type Path = ReadonlyArray<string | number>;

/** The parts of a zod 4 issue this module reads (kept loose on purpose: zod's own types are internal). */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: ReadonlyArray<unknown>;
  readonly keys?: ReadonlyArray<string>;
  readonly errors?: ReadonlyArray<ReadonlyArray<ZodIssueLike>>;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly origin?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly note?: string;
  readonly discriminator?: string;
  readonly options?: ReadonlyArray<unknown>;
  readonly divisor?: unknown;
}

/** Known messages of refinements in the model's own schemas, mapped to stable codes. */
const REFINEMENT_CODES: Readonly<Record<string, IssueCode>> = {
  'Unknown record field': 'unknown_field',
  'range min must not exceed max': 'invalid_range',
  'span from must not exceed to': 'invalid_range',
  'A range condition needs at least one of gt, gte, lt, lte': 'missing_bound',
};

const toPath = (path: ReadonlyArray<PropertyKey>): Array<string | number> =>
  path.map((key) => (typeof key === 'number' ? key : String(key)));


const bound = (issue: ZodIssueLike, which: 'minimum' | 'maximum'): string => boundText(issue.origin, which, String(issue[which]), issue.inclusive === false);

const quote = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

/** Why a branch of a union is a poor match: structural problems weigh 100, others 1. */
const HEAVY = 100;

const branchScore = (branch: ReadonlyArray<ZodIssueLike>, base: Path, snap: Snapshot): number => {
  let score = 0;
  for (const issue of branch) {
    const rel = issue.path;
    let heavy = false;
    if (rel.length === 0) {
      heavy = issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'unrecognized_keys';
    } else if (rel.length === 1) {
      if (issue.code === 'invalid_value' && issue.values?.length === 1) heavy = true; // a discriminator literal
      if (issue.code === 'invalid_type' && !valueAt(snap.value, [...base, ...toPath(rel)]).present) heavy = true; // missing key
    }
    score += heavy ? HEAVY : 1;
  }
  return score;
};

/**
 * Turns zod issues into raw issues with stable codes, reading the snapshot for `received` values.
 *
 * @param issues - zod issues, with paths relative to `base`
 * @param base - the path of the value the issues are about
 * @param snap - the snapshot that was parsed
 * @param csv - CSV coercion was on (a numeric-looking string it could not read is then `invalid_number`)
 * @returns raw issues (not yet de-duplicated)
 */
export const mapZodIssues = (issues: ReadonlyArray<ZodIssueLike>, base: Path, snap: Snapshot, csv = false): RawIssue[] => {
  const out: RawIssue[] = [];
  for (const issue of issues) out.push(...mapZodIssue(issue, base, snap, csv));
  return out;
};

/**
 * Maps one zod issue (see {@link mapZodIssues}).
 *
 * @param issue - a zod issue, with a path relative to `base`
 * @param base - the path of the value the issue is about
 * @param snap - the snapshot that was parsed
 * @param csv - CSV coercion was on
 * @returns raw issues (an unknown-keys issue gives one per key; a union gives its closest branch's issues)
 */
export const mapZodIssue = (issue: ZodIssueLike, base: Path, snap: Snapshot, csv: boolean): RawIssue[] => {
  const path = [...base, ...toPath(issue.path)];
  const at = valueAt(snap.value, path);
  const received = describe(at.value, snap.described.get(pathKey(path)));
  switch (issue.code) {
    case 'invalid_type':
      return [typeIssue(path, String(issue.expected), at, received, csv)];
    case 'too_small':
      return [{ path, code: 'too_small', expected: bound(issue, 'minimum'), received }];
    case 'too_big':
      if (issue.origin === 'int' || (issue.origin === 'number' && typeof at.value === 'number' && !Number.isSafeInteger(at.value) && Number.isInteger(at.value))) {
        return [unsafeIntegerIssue(path, received)];
      }
      return [{ path, code: 'too_big', expected: bound(issue, 'maximum'), received }];
    case 'not_multiple_of':
      return [{ path, code: 'custom', detail: `a multiple of ${String(issue.divisor)}`, received }];
    case 'invalid_value':
      return [enumIssue(path, (issue.values ?? []).map(quote), at, received)];
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({ path: [...path, key], code: 'unknown_key' as const, received: JSON.stringify(key) }));
    case 'invalid_key':
      return [{ path, code: 'invalid_key', received: JSON.stringify(String(path[path.length - 1] ?? '')) }];
    case 'invalid_union':
      return mapUnion(issue, path, snap, received, csv);
    case 'custom': {
      const declared = issue.params?.['code'];
      if (declared === 'invalid_date') return [{ path, code: 'invalid_date', expected: 'a real date YYYY-MM-DD', received }];
      if (typeof declared === 'string' && Object.hasOwn(ISSUE_CODES, declared)) {
        return [{ path, code: declared as IssueCode, received }];
      }
      const known = Object.hasOwn(REFINEMENT_CODES, issue.message) ? REFINEMENT_CODES[issue.message] : undefined;
      if (known === 'invalid_range') {
        return [{ path, code: known, received: describeRange(valueAt(snap.value, path.slice(0, -1)).value) }];
      }
      if (known !== undefined) return [{ path, code: known, received }];
      return [{ path, code: 'custom', detail: issue.message || 'a rule of the schema', received }];
    }
    default:
      return [{ path, code: 'custom', detail: issue.message || `zod issue ${issue.code}`, received }];
  }
};

const describeRange = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return describe(value);
  const record = value as Record<string, unknown>;
  if ('min' in record && 'max' in record) return `min ${describe(record['min'])} > max ${describe(record['max'])}`;
  if ('from' in record && 'to' in record) return `from ${describe(record['from'])} > to ${describe(record['to'])}`;
  return describe(value);
};

const mapUnion = (issue: ZodIssueLike, path: Path, snap: Snapshot, received: string, csv: boolean): RawIssue[] => {
  const branches = issue.errors ?? [];
  // A discriminated union whose discriminator matched no option.
  if (issue.note === 'No matching discriminator' || branches.length === 0) {
    const options = (issue.options ?? []).map(quote).join(', ');
    return [{ path, code: 'invalid_enum', expected: options, received }];
  }
  // Every branch rejects the value itself: merge into one type or enum issue.
  const allRoot = branches.every((branch) =>
    branch.every((inner) => inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value')),
  );
  if (allRoot) {
    const flat = branches.flat();
    if (flat.some((inner) => inner.code === 'invalid_value')) {
      const values = flat.flatMap((inner) => (inner.code === 'invalid_value' ? (inner.values ?? []).map(quote) : []));
      return [{ path, code: 'invalid_enum', expected: [...new Set(values)].join(', '), received }];
    }
    const types = [...new Set(flat.map((inner) => typeWord(inner.expected)))];
    return [{ path, code: 'invalid_type', expected: types.join(' or '), received }];
  }
  // Every branch rejects the same discriminating key: report that key with all allowed values.
  const discriminator = sharedDiscriminator(branches);
  if (discriminator !== undefined) {
    const keyPath = [...path, discriminator.key];
    const at = valueAt(snap.value, keyPath);
    return [
      at.present
        ? { path: keyPath, code: 'invalid_enum', expected: discriminator.values.join(', '), received: describe(at.value) }
        : { path: keyPath, code: 'missing', expected: `one of ${discriminator.values.join(', ')}` },
    ];
  }
  const scores = branches.map((branch) => branchScore(branch, path, snap));
  const best = Math.min(...scores);
  const winners = scores.flatMap((score, index) => (score === best ? [index] : []));
  const winner = winners.length === 1 ? branches[winners[0] ?? 0] : undefined;
  if (winner !== undefined) return mapZodIssues(winner, path, snap, csv);
  return [{ path, code: 'invalid_union', expected: `${branches.length} forms`, received }];
};

const sharedDiscriminator = (
  branches: ReadonlyArray<ReadonlyArray<ZodIssueLike>>,
): { key: string; values: string[] } | undefined => {
  const first = branches[0] ?? [];
  for (const candidate of first) {
    if (candidate.code !== 'invalid_value' || candidate.path.length !== 1) continue;
    const key = candidate.path[0];
    if (typeof key !== 'string') continue;
    const values: string[] = [];
    const everyBranch = branches.every((branch) =>
      branch.some((inner) => {
        if (inner.code !== 'invalid_value' || inner.path.length !== 1 || inner.path[0] !== key) return false;
        values.push(...(inner.values ?? []).map(quote));
        return true;
      }),
    );
    if (everyBranch) return { key, values: [...new Set(values)] };
  }
  return undefined;
};

/** A place where CSV text may be read as the type the schema wants there. */
export type CoercionCandidate =
  | { readonly path: Array<string | number>; readonly want: 'number' | 'boolean' | 'date' }
  | { readonly path: Array<string | number>; readonly want: 'enum'; readonly values: ReadonlyArray<unknown> };

/**
 * Finds the places where a string was given for a number, a boolean, an allowed value (a label such as
 * `HTX` or `Khá`) or a date (`15/03/2019`) (including inside union
 * branches), so CSV coercion can convert them.
 *
 * @param issues - zod issues
 * @param base - the path they are relative to
 * @returns paths with the type expected there
 */
export const coercionCandidates = (
  issues: ReadonlyArray<ZodIssueLike>,
  base: Path,
): CoercionCandidate[] => {
  const out: CoercionCandidate[] = [];
  for (const issue of issues) {
    const path = [...base, ...toPath(issue.path)];
    if (issue.code === 'invalid_type' && (isNumberType(issue.expected) || issue.expected === 'boolean')) {
      out.push({ path, want: issue.expected === 'boolean' ? 'boolean' : 'number' });
    } else if (issue.code === 'invalid_value' && (issue.values?.length ?? 0) > 0) {
      out.push({ path, want: 'enum', values: issue.values ?? [] });
    } else if (issue.code === 'custom' && issue.params?.['code'] === 'invalid_date') {
      out.push({ path, want: 'date' });
    }
    for (const branch of issue.errors ?? []) out.push(...coercionCandidates(branch, path));
  }
  return out;
};

/** The sentinel for values a snapshot could not carry (re-exported for the parser). */
export { UNSUPPORTED };
