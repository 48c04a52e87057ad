import { isCoopError, type YearlyRecord } from '@coop/model';
import { grade } from '../grade.js';
import type { Rulebook } from '../rulebook.js';
import type { EvaluationCacheState, GradeInfo } from './indicator-cache.js';

const NONE: GradeInfo = { grade: undefined, from: 'none', rulebook: undefined, note: undefined };

const fromData = (record: YearlyRecord, note: GradeInfo['note'], rulebook: string | undefined): GradeInfo =>
  record.grade !== undefined
    ? { grade: record.grade, from: 'data', rulebook, note }
    : note === undefined && rulebook === undefined
      ? NONE
      : { grade: undefined, from: 'none', rulebook, note };

/**
 * Reads a record's grade, at most once per record object per rulebook set: the record's scoring sheet
 * graded through the rulebook it names (sheet first — the sheet is the official input), else the grade
 * carried by the data, else none. A sheet naming an unknown rulebook, an incomplete sheet or a grading
 * failure falls back to the data grade and notes why.
 */
export const makeGradeReader = (
  cache: EvaluationCacheState,
  rulebooks: readonly Rulebook[],
): ((record: YearlyRecord) => GradeInfo) => {
  let memo = cache.grades.get(rulebooks);
  if (memo === undefined) {
    memo = new WeakMap();
    cache.grades.set(rulebooks, memo);
  }
  const byId = new Map<string, Rulebook>();
  for (const rulebook of rulebooks) byId.set(rulebook.id, rulebook);
  const store = memo;
  return (record) => {
    const known = store.get(record);
    if (known !== undefined) return known;
    let info: GradeInfo;
    const sheet = record.sheet;
    if (sheet === undefined) info = fromData(record, undefined, undefined);
    else {
      const rulebook = byId.get(sheet.rulebook);
      if (rulebook === undefined) info = fromData(record, 'unknown-rulebook', sheet.rulebook);
      else {
        try {
          const result = grade(record, { rulebook, year: record.year });
          const inForce = result.rulebook.inForce;
          if (result.status === 'rated' && result.grade !== undefined) {
            info = { grade: result.grade, from: 'sheet', rulebook: rulebook.id, note: inForce ? undefined : 'not-in-force' };
          } else if (result.status === 'not-rated') {
            info = { grade: 'not-rated', from: 'sheet', rulebook: rulebook.id, note: inForce ? undefined : 'not-in-force' };
          } else info = fromData(record, 'incomplete', rulebook.id);
        } catch (error) {
          if (!isCoopError(error)) throw error;
          info = fromData(record, 'grading-failed', rulebook.id);
        }
      }
    }
    store.set(record, info);
    return info;
  };
};
