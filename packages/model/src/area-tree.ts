import { AREA_LEVELS, type Area, type AreaInput, type AreaLevel } from './area.js';
import { isCivilDate } from './civil-date.js';
import { CoopError } from './errors.js';
import type { Issue } from './issue.js';
import { checkAreas } from './parse.js';
import { toIssue, type RawIssue } from './internal/issue-codes.js';
import { readOptions, readOwn } from './internal/read.js';
import { describeSafely } from './internal/snapshot.js';

/**
 * A validated list of areas, indexed for lookups. Plain data: build it once with
 * {@link buildAreaIndex} and pass it to the helpers; nothing in it changes afterwards.
 *
 * A code may have several **versions** (the same code with periods that do not overlap, e.g. the
 * province `19` before and after 1 July 2025). `byCode` holds the latest version of each code;
 * `versions` all of them, oldest first. `children` and `predecessors` are keyed by code (over all
 * versions); a code may list itself as its own predecessor when a later version succeeds an earlier one.
 *
 * @example
 * ```ts
 * import { buildAreaIndex, type AreaIndex } from '@coop/model';
 * // Bắc Kạn merged into Thái Nguyên on 1 July 2025
 * const index: AreaIndex = buildAreaIndex([
 *   { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' },
 *   { code: 'BK', name: { vi: 'Bắc Kạn', en: 'Bac Kan' }, level: 'province', parent: 'VN', validTo: '2025-06-30', successors: ['TN'] },
 *   { code: 'TN', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, level: 'province', parent: 'VN' },
 * ]);
 * index.byCode.get('BK')?.name.en; // 'Bac Kan'
 * index.children.get('VN')?.join(','); // 'BK,TN'
 * index.predecessors.get('TN')?.join(','); // 'BK'
 * ```
 */
export interface AreaIndex {
  /** The areas, in input order (fresh copies of the input). */
  readonly areas: readonly Area[];
  /** The latest version of each code. */
  readonly byCode: ReadonlyMap<string, Area>;
  /** Every version of each code, oldest first. */
  readonly versions: ReadonlyMap<string, readonly Area[]>;
  /** Codes of the direct children of each area code, in input order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Codes of the areas that name each code as a successor (its predecessors), in input order. */
  readonly predecessors: ReadonlyMap<string, readonly string[]>;
}

/**
 * Options of the date-aware area helpers.
 *
 * @example
 * ```ts
 * import { buildAreaIndex, subAreas, type AreaOnOptions } from '@coop/model';
 * const index = buildAreaIndex([
 *   { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' },
 *   { code: 'BK', name: { vi: 'Bắc Kạn', en: 'Bac Kan' }, level: 'province', parent: 'VN', validTo: '2025-06-30', successors: ['TN'] },
 *   { code: 'TN', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, level: 'province', parent: 'VN' },
 * ]);
 * subAreas(index, 'VN', 'province').length; // 2 — every area, whatever its dates
 * const afterReform: AreaOnOptions = { on: '2025-07-01' };
 * subAreas(index, 'VN', 'province', afterReform).map((a) => a.code).join(','); // 'TN'
 * ```
 */
export interface AreaOnOptions {
  /** Only areas in force on this civil date count (`validFrom ≤ on ≤ validTo`, both inclusive). */
  readonly on?: string;
}

const append = (map: Map<string, string[]>, key: string, value: string): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

const levelRank = (level: AreaLevel): number => AREA_LEVELS.indexOf(level);

/** Orders versions of one code: an open start first, then by `validFrom`. */
const byStart = (a: Area, b: Area): number =>
  a.validFrom === b.validFrom ? 0 : a.validFrom === undefined ? -1 : b.validFrom === undefined ? 1 : a.validFrom < b.validFrom ? -1 : 1;

/** Two versions overlap unless one ends before the other begins. */
const overlaps = (a: Area, b: Area): boolean =>
  !((a.validTo !== undefined && b.validFrom !== undefined && a.validTo < b.validFrom) ||
    (b.validTo !== undefined && a.validFrom !== undefined && b.validTo < a.validFrom));

const versionsOf = (index: Pick<AreaIndex, 'versions'>, code: string): readonly Area[] => index.versions.get(code) ?? [];

