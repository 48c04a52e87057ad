/**
 * The schemas as the main entry `@coop/model` exports them: the same zod 4 objects as
 * `@coop/model/schemas`, typed as {@link ModelSchema} (parse, safeParse, Standard Schema) so that a
 * consumer's compiler never loads zod's types through `@coop/model`. Each assignment below is checked
 * against the zod type, so a view cannot promise what its schema does not give.
 */
import type { ModelSchema } from './model-schema.js';
import { LabelSchema as LabelZod, type Label } from './label.js';
import { CivilDateSchema as CivilDateZod, YearSchema as YearZod, type CivilDate } from './civil-date.js';
import { OrganisationKindSchema as OrganisationKindZod, SectorSchema as SectorZod, OrganisationSchema as OrganisationZod, type Organisation, type OrganisationKind, type Sector } from './organisation.js';
import { GradeSchema as GradeZod, type Grade } from './grade.js';
import { CountSchema as CountZod, VndSchema as VndZod, NonNegativeVndSchema as NonNegativeVndZod, PointsSchema as PointsZod, ScoringSheetSchema as ScoringSheetZod, RecordFlagsSchema as RecordFlagsZod, YearlyRecordSchema as YearlyRecordZod, type RecordFlags, type ScoringSheet, type YearlyRecord } from './yearly-record.js';
import { CitationSchema as CitationZod, type Citation } from './citation.js';
import { AreaLevelSchema as AreaLevelZod, ConfidenceSchema as ConfidenceZod, AreaSchema as AreaZod, type Area, type AreaInput, type AreaLevel, type Confidence } from './area.js';
import { RecordFieldPathSchema as RecordFieldPathZod, ConditionSchema as ConditionZod, MissingPolicySchema as MissingPolicyZod, AggregateSchema as AggregateZod, IndicatorUnitSchema as IndicatorUnitZod, IndicatorSchema as IndicatorZod, type Aggregate, type AggregateInput, type Condition, type Indicator, type IndicatorInput, type IndicatorUnit, type MissingPolicy } from './indicator.js';
import { SimpleComparatorSchema as SimpleComparatorZod, RangeComparatorSchema as RangeComparatorZod, ApproximatelyComparatorSchema as ApproximatelyComparatorZod, GrowthComparatorSchema as GrowthComparatorZod, YearlyGrowthComparatorSchema as YearlyGrowthComparatorZod, EveryUnitComparatorSchema as EveryUnitComparatorZod, ComparatorSchema as ComparatorZod, GradeReadingSchema as GradeReadingZod, TargetSchema as TargetZod, type Comparator, type GradeReading, type RangeComparator, type SimpleComparator, type Target, type TargetInput } from './target.js';
import { TaskTimeframeSchema as TaskTimeframeZod, TaskSchema as TaskZod, PlanSchema as PlanZod, type Plan, type PlanInput, type Task, type TaskInput, type TaskTimeframe } from './plan.js';

/**
 * A user-facing text in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { LabelSchema } from '@coop/model';
 * LabelSchema.parse({ vi: 'Hợp tác xã', en: 'Cooperative' });
 * ```
 */
export const LabelSchema: ModelSchema<Label> = LabelZod;
/**
 * A civil date `YYYY-MM-DD` (no time zone; Vietnamese documents mean Asia/Ho_Chi_Minh).
 * Impossible dates such as `2025-02-30` are rejected with the issue code `invalid_date`.
 *
 * @example
 * ```ts
 * import { CivilDateSchema } from '@coop/model';
 * CivilDateSchema.safeParse('2025-02-30').success; // false
 * ```
 */
export const CivilDateSchema: ModelSchema<CivilDate> = CivilDateZod;
/**
 * A calendar year the library reasons about (1900–2199).
 *
 * @example
 * ```ts
 * import { YearSchema } from '@coop/model';
 * YearSchema.safeParse(1899).success; // false
 * ```
 */
export const YearSchema: ModelSchema<number> = YearZod;
/**
 * Kind of a collective economic organisation.
 *
 * @example
 * ```ts
 * import { OrganisationKindSchema } from '@coop/model';
 * OrganisationKindSchema.safeParse('federation').success; // false
 * ```
 */
export const OrganisationKindSchema: ModelSchema<OrganisationKind> = OrganisationKindZod;
/**
 * Sector of an organisation.
 *
 * @example
 * ```ts
 * import { SectorSchema } from '@coop/model';
 * SectorSchema.safeParse('agriculture-salt').success; // true
 * ```
 */
