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

/**
 * A user-facing text in Vietnamese and English.
 *
 * @example
 * ```ts
 * import type { Label } from '@coop/model';
 * const label: Label = { vi: 'Hợp tác xã', en: 'Cooperative' };
 * label.en; // 'Cooperative'
 * ```
 */
export type Label = z.infer<typeof LabelSchema>;

/**
 * The two languages every label carries.
 *
 * @example
 * ```ts
 * import type { Label, Lang } from '@coop/model';
 * const pick = (label: Label, lang: Lang): string => label[lang];
 * pick({ vi: 'Tốt', en: 'Good' }, 'vi'); // 'Tốt'
 * ```
 */
export type Lang = keyof Label;
