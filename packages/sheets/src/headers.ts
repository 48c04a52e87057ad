/**
 * The header map: which column header (Vietnamese or English) fills which yearly-record field.
 * Headers match case-insensitively, ignoring surrounding spaces, repeated spaces and — so that files
 * typed without a Vietnamese keyboard still work — diacritics (`Ma HTX` = `Mã HTX`). The record field
 * paths themselves (`organisationId`, `funds.reserve`) are always accepted too, as are scoring-sheet
 * columns `Điểm 1a` / `points.1a` (the points of criterion `1a`).
 */
import { CoopError, LIMITS, assertData, assertText, labelKey, type Label } from '@coop/model';
import { z } from 'zod';

/**
 * One known column: the record field it fills and its Vietnamese and English headers.
 *
 * @example
 * ```ts
 * import { HEADER_MAP, type HeaderSpec } from '@coop/sheets';
 * const first: HeaderSpec | undefined = HEADER_MAP[0];
 * first?.header.vi; // 'Mã HTX'
 * ```
 */
export interface HeaderSpec {
  /** Dotted record field path (see `RECORD_FIELDS` in `@coop/model`), or `sheet.rulebook`. */
  readonly field: string;
  /** The canonical headers (used when writing CSV and in `--help`). */
  readonly header: Label;
  /** More accepted spellings. */
  readonly aliases?: readonly string[];
}

/**
 * Every known column, in the order a template CSV lists them. The first four identify the record and
 * are required (plus `Lĩnh vực`/sector and `Mã địa bàn`/area code, which the schema requires).
 *
 * @example
 * ```ts
 * import { HEADER_MAP } from '@coop/sheets';
 * HEADER_MAP.find((h) => h.field === 'revenue')?.header.vi; // 'Doanh thu'
 * ```
 */
