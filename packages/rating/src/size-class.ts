import { CoopError, assertList, isCivilDate, parseYearlyRecord, type Citation, type Label, type YearlyRecord } from '@coop/model';
import { describeValue, guard, isObjectLike, ownField, unwrap } from './internal/evaluation-guard.js';
import { inForceOn } from './internal/grade-validity.js';
import { SIZE_CLASS_RULES, type SizeClass, type SizeClassRule, type SizeTest } from './size-class-rules.js';

/**
 * Options of {@link sizeClass}.
 *
 * @example
 * ```ts
 * import { type SizeClassOptions, SIZE_CLASS_RULES } from '@coop/rating';
 * const options: SizeClassOptions = { on: '2025-06-30', rules: SIZE_CLASS_RULES };
 * ```
 */
export interface SizeClassOptions {
  /** The day the classification is made (picks the rule in force), `YYYY-MM-DD`. */
  readonly on: string;
  /** Candidate rules; default {@link SIZE_CLASS_RULES}. */
  readonly rules?: readonly SizeClassRule[];
  /** Only rules with this basis (e.g. `capital` for Circular 01/2020's capital table). */
  readonly basis?: string;
}

/**
 * The size class of a record, or `unknown` with the reason.
 *
 * @example
 * ```ts
 * import { type SizeClassResult, sizeClass } from '@coop/rating';
 * const result: SizeClassResult = sizeClass(
 *   { organisationId: 'A', year: 2023, kind: 'cooperative', sector: 'other', areaCode: 'X', officialMembers: 20 },
 *   { on: '2023-12-31' },
 * );
 * result.class; // 'micro'
 * ```
 */
export interface SizeClassResult {
  readonly class: SizeClass | 'unknown';
  /** Why the class is unknown: `not-recovered` (the text's row is not known), `missing-data`, `no-rule`. */
  readonly reason?: 'not-recovered' | 'missing-data' | 'no-rule';
  /** Fields that were needed but absent (with `missing-data`). */
  readonly missing?: readonly string[];
  readonly rule?: { readonly id: string; readonly basis: string; readonly citation: Citation };
  readonly label: Label;
}

const LABELS: Readonly<Record<SizeClass | 'unknown', Label>> = {
  micro: { vi: 'Siêu nhỏ', en: 'Micro' },
  small: { vi: 'Nhỏ', en: 'Small' },
  medium: { vi: 'Vừa', en: 'Medium' },
  large: { vi: 'Lớn', en: 'Large' },
  unknown: { vi: 'Chưa xác định', en: 'Unknown' },
};

/** Three-valued test: true / false / undefined (field absent). */
const test = (t: SizeTest, record: YearlyRecord, missing: Set<string>): boolean | undefined => {
  const v = record[t.field];
  if (typeof v !== 'number') {
    missing.add(t.field);
    return undefined;
  }
  return t.gte !== undefined ? v >= t.gte : t.gt !== undefined ? v > t.gt : true;
};

const and = (values: ReadonlyArray<boolean | undefined>): boolean | undefined =>
  values.includes(false) ? false : values.includes(undefined) ? undefined : true;
const or = (values: ReadonlyArray<boolean | undefined>): boolean | undefined =>
  values.includes(true) ? true : values.includes(undefined) ? undefined : false;

/**
 * Classifies an organisation-year by size under the rule in force on a given day.
 *
 * The rule: among `rules` in force on `on` (inclusive dates) that cover the record's kind (and `basis`,
 * when given), the one with the latest `effectiveFrom` (Decree 113/2024 from 2024-11-01 over Circular
 * 01/2020), ties broken by list order (members before capital). In the rule, the first table covering
 * the sector applies; its classes are tried largest first. A condition that cannot be decided because a
 * field is absent gives `unknown` / `missing-data` (missing is not zero); a row of the text that was not
 * recovered gives `unknown` / `not-recovered`.
 *
 * @param record - the organisation-year
 * @param options - the day (`on`), optionally the rules and a basis
 * @returns the class with the rule used, or `unknown` with the reason
 * @throws CoopError `INVALID_DATE` when `on` is not a real `YYYY-MM-DD` date (`2024-13-45` is not);
 * `INVALID_RECORD` (with `details.issues`) when `record` is not a valid yearly record; `INVALID_OPTIONS`
 * for options that are not an object, a `basis` that is not text, or `rules` that cannot be read
 * @example
 * ```ts
 * import { sizeClass } from '@coop/rating';
 * const r = { organisationId: 'A', year: 2025, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X',
 *   officialMembers: 320, revenue: 12_000_000_000, totalCapital: 2_000_000_000 } as const;
 * sizeClass(r, { on: '2025-12-31' }).class; // 'medium'
 * sizeClass(r, { on: '2023-12-31' }).class; // 'medium' (Circular 01/2020: over 300 members)
 * ```
 */
