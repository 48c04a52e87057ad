import { z } from 'zod';
import { CivilDateSchema } from './civil-date.js';
import { LabelSchema } from './label.js';

/**
 * Administrative levels, largest first.
 *
 * @example
 * ```ts
 * import { AREA_LEVELS } from '@coop/model';
 * AREA_LEVELS.indexOf('district'); // 2
 * ```
 */
export const AREA_LEVELS = ['country', 'province', 'district', 'commune'] as const;

/**
 * An administrative level.
 *
 * @example
 * ```ts
 * import { AreaLevelSchema } from '@coop/model';
 * AreaLevelSchema.safeParse('region').success; // false
 * ```
 */
export const AreaLevelSchema = z.enum(AREA_LEVELS);

/**
 * `country`, `province`, `district` or `commune`.
 *
 * @example
 * ```ts
 * import type { AreaLevel } from '@coop/model';
 * const level: AreaLevel = 'district';
 * level; // 'district'
 * ```
 */
export type AreaLevel = z.infer<typeof AreaLevelSchema>;

/**
 * An administrative area with its validity. Vietnam merged provinces and abolished the district level
 * on 1 July 2025: an area that ceased then carries `validTo: '2025-06-30'` and the codes of its
 * successors, so plans issued before the reform can still be evaluated against the old areas.
 *
 * @example
 * ```ts
 * import { AreaSchema } from '@coop/model';
 * AreaSchema.parse({
 *   code: 'QNA', name: { vi: 'Tỉnh Quảng Nam', en: 'Quang Nam province' }, level: 'province',
 *   parent: 'VN', validTo: '2025-06-30', successors: ['DNG'],
 * });
 * ```
 */
export const AreaSchema = z.strictObject({
  code: z.string().min(1),
  name: LabelSchema,
  level: AreaLevelSchema,
  parent: z.string().min(1).optional(),
  validFrom: CivilDateSchema.optional(),
  validTo: CivilDateSchema.optional(),
  successors: z.array(z.string().min(1)).default([]),
});

/**
 * An administrative area.
 *
 * @example
 * ```ts
 * import { AreaSchema, type Area } from '@coop/model';
 * const area: Area = AreaSchema.parse({ code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' });
 * area.successors.length; // 0
 * ```
 */
export type Area = z.infer<typeof AreaSchema>;
/**
 * An area as written in input (successors may be omitted).
 *
 * @example
 * ```ts
 * import type { AreaInput } from '@coop/model';
 * const input: AreaInput = { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' };
 * input.level; // 'country'
 * ```
 */
export type AreaInput = z.input<typeof AreaSchema>;
