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
import { GRADE_LABEL, INCOMPLETE_LABEL, NOT_RATED_LABEL } from './grade-labels.js';

type Margins = GradeResult['margins'];
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The functions that derive the on-demand parts of a result from its context, graded record and year
 * (injected to keep modules acyclic).
 */
export interface ResultEngine {
  rulebook(x: ResultContext, record: YearlyRecord, year: number): GradeRulebookRef;
  overrides(x: ResultContext, record: YearlyRecord, year: number): readonly FiredOverride[];
  criteria(x: ResultContext, record: YearlyRecord, year: number): readonly CriterionResult[];
  groups(x: ResultContext, record: YearlyRecord, year: number): readonly GroupResult[];
  warnings(x: ResultContext, record: YearlyRecord, year: number): readonly GradeWarning[];
  margins(c: CompiledRulebook, totalHundredths: number, overridden: boolean): Margins;
}

/** The parts of a result derived from its record. */
type Detail = Exclude<keyof ResultEngine, 'margins'>;

const EMPTY: readonly never[] = Object.freeze([]);
const NO_MARGINS: Margins = Object.freeze({});
const CTX = Symbol('context');
const RECORD = Symbol('record');

/** What every result of one grading call shares: the compiled rulebook, `clamp`, the engine. */
export interface ResultContext {
  readonly c: CompiledRulebook;
  readonly clamp: boolean;
  readonly engine: ResultEngine;
}

interface Hidden {
  [CTX]: ResultContext;
  [RECORD]: YearlyRecord;
}

/** The own string-keyed fields of a result (not the hidden symbol-keyed context), then `extra`. */
const plain = (result: object, extra: Record<string, unknown>): Record<string, unknown> =>
  Object.assign(Object.fromEntries(Object.entries(result)), extra);

const derive = <K extends Detail>(result: Derived, name: K): ReturnType<ResultEngine[K]> => {
  const h = result as unknown as Hidden;
  return h[CTX].engine[name](h[CTX], h[RECORD], result.year) as ReturnType<ResultEngine[K]>;
};

/**
 * What rated and incomplete results share. The deciding facts (`status`, `organisationId`, `year`,
 * the grade, the exact total, the missing criteria) are own enumerable properties set once; everything
 * else — `rulebook`, `overrides`, `warnings`, `criteria`, `groups`, `margins`, `label`, `total` — is a
 * getter on the shared prototype, derived on access from the graded record (which grading never
 * mutates; do not mutate it either). So grading a million records allocates one small object each.
 * `toJSON` returns a plain object with every field.
 */
abstract class Derived {
  abstract readonly year: number;
  abstract readonly margins: Margins;
  abstract readonly label: Label;

  /** The rulebook and whether it was in force for the year. */
  get rulebook(): GradeRulebookRef {
    return derive(this, 'rulebook');
  }

  /** Every override that fired. */
  get overrides(): readonly FiredOverride[] {
    return derive(this, 'overrides');
  }

  /** Every warning. */
  get warnings(): readonly GradeWarning[] {
    return derive(this, 'warnings');
  }

  /** The per-criterion breakdown (missing criteria have `source: 'missing'`). */
  get criteria(): readonly CriterionResult[] {
    return derive(this, 'criteria');
  }

  /** The per-group breakdown (a group with a missing criterion has no points). */
  get groups(): readonly GroupResult[] {
    return derive(this, 'groups');
  }

  /** A plain object with every field, the derived ones included. */
  toJSON(): Record<string, unknown> {
    const extra: Record<string, unknown> = {
      rulebook: this.rulebook,
      overrides: this.overrides,
      margins: this.margins,
      warnings: this.warnings,
      label: this.label,
      criteria: this.criteria,
      groups: this.groups,
    };
    if ('totalHundredths' in this) extra['total'] = (this as unknown as RatedResult).total;
    return plain(this, extra);
  }
}