/** `isAreaInForce` for a date already checked. */
const inForce = (area: Pick<Area, 'validFrom' | 'validTo'>, date: string): boolean =>
  (area.validFrom === undefined || area.validFrom <= date) && (area.validTo === undefined || date <= area.validTo);

/** The version of `code` in force on `date`, if any. */
const versionOn = (index: Pick<AreaIndex, 'versions'>, code: string, date: string): Area | undefined =>
  versionsOf(index, code).find((area) => inForce(area, date));

/**
 * The version of an area's parent: the one in force on the area's last (else first) day, else the
 * parent code's latest version.
 */
const parentOf = (index: Pick<AreaIndex, 'versions' | 'byCode'>, area: Area): Area | undefined => {
  if (area.parent === undefined) return undefined;
  const day = area.validTo ?? area.validFrom;
  return (day === undefined ? undefined : versionOn(index, area.parent, day)) ?? index.byCode.get(area.parent);
};

/**
 * The versions an area's successor codes name: for each code, its first version (other than the area
 * itself) that ends after the area ends — the version in force after the area ended.
 */
const successorVersions = (index: Pick<AreaIndex, 'versions'>, area: Area): Area[] => {
  const out: Area[] = [];
  for (const code of area.successors) {
    const candidates = versionsOf(index, code).filter((v) => v !== area);
    const next =
      candidates.find((v) => area.validTo === undefined || v.validTo === undefined || v.validTo > area.validTo) ?? candidates.at(-1);
    if (next !== undefined && !out.includes(next)) out.push(next);
  }
  return out;
};

/** The versions whose successors name this version. */
const predecessorVersions = (index: AreaIndex, area: Area): Area[] =>
  (index.predecessors.get(area.code) ?? []).flatMap((code) =>
    versionsOf(index, code).filter((v) => v !== area && successorVersions(index, v).includes(area)),
  );

/**
 * Validates a list of areas and indexes it. Checks each area against the schema, then: the same
 * code with overlapping validity periods (`duplicate`), unknown parents, unknown successors, parent
 * cycles, successor cycles, a level not below the parent's level, and `validFrom` after `validTo`.
 *
 * @param areas - areas as data (parsed or not; `successors` may be omitted)
 * @returns the index
 * @throws CoopError `INVALID_AREAS` with `details.issues` (an `Issue[]`, paths starting at the index)
 * @example
 * ```ts
 * import { buildAreaIndex, isWithinArea } from '@coop/model';
 * const index = buildAreaIndex([
 *   { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' },
 *   { code: 'TNG', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, level: 'province', parent: 'VN' },
 * ]);
 * isWithinArea(index, 'TNG', 'VN'); // true
 * ```
 */
export const buildAreaIndex = (areas: readonly AreaInput[]): AreaIndex => {
  const parsed = checkAreas(areas);
  if (!parsed.ok) throw invalid(parsed.issues);
  return indexAreas(parsed.value);
};

/**
 * @internal Indexes areas that already have the schema's shape (parsed, or the built-in catalog's
 * typed constants) and checks their links; {@link buildAreaIndex} is this after `parseAreas`.
 */
