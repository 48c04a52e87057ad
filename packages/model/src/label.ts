import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';

/** The zod schema behind the main entry's `LabelSchema` (documented with an example in `schema-views.ts`). */
export const LabelSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
}));

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
export interface Label {
  /** Vietnamese (non-empty). */
  vi: string;
  /** English (non-empty). */
  en: string;
}

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
