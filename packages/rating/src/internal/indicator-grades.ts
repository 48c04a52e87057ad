import type { YearlyRecord } from '@coop/model';
import type { Rulebook } from '../rulebook.js';
import { compileRulebook } from './grade-compile.js';
import { gradeCompiled, graderFor, type Grader } from './grade-core.js';
import { bulkSheetReader } from './prepared-reader.js';
import type { GradeInfo } from './indicator-cache.js';
import type { Frame } from './indicator-frame.js';

const NONE: GradeInfo = Object.freeze({ grade: undefined, from: 'none', rulebook: undefined, note: undefined });

/** Makes grade facts, each distinct one once (see {@link gradeColumn}). */
type MakeInfo = (grade: GradeInfo['grade'], from: GradeInfo['from'], rulebook: string | undefined, note: GradeInfo['note']) => GradeInfo;

const interner = (): MakeInfo => {
  const made = new Map<string, GradeInfo>();
  return (grade, from, rulebook, note) => {
    if (grade === undefined && from === 'none' && rulebook === undefined && note === undefined) return NONE;
    const key = `${grade}\u0000${from}\u0000${rulebook}\u0000${note}`;
    let known = made.get(key);
    if (known === undefined) {
      known = Object.freeze({ grade, from, rulebook, note });
      made.set(key, known);
    }
    return known;
  };
};

/** The rulebooks by id (the last with an id wins), each compiled on first use; `null`: not compilable. */
type Graders = (id: string) => Grader | null | undefined;

const gradersOf = (rulebooks: readonly Rulebook[]): Graders => {
  const byId = new Map<string, Rulebook>();
  for (const rulebook of rulebooks) byId.set(rulebook.id, rulebook);
  const compiled = new Map<string, Grader | null>();
  return (id) => {
    const known = compiled.get(id);
    if (known !== undefined) return known;
    const rulebook = byId.get(id);
    if (rulebook === undefined) return undefined;
    let g: Grader | null;
    try {
      const c = compileRulebook(rulebook);
      g = graderFor(c, false, bulkSheetReader(c));
    } catch {
      g = null; // an invalid user rulebook: every sheet naming it fails to grade
    }
    compiled.set(id, g);
    return g;
  };
};

/** The grade carried by the data (or none), with why the sheet was not used. */
const fromData = (record: YearlyRecord, make: MakeInfo, note: GradeInfo['note'], rulebook: string | undefined): GradeInfo =>
  record.grade !== undefined ? make(record.grade, 'data', rulebook, note) : make(undefined, 'none', rulebook, note);

/**
 * Reads one record's grade: the record's scoring sheet graded through the rulebook it names (sheet
 * first — the sheet is the official input), else the grade carried by the data, else none. A sheet
 * naming an unknown rulebook, an incomplete sheet or a grading failure falls back to the data grade and
 * notes why.
 */
const gradeInfo = (record: YearlyRecord, graders: Graders, make: MakeInfo): GradeInfo => {
  const sheet = record.sheet;
  if (sheet === undefined) return fromData(record, make, undefined, undefined);
  const id = sheet.rulebook;
  const g = graders(id);
  if (g === undefined) return fromData(record, make, 'unknown-rulebook', id);
  if (g === null) return fromData(record, make, 'grading-failed', id);
  let result;
  try {
    result = gradeCompiled(g, record, record.year);
  } catch {
    // Grading throws on unusable points (above a maximum, invalid): the sheet cannot be graded.
    return fromData(record, make, 'grading-failed', id);
  }
  // An incomplete sheet gives no grade, unless an override decides it whatever the points.
  if (result.status === 'incomplete' && result.grade === undefined) return fromData(record, make, 'incomplete', id);
  const note = result.rulebook.inForce ? undefined : 'not-in-force';
  return make(result.status === 'not-rated' ? 'not-rated' : result.grade, 'sheet', id, note);
};

/**
 * The grade reader of a frame for a list of rulebooks: each row is graded at most once per frame and
 * rulebook list (the column lives in the frame, shared by every indicator evaluated with the cache).
 * Grade facts are few distinct values (grade × source × rulebook × note): each is made once per call
 * and shared by the rows that have it, so graded rows cost a reference each, not an object.
 *
 * @param frame - the frame
 * @param rulebooks - the rulebooks sheets may name (by id; the last with an id wins)
 * @returns the grade facts of the row at an index
 */
export const gradeColumn = (frame: Frame, rulebooks: readonly Rulebook[]): ((row: number) => GradeInfo) => {
  let column = frame.grades.get(rulebooks);
  if (column === undefined) {
    column = new Array<GradeInfo | undefined>(frame.rows.length);
    frame.grades.set(rulebooks, column);
  }
  const graders = gradersOf(rulebooks);
  const make = interner();
  const rows = frame.rows;
  const known = column;
  return (row) => {
    const cached = known[row];
    if (cached !== undefined) return cached;
    const read = gradeInfo(rows[row] as YearlyRecord, graders, make);
    known[row] = read;
    return read;
  };
};
