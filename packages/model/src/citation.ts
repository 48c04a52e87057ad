import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';

/** The zod schema behind the main entry's `CitationSchema` (documented with an example in `schema-views.ts`). */
export const CitationSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  /** Document number or name, e.g. `Quyết định 2803/QĐ-BNN-KTHT`. */
  document: z.string().check(z.minLength(1)),
  /** Clause within the document, e.g. `I.2.a`. */
  clause: z.optional(z.string().check(z.minLength(1))),
  /** The original Vietnamese phrase the rule was read from. */
  phrase: z.optional(z.string().check(z.minLength(1))),
  /** The seed file the phrase was read from (`../shared/seeds/<file>`), where applicable. */
  seed: z.optional(z.string().check(z.minLength(1))),
  /** A remark on how the phrase was read (ambiguities, choices made). */
  note: z.optional(z.string().check(z.minLength(1))),
}));

/**
 * Where a rule, target or task comes from.
 *
 * @example
 * ```ts
 * import type { Citation } from '@coop/model';
 * const source: Citation = { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a' };
 * source.clause; // 'I.2.a'
 * ```
 */
export interface Citation {
  /** Document number or name, e.g. `Quyết định 2803/QĐ-BNN-KTHT`. */
  document: string;
  /** Clause within the document, e.g. `I.2.a`. */
  clause?: string | undefined;
  /** The original Vietnamese phrase the rule was read from. */
  phrase?: string | undefined;
  /** The seed file the phrase was read from (`../shared/seeds/<file>`), where applicable. */
  seed?: string | undefined;
  /** A remark on how the phrase was read (ambiguities, choices made). */
  note?: string | undefined;
}
