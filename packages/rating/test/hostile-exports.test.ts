/**
 * Every exported function of @coop/rating under hostile arguments (issue 22): huge sparse arrays,
 * numbers where bigints belong, cyclic values, revoked Proxies, changing and throwing getters, and
 * fast-check arbitrary values. The only outcomes are a value or a CoopError (`parseRulebook` given a
 * hostile input returns issues), each call within the hang detector's bound. The list of functions comes
 * from the package's exports: a new export without samples here fails the first test.
 */
import * as model from '@coop/model';
import * as rating from '@coop/rating';
import { describe, expect, it } from 'vitest';
import { describeExportSweep, errorCodeOf, type Samples } from '../../../bench/hostile-args.js';

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
/** Plan entries with both area-code warnings: an unknown code (`HN`) and a closed one (`06`, Bắc Kạn). */
const ENTRIES = rating.evaluatePlan(
  PLAN,
  {
    records: [
      { ...RECORD, organisationId: 'HTX-1', year: 2026, areaCode: 'HN', sheet: undefined },
      { ...RECORD, organisationId: 'HTX-2', year: 2026, areaCode: '06', sheet: undefined },
    ] as never,
  },
  { asOf: 2026 },
).entries;

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
  evaluatePlanWith: [[{ indicators: model.MARD_2803_2023_INDICATORS, plans: [model.RESOLUTION_09_NQ_CP_2023], areas: model.AREAS }, PLAN, { records: [RECORD] }, AS_OF]],
  evaluateTarget: [[TARGET, [RECORD], AS_OF], [TARGET, { kind: 'series', points: [{ year: 2024, value: 55, numerator: 55, denominator: 100 }] }, AS_OF]],
  formatIndicatorValue: [[58.3, 'percent', 'vi'], [model.rational(1, 3), 'vnd', 'en']],
  grade: [[RECORD, { rulebook: RULEBOOK }], [RECORD, RULEBOOK]],
  gradeBatch: [[[RECORD], { rulebook: RULEBOOK }]],
  gradeEach: [[[RECORD], { rulebook: RULEBOOK }]],
  gradeMany: [[[RECORD], { rulebook: RULEBOOK }]],
  joinExplanation: [[[{ vi: 'a', en: 'a' }, undefined]]],
  meetsComparator: [[{ kind: '>', value: 60 }, model.rational(700, 11), 0.5]],
  selectRulebook: [[rating.BUILT_IN_RULEBOOKS, { year: 2022, kind: 'cooperative', sector: 'agriculture-crop' }]],
  sizeClass: [[RECORD, { on: '2025-12-31' }]],
  summariseGrades: [[[RESULT]]],
  targetGap: [[{ kind: '>=', value: 5_000_000_000 }, { numerator: 9_000_000_000, denominator: 2, unit: 'vnd', basis: 'population-total' }]],
  trackTasks: [[TASK_PLAN, [{ taskId: TASK_PLAN.tasks[0]!.id, completedOn: '2021-06-01' }], { asOf: '2024-12-31' }]],
  rulebookCandidates: [
    [rating.BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'agriculture-crop' }],
    [rating.BUILT_IN_RULEBOOKS, { year: 2026, record: { kind: 'cooperative', sector: 'trade-services' } }],
  ],
  areaCodeCounts: [[ENTRIES]],
};

describeExportSweep('@coop/rating: every export under hostile arguments', api, SAMPLES, isCoopError);

describe('@coop/rating: the new exports refuse hostile arguments with a typed error (issue 22)', () => {
  const code = (run: () => unknown) => errorCodeOf(run, model.isCoopError);
  it('areaCodeCounts reads a bounded list of entries', () => {
    const counts = rating.areaCodeCounts(ENTRIES);
    expect(counts.unknown.codes).toEqual(['HN']);
    expect(counts.closed.codes).toEqual(['06']);
    expect(code(() => rating.areaCodeCounts(undefined as never))).toBe('INVALID_ARGUMENT');
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    expect(code(() => rating.areaCodeCounts(huge as never))).toBe('LIMIT_EXCEEDED');
  });
  it('grade compiles a bounded copy of the rulebook: a sparse 2³²−1 grades list or a cycle is INVALID_RULEBOOK at once', () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    const record = { ...RECORD, sheet: undefined } as never;
    expect(code(() => rating.grade(record, { rulebook: { ...RULEBOOK, grades: huge } as never }))).toBe('INVALID_RULEBOOK');
    expect(code(() => rating.gradeMany([record], { rulebook: { ...RULEBOOK, grades: huge } as never }))).toBe('INVALID_RULEBOOK');
    const cyclic: Record<string, unknown> = { ...RULEBOOK };
    cyclic['notes'] = cyclic;
    expect(code(() => rating.grade(record, { rulebook: cyclic as never }))).toBe('INVALID_RULEBOOK');
    expect(rating.grade(record, { rulebook: JSON.parse(JSON.stringify(RULEBOOK)) as never }).grade).toBe(rating.grade(record, { rulebook: RULEBOOK }).grade);
  });
  it('rulebookCandidates needs a list and a query, like selectRulebook', () => {
    expect(code(() => rating.rulebookCandidates(rating.BUILT_IN_RULEBOOKS, undefined as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => rating.rulebookCandidates(null as never, { year: 2023 }))).toBe('INVALID_ARGUMENT');
    expect(rating.rulebookCandidates(rating.BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'agriculture-crop' }).map((r) => r.id)).toEqual([
      'circular-01-2020',
      'circular-09-2017',
    ]);
  });
});
