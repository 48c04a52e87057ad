import { GRADES, ORGANISATION_KINDS, RECORD_FIELD_RANGES, RECORD_FIELDS, SECTORS, isCivilDate, type Grade, type Issue, type RecordFieldRange, type RecordFieldType, type YearlyRecord } from '@coop/model';
import { checkLength, fail, isFiniteNumber, isObjectLike, isText, isYear, makeIssue, MAX_ISSUES, unreadableIssue, type Path } from './evaluation-guard.js';

/*
 * A cheap structural guard for organisation-year records (no zod per record: an evaluation reads
 * 100 000+ records). It checks what the evaluator relies on, with the same field table as the model
 * (`RECORD_FIELDS`):
 * - the record is an object (not an array);
 * - identity: `organisationId` and `areaCode` non-empty strings, `year` an integer 1900–2199, `kind`
 *   and `sector` from the model's lists;
 * - every measured number (counts, VND, months, hectares) is absent (`undefined`) or a finite number
 *   within the model's bounds for the field (`RECORD_FIELD_RANGES`: the same bounds as
 *   `parseYearlyRecord`, so a negative revenue or 13 months operating is invalid here too; the model's
 *   whole-number rule is not checked here yet);
 *   flags are absent or booleans; dates absent or `YYYY-MM-DD`; `grade` absent or a known grade; the
 *   groups (`funds`, `flags`, `managers`, `farmLand`) absent or objects;
 * - a scoring `sheet` is absent or `{ rulebook: string, points: object }`. The points themselves are
 *   checked when the sheet is graded, against the criteria of the rulebook that grades it (see
 *   `indicator-grades.ts`): a point at a key that is not one of its criteria is never read, and is
 *   ignored as `grade` ignores it.
 *
 * Decision: anything else — `null`, `NaN`, `Infinity`, a numeric string, a boxed number — is an
 * INVALID record, not "missing": `INVALID_RECORD` names the index and the field (`details.index`,
 * `details.field`, `details.path`, `details.issues`). Missing data is an absent field. A getter or Proxy
 * trap that throws while a record is read ends as an `unreadable` issue at that record and field.
 * Unknown extra keys are ignored (the evaluator never reads them). Every field of the table is read
 * once, by name, through normal property access, in a fixed order (identity, the top-level fields in
 * table order, then each group's fields), as the evaluator reads it: the guard sees what the evaluator
 * will see, and hands those values on (`visit`) so that the evaluator need not read them again.
 *
 * Speed (the guard runs over every record before an evaluation): each record's fields are read by
 * name into a scratch array ({@link readNamed}: V8 caches named reads per record shape, which keyed
 * reads through a variable cannot), each number tested against its field's range as it is read
 * ({@link fits}), with no allocation per record unless there is an issue; dates get a fast exact
 * acceptance before `isCivilDate`. Only when a read throws is the record read again key
 * by key ({@link readKeyed}) to find the field that threw.
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
 * The slots of a record's fields, in the order they are read: the identity fields `kind`, `sector` and
 * `areaCode` (slots 0–2, read and checked first), every checked top-level field of `RECORD_FIELDS` in
 * table order, then each group's fields (group by group, in order of first appearance in the table).
 * `SLOT_CHECKS[i]` is the check of slot `i` (`undefined` for the identity slots), `SLOT_GROUP[i]` the
 * group index of a grouped slot (`-1` for a top-level one).
 */
