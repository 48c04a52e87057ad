import { GRADE_LABELS } from '../grade.js';
import { ORGANISATION_KIND_LABELS, SECTOR_LABELS } from '../organisation.js';
import type { Issue } from '../issue.js';
import type { Label } from '../label.js';

/**
 * Every issue code the `parse…` functions, `parseVnd` and `buildAreaIndex` can report, with the
 * message template in Vietnamese and English. Codes are stable: branch on them, never on messages.
 *
 * Templates may contain `{expected}`, `{received}` and `{detail}`; the issue carries the same
 * `expected` / `received` values as fields.
 *
 * | code | meaning |
 * | --- | --- |
 * | `invalid_type` | wrong JSON type (a string where a number is expected, an array for an object, a `Date` object…) |
 * | `invalid_number` | `NaN`, `Infinity` or `-Infinity`, or text that is not a number |
 * | `number_as_string` | a number written as a string (`"35"`) without `{ coerce: 'csv' }` |
 * | `ambiguous_number` | CSV text such as `1.5` or `1,500` that could be read two ways (see `parseCsvNumber` rule) |
 * | `too_small` / `too_big` | below a minimum (negative counts, empty strings, empty lists) / above a maximum |
 * | `not_integer` | a fraction where an integer is expected (members, VND, years) |
 * | `invalid_date` | not a real calendar date `YYYY-MM-DD` (`2025-02-30`) |
 * | `invalid_enum` | a value outside the allowed list (kinds, sectors, grades, comparator kinds…) |
 * | `unknown_key` | a key the schema does not declare |
 * | `forbidden_key` | `__proto__`, `constructor` or `prototype` at any depth |
 * | `missing` | a required key is absent |
 * | `invalid_union` | the value matches none of the allowed forms and no single form is closest |
 * | `invalid_key` | a bad key in a map (e.g. an empty criterion id) |
 * | `unknown_field` | a condition or aggregate names a field that is not in `RECORD_FIELDS` |
 * | `invalid_range` | a range whose start is after its end (`min > max`, `from > to`, `validFrom > validTo`) |
 * | `missing_bound` | a range condition with none of `gt`, `gte`, `lt`, `lte` |
 * | `cyclic_reference` | the input refers to itself |
 * | `unreadable_value` | reading the value threw (a throwing getter, a revoked proxy) |
 * | `too_deep` / `too_large` | nesting or size beyond the parser's limits (`maxDepth`, `maxNodes`) |
 * | `too_many_issues` | more issues than `maxIssues`; the first ones are listed (`received` counts them all, roughly) |
 * | `suspended_exceeds_operating` | `monthsSuspended > monthsOperating` (suspended longer than it existed in the year) |
 * | `trained_exceed_total` | `managers.directorProgrammeTrained > managers.total` |
 * | `dissolved_before_founded` | an organisation's `dissolvedOn` is before its `foundedOn` |
 * | `duplicate` | the same record (organisation and year) or area code twice |
 * | `unknown_parent` / `unknown_successor` | an area refers to a code that is not in the list |
 * | `area_cycle` | an area is its own ancestor or its own successor |
 * | `invalid_level` | an area's level is not below its parent's level |
 * | `custom` | any other rule of a schema (the English detail says which) |
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from '@coop/model';
 * ISSUE_CODES.forbidden_key.en; // 'Forbidden key {received} (kept out to protect object prototypes)'
 * Object.keys(ISSUE_CODES).includes('invalid_date'); // true
 * ```
 */