export const HEADER_MAP: readonly HeaderSpec[] = [
  { field: 'organisationId', header: { vi: 'Mã HTX', en: 'Cooperative ID' }, aliases: ['Mã tổ chức', 'Mã số HTX', 'Mã hợp tác xã', 'ID', 'Organisation ID', 'Mã'] },
  { field: 'year', header: { vi: 'Năm', en: 'Year' }, aliases: ['Năm báo cáo', 'Năm đánh giá'] },
  { field: 'kind', header: { vi: 'Loại hình', en: 'Kind' }, aliases: ['Loại tổ chức', 'Loại hình tổ chức'] },
  { field: 'sector', header: { vi: 'Lĩnh vực', en: 'Sector' }, aliases: ['Ngành', 'Lĩnh vực hoạt động', 'Ngành nghề'] },
  { field: 'areaCode', header: { vi: 'Mã địa bàn', en: 'Area code' }, aliases: ['Mã huyện', 'Mã tỉnh', 'Mã xã', 'Mã đơn vị hành chính', 'District code', 'Area'] },
  { field: 'areaName', header: { vi: 'Địa bàn', en: 'Area name' }, aliases: ['Tên địa bàn', 'Huyện', 'Xã', 'Quận/huyện', 'Quận, huyện', 'Huyện/thị xã/thành phố', 'District'] },
  // The province of the row: the area itself when no other area column is given, otherwise what tells apart
  // districts of the same name in several provinces (Châu Thành). Not a record field.
  { field: 'province', header: { vi: 'Tỉnh', en: 'Province' }, aliases: ['Tỉnh/thành phố', 'Tỉnh, thành phố', 'Tỉnh/TP', 'Tên tỉnh', 'Tỉnh/thành'] },
  { field: 'name', header: { vi: 'Tên HTX', en: 'Name' }, aliases: ['Tên', 'Tên tổ chức', 'Tên hợp tác xã'] },
  { field: 'foundedOn', header: { vi: 'Ngày thành lập', en: 'Founded on' }, aliases: ['Ngày đăng ký', 'Ngày cấp giấy chứng nhận đăng ký'] },
  { field: 'officialMembers', header: { vi: 'Thành viên chính thức', en: 'Official members' }, aliases: ['Số thành viên chính thức', 'Số thành viên', 'Members'] },
  { field: 'associateMembers', header: { vi: 'Thành viên liên kết', en: 'Associate members' }, aliases: ['Số thành viên liên kết'] },
  { field: 'memberHouseholds', header: { vi: 'Hộ thành viên', en: 'Member households' }, aliases: ['Số hộ thành viên'] },
  { field: 'revenue', header: { vi: 'Doanh thu', en: 'Revenue' }, aliases: ['Doanh thu (đồng)', 'Tổng doanh thu'] },
  { field: 'plannedRevenue', header: { vi: 'Doanh thu kế hoạch', en: 'Planned revenue' } },
  { field: 'preTaxProfit', header: { vi: 'Lợi nhuận trước thuế', en: 'Pre-tax profit' } },
  { field: 'afterTaxProfit', header: { vi: 'Lợi nhuận sau thuế', en: 'After-tax profit' } },
  { field: 'totalCapital', header: { vi: 'Tổng nguồn vốn', en: 'Total capital' }, aliases: ['Vốn'] },
  { field: 'indivisibleAssets', header: { vi: 'Tài sản không chia', en: 'Indivisible assets' } },
  { field: 'funds.development', header: { vi: 'Quỹ đầu tư phát triển', en: 'Development fund' } },
  { field: 'funds.reserve', header: { vi: 'Quỹ dự phòng', en: 'Reserve fund' } },
  { field: 'funds.other', header: { vi: 'Quỹ khác', en: 'Other funds' } },
  { field: 'incomePerMember', header: { vi: 'Thu nhập bình quân thành viên', en: 'Income per member' } },
  { field: 'monthsOperating', header: { vi: 'Số tháng hoạt động', en: 'Months operating' } },
  { field: 'monthsSuspended', header: { vi: 'Số tháng ngừng hoạt động', en: 'Months suspended' } },
  { field: 'sanctioned', header: { vi: 'Bị xử phạt hành chính', en: 'Sanctioned' } },
  { field: 'flags.valueChainLinkage', header: { vi: 'Liên kết chuỗi giá trị', en: 'Value-chain linkage' } },
  { field: 'flags.enterpriseLinked', header: { vi: 'Liên kết doanh nghiệp', en: 'Linked with an enterprise' } },
  { field: 'flags.highTech', header: { vi: 'Ứng dụng công nghệ cao', en: 'High technology' } },
  { field: 'flags.digitalTransformation', header: { vi: 'Chuyển đổi số', en: 'Digital transformation' } },
  { field: 'flags.gapCertified', header: { vi: 'Chứng nhận GAP', en: 'GAP certified' }, aliases: ['VietGAP'] },
  { field: 'flags.ocopProduct', header: { vi: 'Sản phẩm OCOP', en: 'OCOP product' } },
  { field: 'flags.modelCooperative', header: { vi: 'HTX điển hình', en: 'Model cooperative' } },
  { field: 'managers.total', header: { vi: 'Số cán bộ quản lý', en: 'Managers' } },
  { field: 'managers.directorProgrammeTrained', header: { vi: 'Cán bộ quản lý được đào tạo', en: 'Managers trained' } },
  { field: 'farmLand.areaHa', header: { vi: 'Diện tích đất (ha)', en: 'Farm land (ha)' } },
  { field: 'farmLand.productValue', header: { vi: 'Giá trị sản phẩm trên đất', en: 'Product value of the land' } },
  { field: 'grade', header: { vi: 'Xếp loại', en: 'Grade' } },
  { field: 'sheet.rulebook', header: { vi: 'Bộ tiêu chí', en: 'Rulebook' } },
];

/**
 * Normalises a header for matching: lower case, no diacritics (đ → d), any dash, single spaces.
 *
 * @param header - a header cell
 * @returns the matching key
 * @example
 * ```ts
 * import { normaliseHeader } from '@coop/sheets';
 * normaliseHeader('  Mã  HTX '); // 'ma htx'
 * normaliseHeader('Nông nghiệp–trồng trọt'); // 'nong nghiep - trong trot'
 * ```
 */
export const normaliseHeader = (header: string): string => labelKey(header);