export const indexAreas = (list: readonly Area[]): AreaIndex => {
  const position = new Map<Area, number>(list.map((area, index) => [area, index]));
  const grouped = new Map<string, Area[]>();
  for (const area of list) {
    const versions = grouped.get(area.code);
    if (versions === undefined) grouped.set(area.code, [area]);
    else versions.push(area);
  }
  const versions = new Map<string, readonly Area[]>([...grouped].map(([code, v]) => [code, [...v].sort(byStart)]));
  const byCode = new Map<string, Area>([...versions].map(([code, v]) => [code, v.at(-1) as Area]));
  const raw: RawIssue[] = [];
  for (const v of versions.values()) {
    v.forEach((area, i) => {
      const clash = v.slice(0, i).find((other) => overlaps(other, area));
      if (clash !== undefined) {
        raw.push({
          path: [position.get(area) as number, 'code'],
          code: 'duplicate',
          expected: `a validity period not overlapping index ${position.get(clash) as number}`,
          received: area.code,
        });
      }
    });
  }
  const partial = { versions, byCode };
  const children = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  list.forEach((area, index) => {
    if (area.parent !== undefined) {
      const parent = parentOf(partial, area);
      if (parent === undefined) {
        raw.push({ path: [index, 'parent'], code: 'unknown_parent', received: JSON.stringify(area.parent) });
      } else {
        append(children, parent.code, area.code);
        if (levelRank(area.level) <= levelRank(parent.level)) {
          raw.push({
            path: [index, 'level'],
            code: 'invalid_level',
            expected: `below ${parent.level}`,
            received: `${area.level} under ${parent.level} ${parent.code}`,
          });
        }
      }
    }
    area.successors.forEach((successor, position) => {
      if (!byCode.has(successor)) {
        raw.push({ path: [index, 'successors', position], code: 'unknown_successor', received: JSON.stringify(successor) });
      } else {
        append(predecessors, successor, area.code);
      }
    });
    if (area.validFrom !== undefined && area.validTo !== undefined && area.validFrom > area.validTo) {
      raw.push({ path: [index, 'validTo'], code: 'invalid_range', received: `validFrom ${area.validFrom} > validTo ${area.validTo}` });
    }
  });
  // Parent cycles: walk up from each area; a walk that meets its own start is a cycle.
  list.forEach((area, index) => {
    const seen = new Set<Area>([area]);
    const path = [area.code];
    let current = parentOf(partial, area);
    while (current !== undefined) {
      path.push(current.code);
      if (current === area) {
        raw.push({ path: [index, 'parent'], code: 'area_cycle', received: path.join(' → ') });
        break;
      }
      if (seen.has(current)) break; // a cycle above, reported for its own members
      seen.add(current);
      current = parentOf(partial, current);
    }
  });
  // Successor cycles: depth-first search over the successor versions.
  list.forEach((area, index) => {
    const stack = successorVersions(partial, area);
    const seen = new Set<Area>();
    const self = area.successors.includes(area.code) && versionsOf(partial, area.code).length === 1;
    while (stack.length > 0 || self) {
      const next = self ? area : (stack.pop() as Area);
      if (next === area) {
        raw.push({ path: [index, 'successors'], code: 'area_cycle', received: `${area.code} succeeds itself` });
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...successorVersions(partial, next));
    }
  });
  if (raw.length > 0) throw invalid(raw.map(toIssue));
  const index: AreaIndex = { areas: list, byCode, versions, children, predecessors };
  BUILT.add(index);
  return index;
};

const invalid = (issues: readonly Issue[]): CoopError =>
  new CoopError('INVALID_AREAS', `Invalid list of areas: ${issues.length} issue${issues.length === 1 ? '' : 's'}`, {
    issues,
  });

/** The indexes `buildAreaIndex` made: the helpers take no other (a look-alike object could hold anything). */
const BUILT = new WeakSet<object>();

/** The index itself, once it is known to be one `buildAreaIndex` made. */
const built = (index: AreaIndex): AreaIndex => {
  if (typeof index !== 'object' || index === null || !BUILT.has(index)) {
    throw new CoopError('INVALID_ARGUMENT', 'Expected an area index made by buildAreaIndex', { received: describeSafely(index) });
  }
  return index;
};

/** The area of a code in a built index (its latest version). */
const known = (index: AreaIndex, code: string): Area => {
  built(index);
  const area = typeof code === 'string' ? index.byCode.get(code) : undefined;
  if (area === undefined) throw new CoopError('UNKNOWN_AREA', `No area with code ${describeSafely(code)}`, { code: describeSafely(code) });
  return area;
};

const checkDate = (on: string | undefined): string | undefined => {
  if (on !== undefined && !isCivilDate(on)) {
    throw new CoopError('INVALID_DATE', `Not a civil date: ${describeSafely(on)}`, { received: describeSafely(on) });
  }
  return on;
};

/**
 * Tells whether an area is in force on a civil date (`validFrom ≤ date ≤ validTo`, both inclusive;
 * an absent bound is open).
 *
 * @param area - an area
 * @param date - a civil date `YYYY-MM-DD`
 * @returns `true` when the area exists on that date
 * @example
 * ```ts
 * import { isAreaInForce } from '@coop/model';
 * const qna = { code: 'QNA', name: { vi: 'Quảng Nam', en: 'Quang Nam' }, level: 'province' as const,
 *   validTo: '2025-06-30', successors: ['DNG'] };
 * isAreaInForce(qna, '2025-06-30'); // true
 * isAreaInForce(qna, '2025-07-01'); // false
 * ```
 */