export const ISSUE_CODES = {
  invalid_type: {
    vi: 'Sai kiểu dữ liệu: cần {expected}, nhận được {received}',
    en: 'Wrong type: expected {expected}, received {received}',
  },
  invalid_number: {
    vi: 'Không phải số hữu hạn hợp lệ: {received}',
    en: 'Not a valid finite number: {received}',
  },
  number_as_string: {
    vi: 'Số được ghi dưới dạng chuỗi ký tự ({received}); hãy ghi dạng số, hoặc dùng tùy chọn { coerce: "csv" }',
    en: 'Number written as a string ({received}); write a number, or pass { coerce: "csv" }',
  },
  ambiguous_number: {
    vi: 'Số viết không rõ nghĩa ({received}): dấu chấm chỉ dùng để phân cách hàng nghìn (đứng trước đúng 3 chữ số), dấu phẩy là dấu thập phân',
    en: 'Ambiguous number ({received}): a dot may only group thousands (followed by exactly three digits) and a comma is the decimal separator',
  },
  too_small: {
    vi: 'Giá trị quá nhỏ: cần {expected}, nhận được {received}',
    en: 'Too small: expected {expected}, received {received}',
  },
  too_big: {
    vi: 'Giá trị quá lớn: cần {expected}, nhận được {received}',
    en: 'Too big: expected {expected}, received {received}',
  },
  not_integer: {
    vi: 'Cần số nguyên, nhận được {received}',
    en: 'Expected an integer, received {received}',
  },
  invalid_date: {
    vi: 'Ngày không hợp lệ: {received} (cần ngày có thật, dạng YYYY-MM-DD)',
    en: 'Invalid date: {received} (expected a real calendar date YYYY-MM-DD)',
  },
  invalid_enum: {
    vi: 'Giá trị không được phép: {received}; cần một trong: {expected}',
    en: 'Value not allowed: {received}; expected one of: {expected}',
  },
  unknown_key: {
    vi: 'Trường không được khai báo: {received}',
    en: 'Unknown key {received}',
  },
  forbidden_key: {
    vi: 'Khóa bị cấm: {received} (bị loại bỏ để bảo vệ nguyên mẫu đối tượng)',
    en: 'Forbidden key {received} (kept out to protect object prototypes)',
  },
  missing: {
    vi: 'Thiếu trường bắt buộc (cần {expected})',
    en: 'Missing required field (expected {expected})',
  },
  invalid_union: {
    vi: 'Giá trị không khớp với dạng nào được phép ({expected}), nhận được {received}',
    en: 'Value matches none of the allowed forms ({expected}), received {received}',
  },
  invalid_key: {
    vi: 'Khóa không hợp lệ: {received}',
    en: 'Invalid key {received}',
  },
  unknown_field: {
    vi: 'Trường dữ liệu không có trong hồ sơ: {received}',
    en: 'Unknown record field {received}',
  },
  invalid_range: {
    vi: 'Khoảng không hợp lệ: điểm đầu lớn hơn điểm cuối ({received})',
    en: 'Invalid range: the start is after the end ({received})',
  },
  missing_bound: {
    vi: 'Điều kiện khoảng cần ít nhất một trong gt, gte, lt, lte',
    en: 'A range condition needs at least one of gt, gte, lt, lte',
  },
  cyclic_reference: {
    vi: 'Dữ liệu có tham chiếu vòng (một đối tượng chứa chính nó)',
    en: 'Cyclic reference (an object contains itself)',
  },
  unreadable_value: {
    vi: 'Không đọc được giá trị ({received})',
    en: 'The value could not be read ({received})',
  },
  too_deep: {
    vi: 'Dữ liệu lồng quá sâu (tối đa {expected} cấp)',
    en: 'Input nested too deeply (at most {expected} levels)',
  },
  too_large: {
    vi: 'Dữ liệu quá lớn (tối đa {expected} giá trị)',
    en: 'Input too large (at most {expected} values)',
  },
  too_many_issues: {
    vi: 'Quá nhiều lỗi: chỉ liệt kê {expected} lỗi đầu tiên trong khoảng {received} lỗi',
    en: 'Too many issues: only the first {expected} of about {received} are listed',
  },
  suspended_exceeds_operating: {
    vi: 'Số tháng tạm ngừng hoạt động vượt quá số tháng đã hoạt động trong năm ({received})',
    en: 'Months suspended exceed the months the organisation existed in the year ({received})',
  },
  trained_exceed_total: {
    vi: 'Số cán bộ quản lý đã qua đào tạo giám đốc vượt quá tổng số cán bộ quản lý ({received})',
    en: 'Managers trained in the director programme exceed the total number of managers ({received})',
  },
  dissolved_before_founded: {
    vi: 'Ngày giải thể trước ngày thành lập ({received})',
    en: 'Dissolution date is before the founding date ({received})',
  },
  duplicate: {
    vi: 'Trùng lặp: {received} (đã có ở {expected})',
    en: 'Duplicate: {received} (already at {expected})',
  },
  unknown_parent: {
    vi: 'Địa bàn cấp trên không có trong danh sách: {received}',
    en: 'Unknown parent area {received}',
  },
  unknown_successor: {
    vi: 'Địa bàn kế thừa không có trong danh sách: {received}',
    en: 'Unknown successor area {received}',
  },
  area_cycle: {
    vi: 'Quan hệ địa bàn tạo thành vòng lặp: {received}',
    en: 'Areas form a cycle: {received}',
  },
  invalid_level: {
    vi: 'Cấp hành chính không thấp hơn cấp của địa bàn cấp trên: {received}',
    en: 'Level is not below the parent area\u2019s level: {received}',
  },
  custom: {
    vi: 'Dữ liệu không hợp lệ: {detail}',
    en: 'Invalid data: {detail}',
  },
} as const satisfies Record<string, Label>;