export const SLOT_PATHS: readonly string[] = (() => {
  const top: string[] = [];
  const groups = new Map<string, string[]>();
  for (const [path, type] of Object.entries(RECORD_FIELDS) as Array<[string, RecordFieldType]>) {
    if (checkOf(type) === undefined) continue;
    const dot = path.indexOf('.');
    if (dot < 0) top.push(path);
    else groups.set(path.slice(0, dot), [...(groups.get(path.slice(0, dot)) ?? []), path]);
  }
  return ['kind', 'sector', 'areaCode', ...top, ...[...groups.values()].flat()];
})();
/** The first slot that {@link readNamed} fills (after the identity slots). */
const FIRST_FIELD_SLOT = 3;
const SLOT_KEYS: readonly string[] = SLOT_PATHS.map((path) => path.slice(path.indexOf('.') + 1));
const GROUP_NAMES: readonly string[] = [...new Set(SLOT_PATHS.filter((path) => path.includes('.')).map((path) => path.slice(0, path.indexOf('.'))))];
const SLOT_GROUP: readonly number[] = SLOT_PATHS.map((path) => GROUP_NAMES.indexOf(path.slice(0, Math.max(0, path.indexOf('.')))));
const SLOT_CHECKS: ReadonlyArray<Check | undefined> = SLOT_PATHS.map((path) =>
  path === 'kind' || path === 'sector' || path === 'areaCode' ? undefined : checkOf((RECORD_FIELDS as Readonly<Record<string, RecordFieldType>>)[path] as RecordFieldType),
);
/** The model's range of each slot's field (`undefined`: not a number). */
const SLOT_RANGES: ReadonlyArray<RecordFieldRange | undefined> = SLOT_PATHS.map((path) => (RECORD_FIELD_RANGES as Readonly<Record<string, RecordFieldRange>>)[path]);
/**
 * Why a finite number is outside its field's range (an issue code), or `undefined` when it is within.
 * The bounds are the model's; its whole-number rule (`range.integer`) is not enforced here yet: the
 * evaluation tests still use fractional amounts and months on purpose (growth rates, distances).
 */
const outOfRange = (range: RecordFieldRange, value: number): 'too_small' | 'too_big' | undefined =>
  value < range.min ? 'too_small' : value > range.max ? 'too_big' : undefined;

/**
 * Each slot's bounds for a number, side by side (for the check of every record, {@link fits}): the
 * model's range, within the finite numbers (a slot without a range: every finite number). A non-number
 * slot keeps NaN, which no number fits.
 */
const finiteBound = (bound: number): number => Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, bound));
const SLOT_MIN: Float64Array = Float64Array.from(SLOT_PATHS, (_, i) =>
  SLOT_CHECKS[i] === 'number' ? finiteBound(SLOT_RANGES[i]?.min ?? -Number.MAX_VALUE) : Number.NaN,
);
const SLOT_MAX: Float64Array = Float64Array.from(SLOT_PATHS, (_, i) =>
  SLOT_CHECKS[i] === 'number' ? finiteBound(SLOT_RANGES[i]?.max ?? Number.MAX_VALUE) : Number.NaN,
);

/**
 * Whether a value read into a number slot is a finite number within its field's range — the same
 * answer as `isFiniteNumber` followed by {@link outOfRange}, in one test per value (the bounds are
 * finite, so NaN and ±Infinity fail them).
 */
const fits = (v: unknown, slot: number): boolean => typeof v === 'number' && v >= (SLOT_MIN[slot] as number) && v <= (SLOT_MAX[slot] as number);

/** The first slot of each group. */
const GROUP_START: readonly number[] = GROUP_NAMES.map((_, g) => SLOT_GROUP.indexOf(g));

/** Each slot by its field path (see {@link slotOf}). */
const SLOT_INDEX: ReadonlyMap<string, number> = new Map(SLOT_PATHS.map((path, i) => [path, i]));

/**
 * The slot of a field path (`revenue`, `flags.highTech`) in the values {@link checkRecords} hands to
 * its visitor, or `-1` for a path without a slot.
 *
 * @param path - a dotted field path
 * @returns the slot, or `-1`
 */
export const slotOf = (path: string): number => SLOT_INDEX.get(path) ?? -1;

/** A record as the readers see it: any object (its values are unchecked). */
type RawRecord = Readonly<Record<string, unknown>>;

const groupOf = (value: unknown): RawRecord | undefined => (isObjectLike(value) ? value : undefined);

