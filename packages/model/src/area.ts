import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';
import { CitationSchema, type Citation } from './citation.js';
import { CivilDateSchema, type CivilDate } from './civil-date.js';
import { LabelSchema, type Label } from './label.js';

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

/** The zod schema behind the main entry's `AreaLevelSchema` (documented with an example in `schema-views.ts`). */
export const AreaLevelSchema = /* @__PURE__ */ pureSchema(() => z.enum(AREA_LEVELS));

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
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** The zod schema behind the main entry's `ConfidenceSchema` (documented with an example in `schema-views.ts`). */
export const ConfidenceSchema = /* @__PURE__ */ pureSchema(() => z.enum(['confirmed', 'single-source', 'unconfirmed']));

/**
 * How well a catalog fact is established (see {@link ConfidenceSchema}).
 *
 * @example
 * ```ts
 * import type { Confidence } from '@coop/model';
 * const confidence: Confidence = 'single-source';
 * confidence; // 'single-source'
 * ```
 */
export type Confidence = 'confirmed' | 'single-source' | 'unconfirmed';

/** The zod schema behind the main entry's `AreaSchema` (documented with an example in `schema-views.ts`). */
export const AreaSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  code: z.string().check(z.minLength(1)),
  name: LabelSchema,
  level: AreaLevelSchema,
  parent: z.optional(z.string().check(z.minLength(1))),
  validFrom: z.optional(CivilDateSchema),
  validTo: z.optional(CivilDateSchema),
  successors: z._default(z.array(z.string().check(z.minLength(1))), []),
  type: z.optional(LabelSchema),
  confidence: z.optional(ConfidenceSchema),
  source: z.optional(CitationSchema),
}));

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
export interface Area {
  /** The code (of a province, district…), unique within its validity period. */
  code: string;
  name: Label;
  level: AreaLevel;
  /** The code of the area it belongs to. */
  parent?: string | undefined;
  /** First day in force `YYYY-MM-DD` (absent: since ever). */
  validFrom?: CivilDate | undefined;
  /** Last day in force `YYYY-MM-DD` (absent: still in force). */
  validTo?: CivilDate | undefined;
  /** Codes of the areas that took over when it ceased. */
  successors: string[];
  /** The kind of unit in words (tỉnh / province, thành phố / city…). */
  type?: Label | undefined;
  confidence?: Confidence | undefined;
  source?: Citation | undefined;
}
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
export interface AreaInput extends Omit<Area, 'successors'> {
  /** Codes of the successors (default none). */
  successors?: string[] | undefined;
}
