export {
  computeIndicator,
  createEvaluationCache,
  type ComputeIndicatorOptions,
  type EvaluationCache,
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
  evaluatePlan,
  type EvaluatePlanOptions,
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
