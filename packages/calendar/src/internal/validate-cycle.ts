/**
 * Hand-written validation of reporting-cycle data (no zod: the deadlines path must stay small).
 * Collects every issue with its path and a stable code; never throws.
 */
import type { Issue, ParseResult } from '@coop/model';
import type { CycleStep, ReportingCycle } from '../cycles.js';
import { isPeriodId, parsePeriod } from '../period.js';
import { CYCLE_LIMITS, MAX_STEPS } from './assert-cycle.js';
import { daysInMonth, isCivilDate } from './civil-date.js';
import { plainCopy } from './snapshot.js';

type Path = ReadonlyArray<string | number>;
type Obj = Record<string, unknown>;

const PERIOD_TYPES: readonly string[] = ['year', 'half', 'quarter', 'month'];
const PER_YEAR: Readonly<Record<string, number>> = { year: 1, half: 2, quarter: 4, month: 12 };
const LEVELS: readonly string[] = ['group', 'cooperative', 'organisation', 'commune', 'district', 'province', 'agency', 'ministry'];
const WINDOWS: readonly string[] = ['decree-09-2019', 'calendar'];

const CYCLE_KEYS = ['id', 'kind', 'label', 'source', 'evidence', 'note', 'periodType', 'window', 'periods', 'validity', 'rollsOverDaysOff', 'steps'];
const STEP_KEYS = ['id', 'level', 'to', 'label', 'due', 'strictBefore', 'rollsOverDaysOff', 'lockAfterDays', 'source', 'validFrom', 'validUntil', 'unconfirmed'];
const CITATION_KEYS = ['document', 'clause', 'phrase', 'seed', 'note'];
const SELECTION_KEYS = ['first', 'last', 'indices'];
const VALIDITY_KEYS = ['effective', 'repealed', 'repealedBy', 'note'];

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'string'
        ? JSON.stringify(value.slice(0, 40))
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : typeof value;

interface Collector {
  readonly issues: Issue[];
  add(path: Path, code: string, en: string, vi: string, expected?: string, received?: unknown): void;
}

const collector = (): Collector => {
  const issues: Issue[] = [];
  return {
    issues,
    add: (path, code, en, vi, expected, received) => {
      issues.push({
        path,
        code,
        message: { vi, en },
        ...(expected === undefined ? {} : { expected }),
        ...(received === undefined ? {} : { received: describe(received) }),
      });
    },
  };
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const object = (c: Collector, v: unknown, path: Path, keys: readonly string[]): Obj | undefined => {
  if (!isObj(v)) {
    c.add(path, 'invalid_type', 'Expected an object', 'Cần một đối tượng', 'object', v);
    return undefined;
  }
  for (const key of Object.keys(v)) {
    if (!keys.includes(key)) c.add([...path, key], 'unknown_key', `Unknown key "${key}"`, `Khóa không hợp lệ "${key}"`, keys.join(' | '));
  }
  return v;
};

const text = (c: Collector, v: unknown, path: Path, required: boolean): void => {
  if (v === undefined) {
    if (required) c.add(path, 'required', 'Required', 'Bắt buộc', 'non-empty string');
  } else if (typeof v !== 'string' || v.length === 0) {
    c.add(path, 'invalid_type', 'Expected a non-empty string', 'Cần một chuỗi không rỗng', 'non-empty string', v);
  }
};

const label = (c: Collector, v: unknown, path: Path, required: boolean): void => {
  if (v === undefined && !required) return;
  if (v === undefined) {
    c.add(path, 'required', 'Required', 'Bắt buộc', '{ vi, en }');
    return;
  }
  const o = object(c, v, path, ['vi', 'en']);
  if (o) {
    text(c, o['vi'], [...path, 'vi'], true);
    text(c, o['en'], [...path, 'en'], true);
  }
};

const citation = (c: Collector, v: unknown, path: Path, required: boolean): void => {
  if (v === undefined) {
    if (required) c.add(path, 'required', 'Required', 'Bắt buộc', '{ document, clause?, phrase?, seed? }');
    return;
  }
  const o = object(c, v, path, CITATION_KEYS);
  if (!o) return;
  text(c, o['document'], [...path, 'document'], true);
  for (const key of ['clause', 'phrase', 'seed', 'note']) text(c, o[key], [...path, key], false);
};

const integer = (c: Collector, v: unknown, path: Path, min: number, max: number): v is number => {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    c.add(path, v === undefined ? 'required' : 'invalid_type', 'Expected an integer', 'Cần một số nguyên', `integer ${min}–${max}`, v);
    return false;
  }
  if (v < min || v > max) {
    c.add(path, 'invalid_value', `Expected an integer from ${min} to ${max}`, `Cần số nguyên từ ${min} đến ${max}`, `${min}–${max}`, v);
    return false;
  }
  return true;
};

