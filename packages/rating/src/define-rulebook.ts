import {
  CoopError,
  ORGANISATION_KINDS,
  RECORD_FIELDS,
  SECTORS,
  isCivilDate,
  isRecordField,
  plainCopy,
  type Issue,
  type Label,
  type ParseResult,
} from '@coop/model';
import { toHundredths } from './internal/points.js';
import type { Rulebook } from './rulebook.js';

type Path = ReadonlyArray<string | number>;
type Obj = Record<string, unknown>;

const GRADE_ORDER = ['good', 'fair', 'average', 'weak'] as const;
const NUMERIC_TYPES = new Set(['count', 'vnd', 'months', 'hectares']);
const MAX_RULES = 30;
/** Size limits of a rulebook's data (a real rulebook has a few hundred values, nested a few levels). */
const RULEBOOK_LIMITS = { maxDepth: 32, maxNodes: 100_000 } as const;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const fmt = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** Collects issues while walking the data. */
interface Issues {
  readonly list: Issue[];
  add(path: Path, code: string, vi: string, en: string, extra?: { expected?: string; received?: string }): void;
}

const makeIssues = (): Issues => {
  const list: Issue[] = [];
  return {
    list,
    add: (path, code, vi, en, extra = {}) => {
      const message: Label = { vi, en };
      list.push({ path: [...path], code, message, ...extra });
    },
  };
};

const checkKeys = (issues: Issues, value: Obj, path: Path, allowed: readonly string[]): void => {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      issues.add([...path, key], 'unknown_key', `Khóa không hợp lệ "${key}"`, `Unknown key "${key}"`, { expected: allowed.join(', ') });
    }
  }
};

const requireString = (issues: Issues, value: unknown, path: Path): value is string => {
  if (typeof value === 'string' && value.length > 0) return true;
  issues.add(path, 'invalid_type', 'Cần một chuỗi không rỗng', 'Expected a non-empty string', { received: typeof value });
  return false;
};

const requireLabel = (issues: Issues, value: unknown, path: Path): void => {
  if (!isObj(value)) {
    issues.add(path, 'invalid_type', 'Cần nhãn { vi, en }', 'Expected a label { vi, en }', { received: typeof value });
    return;
  }
  requireString(issues, value['vi'], [...path, 'vi']);
  requireString(issues, value['en'], [...path, 'en']);
};

const requireCitation = (issues: Issues, value: unknown, path: Path, optional: boolean): void => {
  if (value === undefined && optional) return;
  if (!isObj(value)) {
    issues.add(path, 'invalid_type', 'Cần trích dẫn { document, clause? }', 'Expected a citation { document, clause? }');
    return;
  }
  requireString(issues, value['document'], [...path, 'document']);
};

/** Points: finite, ≥ 0, at most two decimals. */
const requirePoints = (issues: Issues, value: unknown, path: Path, max?: number | null): value is number => {
  if (!isNum(value) || !(toHundredths(value) >= 0)) {
    issues.add(path, 'invalid_points', 'Điểm phải là số không âm, tối đa hai chữ số thập phân', 'Points must be a non-negative number with at most two decimals', {
      received: fmt(value),
    });
    return false;
  }
  if (max !== undefined && max !== null && value > max) {
    issues.add(path, 'points_out_of_range', `Điểm ${value} vượt mức tối đa ${max}`, `Points ${value} are above the maximum ${max}`, {
      expected: `0 … ${max}`,
      received: String(value),
    });
    return false;
  }
  return true;
};

interface Edge {
  readonly value: number;
  readonly inclusive: boolean;
}

interface Bounds {
  readonly index: number;
  readonly lower: Edge | undefined;
  readonly upper: Edge | undefined;
}

