import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';
import { AreaSchema, type Area } from './area.js';
import { isCivilDate } from './civil-date.js';
import { IndicatorSchema, type Indicator } from './indicator.js';
import type { ParseResult } from './issue.js';
import { OrganisationSchema, type Organisation } from './organisation.js';
import { PlanSchema, TaskSchema, type Plan, type Task } from './plan.js';
import { TargetSchema, type Target } from './target.js';
import { YearlyRecordSchema, type YearlyRecord } from './yearly-record.js';
import type { RawIssue } from './internal/issue-codes.js';
import { coerceCsv } from './internal/csv-coercion.js';
import { field, finite, parseListWith, parseWith, parseWithLists, type Coercion, type ListField, type ParseOptions } from './internal/parse-core.js';

export { ISSUE_CODES, type IssueCode } from './internal/issue-codes.js';
export type { ParseOptions } from './internal/parse-core.js';

type Path = ReadonlyArray<string | number>;

/** Cross-field checks of one yearly record, on plain (possibly invalid) data. */
const recordChecks = (value: unknown, base: Path): RawIssue[] => {
  const issues: RawIssue[] = [];
  const operating = finite(field(value, 'monthsOperating'));
  const suspended = finite(field(value, 'monthsSuspended'));
  if (operating !== undefined && suspended !== undefined && suspended > operating) {
    issues.push({
      path: [...base, 'monthsSuspended'],
      code: 'suspended_exceeds_operating',
      expected: `≤ monthsOperating (${operating})`,
      received: `${suspended} > ${operating}`,
    });
  }
  const managers = field(value, 'managers');
  const total = finite(field(managers, 'total'));
  const trained = finite(field(managers, 'directorProgrammeTrained'));
  if (total !== undefined && trained !== undefined && trained > total) {
    issues.push({
      path: [...base, 'managers', 'directorProgrammeTrained'],
      code: 'trained_exceed_total',
      expected: `≤ managers.total (${total})`,
      received: `${trained} > ${total}`,
    });
  }
  return issues;
};

