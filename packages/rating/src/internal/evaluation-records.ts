import { GRADES, ORGANISATION_KINDS, RECORD_FIELDS, SECTORS, isCivilDate, type Issue, type RecordFieldType, type YearlyRecord } from '@coop/model';
import { fail, isFiniteNumber, isObjectLike, isText, isYear, makeIssue, MAX_ISSUES, unreadableIssue, type Path } from './evaluation-guard.js';

/*
 * A cheap structural guard for organisation-year records (no zod per record: an evaluation reads
 * 100 000+ records). It checks what the evaluator relies on, with the same field table as the model
 * (`RECORD_FIELDS`):
 * - the record is an object (not an array);
 * - identity: `organisationId` and `areaCode` non-empty strings, `year` an integer 1900–2199, `kind`
 *   and `sector` from the model's lists;
 * - every measured number (counts, VND, months, hectares) is absent (`undefined`) or a finite number;
 *   flags are absent or booleans; dates absent or `YYYY-MM-DD`; `grade` absent or a known grade; the
 *   groups (`funds`, `flags`, `managers`, `farmLand`) absent or objects;
 * - a scoring `sheet` is absent or `{ rulebook: string, points: { id: finite number } }` (ranges are the
 *   rulebook's business: `grade` reports them).
 *
 * Decision: anything else — `null`, `NaN`, `Infinity`, a numeric string, a boxed number — is an
 * INVALID record, not "missing": `INVALID_RECORD` names the index and the field (`details.index`,
 * `details.field`, `details.path`, `details.issues`). Missing data is an absent field. A getter or Proxy
 * trap that throws while a record is read ends as an `unreadable` issue at that record and field.
 * Unknown extra keys are ignored (the evaluator never reads them). Values are read through normal
 * property access, like the evaluator does, so the guard sees what the evaluator will see (optional
 * scalar fields of a plain record are found through its own enumerable keys; a record with another
 * prototype has every field read).
 */

type Check = 'number' | 'boolean' | 'date';

const checkOf = (type: RecordFieldType): Check | undefined => {
  switch (type) {
    case 'count':
    case 'vnd':
    case 'months':
    case 'hectares':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    default:
      return undefined; // enum and text fields are identity fields, checked explicitly
  }
};

const TOP: Array<readonly [string, Check]> = [];
const GROUPS = new Map<string, Array<readonly [string, Check]>>();
for (const [path, type] of Object.entries(RECORD_FIELDS) as Array<[string, RecordFieldType]>) {
  const check = checkOf(type);
  if (check === undefined) continue;
  const dot = path.indexOf('.');
  if (dot < 0) TOP.push([path, check]);
  else {
    const group = path.slice(0, dot);
    const list = GROUPS.get(group) ?? [];
    list.push([path.slice(dot + 1), check]);
    GROUPS.set(group, list);
  }
}
const KINDS: ReadonlySet<unknown> = new Set(ORGANISATION_KINDS);
const SECTOR_SET: ReadonlySet<unknown> = new Set(SECTORS);
const RECORD_GRADES: ReadonlySet<unknown> = new Set([...GRADES, 'not-rated']);

const valueOk = (check: Check, value: unknown): boolean =>
  check === 'number' ? isFiniteNumber(value) : check === 'boolean' ? typeof value === 'boolean' : isCivilDate(value);

const EXPECTED: Readonly<Record<Check, { vi: string; en: string }>> = {
  number: { vi: 'Cần một số hữu hạn (hoặc bỏ trống)', en: 'Expected a finite number (or the field absent)' },
  boolean: { vi: 'Cần true/false (hoặc bỏ trống)', en: 'Expected true or false (or the field absent)' },
  date: { vi: 'Cần ngày YYYY-MM-DD (hoặc bỏ trống)', en: 'Expected a YYYY-MM-DD date (or the field absent)' },
};

const TOP_CHECKS: ReadonlyMap<string, Check> = new Map(TOP);
const GROUP_LIST: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, Check]>]> = [...GROUPS];

const push = (issues: Issue[], base: () => Path, keys: readonly string[], code: string, vi: string, en: string, value: unknown): void => {
  issues.push(makeIssue([...base(), ...keys], code, vi, en, { received: value }));
};

/**
 * Checks one record. Hot path (100 000+ calls): the identity fields, the groups and the sheet are read
 * by name; the optional scalar fields are found by walking the record's own keys (records are sparse),
 * except for a record with an unusual prototype, whose every field is read. `k1…k3` track the field
 * being read so that a throwing getter is reported there; the base path is built only on an issue.
 */