export const SectorSchema: ModelSchema<Sector> = SectorZod;
/**
 * A collective economic organisation: cooperative group, cooperative or union.
 *
 * @example
 * ```ts
 * import { OrganisationSchema } from '@coop/model';
 * OrganisationSchema.parse({
 *   id: 'HTX-001', name: 'HTX Nông nghiệp Tân Cương', kind: 'cooperative',
 *   sector: 'agriculture-crop', areaCode: 'TN-DT', foundedOn: '2015-03-01',
 * });
 * ```
 */
export const OrganisationSchema: ModelSchema<Organisation> = OrganisationZod;
/**
 * One of the four official grades.
 *
 * @example
 * ```ts
 * import { GradeSchema } from '@coop/model';
 * GradeSchema.safeParse('excellent').success; // false
 * ```
 */
export const GradeSchema: ModelSchema<Grade> = GradeZod;
/**
 * A count of people, households or organisations: a non-negative safe integer.
 *
 * @example
 * ```ts
 * import { CountSchema } from '@coop/model';
 * CountSchema.safeParse(-1).success; // false
 * CountSchema.safeParse(2.5).success; // false
 * ```
 */
export const CountSchema: ModelSchema<number> = CountZod;
/**
 * An amount of Vietnamese đồng as an exact integer (VND has no minor unit in practice).
 * Amounts are kept as safe integers in data and summed as `bigint`, so they stay exact.
 *
 * @example
 * ```ts
 * import { VndSchema } from '@coop/model';
 * VndSchema.safeParse(1.5).success; // false — VND amounts are whole đồng
 * ```
 */
export const VndSchema: ModelSchema<number> = VndZod;
/**
 * A non-negative amount of đồng.
 *
 * @example
 * ```ts
 * import { NonNegativeVndSchema } from '@coop/model';
 * NonNegativeVndSchema.safeParse(-1).success; // false
 * ```
 */
export const NonNegativeVndSchema: ModelSchema<number> = NonNegativeVndZod;
/**
 * Points on a scoring sheet: finite, non-negative, at most two decimals of precision in practice.
 *
 * @example
 * ```ts
 * import { PointsSchema } from '@coop/model';
 * PointsSchema.safeParse(5.5).success; // true
 * PointsSchema.safeParse(Number.NaN).success; // false
 * ```
 */
export const PointsSchema: ModelSchema<number> = PointsZod;
/**
 * A self-scoring sheet: the points per criterion id, for a named rulebook (e.g. `circular-01-2020`).
 * Criterion ids follow the rulebook's numbering (`1a`, `1b`, `2a`, … `15`).
 *
 * @example
 * ```ts
 * import { ScoringSheetSchema } from '@coop/model';
 * ScoringSheetSchema.safeParse({ rulebook: 'circular-01-2020', points: { '1a': -1 } }).success; // false
 * ```
 */
export const ScoringSheetSchema: ModelSchema<ScoringSheet> = ScoringSheetZod;
/**
 * Yes/no facts about an organisation in a year; absent means "not known".
 *
 * @example
 * ```ts
 * import { RecordFlagsSchema } from '@coop/model';
 * RecordFlagsSchema.safeParse({ highTech: 'yes' }).success; // false
 * ```
 */
export const RecordFlagsSchema: ModelSchema<RecordFlags> = RecordFlagsZod;
/**
 * One organisation in one year. Identity fields (`organisationId`, `year`, `kind`, `sector`, `areaCode`)
 * are required; every measured field is optional because real data is patchy — absent means "no data",
 * never zero. Money is integer VND.
 *
 * @example
 * ```ts
 * import { YearlyRecordSchema } from '@coop/model';
 * const record = YearlyRecordSchema.parse({
 *   organisationId: 'HTX-001', year: 2024, kind: 'cooperative', sector: 'agriculture-crop',
 *   areaCode: 'TN-DT', officialMembers: 35, revenue: 6_200_000_000, monthsOperating: 12,
 *   flags: { valueChainLinkage: true },
 *   sheet: { rulebook: 'circular-01-2020', points: { '1a': 5, '1b': 1 } },
 * });
 * ```
 */
