import { parseTarget, type Target, type YearlyRecord } from '@coop/model';
import { checkLength, fail, guard, isObjectLike, makeIssue, ownField, unwrap, type Path } from './evaluation-guard.js';
import { checkPoints } from './evaluation-values.js';
import type { CheckedShared } from './evaluation-options.js';
import { checkedOnce } from './indicator-cache.js';
import { gradingRulebooks } from './indicator-compute.js';
import { checkRecordsOnce, ingestRecords } from './indicator-frame.js';
import type { CheckedObservations } from './target-verdict.js';
import type { EvaluationCacheState } from './engine-types.js';

/** Parses a target (`parseTarget`, once per cache) or throws `INVALID_TARGET` with its issues. */
export const checkTarget = (raw: unknown, cache: EvaluationCacheState): Target =>
  // Inside `guard`: a revoked Proxy (whose `Array.isArray` throws) ends as INVALID_TARGET, never a TypeError.
  guard('INVALID_TARGET', 'target', () => [], () =>
    isObjectLike(raw)
      ? checkedOnce(cache, raw, 'target', () => unwrap(parseTarget(raw), 'INVALID_TARGET', 'target'))
      : unwrap(parseTarget(raw), 'INVALID_TARGET', 'target'),
  );

/** Validated options as the record check needs them: the cache and the rulebooks to grade sheets with. */
type RecordCheckOptions = Pick<CheckedShared, 'rulebooks'> & { readonly cache: EvaluationCacheState };

/**
 * Checks a records array once per cache (`INVALID_RECORD` naming the index and field), reading the
 * given fields and grading the sheets in the same pass (see `ingestRecords`).
 */
export const checkRecordList = (records: readonly unknown[], options: RecordCheckOptions, path: Path, fields: Iterable<string>): readonly YearlyRecord[] =>
  guard('INVALID_RECORD', 'records', () => path, () => ingestRecords(options.cache, records, path, fields, gradingRulebooks(options)));

/** Checks a records array once per cache without building frames (nothing is judged on it; see `checkRecordsOnce`). */
export const checkRecordsOnly = (records: readonly unknown[], options: RecordCheckOptions, path: Path): readonly YearlyRecord[] =>
  guard('INVALID_RECORD', 'records', () => path, () => checkRecordsOnce(options.cache, records, path, gradingRulebooks(options)));

/**
 * Checks what a target is judged on: an array of records (reading `fields`), or `{ kind: 'series', points }`.
 * Throws `INVALID_ARGUMENT` for anything else, `INVALID_RECORD` / `INVALID_SERIES` for bad content.
 */
export const checkObservations = (raw: unknown, options: RecordCheckOptions, path: Path, fields: Iterable<string>): CheckedObservations => {
  if (isArrayValue(raw)) {
    checkLength(raw, path, 'records');
    return { kind: 'records', records: checkRecordList(raw, options, path, fields) };
  }
  const points = guard('INVALID_SERIES', 'series', () => path, () => {
    if (!isObjectLike(raw) || ownField(raw, 'kind') !== 'series') return undefined;
    return checkPoints(ownField(raw, 'points'), [...path, 'points'], 'INVALID_SERIES', true);
  });
  if (points === undefined) {
    return fail('INVALID_ARGUMENT', 'observations', [
      makeIssue(path, 'invalid_type', 'Cần một mảng bản ghi hoặc { kind: "series", points }', 'Expected an array of records or { kind: "series", points }', {
        received: raw,
      }),
    ]);
  }
  return { kind: 'series', points };
};

/** `Array.isArray` that answers `false` for a revoked Proxy instead of throwing. */
const isArrayValue = (value: unknown): value is readonly unknown[] => {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
};
