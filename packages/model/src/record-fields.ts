import { CoopError } from './errors.js';
import { readOwn } from './internal/read.js';
import { describeSafely } from './internal/snapshot.js';
/**
 * The table of record fields that rulebooks and indicators may reference. Kept free of zod so that code
 * which only reads records (grading, rulebook validation) stays small in a browser bundle.
 */
import type { YearlyRecord } from './yearly-record.js';

/**
 * The value type of a record field that rules and indicators may reference.
 *
 * @example
 * ```ts
 * import { RECORD_FIELDS, type RecordFieldType } from '@coop/model';
 * const type: RecordFieldType = RECORD_FIELDS.revenue;
 * type; // 'vnd'
 * ```
 */
export type RecordFieldType = 'count' | 'vnd' | 'months' | 'boolean' | 'hectares' | 'date' | 'enum' | 'text';

/**
 * Every record field that rulebooks and indicators may reference, by dotted path, with its type.
 * Rulebook and indicator validation uses this table to reject unknown field references.
 *
 * @example
 * ```ts
 * import { RECORD_FIELDS } from '@coop/model';
 * RECORD_FIELDS['flags.ocopProduct']; // 'boolean'
 * ```
 */
export const RECORD_FIELDS = {
  kind: 'enum',
  sector: 'enum',
  areaCode: 'text',
  foundedOn: 'date',
  officialMembers: 'count',
  associateMembers: 'count',
  memberHouseholds: 'count',
  revenue: 'vnd',
  plannedRevenue: 'vnd',
  preTaxProfit: 'vnd',
  afterTaxProfit: 'vnd',
  totalCapital: 'vnd',
  indivisibleAssets: 'vnd',
  'funds.development': 'vnd',
  'funds.reserve': 'vnd',
  'funds.other': 'vnd',
  incomePerMember: 'vnd',
  monthsOperating: 'months',
  monthsSuspended: 'months',
  sanctioned: 'boolean',
  'flags.valueChainLinkage': 'boolean',
  'flags.enterpriseLinked': 'boolean',
  'flags.highTech': 'boolean',
  'flags.digitalTransformation': 'boolean',
  'flags.gapCertified': 'boolean',
  'flags.ocopProduct': 'boolean',
  'flags.modelCooperative': 'boolean',
  'managers.total': 'count',
  'managers.directorProgrammeTrained': 'count',
  'farmLand.areaHa': 'hectares',
  'farmLand.productValue': 'vnd',
} as const satisfies Record<string, RecordFieldType>;

/**
 * A dotted path to a record field listed in {@link RECORD_FIELDS}.
 *
 * @example
 * ```ts
 * import { readRecordField, type RecordField, type YearlyRecord } from '@coop/model';
 * const field: RecordField = 'funds.reserve';
 * const record = { organisationId: 'a', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', funds: { reserve: 5 } } satisfies YearlyRecord;
 * readRecordField(record, field); // 5
 * ```
 */
export type RecordField = keyof typeof RECORD_FIELDS;

/**
 * Tells whether a string names a record field that rules may reference.
 *
 * @param path - a dotted path such as `funds.reserve`
 * @returns `true` when the path is in {@link RECORD_FIELDS}
 * @example
 * ```ts
 * import { isRecordField } from '@coop/model';
 * isRecordField('flags.highTech'); // true
 * isRecordField('flags.unknown'); // false
 * ```
 */
export const isRecordField = (path: string): path is RecordField =>
  typeof path === 'string' && Object.hasOwn(RECORD_FIELDS, path);

/**
 * Reads a record field by dotted path; `undefined` means "no data".
 *
 * @param record - a yearly record
 * @param field - a field from {@link RECORD_FIELDS}
 * @returns the value, or `undefined` when absent
 * @throws CoopError `INVALID_ARGUMENT` when `field` is not in {@link RECORD_FIELDS} or `record` is not an object or cannot be read
 * @example
 * ```ts
 * import { readRecordField } from '@coop/model';
 * readRecordField({ funds: { reserve: 10 } } as never, 'funds.reserve'); // 10
 * ```
 */
export const readRecordField = (
  record: YearlyRecord,
  field: RecordField,
): number | boolean | string | undefined => {
  if (!isRecordField(field)) throw new CoopError('INVALID_ARGUMENT', `Not a record field: ${describeSafely(field)}`, { received: describeSafely(field) });
  if (typeof record !== 'object' || record === null) throw new CoopError('INVALID_ARGUMENT', 'Expected a yearly record', { received: describeSafely(record) });
  // Own properties only, each read once (a getter or a revoked Proxy ends as a typed error).
  const dot = field.indexOf('.');
  if (dot < 0) return readOwn(record, field, 'record') as number | boolean | string | undefined;
  const group = readOwn(record, field.slice(0, dot), 'record');
  return typeof group === 'object' && group !== null ? (readOwn(group, field.slice(dot + 1), `record.${field.slice(0, dot)}`) as number | boolean | string | undefined) : undefined;
};

/**
 * The valid values of a numeric record field: from `min` to `max` inclusive, whole numbers when
 * `integer`. The one definition of a valid number in a record: `YearlyRecordSchema` enforces it (a
 * test holds the schema to this table) and the evaluators of `@coop/rating` check records against it.
 *
 * @example
 * ```ts
 * import { RECORD_FIELD_RANGES, type RecordFieldRange } from '@coop/model';
 * const months: RecordFieldRange = RECORD_FIELD_RANGES.monthsOperating;
 * months.max; // 12
 * ```
 */
export interface RecordFieldRange {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

const COUNT: RecordFieldRange = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true };
const VND: RecordFieldRange = { min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, integer: true };
const VND_NON_NEGATIVE: RecordFieldRange = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true };
const MONTHS: RecordFieldRange = { min: 0, max: 12, integer: true };

/**
 * The range of every numeric field of {@link RECORD_FIELDS} (counts, đồng, months, hectares): counts
 * and most amounts are never negative; profits and income per member may be; months are 0–12.
 *
 * @example
 * ```ts
 * import { RECORD_FIELD_RANGES } from '@coop/model';
 * RECORD_FIELD_RANGES.revenue.min; // 0
 * RECORD_FIELD_RANGES.afterTaxProfit.min < 0; // true
 * ```
 */
export const RECORD_FIELD_RANGES = {
  officialMembers: COUNT,
  associateMembers: COUNT,
  memberHouseholds: COUNT,
  revenue: VND_NON_NEGATIVE,
  plannedRevenue: VND_NON_NEGATIVE,
  preTaxProfit: VND,
  afterTaxProfit: VND,
  totalCapital: VND_NON_NEGATIVE,
  indivisibleAssets: VND_NON_NEGATIVE,
  'funds.development': VND_NON_NEGATIVE,
  'funds.reserve': VND_NON_NEGATIVE,
  'funds.other': VND_NON_NEGATIVE,
  incomePerMember: VND,
  monthsOperating: MONTHS,
  monthsSuspended: MONTHS,
  'managers.total': COUNT,
  'managers.directorProgrammeTrained': COUNT,
  'farmLand.areaHa': { min: 0, max: 1e9, integer: false },
  'farmLand.productValue': VND_NON_NEGATIVE,
} as const satisfies { readonly [K in RecordField as (typeof RECORD_FIELDS)[K] extends 'count' | 'vnd' | 'months' | 'hectares' ? K : never]: RecordFieldRange };
