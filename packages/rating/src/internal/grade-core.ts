/**
 * The grading pass: how one organisation-year is judged by a compiled rulebook, in the order the
 * rulebook's text reads — scope, not-rated rules, overrides, each scored criterion (from the record's
 * figures through its tiers, else from the self-scoring sheet), maxima and caps, the total's grade band.
 * Everything `grade`, `gradeMany` and the evaluators report comes from {@link scoreRecord}; the result
 * objects are built from its {@link Scoring} by `grade-result.ts`.
 *
 * Points are exact integers in hundredths (see `points.ts`): 79.99 is 7999 and stays below 80.
 */
import { CoopError, type Grade, type YearlyRecord } from '@coop/model';
import type { FiredOverride, GradeWarning, NotRatedReason } from '../grade-types.js';
import { yearInfo, type CompiledRulebook, type YearInfo } from './grade-compile.js';
import { GRADE_RANK } from './grade-labels.js';
import { decideCondition, fieldPath, readField, type FieldRead } from './grade-read.js';
import { fromHundredths, toHundredths } from './points.js';
import { evaluateTiers } from './tier-eval.js';

/** Where a scored criterion's points came from. */
export type LeafSource = 'sheet' | 'computed' | 'missing';

/** What the grading pass decided about one record, with the numbers behind it. */
export interface Scoring {
  readonly status: 'rated' | 'not-rated' | 'incomplete';
  readonly organisationId: string;
  readonly year: number;
  readonly info: YearInfo;
  /** Why not rated (`not-rated` only). */
  readonly reason: NotRatedReason | undefined;
  /** The grade: an override's, else the points' (`rated`); an override's or none (`incomplete`). */
  readonly grade: Grade | undefined;
  /** The grade the total alone gives (`rated` only). */
  readonly pointsGrade: Grade | undefined;
  /** The total in hundredths, after maxima and caps (`rated` only; otherwise `-1`). */
  readonly total: number;
  readonly fired: readonly FiredOverride[];
  /** Every warning, in order: the year's, the unchecked rules', then those of the points. */
  readonly warnings: readonly GradeWarning[];
  /** Per scored criterion (leaf order): its points in hundredths (`-1`: missing) and their source. Empty when not rated. */
  readonly points: readonly number[];
  readonly sources: readonly LeafSource[];
  /** Per criterion with sub-criteria, and per group: points after the maximum or cap (`-1`: a leaf is missing). */
  readonly parentPoints: readonly number[];
  readonly groupPoints: readonly number[];
  /** Ids of the missing criteria. */
  readonly missing: readonly string[];
}

const NONE: readonly never[] = Object.freeze([]);

/** What the pass accumulates about one record. */
interface Pass {
  readonly c: CompiledRulebook;
  readonly organisationId: string;
  readonly year: number;
  readonly clamp: boolean;
  /** Only the grade is asked for: warnings are not collected (they never change a status or grade). */
  readonly gradeOnly: boolean;
  warnings: GradeWarning[] | undefined;
}

const show = (hundredths: number): string => String(fromHundredths(hundredths));

const warn = (pass: Pass, warning: GradeWarning): void => {
  if (!pass.gradeOnly) (pass.warnings ??= []).push(warning);
};

/** The sheet's points for a criterion, in hundredths; `INVALID_POINTS` unless a number ≥ 0 with at most two decimals. */
const sheetPoints = (pass: Pass, id: string, raw: unknown): number => {
  const scaled = toHundredths(raw);
  if (!(scaled >= 0)) {
    throw new CoopError('INVALID_POINTS', `Invalid points for "${id}": ${String(raw)}`, {
      criterion: id,
      received: raw,
      organisationId: pass.organisationId,
      year: pass.year,
    });
  }
  return scaled;
};

