import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration of the semantics mutation run (`STRYKER_SCOPE=semantics pnpm mutation`, see
 * stryker.config.mjs): the rating tests that state evaluation rules. Left out: the differential and
 * condition-truth property tests (they compare the engine with the semantics, so a mutant of the
 * semantics changes both sides alike), the hostile-input fuzzers, the TSDoc examples and the grading
 * suites (they do not reach the evaluation rules) — each would only make every mutant's run longer.
 */
const alias = Object.fromEntries(
  ['model', 'rating', 'calendar', 'sample', 'cli'].map((name) => [`@coop/${name}`, fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url))]),
);

export default defineConfig({
  resolve: { alias },
  test: {
    name: 'rating',
    root: fileURLToPath(new URL('../packages/rating', import.meta.url)),
    include: [
      'test/semantics-rules.test.ts',
      'test/indicator-aggregate.test.ts',
      'test/compute-indicator.test.ts',
      'test/target-compare-gap-rules.test.ts',
      'test/target-gap.test.ts',
      'test/target-evaluate-rules-{a,b}.test.ts',
      'test/evaluate-target.test.ts',
      'test/progress-rules.test.ts',
      'test/progress-direction.test.ts',
      'test/progress.test.ts',
      'test/plan-coverage.test.ts',
      'test/plan-ranges.test.ts',
      'test/select-rulebook.test.ts',
      // Audit (#20 s5): missing data is never a failed year or unit (yearlyGrowthTruth, unitTruth, allOf).
      'test/audit-yearly-growth-unknown.test.ts',
      'test/audit-per-unit-unknown.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
