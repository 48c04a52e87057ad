import type { Issue, YearlyRecord } from '@coop/model';
import type { Rulebook } from '../rulebook.js';
import { fail, isFiniteNumber, makeIssue, MAX_ISSUES, unreadableIssue } from './evaluation-guard.js';
import { CodeArray } from './row-codes.js';
import { slotOf, type CheckedValues, type RecordProblem } from './evaluation-records.js';
import { compileRulebook, yearInfo, type CompiledRulebook } from './grade-compile.js';
import { scoreRecord } from './grade-core.js';
import { readField, type FieldRead } from './grade-read.js';
import { GRADE_CODE_NAMES } from './indicator-condition.js';
import type { GradeInfo, Frame, GradeFacts } from './engine-types.js';

/** Numbers a grade fact (see {@link FactTable}). */
type NumberFact = (grade: GradeInfo['grade'], from: GradeInfo['from'], rulebook: string | undefined, note: GradeInfo['note']) => number;

/** Positions in the lists, for a fact's slot. */
const indexIn = <T,>(list: readonly T[]): ReadonlyMap<T, number> => new Map(list.map((value, i) => [value, i]));
/** The grade code of a grade (see `GRADE_CODE_NAMES`; 0: no grade). */
const GRADE_CODES = indexIn(GRADE_CODE_NAMES);
const SOURCES = indexIn<GradeInfo['from']>(['sheet', 'data', 'none']);
const NOTES = indexIn<GradeInfo['note']>([undefined, 'unknown-rulebook', 'incomplete', 'not-in-force', 'grading-failed']);

/**
 * The distinct grade facts of one grading run (grade × source × rulebook × note), each made once (a
 * frozen object) and numbered in order of first appearance, with its grade code: a row keeps only the
 * number. A fact is found at a slot numbered from (grade, source, note) per rulebook id: no key is
 * built per row.
 */
class FactTable {
  readonly facts: GradeInfo[] = [];
  readonly gradeCodes: number[] = [];
  private readonly byRulebook = new Map<string | undefined, number[]>();
  readonly number: NumberFact = (grade, from, rulebook, note) => {
    let slots = this.byRulebook.get(rulebook);
    if (slots === undefined) {
      slots = [];
      this.byRulebook.set(rulebook, slots);
    }
    const code = GRADE_CODES.get(grade) ?? 0;
    const slot = (code * SOURCES.size + (SOURCES.get(from) as number)) * NOTES.size + (NOTES.get(note) as number);
    let n = slots[slot];
    if (n === undefined) {
      n = this.facts.length;
      this.facts.push(Object.freeze({ grade, from, rulebook, note }));
      this.gradeCodes.push(code);
      slots[slot] = n;
    }
    return n;
  };
}

/** The rulebooks by id (the last with an id wins), each compiled on first use; `null`: not compilable. */
type Graders = (id: string) => CompiledRulebook | null | undefined;

const gradersOf = (rulebooks: readonly Rulebook[]): Graders => {
  const byId = new Map<string, Rulebook>();
  for (const rulebook of rulebooks) byId.set(rulebook.id, rulebook);
  const compiled = new Map<string, CompiledRulebook | null>();
  const graderOf = (id: string): CompiledRulebook | null | undefined => {
    const known = compiled.get(id);
    if (known !== undefined) return known;
    const rulebook = byId.get(id);
    if (rulebook === undefined) return undefined;
    let s: CompiledRulebook | null;
    try {
      s = compileRulebook(rulebook);
    } catch {
      s = null; // an invalid user rulebook: every sheet naming it fails to grade
    }
    compiled.set(id, s);
    return s;
  };
  // Most sheets of a dataset name the same rulebook: the last one asked is kept at hand.
  let lastId: string | undefined;
  let last: CompiledRulebook | null | undefined;
  return (id) => {
    if (id !== lastId) {
      last = graderOf(id);
      lastId = id;
    }
    return last;
  };
};

/**
 * Reads a field from the values the record check read (`slots`) where it has them, else from the record.
 * One reader per grading run, pointed at each record's values before its sheet is graded (no function
 * made per record; a field's slot is found by its path).
 */
class CheckedRead {
  slots: CheckedValues['slots'] | undefined = undefined;
  readonly read: FieldRead = (record, field) => {
    const slots = this.slots;
    if (slots === undefined) return readField(record, field);
    const slot = slotOf(field.path);
    return slot >= 0 ? slots[slot] : readField(record, field);
  };
}

