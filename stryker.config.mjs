// @ts-check
/**
 * Mutation testing of the RULE code of @coop/rating and @coop/calendar (issue 7): `pnpm mutation`.
 *
 * - vitest runner over bench/vitest.mutation.config.ts (only the rating and calendar test projects);
 * - `coverageAnalysis: 'perTest'`: each mutant runs only the tests that cover it;
 * - concurrency 2 (the CI machine has 2 cores);
 * - thresholds: break below 85 % (mutation score over covered + uncovered mutants).
 * Surviving mutants judged equivalent are listed, with reasons, in bench/MUTATION.md.
 * Reports: reports/mutation/mutation.html and reports/mutation/mutation.json (gitignored).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
// `STRYKER_SCOPE=semantics pnpm mutation --mutate 'packages/rating/src/semantics/*.ts'` runs the rating
// rule tests of the evaluation only (bench/vitest.mutation-semantics.config.ts): the whole suite covers the
// semantics from almost every test, which makes a full run of that scope take hours on 2 cores.
const semantics = process.env['STRYKER_SCOPE'] === 'semantics';

export default {
  packageManager: 'pnpm',
  testRunner: 'vitest',
  vitest: { configFile: semantics ? 'bench/vitest.mutation-semantics.config.ts' : 'bench/vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Labels (vi/en), messages and citations are strings: mutating them only produces noise (a test would
  // have to pin every sentence). Rule numbers, edges, operators and control flow are all still mutated.
  mutator: { excludedMutations: ['StringLiteral', 'Regex'] },
  // Skip mutants in code that no test reaches (reported as "no coverage", counted against the score).
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  timeoutFactor: 2,
  mutate: [
    // @coop/rating: grading, the rulebooks as data, targets, progress and gaps.
    'packages/rating/src/grade.ts',
    'packages/rating/src/grade-many.ts',
    'packages/rating/src/rulebooks/**/*.ts',
    'packages/rating/src/evaluate-target.ts',
    'packages/rating/src/progress.ts',
    'packages/rating/src/target-gap.ts',
    'packages/rating/src/internal/grade-{core,compile,read,result,validity}.ts',
    'packages/rating/src/internal/{points,tier-eval}.ts',
    'packages/rating/src/internal/{target-verdict,progress-assess}.ts',
    // The evaluation rules in one place (issue 20): truth, conditions, aggregates, populations,
    // comparators, growth and progress methods.
    // (`reference.ts` is the differential test's oracle, not rule code of its own: it only composes these.)
    'packages/rating/src/semantics/*.ts',
    '!packages/rating/src/semantics/reference.ts',
    // @coop/calendar: lunar calendar, holidays, working days, deadlines, cut-off windows, periods.
    'packages/calendar/src/lunar.ts',
    'packages/calendar/src/holidays.ts',
    'packages/calendar/src/holiday-table.ts',
    'packages/calendar/src/working-days.ts',
    'packages/calendar/src/deadlines.ts',
    'packages/calendar/src/window.ts',
    'packages/calendar/src/period.ts',
    'packages/calendar/src/internal/due-date.ts',
  ],

  ignorePatterns: ['examples', 'docs', 'reports', '.ci-out', 'bench/results.json', 'packages/*/dist'],
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // internal/astronomy.ts is deliberately NOT mutated: float approximations whose tiny constants give
  // many equivalent mutants (a perturbed 12th decimal); it is covered by lunar's day-by-day reference test.
  disableTypeChecks: 'packages/**/*.ts',
};
