/**
 * A grading result as plain data, built from what the grading pass decided ({@link Scoring}): no
 * getters, no classes, no hidden state — it survives `structuredClone`, an object spread and a JSON
 * round trip unchanged (no bigints). Parts that do not depend on the record (labels, the rulebook
 * reference, warnings, fired overrides) are frozen objects shared by the results that carry them.
 */
import type { Grade, YearlyRecord } from '@coop/model';
import type { CriterionResult, GradeMargin, GradeResult, GroupResult } from '../grade-types.js';
import type { CompiledRulebook } from './grade-compile.js';
import { bandOf, scoreRecord, type LeafSource, type Scoring } from './grade-core.js';
import { GRADE_LABEL, INCOMPLETE_LABEL, NOT_RATED_LABEL } from './grade-labels.js';
import { fromHundredths } from './points.js';

type Margins = GradeResult['margins'];

const NONE: readonly never[] = Object.freeze([]);
const NO_MARGINS: Margins = Object.freeze({});

const maxOf = (hundredths: number): number | null => (hundredths < 0 ? null : fromHundredths(hundredths));

/** Points as a display number and exact hundredths, or nothing when missing (`-1`). */
const pointsOf = (hundredths: number): { points?: number; pointsHundredths?: number } =>
  hundredths < 0 ? {} : { points: fromHundredths(hundredths), pointsHundredths: hundredths };

const margin = (grade: Grade, hundredths: number): GradeMargin => ({ grade, points: fromHundredths(hundredths), pointsHundredths: hundredths });

/**
 * Breakdown entries, margins and group entries depend only on a criterion and its points (or on the
 * total): each distinct one is made once per compiled rulebook, frozen, and shared by every result that
 * has it. This is the one speed-up of result building — bulk grading keeps a million results in memory,
 * and a breakdown of thirty fresh objects per result would cost several kilobytes each.
 */
interface Shared {
  readonly leaves: Map<number, CriterionResult>[];
  readonly parents: Map<number, CriterionResult>[];
  readonly groups: Map<number, GroupResult>[];
  readonly margins: Map<number, Margins>;
}

const sharedParts = new WeakMap<CompiledRulebook, Shared>();

const sharedOf = (c: CompiledRulebook): Shared => {
  let shared = sharedParts.get(c);
  if (shared === undefined) {
    shared = {
      leaves: c.leaves.map(() => new Map()),
      parents: c.parents.map(() => new Map()),
      groups: c.groups.map(() => new Map()),
      margins: new Map(),
    };
    sharedParts.set(c, shared);
  }
  return shared;
};

/**
 * The shared part under `key` in `memo`, made (and frozen) the first time by `make(c, index, points)`:
 * a plain function, not a closure, so that a look-up that finds the part allocates nothing.
 */
const sharedPart = <T extends object>(
  memo: Map<number, T>,
  key: number,
  make: (c: CompiledRulebook, index: number, points: number) => T,
  c: CompiledRulebook,
  index: number,
  points: number,
): T => {
  let part = memo.get(key);
  if (part === undefined) {
    part = Object.freeze(make(c, index, points));
    memo.set(key, part);
  }
  return part;
};

const makeMargins = (c: CompiledRulebook, _index: number, total: number): Margins => {
  const b = bandOf(c, total);
  const out: { up?: GradeMargin; down?: GradeMargin } = {};
  if (b > 0) out.up = margin(c.bands[b - 1]!.grade, c.bands[b - 1]!.low - total);
  if (b < c.bands.length - 1) out.down = margin(c.bands[b + 1]!.grade, total - c.bands[b]!.low);
  return out;
};

/**
 * Distance to the neighbouring bands: up, the points needed to reach the next band; down, the points
 * that can be lost while keeping this one. None when an override decided the grade.
 */
const marginsOf = (c: CompiledRulebook, s: Scoring): Margins =>
  s.status !== 'rated' || s.fired.length > 0 ? NO_MARGINS : sharedPart(sharedOf(c).margins, s.total, makeMargins, c, 0, s.total);

