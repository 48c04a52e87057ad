import { z } from 'zod';
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

/**
 * One of the four official grades.
 *
 * @example
 * ```ts
 * import { GradeSchema } from '@coop/model';
 * GradeSchema.safeParse('excellent').success; // false
 * ```
 */
export const GradeSchema = z.enum(GRADES);

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
export type Grade = z.infer<typeof GradeSchema>;

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