export const isAreaInForce = (area: Pick<Area, 'validFrom' | 'validTo'>, date: string): boolean => {
  checkDate(date);
  if (typeof area !== 'object' || area === null) throw new CoopError('INVALID_ARGUMENT', 'Expected an area', { received: describeSafely(area) });
  const validFrom = readOwn(area, 'validFrom', 'area');
  const validTo = readOwn(area, 'validTo', 'area');
  for (const bound of [validFrom, validTo]) {
    if (bound !== undefined && !isCivilDate(bound)) throw new CoopError('INVALID_DATE', `Not a civil date: ${describeSafely(bound)}`, { received: describeSafely(bound) });
  }
  return (validFrom === undefined || (validFrom as string) <= date) && (validTo === undefined || date <= (validTo as string));
};

/**
 * The version of a code in force on a date: an area is a code plus a validity period, so the same
 * code can denote different areas on different dates (`19` is the pre-reform Thái Nguyên on
 * 2025-06-30 and the merged province on 2025-07-01; `15` is Yên Bái before and Lào Cai after).
 *
 * @param index - an index from {@link buildAreaIndex}
 * @param code - an area code (an unknown code gives `undefined`, no error)
 * @param date - a civil date `YYYY-MM-DD`
 * @returns the area, or `undefined` when no version of the code is in force that day
 * @throws CoopError `INVALID_ARGUMENT` when `index` is not from {@link buildAreaIndex}; `INVALID_DATE` for a bad date
 * @example
 * ```ts
 * import { areaOn, buildAreaIndex } from '@coop/model';
 * const index = buildAreaIndex([
 *   { code: '15', name: { vi: 'Tỉnh Yên Bái', en: 'Yen Bai province' }, level: 'province', validTo: '2025-06-30', successors: ['15'] },
 *   { code: '15', name: { vi: 'Tỉnh Lào Cai', en: 'Lao Cai province' }, level: 'province', validFrom: '2025-07-01' },
 * ]);
 * areaOn(index, '15', '2025-06-30')?.name.vi; // 'Tỉnh Yên Bái'
 * areaOn(index, '15', '2025-07-01')?.name.vi; // 'Tỉnh Lào Cai'
 * ```
 */
export const areaOn = (index: AreaIndex, code: string, date: string): Area | undefined => {
  built(index);
  checkDate(date);
  return versionOn(index, code, date);
};

/**
 * Tells whether an area lies within another by walking up its parents; an area is within itself.
 * Without `on`, codes are compared whatever their versions (a district of the pre-reform `19` is within
 * `19`); with `on`, the area and every area on the way up must be in force on that date.
 *
 * @param index - an index from {@link buildAreaIndex}
 * @param code - the area to test (an unknown code is within nothing: `false`)
 * @param ancestorCode - the enclosing area
 * @param options - `on`: a civil date
 * @returns `true` when `code` is `ancestorCode` or one of its descendants
 * @throws CoopError `UNKNOWN_AREA` when `ancestorCode` is not in the index; `INVALID_DATE` for a bad `on`
 * @example
 * ```ts
 * import { buildAreaIndex, isWithinArea } from '@coop/model';
 * const index = buildAreaIndex([
 *   { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' },
 *   { code: 'TNG', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, level: 'province', parent: 'VN' },
 *   { code: 'DT', name: { vi: 'Đại Từ', en: 'Dai Tu' }, level: 'district', parent: 'TNG', validTo: '2025-06-30' },
 * ]);
 * isWithinArea(index, 'DT', 'VN'); // true
 * isWithinArea(index, 'DT', 'TNG', { on: '2025-07-01' }); // false — the district no longer exists
 * ```
 */
