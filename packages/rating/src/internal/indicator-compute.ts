import {
  CoopError,
  divideRational,
  multiplyRational,
  rational,
  rationalToNumber,
  type Condition,
  type Grade,
  type Indicator,
  type OrganisationKind,
  type Rational,
  type Sector,
  type YearlyRecord,
} from '@coop/model';
import type { Rulebook } from '../rulebook.js';
import { BUILT_IN_RULEBOOKS } from '../rulebooks/index.js';
import type { CheckedShared } from './evaluation-options.js';
import { computeSide } from './indicator-aggregate.js';
import { indicatorValue, type IndicatorSide as SideValue, type NoValueCode } from '../semantics/aggregate.js';
import { areaCovers, frameStatus, frameStatuses } from './indicator-area.js';
import type { Column } from './frame-columns.js';
import { decideTruths, IS_TRUE, IS_UNKNOWN, truthAt, type ConditionInput, type Truths } from './indicator-condition.js';
import { conditionFields, conditionUsesEffective, conditionUsesGrades } from '../semantics/condition.js';
import { fieldColumn, frameOf, identityOf, readColumns, truthsOnce } from './indicator-frame.js';
import { gradeFacts } from './indicator-grades.js';
import {
  notRatedFields,
  populationRule,
  ratingStanding,
  splitPopulation,
  type GradeReadingRun,
  type RatingStanding,
  type ReadGrade,
  type SplitPopulation,
  type StandingInput,
} from '../semantics/population.js';
import { columnValue } from './frame-columns.js';
import type { IndicatorResult, NoValueReason, EvaluationWarning } from '../evaluation-types.js';
import type { EvaluationCacheState, Frame, GradeFacts, KeptPopulation, Population, UnitRows } from './engine-types.js';

/*
 * The indicator computation over validated inputs (see `computeIndicator` for the rules). The public
 * functions validate their arguments and call `computeChecked`; nothing here re-validates.
 */

/** A validated computation request: the year, the target scope and the shared inputs. */
export interface IndicatorRun extends CheckedShared {
  readonly year: number;
  /** Only the rows of one unit of the year (per-unit targets). */
  readonly unit?: UnitRows;
  readonly scope?: { readonly kinds?: readonly OrganisationKind[]; readonly sectors?: readonly Sector[] };
  /** How a grade-based share counts (default: over the rated organisations). */
  readonly grades?: GradeReadingRun;
}

const RATED_ONLY: GradeReadingRun = { denominator: 'rated' };

/**
 * Is the indicator a grade-based count or share — its numerator counts organisations by grade? Then
 * only organisations a rulebook can rate are counted (see `grade-coverage.ts`).
 */
export const readsGradesInNumerator = (indicator: Indicator): boolean =>
  indicator.numerator.op === 'count' && indicator.numerator.where !== undefined && conditionUsesGrades(indicator.numerator.where);

/**
 * A frame's scratch rows: one array as long as the frame, reused by every population of the frame, and
 * which kept population its first `size` rows are (`key`; `undefined` when they are not one).
 */
interface Scratch {
  readonly rows: Int32Array;
  key: string | undefined;
  size: number;
}

const scratches = new WeakMap<Frame, Scratch>();

const scratchOf = (frame: Frame): Scratch => {
  let scratch = scratches.get(frame);
  if (scratch === undefined) {
    scratch = { rows: new Int32Array(frame.rows.length), key: undefined, size: 0 };
    scratches.set(frame, scratch);
  }
  return scratch;
};

const conditionKeys = new WeakMap<Condition, string>();

/**
 * A condition's memo key: its content (conditions are small parsed data), so that two indicators with
 * the same condition — two objects — share its truths. Made once per condition object.
 */
const conditionKey = (condition: Condition): string => {
  let key = conditionKeys.get(condition);
  if (key === undefined) {
    key = JSON.stringify(condition);
    conditionKeys.set(condition, key);
  }
  return key;
};

