import { z } from 'zod';
import { CitationSchema } from './citation.js';
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
 * How well a fact of the built-in catalogs is established: `confirmed` (two or more independent
 * sources agree), `single-source` (one source only), `unconfirmed` (inferred, not read in a source).
 *
 * @example
 * ```ts
 * import { ConfidenceSchema } from '@coop/model';
 * ConfidenceSchema.parse('single-source'); // 'single-source'
 * ```
 */
export const ConfidenceSchema = z.enum(['confirmed', 'single-source', 'unconfirmed']);

/**
 * An administrative area with its validity. **An area is a code plus a validity period**: the same
 * code may appear several times in a list, each time with a period that does not overlap the others
 * (Viet Nam's code `19` denotes the province of Thái Nguyên before 1 July 2025 and the larger merged
 * province from that day; code `15` was Yên Bái and is now Lào Cai). An area that ceased carries its
 * last day in `validTo` and the codes of its successors; a successor code names the version of that
 * code in force after the area ended. Use `areaOn` / `areaForYear` to resolve a code on a date.
 *
 * `type` (e.g. tỉnh / province), `confidence` and `source` are optional documentation of a catalog
 * entry; they do not change any computation.
 *
 * @example
 * ```ts
 * import { AreaSchema } from '@coop/model';
 * AreaSchema.parse({
 *   code: '49', name: { vi: 'Tỉnh Quảng Nam', en: 'Quang Nam province' }, level: 'province',
 *   parent: 'VN', validTo: '2025-06-30', successors: ['48'],
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
  type: LabelSchema.optional(),
  confidence: ConfidenceSchema.optional(),
  source: CitationSchema.optional(),
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