/**
 * A stable issue code (a key of {@link ISSUE_CODES}).
 *
 * @example
 * ```ts
 * import { ISSUE_CODES, parseYearlyRecord, type IssueCode } from '@coop/model';
 * const parsed = parseYearlyRecord({ organisationId: 'a', year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'X', revenue: '1.5' }, { coerce: 'csv' });
 * const code: IssueCode | undefined = parsed.ok ? undefined : (parsed.issues[0]?.code as IssueCode);
 * code; // 'ambiguous_number' — "1.5" could be 1.5 or 1 500
 * ISSUE_CODES[code!].en.startsWith('Ambiguous number'); // true
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CODES;

/** What an issue says besides its path and code. */
export interface IssueParams {
  readonly expected?: string | undefined;
  readonly received?: string | undefined;
  readonly detail?: string | undefined;
}

/** An issue before its message is written. */
export interface RawIssue extends IssueParams {
  readonly path: ReadonlyArray<string | number>;
  readonly code: IssueCode;
}

const VI_WORDS: Readonly<Record<string, string>> = {
  number: 'số',
  integer: 'số nguyên',
  string: 'chuỗi ký tự',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  nothing: 'không có gì',
  'a value': 'một giá trị',
  'plain data': 'dữ liệu thuần (số, chuỗi, đúng/sai, danh sách, đối tượng)',
  'a real date YYYY-MM-DD': 'ngày có thật dạng YYYY-MM-DD',
};

/** Allowed values named by their Vietnamese labels in Vietnamese messages (`Hợp tác xã`, not `cooperative`). */
const VI_VALUES: ReadonlyMap<string, string> = new Map(
  [ORGANISATION_KIND_LABELS, SECTOR_LABELS, GRADE_LABELS].flatMap((labels) =>
    Object.entries(labels as Readonly<Record<string, { readonly vi: string }>>).map(([id, label]) => [id, label.vi] as const),
  ),
);

const translate = (text: string): string =>
  text
    .split(' or ')
    .map((part) => VI_WORDS[part] ?? part.split(', ').map((value) => VI_VALUES.get(value) ?? value).join(', '))
    .join(' hoặc ');

const fill = (template: string, params: IssueParams, lang: 'vi' | 'en'): string =>
  template.replace(/\{(expected|received|detail)\}/g, (_, name: 'expected' | 'received' | 'detail') => {
    const value = params[name];
    if (value === undefined) return '…';
    return lang === 'vi' && name !== 'detail' ? translate(value) : value;
  });

/**
 * Writes the message of an issue from its code's templates.
 *
 * @param raw - path, code and parameters
 * @returns the issue with its bilingual message
 */
export const toIssue = (raw: RawIssue): Issue => {
  const template = ISSUE_CODES[raw.code];
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    path: [...raw.path],
    code: raw.code,
    message: { vi: fill(template.vi, raw, 'vi'), en: fill(template.en, raw, 'en') },
  };
  if (raw.expected !== undefined) issue.expected = raw.expected;
  if (raw.received !== undefined) issue.received = raw.received;
  return issue;
};
