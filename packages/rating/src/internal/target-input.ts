import { parseTarget, type Target, type YearlyRecord } from '@coop/model';
import { fail, guard, isObjectLike, makeIssue, ownField, unwrap, type Path } from './evaluation-guard.js';
import { checkRecords } from './evaluation-records.js';
import { checkPoints } from './evaluation-values.js';
import { checkedOnce, type EvaluationCacheState } from './indicator-cache.js';
import type { CheckedObservations } from './target-evaluate.js';

/** Parses a target (`parseTarget`, once per cache) or throws `INVALID_TARGET` with its issues. */
export const checkTarget = (raw: unknown, cache: EvaluationCacheState): Target =>
  isObjectLike(raw)
    ? checkedOnce(cache, raw, 'target', () => unwrap(parseTarget(raw), 'INVALID_TARGET', 'target'))
    : unwrap(parseTarget(raw), 'INVALID_TARGET', 'target');

/** Checks a records array once per cache (`INVALID_RECORD` naming the index and field). */
export const checkRecordList = (records: readonly unknown[], cache: EvaluationCacheState, path: Path): readonly YearlyRecord[] =>
  guard('INVALID_RECORD', 'records', () => path, () => checkedOnce(cache, records, 'records', () => checkRecords(records, path)));

/**
 * Checks what a target is judged on: an array of records, or `{ kind: 'series', points }`.
 * Throws `INVALID_ARGUMENT` for anything else, `INVALID_RECORD` / `INVALID_SERIES` for bad content.
 */
export const checkObservations = (raw: unknown, cache: EvaluationCacheState, path: Path): CheckedObservations => {
  if (Array.isArray(raw)) return { kind: 'records', records: checkRecordList(raw, cache, path) };
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
