export { CoopError, isCoopError } from './errors.js';
export { type Label, type Lang } from './label.js';
export type { Issue, ParseResult } from './issue.js';
export type { ModelSchema, SchemaIssue, SchemaResult, StandardResult } from './model-schema.js';
// The schemas, typed as ModelSchema (the same objects typed as zod schemas: `@coop/model/schemas`).
export * from './schema-views.js';
export { isCivilDate, type CivilDate } from './civil-date.js';
export {
  ORGANISATION_KINDS,
  ORGANISATION_KIND_LABELS,
  SECTORS,
  SECTOR_LABELS,
  isAgricultural,
  type Organisation,
  type OrganisationKind,
  type Sector,
} from './organisation.js';
export { GRADES, GRADE_LABELS, type Grade } from './grade.js';
export {
  RECORD_VALUE_SYNONYMS,
  labelKey,
  parseCsvBoolean,
  parseCsvNumber,
  recordValueIndex,
  type RecordFlags,
  type RecordValueSynonyms,
  type ScoringSheet,
  type YearlyRecord,
} from './yearly-record.js';
export {
  RECORD_FIELD_RANGES,
  RECORD_FIELDS,
  isRecordField,
  readRecordField,
  type RecordField,
  type RecordFieldRange,
  type RecordFieldType,
} from './record-fields.js';
export { type Citation } from './citation.js';
export { AREA_LEVELS, type Area, type AreaInput, type AreaLevel, type Confidence } from './area.js';
export {
  type Aggregate,
  type AggregateInput,
  type Condition,
  type Indicator,
  type IndicatorInput,
  type IndicatorPopulation,
  type IndicatorUnit,
  type MissingPolicy,
} from './indicator.js';
export {
  type Comparator,
  type ComparatorKind,
  type GradeReading,
  type RangeComparator,
  type SimpleComparator,
  type Target,
  type TargetInput,
  type TargetScope,
} from './target.js';
export {
  type Plan,
  type PlanInput,
  type Task,
  type TaskInput,
  type TaskTimeframe,
} from './plan.js';
export {
  addRational,
  ceilRational,
  compareRational,
  divideRational,
  floorRational,
  multiplyRational,
  rational,
  rationalToNumber,
  subtractRational,
  type Rational,
} from './ratio.js';
export {
  AREAS,
  INDICATORS,
  PLANS,
  VN_AREAS,
  VN_COUNTRY,
  VN_DISTRICTS,
  VN_PROVINCES,
  getIndicator,
  vnAreaIndex,
  getPlan,
  isPlanId,
  planAncestors,
  type PlanId,
} from './catalog/index.js';
export {
  AG_COOP_AND_GROUP_HIGH_TECH_COUNT,
  AG_COOP_ENTERPRISE_LINKED_SHARE,
  AG_COOP_GOOD_OR_FAIR_SHARE,
  AG_COOP_HIGH_TECH_COUNT,
  AG_COOP_HIGH_TECH_OR_GAP_SHARE,
  AG_COOP_MANAGERS_TRAINED_SHARE,
  AG_COOP_MEAN_REVENUE,
  AG_KTTT_EFFECTIVE_AND_LINKAGE_SHARE,
  AG_KTTT_GOOD_OR_FAIR_AND_VALUE_CHAIN_SHARE,
  AG_MODEL_COOP_MEAN_REVENUE,
  KTTT_EFFECTIVE_AND_LINKAGE_SHARE,
  AG_COOP_OCOP_SUBJECT_SHARE,
  AG_COOP_TOTAL_REVENUE,
  AG_COOP_VALUE_PER_HA,
  AG_KTTT_EFFECTIVE_SHARE,
  AG_KTTT_GOOD_OR_FAIR_SHARE,
  AG_KTTT_TECHNOLOGY_SHARE,
  AG_KTTT_VALUE_CHAIN_SHARE,
  AG_MEMBER_HOUSEHOLD_SHARE,
  AG_MODEL_COOP_COUNT,
  COOP_GROUP_COUNT,
  COOP_GROUP_MEMBERS,
  COOP_NEW_SINCE_2022_11_21_COUNT,
  COOP_NEW_SINCE_2022_11_21_MEMBERS,
  COOP_TECHNOLOGY_SHARE,
  COOP_WEAK_COUNT,
  KTTT_EFFECTIVE_SHARE,
  KTTT_GOOD_OR_FAIR_SHARE,
  KTTT_MEMBER_POPULATION_SHARE,
  KTTT_VALUE_CHAIN_SHARE,
  UNION_COUNT,
} from './catalog/indicators.js';
export { MARD_2803_2023 } from './catalog/plans/mard-2803.js';
export { RESOLUTION_134_2020, RESOLUTION_134_SECTIONS } from './catalog/plans/resolution-134.js';
export { QUANG_NAM_106_2023 } from './catalog/plans/quang-nam-106.js';
export { DISTRICT_155_2023 } from './catalog/plans/district-155.js';
export { THAI_NGUYEN_42_2024 } from './catalog/plans/thai-nguyen-42.js';
export {
  PARTY_20_NQ_TW_2022,
  PROGRAMME_155_CTR_TU_2022,
  RESOLUTION_09_NQ_CP_2023,
  RESOLUTION_106_NQ_CP_2023,
} from './catalog/plans/parents.js';
// One list per seed plan with targets: the indicators its targets name (`MARD_2803_2023_INDICATORS`, …).
export * from './catalog/plan-indicators.js';
export { formatComparator, planTable, type PlanTableRow } from './catalog/plan-table.js';
export {
  ISSUE_CODES,
  parseArea,
  parseAreas,
  parseIndicator,
  parseOrganisation,
  parsePlan,
  parseTarget,
  parseTask,
  parseYearlyRecord,
  parseYearlyRecords,
  type IssueCode,
  type ParseOptions,
} from './parse.js';
export {
  formatDate,
  formatNumber,
  formatPercent,
  formatShare,
  formatVnd,
  type FormatNumberOptions,
  type FormatVndOptions,
} from './format.js';
export { meanVnd, parseVnd, ratioVnd, roundVnd, sumVnd, toVnd, vndToRational } from './money.js';
export {
  areaForYear,
  areaOn,
  buildAreaIndex,
  isAreaInForce,
  isWithinArea,
  resolveAreaOn,
  subAreas,
  successorsOf,
  type AreaAttribution,
  type AreaAttributionStatus,
  type AreaIndex,
  type AreaOnOptions,
} from './area-tree.js';
export { LIMITS, LIMIT_CODES, assertBigIntSize, assertData, assertList, assertRational, assertText } from './limits.js';
export { plainCopy, type PlainCopyOptions } from './plain-copy.js';
export { parseWithSchema, type SchemaParseOptions } from './parse-with-schema.js';
export { parseWithShape, type DataShape, type IntegerBounds } from './parse-with-shape.js';