const checkRecord = (record: unknown, prefix: Path, index: number, issues: Issue[]): void => {
  const base = (): Path => [...prefix, index];
  let k1: string | undefined;
  let k2: string | undefined;
  let k3: string | undefined;
  try {
    if (!isObjectLike(record)) {
      issues.push(makeIssue(base(), 'invalid_type', 'Cần một bản ghi (đối tượng)', 'Expected a record object', { received: record }));
      return;
    }
    const r = record;
    k1 = 'organisationId';
    const id = r.organisationId;
    if (!isText(id)) push(issues, base, [k1], id === undefined ? 'missing' : 'invalid_type', 'Cần một chuỗi không rỗng', 'Expected a non-empty string', id);
    k1 = 'areaCode';
    const areaCode = r.areaCode;
    if (!isText(areaCode)) push(issues, base, [k1], areaCode === undefined ? 'missing' : 'invalid_type', 'Cần một chuỗi không rỗng', 'Expected a non-empty string', areaCode);
    k1 = 'year';
    const year = r.year;
    if (!isYear(year)) push(issues, base, [k1], year === undefined ? 'missing' : 'invalid_year', 'Cần một năm (số nguyên 1900–2199)', 'Expected a year (an integer 1900–2199)', year);
    k1 = 'kind';
    const kind = r.kind;
    if (!KINDS.has(kind)) push(issues, base, [k1], kind === undefined ? 'missing' : 'invalid_enum', 'Loại tổ chức không hợp lệ', 'Unknown organisation kind', kind);
    k1 = 'sector';
    const sector = r.sector;
    if (!SECTOR_SET.has(sector)) push(issues, base, [k1], sector === undefined ? 'missing' : 'invalid_enum', 'Lĩnh vực không hợp lệ', 'Unknown sector', sector);
    k1 = 'grade';
    const grade = r.grade;
    if (grade !== undefined && !RECORD_GRADES.has(grade)) push(issues, base, [k1], 'invalid_enum', 'Xếp loại không hợp lệ', 'Unknown grade', grade);
    k1 = 'name';
    const name = r.name;
    if (name !== undefined && typeof name !== 'string') push(issues, base, [k1], 'invalid_type', 'Cần một chuỗi', 'Expected a string', name);
    // Optional scalar fields.
    k1 = undefined;
    const proto: unknown = Object.getPrototypeOf(r);
    const keys = proto === Object.prototype || proto === null ? Object.keys(r) : [...TOP_CHECKS.keys()];
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const check = TOP_CHECKS.get(key);
      if (check === undefined) continue;
      k1 = key;
      const v = r[key];
      if (v !== undefined && !valueOk(check, v)) push(issues, base, [key], 'invalid_value', EXPECTED[check].vi, EXPECTED[check].en, v);
    }
    for (let j = 0; j < GROUP_LIST.length; j += 1) {
      const [group, fields] = GROUP_LIST[j] as (typeof GROUP_LIST)[number];
      k1 = group;
      const g = r[group];
      if (g === undefined) continue;
      if (!isObjectLike(g)) {
        push(issues, base, [group], 'invalid_type', 'Cần một đối tượng (hoặc bỏ trống)', 'Expected an object (or the field absent)', g);
        continue;
      }
      for (let i = 0; i < fields.length; i += 1) {
        const [key, check] = fields[i] as readonly [string, Check];
        k2 = key;
        const v = g[key];
        if (v !== undefined && !valueOk(check, v)) push(issues, base, [group, key], 'invalid_value', EXPECTED[check].vi, EXPECTED[check].en, v);
      }
      k2 = undefined;
    }
    k1 = 'sheet';
    const sheet = r.sheet;
    if (sheet === undefined) return;
    if (!isObjectLike(sheet)) {
      push(issues, base, ['sheet'], 'invalid_type', 'Phiếu chấm điểm phải là đối tượng', 'A scoring sheet must be an object', sheet);
      return;
    }
    k2 = 'rulebook';
    const rulebook = sheet.rulebook;
    if (!isText(rulebook)) push(issues, base, ['sheet', 'rulebook'], 'invalid_type', 'Cần mã bộ tiêu chí', 'Expected a rulebook id', rulebook);
    k2 = 'points';
    const points = sheet.points;
    if (!isObjectLike(points)) {
      push(issues, base, ['sheet', 'points'], 'invalid_type', 'Điểm phải là đối tượng', 'Points must be an object', points);
      return;
    }
    for (const key of Object.keys(points)) {
      k3 = key;
      const v = points[key];
      if (!isFiniteNumber(v)) {
        push(issues, base, ['sheet', 'points', key], 'invalid_value', 'Điểm phải là số hữu hạn', 'Points must be finite numbers', v);
        if (issues.length >= MAX_ISSUES) return;
      }
    }
  } catch (error) {
    const where: string[] = [];
    for (const k of [k1, k2, k3]) if (k !== undefined) where.push(k);
    issues.push(unreadableIssue([...base(), ...where], error));
  }
};

/**
 * Checks a list of records (already known to be an array) and throws `INVALID_RECORD` with the first
 * issues (at most {@link MAX_ISSUES}); `prefix` is where the list sits (`[]`, `['records']`).
 *
 * @returns the same array, typed
 */
export const checkRecords = (records: readonly unknown[], prefix: Path): readonly YearlyRecord[] => {
  const issues: Issue[] = [];
  let length = 0;
  try {
    length = records.length;
  } catch (error) {
    fail('INVALID_RECORD', 'records', [unreadableIssue([...prefix, 'length'], error)]);
  }
  for (let i = 0; i < length && issues.length < MAX_ISSUES; i += 1) {
    let record: unknown;
    try {
      record = records[i];
    } catch (error) {
      issues.push(unreadableIssue([...prefix, i], error));
      continue;
    }
    checkRecord(record, prefix, i, issues);
  }
  const first = issues[0];
  if (first !== undefined) {
    const rest = first.path.slice(prefix.length);
    fail('INVALID_RECORD', 'records', issues, { index: rest[0], field: rest.slice(1).join('.'), path: first.path });
  }
  return records as readonly YearlyRecord[];
};
