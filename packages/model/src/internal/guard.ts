import type * as z from 'zod/mini';
import { CoopError } from '../errors.js';
import { parseWith } from './parse-core.js';

export { readOptions, readOwn } from './read.js';

/** Most issues listed in the `details.issues` of an argument error (the first ones are the useful ones). */
const ARGUMENT_ISSUES = 20;

/**
 * Checks typed data handed to a function by a programmer (a plan, a comparator, options): snapshots it
 * (cycles, Proxies, changing getters, prototype keys cannot get through), validates the snapshot with
 * the schema, and returns the fresh validated copy.
 *
 * @param schema - the zod schema of the argument
 * @param value - the argument
 * @param name - the argument's name, for the message
 * @param code - the error code (default `INVALID_ARGUMENT`)
 * @returns the validated copy
 * @throws CoopError `code` with `details.issues` (paths from the argument)
 */
export const checkData = <S extends z.ZodMiniType>(schema: S, value: unknown, name: string, code = 'INVALID_ARGUMENT'): z.output<S> => {
  let isSchema = false;
  try {
    isSchema = typeof (schema as { safeParse?: unknown } | null)?.safeParse === 'function';
  } catch {
    // a revoked Proxy: not a schema
  }
  if (!isSchema) {
    throw new CoopError('INVALID_ARGUMENT', 'Expected a zod schema', { argument: 'schema' });
  }
  name = typeof name === 'string' ? name.slice(0, 100) : 'argument';
  code = typeof code === 'string' && /^[A-Z][A-Z_]{0,60}$/.test(code) ? code : 'INVALID_ARGUMENT';
  const result = parseWith(schema, value, { maxIssues: ARGUMENT_ISSUES, maxNodes: 1_000_000 }, undefined);
  if (result.ok) return result.value;
  const first = result.issues[0];
  const where = first === undefined || first.path.length === 0 ? '' : ` at ${first.path.join('.')}`;
  throw new CoopError(code, `Invalid ${name}${where}: ${first?.message.en ?? 'rejected'}`, { argument: name, issues: result.issues });
};