/** A rated result (see {@link Derived}). */
export class RatedResult extends Derived implements RatedGradeResult {
  declare readonly status: 'rated';
  declare readonly organisationId: string;
  declare readonly year: number;
  declare readonly grade: Grade;
  declare readonly pointsGrade: Grade;
  declare readonly totalHundredths: number;
  constructor(
    organisationId: string,
    year: number,
    grade: Grade,
    pointsGrade: Grade,
    totalHundredths: number,
    ctx: ResultContext,
    record: YearlyRecord,
  ) {
    super();
    const t = this as unknown as Writable<RatedResult> & Hidden;
    t.status = 'rated';
    t.organisationId = organisationId;
    t.year = year;
    t.grade = grade;
    t.pointsGrade = pointsGrade;
    t.totalHundredths = totalHundredths;
    t[CTX] = ctx;
    t[RECORD] = record;
  }

  /** The total (display number; exact: `totalHundredths`). */
  get total(): number {
    return this.totalHundredths / 100;
  }

  /** The grade's label. */
  get label(): Label {
    return GRADE_LABEL[this.grade];
  }

  /** Distance to the grade bands up and down (empty when an override fired). */
  get margins(): Margins {
    const x = (this as unknown as Hidden)[CTX];
    // Only an override makes the grade differ from the points' grade; when one fired, margins mean nothing.
    return x.engine.margins(x.c, this.totalHundredths, this.overrides.length > 0);
  }
}

/**
 * An incomplete result (see {@link Derived}). When an override decides the grade whatever the points
 * (a sanctioned co-op under Circular 09/2017 is weak), the result carries that grade and its label; the
 * total stays unknown.
 */
export class IncompleteResult extends Derived implements IncompleteGradeResult {
  declare readonly status: 'incomplete';
  declare readonly organisationId: string;
  declare readonly year: number;
  declare readonly grade?: Grade;
  declare readonly missing: readonly string[];
  constructor(
    organisationId: string,
    year: number,
    missing: readonly string[],
    grade: Grade | undefined,
    ctx: ResultContext,
    record: YearlyRecord,
  ) {
    super();
    const t = this as unknown as Writable<IncompleteResult> & Hidden;
    t.status = 'incomplete';
    t.organisationId = organisationId;
    t.year = year;
    if (grade !== undefined) t.grade = grade;
    t.missing = missing;
    t[CTX] = ctx;
    t[RECORD] = record;
  }

  /** "Incomplete", or the grade an override decided. */
  get label(): Label {
    return this.grade === undefined ? INCOMPLETE_LABEL : GRADE_LABEL[this.grade];
  }

  /** Always empty: no total, no margins. */
  get margins(): Margins {
    return NO_MARGINS;
  }
}

/** A not-rated result: plain data, no breakdown. */
export class NotRatedResult implements NotRatedGradeResult {
  declare readonly status: 'not-rated';
  declare readonly organisationId: string;
  declare readonly year: number;
  declare readonly rulebook: GradeRulebookRef;
  declare readonly overrides: readonly FiredOverride[];
  declare readonly warnings: readonly GradeWarning[];
  declare readonly reason: NotRatedReason;
  declare readonly label: Label;
  declare readonly margins: Margins;
  declare readonly criteria: readonly CriterionResult[];
  declare readonly groups: readonly GroupResult[];
  constructor(
    organisationId: string,
    year: number,
    rulebook: GradeRulebookRef,
    warnings: readonly GradeWarning[],
    reason: NotRatedReason,
  ) {
    const t = this as Writable<NotRatedResult>;
    t.status = 'not-rated';
    t.organisationId = organisationId;
    t.year = year;
    t.rulebook = rulebook;
    t.overrides = EMPTY;
    t.warnings = warnings;
    t.reason = reason;
    t.label = NOT_RATED_LABEL;
    t.margins = NO_MARGINS;
    t.criteria = EMPTY;
    t.groups = EMPTY;
  }
}