/** Stands for "no area list" in the population memo (keyed by area lookup). */
const NO_LOOKUP: object = Object.freeze({});

const DEFAULT_EFFECTIVE: readonly Grade[] = ['good', 'fair'];

const readExternal = (indicator: Indicator, name: string, options: IndicatorRun): Rational => {
  const entry = options.context?.get(name);
  const fail = (): never => {
    throw new CoopError(
      'MISSING_EXTERNAL_INPUT',
      `Indicator "${indicator.id}" needs the external input "${name}"${entry === undefined ? '' : ` for ${options.year}`}; pass it in \`context\``,
      { input: name, indicator: indicator.id, year: options.year, area: options.area },
    );
  };
  if (entry === undefined) return fail();
  if (entry instanceof Map) {
    const value = (entry as ReadonlyMap<number, Rational>).get(options.year);
    return value === undefined ? fail() : value;
  }
  return entry as Rational;
};


/** The standings of `ratingStanding`, numbered for a frame's byte a row. */
const STANDINGS: readonly RatingStanding[] = ['rated', 'unrated', 'exempt', 'out-of-scope'];

/**
 * Where every row of a frame stands for a grade-based share (`ratingStanding`), decided once per frame,
 * rulebook list and named rulebook — a plan splits many populations of the same year (targets, areas,
 * scopes) — and kept as a byte a row (an index into {@link STANDINGS}).
 *
 * A row's standing is the rule's answer on its kind, sector, grade as read (`readOf`, one object per
 * grade fact of `graded`) and the fields the rule reads of it. While those fields are the rulebooks' not-rated
 * fields and each is kept in a byte a row (months, flags), the rule is asked once per combination of
 * these values, and each row reads its answer from that table (as conditions on flags and grades are
 * decided, see `indicator-condition.ts`); otherwise, or once the rule reads another field, row by row.
 */
const standingsOf = (
  frame: Frame,
  rulebooks: readonly Rulebook[],
  only: string | undefined,
  column: (path: string) => Column,
  graded: GradeFacts,
  readOf: (row: number) => ReadGrade,
): Uint8Array => {
  const key = `${identityOf(rulebooks)}/${only ?? ''}`;
  let standings = frame.standings.get(key);
  if (standings !== undefined) return standings;
  // One view of the row being decided (no object per row); `strayed` notes a field outside the combination.
  const fields = notRatedFields(rulebooks);
  let row = 0;
  let strayed = false;
  const input: { kind: string; sector: string; field: StandingInput['field'] } = {
    kind: '',
    sector: '',
    field: (path) => {
      if (!fields.includes(path)) strayed = true;
      return columnValue(column(path), row);
    },
  };
  const standingAt = (r: number): number => {
    row = r;
    input.kind = frame.kinds[frame.kindOf[r] as number] as string;
    input.sector = frame.sectors[frame.sectorOf[r] as number] as string;
    return STANDINGS.indexOf(ratingStanding(input, readOf(r), rulebooks, only));
  };
  standings = new Uint8Array(frame.rows.length);
  const combinations = graded.facts.length * frame.kinds.length * frame.sectors.length * 256 ** fields.length;
  const bytes = combinations <= Number.MAX_SAFE_INTEGER ? byteColumns(fields.map(column)) : undefined;
  if (bytes !== undefined) {
    // The combination as one number: grade fact, kind, sector, then a byte per field.
    const { factOf } = graded;
    const kinds = frame.kinds.length;
    const sectors = frame.sectors.length;
    const table = new Map<number, number>();
    for (let r = 0; r < standings.length && !strayed; r += 1) {
      let combination = ((factOf[r] as number) * kinds + (frame.kindOf[r] as number)) * sectors + (frame.sectorOf[r] as number);
      for (let f = 0; f < bytes.length; f += 1) combination = combination * 256 + ((bytes[f] as Uint8Array)[r] as number);
      let standing = table.get(combination);
      if (standing === undefined) {
        standing = standingAt(r);
        table.set(combination, standing);
      }
      standings[r] = standing;
    }
  }
  if (bytes === undefined || strayed) for (let r = 0; r < standings.length; r += 1) standings[r] = standingAt(r);
  frame.standings.set(key, standings);
  return standings;
};