/** Points up to a maximum (`-1`: none): above it, `POINTS_ABOVE_MAXIMUM`, or with `clamp` the maximum and a warning. */
const upTo = (pass: Pass, id: string, points: number, max: number, kind: 'criterion' | 'group'): number => {
  if (max < 0 || points <= max) return points;
  const numbers = { points: fromHundredths(points), max: fromHundredths(max) };
  if (!pass.clamp) {
    throw new CoopError(
      'POINTS_ABOVE_MAXIMUM',
      `"${id}": ${show(points)} points above the maximum ${show(max)} (${pass.organisationId})`,
      { criterion: id, kind, ...numbers, organisationId: pass.organisationId, year: pass.year },
    );
  }
  warn(pass, {
    code: kind === 'group' ? 'GROUP_ABOVE_CAP' : 'POINTS_CLAMPED',
    criterion: id,
    message: {
      vi: `${id}: ${show(points)} điểm, vượt mức tối đa ${show(max)}; tính ${show(max)}.`,
      en: `${id}: ${show(points)} points, above the maximum ${show(max)}; counted as ${show(max)}.`,
    },
    details: numbers,
  });
  return max;
};

/** A criterion's points from the record when its tiers can compute them; the sheet's if it disagrees is reported. */
const computedPoints = (pass: Pass, id: string, computed: number, raw: unknown): number => {
  if (raw === undefined) return computed;
  const given = sheetPoints(pass, id, raw);
  if (given !== computed) {
    warn(pass, {
      code: 'SHEET_DIFFERS_FROM_COMPUTED',
      criterion: id,
      message: {
        vi: `${id}: phiếu chấm ${show(given)}, tính từ số liệu ${show(computed)}; dùng ${show(computed)}.`,
        en: `${id}: the sheet says ${show(given)}, the figures give ${show(computed)}; ${show(computed)} is used.`,
      },
      details: { sheet: fromHundredths(given), computed: fromHundredths(computed) },
    });
  }
  return computed;
};

/**
 * Warns about sheet entries that are not scored criteria (unknown ids, or a criterion's total). The
 * usual sheet has exactly the `present` scored criteria as its keys: comparing the counts spares the
 * per-key look-ups (`Object.keys` counts index-like keys such as `'5'` far faster than `for…in`).
 */
const unknownEntries = (pass: Pass, points: Readonly<Record<string, unknown>>, present: number): void => {
  const keys = Object.keys(points);
  if (keys.length === present) return;
  for (const key of keys) {
    if (pass.c.scored.has(key)) continue;
    warn(pass, {
      code: 'UNKNOWN_CRITERION',
      criterion: key,
      message: { vi: `Bỏ qua "${key}": không phải tiêu chí được chấm.`, en: `Ignored "${key}": not a scored criterion.` },
    });
  }
};

/** A criterion's points in a sum: a missing one (`-1`) adds nothing. */
const inSum = (points: readonly number[], i: number): number => (points[i]! < 0 ? 0 : points[i]!);

/**
 * Adds the criteria up: sub-criteria into their criterion within its maximum, criteria into their group
 * within its cap, groups into the total. Maxima and caps hold even when a criterion is missing; a
 * criterion or group with a missing part shows as `-1`.
 */
const addUp = (pass: Pass, points: readonly number[]) => {
  const c = pass.c;
  const parentPoints = new Array<number>(c.parents.length);
  const groupPoints = new Array<number>(c.groups.length);
  let total = 0;
  for (let g = 0; g < c.groups.length; g++) {
    const group = c.groups[g]!;
    let sum = 0;
    let complete = true;
    for (const i of group.leaves) {
      sum += inSum(points, i);
      complete &&= points[i]! >= 0;
    }
    for (const p of group.parents) {
      const parent = c.parents[p]!;
      let childSum = 0;
      let childrenComplete = true;
      for (let i = parent.first; i <= parent.last; i++) {
        childSum += inSum(points, i);
        childrenComplete &&= points[i]! >= 0;
      }
      const kept = upTo(pass, parent.id, childSum, parent.max, 'criterion');
      parentPoints[p] = childrenComplete ? kept : -1;
      sum += kept;
      complete &&= childrenComplete;
    }
    const kept = upTo(pass, group.id, sum, group.cap, 'group');
    groupPoints[g] = complete ? kept : -1;
    total += kept;
  }
  return { total, parentPoints, groupPoints };
};

