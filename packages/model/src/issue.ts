import type { Label } from './label.js';

/**
 * One problem found in untrusted data: where it is (`path`), what kind it is (`code`, stable), and a
 * message in Vietnamese and English. `expected` / `received` are filled where they help.
 *
 * @example
 * ```ts
 * import type { Issue } from '@coop/model';
 * const issue: Issue = { path: [0, 'revenue'], code: 'too_small', message: { vi: 'Giá trị quá nhỏ', en: 'Too small' } };
 * issue.path.join('.'); // '0.revenue'
 * ```
 */
export interface Issue {
  /** Path from the root of the parsed value, e.g. `[3, 'revenue']` or `['criteria', 0, 'max']`. */
  readonly path: ReadonlyArray<string | number>;
  /** A stable code such as `invalid_type`, `invalid_date`, `forbidden_key`, `band_gap`. */
  readonly code: string;
  /** Human message in both languages. */
  readonly message: Label;
  /** What was expected, in words or as a value. */
  readonly expected?: string;
  /** A short description of what was received. */
  readonly received?: string;
}

/**
 * The outcome of parsing untrusted data: the value, or every issue found.
 *
 * @example
 * ```ts
 * import type { ParseResult } from '@coop/model';
 * const result: ParseResult<number> = { ok: true, value: 42 };
 * result.ok; // true
 * ```
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };
