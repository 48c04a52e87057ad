import type { YearlyRecord } from '@coop/model';
import type { Rulebook } from '../rulebook.js';
import { compileRulebook } from './grade-compile.js';
import { gradeCompiled, graderFor, type Grader } from './grade-core.js';
import { bulkSheetReader } from './prepared-reader.js';
import type { GradeInfo } from './indicator-cache.js';
import type { Frame } from './indicator-frame.js';
import { GRADE_CODE_NAMES } from './indicator-condition.js';

const NONE: GradeInfo = Object.freeze({ grade: undefined, from: 'none', rulebook: undefined, note: undefined });

/** Makes grade facts, each distinct one once (see {@link gradeFacts}). */
type MakeInfo = (grade: GradeInfo['grade'], from: GradeInfo['from'], rulebook: string | undefined, note: GradeInfo['note']) => GradeInfo;

/** The grade code of a grade (see `GRADE_CODE_NAMES`): 0 for none. */
const codeOf = (grade: GradeInfo['grade']): number => {
  const code = GRADE_CODE_NAMES.indexOf(grade);
  return code < 0 ? 0 : code;
};
const SOURCES: readonly GradeInfo['from'][] = ['sheet', 'data', 'none'];
const NOTES: readonly GradeInfo['note'][] = [undefined, 'unknown-rulebook', 'incomplete', 'not-in-force', 'grading-failed'];

/** Grade facts made once each, per rulebook id, at a slot numbered from (grade, source, note): no key is built per row. */
const interner = (): MakeInfo => {
  const made = new Map<string | undefined, GradeInfo[]>();
  return (grade, from, rulebook, note) => {
    if (grade === undefined && from === 'none' && rulebook === undefined && note === undefined) return NONE;
    let slots = made.get(rulebook);
    if (slots === undefined) {
      slots = [];
      made.set(rulebook, slots);
    }
    const slot = (codeOf(grade) * SOURCES.length + SOURCES.indexOf(from)) * NOTES.length + NOTES.indexOf(note);
    return (slots[slot] ??= Object.freeze({ grade, from, rulebook, note }));
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

/** The grade facts of every row of a frame for one rulebook list (see {@link gradeFacts}). */
export interface GradeFacts {
  /** Each row's facts (rows with the same facts share one frozen object). */
  readonly infos: readonly GradeInfo[];
  /** Each row's grade as a code into `GRADE_CODE_NAMES` (0: no grade known). */
  readonly codes: Uint8Array;
}

/**
 * The grade facts of every row of a frame for a list of rulebooks, read once per frame and list (kept in
 * the frame, shared by every indicator evaluated with the cache). Grade facts are few distinct values
 * (grade × source × rulebook × note): each is made once and shared by the rows that have it, so a row
 * costs a reference and a byte.
 *
 * @param frame - the frame
 * @param rulebooks - the rulebooks sheets may name (by id; the last with an id wins)
 * @returns the facts and grade codes of the rows
 */
export const gradeFacts = (frame: Frame, rulebooks: readonly Rulebook[]): GradeFacts => {
  const known = frame.grades.get(rulebooks);
  if (known !== undefined) return known;
  const graders = gradersOf(rulebooks);
  const make = interner();
  const rows = frame.rows;
  const infos = new Array<GradeInfo>(rows.length);
  const codes = new Uint8Array(rows.length);
  let last: GradeInfo | undefined;
  let lastCode = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const info = gradeInfo(rows[i] as YearlyRecord, graders, make);
    infos[i] = info;
    if (info !== last) {
      last = info;
      lastCode = codeOf(info.grade);
    }
    codes[i] = lastCode;
  }
  const facts: GradeFacts = { infos, codes };
  frame.grades.set(rulebooks, facts);
  return facts;
};
