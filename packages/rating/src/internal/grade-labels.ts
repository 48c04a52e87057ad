import type { Grade, Label } from '@coop/model';

/**
 * Grade labels, repeated here (equal to `GRADE_LABELS` of `@coop/model`, checked by a test) so that
 * grading does not load the model's zod schemas into a browser bundle.
 */
export const GRADE_LABEL: Readonly<Record<Grade, Label>> = {
  good: { vi: 'Tốt', en: 'Good' },
  fair: { vi: 'Khá', en: 'Fair' },
  average: { vi: 'Trung bình', en: 'Average' },
  weak: { vi: 'Yếu', en: 'Weak' },
};

/** Label of the "not rated" outcome (chưa xếp loại). */
export const NOT_RATED_LABEL: Label = { vi: 'Chưa xếp loại', en: 'Not rated' };

/** Label of the "incomplete" outcome. */
export const INCOMPLETE_LABEL: Label = {
  vi: 'Chưa đủ dữ liệu để xếp loại',
  en: 'Incomplete: not enough data to grade',
};

/** Worst-to-best rank of the grades (higher is better). */
export const GRADE_RANK: Readonly<Record<Grade, number>> = { weak: 0, average: 1, fair: 2, good: 3 };
