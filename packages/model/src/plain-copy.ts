import type { ParseResult } from './issue.js';
import { toIssue, type RawIssue } from './internal/issue-codes.js';
import { readOptions } from './internal/read.js';
import { UNSUPPORTED, snapshot, unsupportedIssues } from './internal/snapshot.js';

/**
 * Limits of {@link plainCopy}.
 *
 * @example
 * ```ts
 * import type { PlainCopyOptions } from '@coop/model';
 * const limits: PlainCopyOptions = { maxDepth: 32, maxNodes: 100_000 };
 * limits.maxDepth; // 32
 * ```
 */
export interface PlainCopyOptions {
  /** Deepest nesting accepted (default 64). */
  readonly maxDepth?: number;
  /** Most values read (default 1 000 000). */
  readonly maxNodes?: number;
}

/** Most issues listed; a closing `too_many_issues` issue counts them all. */
const MAX_ISSUES = 1000;

const positive = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : fallback;

/**
 * The first step of every `parse…` function, for parsers written outside this package (a rulebook, a
 * cycle, a holiday table): copies untrusted input into fresh plain data — plain objects, arrays and
 * primitives — reading each property once, without ever throwing and without touching the input. A
 * parser that validates the copy cannot be fooled by a getter that changes between reads, and cannot be
 * made to throw by a cycle, a revoked Proxy, a throwing getter or a null-prototype object.
 *
 * What cannot be carried is an issue (with the model's {@link ISSUE_CODES}): a cycle
 * (`cyclic_reference`), a throwing read (`unreadable_value`), `__proto__` / `constructor` / `prototype`
 * (`forbidden_key`), a symbol key (`unknown_key`), a function, `Date`, `Map` or class instance
 * (`invalid_type`), nesting or size beyond the limits (`too_deep` / `too_large`). At most 1 000 issues
 * are listed, then `too_many_issues`.
 *
 * @param input - anything
 * @param options - limits (`maxDepth` default 64, `maxNodes` default 1 000 000)
 * @returns `{ ok: true, value }` with the plain copy, or `{ ok: false, issues }`
 * @throws CoopError `INVALID_ARGUMENT` when `options` is not an object or cannot be read (the input never throws)
 * @example
 * ```ts
 * import { plainCopy } from '@coop/model';
 * const cyclic: Record<string, unknown> = { id: 'x' };
 * cyclic['self'] = cyclic;
 * plainCopy(cyclic).ok; // false — issue `cyclic_reference` at ['self']
 * plainCopy(Object.assign(Object.create(null), { id: 'x' })); // { ok: true, value: { id: 'x' } }
 * ```
 */
export const plainCopy = (input: unknown, options: PlainCopyOptions = {}): ParseResult<unknown> => {
  const limits = readOptions(options, ['maxDepth', 'maxNodes'], 'options');
  const snap = snapshot(input, {
    maxDepth: positive(limits.maxDepth, 64),
    maxNodes: positive(limits.maxNodes, 1_000_000),
    blankIsAbsent: false,
  });
  const raw: RawIssue[] = [...snap.issues, ...unsupportedIssues(snap)];
  if (raw.length > MAX_ISSUES) {
    const found = raw.length;
    raw.length = MAX_ISSUES;
    raw.push({ path: [], code: 'too_many_issues', expected: String(MAX_ISSUES), received: String(found) });
  }
  if (raw.length > 0 || snap.value === UNSUPPORTED) {
    return { ok: false, issues: (raw.length > 0 ? raw : [{ path: [], code: 'invalid_type' as const, expected: 'plain data' }]).map(toIssue) };
  }
  return { ok: true, value: snap.value };
};