/** The grade carried by the data (or none), with why the sheet was not used. */
const fromData = (grade: GradeInfo['grade'], make: NumberFact, note: GradeInfo['note'], rulebook: string | undefined): number =>
  grade !== undefined ? make(grade, 'data', rulebook, note) : make(undefined, 'none', rulebook, note);

/**
 * What grading reads of a record besides its fields: the data's grade and the sheet (as the record
 * check read them), and, when the check has just read the record, the values of its fields (`slots`).
 */
export type SheetValues = Pick<CheckedValues, 'year' | 'grade' | 'rulebook' | 'points'> & { readonly slots?: CheckedValues['slots'] };

/** The {@link SheetValues} of a checked record, read from it. */
const sheetValues = (record: YearlyRecord): SheetValues => ({
  year: record.year,
  grade: record.grade,
  rulebook: record.sheet?.rulebook,
  points: record.sheet?.points as Readonly<Record<string, unknown>> | undefined,
});

const invalidPoint = (id: string, value: unknown): RecordProblem => ({
  keys: ['sheet', 'points', id],
  issue: (path) => makeIssue(path, 'invalid_value', 'Điểm phải là số hữu hạn', 'Points must be finite numbers', { received: value }),
});
const unreadablePoint = (id: string, error: unknown): RecordProblem => ({ keys: ['sheet', 'points', id], issue: (path) => unreadableIssue(path, error) });

/**
 * Checks the points a rulebook reads from a sheet — its criteria, in rulebook order —: each absent or a
 * finite number (a point that is out of range or too precise is grading's business: the sheet then
 * fails to grade). Keys that are not criteria are never read.
 *
 * @returns the problems, or `undefined` when the points are fine
 */
const pointProblems = (c: CompiledRulebook, points: Readonly<Record<string, unknown>>): RecordProblem[] | undefined => {
  let problems: RecordProblem[] | undefined;
  const leaves = c.leaves;
  for (let k = 0; k < leaves.length; k += 1) {
    const { id, index } = leaves[k] as CompiledRulebook['leaves'][number];
    try {
      const v = index >= 0 ? points[index] : points[id]; // an index-like id read as a number, as the grading pass does
      if (v !== undefined && !isFiniteNumber(v)) (problems ??= []).push(invalidPoint(id, v));
    } catch (error) {
      (problems ??= []).push(unreadablePoint(id, error));
    }
  }
  return problems;
};

/** The note of a sheet graded by a rulebook not in force in the year. */
const inForceNote = (c: CompiledRulebook, year: number): GradeInfo['note'] => (yearInfo(c, year).ref.inForce ? undefined : 'not-in-force');

/**
 * Reads one record's grade: the record's scoring sheet graded through the rulebook it names (sheet
 * first — the sheet is the official input), else the grade carried by the data, else none. A sheet
 * naming an unknown rulebook, an incomplete sheet or a grading failure falls back to the data grade and
 * notes why. Returns the number of the record's grade facts (see {@link FactTable}); points that are not
 * numbers make the record invalid: their problems are returned instead.
 */
const rowFact = (record: YearlyRecord, values: SheetValues, graders: Graders, make: NumberFact, reader: CheckedRead): number | readonly RecordProblem[] => {
  const id = values.rulebook;
  const points = values.points;
  if (id === undefined || points === undefined) return fromData(values.grade, make, undefined, undefined);
  const c = graders(id);
  if (c === undefined) return fromData(values.grade, make, 'unknown-rulebook', id);
  if (c === null) return fromData(values.grade, make, 'grading-failed', id);
  const problems = pointProblems(c, points);
  if (problems !== undefined) return problems;
  let result;
  reader.slots = values.slots;
  try {
    result = scoreRecord(c, record, values.year, false, reader.read, true);
  } catch {
    // Grading throws on unusable points (above a maximum, too precise): the sheet cannot be graded.
    return fromData(values.grade, make, 'grading-failed', id);
  }
  // An incomplete sheet gives no grade, unless an override decides it whatever the points.
  if (result.status === 'incomplete' && result.grade === undefined) return fromData(values.grade, make, 'incomplete', id);
  return make(result.status === 'not-rated' ? 'not-rated' : result.grade, 'sheet', id, inForceNote(c, values.year));
};