/** The arrays of columns kept in a byte a row (months, flags), or `undefined` when one is not. */
const byteColumns = (columns: readonly Column[]): Uint8Array[] | undefined => {
  const out: Uint8Array[] = [];
  for (const c of columns) {
    if (!(c.values instanceof Uint8Array)) return undefined;
    out.push(c.values);
  }
  return out;
};

/** The decided `where` of a population, with the memo key naming it. */
interface KeyedTruths {
  readonly key: string;
  readonly truths: Truths;
}

/** The rows of a kept population, written into a frame's scratch rows (in order); returns how many. */
const expand = (kept: KeptPopulation, rows: Int32Array): number => expandBits(kept.bits, rows);

/** The rows whose bit is set, written into `rows` (in order); returns how many. */
const expandBits = (bits: Uint32Array, rows: Int32Array): number => {
  let size = 0;
  for (let w = 0; w < bits.length; w += 1) {
    let word = bits[w] as number;
    while (word !== 0) {
      const low = word & -word;
      rows[size] = w * 32 + 31 - Math.clz32(low);
      size += 1;
      word ^= low;
    }
  }
  return size;
};

/**
 * The population of an indicator in a frame (a year) and area: filtered once per frame, area list and
 * population (kinds, sectors, scope, area, `where`), and kept as a bit a row. Kind, sector and area are
 * decided once per distinct value of the frame, then each row is a few table reads. The rows handed out
 * are a view of the frame's scratch rows, valid until the frame's next population is asked for: the
 * caller uses them at once (see `computeUncached`). The population of one unit of a per-unit target is
 * not kept: no other computation asks for the same rows (see `computeChecked`).
 */
const populationOf = (
  indicator: Indicator,
  frame: Frame,
  options: IndicatorRun,
  where: KeyedTruths | undefined,
): Population => {
  const kinds = [indicator.population.kinds, options.scope?.kinds];
  const sectors = indicator.population.sectors;
  const scopeSectors = options.scope?.sectors;
  const agriculture = indicator.population.sectorGroup === 'agriculture';
  const area = options.area;
  const unit = options.unit;
  const lookup = options.lookup;
  let byKey = frame.populations.get(lookup ?? NO_LOOKUP);
  if (byKey === undefined) {
    byKey = new Map();
    frame.populations.set(lookup ?? NO_LOOKUP, byKey);
  }
  const key = unit === undefined ? JSON.stringify([kinds, sectors, scopeSectors, agriculture, area ?? null, where?.key ?? null]) : undefined;
  const known = key === undefined ? undefined : byKey.get(key);
  // Collected in the frame's scratch rows (candidates are rows of the frame, in order). A kept population
  // asked for again is there already when it was the last one asked for (as a target's numerator and
  // denominator, and targets on the same indicator, ask in turn).
  const scratch = scratchOf(frame);
  const rows = scratch.rows;
  if (known !== undefined) {
    if (scratch.key !== key) {
      scratch.size = expand(known, rows);
      scratch.key = key;
    }
    return { rows: rows.subarray(0, scratch.size), undecided: known.undecided, key };
  }
  // Tables of 0 / 1 by code (see `scanRows`), from the population rule.
  const rule = populationRule(indicator.population, options.scope);
  const kindIn = Uint8Array.from(frame.kinds, (kind) => Number(rule.kind(kind)));
  const sectorIn = Uint8Array.from(frame.sectors, (sector) => Number(rule.sector(sector)));
  const areaIn = area === undefined ? undefined : areaTable(frame, lookup, area, options.year);
  const { size, undecided } = scanRows(frame, { kindIn, sectorIn, areaIn, truths: where?.truths, candidates: unit?.rows }, rows);
  scratch.key = key;
  scratch.size = size;
  if (key !== undefined) byKey.set(key, { bits: rowBits(rows, size, frame.rows.length), size, undecided });
  return { rows: rows.subarray(0, size), undecided, key };
};