/**
 * Reads every slot after the identity ones by name (each property name written out, see the module
 * note), and each group object into `groups`; a group that is absent or not an object leaves its fields
 * `undefined`. The order of reads is {@link SLOT_PATHS}' (a test pins it against `RECORD_FIELDS` and
 * against {@link readKeyed}). May throw (a getter, a Proxy trap).
 *
 * @returns whether every value and group passed its check as it was read — a number within its
 *   field's range too ({@link fits}) — (the common case, decided without a second look); when not,
 *   {@link checkSlots} finds and reports what failed
 */
const readNamed = (r: RawRecord, s: unknown[], groups: unknown[]): boolean => {
  let plausible = true;
  let v: unknown;
  v = s[3] = r.foundedOn;
  if (v !== undefined && !isDate(v)) plausible = false;
  v = s[4] = r.officialMembers;
  if (v !== undefined && !fits(v, 4)) plausible = false;
  v = s[5] = r.associateMembers;
  if (v !== undefined && !fits(v, 5)) plausible = false;
  v = s[6] = r.memberHouseholds;
  if (v !== undefined && !fits(v, 6)) plausible = false;
  v = s[7] = r.revenue;
  if (v !== undefined && !fits(v, 7)) plausible = false;
  v = s[8] = r.plannedRevenue;
  if (v !== undefined && !fits(v, 8)) plausible = false;
  v = s[9] = r.preTaxProfit;
  if (v !== undefined && !fits(v, 9)) plausible = false;
  v = s[10] = r.afterTaxProfit;
  if (v !== undefined && !fits(v, 10)) plausible = false;
  v = s[11] = r.totalCapital;
  if (v !== undefined && !fits(v, 11)) plausible = false;
  v = s[12] = r.indivisibleAssets;
  if (v !== undefined && !fits(v, 12)) plausible = false;
  v = s[13] = r.incomePerMember;
  if (v !== undefined && !fits(v, 13)) plausible = false;
  v = s[14] = r.monthsOperating;
  if (v !== undefined && !fits(v, 14)) plausible = false;
  v = s[15] = r.monthsSuspended;
  if (v !== undefined && !fits(v, 15)) plausible = false;
  v = s[16] = r.sanctioned;
  if (v !== undefined && typeof v !== 'boolean') plausible = false;
  const funds = (groups[0] = r.funds);
  const f = groupOf(funds);
  if (funds !== undefined && f === undefined) plausible = false;
  v = s[17] = f?.development;
  if (v !== undefined && !fits(v, 17)) plausible = false;
  v = s[18] = f?.reserve;
  if (v !== undefined && !fits(v, 18)) plausible = false;
  v = s[19] = f?.other;
  if (v !== undefined && !fits(v, 19)) plausible = false;
  const flags = (groups[1] = r.flags);
  const b = groupOf(flags);
  if (flags !== undefined && b === undefined) plausible = false;
  v = s[20] = b?.valueChainLinkage;
  if (v !== undefined && typeof v !== 'boolean') plausible = false;
  v = s[21] = b?.enterpriseLinked;
  if (v !== undefined && typeof v !== 'boolean') plausible = false;
  v = s[22] = b?.highTech;
  if (v !== undefined && typeof v !== 'boolean') plausible = false;
  v = s[23] = b?.digitalTransformation;
  if (v !== undefined && typeof v !== 'boolean') plausible = false;
  v = s[24] = b?.gapCertified;
  if (v !== undefined && typeof v !== 'boolean') plausible = false;
  v = s[25] = b?.ocopProduct;
  if (v !== undefined && typeof v !== 'boolean') plausible = false;
  v = s[26] = b?.modelCooperative;
  if (v !== undefined && typeof v !== 'boolean') plausible = false;
  const managers = (groups[2] = r.managers);
  const m = groupOf(managers);
  if (managers !== undefined && m === undefined) plausible = false;
  v = s[27] = m?.total;
  if (v !== undefined && !fits(v, 27)) plausible = false;
  v = s[28] = m?.directorProgrammeTrained;
  if (v !== undefined && !fits(v, 28)) plausible = false;
  const farmLand = (groups[3] = r.farmLand);
  const l = groupOf(farmLand);
  if (farmLand !== undefined && l === undefined) plausible = false;
  v = s[29] = l?.areaHa;
  if (v !== undefined && !fits(v, 29)) plausible = false;
  v = s[30] = l?.productValue;
  if (v !== undefined && !fits(v, 30)) plausible = false;
  return plausible;
};

