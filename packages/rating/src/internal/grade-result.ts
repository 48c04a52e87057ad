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

/** Keeps a new shared part (frozen) under its key. */
const keep = <T extends object>(memo: Map<number, T>, key: number, value: T): T => {
  memo.set(key, Object.freeze(value));
  return value;
};

/**
 * Distance to the neighbouring bands: up, the points needed to reach the next band; down, the points
 * that can be lost while keeping this one. None when an override decided the grade.
 */
const marginsOf = (c: CompiledRulebook, s: Scoring): Margins => {
  if (s.status !== 'rated' || s.fired.length > 0) return NO_MARGINS;
  const memo = sharedOf(c).margins;
  const known = memo.get(s.total);
  if (known !== undefined) return known;
  const b = bandOf(c, s.total);
  const out: { up?: GradeMargin; down?: GradeMargin } = {};
  if (b > 0) out.up = margin(c.bands[b - 1]!.grade, c.bands[b - 1]!.low - s.total);
  if (b < c.bands.length - 1) out.down = margin(c.bands[b + 1]!.grade, s.total - c.bands[b]!.low);
  return keep(memo, s.total, out);
};

const SOURCE_CODE: Readonly<Record<LeafSource, number>> = { sheet: 0, computed: 1, missing: 2 };

const leafEntry = (c: CompiledRulebook, s: Scoring, i: number): CriterionResult => {
  const points = s.points[i]!;
  const source = s.sources[i]!;
  const memo = sharedOf(c).leaves[i]!;
  const key = points * 3 + SOURCE_CODE[source];
  const known = memo.get(key);
  if (known !== undefined) return known;
  const leaf = c.leaves[i]!;
  const parent = leaf.parent < 0 ? undefined : c.parents[leaf.parent]!.id;
  return keep(memo, key, {
    id: leaf.id,
    level: parent === undefined ? 'criterion' : 'sub-criterion',
    group: c.groups[leaf.group]!.id,
    ...(parent === undefined ? {} : { parent }),
    max: maxOf(leaf.max),
    source,
    ...pointsOf(points),
  });
};

const parentEntry = (c: CompiledRulebook, s: Scoring, p: number): CriterionResult => {
  const points = s.parentPoints[p]!;
  const memo = sharedOf(c).parents[p]!;
  const known = memo.get(points);
  if (known !== undefined) return known;
  const parent = c.parents[p]!;
  return keep(memo, points, {
    id: parent.id,
    level: 'criterion',
    group: c.groups[parent.group]!.id,
    max: maxOf(parent.max),
    source: points < 0 ? 'missing' : 'sum',
    ...pointsOf(points),
  });
};

const groupEntry = (c: CompiledRulebook, s: Scoring, g: number): GroupResult => {
  const points = s.groupPoints[g]!;
  const memo = sharedOf(c).groups[g]!;
  const known = memo.get(points);
  if (known !== undefined) return known;
  const group = c.groups[g]!;
  return keep(memo, points, { id: group.id, cap: maxOf(group.cap), ...pointsOf(points) });
};

/** The per-criterion breakdown, in rulebook order: a criterion with sub-criteria, then its sub-criteria. */
const criteriaOf = (c: CompiledRulebook, s: Scoring): readonly CriterionResult[] => {
  // Sized once: a bulk call keeps a million of these arrays.
  const out = new Array<CriterionResult>(c.leaves.length + c.parents.length);
  let k = 0;
  for (let i = 0; i < c.leaves.length; i++) {
    const parent = c.leaves[i]!.parent;
    if (parent >= 0 && i === c.parents[parent]!.first) out[k++] = parentEntry(c, s, parent);
    out[k++] = leafEntry(c, s, i);
  }
  return out;
};

const groupsOf = (c: CompiledRulebook, s: Scoring): readonly GroupResult[] => {
  const out = new Array<GroupResult>(c.groups.length);
  for (let g = 0; g < c.groups.length; g++) out[g] = groupEntry(c, s, g);
  return out;
};

/**
 * The result of grading one record, as plain data.
 *
 * @param c - the compiled rulebook the record was scored with
 * @param s - what the grading pass decided
 * @returns the result
 */
export const resultOf = (c: CompiledRulebook, s: Scoring): GradeResult => {
  const common = { organisationId: s.organisationId, year: s.year, rulebook: s.info.ref };
  if (s.status === 'not-rated') {
    return {
      status: 'not-rated',
      ...common,
      overrides: NONE,
      warnings: s.warnings,
      reason: s.reason!,
      label: NOT_RATED_LABEL,
      margins: NO_MARGINS,
      criteria: NONE,
      groups: NONE,
    };
  }
  if (s.status === 'incomplete') {
    return {
      status: 'incomplete',
      ...common,
      ...(s.grade === undefined ? {} : { grade: s.grade }),
      missing: s.missing,
      overrides: s.fired,
      margins: NO_MARGINS,
      warnings: s.warnings,
      label: s.grade === undefined ? INCOMPLETE_LABEL : GRADE_LABEL[s.grade],
      criteria: criteriaOf(c, s),
      groups: groupsOf(c, s),
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
    criteria: criteriaOf(c, s),
    groups: groupsOf(c, s),
  };
};

/**
 * Grades one record with a compiled rulebook: the grading pass, then its result as plain data.
 *
 * @param c - the compiled rulebook
 * @param record - the record (never mutated)
 * @param year - the evaluation year
 * @param clamp - clamp points above a maximum instead of throwing
 * @returns the result
 */
export const gradeRecord = (c: CompiledRulebook, record: YearlyRecord, year: number, clamp: boolean): GradeResult =>
  resultOf(c, scoreRecord(c, record, year, clamp));