export const isWithinArea = (index: AreaIndex, code: string, ancestorCode: string, options: AreaOnOptions = {}): boolean => {
  known(index, ancestorCode);
  const on = checkDate(readOptions(options, ['on'], 'options').on as string | undefined);
  let current = on === undefined ? index.byCode.get(code) : versionOn(index, code, on);
  const seen = new Set<Area>();
  while (current !== undefined && !seen.has(current)) {
    if (current.code === ancestorCode) return true;
    seen.add(current);
    current = current.parent === undefined ? undefined : on === undefined ? parentOf(index, current) : versionOn(index, current.parent, on);
  }
  return false;
};

/**
 * The areas of a level within an area (e.g. the districts of a province), at any depth, in input
 * order; the area itself when it has that level. Without `on`, every version of every area under the
 * code counts; with `on`, only areas in force on that date, reached through areas in force on that date.
 *
 * @param index - an index from {@link buildAreaIndex}
 * @param code - the enclosing area
 * @param level - the level wanted
 * @param options - `on`: a civil date
 * @returns the areas (possibly none)
 * @throws CoopError `UNKNOWN_AREA` when `code` is not in the index; `INVALID_DATE` for a bad `on`
 * @example
 * ```ts
 * import { buildAreaIndex, subAreas } from '@coop/model';
 * const index = buildAreaIndex([
 *   { code: 'TNG', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, level: 'province' },
 *   { code: 'DT', name: { vi: 'Đại Từ', en: 'Dai Tu' }, level: 'district', parent: 'TNG', validTo: '2025-06-30' },
 *   { code: 'PY', name: { vi: 'Phổ Yên', en: 'Pho Yen' }, level: 'district', parent: 'TNG', validTo: '2025-06-30' },
 * ]);
 * subAreas(index, 'TNG', 'district', { on: '2024-12-31' }).map((a) => a.code).join(', '); // 'DT, PY'
 * subAreas(index, 'TNG', 'district', { on: '2025-07-01' }).length; // 0
 * ```
 */
export const subAreas = (index: AreaIndex, code: string, level: AreaLevel, options: AreaOnOptions = {}): Area[] => {
  known(index, code);
  const on = checkDate(readOptions(options, ['on'], 'options').on as string | undefined);
  const found = new Set<Area>();
  const seen = new Set<string>();
  const visit = (current: string): void => {
    if (seen.has(current)) return;
    seen.add(current);
    const versions = versionsOf(index, current).filter((area) => on === undefined || inForce(area, on));
    if (versions.length === 0) return;
    const own = versions.filter((area) => area.level === level);
    for (const area of own) found.add(area);
    if (own.length === versions.length) return;
    for (const child of index.children.get(current) ?? []) visit(child);
  };
  visit(code);
  return index.areas.filter((area) => found.has(area));
};

/** The version a walk starts from: the one in force on `on`, else the earliest version of the code. */
const startVersion = (index: AreaIndex, code: string, on: string | undefined): Area | undefined =>
  on === undefined ? versionsOf(index, code)[0] : versionOn(index, code, on);

/**
 * The codes an area's territory passed to, followed transitively to the end of the chain (e.g. a
 * district abolished on 1 July 2025 → its communes' successors, a merged province → the new
 * province). An area with no successors gives `[]`. For a code with several versions, the walk starts
 * from its earliest version, or from the version in force on `on`.
 *
 * @param index - an index from {@link buildAreaIndex}
 * @param code - the area
 * @param options - `on`: a civil date choosing the version to start from
 * @returns the last successors, each once, in the order found (a code may recur when a later version of it is the successor)
 * @throws CoopError `UNKNOWN_AREA` when `code` is not in the index; `INVALID_DATE` for a bad `on`
 * @example
 * ```ts
 * import { buildAreaIndex, successorsOf } from '@coop/model';
 * const name = { vi: 'x', en: 'x' };
 * const index = buildAreaIndex([
 *   { code: 'A', name, level: 'province', validTo: '2025-06-30', successors: ['B'] },
 *   { code: 'B', name, level: 'province', validFrom: '2025-07-01', validTo: '2030-12-31', successors: ['C'] },
 *   { code: 'C', name, level: 'province', validFrom: '2031-01-01' },
 * ]);
 * successorsOf(index, 'A').join(', '); // 'C'
 * ```
 */
