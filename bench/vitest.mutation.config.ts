import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration StrykerJS uses (`pnpm mutation`, see stryker.config.mjs): only the projects
 * whose rule code is mutated (rating, calendar), so the dry run does not pay for the other suites.
 * Same aliases as the root config (tests import sources directly).
 */
const alias = Object.fromEntries(
  ['model', 'rating', 'calendar', 'sample', 'cli'].map((name) => [
    `@coop/${name}`,
    fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url)),
  ]),
);
const project = (name: string) => ({
  resolve: { alias },
  test: {
    name,
    root: fileURLToPath(new URL(`../packages/${name}`, import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Hostile-input tests are slow fuzzers, not rule checks: they would dominate every mutant's run.
    exclude: ['test/hostile.test.ts', 'node_modules/**'],
    environment: 'node' as const,
    testTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [project('rating'), project('calendar')],
  },
});