const readBounds = (issues: Issues, band: Obj, path: Path, index: number, hundredths: boolean): Bounds | undefined => {
  let ok = true;
  for (const key of ['gte', 'gt', 'lt', 'lte'] as const) {
    const v = band[key];
    if (v === undefined) continue;
    if (!isNum(v) || (hundredths && Number.isNaN(toHundredths(Math.abs(v))))) {
      issues.add([...path, key], 'invalid_edge', 'Mốc phải là số hữu hạn (tối đa hai chữ số thập phân với thang điểm)', 'An edge must be a finite number (at most two decimals on a points scale)', {
        received: fmt(v),
      });
      ok = false;
    }
  }
  if (band['gte'] !== undefined && band['gt'] !== undefined) {
    issues.add(path, 'invalid_edge', 'Chỉ dùng một trong gte / gt', 'Use only one of gte / gt');
    ok = false;
  }
  if (band['lt'] !== undefined && band['lte'] !== undefined) {
    issues.add(path, 'invalid_edge', 'Chỉ dùng một trong lt / lte', 'Use only one of lt / lte');
    ok = false;
  }
  if (!ok) return undefined;
  const lower =
    band['gte'] !== undefined
      ? { value: band['gte'] as number, inclusive: true }
      : band['gt'] !== undefined
        ? { value: band['gt'] as number, inclusive: false }
        : undefined;
  const upper =
    band['lte'] !== undefined
      ? { value: band['lte'] as number, inclusive: true }
      : band['lt'] !== undefined
        ? { value: band['lt'] as number, inclusive: false }
        : undefined;
  if (lower && upper && (lower.value > upper.value || (lower.value === upper.value && !(lower.inclusive && upper.inclusive)))) {
    issues.add(path, 'band_empty', 'Khoảng rỗng: mốc dưới không nhỏ hơn mốc trên', 'Empty band: the lower edge is not below the upper edge');
    return undefined;
  }
  return { index, lower, upper };
};

/**
 * Checks that bands tile their scale: sorted by lower edge, each band's upper edge meets the next band's
 * lower edge exactly with one side inclusive. Returns the bands lowest first.
 */
const checkTiling = (issues: Issues, bands: readonly Bounds[], path: Path): Bounds[] => {
  const sorted = [...bands].sort((a, b) => (a.lower?.value ?? Number.NEGATIVE_INFINITY) - (b.lower?.value ?? Number.NEGATIVE_INFINITY));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    const where = [...path, b.index];
    const overlap = () =>
      issues.add(where, 'band_overlap', `Khoảng ${a.index} và ${b.index} chồng lấn`, `Bands ${a.index} and ${b.index} overlap`);
    const gap = () =>
      issues.add(where, 'band_gap', `Có khoảng trống giữa khoảng ${a.index} và ${b.index}`, `There is a gap between bands ${a.index} and ${b.index}`);
    if (a.upper === undefined || b.lower === undefined) overlap();
    else if (a.upper.value < b.lower.value) gap();
    else if (a.upper.value > b.lower.value) overlap();
    else if (a.upper.inclusive && b.lower.inclusive) overlap();
    else if (!a.upper.inclusive && !b.lower.inclusive) gap();
  }
  return sorted;
};

const checkCondition = (issues: Issues, value: unknown, path: Path): void => {
  if (!isObj(value)) {
    issues.add(path, 'invalid_condition', 'Cần điều kiện { field, … }', 'Expected a condition { field, … }');
    return;
  }
  checkKeys(issues, value, path, ['field', 'eq', 'gt', 'gte', 'lt', 'lte']);
  const field = value['field'];
  if (typeof field !== 'string' || !isRecordField(field)) {
    issues.add([...path, 'field'], 'unknown_field', `Trường dữ liệu không tồn tại: ${fmt(field)}`, `Unknown record field: ${fmt(field)}`, {
      received: fmt(field),
    });
    return;
  }
  const type = RECORD_FIELDS[field];
  const ops = ['eq', 'gt', 'gte', 'lt', 'lte'].filter((k) => value[k] !== undefined);
  if (ops.length === 0 || (ops.includes('eq') && ops.length > 1)) {
    issues.add(path, 'invalid_condition', 'Cần đúng một phép so sánh eq, hoặc các mốc gt/gte/lt/lte', 'Expected eq alone, or range edges gt/gte/lt/lte');
    return;
  }
  for (const op of ops) {
    const v = value[op];
    const valid = op === 'eq' ? (type === 'boolean' ? typeof v === 'boolean' : NUMERIC_TYPES.has(type) ? isNum(v) : typeof v === 'string') : NUMERIC_TYPES.has(type) && isNum(v);
    if (!valid) {
      issues.add([...path, op], 'invalid_condition', `Giá trị ${fmt(v)} không hợp với trường ${field} (${type})`, `Value ${fmt(v)} does not fit field ${field} (${type})`);
    }
  }
};