const SOURCE: readonly LeafSource[] = ['sheet', 'computed', 'missing'];

/**
 * What a scored criterion's entry depends on, as one number: its points (hundredths, `-1` missing) × 3
 * plus its source's code (0 sheet, 1 computed, 2 missing). Entries and breakdowns are shared by it.
 */
const leafKey = (s: Scoring, i: number): number => {
  const source = s.sources[i];
  return s.points[i]! * 3 + (source === 'sheet' ? 0 : source === 'computed' ? 1 : 2);
};

/** A scored criterion's entry, from its {@link leafKey}. */
const makeLeafEntry = (c: CompiledRulebook, i: number, key: number): CriterionResult => {
  const leaf = c.leaves[i]!;
  const points = Math.floor(key / 3);
  const parent = leaf.parent < 0 ? undefined : c.parents[leaf.parent]!.id;
  return {
    id: leaf.id,
    level: parent === undefined ? 'criterion' : 'sub-criterion',
    group: c.groups[leaf.group]!.id,
    ...(parent === undefined ? {} : { parent }),
    max: maxOf(leaf.max),
    source: SOURCE[key - points * 3]!,
    ...pointsOf(points),
  };
};

const makeParentEntry = (c: CompiledRulebook, p: number, points: number): CriterionResult => {
  const parent = c.parents[p]!;
  return {
    id: parent.id,
    level: 'criterion',
    group: c.groups[parent.group]!.id,
    max: maxOf(parent.max),
    source: points < 0 ? 'missing' : 'sum',
    ...pointsOf(points),
  };
};

const makeGroupEntry = (c: CompiledRulebook, g: number, points: number): GroupResult => ({
  id: c.groups[g]!.id,
  cap: maxOf(c.groups[g]!.cap),
  ...pointsOf(points),
});

const leafEntry = (shared: Shared, c: CompiledRulebook, i: number, key: number): CriterionResult =>
  sharedPart(shared.leaves[i]!, key, makeLeafEntry, c, i, key);
const parentEntry = (shared: Shared, c: CompiledRulebook, s: Scoring, p: number): CriterionResult =>
  sharedPart(shared.parents[p]!, s.parentPoints[p]!, makeParentEntry, c, p, s.parentPoints[p]!);
const groupEntry = (shared: Shared, c: CompiledRulebook, s: Scoring, g: number): GroupResult =>
  sharedPart(shared.groups[g]!, s.groupPoints[g]!, makeGroupEntry, c, g, s.groupPoints[g]!);

/** A result's per-criterion and per-group breakdown, and the {@link leafKey}s it was built from. */
interface Breakdown {
  readonly keys: readonly number[];
  readonly criteria: readonly CriterionResult[];
  readonly groups: readonly GroupResult[];
}

/**
 * The per-criterion breakdown in rulebook order (a criterion with sub-criteria, then its sub-criteria)
 * and the per-group one, both frozen.
 */
const buildBreakdown = (c: CompiledRulebook, s: Scoring): Breakdown => {
  const shared = sharedOf(c);
  const keys = new Array<number>(c.leaves.length);
  const criteria = new Array<CriterionResult>(c.leaves.length + c.parents.length);
  let k = 0;
  for (let i = 0; i < c.leaves.length; i++) {
    const parent = c.leaves[i]!.parent;
    if (parent >= 0 && i === c.parents[parent]!.first) criteria[k++] = parentEntry(shared, c, s, parent);
    const key = leafKey(s, i);
    keys[i] = key;
    criteria[k++] = leafEntry(shared, c, i, key);
  }
  const groups = new Array<GroupResult>(c.groups.length);
  for (let g = 0; g < c.groups.length; g++) groups[g] = groupEntry(shared, c, s, g);
  return { keys, criteria: Object.freeze(criteria), groups: Object.freeze(groups) };
};

