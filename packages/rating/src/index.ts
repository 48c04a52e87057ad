export {
  computeIndicator,
  createEvaluationCache,
  type ComputeIndicatorOptions,
  type EvaluationCache,
  type GradeCoverage,
  type ExternalContext,
  type ExternalValue,
  type IndicatorResult,
  type IndicatorSide,
  type NoValueReason,
  type PopulationScope,
} from './compute-indicator.js';
export {
  evaluateTarget,
  meetsComparator,
  type EvaluateTargetOptions,
  type SeriesObservation,
  type SeriesPointInput,
  type TargetObservations,
  type TargetResult,
  type TargetSeriesPoint,
  type UnitResult,
} from './evaluate-target.js';
export {
  asOfYear,
  assessProgress,
  DEFAULT_PROGRESS_THRESHOLDS,
  PROGRESS_STATUSES,
  type ProgressMethod,
  type ProgressNumbers,
  type ProgressOptions,
  type ProgressPoint,
  type ProgressResult,
  type ProgressStatus,
  type ProgressThresholds,
} from './progress.js';
export { targetGap, type GapQuantities, type GapUnit, type LevelComparator, type TargetGap } from './target-gap.js';
export {
  areaCodeCounts,
  type AreaCodeCount,
  evaluatePlan,
  evaluatePlans,
  evaluatePlanWith,
  type EvaluatePlanOptions,
  type PlanCatalog,
  type PlanData,
  type PlanEvaluation,
  type PlanSummary,
  type PlanTargetEntry,
  type TargetError,
} from './evaluate-plan.js';
export { trackTasks, type TaskCompletion, type TaskStatus, type TaskTrack, type TaskTracking } from './track-tasks.js';
export {
  comparatorPhrase,
  formatIndicatorValue,
  joinExplanation,
  PROGRESS_STATUS_LABELS,
  type EvaluationWarning,
} from './explain.js';
export {
  grade,
  type CriterionResult,
  type FiredOverride,
  type GradeMargin,
  type GradeOptions,
  type GradeResult,
  type GradeRulebookRef,
  type GradeWarning,
  type GroupResult,
  type IncompleteGradeResult,
  type NotRatedGradeResult,
  type NotRatedReason,
  type RatedGradeResult,
} from './grade.js';
export { gradeBatch, gradeEach, gradeMany, type GradeBatchEntry, type GradeFailure, type GradeManyOptions } from './grade-many.js';
export { summariseGrades, type GradeSummary } from './grade-summary.js';
export { defineRulebook, parseRulebook } from './define-rulebook.js';
export { rulebookCandidates, selectRulebook, type RulebookQuery } from './select-rulebook.js';
export type {
  BandEdges,
  GradeBand,
  NotRatedRule,
  OverrideRule,
  RuleCondition,
  Rulebook,
  RulebookCriterion,
  RulebookGap,
  RulebookGroup,
  RulebookScope,
  TierBand,
  TierCase,
  TierMeasure,
  Tiers,
} from './rulebook.js';
export { CIRCULAR_01_2020 } from './rulebooks/circular-01-2020.js';
export { CIRCULAR_09_2017 } from './rulebooks/circular-09-2017.js';
export { BUILT_IN_RULEBOOKS } from './rulebooks/index.js';
export { sizeClass, type SizeClassOptions, type SizeClassResult } from './size-class.js';
export {
  SIZE_CLASS_01_2020_CAPITAL,
  SIZE_CLASS_01_2020_MEMBERS,
  SIZE_CLASS_113_2024,
  SIZE_CLASS_RULES,
  type SizeClass,
  type SizeClassCondition,
  type SizeClassRule,
  type SizeTable,
  type SizeTest,
} from './size-class-rules.js';