/**
 * Which of a frame's area codes an area covers (`areaCovers`, 1 / 0 by area code), decided once per
 * frame, area list and area: the populations of every indicator and scope on that area share it.
 */
const areaTable = (frame: Frame, lookup: IndicatorRun['lookup'], area: string, year: number): Uint8Array => {
  let byArea = frame.areaTables.get(lookup ?? NO_LOOKUP);
  if (byArea === undefined) {
    byArea = new Map();
    frame.areaTables.set(lookup ?? NO_LOOKUP, byArea);
  }
  let table = byArea.get(area);
  if (table === undefined) {
    table = new Uint8Array(frame.areas.length);
    const statuses = lookup === undefined ? undefined : frameStatuses(lookup, frame, year);
    for (let c = 0; c < table.length; c += 1) {
      table[c] = areaCovers(lookup, area, frame.areas[c] as string, year, statuses === undefined ? undefined : frameStatus(statuses, c)) ? 1 : 0;
    }
    byArea.set(area, table);
  }
  return table;
};

/** What a population scan keeps a row by: 0 / 1 by kind, sector and area code, the `where`, and the candidate rows. */
interface RowFilter {
  readonly kindIn: Uint8Array;
  readonly sectorIn: Uint8Array;
  readonly areaIn: Uint8Array | undefined;
  readonly truths: Truths | undefined;
  /** Only these rows of the frame (in order), or every row. */
  readonly candidates: ArrayLike<number> | undefined;
}

/**
 * Writes into `rows` the rows of a frame that a filter keeps, and counts those in scope whose `where`
 * is undecided. No branch per row: every row is written, and the next one overwrites it unless it is
 * kept (kinds, sectors and truths vary from row to row: branches on them are mispredicted about as
 * often as not). A function of its own, so that V8 optimises the loop as a whole function rather than
 * on stack replacement inside a larger one.
 *
 * @returns how many rows were kept (the first `size` of `rows`), and how many were undecided
 */
const scanRows = (frame: Frame, filter: RowFilter, rows: Int32Array): { size: number; undecided: number } => {
  const { kindIn, sectorIn, areaIn, truths, candidates } = filter;
  const { kindOf, sectorOf, areaOf } = frame;
  const n = candidates === undefined ? frame.rows.length : candidates.length;
  let size = 0;
  let undecided = 0;
  for (let k = 0; k < n; k += 1) {
    const i = candidates === undefined ? k : (candidates[k] as number);
    let inScope = (kindIn[kindOf[i] as number] as number) & (sectorIn[sectorOf[i] as number] as number);
    if (areaIn !== undefined) inScope &= areaIn[areaOf[i] as number] as number;
    let keep = inScope;
    if (truths !== undefined) {
      const t = truthAt(truths, i);
      keep &= IS_TRUE[t] as number;
      undecided += inScope & (IS_UNKNOWN[t] as number);
    }
    rows[size] = i;
    size += keep;
  }
  return { size, undecided };
};

/** The first `size` rows as a bit a row over `length` rows (how a frame keeps a population). */
const rowBits = (rows: Int32Array, size: number, length: number): Uint32Array => {
  const bits = new Uint32Array((length + 31) >>> 5);
  for (let k = 0; k < size; k += 1) {
    const i = rows[k] as number;
    bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  }
  return bits;
};

/** The rows whose bit is set, in a new array of `size` rows. */
const rowsOf = (bits: Uint32Array, size: number): Int32Array => {
  const rows = new Int32Array(size);
  expandBits(bits, rows);
  return rows;
};