const boolean = (c: Collector, v: unknown, path: Path): void => {
  if (v !== undefined && typeof v !== 'boolean') c.add(path, 'invalid_type', 'Expected a boolean', 'Cần giá trị đúng/sai', 'boolean', v);
};

const oneOf = (c: Collector, v: unknown, path: Path, values: readonly string[], required: boolean): void => {
  if (v === undefined && !required) return;
  if (typeof v !== 'string' || !values.includes(v)) {
    c.add(path, v === undefined ? 'required' : 'invalid_value', `Expected one of ${values.join(', ')}`, `Cần một trong ${values.join(', ')}`, values.join(' | '), v);
  }
};

const civil = (c: Collector, v: unknown, path: Path): void => {
  if (v !== undefined && !isCivilDate(v)) c.add(path, 'invalid_date', 'Expected a civil date YYYY-MM-DD', 'Cần ngày dạng YYYY-MM-DD', 'YYYY-MM-DD', v);
};

const due = (c: Collector, v: unknown, path: Path, periodType: unknown, indices: unknown): void => {
  const o = object(c, v, path, ['month', 'day', 'yearOffset', 'monthsAfterEnd']);
  if (!o) return;
  if ('monthsAfterEnd' in o) {
    if ('month' in o || 'yearOffset' in o) {
      c.add(path, 'invalid_value', 'Use either { month, day, yearOffset? } or { monthsAfterEnd, day }', 'Dùng { month, day, yearOffset? } hoặc { monthsAfterEnd, day }');
    }
    integer(c, o['monthsAfterEnd'], [...path, 'monthsAfterEnd'], -12, 24);
    if (o['day'] !== 'last') integer(c, o['day'], [...path, 'day'], 1, 31);
    return;
  }
  const monthOk = integer(c, o['month'], [...path, 'month'], 1, 12);
  if (monthOk) integer(c, o['day'], [...path, 'day'], 1, daysInMonth(2001, o['month'] as number));
  if (o['yearOffset'] !== undefined) integer(c, o['yearOffset'], [...path, 'yearOffset'], -1, 2);
  // A fixed month/day is one date per year: it only makes sense for one period per year.
  const perYear = typeof periodType === 'string' ? PER_YEAR[periodType] : undefined;
  if (perYear !== undefined && perYear > 1 && !(Array.isArray(indices) && indices.length === 1)) {
    c.add(
      path,
      'ambiguous_due_date',
      'A fixed month/day needs a yearly period, or periods.indices selecting one period per year; use { monthsAfterEnd, day } otherwise',
      'Ngày cố định trong năm chỉ dùng cho kỳ năm hoặc khi chọn đúng một kỳ mỗi năm; nếu không, dùng { monthsAfterEnd, day }',
    );
  }
};

const periodSelection = (c: Collector, v: unknown, path: Path, periodType: unknown): void => {
  if (v === undefined) return;
  const o = object(c, v, path, SELECTION_KEYS);
  if (!o) return;
  for (const key of ['first', 'last'] as const) {
    const id = o[key];
    if (id === undefined) continue;
    if (!isPeriodId(id)) c.add([...path, key], 'invalid_period', 'Expected a period id', 'Cần mã kỳ (2025, 2025S1, 2025Q1, 202503)', 'period id', id);
    else if (parsePeriod(id).type !== periodType) c.add([...path, key], 'invalid_period', `Expected a ${String(periodType)} period`, 'Mã kỳ không đúng loại kỳ', String(periodType), id);
  }
  if (isPeriodId(o['first']) && isPeriodId(o['last']) && parsePeriod(o['first']).start > parsePeriod(o['last']).start) {
    c.add([...path, 'last'], 'invalid_value', 'last is before first', 'Kỳ cuối trước kỳ đầu');
  }
  if (o['indices'] !== undefined) {
    const max = typeof periodType === 'string' ? (PER_YEAR[periodType] ?? 12) : 12;
    if (!Array.isArray(o['indices']) || o['indices'].length === 0 || o['indices'].length > 12) {
      c.add([...path, 'indices'], 'invalid_type', 'Expected a non-empty array of indices', 'Cần danh sách chỉ số kỳ', 'number[]', o['indices']);
    } else {
      o['indices'].forEach((index: unknown, i: number) => integer(c, index, [...path, 'indices', i], 1, max));
    }
  }
};