const INDEX: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const spec of HEADER_MAP) {
    for (const h of [spec.field, spec.header.vi, spec.header.en, ...(spec.aliases ?? [])]) map.set(normaliseHeader(h), spec.field);
  }
  return map;
})();

const POINTS = /^(?:diem|points?)[ .:_-]*(\w+)$/;

/**
 * What a header row means: the field of each column, and the headers nobody knows.
 *
 * @example
 * ```ts
 * import { mapHeaders, type HeaderMapping } from '@coop/sheets';
 * const mapping: HeaderMapping = mapHeaders(['Mã HTX', 'Ghi chú']);
 * mapping.unknown[0]?.header; // 'Ghi chú'
 * ```
 */
export interface HeaderMapping {
  /** Field path per column (`undefined` for an unknown or ignored column). */
  readonly fields: ReadonlyArray<string | undefined>;
  /** Per column, the power of ten its unit multiplies by (`3` for `(nghìn đồng)`, `6` for `(triệu đồng)`), when it names one. */
  readonly scales: ReadonlyArray<number | undefined>;
  /** Unknown headers with their 1-based column. */
  readonly unknown: ReadonlyArray<{ readonly column: number; readonly header: string }>;
  /** Known headers whose unit is not known (the column is ignored rather than misread). */
  readonly unknownUnits: ReadonlyArray<{ readonly column: number; readonly header: string; readonly unit: string }>;
  /** Columns mapped to the same field twice. */
  readonly duplicates: ReadonlyArray<{ readonly column: number; readonly header: string; readonly field: string }>;
  /** Required fields with no column. */
  readonly missing: readonly string[];
}

/**
 * Fields every row must have (the schema's identity fields; an area name or province column stands for the area code).
 *
 * @example
 * ```ts
 * import { REQUIRED_FIELDS } from '@coop/sheets';
 * REQUIRED_FIELDS.includes('areaCode'); // true
 * ```
 */
export const REQUIRED_FIELDS: readonly string[] = ['organisationId', 'year', 'kind', 'sector', 'areaCode'];

/**
 * Columns the reader writes itself into a rejected-rows file; read back, they are skipped silently.
 *
 * @example
 * ```ts
 * import { EXPORT_HEADERS } from '@coop/sheets';
 * EXPORT_HEADERS.reason; // 'Lý do / Reason'
 * ```
 */
export const EXPORT_HEADERS = { file: 'Tệp / File', row: 'Dòng / Row', reason: 'Lý do / Reason' } as const;

/**
 * What a mapping adds to the header map: more headers per field, units, fields given for the whole file.
 *
 * @example
 * ```ts
 * import { mapHeaders, type HeaderOptions } from '@coop/sheets';
 * const options: HeaderOptions = { columns: { revenue: ['DT'] } };
 * mapHeaders(['DT'], options).fields[0]; // 'revenue'
 * ```
 */
export interface HeaderOptions {
  /** More headers per field path. */
  readonly columns?: Readonly<Record<string, readonly string[]>>;
  /** Unit label → power of ten of its unit (`triệu đồng` → 6); for money and hectare columns. */
  readonly units?: Readonly<Record<string, number>>;
  /** Fields that need no column (given for the whole file). */
  readonly given?: readonly string[];
}

const UNIT = /^(.*?)\s*\(([^()]*)\)\s*$/;
const SKIPPED = new Set(Object.values(EXPORT_HEADERS).map((h) => normaliseHeader(h)));

/** The headers {@link mapHeaders} reads: a list of texts (a row of a sheet). */
const HEADER_LIST = z.array(z.string().max(100_000)).max(LIMITS.listLength);
/** The options {@link mapHeaders} reads. */
const HEADER_OPTIONS = z
  .object({
    columns: z.record(z.string(), z.array(z.string()).max(1_000)).optional(),
    units: z.record(z.string(), z.number().int().min(0).max(12)).optional(),
    given: z.array(z.string()).max(1_000).optional(),
  })
  .optional();

