import type { YearlyRecord } from '@coop/model';
import type { RuleCondition } from '../rulebook.js';

/** A record field path split once (`funds.reserve` → `['funds', 'reserve']`). */
export interface FieldPath {
  readonly path: string;
  readonly head: string;
  readonly tail: string | undefined;
}

/**
 * Splits a dotted record field path.
 *
 * @param path - a path from `RECORD_FIELDS`
 * @returns the split path
 */
export const fieldPath = (path: string): FieldPath => {
  const dot = path.indexOf('.');
  return dot < 0
    ? { path, head: path, tail: undefined }
    : { path, head: path.slice(0, dot), tail: path.slice(dot + 1) };
};

/**
 * Reads a record field (same result as `readRecordField` of `@coop/model`, without loading its schemas).
 *
 * @param record - a yearly record
 * @param field - a split path
 * @returns the value, `undefined` when absent
 */
export const readField = (record: YearlyRecord, field: FieldPath): unknown => {
  const top = (record as unknown as Record<string, unknown>)[field.head];
  if (field.tail === undefined) return top;
  return top === undefined || top === null ? undefined : (top as Record<string, unknown>)[field.tail];
};

/** How a grading pass reads a field of a record: {@link readField}, or the values a record check already read. */
export type FieldRead = (record: YearlyRecord, field: FieldPath) => unknown;

/** A condition prepared for evaluation. */
export interface CompiledCondition {
  readonly field: FieldPath;
  readonly eq: unknown;
  readonly hasEq: boolean;
  readonly gt: number | undefined;
  readonly gte: number | undefined;
  readonly lt: number | undefined;
  readonly lte: number | undefined;
}

/**
 * Prepares a rule condition.
 *
 * @param condition - a condition from a rulebook
 * @returns the compiled condition
 */
export const compileCondition = (condition: RuleCondition): CompiledCondition => {
  const c = condition as Partial<Record<'eq' | 'gt' | 'gte' | 'lt' | 'lte', unknown>> & { field: string };
  return {
    field: fieldPath(c.field),
    eq: c.eq,
    hasEq: 'eq' in c,
    gt: c.gt as number | undefined,
    gte: c.gte as number | undefined,
    lt: c.lt as number | undefined,
    lte: c.lte as number | undefined,
  };
};

/**
 * Decides a condition on a field's value with three outcomes.
 *
 * @param condition - a compiled condition
 * @param value - the value of the condition's field in a record
 * @returns `true` / `false`, or `undefined` when the value is absent (unknown)
 */
export const decideCondition = (condition: CompiledCondition, value: unknown): boolean | undefined => {
  if (value === undefined || value === null) return undefined;
  if (condition.hasEq) return value === condition.eq;
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  if (condition.gt !== undefined && !(value > condition.gt)) return false;
  if (condition.gte !== undefined && !(value >= condition.gte)) return false;
  if (condition.lt !== undefined && !(value < condition.lt)) return false;
  if (condition.lte !== undefined && !(value <= condition.lte)) return false;
  return true;
};

/**
 * Evaluates a condition on a record with three outcomes.
 *
 * @param condition - a compiled condition
 * @param record - the record
 * @returns `true` / `false`, or `undefined` when the field is absent (unknown)
 */
export const evaluateCondition = (condition: CompiledCondition, record: YearlyRecord): boolean | undefined =>
  decideCondition(condition, readField(record, condition.field));