export const successorsOf = (index: AreaIndex, code: string, options: AreaOnOptions = {}): string[] => {
  known(index, code);
  const start = startVersion(index, code, checkDate(readOptions(options, ['on'], 'options').on as string | undefined));
  const out: string[] = [];
  const seen = new Set<Area>(start === undefined ? [] : [start]);
  const visit = (area: Area): void => {
    for (const successor of successorVersions(index, area)) {
      if (seen.has(successor)) continue;
      seen.add(successor);
      if (successor.successors.length === 0) {
        if (!out.includes(successor.code)) out.push(successor.code);
      } else visit(successor);
    }
  };
  if (start !== undefined) visit(start);
  return out;
};

/**
 * The area(s) in force on a date for the territory of an area: the version of the code in force then;
 * else, from the last version that ended before the date, its successors (transitively); else, from
 * the first version (it began after the date), its predecessors (transitively). Splits and merges can
 * give several areas (the areas in force then whose territory overlaps it).
 *
 * @param index - an index from {@link buildAreaIndex}
 * @param code - the area
 * @param date - a civil date `YYYY-MM-DD`
 * @returns the areas in force on `date`, in the order found (possibly none)
 * @throws CoopError `UNKNOWN_AREA` when `code` is not in the index; `INVALID_DATE` for a bad date
 * @example
 * ```ts
 * import { buildAreaIndex, resolveAreaOn } from '@coop/model';
 * const name = { vi: 'x', en: 'x' };
 * const index = buildAreaIndex([
 *   { code: 'QNA', name, level: 'province', validTo: '2025-06-30', successors: ['DNG'] },
 *   { code: 'DNG-OLD', name, level: 'province', validTo: '2025-06-30', successors: ['DNG'] },
 *   { code: 'DNG', name, level: 'province', validFrom: '2025-07-01' },
 * ]);
 * resolveAreaOn(index, 'QNA', '2026-01-01').map((a) => a.code).join(', '); // 'DNG'
 * resolveAreaOn(index, 'DNG', '2024-01-01').map((a) => a.code).join(', '); // 'QNA, DNG-OLD'
 * ```
 */
