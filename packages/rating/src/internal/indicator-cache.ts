import type { AreaInput, Grade, YearlyRecord } from '@coop/model';
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
  readonly populations: WeakMap<readonly YearlyRecord[], Map<string, readonly YearlyRecord[]>>;
  readonly areaLookups: WeakMap<readonly AreaInput[], AreaLookup>;
  /** Indicator results per records array and indicator object, by (year, area, scope, grades) key. */
  readonly results: WeakMap<readonly YearlyRecord[], WeakMap<object, Map<string, { readonly inputs: readonly unknown[]; readonly result: unknown }>>>;
}

export const newCacheState = (): EvaluationCacheState => ({
  grades: new WeakMap(),
  years: new WeakMap(),
  populations: new WeakMap(),
  areaLookups: new WeakMap(),
  results: new WeakMap(),
});

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