export const sizeClass = (record: YearlyRecord, options: SizeClassOptions): SizeClassResult => {
  const { on, rules: given, basis } = readOptions(options);
  // The record is read through the model's parser: a snapshot, validated (no raw TypeError, no getter read twice).
  const checked = unwrap(parseYearlyRecord(record), 'INVALID_RECORD', 'record');
  // Caller rules are programmer data: anything unreadable in them ends as a typed error.
  return guard('INVALID_OPTIONS', 'options.rules', () => ['rules'], () => classify(checked, on, given, basis));
};

/** Reads the options once: a real civil date, a text basis, a bounded list of rules. */
const readOptions = (options: unknown): { on: string; rules: readonly SizeClassRule[]; basis: string | undefined } =>
  guard('INVALID_OPTIONS', 'options', () => [], () => {
    if (!isObjectLike(options)) throw new CoopError('INVALID_OPTIONS', `sizeClass needs options { on: 'YYYY-MM-DD' }; received ${describeValue(options)}`);
    const on = ownField(options, 'on');
    if (!isCivilDate(on)) {
      throw new CoopError('INVALID_DATE', `sizeClass needs { on: 'YYYY-MM-DD' } (a real date); received ${describeValue(on)}`, { received: describeValue(on) });
    }
    const rules = ownField(options, 'rules');
    const basis = ownField(options, 'basis');
    if (basis !== undefined && typeof basis !== 'string') throw new CoopError('INVALID_OPTIONS', `options.basis must be text; received ${describeValue(basis)}`);
    return { on, rules: rules === undefined ? SIZE_CLASS_RULES : (assertList(rules, 'options.rules') as SizeClassRule[]), basis };
  });

const classify = (record: YearlyRecord, on: string, given: readonly SizeClassRule[], basis: string | undefined): SizeClassResult => {
  const rules = given.filter((r) => inForceOn(r, on) && r.kinds.includes(record.kind) && (basis === undefined || r.basis === basis));
  let rule: SizeClassRule | undefined;
  for (const r of rules) if (rule === undefined || r.effectiveFrom > rule.effectiveFrom) rule = r;
  if (rule === undefined) return { class: 'unknown', reason: 'no-rule', label: LABELS.unknown };
  const ref = { id: rule.id, basis: rule.basis, citation: rule.citation };
  const table = rule.tables.find((t) => t.sectors === 'all' || t.sectors.includes(record.sector));
  if (table === undefined) return { class: 'unknown', reason: 'not-recovered', rule: ref, label: LABELS.unknown };
  const missing = new Set<string>();
  for (const condition of table.classes) {
    const holds = and([
      and(condition.all.map((t) => test(t, record, missing))),
      condition.any === undefined ? true : or(condition.any.map((t) => test(t, record, missing))),
    ]);
    if (holds === undefined) return { class: 'unknown', reason: 'missing-data', missing: [...missing], rule: ref, label: LABELS.unknown };
    if (holds) {
      return condition.class === 'unknown'
        ? { class: 'unknown', reason: 'not-recovered', rule: ref, label: LABELS.unknown }
        : { class: condition.class, rule: ref, label: LABELS[condition.class] };
    }
  }
  if (table.otherwise === 'unknown') return { class: 'unknown', reason: 'not-recovered', rule: ref, label: LABELS.unknown };
  // "Otherwise" still needs the data that decided the larger classes to be present.
  return { class: table.otherwise, rule: ref, label: LABELS[table.otherwise] };
};