const checkNumericField = (issues: Issues, value: unknown, path: Path): void => {
  if (typeof value !== 'string' || !isRecordField(value)) {
    issues.add(path, 'unknown_field', `Trường dữ liệu không tồn tại: ${fmt(value)}`, `Unknown record field: ${fmt(value)}`, { received: fmt(value) });
  } else if (!NUMERIC_TYPES.has(RECORD_FIELDS[value])) {
    issues.add(path, 'invalid_field_type', `Trường ${value} không phải số`, `Field ${value} is not numeric`, { received: RECORD_FIELDS[value] });
  }
};

const checkTiers = (issues: Issues, tiers: unknown, path: Path, max: number | null): void => {
  if (!isObj(tiers)) {
    issues.add(path, 'invalid_type', 'Cần bảng mức điểm', 'Expected tiers');
    return;
  }
  checkKeys(issues, tiers, path, ['measure', 'cases', 'bands', 'citation', 'note']);
  requireCitation(issues, tiers['citation'], [...path, 'citation'], false);
  const measure = tiers['measure'];
  if (!isObj(measure)) issues.add([...path, 'measure'], 'invalid_type', 'Cần đại lượng đo', 'Expected a measure');
  else if (measure['field'] !== undefined) {
    checkKeys(issues, measure, [...path, 'measure'], ['field']);
    checkNumericField(issues, measure['field'], [...path, 'measure', 'field']);
  } else {
    checkKeys(issues, measure, [...path, 'measure'], ['numerator', 'denominator', 'unit']);
    checkNumericField(issues, measure['numerator'], [...path, 'measure', 'numerator']);
    checkNumericField(issues, measure['denominator'], [...path, 'measure', 'denominator']);
    if (measure['unit'] !== 'percent' && measure['unit'] !== 'ratio') {
      issues.add([...path, 'measure', 'unit'], 'invalid_type', 'Đơn vị phải là percent hoặc ratio', 'Unit must be percent or ratio');
    }
  }
  const cases = tiers['cases'];
  if (cases !== undefined) {
    if (!Array.isArray(cases)) issues.add([...path, 'cases'], 'invalid_type', 'Cần một mảng', 'Expected an array');
    else
      cases.forEach((c: unknown, i) => {
        const at = [...path, 'cases', i];
        if (!isObj(c)) return issues.add(at, 'invalid_type', 'Cần một trường hợp', 'Expected a case');
        checkCondition(issues, c['when'], [...at, 'when']);
        requirePoints(issues, c['points'], [...at, 'points'], max);
      });
  }
  const bands = tiers['bands'];
  if (!Array.isArray(bands) || bands.length === 0) {
    issues.add([...path, 'bands'], 'invalid_type', 'Cần ít nhất một khoảng', 'Expected at least one band');
    return;
  }
  const bounds: Bounds[] = [];
  bands.forEach((band: unknown, i) => {
    const at = [...path, 'bands', i];
    if (!isObj(band)) return issues.add(at, 'invalid_type', 'Cần một khoảng', 'Expected a band');
    checkKeys(issues, band, at, ['gte', 'gt', 'lt', 'lte', 'points', 'label']);
    requirePoints(issues, band['points'], [...at, 'points'], max);
    const b = readBounds(issues, band, at, i, false);
    if (b) bounds.push(b);
  });
  if (bounds.length !== bands.length) return;
  const sorted = checkTiling(issues, bounds, [...path, 'bands']);
  const lowest = sorted[0]!;
  const highest = sorted[sorted.length - 1]!;
  if (lowest.lower !== undefined) {
    issues.add([...path, 'bands', lowest.index], 'tier_not_exhaustive', 'Các mức không bao phủ giá trị nhỏ nhất (khoảng đầu phải không có mốc dưới)', 'The tiers do not cover the lowest values (the first band needs no lower edge)');
  }
  if (highest.upper !== undefined) {
    issues.add([...path, 'bands', highest.index], 'tier_not_exhaustive', 'Các mức không bao phủ giá trị lớn nhất (khoảng cuối phải không có mốc trên)', 'The tiers do not cover the highest values (the last band needs no upper edge)');
  }
};

