import type { Grade, YearlyRecord } from '@coop/model';
import type { AreaLookup, Frame, EvaluationCacheState } from './engine-types.js';

const CACHES = new WeakSet<object>();

/** Tells whether a value is a cache made by {@link newCacheState} (never reads the value). */
export const isCacheState = (value: unknown): value is EvaluationCacheState =>
  typeof value === 'object' && value !== null && CACHES.has(value);

/**
 * The validated form of a caller object, computed once per cache: the cache is identity-based (see
 * `createEvaluationCache`), so a caller who mutates an object between calls sharing a cache gets the
 * first answer.
 */
export const checkedOnce = <T>(cache: EvaluationCacheState, raw: object, kind: string, make: () => T): T => {
  let byKind = cache.checked.get(raw);
  if (byKind === undefined) {
    byKind = new Map();
    cache.checked.set(raw, byKind);
  }
  if (byKind.has(kind)) return byKind.get(kind) as T;
  const value = make();
  byKind.set(kind, value);
  return value;
};

export const newCacheState = (): EvaluationCacheState => {
  const state: EvaluationCacheState = {
    frames: new WeakMap(),
    areaLookups: new WeakMap(),
    results: new WeakMap(),
    checked: new WeakMap(),
  };
  CACHES.add(state);
  return state;
};
