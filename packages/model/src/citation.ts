import { z } from 'zod';

/**
 * Where a rule, target or task comes from: the document, the clause, and the original Vietnamese
 * phrase, so a ministry can audit the encoding.
 *
 * @example
 * ```ts
 * import { CitationSchema } from '@coop/model';
 * CitationSchema.parse({
 *   document: 'Kế hoạch 42/KH-UBND', clause: 'II.2',
 *   phrase: 'có ít nhất 60% số HTX nông nghiệp được đánh giá, xếp loại tốt, khá',
 * });
 * ```
 */
export const CitationSchema = z.strictObject({
  /** Document number or name, e.g. `Quyết định 2803/QĐ-BNN-KTHT`. */
  document: z.string().min(1),
  /** Clause within the document, e.g. `I.2.a`. */
  clause: z.string().min(1).optional(),
  /** The original Vietnamese phrase the rule was read from. */
  phrase: z.string().min(1).optional(),
  /** The seed file the phrase was read from (`../shared/seeds/<file>`), where applicable. */
  seed: z.string().min(1).optional(),
  /** A remark on how the phrase was read (ambiguities, choices made). */
  note: z.string().min(1).optional(),
});

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
export type Citation = z.infer<typeof CitationSchema>;