/** Walks a criterion; returns its effective maximum (stated, or the sum of its sub-criteria), or null. */
const checkCriterion = (issues: Issues, value: unknown, path: Path, ids: Map<string, string>, depth: number): number | null => {
  if (!isObj(value)) {
    issues.add(path, 'invalid_type', 'Cần một tiêu chí', 'Expected a criterion');
    return null;
  }
  checkKeys(issues, value, path, ['id', 'title', 'max', 'criteria', 'tiers', 'citation', 'note']);
  const id = value['id'];
  if (requireString(issues, id, [...path, 'id'])) {
    if (ids.has(id)) issues.add([...path, 'id'], 'duplicate_id', `Mã "${id}" bị trùng (đã dùng ở ${ids.get(id)})`, `Duplicate id "${id}" (already used at ${ids.get(id)})`);
    else ids.set(id, path.join('.'));
  }
  requireLabel(issues, value['title'], [...path, 'title']);
  requireCitation(issues, value['citation'], [...path, 'citation'], true);
  const rawMax = value['max'];
  let max: number | null = null;
  if (rawMax !== undefined && rawMax !== null && requirePoints(issues, rawMax, [...path, 'max'])) max = rawMax;
  const children = value['criteria'];
  if (children === undefined || (Array.isArray(children) && children.length === 0)) {
    if (value['tiers'] !== undefined) checkTiers(issues, value['tiers'], [...path, 'tiers'], max);
    return max;
  }
  if (!Array.isArray(children)) {
    issues.add([...path, 'criteria'], 'invalid_type', 'Cần một mảng tiêu chí con', 'Expected an array of sub-criteria');
    return max;
  }
  if (depth >= 1) {
    issues.add([...path, 'criteria'], 'too_deep', 'Chỉ cho phép một cấp tiêu chí con', 'Only one level of sub-criteria is allowed');
    return max;
  }
  if (value['tiers'] !== undefined) {
    issues.add([...path, 'tiers'], 'tier_on_parent', 'Chỉ tiêu chí không có tiêu chí con mới có bảng mức', 'Only a criterion without sub-criteria can have tiers');
  }
  const maxima = children.map((child: unknown, i) => checkCriterion(issues, child, [...path, 'criteria', i], ids, depth + 1));
  return checkSum(issues, maxima, max, [...path, 'max'], 'tiêu chí con', 'sub-criteria');
};

/**
 * Compares parts with a stated whole: all known → must be equal; some unknown → known parts ≤ whole.
 * Returns the effective whole.
 */
