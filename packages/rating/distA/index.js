import {
  computeIndicator,
  createEvaluationCache
} from "./compute-indicator.js";
import {
  evaluateTarget,
  meetsComparator
} from "./evaluate-target.js";
import {
  asOfYear,
  assessProgress,
  DEFAULT_PROGRESS_THRESHOLDS,
  PROGRESS_STATUSES
} from "./progress.js";
import { targetGap } from "./target-gap.js";
import {
  evaluatePlan,
  evaluatePlans
} from "./evaluate-plan.js";
import { trackTasks } from "./track-tasks.js";
import {
  comparatorPhrase,
  formatIndicatorValue,
  joinExplanation,
  PROGRESS_STATUS_LABELS
} from "./explain.js";
import {
  grade
} from "./grade.js";
import { gradeEach, gradeMany } from "./grade-many.js";
import { summariseGrades } from "./grade-summary.js";
import { defineRulebook, parseRulebook } from "./define-rulebook.js";
import { selectRulebook } from "./select-rulebook.js";
import { CIRCULAR_01_2020 } from "./rulebooks/circular-01-2020.js";
import { CIRCULAR_09_2017 } from "./rulebooks/circular-09-2017.js";
import { BUILT_IN_RULEBOOKS } from "./rulebooks/index.js";
import { sizeClass } from "./size-class.js";
import {
  SIZE_CLASS_01_2020_CAPITAL,
  SIZE_CLASS_01_2020_MEMBERS,
  SIZE_CLASS_113_2024,
  SIZE_CLASS_RULES
} from "./size-class-rules.js";
export {
  BUILT_IN_RULEBOOKS,
  CIRCULAR_01_2020,
  CIRCULAR_09_2017,
  DEFAULT_PROGRESS_THRESHOLDS,
  PROGRESS_STATUSES,
  PROGRESS_STATUS_LABELS,
  SIZE_CLASS_01_2020_CAPITAL,
  SIZE_CLASS_01_2020_MEMBERS,
  SIZE_CLASS_113_2024,
  SIZE_CLASS_RULES,
  asOfYear,
  assessProgress,
  comparatorPhrase,
  computeIndicator,
  createEvaluationCache,
  defineRulebook,
  evaluatePlan,
  evaluatePlans,
  evaluateTarget,
  formatIndicatorValue,
  grade,
  gradeEach,
  gradeMany,
  joinExplanation,
  meetsComparator,
  parseRulebook,
  selectRulebook,
  sizeClass,
  summariseGrades,
  targetGap,
  trackTasks
};
