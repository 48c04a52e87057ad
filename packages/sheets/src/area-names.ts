/**
 * Area names → area codes, from `@coop/model`'s area catalog. The one place the reader looks names up:
 * when the catalog grows, this module is all that changes.
 */
import { AREAS, CoopError, LIMITS, assertData, assertText, labelKey, type Area } from '@coop/model';
import { z } from 'zod';

/** What {@link areaNameIndex} reads of each area: its code and names. */
const AREA_NAMES = z.array(z.looseObject({ code: z.string(), name: z.looseObject({ vi: z.string(), en: z.string() }) })).max(LIMITS.listLength);
/** Extra names → codes. */
const EXTRA_NAMES = z.record(z.string(), z.string());

/** Administrative words before a name that officials write or leave out (`Tỉnh Quảng Nam` = `Quảng Nam`). */
const PREFIXES = ['tinh', 'thanh pho', 'tp.', 'tp', 'huyen', 'quan', 'thi xa', 'xa', 'phuong', 'thi tran'];

const bareName = (name: string): string => {
  const key = labelKey(name);
  for (const prefix of PREFIXES) if (key.startsWith(`${prefix} `)) return key.slice(prefix.length + 1).trim();
  return key;
};

/**
 * Name key → the codes of the areas with that name.
 *
 * @example
 * ```ts
 * import { areaNameIndex, type AreaNameIndex } from '@coop/sheets';
 * const index: AreaNameIndex = areaNameIndex([], { 'Phú Lương': 'TN-PL' });
 * index.get('phu luong')?.[0]; // 'TN-PL'
 * ```
 */
export type AreaNameIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Indexes areas by name (Vietnamese and English, with and without the administrative word), plus
 * the names a mapping adds.
 *
 * @param areas - the areas (default: the model's catalog)
 * @param extra - more names → codes (a mapping's `areas`), which win over the catalog
 * @returns the index
 * @example
 * ```ts
 * import { areaNameIndex, lookupAreaName } from '@coop/sheets';
 * const index = areaNameIndex([{ code: 'QNA', name: { vi: 'Tỉnh Quảng Nam', en: 'Quang Nam province' }, level: 'province' }]);
 * lookupAreaName(index, 'quảng nam'); // { kind: 'found', code: 'QNA' }
 * ```
 */
export const areaNameIndex = (areas: readonly Area[] = AREAS, extra: Readonly<Record<string, string>> = {}): AreaNameIndex => {
  // Checked copies (the built-in list as is): a huge, cyclic or unreadable argument is a typed error.
  const list: ReadonlyArray<Pick<Area, 'code' | 'name'>> = areas === AREAS ? AREAS : assertData(AREA_NAMES, areas, 'areas');
  const names = assertData(EXTRA_NAMES, extra, 'extra');
  const map = new Map<string, string[]>();
  const add = (name: string, code: string): void => {
    for (const key of new Set([labelKey(name), bareName(name)])) {
      const codes = map.get(key) ?? [];
      if (!codes.includes(code)) codes.push(code);
      map.set(key, codes);
    }
  };
  for (const area of list) {
    add(area.name.vi, area.code);
    add(area.name.en, area.code);
  }
  for (const [name, code] of Object.entries(names)) {
    for (const key of new Set([labelKey(name), bareName(name)])) map.set(key, [code]);
  }
  return map;
};

/**
 * Looks an area name up.
 *
 * @param index - see {@link areaNameIndex}
 * @param name - the name as written
 * @returns the code, or why there is none (`unknown`, or `ambiguous` with the candidates)
 * @example
 * ```ts
 * import { areaNameIndex, lookupAreaName } from '@coop/sheets';
 * lookupAreaName(areaNameIndex([], { 'Đồng Hỷ': 'TN-DH' }), 'Huyện Đồng Hỷ'); // { kind: 'found', code: 'TN-DH' }
 * ```
 */
export const lookupAreaName = (
  index: AreaNameIndex,
  name: string,
): { readonly kind: 'found'; readonly code: string } | { readonly kind: 'unknown' } | { readonly kind: 'ambiguous'; readonly codes: readonly string[] } => {
  const text = assertText(name, 'name', 1_000);
  const get = (key: string): readonly string[] | undefined => {
    try {
      return Map.prototype.get.call(index, key) as readonly string[] | undefined;
    } catch {
      throw new CoopError('INVALID_ARGUMENT', 'index must be made by areaNameIndex', { argument: 'index' });
    }
  };
  const codes = get(labelKey(text)) ?? get(bareName(text));
  if (!codes || codes.length === 0) return { kind: 'unknown' };
  if (codes.length > 1) return { kind: 'ambiguous', codes };
  return { kind: 'found', code: codes[0] as string };
};
