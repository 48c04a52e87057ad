import { CoopError, type Grade, type YearlyRecord } from '@coop/model';
import type {
  CriterionResult,
  FiredOverride,
  GradeMargin,
  GradeResult,
  GradeWarning,
  GroupResult,
  NotRatedReason,
} from '../grade.js';
import { baseWarnings, yearInfo, type CompiledRulebook, type CompiledWarning, type YearInfo } from './grade-compile.js';
import { GRADE_RANK } from './grade-labels.js';
import { decideCondition, evaluateCondition, type FieldPath } from './grade-read.js';
import { IncompleteResult, NotRatedResult, RatedResult, type ResultContext, type ResultEngine } from './grade-result.js';
import { fromHundredths, toHundredths } from './points.js';
import type { SheetReader } from './sheet-read.js';
import { evaluateTiers } from './tier-eval.js';

// Each leaf is recorded as `hundredths * 4 + source` in one packed array (one allocation per record).
const SRC_SHEET = 0;
const SRC_COMPUTED = 1;
const SRC_MISSING = 2;

const EMPTY: readonly never[] = Object.freeze([]);
const NO_MARGINS: GradeResult['margins'] = Object.freeze({});

interface Context {
  readonly c: CompiledRulebook;
  readonly record: YearlyRecord;
  readonly year: number;
  readonly clamp: boolean;
  warnings: CompiledWarning[] | undefined;
}

const show = (hundredths: number): string => String(fromHundredths(hundredths));

const checkedPoints = (raw: unknown, id: string, ctx: Context): number => {
  const scaled = toHundredths(raw);
  if (!(scaled >= 0)) {
    throw new CoopError(
      'INVALID_POINTS',
      `Invalid points for "${id}": ${String(raw)}`,
      { criterion: id, received: raw, organisationId: ctx.record.organisationId, year: ctx.year },
    );
  }
  return scaled;
};

/** Enforces a maximum: throws by default, clamps and warns with `clamp`. */
const capped = (
  ctx: Context,
  id: string,
  value: number,
  max: number,
  kind: 'criterion' | 'group',
): number => {
  if (max < 0 || value <= max) return value;
  if (!ctx.clamp) {
    throw new CoopError(
      'POINTS_ABOVE_MAXIMUM',
      `"${id}": ${show(value)} points above the maximum ${show(max)} (${ctx.record.organisationId})`,
      {
        criterion: id,
        kind,
        points: fromHundredths(value),
        max: fromHundredths(max),
        organisationId: ctx.record.organisationId,
        year: ctx.year,
      },
    );
  }
  (ctx.warnings ??= []).push({
    code: kind === 'group' ? 'GROUP_ABOVE_CAP' : 'POINTS_CLAMPED',
    criterion: id,
    message: {
      vi: `${id}: ${show(value)} điểm, vượt mức tối đa ${show(max)}; tính ${show(max)}.`,
      en: `${id}: ${show(value)} points, above the maximum ${show(max)}; counted as ${show(max)}.`,
    },
    details: { points: fromHundredths(value), max: fromHundredths(max) },
  });
  return max;
};

const warn = (ctx: Context, warning: CompiledWarning): void => {
  (ctx.warnings ??= []).push(warning);
};

/** Warns about sheet entries that are not scored criteria (unknown ids, or a criterion's total). */
const unknownKeys = (ctx: Context, points: Readonly<Record<string, unknown>>): void => {
  for (const key of Object.keys(points)) {
    if (ctx.c.scored.has(key)) continue;
    warn(ctx, {
      code: 'UNKNOWN_CRITERION',
      criterion: key,
      message: {
        vi: `Bỏ qua "${key}": không phải tiêu chí được chấm.`,
        en: `Ignored "${key}": not a scored criterion.`,
      },
    });
  }
};

/**
 * Sums the leaves into groups and the total, applying criterion maxima and group caps: with a context
 * (grading) through {@link capped} (throw, or clamp and warn); without one (a breakdown read later from
 * a result) by clamping silently, so the breakdown matches the total the result was graded with.
 */
