import { parsePlan, type Plan } from '@coop/model';
import type { EvaluationCacheState } from './engine-types.js';
import type { EvaluationFallbacks } from './evaluation-fallbacks.js';
import { checkLength, fail, guard, isObjectLike, makeIssue, unwrap, type Path } from './evaluation-guard.js';
import { checkIndicator, readAreas, readFields } from './evaluation-options.js';
import { areaFallback } from './indicator-area.js';
import { checkedOnce } from './indicator-cache.js';

const CATALOG_KEYS = ['indicators', 'plans', 'areas'] as const;

/** A catalog's list: absent is empty; otherwise an array within the model's list limit, copied. */
const listOf = (value: unknown, path: Path): unknown[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    return fail('INVALID_ARGUMENT', 'catalog', [makeIssue(path, 'invalid_type', 'Cần một mảng', 'Expected an array', { received: value })]);
  }
  checkLength(value, path, 'catalog');
  const copy: unknown[] = [];
  for (let i = 0; i < value.length; i += 1) copy.push(value[i]);
  return copy;
};

/** A catalog plan, parsed once per cache (the memo `evaluatePlan` keeps for plans). */
const checkCatalogPlan = (raw: unknown, cache: EvaluationCacheState, path: Path): Plan =>
  isObjectLike(raw)
    ? checkedOnce(cache, raw, 'plan', () => unwrap(parsePlan(raw), 'INVALID_ARGUMENT', 'catalog', path))
    : unwrap(parsePlan(raw), 'INVALID_ARGUMENT', 'catalog', path);

/**
 * Reads the catalog argument of `evaluatePlanWith` (`{ indicators?, plans?, areas? }`, own keys only)
 * into the lists an evaluation falls back on. Every indicator and plan is checked by the model's
 * parser (once per cache), the area list by `buildAreaIndex`; a missing list is empty (no area list:
 * area codes are resolved only through the data's). Throws `INVALID_ARGUMENT` (issues under
 * `indicators`, `plans`) or `INVALID_AREAS` (issues under `areas`).
 */
export const readCatalog = (raw: unknown, cache: EvaluationCacheState): EvaluationFallbacks =>
  guard('INVALID_ARGUMENT', 'catalog', () => [], () => {
    if (!isObjectLike(raw)) {
      return fail('INVALID_ARGUMENT', 'catalog', [
        makeIssue([], 'invalid_type', 'Cần { indicators?, plans?, areas? }', 'Expected { indicators?, plans?, areas? }', { received: raw }),
      ]);
    }
    const fields = readFields(raw, CATALOG_KEYS, 'INVALID_ARGUMENT', 'catalog');
    const indicators = listOf(fields['indicators'], ['indicators']).map((item, i) => checkIndicator(item, cache, 'INVALID_ARGUMENT', ['indicators', i]));
    const plans = listOf(fields['plans'], ['plans']).map((item, i) => checkCatalogPlan(item, cache, ['plans', i]));
    const areas = fields['areas'] === undefined ? undefined : areaFallback(readAreas(fields['areas'], ['areas'], cache, 'INVALID_AREAS'));
    return { indicators, plans, areas };
  });