/**
 * Grades records one by one for a list of rulebooks (the rulebooks compiled once, each distinct fact
 * made once): a record's facts, as their number in `table`, or the problems of its points.
 */
export interface RowGrader {
  readonly grade: (record: YearlyRecord, values: SheetValues) => number | readonly RecordProblem[];
  readonly table: FactTable;
}

/**
 * A {@link RowGrader} for a list of rulebooks.
 *
 * @param rulebooks - the rulebooks sheets may name (by id; the last with an id wins)
 * @returns the row grader
 */
export const rowGrader = (rulebooks: readonly Rulebook[]): RowGrader => {
  const graders = gradersOf(rulebooks);
  const table = new FactTable();
  const reader = new CheckedRead();
  return { grade: (record, values) => rowFact(record, values, graders, table.number, reader), table };
};

/** Grade facts filled row by row, in order (see {@link gradeFacts}), in arrays of the frame's length. */
export class GradeFactsBuilder {
  private readonly factOf: CodeArray;
  /** Each row's grade code (at most 5: the array stays a byte a row). */
  private readonly codes: CodeArray;
  /**
   * @param table - the facts the rows are numbered in
   * @param capacity - the number of rows that will be added (more only cost a regrowth)
   */
  constructor(
    private readonly table: FactTable,
    capacity: number,
  ) {
    this.factOf = new CodeArray(capacity);
    this.codes = new CodeArray(capacity);
  }
  /** Adds a row's facts, by number. */
  add(fact: number): void {
    this.factOf.push(fact);
    this.codes.push(this.table.gradeCodes[fact] as number);
  }
  done(): GradeFacts {
    return { facts: this.table.facts.slice(), factOf: this.factOf.done(), codes: this.codes.done() as Uint8Array };
  }
}

/**
 * Grades every row of a frame for a list of rulebooks and keeps the facts in the frame, unless a row's
 * points are not numbers: each such row is handed to `invalid` (its index in the frame and its
 * problems), and nothing is kept.
 *
 * @param frame - the frame
 * @param rulebooks - the rulebooks
 * @param invalid - told of each invalid row
 * @returns the facts, or `undefined` when a row was invalid
 */
export const gradeFrame = (frame: Frame, rulebooks: readonly Rulebook[], invalid: (row: number, problems: readonly RecordProblem[]) => void): GradeFacts | undefined => {
  const { grade, table } = rowGrader(rulebooks);
  const rows = frame.rows;
  const builder = new GradeFactsBuilder(table, rows.length);
  let valid = true;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as YearlyRecord;
    const info = grade(row, sheetValues(row));
    if (isProblems(info)) {
      valid = false;
      invalid(i, info);
    } else builder.add(info);
  }
  if (!valid) return undefined;
  const facts = builder.done();
  frame.grades.set(rulebooks, facts);
  return facts;
};

/** Tells problems (an array) from a fact's number. */
export const isProblems = (info: number | readonly RecordProblem[]): info is readonly RecordProblem[] => typeof info !== 'number';

/**
 * The grade facts of every row of a frame for a list of rulebooks, read once per frame and list (kept in
 * the frame, shared by every indicator evaluated with the cache). The evaluators grade the frames while
 * checking their records (see `ingestRecords`), so this finds them made; otherwise it grades the frame
 * now. Grade facts are few distinct values (grade × source × rulebook × note): each is made once and
 * shared by the rows that have it, so a row costs a reference and a byte.
 *
 * @param frame - the frame
 * @param rulebooks - the rulebooks sheets may name (by id; the last with an id wins)
 * @returns the facts and grade codes of the rows
 * @throws `CoopError` `INVALID_RECORD` when a row's points are not numbers (only possible when the
 * frame's records were not checked through `ingestRecords` with these rulebooks)
 */
export const gradeFacts = (frame: Frame, rulebooks: readonly Rulebook[]): GradeFacts => {
  const issues: Issue[] = [];
  const facts = frame.grades.get(rulebooks) ?? gradeFrame(frame, rulebooks, (_row, problems) => issues.push(...problems.map((p) => p.issue(p.keys))));
  return facts ?? fail('INVALID_RECORD', 'records', issues.slice(0, MAX_ISSUES));
};
