import { defineConfig } from 'tsup';

/** The service as one ESM file for Node 20 (`node dist/main.js`); its dependencies stay in node_modules. */
export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  dts: false,
});
