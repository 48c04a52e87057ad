import { z } from 'zod';

/**
 * A user-facing text in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { LabelSchema } from '@coop/model';
 * LabelSchema.parse({ vi: 'Hợp tác xã', en: 'Cooperative' });
 * ```
 */
export const LabelSchema = z.strictObject({
  vi: z.string().min(1),
  en: z.string().min(1),
});

/** A user-facing text in Vietnamese and English. */
export type Label = z.infer<typeof LabelSchema>;

/** The two languages every label carries. */
export type Lang = keyof Label;