/** Where {@link readKeyed} was reading: a slot, or the group object of a slot's group (`group`). */
interface ReadAt {
  slot: number;
  group: boolean;
}

/**
 * The same reads as {@link readNamed}, in the same order, through the tables — slower, but it notes in
 * `at` what it is reading, so that a read that throws can be reported at its field.
 */
const readKeyed = (r: RawRecord, s: unknown[], groups: unknown[], at: ReadAt): void => {
  let inner: RawRecord | undefined;
  for (let i = FIRST_FIELD_SLOT; i < SLOT_PATHS.length; i += 1) {
    const g = SLOT_GROUP[i] as number;
    if (g >= 0 && GROUP_START[g] === i) {
      at.slot = i;
      at.group = true;
      groups[g] = r[GROUP_NAMES[g] as string];
      inner = groupOf(groups[g]);
    }
    at.slot = i;
    at.group = false;
    s[i] = g < 0 ? r[SLOT_KEYS[i] as string] : inner?.[SLOT_KEYS[i] as string];
  }
};

/** Each organisation kind and sector by its index in the model's list (the codes the check hands on). */
const KIND_CODES: ReadonlyMap<unknown, number> = new Map(ORGANISATION_KINDS.map((kind, i) => [kind, i]));
const SECTOR_CODES: ReadonlyMap<unknown, number> = new Map(SECTORS.map((sector, i) => [sector, i]));
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

/** The values of one record's slots (and its group objects), reused from record to record within one call. */
interface Scratch extends CheckedValues {
  year: number;
  kindCode: number;
  sectorCode: number;
  grade: Grade | 'not-rated' | undefined;
  rulebook: string | undefined;
  points: Readonly<Record<string, unknown>> | undefined;
  readonly slots: unknown[];
  readonly groups: unknown[];
  readonly at: ReadAt;
}

/**
 * Checks the values of slots `from` to `to` (exclusive) in read order: a group that is present but not an
 * object is reported (once, before its fields, which then read as absent), then each present value
 * that fails its check.
 */
const checkSlots = (sink: Sink, scratch: Scratch, from: number, to: number): void => {
  const { slots, groups } = scratch;
  for (let i = from; i < to; i += 1) {
    const g = SLOT_GROUP[i] as number;
    if (g >= 0 && GROUP_START[g] === i) {
      const group = groups[g];
      if (group !== undefined && !isObjectLike(group)) notAGroup(sink, GROUP_NAMES[g] as string, group);
    }
    const v = slots[i];
    if (v === undefined) continue;
    const check = SLOT_CHECKS[i] as Check;
    const keys = g < 0 ? [SLOT_KEYS[i] as string] : [GROUP_NAMES[g] as string, SLOT_KEYS[i] as string];
    const range = SLOT_RANGES[i];
    const outside = range !== undefined && typeof v === 'number' ? outOfRange(range, v) : undefined;
    if (!valueOk(check, v)) invalidValue(sink, check, v, keys[0] as string, keys[1]);
    else if (outside !== undefined && range !== undefined) {
      push(sink, keys, outside, `Ngoài khoảng hợp lệ: cần ${range.min}–${range.max}`, `Out of range: expected ${range.min}–${range.max}`, v);
    }
  }
};

/**
 * Reads a record's fields into the scratch and checks them. When a read throws, the record is read
 * again key by key: the fields before the one that threw keep their issues, and the throw is reported
 * at that field (nothing after it is checked).
 */
