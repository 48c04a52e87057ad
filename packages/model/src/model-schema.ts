/**
 * The light, zod-free view of the model's schemas that the main entry `@coop/model` exports.
 *
 * Every `…Schema` of the main entry IS a zod 4 schema at run time; its declared type here only names what
 * an application calls (`parse`, `safeParse`, and the Standard Schema `~standard` property that form and
 * API libraries accept), so that importing `@coop/model` does not bring zod's type machinery into a
 * consumer's compiler. The same objects typed as zod schemas (to compose them with `z.array(…)`,
 * `z.extend(…)`, JSON Schema generation…) come from `@coop/model/schemas`.
 */

/**
 * One issue of a failed {@link ModelSchema.safeParse} (a zod issue; the `parse…` functions give richer
 * issues: stable codes and messages in Vietnamese and English).
 *
 * @example
 * ```ts
 * import { GradeSchema, type SchemaIssue } from '@coop/model';
 * const result = GradeSchema.safeParse('excellent');
 * const issues: readonly SchemaIssue[] = result.success ? [] : result.error.issues;
 * issues[0]?.code; // 'invalid_value'
 * ```
 */
export interface SchemaIssue {
  /** A zod issue code (`invalid_type`, `too_small`, `custom`…). */
  readonly code: string;
  /** Where in the value. */
  readonly path: ReadonlyArray<PropertyKey>;
  /** zod's message (English, short). */
  readonly message: string;
}

/**
 * What {@link ModelSchema.safeParse} returns: the parsed value, or the issues.
 *
 * @example
 * ```ts
 * import { GradeSchema, type SchemaResult } from '@coop/model';
 * const result: SchemaResult<'good' | 'fair' | 'average' | 'weak'> = GradeSchema.safeParse('fair');
 * result.success; // true
 * ```
 */
export type SchemaResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: readonly SchemaIssue[] } };

/**
 * The result of a Standard Schema `validate` (see https://standardschema.dev): the value, or issues.
 *
 * @example
 * ```ts
 * import { YearSchema, type StandardResult } from '@coop/model';
 * const result = YearSchema['~standard'].validate(1899) as StandardResult<number>;
 * result.issues === undefined; // false
 * ```
 */
export type StandardResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined }> };

/**
 * A schema of the model as the main entry types it: a zod 4 schema at run time, described by the calls
 * applications make. `Output` is the validated value's type, `Input` what may be given (defaults filled).
 * For the zod type itself import the same schema from `@coop/model/schemas`.
 *
 * @example
 * ```ts
 * import { YearlyRecordSchema, type ModelSchema, type YearlyRecord } from '@coop/model';
 * const schema: ModelSchema<YearlyRecord> = YearlyRecordSchema;
 * schema.safeParse({ organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'X' }).success; // true
 * schema['~standard'].vendor; // 'zod'
 * ```
 */
export interface ModelSchema<Output, Input = Output> {
  /**
   * Validates, returning the value or throwing zod's error. For untrusted data prefer the `parse…`
   * functions (stable issue codes, messages in Vietnamese and English, no throw).
   */
  parse(data: unknown): Output;
  /** Validates without throwing. */
  safeParse(data: unknown): SchemaResult<Output>;
  /** The Standard Schema interface (version 1), for libraries that accept any validator. */
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
