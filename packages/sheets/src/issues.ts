import { CoopError, assertText, type Label } from '@coop/model';
import { choiceOf, optionsOf } from './internal/guard.js';

/**
 * A problem found in a file, located the way an official finds it again: file, sheet, row (1-based, as
 * the spreadsheet numbers it), column (letter and header), the value and a stable code, with a message in
 * Vietnamese and English. `warning` issues do not reject the row.
 *
 * @example
 * ```ts
 * import type { SheetIssue } from '@coop/sheets';
 * const issue: SheetIssue = { file: 'a.csv', row: 4, column: 'F', code: 'ambiguous_number', severity: 'error', message: { vi: 'Số mơ hồ', en: 'Ambiguous number' } };
 * issue.column; // 'F'
 * ```
 */
export interface SheetIssue {
  /** The file name as given. */
  readonly file: string;
  /** The sheet, for workbooks. */
  readonly sheet?: string;
  /** 1-based row number in the file or sheet (the header row included). */
  readonly row?: number;
  /** The column letter (`A`, `F`, `AB`). */
  readonly column?: string;
  /** The column's header as written. */
  readonly header?: string;
  /** The record field the column fills (`revenue`, `flags.highTech`). */
  readonly field?: string;
  /** The cell's text, shortened. */
  readonly value?: string;
  /** A stable code (the model's issue codes plus the reader's own, see {@link SHEET_ISSUE_CODES}). */
  readonly code: string;
  /** `error` rejects the row (or the file, without a row); `warning` only informs. */
  readonly severity: 'error' | 'warning';
  /** What is wrong, in Vietnamese and English. */
  readonly message: Label;
}

/**
 * The reader's own issue codes and their messages (`{…}` parts are filled in).
 *
 * @example
 * ```ts
 * import { SHEET_ISSUE_CODES } from '@coop/sheets';
 * SHEET_ISSUE_CODES.duplicate.en; // 'The same organisation and year already appear at {detail}'
 * ```
 */
export const SHEET_ISSUE_CODES = {
  unsupported_format: { vi: 'Không đọc được loại tệp này ({detail}); hãy dùng .xlsx, .csv, .tsv, .txt hoặc .json', en: 'This kind of file cannot be read ({detail}); use .xlsx, .csv, .tsv, .txt or .json' },
  too_large: { vi: 'Tệp quá lớn: vượt giới hạn {detail}', en: 'The file is too large: over the limit of {detail}' },
  too_many_rows: { vi: 'Quá nhiều dòng: tối đa {detail}', en: 'Too many rows: at most {detail}' },
  too_many_columns: { vi: 'Quá nhiều cột: tối đa {detail}', en: 'Too many columns: at most {detail}' },
  cell_too_long: { vi: 'Ô quá dài: tối đa {detail} ký tự', en: 'Cell too long: at most {detail} characters' },
  encoding_uncertain: {
    vi: 'Không chắc về bảng mã: đã đọc tệp theo {detail}. Nếu chữ tiếng Việt hiển thị sai, hãy lưu lại bằng "CSV UTF-8" hoặc .xlsx',
    en: 'Encoding uncertain: the file was read as {detail}. If Vietnamese letters look wrong, save it again as "CSV UTF-8" or .xlsx',
  },
  invalid_csv: { vi: 'Lỗi cú pháp CSV: {detail}', en: 'CSV syntax error: {detail}' },
  invalid_xlsx: { vi: 'Không đọc được sổ tính .xlsx: {detail}', en: 'The .xlsx workbook cannot be read: {detail}' },
  invalid_json: { vi: 'JSON không hợp lệ: {detail}', en: 'Invalid JSON: {detail}' },
  sheet_not_found: { vi: 'Không có trang tính "{detail}" trong sổ tính', en: 'No sheet "{detail}" in the workbook' },
  empty_file: { vi: 'Tệp trống: không có dòng tiêu đề', en: 'Empty file: no header row' },
  missing_column: { vi: 'Thiếu cột bắt buộc: {detail}', en: 'Missing required column(s): {detail}' },
  unknown_column: { vi: 'Cột không được nhận diện, bị bỏ qua', en: 'Column not recognised, ignored' },
  duplicate_column: { vi: 'Cột lặp lại trường {detail}, bị bỏ qua', en: 'Column repeats field {detail}, ignored' },
  unknown_unit: { vi: 'Đơn vị "{detail}" không được nhận diện: cột bị bỏ qua để không đọc sai số tiền', en: 'Unit "{detail}" not recognised: the column is ignored rather than misread' },
  too_many_cells: { vi: 'Dòng có nhiều ô hơn số cột tiêu đề', en: 'The row has more cells than the header has columns' },
  unknown_area: { vi: 'Không tìm thấy địa bàn "{detail}" trong danh mục; hãy ghi mã địa bàn', en: 'Area "{detail}" is not in the catalog; write its code' },
  ambiguous_area: { vi: 'Tên địa bàn "{detail}" ứng với nhiều mã; hãy ghi mã địa bàn', en: 'Area name "{detail}" matches several codes; write its code' },
  invalid_excel_date: { vi: 'Số ngày Excel không hợp lệ', en: 'Not a valid Excel date serial' },
  error_cell: { vi: 'Ô chứa lỗi công thức ({detail})', en: 'The cell holds a formula error ({detail})' },
  duplicate: { vi: 'Cùng tổ chức và năm đã có ở {detail}', en: 'The same organisation and year already appear at {detail}' },
} as const satisfies Readonly<Record<string, Label>>;