const step = (c: Collector, v: unknown, path: Path, cycle: Obj): void => {
  const o = object(c, v, path, STEP_KEYS);
  if (!o) return;
  text(c, o['id'], [...path, 'id'], true);
  oneOf(c, o['level'], [...path, 'level'], LEVELS, cycle['kind'] === 'report');
  label(c, o['to'], [...path, 'to'], false);
  label(c, o['label'], [...path, 'label'], true);
  if (o['due'] === undefined) c.add([...path, 'due'], 'required', 'Required', 'Bắt buộc', '{ month, day } or { monthsAfterEnd, day }');
  else due(c, o['due'], [...path, 'due'], cycle['periodType'], isObj(cycle['periods']) ? cycle['periods']['indices'] : undefined);
  boolean(c, o['strictBefore'], [...path, 'strictBefore']);
  boolean(c, o['rollsOverDaysOff'], [...path, 'rollsOverDaysOff']);
  if (o['lockAfterDays'] !== undefined) integer(c, o['lockAfterDays'], [...path, 'lockAfterDays'], 0, 3660);
  citation(c, o['source'], [...path, 'source'], false);
  civil(c, o['validFrom'], [...path, 'validFrom']);
  civil(c, o['validUntil'], [...path, 'validUntil']);
  if (isCivilDate(o['validFrom']) && isCivilDate(o['validUntil']) && o['validFrom'] > o['validUntil']) {
    c.add([...path, 'validUntil'], 'invalid_value', 'validUntil is before validFrom', 'validUntil trước validFrom');
  }
  label(c, o['unconfirmed'], [...path, 'unconfirmed'], false);
  if (cycle['kind'] === 'event' && (o['rollsOverDaysOff'] === true || o['strictBefore'] === true || o['lockAfterDays'] !== undefined)) {
    c.add(path, 'event_rolls', 'An event happens on its date: no roll, no strict reading, no lock', 'Sự kiện diễn ra đúng ngày: không lùi ngày, không khóa');
  }
};

/** Validates cycle data and fills in defaults; see `parseCycle`. Snapshots first: never throws. */
export const validateCycle = (input: unknown): ParseResult<ReportingCycle> => {
  const copy = plainCopy(input, CYCLE_LIMITS);
  return copy.ok ? validateCopy(copy.value) : { ok: false, issues: copy.issues };
};

/** Validates the plain copy of a cycle. */
const validateCopy = (data: unknown): ParseResult<ReportingCycle> => {
  const c = collector();
  const o = object(c, data, [], CYCLE_KEYS);
  if (!o) return { ok: false, issues: c.issues };
  text(c, o['id'], ['id'], true);
  oneOf(c, o['kind'], ['kind'], ['report', 'event'], true);
  label(c, o['label'], ['label'], true);
  citation(c, o['source'], ['source'], true);
  oneOf(c, o['evidence'], ['evidence'], ['document', 'research'], false);
  label(c, o['note'], ['note'], false);
  oneOf(c, o['periodType'], ['periodType'], PERIOD_TYPES, true);
  oneOf(c, o['window'], ['window'], WINDOWS, o['kind'] === 'report');
  periodSelection(c, o['periods'], ['periods'], o['periodType']);
  if (o['validity'] !== undefined) {
    const v = object(c, o['validity'], ['validity'], VALIDITY_KEYS);
    if (v) {
      civil(c, v['effective'], ['validity', 'effective']);
      civil(c, v['repealed'], ['validity', 'repealed']);
      citation(c, v['repealedBy'], ['validity', 'repealedBy'], false);
      label(c, v['note'], ['validity', 'note'], false);
    }
  }
  boolean(c, o['rollsOverDaysOff'], ['rollsOverDaysOff']);
  if (o['kind'] === 'event' && o['rollsOverDaysOff'] === true) {
    c.add(['rollsOverDaysOff'], 'event_rolls', 'An event happens on its date and never rolls', 'Sự kiện diễn ra đúng ngày, không lùi ngày');
  }
  const steps = o['steps'];
  if (!Array.isArray(steps) || steps.length === 0) {
    c.add(['steps'], steps === undefined ? 'required' : 'invalid_type', 'Expected a non-empty array of steps', 'Cần ít nhất một bước', 'step[]', steps);
  } else if (steps.length > MAX_STEPS) {
    c.add(['steps'], 'too_large', `At most ${MAX_STEPS} steps`, `Tối đa ${MAX_STEPS} bước`, `≤ ${MAX_STEPS}`, steps.length);
  } else {
    const seen = new Set<unknown>();
    steps.forEach((s: unknown, i: number) => {
      step(c, s, ['steps', i], o);
      const id = isObj(s) ? s['id'] : undefined;
      if (typeof id === 'string' && seen.has(id)) c.add(['steps', i, 'id'], 'duplicate_id', `Duplicate step id "${id}"`, `Trùng mã bước "${id}"`);
      seen.add(id);
    });
  }
  if (c.issues.length > 0) return { ok: false, issues: c.issues };

  const isEvent = o['kind'] === 'event';
  const value = {
    ...(o as unknown as ReportingCycle),
    evidence: (o['evidence'] as ReportingCycle['evidence'] | undefined) ?? 'document',
    rollsOverDaysOff: isEvent ? false : ((o['rollsOverDaysOff'] as boolean | undefined) ?? true),
    steps: (steps as Obj[]).map((s) => ({ ...(s as unknown as CycleStep), strictBefore: (s['strictBefore'] as boolean | undefined) ?? false })),
  } satisfies ReportingCycle;
  return { ok: true, value };
};

