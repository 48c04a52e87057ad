import type { Grade, Label, YearlyRecord } from '@coop/model';
import type {
  CriterionResult,
  FiredOverride,
  GradeResult,
  GradeRulebookRef,
  GradeWarning,
  GroupResult,
  IncompleteGradeResult,
  NotRatedGradeResult,
  NotRatedReason,
  RatedGradeResult,
} from '../grade.js';
import type { CompiledRulebook } from './grade-compile.js';

type Margins = GradeResult['margins'];

/** The functions that derive the on-demand parts of a result (injected to keep modules acyclic). */
export interface ResultEngine {
  criteria(c: CompiledRulebook, record: YearlyRecord, year: number, clamp: boolean): readonly CriterionResult[];
  groups(c: CompiledRulebook, record: YearlyRecord, year: number, clamp: boolean): readonly GroupResult[];
  warnings(c: CompiledRulebook, record: YearlyRecord, year: number, clamp: boolean, mask: number): readonly GradeWarning[];
  margins(c: CompiledRulebook, totalHundredths: number, overridden: boolean): Margins;
}

const EMPTY: readonly never[] = Object.freeze([]);
const NO_MARGINS: Margins = Object.freeze({});
const CTX = Symbol('context');
const RECORD = Symbol('record');
const MASK = Symbol('mask');

/** What every result of one grading call shares: the compiled rulebook, `clamp`, the engine. */
export interface ResultContext {
  readonly c: CompiledRulebook;
  readonly clamp: boolean;
  readonly engine: ResultEngine;
}

interface Hidden {
  [CTX]: ResultContext;
  [RECORD]: YearlyRecord;
  [MASK]: number;
}

const hide = (target: object, ctx: ResultContext, record: YearlyRecord, mask: number): void => {
  const t = target as Hidden;
  t[CTX] = ctx;
  t[RECORD] = record;
  t[MASK] = mask;
};

const plain = (result: object, extra: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(result)) out[key] = (result as Record<string, unknown>)[key];
  return Object.assign(out, extra);
};

/**
 * A rated result. Data fields are own enumerable properties set once. `criteria`, `groups`,
 * `warnings` and `margins` are getters on the shared prototype, derived on each access from the graded
 * record (which grading never mutates), so grading a million records allocates one small object each.
 * `toJSON` returns a plain object with every field.
 */
export class RatedResult implements RatedGradeResult {
  readonly status = 'rated' as const;
  constructor(
    readonly organisationId: string,
    readonly year: number,
    readonly rulebook: GradeRulebookRef,
    readonly grade: Grade,
    readonly pointsGrade: Grade,
    readonly total: number,
    readonly totalHundredths: number,
    readonly overrides: readonly FiredOverride[],
    readonly label: Label,
    ctx: ResultContext,
    record: YearlyRecord,
    mask: number,
  ) {
    hide(this, ctx, record, mask);
  }

  /** Distance to the grade bands up and down (empty when an override decided the grade). */
  get margins(): Margins {
    const x = (this as unknown as Hidden)[CTX];
    return x.engine.margins(x.c, this.totalHundredths, this.overrides.length > 0);
  }

  /** Every warning. */
  get warnings(): readonly GradeWarning[] {
    const h = this as unknown as Hidden;
    const x = h[CTX];
    return x.engine.warnings(x.c, h[RECORD], this.year, x.clamp, h[MASK]);
  }

  /** The per-criterion breakdown. */
  get criteria(): readonly CriterionResult[] {
    const h = this as unknown as Hidden;
    const x = h[CTX];
    return x.engine.criteria(x.c, h[RECORD], this.year, x.clamp);
  }

  /** The per-group breakdown. */
  get groups(): readonly GroupResult[] {
    const h = this as unknown as Hidden;
    const x = h[CTX];
    return x.engine.groups(x.c, h[RECORD], this.year, x.clamp);
  }

  /** A plain object with every field, the derived ones included. */
  toJSON(): Record<string, unknown> {
    return plain(this, { margins: this.margins, warnings: this.warnings, criteria: this.criteria, groups: this.groups });
  }
}

/** An incomplete result (see {@link RatedResult} for the derived fields). */
export class IncompleteResult implements IncompleteGradeResult {
  readonly status = 'incomplete' as const;
  constructor(
    readonly organisationId: string,
    readonly year: number,
    readonly rulebook: GradeRulebookRef,
    readonly overrides: readonly FiredOverride[],
    readonly missing: readonly string[],
    readonly label: Label,
    ctx: ResultContext,
    record: YearlyRecord,
    mask: number,
  ) {
    hide(this, ctx, record, mask);
  }

  /** Always empty: no total, no margins. */
  get margins(): Margins {
    return NO_MARGINS;
  }

  /** Every warning. */
  get warnings(): readonly GradeWarning[] {
    const h = this as unknown as Hidden;
    const x = h[CTX];
    return x.engine.warnings(x.c, h[RECORD], this.year, x.clamp, h[MASK]);
  }

  /** The per-criterion breakdown (missing criteria included, with `source: 'missing'`). */
  get criteria(): readonly CriterionResult[] {
    const h = this as unknown as Hidden;
    const x = h[CTX];
    return x.engine.criteria(x.c, h[RECORD], this.year, x.clamp);
  }

  /** The per-group breakdown (groups with a missing criterion have no points). */
  get groups(): readonly GroupResult[] {
    const h = this as unknown as Hidden;
    const x = h[CTX];
    return x.engine.groups(x.c, h[RECORD], this.year, x.clamp);
  }

  /** A plain object with every field, the derived ones included. */
  toJSON(): Record<string, unknown> {
    return plain(this, { margins: this.margins, warnings: this.warnings, criteria: this.criteria, groups: this.groups });
  }
}

/** A not-rated result: plain data, no breakdown. */
export class NotRatedResult implements NotRatedGradeResult {
  readonly status = 'not-rated' as const;
  readonly margins: Margins = NO_MARGINS;
  readonly criteria: readonly CriterionResult[] = EMPTY;
  readonly groups: readonly GroupResult[] = EMPTY;
  constructor(
    readonly organisationId: string,
    readonly year: number,
    readonly rulebook: GradeRulebookRef,
    readonly overrides: readonly FiredOverride[],
    readonly warnings: readonly GradeWarning[],
    readonly reason: NotRatedReason,
    readonly label: Label,
  ) {}

  /** A plain object with every field. */
  toJSON(): Record<string, unknown> {
    return plain(this, {});
  }
}