const sumLeaves = (ctx: Context | undefined, c: CompiledRulebook, vals: readonly number[], groupOut?: number[]): number => {
  const keep = (id: string, sum: number, max: number, kind: 'criterion' | 'group'): number =>
    ctx === undefined ? (max >= 0 && sum > max ? max : sum) : capped(ctx, id, sum, max, kind);
  const keepParent = (p: number, sum: number): number => keep(c.parents[p]!.id, sum, c.parents[p]!.max, 'criterion');
  const keepGroup = (g: number, sum: number): number => {
    const kept = keep(c.groupIds[g]!, sum, c.groupCap[g]!, 'group');
    if (groupOut !== undefined) groupOut[g] = kept;
    return kept;
  };
  const n = vals.length;
  let total = 0;
  let g = n > 0 ? c.leafGroup[0]! : 0;
  let gsum = 0;
  let p = -1;
  let psum = 0;
  for (let i = 0; i < n; i++) {
    const leafParent = c.leafParent[i]!;
    const leafGroup = c.leafGroup[i]!;
    if (leafParent !== p) {
      if (p >= 0) gsum += keepParent(p, psum);
      p = leafParent;
      psum = 0;
    }
    if (leafGroup !== g) {
      total += keepGroup(g, gsum);
      g = leafGroup;
      gsum = 0;
    }
    // A missing leaf is stored as `0 * 4 + SRC_MISSING`, so it adds 0.
    const add = vals[i]! >> 2;
    if (leafParent >= 0) psum += add;
    else gsum += add;
  }
  if (p >= 0) gsum += keepParent(p, psum);
  if (n > 0) total += keepGroup(g, gsum);
  return total;
};

const hundredthsField = (value: number): { points: number; pointsHundredths: number } => ({
  points: fromHundredths(value),
  pointsHundredths: value,
});

const maxOf = (scaled: number): number | null => (scaled < 0 ? null : fromHundredths(scaled));

/** Builds the per-criterion breakdown from the snapshot taken while grading. */
const buildCriteria = (c: CompiledRulebook, vals: readonly number[]): readonly CriterionResult[] => {
  const out: CriterionResult[] = [];
  const sources = ['sheet', 'computed', 'missing'] as const;
  const leaf = (i: number, parent: string | undefined): CriterionResult => {
    const v = vals[i]!;
    const src = sources[v & 3]!;
    const base = {
      id: c.leafIds[i]!,
      level: parent === undefined ? ('criterion' as const) : ('sub-criterion' as const),
      group: c.groupIds[c.leafGroup[i]!]!,
      ...(parent === undefined ? {} : { parent }),
      max: maxOf(c.leafMax[i]!),
      source: src,
    };
    return src === 'missing' ? base : { ...base, ...hundredthsField(v >> 2) };
  };
  let i = 0;
  while (i < vals.length) {
    const p = c.leafParent[i]!;
    if (p < 0) {
      out.push(leaf(i, undefined));
      i++;
      continue;
    }
    const parent = c.parents[p]!;
    let sum = 0;
    let anyMissing = false;
    for (let j = parent.first; j <= parent.last; j++) {
      const v = vals[j]!;
      if ((v & 3) === SRC_MISSING) anyMissing = true;
      else sum += v >> 2;
    }
    const value = parent.max >= 0 && sum > parent.max ? parent.max : sum;
    out.push({
      id: parent.id,
      level: 'criterion',
      group: c.groupIds[parent.group]!,
      max: maxOf(parent.max),
      ...(anyMissing ? { source: 'missing' as const } : { source: 'sum' as const, ...hundredthsField(value) }),
    });
    for (let j = parent.first; j <= parent.last; j++) out.push(leaf(j, parent.id));
    i = parent.last + 1;
  }
  return Object.freeze(out);
};

const buildGroups = (c: CompiledRulebook, vals: readonly number[]): readonly GroupResult[] => {
  const kept: number[] = [];
  sumLeaves(undefined, c, vals, kept);
  const missingIn = new Set<number>();
  vals.forEach((v, i) => {
    if ((v & 3) === SRC_MISSING) missingIn.add(c.leafGroup[i]!);
  });
  return Object.freeze(
    c.rulebook.groups.map(({ id, cap }, g) => ({
      id,
      cap: cap ?? null,
      ...(missingIn.has(g) || kept[g] === undefined ? {} : hundredthsField(kept[g])),
    })),
  );
};