/** Reports repeated identities in a list: `identity` returns a key, or `undefined` to skip an item. */
const duplicates = (items: unknown, identity: (item: unknown) => string | undefined, at: (index: number) => Path): RawIssue[] => {
  if (!Array.isArray(items)) return [];
  const first = new Map<string, number>();
  const issues: RawIssue[] = [];
  items.forEach((item, index) => {
    const key = identity(item);
    if (key === undefined) return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else issues.push({ path: at(index), code: 'duplicate', expected: `index ${seen}`, received: key });
  });
  return issues;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/**
 * Parses an untrusted organisation (JSON, a form, a CSV row) into a fresh {@link Organisation}.
 * Never throws on data; also checks that `dissolvedOn` is not before `foundedOn`.
 *
 * @param input - anything
 * @param options - `{ coerce: 'csv' }` to read text cells; limits
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` (codes in {@link ISSUE_CODES})
 * @example
 * ```ts
 * import { parseOrganisation } from '@coop/model';
 * const result = parseOrganisation({
 *   id: 'HTX-001', name: 'HTX Tân Cương', kind: 'cooperative', sector: 'agriculture-crop',
 *   areaCode: 'TNG', foundedOn: '2015-03-01', dissolvedOn: '2014-01-01',
 * });
 * result.ok; // false
 * result.ok ? undefined : result.issues[0]?.code; // 'dissolved_before_founded'
 * ```
 */
export const parseOrganisation = (input: unknown, options?: ParseOptions): ParseResult<Organisation> =>
  parseWith(OrganisationSchema, input, options, coerceCsv, (value) => {
    const founded = field(value, 'foundedOn');
    const dissolved = field(value, 'dissolvedOn');
    if (isCivilDate(founded) && isCivilDate(dissolved) && dissolved < founded) {
      return [
        {
          path: ['dissolvedOn'],
          code: 'dissolved_before_founded',
          expected: `on or after ${founded}`,
          received: `${dissolved} < ${founded}`,
        },
      ];
    }
    return [];
  });

/**
 * Parses one untrusted organisation-year record into a fresh {@link YearlyRecord}. Never throws on
 * data. Besides the schema, checks that months operating plus months suspended do not exceed 12 and
 * that managers trained do not exceed the total.
 *
 * @param input - anything
 * @param options - `{ coerce: 'csv' }` to read text cells (`"5.000.000"`, `"có"`, `""` = absent); limits
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` (codes in {@link ISSUE_CODES})
 * @example
 * ```ts
 * import { parseYearlyRecord } from '@coop/model';
 * const row = {
 *   organisationId: 'HTX-001', year: '2024', kind: 'cooperative', sector: 'agriculture-crop',
 *   areaCode: 'TNG', revenue: '6.200.000.000', officialMembers: '35', sanctioned: 'không', name: '',
 * };
 * const result = parseYearlyRecord(row, { coerce: 'csv' });
 * result.ok ? result.value.revenue : undefined; // 6200000000
 * parseYearlyRecord(row).ok; // false — numbers written as strings need { coerce: 'csv' }
 * ```
 */
export const parseYearlyRecord = (input: unknown, options?: ParseOptions): ParseResult<YearlyRecord> =>
  parseWith(YearlyRecordSchema, input, options, coerceCsv, (value) => recordChecks(value, []));

/**
 * Parses an untrusted list of organisation-year records. Issue paths start with the index of the
 * record (`[3, 'revenue']`); the same organisation and year twice is a `duplicate`.
 *
 * @param input - anything (an array is expected)
 * @param options - `{ coerce: 'csv' }` to read text cells; limits
 * @returns `{ ok: true, value }` with fresh records, or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { parseYearlyRecords } from '@coop/model';
 * const base = { organisationId: 'A', kind: 'cooperative', sector: 'finance', areaCode: 'HN' };
 * const result = parseYearlyRecords([{ ...base, year: 2024 }, { ...base, year: 2024, revenue: -1 }]);
 * result.ok ? '' : result.issues.map((i) => `${i.path.join('.')} ${i.code}`).join(', '); // '1.revenue too_small, 1 duplicate'
 * ```
 */
export const parseYearlyRecords = (input: unknown, options?: ParseOptions): ParseResult<YearlyRecord[]> =>
  parseListWith(YearlyRecordSchema, input, options, coerceCsv, (value) => recordChecks(value, []), (item) => {
    const id = text(field(item, 'organisationId'));
    const year = finite(field(item, 'year'));
    return id === undefined || year === undefined ? undefined : `${id} ${year}`;
  });

/**
 * Parses an untrusted administrative area (fills `successors` with `[]` when absent).
 *
 * @param input - anything
 * @param options - limits (CSV coercion has no numbers to read here)
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { parseArea } from '@coop/model';
 * const result = parseArea({ code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' });
 * result.ok ? result.value.successors.length : undefined; // 0
 * ```
 */
export const parseArea = (input: unknown, options?: ParseOptions): ParseResult<Area> => parseWith(AreaSchema, input, options, coerceCsv);

/**
 * Parses an untrusted list of areas; the same code twice with the same `validFrom` is a `duplicate`
 * (a code may recur with another validity period). Overlapping periods, parent and successor links
 * are checked by `buildAreaIndex`.
 *
 * @param input - anything (an array is expected)
 * @param options - limits
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with paths starting at the index
 * @example
 * ```ts
 * import { parseAreas } from '@coop/model';
 * const vn = { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' };
 * parseAreas([vn, vn]).ok; // false — duplicate code
 * ```
 */
export const parseAreas = (input: unknown, options?: ParseOptions): ParseResult<Area[]> => areasWith(input, options, coerceCsv);

/**
 * @internal `parseAreas(input)` without options, for `buildAreaIndex`: the same issues and value, and
 * no CSV reading in the bundle (an area list given to a function is never coerced).
 */
export const checkAreas = (input: unknown): ParseResult<Area[]> => areasWith(input, undefined, undefined);

const areasWith = (input: unknown, options: ParseOptions | undefined, coercion: Coercion | undefined): ParseResult<Area[]> =>
  // Item by item, so that reading stops once `maxIssues` issues are found (a hostile list stays cheap).
  // An area is a code plus a validity period: the same code twice is a duplicate only with the same start.
  parseListWith(
    AreaSchema,
    input,
    options,
    coercion,
    undefined,
    (item) => {
      const code = text(field(item, 'code'));
      const from = text(field(item, 'validFrom'));
      return code === undefined || from === undefined ? code : `${code} from ${from}`;
    },
    ['code'],
  );

/**
 * Parses an untrusted indicator (KPI) definition; conditions and aggregates may only reference
 * fields of `RECORD_FIELDS` (`unknown_field` otherwise).
 *
 * @param input - anything
 * @param options - `{ coerce: 'csv' }` to read numbers written as text; limits
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { parseIndicator } from '@coop/model';
 * const result = parseIndicator({
 *   id: 'members', label: { vi: 'Số thành viên', en: 'Members' },
 *   numerator: { op: 'sum', field: 'officialMember' }, unit: 'members', direction: 'higher-is-better',
 * });
 * result.ok ? undefined : result.issues[0]?.code; // 'unknown_field' (at numerator.field)
 * ```
 */
export const parseIndicator = (input: unknown, options?: ParseOptions): ParseResult<Indicator> =>
  parseWith(IndicatorSchema, input, options, coerceCsv);

/**
 * Parses an untrusted plan target.
 *
 * @param input - anything
 * @param options - `{ coerce: 'csv' }` to read numbers written as text; limits
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { parseTarget } from '@coop/model';
 * const result = parseTarget({
 *   id: 't', indicator: 'ag-good-or-fair-share', label: { vi: 'Tốt, khá', en: 'Good or fair' },
 *   comparator: { kind: 'more-than', value: 60 }, deadline: 2030, source: { document: 'QĐ 2803' },
 * });
 * result.ok ? undefined : result.issues[0]?.path.join('.'); // 'comparator.kind'
 * result.ok ? undefined : result.issues[0]?.code; // 'invalid_enum'
 * ```
 */
export const parseTarget = (input: unknown, options?: ParseOptions): ParseResult<Target> =>
  parseWith(TargetSchema, input, options, coerceCsv);

/** The plan's schema with `targets` and `tasks` checked only as arrays: their items are read one by one. */
const PLAN_SHELL = /* @__PURE__ */ pureSchema(() => z.extend(PlanSchema, {
  targets: z._default(z.array(z.unknown()), []),
  tasks: z._default(z.array(z.unknown()), []),
}));
const PLAN_LISTS: readonly ListField[] = [
  { key: 'targets', item: TargetSchema },
  { key: 'tasks', item: TaskSchema },
];

/**
 * Parses an untrusted plan with its targets and tasks; target ids and task ids must be unique
 * within the plan (`duplicate`). Targets and tasks are read one by one: once more than `maxIssues`
 * issues are found reading stops and the closing `too_many_issues` issue says `N+`.
 *
 * @param input - anything
 * @param options - `{ coerce: 'csv' }` to read numbers written as text; limits
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { parsePlan } from '@coop/model';
 * const result = parsePlan({
 *   id: 'p', title: { vi: 'Kế hoạch', en: 'Plan' }, issuer: { vi: 'UBND tỉnh', en: 'Province' },
 *   document: { date: '2025-02-30' }, jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
 * });
 * result.ok ? undefined : result.issues[0]?.code; // 'invalid_date'
 * ```
 */
export const parsePlan = (input: unknown, options?: ParseOptions): ParseResult<Plan> =>
  // Targets and tasks item by item, so that reading stops once `maxIssues` issues are found (a plan
  // with a hostile list of targets stays cheap); the issues are those of one parse with PlanSchema.
  parseWithLists<Plan>(PLAN_SHELL, PLAN_LISTS, input, options, coerceCsv, (value) => [
    ...duplicates(field(value, 'targets'), (item) => text(field(item, 'id')), (index) => ['targets', index, 'id']),
    ...duplicates(field(value, 'tasks'), (item) => text(field(item, 'id')), (index) => ['tasks', index, 'id']),
  ]);

/**
 * Parses an untrusted plan task.
 *
 * @param input - anything
 * @param options - `{ coerce: 'csv' }` to read numbers written as text; limits
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { parseTask } from '@coop/model';
 * const result = parseTask({
 *   id: 'I.1', section: 'I', title: { vi: 'Tuyên truyền', en: 'Awareness' }, lead: 'Bộ Tài chính',
 *   timeframe: { kind: 'span', from: 2026, to: 2025 }, source: { document: 'NQ 134/NQ-CP' },
 * });
 * result.ok ? undefined : result.issues[0]?.code; // 'invalid_range' (at timeframe.to)
 * ```
 */
export const parseTask = (input: unknown, options?: ParseOptions): ParseResult<Task> => parseWith(TaskSchema, input, options, coerceCsv);