/**
 * A population's split for a grade-based share (`splitPopulation`), made once per frame, area list and
 * `key` — the population, the rulebooks and the reading: several indicators of a plan split the same
 * population the same way (a share of good or fair and a share of effective organisations) — and kept as
 * a bit a row per side. Without a key (the rows of one unit) the split is made and not kept.
 */
const splitOnce = (frame: Frame, lookup: IndicatorRun['lookup'], key: string | undefined, make: () => SplitPopulation): SplitPopulation => {
  if (key === undefined) return make();
  let byKey = frame.splits.get(lookup ?? NO_LOOKUP);
  if (byKey === undefined) {
    byKey = new Map();
    frame.splits.set(lookup ?? NO_LOOKUP, byKey);
  }
  const known = byKey.get(key);
  if (known !== undefined) {
    const { coverage } = known;
    return {
      counted: rowsOf(known.counted, known.countedSize),
      denominator: rowsOf(known.denominator, known.denominatorSize),
      coverage: { ...coverage, gradeSources: { ...coverage.gradeSources } },
    };
  }
  const split = make();
  const length = frame.rows.length;
  byKey.set(key, {
    counted: rowBits(split.counted, split.counted.length, length),
    countedSize: split.counted.length,
    denominator: rowBits(split.denominator, split.denominator.length, length),
    denominatorSize: split.denominator.length,
    coverage: { ...split.coverage, gradeSources: { ...split.coverage.gradeSources } },
  });
  return split;
};

/**
 * The warnings of a grade-based population: coverage below full (some eligible organisations are not
 * rated), and what was left out (cooperative groups and others no rulebook rates; exempt ones).
 */
const coverageWarnings = ({ coverage: c }: SplitPopulation): EvaluationWarning[] => {
  const out: EvaluationWarning[] = [];
  if (!c.complete) {
    out.push({
      code: 'INCOMPLETE_COVERAGE',
      message: {
        vi: `Mới xếp loại ${c.rated}/${c.eligible} tổ chức đủ điều kiện đánh giá; ${c.unrated} chưa có loại`,
        en: `Only ${c.rated} of ${c.eligible} eligible organisations are rated; ${c.unrated} have no grade`,
      },
      details: { rated: c.rated, eligible: c.eligible, unrated: c.unrated, denominator: c.denominator },
    });
  }
  if (c.outOfScope > 0 || c.exempt > 0) {
    out.push({
      code: 'NOT_RATABLE_LEFT_OUT',
      message: {
        vi: `Không tính ${c.outOfScope} tổ chức ngoài phạm vi xếp loại (trong đó ${c.groups} tổ hợp tác) và ${c.exempt} tổ chức không phải đánh giá`,
        en: `Left out: ${c.outOfScope} organisations no rulebook rates (${c.groups} cooperative groups) and ${c.exempt} exempt from rating`,
      },
      details: { outOfScope: c.outOfScope, groups: c.groups, exempt: c.exempt },
    });
  }
  return out;
};

/** The wording of why an indicator has no value (the reason itself is decided by `indicatorValue`). */
const noValueReason = (code: NoValueCode, side: 'numerator' | 'denominator' | undefined, value: SideValue | undefined): NoValueReason => {
  const names = side === 'numerator' ? { vi: 'tử số', en: 'numerator' } : { vi: 'mẫu số', en: 'denominator' };
  const message = {
    'empty-population': { vi: 'Không có tổ chức nào trong phạm vi chỉ tiêu', en: 'No organisation is in the indicator’s population' },
    'skipped-by-policy': {
      vi: `Bỏ qua ${names.vi}: có ${value?.missing} bản ghi thiếu số liệu (quy tắc bỏ qua nếu thiếu bất kỳ)`,
      en: `The ${names.en} was skipped: ${value?.missing} records lack the data (skip-if-any-missing)`,
    },
    'all-missing': { vi: `Không có số liệu cho ${names.vi} (tất cả bản ghi đều thiếu)`, en: `No data for the ${names.en} (every record lacks it)` },
    'zero-denominator': { vi: 'Mẫu số bằng 0', en: 'The denominator is zero' },
  }[code];
  return side === undefined ? { code, message } : { code, side, message };
};

