/**
 * Every exported function of @coop/rating under hostile arguments (issue 22): huge sparse arrays,
 * numbers where bigints belong, cyclic values, revoked Proxies, changing and throwing getters, and
 * fast-check arbitrary values. The only outcomes are a value or a CoopError (`parseRulebook` given a
 * hostile input returns issues), each call within the hang detector's bound. The list of functions comes
 * from the package's exports: a new export without samples here fails the first test.
 */
import * as model from '@coop/model';
import * as rating from '@coop/rating';
import { describeExportSweep, type Samples } from '../../../bench/hostile-args.js';

const api = rating as unknown as Record<string, unknown>;
const isCoopError = (e: unknown) => model.isCoopError(e);

const RULEBOOK = rating.CIRCULAR_01_2020;
/** A small valid record (organisation-year) with a grade and a sheet. */
const RECORD = { organisationId: 'HTX-9', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'TN-DT', officialMembers: 35, grade: 'good', sheet: { rulebook: 'circular-01-2020', points: { '1a': 5 } } };
const PLAN = model.getPlan('mard-2803-2023');
const TARGET = PLAN.targets[0]!;
const INDICATOR = model.getIndicator(TARGET.indicator);
const TASK_PLAN = model.getPlan('resolution-134-2020');
const RESULT = rating.grade({ ...RECORD, sheet: undefined } as never, { rulebook: RULEBOOK });
const POINTS = [
  { year: 2020, value: 1 },
  { year: 2024, value: 2 },
];
const AS_OF = { asOf: '2025-12-31' };

/** Valid calls of every exported function (the sweep makes each argument hostile in turn). */
const SAMPLES: Samples = {
  asOfYear: [['2025-06-30'], [2025]],
  assessProgress: [[POINTS, { comparator: { kind: '>=', value: 9 }, deadline: 2030, asOf: 2025 }]],
  comparatorPhrase: [[{ kind: '>', value: 60 }, 'percent', 1]],
  computeIndicator: [[INDICATOR, [RECORD], { year: 2024 }]],
  createEvaluationCache: [[]],
  defineRulebook: [[RULEBOOK]],
  parseRulebook: [[RULEBOOK]],
  evaluatePlan: [[PLAN, { records: [RECORD] }, AS_OF]],
  evaluatePlans: [[[PLAN], { records: [RECORD] }, AS_OF]],
  evaluateTarget: [[TARGET, [RECORD], AS_OF], [TARGET, { kind: 'series', points: [{ year: 2024, value: 55, numerator: 55, denominator: 100 }] }, AS_OF]],
  formatIndicatorValue: [[58.3, 'percent', 'vi'], [model.rational(1, 3), 'vnd', 'en']],
  grade: [[RECORD, { rulebook: RULEBOOK }], [RECORD, RULEBOOK]],
  gradeEach: [[[RECORD], { rulebook: RULEBOOK }]],
  gradeMany: [[[RECORD], { rulebook: RULEBOOK }]],
  joinExplanation: [[[{ vi: 'a', en: 'a' }, undefined]]],
  meetsComparator: [[{ kind: '>', value: 60 }, model.rational(700, 11), 0.5]],
  selectRulebook: [[rating.BUILT_IN_RULEBOOKS, { year: 2022, kind: 'cooperative', sector: 'agriculture-crop' }]],
  sizeClass: [[RECORD, { on: '2025-12-31' }]],
  summariseGrades: [[[RESULT]]],
  targetGap: [[{ kind: '>=', value: 5_000_000_000 }, { numerator: 9_000_000_000, denominator: 2, unit: 'vnd', basis: 'population-total' }]],
  trackTasks: [[TASK_PLAN, [{ taskId: TASK_PLAN.tasks[0]!.id, completedOn: '2021-06-01' }], { asOf: '2024-12-31' }]],
};

describeExportSweep('@coop/rating: every export under hostile arguments', api, SAMPLES, isCoopError);