export const YearlyRecordSchema: ModelSchema<YearlyRecord> = YearlyRecordZod;
/**
 * Where a rule, target or task comes from: the document, the clause, and the original Vietnamese
 * phrase, so a ministry can audit the encoding.
 *
 * @example
 * ```ts
 * import { CitationSchema } from '@coop/model';
 * CitationSchema.parse({
 *   document: 'Kế hoạch 42/KH-UBND', clause: 'II.2',
 *   phrase: 'có ít nhất 60% số HTX nông nghiệp được đánh giá, xếp loại tốt, khá',
 * });
 * ```
 */
export const CitationSchema: ModelSchema<Citation> = CitationZod;
/**
 * An administrative level.
 *
 * @example
 * ```ts
 * import { AreaLevelSchema } from '@coop/model';
 * AreaLevelSchema.safeParse('region').success; // false
 * ```
 */
export const AreaLevelSchema: ModelSchema<AreaLevel> = AreaLevelZod;
/**
 * How well a fact of the built-in catalogs is established: `confirmed` (two or more independent
 * sources agree), `single-source` (one source only), `unconfirmed` (inferred, not read in a source).
 *
 * @example
 * ```ts
 * import { ConfidenceSchema } from '@coop/model';
 * ConfidenceSchema.parse('single-source'); // 'single-source'
 * ```
 */
export const ConfidenceSchema: ModelSchema<Confidence> = ConfidenceZod;
/**
 * An administrative area with its validity. **An area is a code plus a validity period**: the same
 * code may appear several times in a list, each time with a period that does not overlap the others
 * (Viet Nam's code `19` denotes the province of Thái Nguyên before 1 July 2025 and the larger merged
 * province from that day; code `15` was Yên Bái and is now Lào Cai). An area that ceased carries its
 * last day in `validTo` and the codes of its successors; a successor code names the version of that
 * code in force after the area ended. Use `areaOn` / `areaForYear` to resolve a code on a date.
 *
 * `type` (e.g. tỉnh / province), `confidence` and `source` are optional documentation of a catalog
 * entry; they do not change any computation.
 *
 * @example
 * ```ts
 * import { AreaSchema } from '@coop/model';
 * AreaSchema.parse({
 *   code: '49', name: { vi: 'Tỉnh Quảng Nam', en: 'Quang Nam province' }, level: 'province',
 *   parent: 'VN', validTo: '2025-06-30', successors: ['48'],
 * });
 * ```
 */
export const AreaSchema: ModelSchema<Area, AreaInput> = AreaZod;
/**
 * A dotted path to a record field (see `RECORD_FIELDS`).
 *
 * @example
 * ```ts
 * import { RecordFieldPathSchema } from '@coop/model';
 * RecordFieldPathSchema.safeParse('managers.total').success; // true
 * ```
 */
export const RecordFieldPathSchema: ModelSchema<string> = RecordFieldPathZod;
/**
 * Schema of {@link Condition}.
 *
 * @example
 * ```ts
 * import { ConditionSchema } from '@coop/model';
 * ConditionSchema.safeParse({ field: 'flags.highTech', eq: true }).success; // true
 * ConditionSchema.safeParse({ field: 'flags.flying', eq: true }).success; // false
 * ```
 */
export const ConditionSchema: ModelSchema<Condition> = ConditionZod;
/**
 * What to do with records that lack the field an aggregate reads (DHIS2's missing-value strategies):
 * - `skip-if-any-missing`: the side has no value if any record in the population lacks the field;
 * - `skip-if-all-missing`: aggregate the records that have it; no value only if none has it;
 * - `missing-as-zero`: treat an absent number as 0 and an absent flag as "no".
 *
 * @example
 * ```ts
 * import { MissingPolicySchema } from '@coop/model';
 * MissingPolicySchema.safeParse('ignore').success; // false
 * ```
 */
export const MissingPolicySchema: ModelSchema<MissingPolicy> = MissingPolicyZod;
/**
 * One side of an indicator: a count of records where a condition holds, a sum or mean of a field over
 * the records (optionally only where a condition holds), or a named external input supplied at
 * evaluation time (e.g. the number of farm households of the area, which the co-op data cannot give).
 *
 * @example
 * ```ts
 * import { AggregateSchema } from '@coop/model';
 * AggregateSchema.parse({ op: 'sum', field: 'memberHouseholds' }).missing; // 'skip-if-all-missing'
 * ```
 */
export const AggregateSchema: ModelSchema<Aggregate, AggregateInput> = AggregateZod;
/**
 * Units an indicator value is expressed in.
 *
 * @example
 * ```ts
 * import { IndicatorUnitSchema } from '@coop/model';
 * IndicatorUnitSchema.safeParse('vnd').success; // true
 * ```
 */