/** The conditions of an indicator: its population's `where` and each counted or summed side's. */
const conditionsOf = (indicator: Indicator): Condition[] => {
  const out: Condition[] = [];
  if (indicator.population.where !== undefined) out.push(indicator.population.where);
  for (const side of [indicator.numerator, indicator.denominator]) {
    if (side !== undefined && side.op !== 'external' && side.where !== undefined) out.push(side.where);
  }
  return out;
};

/**
 * The rulebooks an evaluation grades sheets with: the options' list, else the built-in ones (the same
 * list object each time, so grades are kept once per list).
 *
 * @param options - the validated options
 * @returns the rulebooks
 */
export const gradingRulebooks = (options: Pick<CheckedShared, 'rulebooks'>): readonly Rulebook[] => options.rulebooks ?? BUILT_IN_RULEBOOKS;

/**
 * Adds the record fields an indicator reads (in its conditions and aggregated fields) to a set.
 *
 * @param indicator - a validated indicator
 * @param into - the set to fill
 */
export const indicatorFields = (indicator: Indicator, into: Set<string>): void => {
  for (const condition of conditionsOf(indicator)) conditionFields(condition, into);
  for (const side of [indicator.numerator, indicator.denominator]) {
    if (side !== undefined && side.op !== 'external' && side.op !== 'count') into.add(side.field);
  }
  // A grade-based count reads who the rules exempt (months operating, months suspended …).
  if (readsGradesInNumerator(indicator)) for (const field of BUILT_IN_EXEMPTION_FIELDS) into.add(field);
};

/** The fields the built-in rulebooks' not-rated rules read. */
const BUILT_IN_EXEMPTION_FIELDS: readonly string[] = notRatedFields(BUILT_IN_RULEBOOKS);

/**
 * Computes an indicator over validated inputs, memoised per cache: the same indicator object over the
 * same records with the same options (compared by identity for context, area lookup and rulebooks) is
 * computed once — plans share indicators across targets. A computation over one unit of a per-unit
 * target is not memoised: its rows are a partition made for that one evaluation, so nothing else could
 * reuse it, and keeping thousands of unit results would only hold memory.
 */
export const computeChecked = (indicator: Indicator, records: readonly YearlyRecord[], options: IndicatorRun): IndicatorResult => {
  const cache = options.cache;
  if (options.unit !== undefined) return computeUncached(indicator, records, options, cache);
  let byIndicator = cache.results.get(records);
  if (byIndicator === undefined) {
    byIndicator = new WeakMap();
    cache.results.set(records, byIndicator);
  }
  let byKey = byIndicator.get(indicator);
  if (byKey === undefined) {
    byKey = new Map();
    byIndicator.set(indicator, byKey);
  }
  const key = JSON.stringify([options.year, options.area ?? null, options.scope ?? null, options.effectiveGrades ?? null, options.grades ?? null]);
  const inputs = [options.context, options.lookup, options.rulebooks];
  const known = byKey.get(key);
  if (known !== undefined && known.inputs.every((v, i) => v === inputs[i])) return known.result as IndicatorResult;
  const result = computeUncached(indicator, records, options, cache);
  byKey.set(key, { inputs, result });
  return result;
};

