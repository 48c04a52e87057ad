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
 *
 * Speed (the guard runs over every record before an evaluation): each value is read once, in a fixed
 * order, with no allocation per record unless there is an issue; dates get a fast exact acceptance
 * before `isCivilDate`. None of this changes which values are read or what is reported.
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

/**
 * The checked fields of `RECORD_FIELDS`, in table order: top-level fields by name, and each group with
 * its fields and their checks as parallel arrays (no tuple to unpack per record).
 */
const TOP_CHECKS = new Map<string, Check>();
const GROUP_NAMES: string[] = [];
const GROUP_KEYS: string[][] = [];
const GROUP_CHECKS: Check[][] = [];
for (const [path, type] of Object.entries(RECORD_FIELDS) as Array<[string, RecordFieldType]>) {
  const check = checkOf(type);
  if (check === undefined) continue;
  const dot = path.indexOf('.');
  if (dot < 0) {
    TOP_CHECKS.set(path, check);
    continue;
  }
  const group = path.slice(0, dot);
  let g = GROUP_NAMES.indexOf(group);
  if (g < 0) {
    g = GROUP_NAMES.length;
    GROUP_NAMES.push(group);
    GROUP_KEYS.push([]);
    GROUP_CHECKS.push([]);
  }
  (GROUP_KEYS[g] as string[]).push(path.slice(dot + 1));
  (GROUP_CHECKS[g] as Check[]).push(check);
}
const TOP_KEYS: readonly string[] = [...TOP_CHECKS.keys()];
const KINDS: ReadonlySet<unknown> = new Set(ORGANISATION_KINDS);
const SECTOR_SET: ReadonlySet<unknown> = new Set(SECTORS);
const RECORD_GRADES: ReadonlySet<unknown> = new Set([...GRADES, 'not-rated']);

/** The two ASCII digits at `i` of `s` as a number 0–99, or -1. */
const twoDigits = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * Same answer as `isCivilDate`, faster on the common case: a `YYYY-MM-DD` string (ASCII digits, the
 * only strings its pattern matches) with a month 01–12 and a day 01–28 is a real date in every year, so
 * it is accepted here; anything else (days 29–31, other text) is left to `isCivilDate`.
 */
const isDate = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && twoDigits(value, 0) >= 0 && twoDigits(value, 2) >= 0) {
    const month = twoDigits(value, 5);
    const day = twoDigits(value, 8);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 28) return true;
  }
  return isCivilDate(value);
};

const valueOk = (check: Check, value: unknown): boolean =>
  check === 'number' ? isFiniteNumber(value) : check === 'boolean' ? typeof value === 'boolean' : isDate(value);

const EXPECTED: Readonly<Record<Check, { vi: string; en: string }>> = {
  number: { vi: 'Cần một số hữu hạn (hoặc bỏ trống)', en: 'Expected a finite number (or the field absent)' },
  boolean: { vi: 'Cần true/false (hoặc bỏ trống)', en: 'Expected true or false (or the field absent)' },
  date: { vi: 'Cần ngày YYYY-MM-DD (hoặc bỏ trống)', en: 'Expected a YYYY-MM-DD date (or the field absent)' },
};

/** Where issues go: the list, and the path of the record (`[...prefix, index]`, built only on an issue). */
interface Sink {
  readonly issues: Issue[];
  readonly prefix: Path;
  index: number;
}

const push = (sink: Sink, keys: readonly string[], code: string, vi: string, en: string, value: unknown): void => {
  sink.issues.push(makeIssue([...sink.prefix, sink.index, ...keys], code, vi, en, { received: value }));
};

/** Reports a field value (at `key`, or `key.subKey`) that fails its check. */
const invalidValue = (sink: Sink, check: Check, value: unknown, key: string, subKey?: string): void => {
  push(sink, subKey === undefined ? [key] : [key, subKey], 'invalid_value', EXPECTED[check].vi, EXPECTED[check].en, value);
};

/** Reports a group (`funds` …) that is present but not an object. */
const notAGroup = (sink: Sink, group: string, value: unknown): void => {
  push(sink, [group], 'invalid_type', 'Cần một đối tượng (hoặc bỏ trống)', 'Expected an object (or the field absent)', value);
};

/**
 * Checks one record. Hot path (100 000+ calls): the identity fields, the groups and the sheet are read
 * by name; the optional scalar fields are found by walking the record's own keys (records are sparse),
 * except for a record with an unusual prototype, whose every field is read. `k1…k3` track the field
 * being read so that a throwing getter is reported there; the path of an issue is built only on an issue.
 */
