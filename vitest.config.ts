import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@coop/model': fileURLToPath(new URL('./packages/model/src/index.ts', import.meta.url)),
  '@coop/rating': fileURLToPath(new URL('./packages/rating/src/index.ts', import.meta.url)),
  '@coop/calendar': fileURLToPath(new URL('./packages/calendar/src/index.ts', import.meta.url)),
  '@coop/sample': fileURLToPath(new URL('./packages/sample/src/index.ts', import.meta.url)),
};

/** One vitest project per package; tests import sources directly (no build needed). */
const pkg = (name: string) => ({
  resolve: { alias },
  test: {
    name,
    root: `./packages/${name}`,
    include: ['test/**/*.test.ts'],
    environment: 'node' as const,
    testTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    // The JSON report is what `.ci/run` reads to print its `N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: '.ci-out/vitest.json' },
    projects: [pkg('model'), pkg('rating'), pkg('calendar'), pkg('sample')],
  },
});