const computeUncached = (
  indicator: Indicator,
  records: readonly YearlyRecord[],
  options: IndicatorRun,
  cache: EvaluationCacheState,
): IndicatorResult => {
  const rulebooks = gradingRulebooks(options);
  const effective = options.effectiveGrades ?? DEFAULT_EFFECTIVE;
  const warnings: EvaluationWarning[] = [];

  // External inputs first: a missing one is a programmer error, whatever the population.
  const externalNumerator = indicator.numerator.op === 'external' ? readExternal(indicator, indicator.numerator.input, options) : undefined;
  const externalDenominator =
    indicator.denominator?.op === 'external' ? readExternal(indicator, indicator.denominator.input, options) : undefined;

  const frame = frameOf(cache, records, options.year);
  // Every field the indicator reads, in one pass over the year's records (see `readColumns`).
  const fields = new Set<string>();
  indicatorFields(indicator, fields);
  if (readsGradesInNumerator(indicator)) for (const field of notRatedFields(rulebooks)) fields.add(field);
  readColumns(frame, fields);
  const column = (path: string): Column => fieldColumn(frame, path);
  const input: ConditionInput = {
    rows: frame.rows.length,
    column,
    effective,
    gradeCodes: () => gradeFacts(frame, rulebooks).codes,
  };
  // A condition's truth depends on the condition and, when it reads grades, on the rulebooks and the
  // effective grades: that is its memo key in the frame.
  const decide = (condition: Condition | undefined): KeyedTruths | undefined => {
    if (condition === undefined) return undefined;
    const grades = conditionUsesGrades(condition) ? `/${identityOf(rulebooks)}/${effective.join(',')}` : '';
    const key = `${conditionKey(condition)}${grades}`;
    return { key, truths: truthsOnce(frame, key, () => decideTruths(condition, input)) };
  };

  const filtered = populationOf(indicator, frame, options, decide(indicator.population.where));
  const { rows: population, undecided } = filtered;
  if (undecided > 0) {
    warnings.push({
      code: 'POPULATION_UNDECIDED',
      message: {
        vi: `${undecided} bản ghi bị loại vì không đủ số liệu để xác định có thuộc phạm vi hay không`,
        en: `${undecided} records were left out: their data cannot decide whether they belong to the population`,
      },
      details: { count: undecided },
    });
  }
  if (options.area !== undefined && options.lookup === undefined) {
    warnings.push({
      code: 'NO_AREA_LIST',
      message: {
        vi: `Không có danh mục địa bàn: chỉ tính các bản ghi có mã địa bàn đúng bằng ${options.area}`,
        en: `No area list given: only records coded exactly ${options.area} are counted`,
      },
      details: { area: options.area },
    });
  }

  // A grade-based count or share counts only the organisations a rulebook can rate (and divides by the
  // eligible or the rated ones): the population is split once, with its coverage.
  let split: SplitPopulation | undefined;
  if (readsGradesInNumerator(indicator)) {
    const graded = gradeFacts(frame, rulebooks);
    const { facts, factOf } = graded;
    const reads = facts.map((info): ReadGrade => ({ grade: info.grade, rulebook: info.from === 'sheet' ? info.rulebook : undefined }));
    const readOf = (row: number): ReadGrade => reads[factOf[row] as number] as ReadGrade;
    const reading = options.grades ?? RATED_ONLY;
    const standings = standingsOf(frame, rulebooks, reading.rulebook, column, graded, readOf);
    // The split depends on the population's rows and the grades and standings read with the rulebooks,
    // not on the numerator: indicators over the same population and reading share it.
    const splitKey = filtered.key === undefined ? undefined : `${filtered.key}/${identityOf(rulebooks)}/${reading.rulebook ?? ''}/${reading.denominator}`;
    split = splitOnce(frame, options.lookup, splitKey, () =>
      splitPopulation(
        population,
        {
          standing: (row) => STANDINGS[standings[row] as number] as RatingStanding,
          grade: readOf,
          kind: (row) => frame.kinds[frame.kindOf[row] as number] as string,
        },
        reading,
      ),
    );
    warnings.push(...coverageWarnings(split));
  }
  const side = (aggregate: Indicator['numerator'], external: Rational | undefined, rows: ArrayLike<number>): SideValue => {
    if (aggregate.op === 'external') {
      return { op: 'external', status: 'ok', value: external, records: 0, missing: 0, input: aggregate.input };
    }
    return computeSide(aggregate, column, rows, decide(aggregate.where)?.truths);
  };
  const numerator = side(indicator.numerator, externalNumerator, split?.counted ?? population);
  const denominator =
    indicator.denominator === undefined
      ? undefined
      : side(indicator.denominator, externalDenominator, split !== undefined && indicator.denominator.op === 'count' ? split.denominator : population);

  const conditions = conditionsOf(indicator);
  const usesGrades = conditions.some((c) => conditionUsesGrades(c));
  let gradesFrom: IndicatorResult['gradesFrom'];
  const rulebookIds = new Set<string>();
  if (usesGrades) {
    let sheet = 0;
    let data = 0;
    let none = 0;
    const notes = { 'unknown-rulebook': 0, incomplete: 0, 'not-in-force': 0, 'grading-failed': 0 };
    // How many rows of the population have each distinct fact, then the sums by source and note.
    const { facts, factOf } = gradeFacts(frame, rulebooks);
    const counts = new Int32Array(facts.length);
    for (let i = 0; i < population.length; i += 1) {
      const f = factOf[population[i] as number] as number;
      counts[f] = (counts[f] as number) + 1;
    }
    facts.forEach((info, f) => {
      const count = counts[f] as number;
      if (count === 0) return;
      if (info.from === 'sheet') {
        sheet += count;
        if (info.rulebook !== undefined) rulebookIds.add(info.rulebook);
      } else if (info.from === 'data') data += count;
      else none += count;
      if (info.note !== undefined) notes[info.note] += count;
    });
    gradesFrom = { sheet, data, none };
    if (notes['not-in-force'] > 0) {
      warnings.push({
        code: 'RULEBOOK_NOT_IN_FORCE',
        message: {
          vi: `${notes['not-in-force']} phiếu chấm điểm được xếp loại theo bộ tiêu chí không còn hiệu lực trong năm ${options.year}`,
          en: `${notes['not-in-force']} sheets were graded with a rulebook not in force in ${options.year}`,
        },
        details: { count: notes['not-in-force'] },
      });
    }
    for (const code of ['unknown-rulebook', 'incomplete', 'grading-failed'] as const) {
      if (notes[code] > 0) {
        warnings.push({
          code: code === 'unknown-rulebook' ? 'UNKNOWN_RULEBOOK' : code === 'incomplete' ? 'INCOMPLETE_SHEET' : 'GRADING_FAILED',
          message: {
            vi: `${notes[code]} phiếu chấm điểm không xếp loại được (${code}); dùng xếp loại trong dữ liệu nếu có`,
            en: `${notes[code]} scoring sheets could not be graded (${code}); the grade in the data was used where present`,
          },
          details: { count: notes[code] },
        });
      }
    }
  }

  const outcome = indicatorValue(numerator, denominator, population.length, indicator.factor);
  const value = 'value' in outcome ? outcome.value : undefined;
  const reason = 'code' in outcome ? noValueReason(outcome.code, outcome.side, outcome.side === 'denominator' ? denominator : numerator) : undefined;
  const status: IndicatorResult['status'] = reason === undefined ? 'ok' : 'no-value';

  const base = {
    indicatorId: indicator.id,
    year: options.year,
    area: options.area,
    unit: indicator.unit,
    factor: indicator.factor,
    status,
    value,
    display: value === undefined ? undefined : rationalToNumber(value),
    numerator,
    denominator,
    populationSize: population.length,
    missing: { numerator: numerator.missing, denominator: denominator?.missing ?? 0 },
    gradesFrom,
    rulebooks: [...rulebookIds].sort(),
    effectiveGrades: conditions.some((c) => conditionUsesEffective(c)) ? [...effective] : undefined,
    ...(split === undefined ? {} : { coverage: split.coverage }),
    warnings,
  };
  return reason === undefined ? base : { ...base, reason };
};
