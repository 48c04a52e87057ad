/**
 * The brand every {@link CoopError} carries, registered globally (`Symbol.for`) so that an error thrown by
 * one copy of `@coop/model` (two versions in one bundle, another realm) is still recognised by another.
 */
const BRAND: unique symbol = Symbol.for('@coop/model.CoopError') as never;

/**
 * The single error class of the `@coop/*` packages, thrown for programmer misuse (a wrong argument, an
 * unknown id, a missing external input). Untrusted data never throws: `parse…` functions return issues.
 *
 * `code` is stable and safe to branch on; `details` carries the values that explain the failure.
 *
 * @example
 * ```ts
 * import { CoopError } from '@coop/model';
 * try {
 *   throw new CoopError('UNKNOWN_PLAN', 'No plan with id "x"', { id: 'x' });
 * } catch (error) {
 *   if (error instanceof CoopError && error.code === 'UNKNOWN_PLAN') console.log(error.details);
 * }
 * ```
 */
export class CoopError extends Error {
  /** A stable, upper-snake-case code such as `MISSING_EXTERNAL_INPUT`. */
  readonly code: string;
  /** The values behind the failure (ids, ranges, received values). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - stable error code
   * @param message - an English message for developers
   * @param details - the values behind the failure
   */
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'CoopError';
    this.code = code;
    this.details = details;
  }

  /** Marks the error as a `CoopError` for {@link isCoopError} across package copies. */
  get [BRAND](): true {
    return true;
  }
}

/**
 * Tells whether a value is a {@link CoopError}, optionally with a given code.
 *
 * @param value - anything caught
 * @param code - the code to match, if any
 * @returns `true` when `value` is a `CoopError` (with that code)
 * @example
 * ```ts
 * import { CoopError, isCoopError } from '@coop/model';
 * isCoopError(new CoopError('X', 'x'), 'X'); // true
 * isCoopError(new Error('x')); // false
 * ```
 */
export const isCoopError = (value: unknown, code?: string): value is CoopError => {
  // Another copy of the package is recognised by its global brand; a hostile value (a revoked Proxy) is not an error.
  try {
    if (value instanceof CoopError) return code === undefined || value.code === code;
    if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[BRAND] !== true) return false;
    const found = (value as { code?: unknown }).code;
    return typeof found === 'string' && (code === undefined || found === code);
  } catch {
    return false;
  }
};
