import type { GradeRulebookRef } from '../grade.js';
import { CoopError, type Citation, type Grade, type Label } from '@coop/model';
import type { OverrideRule, NotRatedRule, Rulebook } from '../rulebook.js';
import { GRADE_LABEL } from './grade-labels.js';
import { compileCondition, type CompiledCondition } from './grade-read.js';
import { inForceForYear } from './grade-validity.js';
import { keyedSheetReader, type SheetReader } from './sheet-read.js';
import { toHundredths } from './points.js';
import { compileTiers, type CompiledTiers } from './tier-eval.js';

/** A warning attached to a grading result. */
export interface CompiledWarning {
  readonly code: string;
  readonly message: Label;
  readonly criterion?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The rulebook reference carried by every result (the public `GradeRulebookRef`). */
export type CompiledRulebookRef = GradeRulebookRef;

/** Per-evaluation-year facts, computed once per year and shared by every result of that year. */
export interface YearInfo {
  readonly ref: CompiledRulebookRef;
  readonly base: readonly CompiledWarning[];
  /** Frozen warning arrays by bitmask of unchecked rules (base warnings first). */
  readonly byMask: Map<number, readonly CompiledWarning[]>;
}

/** A parent criterion (one with sub-criteria). */
export interface CompiledParent {
  readonly id: string;
  /** Scaled maximum, `-1` when unknown. */
  readonly max: number;
  readonly first: number;
  readonly last: number;
  readonly group: number;
}

/** A rule (not-rated or override) prepared for evaluation. */
export interface CompiledRule<R> {
  readonly rule: R;
  readonly when: CompiledCondition;
  readonly bit: number;
}

/** A not-rated rule with its prepared reason. */
export interface CompiledNotRated extends CompiledRule<NotRatedRule> {
  readonly reason: { readonly code: string; readonly label: Label; readonly citation: Citation };
}

/** An override with its prepared report. */
export interface CompiledOverride extends CompiledRule<OverrideRule> {
  readonly fired: { readonly code: string; readonly grade: Grade; readonly label: Label; readonly citation: Citation };
}

/**
 * A rulebook compiled for fast grading: flat arrays over the scored (leaf) criteria, scaled integer
 * maxima and band thresholds. Built once per rulebook object and cached in a `WeakMap`.
 */
export interface CompiledRulebook {
  readonly rulebook: Rulebook;
  readonly id: string;
  readonly total: number;
  readonly leafIds: readonly string[];
  /** Scaled maximum of each leaf, `-1` when unknown. */
  readonly leafMax: readonly number[];
  readonly leafGroup: readonly number[];
  /** Index into `parents`, `-1` for a criterion without sub-criteria. */
  readonly leafParent: readonly number[];
  readonly leafTiers: ReadonlyArray<CompiledTiers | undefined>;
  /**
   * The fast pass (see `fastTotal`): `fastMax[i]` is the leaf's scaled maximum (`2^30` when unknown);
   * `fastBucket[i]` the index in `fastCap` of the one group or criterion whose cap must be checked for
   * that leaf (`-1`: its maxima already guarantee the caps). `fast` is false when a leaf would need two
   * nested checks or has tiers: such rulebooks always take the general pass.
   */
  readonly fast: boolean;
  readonly fastMax: readonly number[];
  readonly fastBucket: readonly number[];
  readonly fastCap: readonly number[];
  /** The general reader of the leaf points for the fast pass (bulk grading may use a prepared one). */
  readonly readSheet: SheetReader;
  readonly parents: readonly CompiledParent[];
  readonly groupIds: readonly string[];
  /** Scaled cap of each group, `-1` when none. */
  readonly groupCap: readonly number[];
  /** Lowest scaled total of each grade band, best band first. */
  readonly bandLow: readonly number[];
  readonly bandGrade: readonly Grade[];
  readonly kinds: ReadonlySet<string>;
  /** `undefined` = every sector. */
  readonly sectors: ReadonlySet<string> | undefined;
  readonly excluded: ReadonlySet<string>;
  readonly notRated: readonly CompiledNotRated[];
  readonly overrides: readonly CompiledOverride[];
  /** The `out-of-scope` reason. */
  readonly outOfScope: { readonly code: string; readonly label: Label; readonly citation: Citation };
  /** The leaf ids as a set (to spot sheet entries that are not scored criteria). */
  readonly scored: ReadonlySet<string>;
  readonly years: Map<number, YearInfo>;
}

const cache = new WeakMap<Rulebook, CompiledRulebook>();

const scaledMax = (max: number | null | undefined, where: string): number => {
  if (max === undefined || max === null) return -1;
  const scaled = toHundredths(max);
  if (!(scaled >= 0)) throw new CoopError('INVALID_RULEBOOK', `Invalid maximum at ${where}`, { where, max });
  return scaled;
};

const lowerEdge = (band: { gte?: number; gt?: number }): number => {
  if (band.gte !== undefined) return toHundredths(band.gte);
  if (band.gt !== undefined) return toHundredths(band.gt) + 1;
  return Number.MIN_SAFE_INTEGER;
};

const build = (rulebook: Rulebook): CompiledRulebook => {
  const leafIds: string[] = [];
  const leafMax: number[] = [];
  const leafGroup: number[] = [];
  const leafParent: number[] = [];
  const leafTiers: Array<CompiledTiers | undefined> = [];
  const parents: CompiledParent[] = [];
  rulebook.groups.forEach((group, g) => {
    for (const criterion of group.criteria) {
      const children = criterion.criteria ?? [];
      if (children.length === 0) {
        leafIds.push(criterion.id);
        leafMax.push(scaledMax(criterion.max, criterion.id));
        leafGroup.push(g);
        leafParent.push(-1);
        leafTiers.push(criterion.tiers === undefined ? undefined : compileTiers(criterion.tiers));
        continue;
      }
      const p = parents.length;
      const first = leafIds.length;
      for (const child of children) {
        leafIds.push(child.id);
        leafMax.push(scaledMax(child.max, child.id));
        leafGroup.push(g);
        leafParent.push(p);
        leafTiers.push(child.tiers === undefined ? undefined : compileTiers(child.tiers));
      }
      parents.push({ id: criterion.id, max: scaledMax(criterion.max, criterion.id), first, last: leafIds.length - 1, group: g });
    }
  });
  // Which parents and groups need their cap checked: those whose leaf maxima do not guarantee it.
  const UNKNOWN = 2 ** 30;
  const fastMax = leafMax.map((m) => (m < 0 ? UNKNOWN : m));
  const fastBucket: number[] = leafIds.map(() => -1);
  const fastCap: number[] = [];
  let fast = !leafTiers.some((t) => t !== undefined);
  const needs = (first: number, last: number, cap: number): boolean => {
    if (cap < 0) return false;
    let sum = 0;
    for (let i = first; i <= last; i++) sum += fastMax[i]!;
    return sum > cap;
  };
  const mark = (first: number, last: number, cap: number): void => {
    const bucket = fastCap.length;
    fastCap.push(cap);
    for (let i = first; i <= last; i++) {
      if (fastBucket[i] !== -1) fast = false;
      fastBucket[i] = bucket;
    }
  };
  for (const p of parents) if (needs(p.first, p.last, p.max)) mark(p.first, p.last, p.max);
  rulebook.groups.forEach((group, g) => {
    const first = leafGroup.indexOf(g);
    const last = leafGroup.lastIndexOf(g);
    const cap = scaledMax(group.cap, group.id);
    if (first >= 0 && needs(first, last, cap)) mark(first, last, cap);
  });
  const bands = [...rulebook.grades].sort((a, b) => lowerEdge(b) - lowerEdge(a));
  if (
    typeof rulebook.id !== 'string' ||
    bands.length === 0 ||
    bands.some((b) => !(b.grade in GRADE_LABEL) || Number.isNaN(lowerEdge(b))) ||
    !Array.isArray(rulebook.scope.kinds)
  ) {
    throw new CoopError('INVALID_RULEBOOK', 'Invalid rulebook', { id: String(rulebook.id) });
  }
  const scope = rulebook.scope;
  let bit = 1;
  const nextBit = (): number => {
    const b = bit;
    bit *= 2;
    return b;
  };
  return {
    rulebook,
    id: rulebook.id,
    total: rulebook.total,
    leafIds,
    leafMax,
    leafGroup,
    leafParent,
    leafTiers,
    fast,
    fastMax,
    fastBucket,
    fastCap,
    readSheet: keyedSheetReader(leafIds),
    parents,
    groupIds: rulebook.groups.map((g) => g.id),
    groupCap: rulebook.groups.map((g) => scaledMax(g.cap, g.id)),
    bandLow: bands.map(lowerEdge),
    bandGrade: bands.map((b) => b.grade),
    kinds: new Set(scope.kinds),
    sectors: scope.sectors === 'all' ? undefined : new Set(scope.sectors),
    excluded: new Set(scope.excludeSectors),
    notRated: rulebook.notRated.map((rule) => ({
      rule,
      when: compileCondition(rule.when),
      bit: nextBit(),
      reason: Object.freeze({ code: rule.code, label: rule.label, citation: rule.citation }),
    })),
    overrides: rulebook.overrides.map((rule) => ({
      rule,
      when: compileCondition(rule.when),
      bit: nextBit(),
      fired: Object.freeze({ code: rule.code, grade: rule.grade, label: rule.label, citation: rule.citation }),
    })),
    outOfScope: Object.freeze({
      code: 'out-of-scope',
      label: {
        vi: `Ngoài phạm vi áp dụng của ${rulebook.document}`,
        en: `Outside the scope of ${rulebook.document}`,
      },
      citation: scope.citation,
    }),
    scored: new Set(leafIds),
    years: new Map(),
  };
};

/**
 * Compiles a rulebook once (cached by object identity).
 *
 * @param rulebook - a rulebook
 * @returns its compiled form
 * @throws CoopError `INVALID_RULEBOOK` when the value is not a rulebook at all
 */
export const compileRulebook = (rulebook: Rulebook): CompiledRulebook => {
  if (typeof rulebook !== 'object' || rulebook === null) {
    throw new CoopError('INVALID_RULEBOOK', 'Not a rulebook', { received: rulebook === null ? 'null' : typeof rulebook });
  }
  let compiled = cache.get(rulebook);
  if (compiled === undefined) {
    try {
      compiled = build(rulebook);
    } catch (error) {
      if (error instanceof CoopError) throw error;
      throw new CoopError('INVALID_RULEBOOK', 'Invalid rulebook', {
        cause: error instanceof Error ? error.message : String(error),
      });
    }
    cache.set(rulebook, compiled);
  }
  return compiled;
};

const notInForceWarning = (rulebook: Rulebook, year: number): CompiledWarning => {
  const by = rulebook.endedBy === undefined ? '' : ` (${rulebook.endedBy.document})`;
  const span = `${rulebook.effectiveFrom} – ${rulebook.effectiveTo ?? '…'}${by}`;
  return Object.freeze({
    code: 'RULEBOOK_NOT_IN_FORCE',
    message: {
      vi: `${rulebook.document} không có hiệu lực vào 31/12/${year} (hiệu lực ${span}).`,
      en: `${rulebook.document} was not in force on 31 December ${year} (in force ${span}).`,
    },
    details: { year, effectiveFrom: rulebook.effectiveFrom, effectiveTo: rulebook.effectiveTo },
  });
};

/**
 * The shared per-year facts of a compiled rulebook (validity reference and base warnings).
 *
 * @param compiled - a compiled rulebook
 * @param year - the evaluation year
 * @returns the year's facts
 */
export const yearInfo = (compiled: CompiledRulebook, year: number): YearInfo => {
  let info = compiled.years.get(year);
  if (info === undefined) {
    const rb = compiled.rulebook;
    const inForce = inForceForYear(rb, year);
    const ref: CompiledRulebookRef = Object.freeze({
      id: rb.id,
      document: rb.document,
      title: rb.title,
      inForce,
      effectiveFrom: rb.effectiveFrom,
      ...(rb.effectiveTo === undefined ? {} : { effectiveTo: rb.effectiveTo }),
      maxTotal: rb.total,
    });
    const base = Object.freeze(inForce ? [] : [notInForceWarning(rb, year)]);
    info = { ref, base, byMask: new Map([[0, base]]) };
    compiled.years.set(year, info);
  }
  return info;
};

const uncheckedWarning = (rule: NotRatedRule | OverrideRule, kind: 'not-rated' | 'override'): CompiledWarning => {
  const field = (rule.when as { field: string }).field;
  return Object.freeze({
    code: kind === 'not-rated' ? 'NOT_RATED_RULE_UNCHECKED' : 'OVERRIDE_UNCHECKED',
    message: {
      vi: `Không kiểm tra được "${rule.label.vi}": thiếu ${field}.`,
      en: `Could not check "${rule.label.en}": no ${field}.`,
    },
    details: { rule: rule.code, field },
  });
};

/**
 * The warnings for a year and a bitmask of rules that could not be checked (shared, frozen).
 *
 * @param compiled - a compiled rulebook
 * @param info - the year's facts
 * @param mask - bits of the not-rated rules and overrides whose field was absent
 * @returns a frozen warning list
 */
export const baseWarnings = (compiled: CompiledRulebook, info: YearInfo, mask: number): readonly CompiledWarning[] => {
  let list = info.byMask.get(mask);
  if (list === undefined) {
    const out = [...info.base];
    for (const r of compiled.notRated) if (mask & r.bit) out.push(uncheckedWarning(r.rule, 'not-rated'));
    for (const r of compiled.overrides) if (mask & r.bit) out.push(uncheckedWarning(r.rule, 'override'));
    list = Object.freeze(out);
    info.byMask.set(mask, list);
  }
  return list;
};