const checkSum = (issues: Issues, parts: ReadonlyArray<number | null>, whole: number | null, path: Path, viParts: string, enParts: string): number | null => {
  const known = parts.filter((p): p is number => p !== null);
  const sum = known.reduce((a, p) => a + toHundredths(p), 0);
  const allKnown = known.length === parts.length;
  if (whole === null) return allKnown ? sum / 100 : null;
  const w = toHundredths(whole);
  if (allKnown ? sum !== w : sum > w) {
    issues.add(
      path,
      'maxima_mismatch',
      `Tổng mức tối đa các ${viParts} (${sum / 100}${allKnown ? '' : ', phần đã biết'}) không khớp với ${whole}`,
      `The maxima of the ${enParts} (${sum / 100}${allKnown ? '' : ', known part'}) do not add up to ${whole}`,
      { expected: allKnown ? String(whole) : `≤ ${whole}`, received: String(sum / 100) },
    );
  }
  return whole;
};

const copyFrozen = <T>(value: T): T => {
  if (Array.isArray(value)) return Object.freeze(value.map(copyFrozen)) as T;
  if (isObj(value)) {
    const out: Obj = {};
    for (const key of Object.keys(value)) out[key] = copyFrozen(value[key]);
    return Object.freeze(out) as T;
  }
  return value;
};

/**
 * Validates a user rulebook without throwing: every problem is reported as an issue with its path,
 * a stable code and a Vietnamese/English message.
 *
 * Codes: `invalid_type`, `unknown_key`, `invalid_date`, `date_order`, `unknown_kind`, `unknown_sector`,
 * `duplicate_id`, `invalid_points`, `points_out_of_range`, `maxima_mismatch` (sub-criteria vs criterion,
 * criteria vs group cap, caps vs total; with an unknown maximum the known part must not exceed the
 * whole), `too_deep`, `tier_on_parent`, `unknown_field`, `invalid_field_type`, `invalid_condition`,
 * `invalid_edge`, `band_empty`, `band_overlap`, `band_gap`, `tier_not_exhaustive` (the first tier band
 * must be unbounded below and the last unbounded above), `band_not_exhaustive` (grade bands must cover
 * 0 … total), `unknown_grade`, `duplicate_grade`, `grade_order` (better grades on higher points),
 * `too_many_rules` (more than 30 not-rated rules and overrides together), `unknown_criterion` (a gap
 * naming a criterion the rulebook does not have).
 *
 * @param input - untrusted rulebook data (e.g. parsed JSON; copied first, see `plainCopy` in @coop/model)
 * @returns `{ ok: true, value }` with a frozen copy, or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { parseRulebook, CIRCULAR_01_2020 } from '@coop/rating';
 * const broken = { ...CIRCULAR_01_2020, grades: [{ grade: 'good', gte: 80 }, { grade: 'weak', lt: 79 }] };
 * const result = parseRulebook(broken);
 * result.ok ? [] : result.issues.map((i) => i.code); // ['band_gap']
 * ```
 */