/** The outcome of the general scoring pass. */
interface Analysis {
  /** Per leaf: `hundredths * 4 + source`. */
  readonly vals: number[];
  readonly missing: number;
  readonly total: number;
  readonly warnings: CompiledWarning[] | undefined;
}

/**
 * The general scoring pass: every leaf from tiers or the sheet, unknown sheet entries, maxima and caps
 * (throwing or clamping).
 */
const analyse = (c: CompiledRulebook, record: YearlyRecord, year: number, clamp: boolean): Analysis => {
  const ctx: Context = { c, record, year, clamp, warnings: undefined };
  const sheet = record.sheet;
  const points = (sheet === undefined || sheet === null ? undefined : sheet.points) as
    | Readonly<Record<string, unknown>>
    | undefined;
  const n = c.leafIds.length;
  const vals: number[] = [];
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const id = c.leafIds[i]!;
    const raw = points === undefined ? undefined : points[id];
    const tiers = c.leafTiers[i];
    if (tiers !== undefined) {
      const computed = evaluateTiers(tiers, record);
      if (computed >= 0) {
        if (raw !== undefined) {
          const given = checkedPoints(raw, id, ctx);
          if (given !== computed) {
            warn(ctx, {
              code: 'SHEET_DIFFERS_FROM_COMPUTED',
              criterion: id,
              message: {
                vi: `${id}: phiếu chấm ${show(given)}, tính từ số liệu ${show(computed)}; dùng ${show(computed)}.`,
                en: `${id}: the sheet says ${show(given)}, the figures give ${show(computed)}; ${show(computed)} is used.`,
              },
              details: { sheet: fromHundredths(given), computed: fromHundredths(computed) },
            });
          }
        }
        vals.push(computed * 4 + SRC_COMPUTED);
        continue;
      }
    }
    if (raw === undefined) {
      vals.push(SRC_MISSING);
      missing++;
      continue;
    }
    vals.push(capped(ctx, id, checkedPoints(raw, id, ctx), c.leafMax[i]!, 'criterion') * 4);
  }
  if (points !== undefined) unknownKeys(ctx, points);
  const total = sumLeaves(ctx, c, vals);
  return { vals, missing, total, warnings: ctx.warnings };
};

/**
 * The fast pass for the common case (every leaf on the sheet, no tiers, all within maxima and caps):
 * exact integer sums, no allocation. Only the caps that the leaf maxima do not already guarantee are
 * checked (group III of Circular 01/2020). Returns `-1` when anything is unusual (absent, invalid or
 * too precise points — a sheet reader gives those as `NaN` —, a maximum or cap exceeded); the caller
 * then runs {@link analyse}, which decides (and throws, or clamps) with full detail.
 *
 * @param c - the compiled rulebook (with `fast` true)
 * @param values - the sheet's leaf points as read by a {@link SheetReader}, in leaf order
 * @returns the total in hundredths, or `-1`
 */
export const fastTotal = (c: CompiledRulebook, values: Float64Array): number => {
  const maxima = c.fastMax;
  const buckets = c.fastBucket;
  const n = maxima.length;
  let total = 0;
  let bucket = -1;
  let bsum = 0;
  for (let i = 0; i < n; i++) {
    const raw = values[i]!;
    const s = Math.round(raw * 100);
    // NaN (not a number on the sheet) fails the first test; ±Infinity the bounds.
    if (s / 100 !== raw || s < 0 || s > maxima[i]!) return -1;
    total += s;
    const b = buckets[i]!;
    if (b !== bucket) {
      if (bucket >= 0 && bsum > c.fastCap[bucket]!) return -1;
      bucket = b;
      bsum = 0;
    }
    bsum += s;
  }
  return bucket >= 0 && bsum > c.fastCap[bucket]! ? -1 : total;
};

const bandIndex = (c: CompiledRulebook, total: number): number => {
  const lows = c.bandLow;
  const last = lows.length - 1;
  let b = 0;
  while (b < last && total < lows[b]!) b++;
  return b;
};