export const resolveAreaOn = (index: AreaIndex, code: string, date: string): Area[] => {
  known(index, code);
  checkDate(date);
  const versions = versionsOf(index, code);
  const current = versionOn(index, code, date);
  if (current !== undefined) return [current];
  const ended = versions.filter((area) => area.validTo !== undefined && area.validTo < date).at(-1);
  const start = ended ?? (versions[0] as Area);
  const out: Area[] = [];
  const seen = new Set<Area>([start]);
  const queue: Area[] = [start];
  while (queue.length > 0) {
    const area = queue.shift() as Area;
    if (inForce(area, date)) {
      if (!out.includes(area)) out.push(area);
      continue;
    }
    const forward = area.validTo !== undefined && date > area.validTo;
    for (const next of forward ? successorVersions(index, area) : predecessorVersions(index, area)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return out;
};

/**
 * How a record of a year coded with an area code is attributed (see {@link areaForYear}):
 * - `in-force`: the code's version in force on the last day of the year;
 * - `succeeded`: the code was in force during the year but ended before its last day (the straddling
 *   year, e.g. a 2025 record coded with a province closed on 1 July 2025): the record goes to the
 *   successor(s) in force at the end of the year, for the whole year;
 * - `closed`: every version of the code ended before the year began (e.g. a 2026 record coded `06`):
 *   attributed like `succeeded`, and to be reported as a data error;
 * - `not-yet`: the code only began after the year (attributed to its predecessors);
 * - `unknown`: no such code in the list (attributed to nothing).
 *
 * @example
 * ```ts
 * import type { AreaAttributionStatus } from '@coop/model';
 * const status: AreaAttributionStatus = 'succeeded';
 * status; // 'succeeded'
 * ```
 */
export type AreaAttributionStatus = 'in-force' | 'succeeded' | 'closed' | 'not-yet' | 'unknown';

/**
 * Where a record of a year coded with an area code belongs. Plain data.
 *
 * @example
 * ```ts
 * import { areaForYear, buildAreaIndex, type AreaAttribution } from '@coop/model';
 * const index = buildAreaIndex([{ code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' }]);
 * const found: AreaAttribution = areaForYear(index, 'VN', 2025);
 * found.status; // 'in-force'
 * ```
 */
export interface AreaAttribution {
  /** The code as recorded. */
  readonly code: string;
  /** The record's year. */
  readonly year: number;
  /** How the code relates to the year. */
  readonly status: AreaAttributionStatus;
  /** The areas in force on the year's last day that the record is attributed to (none for `unknown`). */
  readonly areas: readonly Area[];
}

/**
 * Attributes a record of a year coded with an area code to the areas in force **on the last day of
 * the year**. This follows the statistics office's practice for 2025, the year of the reform: figures
 * for the whole year are published by the 34 new provinces, so a 2025 record coded with a province
 * that closed on 1 July 2025 (Bắc Kạn `06`) counts for its successor (the new Thái Nguyên `19`) for
 * the whole year, and a 2025 record coded `19` counts for the new, larger `19`. A district code,
 * which has no successor of its own, goes to the successor of its province. A code closed before the
 * year began (a 2026 record coded `06`) is attributed the same way but flagged `closed`: callers
 * report it (rating warns with `CLOSED_AREA_CODE`).
 *
 * @param index - an index from {@link buildAreaIndex}
 * @param code - the code on the record (an unknown code gives status `unknown`, no error)
 * @param year - the record's year
 * @returns the attribution
 * @throws CoopError `INVALID_ARGUMENT` when `index` is not from {@link buildAreaIndex} or `code` is not a
 * string; `INVALID_DATE` when the year is not a plain year (1..9999)
 * @example
 * ```ts
 * import { areaForYear, buildAreaIndex } from '@coop/model';
 * const name = (vi: string) => ({ vi, en: vi });
 * const index = buildAreaIndex([
 *   { code: '06', name: name('Tỉnh Bắc Kạn'), level: 'province', validTo: '2025-06-30', successors: ['19'] },
 *   { code: '19', name: name('Tỉnh Thái Nguyên (cũ)'), level: 'province', validTo: '2025-06-30', successors: ['19'] },
 *   { code: '19', name: name('Tỉnh Thái Nguyên'), level: 'province', validFrom: '2025-07-01' },
 * ]);
 * areaForYear(index, '06', 2024).areas[0]?.name.vi; // 'Tỉnh Bắc Kạn'
 * const y2025 = areaForYear(index, '06', 2025);
 * `${y2025.status} ${y2025.areas[0]?.name.vi}`; // 'succeeded Tỉnh Thái Nguyên'
 * areaForYear(index, '06', 2026).status; // 'closed'
 * ```
 */
export const areaForYear = (index: AreaIndex, code: string, year: number): AreaAttribution => {
  built(index);
  if (typeof code !== 'string') throw new CoopError('INVALID_ARGUMENT', 'Expected an area code (a string)', { received: describeSafely(code) });
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new CoopError('INVALID_DATE', `Not a year: ${describeSafely(year)}`, { received: describeSafely(year) });
  }
  const versions = versionsOf(index, code);
  if (versions.length === 0) return { code, year, status: 'unknown', areas: [] };
  const y = String(year).padStart(4, '0');
  const first = `${y}-01-01`;
  const last = `${y}-12-31`;
  const current = versionOn(index, code, last);
  if (current !== undefined) return { code, year, status: 'in-force', areas: [current] };
  const during = versions.some((area) => (area.validFrom === undefined || area.validFrom <= last) && (area.validTo === undefined || area.validTo >= first));
  const later = versions.every((area) => area.validFrom !== undefined && area.validFrom > last);
  const status: AreaAttributionStatus = during ? 'succeeded' : later ? 'not-yet' : 'closed';
  return { code, year, status, areas: territoryOn(index, code, last) };
};

/** The areas in force on `date` for a code's territory; a code with no successor of its own goes through its parent. */
const territoryOn = (index: AreaIndex, code: string, date: string): Area[] => {
  const seen = new Set<string>();
  let current: string | undefined = code;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const found = resolveAreaOn(index, current, date);
    if (found.length > 0) return found;
    const versions = versionsOf(index, current);
    const ended = versions.filter((area) => area.validTo !== undefined && area.validTo < date).at(-1) ?? versions[0];
    current = ended?.parent;
  }
  return [];
};
