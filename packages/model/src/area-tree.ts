import { AREA_LEVELS, type Area, type AreaInput, type AreaLevel } from './area.js';
import { isCivilDate } from './civil-date.js';
import { CoopError } from './errors.js';
import type { Issue } from './issue.js';
import { parseAreas } from './parse.js';
import { toIssue, type RawIssue } from './internal/issue-codes.js';
import { readOptions, readOwn } from './internal/read.js';
import { describeSafely } from './internal/snapshot.js';

/**
 * A validated list of areas, indexed for lookups. Plain data: build it once with
 * {@link buildAreaIndex} and pass it to the helpers; nothing in it changes afterwards.
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
  /** Area by code. */
  readonly byCode: ReadonlyMap<string, Area>;
  /** Codes of the direct children of each area, in input order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Codes of the areas that name each area as a successor (its predecessors), in input order. */
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
  else list.push(value);
};

const levelRank = (level: AreaLevel): number => AREA_LEVELS.indexOf(level);

/**
 * Validates a list of areas and indexes it. Checks each area against the schema, then: duplicate
 * codes, unknown parents, unknown successors, parent cycles, successor cycles, a level not below the
 * parent's level, and `validFrom` after `validTo`.
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
  const parsed = parseAreas(areas);
  if (!parsed.ok) throw invalid(parsed.issues);
  const list = parsed.value;
  const byCode = new Map<string, Area>();
  const position = new Map<string, number>();
  list.forEach((area, index) => {
    byCode.set(area.code, area);
    position.set(area.code, index);
  });
  const raw: RawIssue[] = [];
  const children = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  list.forEach((area, index) => {
    if (area.parent !== undefined) {
      const parent = byCode.get(area.parent);
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
    const seen = new Set<string>([area.code]);
    let current = area.parent === undefined ? undefined : byCode.get(area.parent);
    while (current !== undefined) {
      if (current.code === area.code) {
        raw.push({ path: [index, 'parent'], code: 'area_cycle', received: [...seen, area.code].join(' → ') });
        break;
      }
      if (seen.has(current.code)) break; // a cycle above, reported for its own members
      seen.add(current.code);
      current = current.parent === undefined ? undefined : byCode.get(current.parent);
    }
  });
  // Successor cycles: depth-first search over successor links.
  list.forEach((area, index) => {
    const stack = [...area.successors];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const code = stack.pop() as string;
      if (code === area.code) {
        raw.push({ path: [index, 'successors'], code: 'area_cycle', received: `${area.code} succeeds itself` });
        break;
      }
      if (seen.has(code)) continue;
      seen.add(code);
      stack.push(...(byCode.get(code)?.successors ?? []));
    }
  });
  if (raw.length > 0) throw invalid(raw.map(toIssue));
  const index: AreaIndex = { areas: list, byCode, children, predecessors };
  BUILT.add(index);
  return index;
};

const invalid = (issues: readonly Issue[]): CoopError =>
  new CoopError('INVALID_AREAS', `Invalid list of areas: ${issues.length} issue${issues.length === 1 ? '' : 's'}`, {
    issues,
  });

/** The indexes `buildAreaIndex` made: the helpers take no other (a look-alike object could hold anything). */
const BUILT = new WeakSet<object>();

const known = (index: AreaIndex, code: string): Area => {
  if (typeof index !== 'object' || index === null || !BUILT.has(index)) {
    throw new CoopError('INVALID_ARGUMENT', 'Expected an area index made by buildAreaIndex', { received: describeSafely(index) });
  }
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
 * Tells whether an area lies within another by walking up its parents; an area is within itself.
 * With `on`, the area and every area on the way up must be in force on that date.
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
  let current = index.byCode.get(code);
  const seen = new Set<string>();
  while (current !== undefined && !seen.has(current.code)) {
    if (on !== undefined && !isAreaInForce(current, on)) return false;
    if (current.code === ancestorCode) return true;
    seen.add(current.code);
    current = current.parent === undefined ? undefined : index.byCode.get(current.parent);
  }
  return false;
};

/**
 * The areas of a level within an area (e.g. the districts of a province), at any depth, in input
 * order; the area itself when it has that level. With `on`, only areas in force on that date, reached
 * through areas in force on that date.
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
  const root = known(index, code);
  const on = checkDate(readOptions(options, ['on'], 'options').on as string | undefined);
  const found = new Set<string>();
  const visit = (area: Area, seen: Set<string>): void => {
    if (seen.has(area.code) || (on !== undefined && !isAreaInForce(area, on))) return;
    seen.add(area.code);
    if (area.level === level) {
      found.add(area.code);
      return;
    }
    for (const child of index.children.get(area.code) ?? []) {
      const next = index.byCode.get(child);
      if (next !== undefined) visit(next, seen);
    }
  };
  visit(root, new Set());
  return index.areas.filter((area) => found.has(area.code));
};

/**
 * The codes an area's territory passed to, followed transitively to the end of the chain (e.g. a
 * district abolished on 1 July 2025 → its communes' successors, a merged province → the new
 * province). An area with no successors gives `[]`.
 *
 * @param index - an index from {@link buildAreaIndex}
 * @param code - the area
 * @returns the last successors, each once, in the order found
 * @throws CoopError `UNKNOWN_AREA` when `code` is not in the index
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
export const successorsOf = (index: AreaIndex, code: string): string[] => {
  const start = known(index, code);
  const out: string[] = [];
  const seen = new Set<string>([start.code]);
  const visit = (area: Area): void => {
    for (const next of area.successors) {
      if (seen.has(next)) continue;
      seen.add(next);
      const successor = index.byCode.get(next);
      if (successor === undefined) continue;
      if (successor.successors.length === 0) out.push(successor.code);
      else visit(successor);
    }
  };
  visit(start);
  return out;
};

/**
 * The area(s) in force on a date for the territory of an area: the area itself when it is in force
 * then; its successors (transitively) when the date is after it ended; its predecessors
 * (transitively) when the date is before it began. Splits and merges can give several areas (the
 * areas in force then whose territory overlaps it).
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
  const start = known(index, code);
  checkDate(date);
  const out: Area[] = [];
  const seen = new Set<string>([start.code]);
  const queue: Area[] = [start];
  while (queue.length > 0) {
    const area = queue.shift() as Area;
    if (isAreaInForce(area, date)) {
      out.push(area);
      continue;
    }
    const forward = area.validTo !== undefined && date > area.validTo;
    const next = forward ? area.successors : (index.predecessors.get(area.code) ?? []);
    for (const nextCode of next) {
      const nextArea = index.byCode.get(nextCode);
      if (nextArea === undefined || seen.has(nextCode)) continue;
      seen.add(nextCode);
      queue.push(nextArea);
    }
  }
  return out;
};