/** The grade band a total falls in (bands best first; the last band takes everything below). */
export const bandOf = (c: CompiledRulebook, total: number): number => {
  let b = 0;
  while (b < c.bands.length - 1 && total < c.bands[b]!.low) b++;
  return b;
};

const KIND = fieldPath('kind');
const SECTOR = fieldPath('sector');

const invalidRecord = (year: number): CoopError =>
  new CoopError('INVALID_RECORD', 'Invalid record: organisationId, kind, sector, year or sheet', { year });

const wellFormedSheet = (sheet: YearlyRecord['sheet']): boolean =>
  sheet === undefined || (typeof sheet === 'object' && sheet !== null && typeof sheet.points === 'object' && sheet.points !== null);

const inScope = (c: CompiledRulebook, kind: string, sector: string): boolean =>
  c.kinds.has(kind) && (c.sectors === undefined || c.sectors.has(sector)) && !c.excluded.has(sector);

const withWarnings = (base: readonly GradeWarning[], more: readonly GradeWarning[] | undefined): readonly GradeWarning[] =>
  more === undefined ? base : Object.freeze([...base, ...more]);

const notRated = (pass: Pass, organisationId: string, info: YearInfo, reason: NotRatedReason): Scoring => ({
  status: 'not-rated',
  organisationId,
  year: pass.year,
  info,
  reason,
  grade: undefined,
  pointsGrade: undefined,
  total: -1,
  fired: NONE,
  warnings: withWarnings(info.base, pass.warnings),
  points: NONE,
  sources: NONE,
  parentPoints: NONE,
  groupPoints: NONE,
  missing: NONE,
});

/**
 * Grades one record: the single grading pass.
 *
 * 1. A record without an organisation id, kind, sector, integer year or a well-formed sheet throws
 *    `INVALID_RECORD`; a sheet for another rulebook throws `RULEBOOK_MISMATCH`.
 * 2. Outside the rulebook's kinds and sectors: not rated (`out-of-scope`).
 * 3. The first not-rated rule that holds: not rated, with its reason. A rule whose field is absent is
 *    unknown: it does not hold, and a warning says it could not be checked (so for overrides).
 * 4. Every override that holds fires; the worst grade forced wins, whatever the points.
 * 5. Each scored criterion: computed from the record through its tiers when the record has the fields
 *    (a sheet that disagrees is warned about), else the sheet's points within the criterion's maximum,
 *    else missing. Sheet entries that are not scored criteria are warned about.
 * 6. Sub-criteria add up to their criterion, within its maximum; criteria to their group, within its cap.
 * 7. A missing criterion: incomplete (the override's grade, if one fired). Otherwise the total's band.
 *
 * @param c - the compiled rulebook
 * @param record - the record (never mutated)
 * @param year - the evaluation year
 * @param clamp - points above a maximum are clamped with a warning instead of throwing
 * @param read - how the record's fields are read (default: {@link readField}; the evaluators pass the
 *   values their record check read, so that a field is read once)
 * @param gradeOnly - only the status and grade are wanted (the evaluators): the same steps decide
 *   them, but no warning is collected and step 5's check of sheet entries that are not scored criteria
 *   (a warning only) is skipped; the scoring's `warnings` are then the year's alone
 * @returns what was decided, with the numbers behind it
 * @throws CoopError `INVALID_RECORD`, `RULEBOOK_MISMATCH`, `INVALID_POINTS`, `POINTS_ABOVE_MAXIMUM`
 */
