export { CoopError, isCoopError } from './errors.js';
export { LabelSchema, type Label, type Lang } from './label.js';
export type { Issue, ParseResult } from './issue.js';
export { CivilDateSchema, YearSchema, isCivilDate, type CivilDate } from './civil-date.js';
export {
  ORGANISATION_KINDS,
  ORGANISATION_KIND_LABELS,
  OrganisationKindSchema,
  OrganisationSchema,
  SECTORS,
  SECTOR_LABELS,
  SectorSchema,
  isAgricultural,
  type Organisation,
  type OrganisationKind,
  type Sector,
} from './organisation.js';
export { GRADES, GRADE_LABELS, GradeSchema, type Grade } from './grade.js';
export {
  CountSchema,
  NonNegativeVndSchema,
  PointsSchema,
  RECORD_FIELDS,
  RecordFlagsSchema,
  ScoringSheetSchema,
  VndSchema,
  YearlyRecordSchema,
  isRecordField,
  readRecordField,
  type RecordField,
  type RecordFieldType,
  type ScoringSheet,
  type YearlyRecord,
} from './yearly-record.js';
export { CitationSchema, type Citation } from './citation.js';
export { AREA_LEVELS, AreaLevelSchema, AreaSchema, type Area, type AreaInput, type AreaLevel } from './area.js';
export {
  AggregateSchema,
  ConditionSchema,
  IndicatorSchema,
  IndicatorUnitSchema,
  MissingPolicySchema,
  RecordFieldPathSchema,
  type Aggregate,
  type Condition,
  type Indicator,
  type IndicatorInput,
  type IndicatorUnit,
  type MissingPolicy,
} from './indicator.js';
export {
  ApproximatelyComparatorSchema,
  ComparatorSchema,
  EveryUnitComparatorSchema,
  GrowthComparatorSchema,
  RangeComparatorSchema,
  SimpleComparatorSchema,
  TargetSchema,
  YearlyGrowthComparatorSchema,
  type Comparator,
  type ComparatorKind,
  type Target,
  type TargetInput,
} from './target.js';
export {
  PlanSchema,
  TaskSchema,
  TaskTimeframeSchema,
  type Plan,
  type PlanInput,
  type Task,
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