export const parseRulebook = (input: unknown): ParseResult<Rulebook> => {
  // Snapshot first, then validate the snapshot (as the model's parse… functions do): a cycle, a revoked
  // Proxy, a throwing getter or a null-prototype object is an issue, and a getter read once cannot change.
  const copy = plainCopy(input, RULEBOOK_LIMITS);
  if (!copy.ok) return copy;
  const data = copy.value;
  const issues = makeIssues();
  if (!isObj(data)) {
    issues.add([], 'invalid_type', 'Cần một bộ tiêu chí (đối tượng)', 'Expected a rulebook object', { received: typeof data });
    return { ok: false, issues: issues.list };
  }
  checkKeys(issues, data, [], [
    'id', 'title', 'issuer', 'document', 'citation', 'effectiveFrom', 'effectiveTo', 'endedBy', 'scope', 'total', 'groups',
    'grades', 'notRated', 'overrides', 'notes', 'gaps',
  ]);
  requireString(issues, data['id'], ['id']);
  requireLabel(issues, data['title'], ['title']);
  requireLabel(issues, data['issuer'], ['issuer']);
  requireString(issues, data['document'], ['document']);
  requireCitation(issues, data['citation'], ['citation'], false);
  requireCitation(issues, data['endedBy'], ['endedBy'], true);
  const from = data['effectiveFrom'];
  const to = data['effectiveTo'];
  if (!isCivilDate(from)) issues.add(['effectiveFrom'], 'invalid_date', 'Cần ngày YYYY-MM-DD có thật', 'Expected a real date YYYY-MM-DD', { received: fmt(from) });
  if (to !== undefined && !isCivilDate(to)) issues.add(['effectiveTo'], 'invalid_date', 'Cần ngày YYYY-MM-DD có thật', 'Expected a real date YYYY-MM-DD', { received: fmt(to) });
  if (isCivilDate(from) && isCivilDate(to) && to < from) {
    issues.add(['effectiveTo'], 'date_order', 'Ngày hết hiệu lực trước ngày có hiệu lực', 'effectiveTo is before effectiveFrom');
  }

  const scope = data['scope'];
  if (!isObj(scope)) issues.add(['scope'], 'invalid_type', 'Cần phạm vi áp dụng', 'Expected a scope');
  else {
    checkKeys(issues, scope, ['scope'], ['kinds', 'sectors', 'excludeSectors', 'citation', 'note']);
    requireCitation(issues, scope['citation'], ['scope', 'citation'], false);
    const kinds = scope['kinds'];
    if (!Array.isArray(kinds) || kinds.length === 0) issues.add(['scope', 'kinds'], 'invalid_type', 'Cần ít nhất một loại hình', 'Expected at least one kind');
    else
      kinds.forEach((k: unknown, i) => {
        if (!(ORGANISATION_KINDS as readonly unknown[]).includes(k)) issues.add(['scope', 'kinds', i], 'unknown_kind', `Loại hình không tồn tại: ${fmt(k)}`, `Unknown kind: ${fmt(k)}`);
      });
    const checkSectors = (list: unknown, key: string) => {
      if (!Array.isArray(list)) return issues.add(['scope', key], 'invalid_type', 'Cần một mảng lĩnh vực', 'Expected an array of sectors');
      list.forEach((s: unknown, i) => {
        if (!(SECTORS as readonly unknown[]).includes(s)) issues.add(['scope', key, i], 'unknown_sector', `Lĩnh vực không tồn tại: ${fmt(s)}`, `Unknown sector: ${fmt(s)}`);
      });
    };
    if (scope['sectors'] !== 'all') checkSectors(scope['sectors'], 'sectors');
    if (scope['excludeSectors'] !== undefined) checkSectors(scope['excludeSectors'], 'excludeSectors');
  }

  const total = data['total'];
  const totalOk = requirePoints(issues, total, ['total']) && total > 0;
  const ids = new Map<string, string>();
  const groups = data['groups'];
  const groupMaxima: Array<number | null> = [];
  if (!Array.isArray(groups) || groups.length === 0) issues.add(['groups'], 'invalid_type', 'Cần ít nhất một nhóm tiêu chí', 'Expected at least one group');
  else
    groups.forEach((group: unknown, g) => {
      const at = ['groups', g];
      if (!isObj(group)) return issues.add(at, 'invalid_type', 'Cần một nhóm', 'Expected a group');
      checkKeys(issues, group, at, ['id', 'title', 'cap', 'derived', 'criteria', 'citation', 'note']);
      const id = group['id'];
      if (requireString(issues, id, [...at, 'id'])) {
        if (ids.has(id)) issues.add([...at, 'id'], 'duplicate_id', `Mã "${id}" bị trùng`, `Duplicate id "${id}"`);
        else ids.set(id, at.join('.'));
      }
      requireLabel(issues, group['title'], [...at, 'title']);
      requireCitation(issues, group['citation'], [...at, 'citation'], true);
      const rawCap = group['cap'];
      let cap: number | null = null;
      if (rawCap !== null && requirePoints(issues, rawCap, [...at, 'cap'])) cap = rawCap;
      const criteria = group['criteria'];
      if (!Array.isArray(criteria) || criteria.length === 0) {
        issues.add([...at, 'criteria'], 'invalid_type', 'Cần ít nhất một tiêu chí', 'Expected at least one criterion');
        groupMaxima.push(cap);
        return;
      }
      const maxima = criteria.map((c: unknown, i) => checkCriterion(issues, c, [...at, 'criteria', i], ids, 0));
      groupMaxima.push(checkSum(issues, maxima, cap, [...at, 'cap'], 'tiêu chí', 'criteria'));
    });
  if (totalOk && groupMaxima.length > 0) checkSum(issues, groupMaxima, total, ['total'], 'nhóm', 'groups');

  const grades = data['grades'];
  if (!Array.isArray(grades) || grades.length === 0) issues.add(['grades'], 'invalid_type', 'Cần ít nhất một khoảng xếp loại', 'Expected at least one grade band');
  else {
    const bounds: Bounds[] = [];
    const seen = new Set<unknown>();
    grades.forEach((band: unknown, i) => {
      const at = ['grades', i];
      if (!isObj(band)) return issues.add(at, 'invalid_type', 'Cần một khoảng xếp loại', 'Expected a grade band');
      checkKeys(issues, band, at, ['grade', 'gte', 'gt', 'lt', 'lte', 'citation']);
      const grade = band['grade'];
      if (!(GRADE_ORDER as readonly unknown[]).includes(grade)) issues.add([...at, 'grade'], 'unknown_grade', `Loại không tồn tại: ${fmt(grade)}`, `Unknown grade: ${fmt(grade)}`);
      else if (seen.has(grade)) issues.add([...at, 'grade'], 'duplicate_grade', `Loại ${fmt(grade)} xuất hiện hai lần`, `Grade ${fmt(grade)} appears twice`);
      seen.add(grade);
      const b = readBounds(issues, band, at, i, true);
      if (b) bounds.push(b);
    });
    if (bounds.length === grades.length) {
      const sorted = checkTiling(issues, bounds, ['grades']);
      const lowest = sorted[0]!;
      const highest = sorted[sorted.length - 1]!;
      if (lowest.lower !== undefined && (lowest.lower.value > 0 || (lowest.lower.value === 0 && !lowest.lower.inclusive))) {
        issues.add(['grades', lowest.index], 'band_not_exhaustive', 'Các khoảng xếp loại không bao phủ từ 0 điểm', 'The grade bands do not cover the totals from 0');
      }
      if (totalOk && highest.upper !== undefined && (highest.upper.value < (total as number) || (highest.upper.value === total && !highest.upper.inclusive))) {
        issues.add(['grades', highest.index], 'band_not_exhaustive', `Các khoảng xếp loại không bao phủ đến ${total} điểm`, `The grade bands do not cover the totals up to ${total}`);
      }
      const rank = (b: Bounds) => GRADE_ORDER.indexOf((grades[b.index] as Obj)['grade'] as (typeof GRADE_ORDER)[number]);
      for (let i = 0; i + 1 < sorted.length; i++) {
        if (rank(sorted[i]!) <= rank(sorted[i + 1]!)) {
          issues.add(['grades', sorted[i + 1]!.index], 'grade_order', 'Loại tốt hơn phải ứng với điểm cao hơn', 'A better grade must sit on higher points');
        }
      }
    }
  }

  const codes = new Set<string>();
  const checkRules = (key: 'notRated' | 'overrides') => {
    const rules = data[key];
    if (!Array.isArray(rules)) return issues.add([key], 'invalid_type', 'Cần một mảng (có thể rỗng)', 'Expected an array (possibly empty)');
    rules.forEach((rule: unknown, i) => {
      const at = [key, i];
      if (!isObj(rule)) return issues.add(at, 'invalid_type', 'Cần một quy tắc', 'Expected a rule');
      checkKeys(issues, rule, at, key === 'overrides' ? ['code', 'when', 'grade', 'label', 'citation'] : ['code', 'when', 'label', 'citation']);
      const code = rule['code'];
      if (requireString(issues, code, [...at, 'code'])) {
        if (codes.has(code)) issues.add([...at, 'code'], 'duplicate_id', `Mã quy tắc "${code}" bị trùng`, `Duplicate rule code "${code}"`);
        codes.add(code);
      }
      checkCondition(issues, rule['when'], [...at, 'when']);
      requireLabel(issues, rule['label'], [...at, 'label']);
      requireCitation(issues, rule['citation'], [...at, 'citation'], false);
      if (key === 'overrides' && !(GRADE_ORDER as readonly unknown[]).includes(rule['grade'])) {
        issues.add([...at, 'grade'], 'unknown_grade', `Loại không tồn tại: ${fmt(rule['grade'])}`, `Unknown grade: ${fmt(rule['grade'])}`);
      }
    });
  };
  checkRules('notRated');
  checkRules('overrides');
  if (codes.size > MAX_RULES) issues.add(['overrides'], 'too_many_rules', `Tối đa ${MAX_RULES} quy tắc`, `At most ${MAX_RULES} rules`);

  // Gaps (parts of the text that could not be read): each a code, a label, a citation and a known criterion.
  const gaps = data['gaps'];
  if (gaps !== undefined && (!Array.isArray(gaps) || gaps.length > MAX_RULES)) {
    issues.add(['gaps'], 'invalid_type', `Cần một mảng tối đa ${MAX_RULES} khoảng trống`, `Expected an array of at most ${MAX_RULES} gaps`);
  } else if (gaps !== undefined) {
    gaps.forEach((gap: unknown, i) => {
      const at = ['gaps', i];
      if (!isObj(gap)) return issues.add(at, 'invalid_type', 'Cần một khoảng trống', 'Expected a gap');
      checkKeys(issues, gap, at, ['code', 'criterion', 'label', 'citation']);
      requireString(issues, gap['code'], [...at, 'code']);
      const criterion = gap['criterion'];
      if (criterion !== undefined && (typeof criterion !== 'string' || !ids.has(criterion))) {
        issues.add([...at, 'criterion'], 'unknown_criterion', `Không có tiêu chí ${fmt(criterion)}`, `No criterion ${fmt(criterion)}`);
      }
      requireLabel(issues, gap['label'], [...at, 'label']);
      requireCitation(issues, gap['citation'], [...at, 'citation'], false);
    });
  }

  return issues.list.length === 0 ? { ok: true, value: copyFrozen(data) as unknown as Rulebook } : { ok: false, issues: issues.list };
};