const readAndCheckFields = (r: RawRecord, sink: Sink, scratch: Scratch): boolean => {
  try {
    if (!readNamed(r, scratch.slots, scratch.groups)) checkSlots(sink, scratch, FIRST_FIELD_SLOT, SLOT_PATHS.length);
    return true;
  } catch {
    // read again below, noting where
  }
  const at = scratch.at;
  at.slot = FIRST_FIELD_SLOT;
  at.group = false;
  scratch.slots.fill(undefined, FIRST_FIELD_SLOT);
  scratch.groups.fill(undefined);
  try {
    readKeyed(r, scratch.slots, scratch.groups, at);
    checkSlots(sink, scratch, FIRST_FIELD_SLOT, SLOT_PATHS.length);
    return true;
  } catch (error) {
    const g = SLOT_GROUP[at.slot] as number;
    // The slots read before the throw are checked (a throw inside a group means the group is an object).
    checkSlots(sink, scratch, FIRST_FIELD_SLOT, at.slot);
    const keys = g < 0 ? [SLOT_KEYS[at.slot] as string] : at.group ? [GROUP_NAMES[g] as string] : [GROUP_NAMES[g] as string, SLOT_KEYS[at.slot] as string];
    sink.issues.push(unreadableIssue([...sink.prefix, sink.index, ...keys], error));
    return false;
  }
};

/**
 * Checks one record (see the module note), filling the scratch with its slot values. `k1`, `k2` track
 * the identity or sheet field being read so that a throwing getter is reported there; the path of an
 * issue is built only on an issue.
 */
const checkRecord = (record: unknown, sink: Sink, scratch: Scratch): void => {
  let k1: string | undefined;
  let k2: string | undefined;
  try {
    if (!isObjectLike(record)) {
      push(sink, [], 'invalid_type', 'Cần một bản ghi (đối tượng)', 'Expected a record object', record);
      return;
    }
    const r = record;
    const slots = scratch.slots;
    k1 = 'organisationId';
    const id = r.organisationId;
    if (!isText(id)) push(sink, [k1], id === undefined ? 'missing' : 'invalid_type', 'Cần một chuỗi không rỗng', 'Expected a non-empty string', id);
    k1 = 'areaCode';
    const areaCode = (slots[2] = r.areaCode);
    if (!isText(areaCode)) push(sink, [k1], areaCode === undefined ? 'missing' : 'invalid_type', 'Cần một chuỗi không rỗng', 'Expected a non-empty string', areaCode);
    k1 = 'year';
    const year = r.year;
    scratch.year = year as number;
    scratch.rulebook = undefined;
    scratch.points = undefined;
    if (!isYear(year)) push(sink, [k1], year === undefined ? 'missing' : 'invalid_year', 'Cần một năm (số nguyên 1900–2199)', 'Expected a year (an integer 1900–2199)', year);
    k1 = 'kind';
    const kind = (slots[0] = r.kind);
    const kindCode = KIND_CODES.get(kind);
    scratch.kindCode = kindCode ?? -1;
    if (kindCode === undefined) push(sink, [k1], kind === undefined ? 'missing' : 'invalid_enum', 'Loại tổ chức không hợp lệ', 'Unknown organisation kind', kind);
    k1 = 'sector';
    const sector = (slots[1] = r.sector);
    const sectorCode = SECTOR_CODES.get(sector);
    scratch.sectorCode = sectorCode ?? -1;
    if (sectorCode === undefined) push(sink, [k1], sector === undefined ? 'missing' : 'invalid_enum', 'Lĩnh vực không hợp lệ', 'Unknown sector', sector);
    k1 = 'grade';
    const grade = r.grade;
    scratch.grade = grade as Scratch['grade'];
    if (grade !== undefined && !RECORD_GRADES.has(grade)) push(sink, [k1], 'invalid_enum', 'Xếp loại không hợp lệ', 'Unknown grade', grade);
    k1 = 'name';
    const name = r.name;
    if (name !== undefined && typeof name !== 'string') push(sink, [k1], 'invalid_type', 'Cần một chuỗi', 'Expected a string', name);
    k1 = undefined;
    if (!readAndCheckFields(r, sink, scratch)) return;
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
    if (!isObjectLike(points)) push(sink, ['sheet', 'points'], 'invalid_type', 'Điểm phải là đối tượng', 'Points must be an object', points);
    else {
      scratch.rulebook = rulebook as string;
      scratch.points = points;
    }
  } catch (error) {
    const where: Array<string | number> = [...sink.prefix, sink.index];
    if (k1 !== undefined) where.push(k1);
    if (k2 !== undefined) where.push(k2);
    sink.issues.push(unreadableIssue(where, error));
  }
};