const maskOf = (c: CompiledRulebook, record: YearlyRecord): number => {
  let mask = 0;
  for (const rule of c.notRated) if (evaluateCondition(rule.when, record) === undefined) mask |= rule.bit;
  for (const rule of c.overrides) if (evaluateCondition(rule.when, record) === undefined) mask |= rule.bit;
  return mask;
};

const firedOverrides = (c: CompiledRulebook, record: YearlyRecord): readonly FiredOverride[] => {
  let fired: FiredOverride[] | undefined;
  for (const rule of c.overrides) if (evaluateCondition(rule.when, record) === true) (fired ??= []).push(rule.fired);
  return fired === undefined ? EMPTY : Object.freeze(fired);
};

const margin = (grade: Grade, hundredths: number): GradeMargin => ({ grade, ...hundredthsField(hundredths) });

const ENGINE: ResultEngine = {
  rulebook: (x, _record, year) => yearInfo(x.c, year).ref,
  overrides: (x, record) => firedOverrides(x.c, record),
  criteria: (x, record, year) => buildCriteria(x.c, analyse(x.c, record, year, x.clamp).vals),
  groups: (x, record, year) => buildGroups(x.c, analyse(x.c, record, year, x.clamp).vals),
  warnings: (x, record, year) => {
    const base = baseWarnings(x.c, yearInfo(x.c, year), maskOf(x.c, record));
    const extra = analyse(x.c, record, year, x.clamp).warnings;
    return extra === undefined ? base : Object.freeze([...base, ...extra]);
  },
  margins: (c, total, overridden) => {
    if (overridden) return NO_MARGINS;
    const lows = c.bandLow;
    const b = bandIndex(c, total);
    const out: { up?: GradeMargin; down?: GradeMargin } = {};
    // Up: to the next band's lower edge; down: past this band's own lower edge into the next one below.
    if (b > 0) out.up = margin(c.bandGrade[b - 1]!, lows[b - 1]! - total);
    if (b < lows.length - 1) out.down = margin(c.bandGrade[b + 1]!, total - lows[b]!);
    return out;
  },
};

/**
 * One grading call's state: what its results derive their details from (the compiled rulebook, `clamp`,
 * the engine), plus the sheet reader and its scratch array.
 */
export interface Grader extends ResultContext {
  readonly read: SheetReader;
  /** Where {@link Grader.read} puts a sheet's points (one per call, so nested calls never share it). */
  readonly values: Float64Array;
}

/**
 * A grader for one call: bulk callers make one and grade every record with it.
 *
 * @param c - the compiled rulebook
 * @param clamp - clamp points above a maximum instead of throwing
 * @param read - the sheet reader (default: the rulebook's general keyed reader)
 * @returns the grader
 */
export const graderFor = (c: CompiledRulebook, clamp: boolean, read: SheetReader = c.readSheet): Grader => ({
  c,
  clamp,
  engine: ENGINE,
  read,
  values: new Float64Array(c.leafIds.length),
});

/**
 * Grades one record with a compiled rulebook (the engine behind `grade` and `gradeMany`).
 *
 * @param g - the grader, from {@link graderFor}
 * @param record - the record (never mutated)
 * @param year - the evaluation year
 * @param pointsRead - the sheet's points are already in `g.values` (read by `g.read` from this record's
 *   sheet just before), so they are not read again
 * @returns the grading result
 */
