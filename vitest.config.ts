import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  // The subpath first: an alias also matches the paths below it.
  '@coop/model/schemas': fileURLToPath(new URL('./packages/model/src/schemas.ts', import.meta.url)),
  '@coop/model': fileURLToPath(new URL('./packages/model/src/index.ts', import.meta.url)),
  '@coop/rating': fileURLToPath(new URL('./packages/rating/src/index.ts', import.meta.url)),
  '@coop/calendar': fileURLToPath(new URL('./packages/calendar/src/index.ts', import.meta.url)),
  '@coop/sample': fileURLToPath(new URL('./packages/sample/src/index.ts', import.meta.url)),
  '@coop/sheets': fileURLToPath(new URL('./packages/sheets/src/index.ts', import.meta.url)),
  '@coop/cli': fileURLToPath(new URL('./packages/cli/src/index.ts', import.meta.url)),
};

/** One vitest project per package (and for examples and docs); tests import sources directly. */
const project = (name: string, root: string) => ({
  resolve: { alias },
  test: {
    name,
    root,
    include: ['test/**/*.test.ts', '*/test/**/*.test.ts'],
    environment: 'node' as const,
    testTimeout: 60_000,
  },
});
const pkg = (name: string) => project(name, `./packages/${name}`);

export default defineConfig({
  test: {
    // The JSON report is what `.ci/run` reads to print its `N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: '.ci-out/vitest.json' },
    projects: [
      pkg('model'),
      pkg('rating'),
      pkg('calendar'),
      pkg('sample'),
      pkg('sheets'),
      pkg('cli'),
      project('examples', './examples'),
      project('service', './apps/service'),
      project('docs', './docs'),
    ],
  },
});
