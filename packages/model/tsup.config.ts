import { packageBuild } from '../../tsup.shared';

/**
 * The shared build, with a second entry: `@coop/model/schemas` (the schemas typed as zod schemas).
 * - ESM: every module is emitted one by one anyway (`schemas.js` among them).
 * - CommonJS: both entries in one build with code splitting, so that they hand out the same schema objects.
 * - Types: one bundle per entry, built apart, so that `index.d.ts` never imports zod (a shared chunk would).
 */
const ENTRIES = ['src/index.ts', 'src/schemas.ts'];

export default packageBuild().flatMap((options) => {
  if (options.bundle === false) return [options];
  if (options.dts) return ENTRIES.map((entry) => ({ ...options, entry: [entry] }));
  return [{ ...options, entry: ENTRIES, splitting: true }];
});
