/**
 * Area names → area codes, from `@coop/model`'s area catalog. The one place the reader looks names up:
 * when the catalog grows, this module is all that changes.
 */
import { AREAS, CoopError, LIMITS, assertData, assertText, labelKey, type Area, type Label } from '@coop/model';
import { SHEET_ISSUE_CODES } from './issues.js';
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

/**
 * The messages of the reasons a row's area names give (codes of their own beside `SHEET_ISSUE_CODES`,
 * kept here so that the cell readers' bundles do not carry them); `{detail}` is filled in per language.
 */
export const AREA_ISSUE_MESSAGES = {
  ambiguous_district: {
    vi: 'Tên địa bàn ứng với nhiều nơi: {detail}. Hãy thêm cột Tỉnh hoặc ghi mã địa bàn',
    en: 'The area name matches several places: {detail}. Add a Tỉnh (province) column or write the area code',
  },
  area_not_in_province: { vi: 'Địa bàn không thuộc tỉnh đã ghi: {detail}', en: 'The area is not in the province given: {detail}' },
  unknown_province: { vi: 'Không tìm thấy tỉnh "{detail}" trong danh mục; hãy ghi tên hoặc mã tỉnh', en: 'Province "{detail}" is not in the catalog; write its name or code' },
  district_ended: {
    vi: 'Cấp huyện không còn từ ngày 01/07/2025: {detail} không dùng được cho năm sau 2025; hãy ghi tỉnh hoặc mã địa bàn',
    en: 'The district level ended on 01/07/2025: {detail} cannot be used for a year after 2025; write the province or the area code',
  },
  unknown_area: SHEET_ISSUE_CODES.unknown_area,
} as const satisfies Readonly<Record<string, Label>>;

/**
 * How a row's area names resolved: a code, or why not (with the candidates, to list them to the official).
 */
export type AreaResolution =
  | { readonly kind: 'found'; readonly code: string }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Area[] }
  | { readonly kind: 'not-in-province'; readonly province: Area; readonly candidates: readonly Area[] }
  | { readonly kind: 'ended'; readonly candidates: readonly Area[] };

/** The last year a catalog area counts for: a district ended on 30/06/2025 counts for records of 2025. */
const lastYear = (area: Area): number => (area.validTo === undefined ? Infinity : Number(area.validTo.slice(0, 4)));

const indexBy = (areas: readonly Area[], keyOf: (name: string) => string): Map<string, Area[]> => {
  const map = new Map<string, Area[]>();
  for (const area of areas) {
    for (const name of [area.name.vi, area.name.en]) {
      const key = keyOf(name);
      const list = map.get(key) ?? [];
      if (!list.some((a) => a.code === area.code && a.level === area.level)) list.push(area);
      map.set(key, list);
    }
  }
  return map;
};

/**
 * Resolves the area names of rows against a catalog (provinces, and districts when given) and the names
 * a mapping adds. A district counts only for records of a year up to its last (the district level ended on
 * 01/07/2025); a name shared by districts of several provinces resolves only with the row's province.
 * The full name (`Thị xã Cai Lậy`) is tried before the bare name (`Cai Lậy`); on a bare name, a province
 * wins over districts of its own (`Thái Nguyên` is the province, not the city inside it).
 */
export const areaResolver = (given: readonly Area[], extra: Readonly<Record<string, string>> = {}) => {
  // Only areas with a code and both names count (a catalog passed by a caller may hold anything).
  const catalog = (Array.isArray(given) ? (given as unknown[]) : []).filter(
    (a): a is Area =>
      typeof a === 'object' && a !== null && typeof (a as Area).code === 'string' && typeof (a as Area).name?.vi === 'string' && typeof (a as Area).name?.en === 'string',
  );
  const full = indexBy(catalog, labelKey);
  const bare = indexBy(catalog, bareName);
  const provinces = catalog.filter((a) => a.level === 'province');
  const provinceCodes = new Set(provinces.map((a) => a.code));
  const user = areaNameIndex([], extra);
  const withCodes = (areas: readonly Area[]): Area[] => areas.filter((a, i) => areas.findIndex((b) => b.code === a.code) === i);

  /** A province written as a code or a name. */
  const province = (text: string): Area | undefined => {
    const code = text.trim();
    if (provinceCodes.has(code)) return provinces.find((a) => a.code === code);
    const found = withCodes((full.get(labelKey(text)) ?? bare.get(bareName(text)) ?? []).filter((a) => a.level === 'province'));
    return found.length === 1 ? found[0] : undefined;
  };

  const resolve = (name: string, year: number | undefined, inProvince: Area | undefined): AreaResolution => {
    const own = lookupAreaName(user, name);
    if (own.kind === 'found') return own;
    const all = full.get(labelKey(name)) ?? bare.get(bareName(name)) ?? [];
    const live = withCodes(all.filter((a) => a.level !== 'district' || year === undefined || year <= lastYear(a)));
    if (live.length === 0) return all.length > 0 ? { kind: 'ended', candidates: withCodes(all) } : { kind: 'unknown' };
    if (inProvince) {
      const inside = live.filter((a) => (a.level === 'district' ? a.parent === inProvince.code : a.code === inProvince.code));
      const districts = inside.filter((a) => a.level === 'district');
      if (inside.length === 1) return { kind: 'found', code: (inside[0] as Area).code };
      if (districts.length === 1) return { kind: 'found', code: (districts[0] as Area).code };
      return inside.length > 1 ? { kind: 'ambiguous', candidates: inside } : { kind: 'not-in-province', province: inProvince, candidates: live };
    }
    if (live.length === 1) return { kind: 'found', code: (live[0] as Area).code };
    const top = live.filter((a) => a.level !== 'district');
    if (top.length === 1 && live.every((a) => a === top[0] || a.parent === (top[0] as Area).code)) return { kind: 'found', code: (top[0] as Area).code };
    return { kind: 'ambiguous', candidates: live };
  };

  /** `886 Huyện Châu Thành (Tỉnh An Giang)` in each language. */
  const describe = (areas: readonly Area[], lang: 'vi' | 'en'): string => {
    const shown = areas.slice(0, 12).map((a) => {
      const parent = a.parent === undefined ? undefined : provinces.find((p) => p.code === a.parent && (a.validTo === undefined || p.validFrom === undefined || p.validFrom <= a.validTo));
      return `${a.code} ${a.name[lang]}${parent ? ` (${parent.name[lang]})` : ''}`;
    });
    return `${shown.join(', ')}${areas.length > 12 ? ', …' : ''}`;
  };

  return { resolve, province, describe };
};