const checkRecord = (record: unknown, sink: Sink): void => {
  let k1: string | undefined;
  let k2: string | undefined;
  let k3: string | undefined;
  try {
    if (!isObjectLike(record)) {
      push(sink, [], 'invalid_type', 'Cần một bản ghi (đối tượng)', 'Expected a record object', record);
      return;
    }
    const r = record;
    k1 = 'organisationId';
    const id = r.organisationId;
    if (!isText(id)) push(sink, [k1], id === undefined ? 'missing' : 'invalid_type', 'Cần một chuỗi không rỗng', 'Expected a non-empty string', id);
    k1 = 'areaCode';
    const areaCode = r.areaCode;
    if (!isText(areaCode)) push(sink, [k1], areaCode === undefined ? 'missing' : 'invalid_type', 'Cần một chuỗi không rỗng', 'Expected a non-empty string', areaCode);
    k1 = 'year';
    const year = r.year;
    if (!isYear(year)) push(sink, [k1], year === undefined ? 'missing' : 'invalid_year', 'Cần một năm (số nguyên 1900–2199)', 'Expected a year (an integer 1900–2199)', year);
    k1 = 'kind';
    const kind = r.kind;
    if (!KINDS.has(kind)) push(sink, [k1], kind === undefined ? 'missing' : 'invalid_enum', 'Loại tổ chức không hợp lệ', 'Unknown organisation kind', kind);
    k1 = 'sector';
    const sector = r.sector;
    if (!SECTOR_SET.has(sector)) push(sink, [k1], sector === undefined ? 'missing' : 'invalid_enum', 'Lĩnh vực không hợp lệ', 'Unknown sector', sector);
    k1 = 'grade';
    const grade = r.grade;
    if (grade !== undefined && !RECORD_GRADES.has(grade)) push(sink, [k1], 'invalid_enum', 'Xếp loại không hợp lệ', 'Unknown grade', grade);
    k1 = 'name';
    const name = r.name;
    if (name !== undefined && typeof name !== 'string') push(sink, [k1], 'invalid_type', 'Cần một chuỗi', 'Expected a string', name);
    // Optional scalar fields.
    k1 = undefined;
    const proto: unknown = Object.getPrototypeOf(r);
    const keys = proto === Object.prototype || proto === null ? Object.keys(r) : TOP_KEYS;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const check = TOP_CHECKS.get(key);
      if (check === undefined) continue;
      k1 = key;
      const v = r[key];
      if (v !== undefined && !valueOk(check, v)) invalidValue(sink, check, v, key);
    }
    for (let g = 0; g < GROUP_NAMES.length; g += 1) {
      const group = GROUP_NAMES[g] as string;
      k1 = group;
      const fields = r[group];
      if (fields === undefined) continue;
      if (!isObjectLike(fields)) {
        notAGroup(sink, group, fields);
        continue;
      }
      const keys = GROUP_KEYS[g] as string[];
      const checks = GROUP_CHECKS[g] as Check[];
      for (let i = 0; i < keys.length; i += 1) {
        const key = keys[i] as string;
        k2 = key;
        const v = fields[key];
        if (v !== undefined && !valueOk(checks[i] as Check, v)) invalidValue(sink, checks[i] as Check, v, group, key);
      }
      k2 = undefined;
    }
    k1 = 'sheet';
    const sheet = r.sheet;
    if (sheet === undefined) return;
    if (!isObjectLike(sheet)) {
      push(sink, ['sheet'], 'invalid_type', 'Phiếu chấm điểm phải là đối tượng', 'A scoring sheet must be an object', sheet);
      return;
    }
    k2 = 'rulebook';
    const rulebook = sheet.rulebook;
    if (!isText(rulebook)) push(sink, ['sheet', 'rulebook'], 'invalid_type', 'Cần mã bộ tiêu chí', 'Expected a rulebook id', rulebook);
    k2 = 'points';
    const points = sheet.points;
    if (!isObjectLike(points)) {
      push(sink, ['sheet', 'points'], 'invalid_type', 'Điểm phải là đối tượng', 'Points must be an object', points);
      return;
    }
    const pointKeys = Object.keys(points);
    for (let i = 0; i < pointKeys.length; i += 1) {
      const key = pointKeys[i] as string;
      k3 = key;
      const v = points[key];
      if (!isFiniteNumber(v)) {
        push(sink, ['sheet', 'points', key], 'invalid_value', 'Điểm phải là số hữu hạn', 'Points must be finite numbers', v);
        if (sink.issues.length >= MAX_ISSUES) return;
      }
    }
  } catch (error) {
    const where: Array<string | number> = [...sink.prefix, sink.index];
    if (k1 !== undefined) where.push(k1);
    if (k2 !== undefined) where.push(k2);
    if (k3 !== undefined) where.push(k3);
    sink.issues.push(unreadableIssue(where, error));
  }
};

/**
 * Checks a list of records (already known to be an array) and throws `INVALID_RECORD` with the first
 * issues; `prefix` is where the list sits (`[]`, `['records']`). No record is checked once
 * {@link MAX_ISSUES} issues are collected (the record being checked still reports all of its own, except
 * that its sheet points stop at the cap).
 *
 * @param records - the records, unchecked (any values, hostile ones included)
 * @param prefix - the path of the list in the caller's argument, put before every issue's path
 * @returns the same array, typed
 * @throws `CoopError` `INVALID_RECORD` with `details.index`, `details.field`, `details.path` (of the first
 * issue) and `details.issues`
 */
export const checkRecords = (records: readonly unknown[], prefix: Path): readonly YearlyRecord[] => {
  const issues: Issue[] = [];
  let length = 0;
  try {
    length = records.length;
  } catch (error) {
    fail('INVALID_RECORD', 'records', [unreadableIssue([...prefix, 'length'], error)]);
  }
  const sink: Sink = { issues, prefix, index: 0 };
  for (let i = 0; i < length && issues.length < MAX_ISSUES; i += 1) {
    let record: unknown;
    try {
      record = records[i];
    } catch (error) {
      issues.push(unreadableIssue([...prefix, i], error));
      continue;
    }
    sink.index = i;
    checkRecord(record, sink);
  }
  const first = issues[0];
  if (first !== undefined) {
    const rest = first.path.slice(prefix.length);
    fail('INVALID_RECORD', 'records', issues, { index: rest[0], field: rest.slice(1).join('.'), path: first.path });
  }
  return records as readonly YearlyRecord[];
};