/**
 * Validates a user rulebook and returns a frozen copy, or throws with every problem listed.
 * Validation is hand-written (no zod), so the rating package stays light; see {@link parseRulebook}
 * for the checks and issue codes.
 *
 * @param data - rulebook data (e.g. a province's scorecard)
 * @returns the validated, frozen rulebook, ready for `grade`
 * @throws CoopError `INVALID_RULEBOOK` with `details.issues` (each with `path`, `code`, `message`)
 * @example
 * ```ts
 * import { defineRulebook, CIRCULAR_01_2020 } from '@coop/rating';
 * const province = defineRulebook({
 *   ...CIRCULAR_01_2020,
 *   id: 'province-x-2024',
 *   grades: [
 *     { grade: 'good', gte: 85 },
 *     { grade: 'fair', gte: 65, lt: 85 },
 *     { grade: 'average', gte: 50, lt: 65 },
 *     { grade: 'weak', lt: 50 },
 *   ],
 * });
 * province.id; // 'province-x-2024'
 * ```
 */
export const defineRulebook = (data: unknown): Rulebook => {
  const result = parseRulebook(data);
  if (result.ok) return result.value;
  const first = result.issues[0]!;
  throw new CoopError(
    'INVALID_RULEBOOK',
    `Invalid rulebook: ${result.issues.length} issue(s); first at ${first.path.join('.') || '(root)'}: ${first.message.en}`,
    { issues: result.issues },
  );
};