export const IndicatorUnitSchema: ModelSchema<IndicatorUnit> = IndicatorUnitZod;
/**
 * A KPI definition in the DHIS2 style: `value = numerator / denominator × factor` over a population of
 * organisation-year records (filtered by kind and sector here, and by area and year at evaluation).
 * Without a denominator the value is `numerator × factor`.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from '@coop/model';
 * IndicatorSchema.parse({
 *   id: 'ag-good-or-fair-share',
 *   label: { vi: 'Tỷ lệ HTX nông nghiệp xếp loại tốt, khá', en: 'Share of agricultural co-ops rated good or fair' },
 *   population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
 *   numerator: { op: 'count', where: { grade: ['good', 'fair'] } },
 *   denominator: { op: 'count' },
 *   factor: 100, unit: 'percent', direction: 'higher-is-better',
 *   source: { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a' },
 * });
 * ```
 */
export const IndicatorSchema: ModelSchema<Indicator, IndicatorInput> = IndicatorZod;
/**
 * A comparison of one value with a threshold (`>`, `>=`, `<`, `<=`, `=`).
 *
 * @example
 * ```ts
 * import { SimpleComparatorSchema } from '@coop/model';
 * SimpleComparatorSchema.safeParse({ kind: '>=', value: Number.POSITIVE_INFINITY }).success; // false
 * ```
 */
export const SimpleComparatorSchema: ModelSchema<SimpleComparator> = SimpleComparatorZod;
/**
 * Both ends inclusive ("X-Y", "khoảng X-Y"). On a development quantity the upper end is not a limit:
 * a value above it meets the target and is marked exceeded. Only a text that makes the upper end a
 * ceiling makes the range two-sided: `ceiling` holds the citation of those words.
 *
 * @example
 * ```ts
 * import { RangeComparatorSchema } from '@coop/model';
 * RangeComparatorSchema.safeParse({ kind: 'range', min: 5, max: 7 }).success; // true
 * RangeComparatorSchema.parse({ kind: 'range', min: 5, max: 7, ceiling: { document: 'Quy chế', phrase: 'không quá 07' } }).ceiling?.phrase; // 'không quá 07'
 * ```
 */
export const RangeComparatorSchema: ModelSchema<RangeComparator> = RangeComparatorZod;
/**
 * "khoảng X": about X. The documents never state the tolerance, so it is optional here and must then be
 * supplied at evaluation time; the result always reports the tolerance used. As with a range, a value
 * above `value + tolerance` meets the target (marked exceeded) unless `ceiling` cites words that make
 * the upper end a limit.
 *
 * @example
 * ```ts
 * import { ApproximatelyComparatorSchema } from '@coop/model';
 * ApproximatelyComparatorSchema.parse({ kind: 'approximately', value: 30 }).tolerance; // undefined
 * ```
 */
export const ApproximatelyComparatorSchema: ModelSchema<Extract<Comparator, { kind: 'approximately' }>> = ApproximatelyComparatorZod;
/**
 * "tăng ít nhất X%": grows by at least `minPercent` % over a baseline year (given here or at evaluation).
 *
 * @example
 * ```ts
 * import { GrowthComparatorSchema } from '@coop/model';
 * GrowthComparatorSchema.parse({ kind: 'growth', minPercent: 10 }).baselineYear; // undefined
 * ```
 */
export const GrowthComparatorSchema: ModelSchema<Extract<Comparator, { kind: 'growth' }>> = GrowthComparatorZod;
/**
 * "tăng ít nhất X%/năm": grows by at least `minPercent` % every year from `fromYear` (compound rate also reported).
 *
 * @example
 * ```ts
 * import { YearlyGrowthComparatorSchema } from '@coop/model';
 * YearlyGrowthComparatorSchema.parse({ kind: 'yearly-growth', minPercent: 5 }).minPercent; // 5
 * ```
 */
export const YearlyGrowthComparatorSchema: ModelSchema<Extract<Comparator, { kind: 'yearly-growth' }>> = YearlyGrowthComparatorZod;
/**
 * "mỗi huyện … tối thiểu 01": holds only if the inner comparison holds in every sub-area of `level`.
 *
 * @example
 * ```ts
 * import { EveryUnitComparatorSchema } from '@coop/model';
 * EveryUnitComparatorSchema.parse({ kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } }).level; // 'district'
 * ```
 */
