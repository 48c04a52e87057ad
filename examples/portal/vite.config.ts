import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = (pkg: string): string => fileURLToPath(new URL(`../../packages/${pkg}/src/index.ts`, import.meta.url));

// The packages are used from their sources (no build step needed for `vite dev`); `@coop/sheets` reads
// the spreadsheets (its workbook reader is loaded only when an .xlsx is dropped), `@coop/cli` gives charts.
export default defineConfig({
  base: './',
  resolve: {
    alias: {
      '@coop/model': src('model'),
      '@coop/rating': src('rating'),
      '@coop/calendar': src('calendar'),
      '@coop/sample': src('sample'),
      '@coop/sheets': src('sheets'),
      '@coop/cli': src('cli'),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
