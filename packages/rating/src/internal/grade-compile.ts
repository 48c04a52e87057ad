import { CoopError, type Citation, type Grade, type Label } from '@coop/model';
import type { FiredOverride, GradeRulebookRef, GradeWarning, NotRatedReason } from '../grade-types.js';
import type { NotRatedRule, OverrideRule, Rulebook, RulebookCriterion } from '../rulebook.js';
import { GRADE_LABEL } from './grade-labels.js';
import { compileCondition, type CompiledCondition } from './grade-read.js';
import { inForceForYear } from './grade-validity.js';
import { toHundredths } from './points.js';
import { compileTiers, type CompiledTiers } from './tier-eval.js';

/**
 * A scored criterion (a criterion without sub-criteria, or a sub-criterion): the sheet gives its points,
 * or its tiers compute them from the record.
 */
export interface CompiledLeaf {
  readonly id: string;
  /**
   * For an index-like id (`'5'`), that number: the sheet's entry is then read as `points[5]`, the same
   * property as `points['5']`, without converting the string on every read. `-1` for other ids (`'1a'`).
   */
  readonly index: number;
  /** Maximum in hundredths, `-1` when the rulebook does not know it. */
  readonly max: number;
  /** Index of its group in {@link CompiledRulebook.groups}. */
  readonly group: number;
  /** Index of its parent in {@link CompiledRulebook.parents}, `-1` for a criterion without sub-criteria. */
  readonly parent: number;
  readonly tiers: CompiledTiers | undefined;
}

/** A criterion with sub-criteria: its points are the sum of its leaves `first..last`, up to `max`. */
export interface CompiledParent {
  readonly id: string;
  /** Maximum in hundredths, `-1` when unknown. */
  readonly max: number;
  readonly group: number;
  readonly first: number;
  readonly last: number;
}

/** A group of criteria with its cap in hundredths (`-1`: none). */
export interface CompiledGroup {
  readonly id: string;
  readonly cap: number;
  /** Its criteria without sub-criteria (leaf indices), then its criteria with sub-criteria (parent indices). */
  readonly leaves: readonly number[];
  readonly parents: readonly number[];
}

/** A grade band: the lowest total (hundredths) that earns the grade. */
export interface CompiledBand {
  readonly grade: Grade;
  readonly low: number;
}

/** A not-rated rule or an override, with what a result reports about it. */
export interface CompiledRule {
  readonly code: string;
  readonly when: CompiledCondition;
  /** The warning when the rule's field is absent, so the rule could not be checked. */
  readonly unchecked: GradeWarning;
}

/** A not-rated rule, with the reason it gives. */
export interface CompiledNotRated extends CompiledRule {
  readonly reason: NotRatedReason;
}

/** An override, with the grade it forces and its report. */
export interface CompiledOverride extends CompiledRule {
  readonly grade: Grade;
  readonly fired: FiredOverride;
}

/** What a result reports for one evaluation year: the rulebook reference and the in-force warning. */
export interface YearInfo {
  readonly ref: GradeRulebookRef;
  /** Empty, or `RULEBOOK_NOT_IN_FORCE`. */
  readonly base: readonly GradeWarning[];
}

/**
 * A rulebook in the form grading reads: scored criteria in sheet order with maxima in exact hundredths,
 * their parents and groups, grade bands best first, the scope as sets, the rules with their reports.
 * Built once per rulebook object (cached by identity); never mutated, except its per-year memo.
 */