/**
 * The breakdowns built so far in one bulk call, by a hash of their leaf keys. A breakdown depends
 * only on the leaf points and their sources (the criteria and group sums follow from them), so results
 * with equal points share one frozen pair of arrays instead of each holding its own: a dataset with
 * repeated sheets then keeps one breakdown per distinct sheet, not one per record. One breakdown per
 * hash: a scoring whose hash is taken by other points gets its own, unshared. The table lives as long as
 * the call's results, which hold the breakdowns anyway.
 */
export type Breakdowns = Map<number, Breakdown>;

const hashOf = (s: Scoring): number => {
  let h = 0;
  for (let i = 0; i < s.points.length; i++) h = (Math.imul(h, 31) + leafKey(s, i)) | 0;
  return h & 0x3fffffff; // a small integer: a cheap Map key
};

const sameScores = (b: Breakdown, s: Scoring): boolean => {
  for (let i = 0; i < b.keys.length; i++) if (b.keys[i] !== leafKey(s, i)) return false;
  return true;
};

/** The breakdown of a scoring: an equal one already built in this call (`known`), else a new one. */
const breakdownOf = (c: CompiledRulebook, s: Scoring, known: Breakdowns | undefined): Breakdown => {
  if (known === undefined) return buildBreakdown(c, s);
  const hash = hashOf(s);
  const found = known.get(hash);
  if (found !== undefined && sameScores(found, s)) return found;
  const made = buildBreakdown(c, s);
  if (found === undefined) known.set(hash, made);
  return made;
};

/** The fields every result has (the usual, rated result writes them out itself: no spread on that path). */
const commonOf = (s: Scoring) => ({ organisationId: s.organisationId, year: s.year, rulebook: s.info.ref });

/**
 * The result of grading one record, as plain data.
 *
 * @param c - the compiled rulebook the record was scored with
 * @param s - what the grading pass decided
 * @param known - the breakdowns already built in this bulk call, to share an equal one (see {@link Breakdowns})
 * @returns the result
 */
export const resultOf = (c: CompiledRulebook, s: Scoring, known?: Breakdowns): GradeResult => {
  if (s.status === 'not-rated') {
    return {
      status: 'not-rated',
      ...commonOf(s),
      overrides: NONE,
      warnings: s.warnings,
      reason: s.reason!,
      label: NOT_RATED_LABEL,
      margins: NO_MARGINS,
      criteria: NONE,
      groups: NONE,
    };
  }
  const { criteria, groups } = breakdownOf(c, s, known);
  if (s.status === 'incomplete') {
    return {
      status: 'incomplete',
      ...commonOf(s),
      ...(s.grade === undefined ? {} : { grade: s.grade }),
      missing: s.missing,
      overrides: s.fired,
      margins: NO_MARGINS,
      warnings: s.warnings,
      label: s.grade === undefined ? INCOMPLETE_LABEL : GRADE_LABEL[s.grade],
      criteria,
      groups,
    };
  }
  return {
    status: 'rated',
    organisationId: s.organisationId,
    year: s.year,
    rulebook: s.info.ref,
    grade: s.grade!,
    pointsGrade: s.pointsGrade!,
    total: fromHundredths(s.total),
    totalHundredths: s.total,
    overrides: s.fired,
    margins: marginsOf(c, s),
    warnings: s.warnings,
    label: GRADE_LABEL[s.grade!],
    criteria,
    groups,
  };
};

/**
 * Grades one record with a compiled rulebook: the grading pass, then its result as plain data.
 *
 * @param c - the compiled rulebook
 * @param record - the record (never mutated)
 * @param year - the evaluation year
 * @param clamp - clamp points above a maximum instead of throwing
 * @param known - as {@link resultOf}
 * @returns the result
 */
export const gradeRecord = (c: CompiledRulebook, record: YearlyRecord, year: number, clamp: boolean, known?: Breakdowns): GradeResult =>
  resultOf(c, scoreRecord(c, record, year, clamp), known);
