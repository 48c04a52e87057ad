import type { AreaAttributionStatus, AreaIndex, Grade, YearlyRecord } from '@coop/model';
import type { EvaluationWarning } from '../evaluation-types.js';
import type { GradeCoverage } from '../semantics/population.js';
import type { Column } from './frame-columns.js';
import type { Truths } from './indicator-condition.js';
import type { Codes } from './row-codes.js';

/*
 * The data the evaluation engine keeps per evaluation cache — frames (one year of one records array),
 * populations, grades read, area lookups —, declared apart from the modules that fill them so that
 * those modules import each other's data without a cycle.
 */

/**
 * A filtered population: row indices into its frame, and how many rows its `where` could not decide.
 * The rows of a population handed out for use may be a view of the frame's scratch rows, valid until
 * the frame's next population is asked for (see `populationOf`).
 */
export interface Population {
  readonly rows: Int32Array;
  readonly undecided: number;
  /** Its memo key in the frame (with the area list), `undefined` for the rows of one unit (not kept). */
  readonly key: string | undefined;
}

/**
 * A population as a frame keeps it: a bit a row (a plan keeps many populations of up to a million rows:
 * an eighth of a byte a row instead of four), its size, and how many rows its `where` could not decide.
 */
export interface KeptPopulation {
  readonly bits: Uint32Array;
  readonly size: number;
  readonly undecided: number;
}

/**
 * A population split for a grade-based share as a frame keeps it (see `splitOnce`): the numerator's
 * and the denominator's rows a bit a row, how many each has, and the coverage.
 */
export interface KeptSplit {
  readonly counted: Uint32Array;
  readonly countedSize: number;
  readonly denominator: Uint32Array;
  readonly denominatorSize: number;
  readonly coverage: GradeCoverage;
}

/** One unit of a frame's rows (per-unit targets: "in every district"): the unit's row indices, in order. */
export interface UnitRows {
  readonly rows: ArrayLike<number>;
}

/**
 * One year of one records array, as the indicator engine reads it: the rows (references, in input
 * order) and what every indicator, area and plan evaluated with the same cache shares — kind, sector
 * and area of each row as small codes (kinds and sectors into the model's lists, areas into the list of
 * the frame's distinct codes), each row's grade per rulebook
 * set, each condition's truth per row, and the filtered populations. So a record's grade is read once,
 * and a condition decided once per row, however many targets, areas and plans use it.
 */
export interface Frame {
  readonly rows: readonly YearlyRecord[];
  readonly kinds: readonly string[];
  readonly kindOf: Codes;
  readonly sectors: readonly string[];
  readonly sectorOf: Codes;
  readonly areas: readonly string[];
  readonly areaOf: Codes;
  /** Grade of each row per rulebook list (see `gradeFacts`). */
  readonly grades: WeakMap<object, GradeFacts>;
  /** Value of each row per field path (see {@link readColumns}). */
  readonly fields: Map<string, Column>;
  /** Truth of each row per condition key (see {@link truthsOnce}). */
  readonly truths: Map<string, Truths>;
  /** Each row's standing for a grade-based share (index into `STANDINGS`) per rulebook list and named rulebook (see `standingsOnce`). */
  readonly standings: Map<string, Uint8Array>;
  /** Which of the frame's area codes an area covers (1 / 0 by area code), per area list (or a sentinel) and area. */
  readonly areaTables: WeakMap<object, Map<string, Uint8Array>>;
  /** Populations per area list (or a sentinel) and population key. */
  readonly populations: WeakMap<object, Map<string, KeptPopulation>>;
  /** Grade-based splits of kept populations per area list (or a sentinel) and key (population, rulebooks, reading). */
  readonly splits: WeakMap<object, Map<string, KeptSplit>>;
}

/** Where a record's grade came from. */
export type GradeSource = 'sheet' | 'data' | 'none';

/** A record's grade as read once per evaluation. */
export interface GradeInfo {
  readonly grade: Grade | 'not-rated' | undefined;
  readonly from: GradeSource;
  readonly rulebook: string | undefined;
  /** Why the sheet was not used or what to warn about. */
  readonly note: 'unknown-rulebook' | 'incomplete' | 'not-in-force' | 'grading-failed' | undefined;
}

/**
 * Per-evaluation memo shared by the targets of a plan: one frame per year of each records array (its
 * rows, field columns, grades, condition truths and filtered populations, see `Frame`), area lookups. Holds
 * only references to records (never copies) and is keyed weakly on the caller's arrays, so it can be
 * dropped at any time.
 */
export interface EvaluationCacheState {
  readonly frames: WeakMap<readonly YearlyRecord[], ReadonlyMap<number, Frame>>;
  readonly areaLookups: WeakMap<object, AreaLookup>;
  /** Indicator results per records array and indicator object, by (year, area, scope, grades) key. */
  readonly results: WeakMap<readonly YearlyRecord[], WeakMap<object, Map<string, { readonly inputs: readonly unknown[]; readonly result: unknown }>>>;
  /** Validated copies of caller objects (indicators, contexts, area lists, checked record arrays) by kind. */
  readonly checked: WeakMap<object, Map<string, unknown>>;
}

/**
 * An area index plus memos: "how does code X relate to year Y" (see the model's `areaForYear`) — for a
 * frame's codes a byte per distinct code (`frameStatuses`), else by year and code (`status`: the areas
 * targets ask for) —, and the area-code warnings of a frame. Built once per area list and cache. "Does
 * area A cover code X" is kept per frame, as a byte per distinct code (`Frame.areaTables`): a memo by
 * (area, code, year) text key held 60+ MB for the 46 000 codes of 1 000 000 sample records, and the
 * status memo by (code, year) text key about 20 MB.
 */
export interface AreaLookup {
  readonly index: AreaIndex;
  readonly status: Map<number, Map<string, AreaAttributionStatus>>;
  readonly frameStatuses: WeakMap<Frame, { readonly year: number; readonly codes: Uint8Array }>;
  readonly frameWarnings: WeakMap<Frame, readonly EvaluationWarning[]>;
}

/** The grade facts of every row of a frame for one rulebook list (see {@link gradeFacts}). */
export interface GradeFacts {
  /** The distinct facts of the grading run, in order of first appearance (each a frozen object; a fact of another frame of the run may have no row here). */
  readonly facts: readonly GradeInfo[];
  /** Each row's facts, as an index into `facts`. */
  readonly factOf: Codes;
  /** Each row's grade as a code into `GRADE_CODE_NAMES` (0: no grade known). */
  readonly codes: Uint8Array;
}
