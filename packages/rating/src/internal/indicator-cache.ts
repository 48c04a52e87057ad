import type { Grade, YearlyRecord } from '@coop/model';
import type { AreaLookup } from './indicator-area.js';
import type { Frame } from './indicator-frame.js';

/** Where a record's grade came from. */
export type GradeSource = 'sheet' | 'data' | 'none';

/** A record's grade as read once per evaluation. */
export interface GradeInfo {
  readonly grade: Grade | 'not-rated' | undefined;
  readonly from: GradeSource;
  readonly rulebook: string | undefined;
  /** Why the sheet was not used or what to warn about. */
  readonly note: 'unknown-rulebook' | 'incomplete' | 'not-in-force' | 'grading-failed' | undefined;
}

/**
 * Per-evaluation memo shared by the targets of a plan: one frame per year of each records array (its
 * rows, field columns, grades, condition truths and filtered populations, see `Frame`), area lookups. Holds
 * only references to records (never copies) and is keyed weakly on the caller's arrays, so it can be
 * dropped at any time.
 */
export interface EvaluationCacheState {
  readonly frames: WeakMap<readonly YearlyRecord[], ReadonlyMap<number, Frame>>;
  readonly areaLookups: WeakMap<object, AreaLookup>;
  /** Indicator results per records array and indicator object, by (year, area, scope, grades) key. */
  readonly results: WeakMap<readonly YearlyRecord[], WeakMap<object, Map<string, { readonly inputs: readonly unknown[]; readonly result: unknown }>>>;
  /** Validated copies of caller objects (indicators, contexts, area lists, checked record arrays) by kind. */
  readonly checked: WeakMap<object, Map<string, unknown>>;
}

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
