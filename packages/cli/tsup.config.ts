import { defineConfig } from 'tsup';

/**
 * Two builds:
 * - the library entry (`index`: the pure, browser-safe modules) as ESM + CJS with types;
 * - the `coop` executable (`bin.js`), one ESM file for Node with a shebang. The private
 *   `@coop/sample` package is bundled into it (`noExternal`), so the published CLI carries the embedded
 *   sample province for `coop demo`; the public packages stay dependencies.
 */
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'es2022',
    treeshake: true,
  },
  {
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'node',
    target: 'node20',
    noExternal: ['@coop/sample'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