export const scoreRecord = (
  c: CompiledRulebook,
  record: YearlyRecord,
  year: number,
  clamp: boolean,
  read: FieldRead = readField,
  gradeOnly = false,
): Scoring => {
  // The parts of the record grading needs, each read once.
  if (typeof record !== 'object' || record === null) throw invalidRecord(year);
  const { organisationId, sheet } = record;
  const kind = read(record, KIND);
  const sector = read(record, SECTOR);
  if (typeof organisationId !== 'string' || typeof kind !== 'string' || typeof sector !== 'string' || !Number.isInteger(year) || !wellFormedSheet(sheet)) {
    throw invalidRecord(year);
  }
  if (sheet !== undefined && sheet.rulebook !== c.id) {
    throw new CoopError(
      'RULEBOOK_MISMATCH',
      `Sheet for "${String(sheet.rulebook)}", not "${c.id}" (${organisationId}, ${year})`,
      { expected: c.id, received: String(sheet.rulebook), organisationId, year },
    );
  }
  const pass: Pass = { c, organisationId, year, clamp, gradeOnly, warnings: undefined };
  const info = yearInfo(c, year);
  if (!inScope(c, kind, sector)) return notRated(pass, organisationId, info, c.outOfScope);

  for (const rule of c.notRated) {
    const holds = decideCondition(rule.when, read(record, rule.when.field));
    if (holds === true) return notRated(pass, organisationId, info, rule.reason);
    if (holds === undefined) warn(pass, rule.unchecked);
  }
  let fired: FiredOverride[] | undefined;
  let forced: Grade | undefined;
  for (const rule of c.overrides) {
    const holds = decideCondition(rule.when, read(record, rule.when.field));
    if (holds === undefined) warn(pass, rule.unchecked);
    if (holds !== true) continue;
    (fired ??= []).push(rule.fired);
    if (forced === undefined || GRADE_RANK[rule.grade] < GRADE_RANK[forced]) forced = rule.grade;
  }

  for (const gap of c.gaps) warn(pass, gap);

  const sheetEntries = sheet?.points as Readonly<Record<string, unknown>> | undefined;
  // One slot per scored criterion, written in place (arrays of the final length: no regrowth while filling).
  const points = new Array<number>(c.leaves.length);
  const sources = new Array<LeafSource>(c.leaves.length);
  let missing: string[] | undefined;
  let present = 0; // scored criteria on the sheet
  for (let i = 0; i < c.leaves.length; i++) {
    const leaf = c.leaves[i]!;
    const raw = sheetEntries === undefined ? undefined : leaf.index >= 0 ? sheetEntries[leaf.index] : sheetEntries[leaf.id];
    const computed = leaf.tiers === undefined ? -1 : evaluateTiers(leaf.tiers, record, read);
    if (computed >= 0) {
      if (raw !== undefined) present++;
      points[i] = computedPoints(pass, leaf.id, computed, raw);
      sources[i] = 'computed';
    } else if (raw !== undefined) {
      present++;
      points[i] = upTo(pass, leaf.id, sheetPoints(pass, leaf.id, raw), leaf.max, 'criterion');
      sources[i] = 'sheet';
    } else {
      points[i] = -1;
      sources[i] = 'missing';
      (missing ??= []).push(leaf.id);
    }
  }
  if (sheetEntries !== undefined && !gradeOnly) unknownEntries(pass, sheetEntries, present);

  const { total, parentPoints, groupPoints } = addUp(pass, points);
  const rated = missing === undefined;
  const pointsGrade = rated ? c.bands[bandOf(c, total)]!.grade : undefined;
  return {
    status: rated ? 'rated' : 'incomplete',
    organisationId,
    year,
    info,
    reason: undefined,
    grade: forced ?? pointsGrade,
    pointsGrade,
    total: rated ? total : -1,
    fired: fired === undefined ? NONE : Object.freeze(fired),
    warnings: withWarnings(info.base, pass.warnings),
    points,
    sources,
    parentPoints,
    groupPoints,
    missing: missing === undefined ? NONE : Object.freeze(missing),
  };
};

/**
 * Runs a grading step and turns any non-`CoopError` failure (a hostile value: a throwing getter, a
 * proxy, a non-iterable) into `CoopError('INVALID_INPUT')`, so callers only ever see typed errors.
 *
 * @param step - the step
 * @returns its value
 */
export const typedErrors = <T>(step: () => T): T => {
  try {
    return step();
  } catch (error) {
    if (error instanceof CoopError) throw error;
    throw new CoopError('INVALID_INPUT', `Cannot grade this input: ${String(error)}`, {
      cause: error instanceof Error ? error.name : typeof error,
    });
  }
};