export const EveryUnitComparatorSchema: ModelSchema<Extract<Comparator, { kind: 'every-unit' }>> = EveryUnitComparatorZod;
/**
 * How a target's value is judged.
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from '@coop/model';
 * ComparatorSchema.safeParse({ kind: 'range', min: 25, max: 20 }).success; // false
 * ```
 */
export const ComparatorSchema: ModelSchema<Comparator> = ComparatorZod;
/**
 * How a target reads grades: over which organisations a grade-based share is taken and whether the
 * verdict needs every eligible organisation rated. Eligible organisations are those a rulebook in force
 * can rate — co-ops and unions, never cooperative groups, and not those the rule exempts (operating
 * under 12 months, suspended over 3 months). `denominator: 'eligible'` follows words such as "chiếm …
 * trong tổng số HTX" (of all co-ops: every eligible one counts, rated or not); `'rated'` is the share
 * of the rated ones, where the text says nothing more. `fullCoverage` is for targets such as "không còn
 * HTX yếu kém", which cannot be concluded while some eligible co-op is unrated. `rulebook` names the
 * rulebook whose grades the target counts (sheets graded by another are left out as unrated).
 *
 * @example
 * ```ts
 * import { GradeReadingSchema } from '@coop/model';
 * const source = { document: 'Kế hoạch Quảng Nam', clause: 'II.2', phrase: 'chiếm từ 50% trở lên trong tổng số HTX nông nghiệp' };
 * GradeReadingSchema.parse({ denominator: 'eligible', source }).denominator; // 'eligible'
 * ```
 */
export const GradeReadingSchema: ModelSchema<GradeReading> = GradeReadingZod;
/**
 * A numeric target of a plan: an indicator, a comparator, a deadline year, a scope, and the source
 * clause with the original Vietnamese phrase.
 *
 * @example
 * ```ts
 * import { TargetSchema } from '@coop/model';
 * TargetSchema.parse({
 *   id: 'good-or-fair-share', indicator: 'ag-good-or-fair-share',
 *   label: { vi: 'HTX NN xếp loại tốt, khá', en: 'Agricultural co-ops rated good or fair' },
 *   comparator: { kind: '>', value: 60 }, deadline: 2030,
 *   source: { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a', phrase: 'trên 60%' },
 * });
 * ```
 */
export const TargetSchema: ModelSchema<Target, TargetInput> = TargetZod;
/**
 * When a task is due: one year, a span of years, every year (optionally bounded), or free text.
 *
 * @example
 * ```ts
 * import { TaskTimeframeSchema } from '@coop/model';
 * TaskTimeframeSchema.safeParse({ kind: 'span', from: 2025, to: 2021 }).success; // false
 * ```
 */
export const TaskTimeframeSchema: ModelSchema<TaskTimeframe> = TaskTimeframeZod;
/**
 * An assigned task (a row of Resolution 134/NQ-CP's appendix, or a qualitative clause of a plan):
 * who leads it, who co-operates, to which level it is submitted, what it delivers, and when.
 *
 * @example
 * ```ts
 * import { TaskSchema } from '@coop/model';
 * TaskSchema.parse({
 *   id: 'I.1', section: 'I', title: { vi: 'Tổ chức tuyên truyền', en: 'Run awareness campaigns' },
 *   lead: 'Bộ Kế hoạch và Đầu tư', partners: [], submittedTo: 'Chính phủ', deliverable: 'Báo cáo',
 *   timeframe: { kind: 'every-year' }, source: { document: 'Nghị quyết 134/NQ-CP', clause: 'Phụ lục I.1' },
 * });
 * ```
 */
export const TaskSchema: ModelSchema<Task, TaskInput> = TaskZod;
/**
 * A plan: an issuing body, a document, a jurisdiction, parent plans it implements, numeric targets,
 * the reporting cycles it sets (ids of `@coop/calendar` cycles) and its tasks.
 *
 * @example
 * ```ts
 * import { PlanSchema } from '@coop/model';
 * const plan = PlanSchema.parse({
 *   id: 'example', title: { vi: 'Kế hoạch mẫu', en: 'Example plan' },
 *   issuer: { vi: 'UBND tỉnh', en: 'Provincial People\'s Committee' },
 *   document: { number: '1/KH-UBND', date: '2024-01-01' },
 *   jurisdiction: { level: 'province', area: 'TNG', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' } },
 *   baseYear: 2023,
 * });
 * plan.targets; // []
 * ```
 */
export const PlanSchema: ModelSchema<Plan, PlanInput> = PlanZod;
