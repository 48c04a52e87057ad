import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';
import type { Label } from './label.js';

/**
 * The four official grades, best first: Tốt, Khá, Trung bình, Yếu.
 *
 * @example
 * ```ts
 * import { GRADES } from '@coop/model';
 * GRADES[0]; // 'good'
 * ```
 */
export const GRADES = ['good', 'fair', 'average', 'weak'] as const;

/** The zod schema behind the main entry's `GradeSchema` (documented with an example in `schema-views.ts`). */
export const GradeSchema = /* @__PURE__ */ pureSchema(() => z.enum(GRADES));

/**
 * `good` (Tốt), `fair` (Khá), `average` (Trung bình) or `weak` (Yếu).
 *
 * @example
 * ```ts
 * import { GRADE_LABELS, type Grade } from '@coop/model';
 * const grade: Grade = 'fair';
 * GRADE_LABELS[grade].vi; // 'Khá'
 * ```
 */
export type Grade = (typeof GRADES)[number];

/**
 * Vietnamese and English labels of the grades and of "not rated" (chưa xếp loại).
 *
 * @example
 * ```ts
 * import { GRADE_LABELS } from '@coop/model';
 * GRADE_LABELS['not-rated'].vi; // 'Chưa xếp loại'
 * ```
 */
export const GRADE_LABELS: Readonly<Record<Grade | 'not-rated', Label>> = {
  good: { vi: 'Tốt', en: 'Good' },
  fair: { vi: 'Khá', en: 'Fair' },
  average: { vi: 'Trung bình', en: 'Average' },
  weak: { vi: 'Yếu', en: 'Weak' },
  'not-rated': { vi: 'Chưa xếp loại', en: 'Not rated' },
};