/**
 * A code of {@link SHEET_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import { SHEET_ISSUE_CODES, type SheetIssueCode } from '@coop/sheets';
 * const code: SheetIssueCode = 'unknown_area';
 * SHEET_ISSUE_CODES[code].vi.startsWith('Không tìm thấy'); // true
 * ```
 */
export type SheetIssueCode = keyof typeof SHEET_ISSUE_CODES;

/** The fields that say where an issue is. */
const WHERE_KEYS = ['file', 'sheet', 'row', 'column', 'header', 'field', 'value'] as const;

/**
 * Writes an issue of the reader from its code.
 *
 * @param code - the code
 * @param detail - the text put in place of `{detail}`
 * @param where - file, sheet, row, column, header, field, value
 * @param severity - `error` (default) or `warning`
 * @returns the issue
 * @example
 * ```ts
 * import { sheetIssue } from '@coop/sheets';
 * sheetIssue('too_many_rows', '10', { file: 'a.csv' }).message.en; // 'Too many rows: at most 10'
 * ```
 */
export const sheetIssue = (
  code: SheetIssueCode,
  detail: string,
  where: Omit<SheetIssue, 'code' | 'severity' | 'message'>,
  severity: 'error' | 'warning' = 'error',
): SheetIssue => {
  if (typeof code !== 'string' || !Object.hasOwn(SHEET_ISSUE_CODES, code)) {
    throw new CoopError('INVALID_ARGUMENT', 'code must be one of SHEET_ISSUE_CODES', { argument: 'code', received: typeof code === 'string' ? (code as string).slice(0, 40) : typeof code });
  }
  const template = SHEET_ISSUE_CODES[code];
  const text = assertText(detail, 'detail', 100_000);
  // The place read once, known fields only (no `__proto__` or getter carried into the issue).
  const place = optionsOf(where, WHERE_KEYS, 'where') as Omit<SheetIssue, 'code' | 'severity' | 'message'>;
  choiceOf(severity, ['error', 'warning'], 'severity');
  return { ...place, code, severity, message: { vi: template.vi.replace('{detail}', text), en: template.en.replace('{detail}', text) } };
};

/**
 * The spreadsheet letter of a 1-based column number (`1` → `A`, `28` → `AB`).
 *
 * @param column - 1-based column number
 * @returns the letters
 * @example
 * ```ts
 * import { columnLetter } from '@coop/sheets';
 * columnLetter(28); // 'AB'
 * ```
 */
export const columnLetter = (column: number): string => {
  if (!Number.isFinite(column)) throw new CoopError('INVALID_ARGUMENT', 'column must be a finite number', { argument: 'column', received: typeof column });
  let n = Math.max(1, Math.floor(column));
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};