export interface CompiledRulebook {
  readonly rulebook: Rulebook;
  readonly id: string;
  readonly leaves: readonly CompiledLeaf[];
  readonly parents: readonly CompiledParent[];
  readonly groups: readonly CompiledGroup[];
  /** Best grade first. */
  readonly bands: readonly CompiledBand[];
  readonly kinds: ReadonlySet<string>;
  /** `undefined`: every sector. */
  readonly sectors: ReadonlySet<string> | undefined;
  readonly excluded: ReadonlySet<string>;
  readonly notRated: readonly CompiledNotRated[];
  readonly overrides: readonly CompiledOverride[];
  readonly outOfScope: NotRatedReason;
  /** The leaf ids, to spot sheet entries that are not scored criteria. */
  readonly scored: ReadonlySet<string>;
  /** A `RULEBOOK_GAP` warning per gap of the rulebook, for every scored result. */
  readonly gaps: readonly GradeWarning[];
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

const uncheckedWarning = (rule: NotRatedRule | OverrideRule, kind: 'not-rated' | 'override'): GradeWarning => {
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

const cited = (rule: { code: string; label: Label; citation: Citation }) =>
  Object.freeze({ code: rule.code, label: rule.label, citation: rule.citation });

/** An array-index id (`'5'`, not `'05'` or `'5a'`) as its number, else `-1`. */
const indexOf = (id: string): number => (/^(?:0|[1-9]\d{0,8})$/.test(id) ? Number(id) : -1);

const build = (rulebook: Rulebook): CompiledRulebook => {
  const leaves: CompiledLeaf[] = [];
  const parents: CompiledParent[] = [];
  const leaf = (criterion: RulebookCriterion, group: number, parent: number): CompiledLeaf => ({
    id: criterion.id,
    index: indexOf(criterion.id),
    max: scaledMax(criterion.max, criterion.id),
    group,
    parent,
    tiers: criterion.tiers === undefined ? undefined : compileTiers(criterion.tiers),
  });
  rulebook.groups.forEach((group, g) => {
    for (const criterion of group.criteria) {
      const children = criterion.criteria ?? [];
      if (children.length === 0) {
        leaves.push(leaf(criterion, g, -1));
        continue;
      }
      const first = leaves.length;
      for (const child of children) leaves.push(leaf(child, g, parents.length));
      parents.push({ id: criterion.id, max: scaledMax(criterion.max, criterion.id), group: g, first, last: leaves.length - 1 });
    }
  });
  const bands = [...rulebook.grades]
    .sort((a, b) => lowerEdge(b) - lowerEdge(a))
    .map((band) => ({ grade: band.grade, low: lowerEdge(band) }));
  if (
    typeof rulebook.id !== 'string' ||
    bands.length === 0 ||
    bands.some((b) => !(b.grade in GRADE_LABEL) || Number.isNaN(b.low)) ||
    !Array.isArray(rulebook.scope.kinds)
  ) {
    throw new CoopError('INVALID_RULEBOOK', 'Invalid rulebook', { id: String(rulebook.id) });
  }
  const scope = rulebook.scope;
  return {
    rulebook,
    id: rulebook.id,
    leaves,
    parents,
    groups: rulebook.groups.map((group, g) => ({
      id: group.id,
      cap: scaledMax(group.cap, group.id),
      leaves: leaves.flatMap((l, i) => (l.group === g && l.parent < 0 ? [i] : [])),
      parents: parents.flatMap((p, i) => (p.group === g ? [i] : [])),
    })),
    bands,
    kinds: new Set(scope.kinds),
    sectors: scope.sectors === 'all' ? undefined : new Set(scope.sectors),
    excluded: new Set(scope.excludeSectors),
    notRated: rulebook.notRated.map((rule) => ({
      code: rule.code,
      when: compileCondition(rule.when),
      unchecked: uncheckedWarning(rule, 'not-rated'),
      reason: cited(rule),
    })),
    overrides: rulebook.overrides.map((rule) => ({
      code: rule.code,
      when: compileCondition(rule.when),
      unchecked: uncheckedWarning(rule, 'override'),
      grade: rule.grade,
      fired: Object.freeze({ ...cited(rule), grade: rule.grade }),
    })),
    outOfScope: Object.freeze({
      code: 'out-of-scope',
      label: {
        vi: `Ngoài phạm vi áp dụng của ${rulebook.document}`,
        en: `Outside the scope of ${rulebook.document}`,
      },
      citation: scope.citation,
    }),
    scored: new Set(leaves.map((l) => l.id)),
    gaps: (rulebook.gaps ?? []).map((gap) =>
      Object.freeze({
        code: 'RULEBOOK_GAP',
        message: gap.label,
        ...(gap.criterion === undefined ? {} : { criterion: gap.criterion }),
        details: { gap: gap.code, document: gap.citation.document, ...(gap.citation.clause === undefined ? {} : { clause: gap.citation.clause }) },
      }),
    ),
    years: new Map(),
  };
};

/** Most values a rulebook may hold (a real one has a few hundred) and its deepest nesting (parseRulebook's limits). */
const RULEBOOK_BOUNDS = { maxNodes: 100_000, maxDepth: 32 } as const;

/**
 * Checks that a rulebook is bounded data before it is compiled: at most {@link RULEBOOK_BOUNDS} values
 * and levels (a cycle ends as too deep), and a list's length is checked before its items are visited, so
 * a sparse list of length 2³²−1 costs nothing. Shared objects (a citation used twice) are counted twice.
 */
const assertBounded = (rulebook: object): void => {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: rulebook, depth: 0 }];
  let nodes = 0;
  const tooLarge = (): CoopError =>
    new CoopError('INVALID_RULEBOOK', `Invalid rulebook: more than ${RULEBOOK_BOUNDS.maxNodes} values or ${RULEBOOK_BOUNDS.maxDepth} levels (or a cycle)`, { cause: 'too large' });
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    nodes += 1;
    if (nodes > RULEBOOK_BOUNDS.maxNodes || depth > RULEBOOK_BOUNDS.maxDepth) throw tooLarge();
    if (typeof value !== 'object' || value === null) continue;
    const room = RULEBOOK_BOUNDS.maxNodes - nodes;
    if (Array.isArray(value) && value.length > room) throw tooLarge();
    const keys = Object.keys(value);
    if (keys.length > room) throw tooLarge();
    for (const key of keys) stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
  }
};

/**
 * Compiles a rulebook once (cached by object identity).
 *
 * @param rulebook - a rulebook
 * @returns its compiled form
 * @throws CoopError `INVALID_RULEBOOK` when the value is not a usable rulebook
 */
export const compileRulebook = (rulebook: Rulebook): CompiledRulebook => {
  if (typeof rulebook !== 'object' || rulebook === null) {
    throw new CoopError('INVALID_RULEBOOK', 'Not a rulebook', { received: rulebook === null ? 'null' : typeof rulebook });
  }
  let compiled = cache.get(rulebook);
  if (compiled === undefined) {
    try {
      // Bounded before anything is compiled (issue 22): a huge sparse list or a cycle in the caller's
      // rulebook is an INVALID_RULEBOOK at once, never minutes of work or an exhausted heap.
      assertBounded(rulebook);
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

const notInForceWarning = (rulebook: Rulebook, year: number): GradeWarning => {
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
 * The rulebook reference and in-force warning for an evaluation year (made once per year, frozen, shared
 * by the results of that year).
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
    const ref: GradeRulebookRef = Object.freeze({
      id: rb.id,
      document: rb.document,
      title: rb.title,
      inForce,
      effectiveFrom: rb.effectiveFrom,
      ...(rb.effectiveTo === undefined ? {} : { effectiveTo: rb.effectiveTo }),
      maxTotal: rb.total,
    });
    info = { ref, base: Object.freeze(inForce ? [] : [notInForceWarning(rb, year)]) };
    compiled.years.set(year, info);
  }
  return info;
};
