import { CoopError } from './errors.js';
import type { ParseResult } from './issue.js';
import type { ModelSchema } from './model-schema.js';
import type { RawIssue } from './internal/issue-codes.js';
import { parseWith, type ParseOptions } from './internal/parse-core.js';
import { unsupportedIssues, type Snapshot } from './internal/snapshot.js';

/**
 * Options of {@link parseWithSchema}: the limits of every `parse…` function. There is no `coerce`
 * option: the schema is the caller's, so text is never read as a number, a yes/no answer or a date.
 *
 * @example
 * ```ts
 * import type { SchemaParseOptions } from '@coop/model';
 * const options: SchemaParseOptions = { maxIssues: 20, maxNodes: 100_000 };
 * options.maxIssues; // 20
 * ```
 */
export type SchemaParseOptions = Omit<ParseOptions, 'coerce'>;

/** Whether `schema` can validate: an object with a `safeParse` function (reading it never throws). */
const canValidate = (schema: unknown): boolean => {
  try {
    return typeof schema === 'object' && schema !== null && typeof (schema as { readonly safeParse?: unknown }).safeParse === 'function';
  } catch {
    return false; // a revoked Proxy, a throwing getter
  }
};

/**
 * Every value the copy could not carry (a `Date`, a `Map`, a function, a class instance), wherever it is —
 * also where the caller's schema accepts anything (`z.unknown()`, a loose object) —, as `invalid_type`
 * (expected plain data), as `plainCopy` reports them: the output never holds the copy's placeholder.
 * Where the schema refused the value itself (`invalid_type` at the same path) the issue is not repeated.
 */
const unsupportedValues = (_value: unknown, snap?: Snapshot): RawIssue[] => (snap === undefined ? [] : unsupportedIssues(snap));

/**
 * Checks untrusted data against a zod 4 schema of your own (from `zod/mini` or `zod`, or a schema of
 * `@coop/model/schemas` composed with yours) the way every `parse…` function of this package checks its
 * input: the input is copied first into fresh plain data (never throws and never changes the input;
 * cycles, revoked Proxies, throwing or changing getters, `__proto__` / `constructor` / `prototype` keys,
 * functions, `Date`s and class instances are issues, not crashes; `maxDepth`, `maxNodes` and `maxIssues`
 * bound the work), then validated, and each problem is an {@link Issue} with a path, a stable code of
 * {@link ISSUE_CODES} (`invalid_type`, `missing`, `invalid_enum`, `number_as_string`, `too_small`…),
 * `expected` / `received`, and a message in Vietnamese and English. Text is never coerced (there is no
 * `coerce` option): `"35"` where the schema wants a number is `number_as_string`.
 *
 * A refinement of your schema may name its issue's code: `z.refine(check, { params: { code: 'invalid_range' } })`
 * with a code of {@link ISSUE_CODES}; any other refinement is `custom` with its message as the detail.
 *
 * @param schema - a zod 4 schema (only its verdict and output are used; it is not changed)
 * @param input - untrusted data
 * @param options - limits (`maxDepth` default 64, `maxNodes` default 5 000 000, `maxIssues` default 1 000)
 * @returns `{ ok: true, value }` with the schema's output for the fresh copy, or `{ ok: false, issues }`
 * @throws CoopError `INVALID_ARGUMENT` when `schema` is not a schema; `INVALID_OPTIONS` when `options` cannot be read
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { parseWithSchema } from '@coop/model';
 * const Member = z.object({ name: z.string(), joined: z.int(), role: z.enum(['chair', 'member']) });
 * parseWithSchema(Member, { name: 'Lan', joined: 2019, role: 'chair' }).ok; // true
 * const bad = parseWithSchema(Member, { name: 'Lan', joined: '2019', role: 'boss' });
 * const issues = bad.ok ? [] : bad.issues;
 * issues.map((issue) => issue.code).join(' '); // 'number_as_string invalid_enum'
 * issues[0]?.path.join('.'); // 'joined'
 * issues[1]?.message.en; // 'Value not allowed: "boss"; expected one of: chair, member'
 * ```
 */
export const parseWithSchema = <T>(schema: ModelSchema<T, unknown>, input: unknown, options?: SchemaParseOptions): ParseResult<T> => {
  if (!canValidate(schema)) throw new CoopError('INVALID_ARGUMENT', 'parseWithSchema: schema is not a zod schema (an object with safeParse)', { argument: 'schema' });
  // The schema's own types stay out of the main entry's declarations (see ModelSchema); at run time it is a zod schema.
  return parseWith(schema as unknown as Parameters<typeof parseWith>[0], input, options, undefined, unsupportedValues) as ParseResult<T>;
};
