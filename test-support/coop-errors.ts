/**
 * Reading the typed error a call throws, for the packages' tests: one helper instead of a copy per file.
 */
import { isCoopError, type CoopError } from '@coop/model';

/**
 * The `CoopError` a call throws; the test fails when it throws anything else, or nothing.
 *
 * @param fn - the call
 * @returns the error (its `code`, `message` and `details`)
 */
export const coopErrorOf = (fn: () => unknown): CoopError => {
  try {
    fn();
  } catch (error) {
    if (isCoopError(error)) return error;
    throw new Error(`expected a CoopError, got ${String(error)}`);
  }
  throw new Error('expected a CoopError, nothing was thrown');
};

/**
 * The code and details of the `CoopError` a call throws, as a plain object to compare whole.
 *
 * @param fn - the call
 * @returns `{ code, details }`
 */
export const codeAndDetails = (fn: () => unknown): { code: string; details: Record<string, unknown> } => {
  const error = coopErrorOf(fn);
  return { code: error.code, details: error.details as Record<string, unknown> };
};