export const gradeCompiled = (g: Grader, record: YearlyRecord, year: number, pointsRead = false): GradeResult => {
  const c = g.c;
  const sheet = typeof record === 'object' && record !== null ? record.sheet : undefined;
  if (
    typeof record !== 'object' ||
    record === null ||
    typeof record.organisationId !== 'string' ||
    typeof record.kind !== 'string' ||
    typeof record.sector !== 'string' ||
    !Number.isInteger(year) ||
    (sheet !== undefined && (typeof sheet !== 'object' || sheet === null || typeof sheet.points !== 'object' || sheet.points === null))
  ) {
    throw new CoopError(
      'INVALID_RECORD',
      'Invalid record: organisationId, kind, sector, year or sheet',
      { year },
    );
  }
  if (sheet !== undefined && sheet.rulebook !== c.id) {
    throw new CoopError(
      'RULEBOOK_MISMATCH',
      `Sheet for "${String(sheet.rulebook)}", not "${c.id}" (${record.organisationId}, ${year})`,
      { expected: c.id, received: String(sheet.rulebook), organisationId: record.organisationId, year },
    );
  }
  const sector = record.sector;
  if (!c.kinds.has(record.kind) || (c.sectors !== undefined && !c.sectors.has(sector)) || c.excluded.has(sector)) {
    const info = yearInfo(c, year);
    return new NotRatedResult(record.organisationId, year, info.ref, info.base, c.outOfScope);
  }
  let mask = 0;
  for (const rule of c.notRated) {
    const holds = evaluateCondition(rule.when, record);
    if (holds === true) {
      const info = yearInfo(c, year);
      return new NotRatedResult(
        record.organisationId,
        year,
        info.ref,
        baseWarnings(c, info, mask),
        rule.reason,
      );
    }
    if (holds === undefined) mask |= rule.bit;
  }

  // Overrides decide the grade whatever the points: also when criteria are missing.
  let forced: Grade | undefined;
  for (const { grade } of firedOverrides(c, record)) if (forced === undefined || GRADE_RANK[grade] < GRADE_RANK[forced]) forced = grade;
  const points = sheet === undefined ? undefined : (sheet.points as Readonly<Record<string, unknown>>);
  let total = -1;
  if (c.fast && points !== undefined) {
    if (!pointsRead) g.read(points, g.values);
    total = fastTotal(c, g.values);
  }
  if (total < 0) {
    const a = analyse(c, record, year, g.clamp);
    total = a.total;
    if (a.missing > 0) {
      const ids: string[] = [];
      for (let i = 0; i < a.vals.length; i++) if ((a.vals[i]! & 3) === SRC_MISSING) ids.push(c.leafIds[i]!);
      return new IncompleteResult(record.organisationId, year, Object.freeze(ids), forced, g, record);
    }
  }
  const pointsGrade = c.bandGrade[bandIndex(c, total)]!;
  return new RatedResult(record.organisationId, year, forced ?? pointsGrade, pointsGrade, total, g, record);
};

/**
 * The grade of a checked record in the common case, without building a result: in the rulebook's
 * scope, no not-rated rule and no override holding, and every leaf on the sheet within its maximum
 * (the fast total) — the points read from `g.values`, which `g.read` filled from this record's sheet
 * just before. `undefined` whenever any of that does not hold: {@link gradeCompiled} then decides. When
 * it answers, it answers as `gradeCompiled(g, record, year).grade` (a differential test holds it to that).
 *
 * The record's fields come as the caller read them (the evaluators' record check has read them all):
 * its kind, its sector, and the value of the field of each rule's condition — the not-rated rules' in
 * order, then the overrides' (see {@link ruleFields}).
 *
 * @param g - the grader, whose `values` hold the record's points
 * @param kind - the record's kind
 * @param sector - the record's sector
 * @param ruleValues - the value of each rule's field in the record, in the order of {@link ruleFields}
 * @returns the grade, or `undefined`
 */
export const quickGrade = (g: Grader, kind: string, sector: string, ruleValues: readonly unknown[]): Grade | undefined => {
  const c = g.c;
  if (!c.fast || !c.kinds.has(kind) || (c.sectors !== undefined && !c.sectors.has(sector)) || c.excluded.has(sector)) return undefined;
  const { notRated, overrides } = c;
  for (let i = 0; i < notRated.length; i++) if (decideCondition(notRated[i]!.when, ruleValues[i]) === true) return undefined;
  for (let i = 0; i < overrides.length; i++) if (decideCondition(overrides[i]!.when, ruleValues[notRated.length + i]) === true) return undefined;
  const total = fastTotal(c, g.values);
  return total < 0 ? undefined : c.bandGrade[bandIndex(c, total)];
};

/**
 * The fields of a rulebook's rules, in the order {@link quickGrade} takes their values: each not-rated
 * rule's, then each override's.
 *
 * @param c - a compiled rulebook
 * @returns the fields
 */
export const ruleFields = (c: CompiledRulebook): FieldPath[] => [...c.notRated, ...c.overrides].map((rule) => rule.when.field);

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
