import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = (pkg: string): string => fileURLToPath(new URL(`../../packages/${pkg}/src/index.ts`, import.meta.url));

// The packages are used from their sources (no build step needed for `vite dev`); `@coop/sheets` reads
// the spreadsheets (its workbook reader is loaded only when an .xlsx is dropped), `@coop/cli` gives charts.
export default defineConfig({
  base: './',
  resolve: {
    // Exact matches: `@coop/model/schemas` is a subpath of its own, not `@coop/model` + `/schemas`.
    alias: [
      { find: /^@coop\/model\/schemas$/, replacement: fileURLToPath(new URL('../../packages/model/src/schemas.ts', import.meta.url)) },
      ...['model', 'rating', 'calendar', 'sample', 'sheets', 'cli'].map((pkg) => ({ find: new RegExp(`^@coop/${pkg}$`), replacement: src(pkg) })),
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
