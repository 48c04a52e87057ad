import { defineConfig, type Options } from 'tsup';

/**
 * The one build every published package uses.
 * - ESM is emitted module-per-module (`bundle: false`) so that, with `sideEffects: false`, a bundler drops
 *   every module a user does not import (a portal importing `grade` must not pay for zod schemas).
 * - CJS is a single file for Node's `require`.
 * - Types are bundled once per format (`index.d.ts`, `index.d.cts`).
 */
export const packageBuild = (overrides: Options = {}) =>
  defineConfig([
    {
      entry: ['src/**/*.ts'],
      format: ['esm'],
      bundle: false,
      dts: false,
      clean: true,
      target: 'es2022',
      ...overrides,
    },
    {
      entry: ['src/index.ts'],
      format: ['esm', 'cjs'],
      dts: { only: true },
      target: 'es2022',
      ...overrides,
    },
    {
      entry: ['src/index.ts'],
      format: ['cjs'],
      dts: false,
      treeshake: true,
      target: 'es2022',
      ...overrides,
    },
  ]);
