/**
 * The CSV header map: which column header (Vietnamese or English) fills which yearly-record field.
 * Headers match case-insensitively, ignoring surrounding spaces, repeated spaces and — so that files
 * typed without a Vietnamese keyboard still work — diacritics (`Ma HTX` = `Mã HTX`). The record field
 * paths themselves (`organisationId`, `funds.reserve`) are always accepted too, as are scoring-sheet
 * columns `Điểm 1a` / `points.1a` (the points of criterion `1a`).
 */
import type { Label } from '@coop/model';

/** One known column: the record field it fills and its Vietnamese and English headers. */
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
 */
export const HEADER_MAP: readonly HeaderSpec[] = [
  { field: 'organisationId', header: { vi: 'Mã HTX', en: 'Cooperative ID' }, aliases: ['Mã tổ chức', 'ID', 'Organisation ID', 'Mã'] },
  { field: 'year', header: { vi: 'Năm', en: 'Year' }, aliases: ['Năm báo cáo'] },
  { field: 'kind', header: { vi: 'Loại hình', en: 'Kind' }, aliases: ['Loại tổ chức'] },
  { field: 'sector', header: { vi: 'Lĩnh vực', en: 'Sector' }, aliases: ['Ngành'] },
  { field: 'areaCode', header: { vi: 'Mã địa bàn', en: 'Area code' }, aliases: ['Mã huyện', 'Địa bàn', 'District code', 'Area'] },
  { field: 'name', header: { vi: 'Tên HTX', en: 'Name' }, aliases: ['Tên', 'Tên tổ chức'] },
  { field: 'foundedOn', header: { vi: 'Ngày thành lập', en: 'Founded on' } },
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
 * Normalises a header for matching: NFC, lower case, no diacritics (đ → d), single spaces.
 *
 * @param header - a header cell
 * @returns the matching key
 * @example
 * ```ts
 * import { normaliseHeader } from '@coop/cli';
 * normaliseHeader('  Mã  HTX '); // 'ma htx'
 * ```
 */
export const normaliseHeader = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const INDEX: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const spec of HEADER_MAP) {
    for (const h of [spec.field, spec.header.vi, spec.header.en, ...(spec.aliases ?? [])]) map.set(normaliseHeader(h), spec.field);
  }
  return map;
})();

const POINTS = /^(?:diem|points?)[ .:_-]*(\w+)$/;

/** What a header row means: the field of each column, and the headers nobody knows. */
export interface HeaderMapping {
  /** Field path per column (`undefined` for an unknown column, which is ignored and reported). */
  readonly fields: ReadonlyArray<string | undefined>;
  /** Unknown headers with their 1-based column. */
  readonly unknown: ReadonlyArray<{ readonly column: number; readonly header: string }>;
  /** Columns mapped to the same field twice. */
  readonly duplicates: ReadonlyArray<{ readonly column: number; readonly header: string; readonly field: string }>;
  /** Required fields with no column. */
  readonly missing: readonly string[];
}

/** Fields every row must have (the schema's identity fields). */
export const REQUIRED_FIELDS: readonly string[] = ['organisationId', 'year', 'kind', 'sector', 'areaCode'];

/**
 * Maps a header row to record fields.
 *
 * @param headers - the first row of the CSV
 * @returns the field of each column, unknown and duplicate columns, and missing required fields
 * @example
 * ```ts
 * import { mapHeaders } from '@coop/cli';
 * mapHeaders(['Mã HTX', 'Năm', 'Doanh thu', 'Điểm 1a']).fields; // ['organisationId', 'year', 'revenue', 'sheet.points.1a']
 * ```
 */
export const mapHeaders = (headers: readonly string[]): HeaderMapping => {
  const seen = new Set<string>();
  const fields: Array<string | undefined> = [];
  const unknown: Array<{ column: number; header: string }> = [];
  const duplicates: Array<{ column: number; header: string; field: string }> = [];
  headers.forEach((header, i) => {
    const key = normaliseHeader(header);
    const points = POINTS.exec(key);
    const field = INDEX.get(key) ?? (points?.[1] ? `sheet.points.${points[1]}` : undefined);
    if (field === undefined) {
      if (key !== '') unknown.push({ column: i + 1, header });
      fields.push(undefined);
    } else if (seen.has(field)) {
      duplicates.push({ column: i + 1, header, field });
      fields.push(undefined);
    } else {
      seen.add(field);
      fields.push(field);
    }
  });
  return { fields, unknown, duplicates, missing: REQUIRED_FIELDS.filter((f) => !seen.has(f)) };
};

/**
 * The header of a field in a language (for messages and templates).
 *
 * @param field - a field path
 * @param lang - `vi` or `en`
 * @returns the canonical header, or the path itself
 * @example
 * ```ts
 * import { headerOf } from '@coop/cli';
 * headerOf('revenue', 'vi'); // 'Doanh thu'
 * ```
 */
export const headerOf = (field: string, lang: 'vi' | 'en'): string => {
  const spec = HEADER_MAP.find((s) => s.field === field);
  if (spec) return spec.header[lang];
  if (field.startsWith('sheet.points.')) return `${lang === 'vi' ? 'Điểm' : 'Points'} ${field.slice('sheet.points.'.length)}`;
  return field;
};
