import type { Grade, YearlyRecord } from '@coop/model';
import type { AreaLookup } from './indicator-area.js';

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
 * Per-evaluation memo shared by the targets of a plan: grades per record object, records grouped by
 * year, filtered populations, and area lookups. Holds only references (never copies of records) and is
 * keyed weakly on the caller's arrays, so it can be dropped at any time.
 */
export interface EvaluationCacheState {
  readonly grades: WeakMap<object, WeakMap<YearlyRecord, GradeInfo>>;
  readonly years: WeakMap<readonly YearlyRecord[], ReadonlyMap<number, readonly YearlyRecord[]>>;
  /** Filtered populations per records array, area lookup (or a sentinel) and population key. */
  readonly populations: WeakMap<readonly YearlyRecord[], WeakMap<object, Map<string, readonly YearlyRecord[]>>>;
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
    grades: new WeakMap(),
    years: new WeakMap(),
    populations: new WeakMap(),
    areaLookups: new WeakMap(),
    results: new WeakMap(),
    checked: new WeakMap(),
  };
  CACHES.add(state);
  return state;
};

/** Groups records by year once per records array (references only). */
export const recordsByYear = (
  cache: EvaluationCacheState,
  records: readonly YearlyRecord[],
): ReadonlyMap<number, readonly YearlyRecord[]> => {
  const known = cache.years.get(records);
  if (known !== undefined) return known;
  const byYear = new Map<number, YearlyRecord[]>();
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] as YearlyRecord;
    const list = byYear.get(record.year);
    if (list === undefined) byYear.set(record.year, [record]);
    else list.push(record);
  }
  cache.years.set(records, byYear);
  return byYear;
};