/** The values the guard read from a record that passed it (valid for the duration of a visit only). */
export interface CheckedValues {
  /** The field values by slot (see {@link SLOT_PATHS}, {@link slotOf}). */
  readonly slots: readonly unknown[];
  readonly year: number;
  /** The record's kind and sector as their index in the model's `ORGANISATION_KINDS` and `SECTORS` (`-1` for a value not in it: the record is then reported). */
  readonly kindCode: number;
  readonly sectorCode: number;
  readonly grade: Grade | 'not-rated' | undefined;
  /** The scoring sheet's rulebook id and points object, when the record has a sheet. */
  readonly rulebook: string | undefined;
  readonly points: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Visits a record that passed the guard (while no record has failed), with the values the guard read.
 * It may return issues of its own about the record (paths relative to the record), which count as the
 * guard's.
 */
export type RecordVisitor = (record: YearlyRecord, values: CheckedValues) => readonly RecordProblem[] | undefined;

/** An issue a visitor found in a record: where in the record (`keys`), and what. */
export interface RecordProblem {
  readonly keys: readonly string[];
  readonly issue: (path: Path) => Issue;
}

/**
 * Checks a list of records (already known to be an array) and throws `INVALID_RECORD` with the first
 * issues; `prefix` is where the list sits (`[]`, `['records']`). No record is checked once
 * {@link MAX_ISSUES} issues are collected (the record being checked still reports all of its own).
 * While no issue has been found, each record is handed to `visit` right after it is checked, with the
 * values the guard read (so one pass over the records both checks and reads them).
 *
 * @param records - the records, unchecked (any values, hostile ones included)
 * @param prefix - the path of the list in the caller's argument, put before every issue's path
 * @param visit - called for each record that passed, in order, while every record so far has passed
 * @returns the same array, typed
 * @throws `CoopError` `INVALID_RECORD` with `details.index`, `details.field`, `details.path` (of the first
 * issue) and `details.issues`
 */
export const checkRecords = (records: readonly unknown[], prefix: Path, visit?: RecordVisitor): readonly YearlyRecord[] => {
  const issues: Issue[] = [];
  let length = 0;
  try {
    length = records.length;
  } catch (error) {
    fail('INVALID_RECORD', 'records', [unreadableIssue([...prefix, 'length'], error)]);
  }
  checkLength(records, prefix, 'records');
  const sink: Sink = { issues, prefix, index: 0 };
  const scratch: Scratch = {
    year: 0,
    kindCode: 0,
    sectorCode: 0,
    grade: undefined,
    rulebook: undefined,
    points: undefined,
    slots: new Array<unknown>(SLOT_PATHS.length).fill(undefined),
    groups: new Array<unknown>(GROUP_NAMES.length).fill(undefined),
    at: { slot: 0, group: false },
  };
  for (let i = 0; i < length && issues.length < MAX_ISSUES; i += 1) {
    let record: unknown;
    try {
      record = records[i];
    } catch (error) {
      issues.push(unreadableIssue([...prefix, i], error));
      continue;
    }
    sink.index = i;
    checkRecord(record, sink, scratch);
    if (visit === undefined || issues.length > 0) continue;
    const problems = visit(record as YearlyRecord, scratch);
    if (problems !== undefined) for (const problem of problems) issues.push(problem.issue([...prefix, i, ...problem.keys]));
  }
  const first = issues[0];
  if (first !== undefined) {
    const rest = first.path.slice(prefix.length);
    fail('INVALID_RECORD', 'records', issues, { index: rest[0], field: rest.slice(1).join('.'), path: first.path });
  }
  return records as readonly YearlyRecord[];
};