/**
 * Maps a header row to record fields. A header may end with its unit in parentheses (`Doanh thu (triệu
 * đồng)`): the unit's scale is then applied to every cell of the column.
 *
 * @param headers - the header row
 * @param options - more headers, units, fields given for the whole file
 * @returns the field and scale of each column, unknown and duplicate columns, and missing required fields
 * @example
 * ```ts
 * import { mapHeaders } from '@coop/sheets';
 * mapHeaders(['Mã HTX', 'Năm', 'Doanh thu', 'Điểm 1a']).fields; // ['organisationId', 'year', 'revenue', 'sheet.points.1a']
 * mapHeaders(['Doanh thu (triệu đồng)'], { units: { 'triệu đồng': 6 } }).scales; // [6]
 * ```
 */
export const mapHeaders = (headers: readonly string[], options: HeaderOptions = {}): HeaderMapping => {
  const headerRow = assertData(HEADER_LIST, headers, 'headers');
  const opts = assertData(HEADER_OPTIONS, options, 'options') ?? {};
  const extra = new Map<string, string>();
  for (const [field, list] of Object.entries(opts.columns ?? {})) for (const h of list) extra.set(normaliseHeader(h), field);
  const units = new Map<string, number>(Object.entries(opts.units ?? {}).map(([unit, scale]) => [normaliseHeader(unit), scale]));
  const lookup = (key: string): string | undefined => {
    const points = POINTS.exec(key);
    return extra.get(key) ?? INDEX.get(key) ?? (points?.[1] ? `sheet.points.${points[1]}` : key.startsWith('sheet.points.') && key.length > 13 ? `sheet.points.${key.slice(13)}` : undefined);
  };
  const seen = new Set<string>();
  const fields: Array<string | undefined> = [];
  const scales: Array<number | undefined> = [];
  const unknown: Array<{ column: number; header: string }> = [];
  const unknownUnits: Array<{ column: number; header: string; unit: string }> = [];
  const duplicates: Array<{ column: number; header: string; field: string }> = [];
  headerRow.forEach((header, i) => {
    const key = normaliseHeader(header);
    let field = lookup(key);
    let scale: number | undefined;
    const parts = field === undefined ? UNIT.exec(header) : null;
    if (parts) {
      field = lookup(normaliseHeader(parts[1] ?? ''));
      const unit = normaliseHeader(parts[2] ?? '');
      scale = units.get(unit);
      if (field !== undefined && scale === undefined) {
        unknownUnits.push({ column: i + 1, header, unit: (parts[2] ?? '').trim() });
        field = undefined;
      }
    }
    if (field === undefined) {
      if (key !== '' && !SKIPPED.has(key) && !unknownUnits.some((u) => u.column === i + 1)) unknown.push({ column: i + 1, header });
      fields.push(undefined);
      scales.push(undefined);
    } else if (seen.has(field)) {
      duplicates.push({ column: i + 1, header, field });
      fields.push(undefined);
      scales.push(undefined);
    } else {
      seen.add(field);
      fields.push(field);
      scales.push(scale);
    }
  });
  const given = new Set(opts.given ?? []);
  const missing = REQUIRED_FIELDS.filter((f) => !seen.has(f) && !given.has(f) && !(f === 'areaCode' && (seen.has('areaName') || seen.has('province'))));
  return { fields, scales, unknown, unknownUnits, duplicates, missing };
};

/**
 * The header of a field in a language (for messages and templates).
 *
 * @param field - a field path
 * @param lang - `vi` or `en`
 * @returns the canonical header, or the path itself
 * @example
 * ```ts
 * import { headerOf } from '@coop/sheets';
 * headerOf('revenue', 'vi'); // 'Doanh thu'
 * ```
 */
export const headerOf = (field: string, lang: 'vi' | 'en'): string => {
  assertText(field, 'field', 1_000);
  if (lang !== 'vi' && lang !== 'en') throw new CoopError('INVALID_ARGUMENT', "lang must be 'vi' or 'en'", { argument: 'lang', received: typeof lang === 'string' ? (lang as string).slice(0, 40) : typeof lang });
  const spec = HEADER_MAP.find((s) => s.field === field);
  if (spec) return spec.header[lang];
  if (field.startsWith('sheet.points.')) return `${lang === 'vi' ? 'Điểm' : 'Points'} ${field.slice('sheet.points.'.length)}`;
  return field;
};
