import { CoopError } from './errors.js';
import { describeSafely } from './internal/snapshot.js';
import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';
import { CivilDateSchema, type CivilDate } from './civil-date.js';
import type { Label } from './label.js';

/**
 * The three kinds of collective economic organisation (tổ chức kinh tế tập thể).
 *
 * @example
 * ```ts
 * import { ORGANISATION_KINDS } from '@coop/model';
 * ORGANISATION_KINDS.length; // 3
 * ```
 */
export const ORGANISATION_KINDS = ['cooperative-group', 'cooperative', 'union'] as const;

/** The zod schema behind the main entry's `OrganisationKindSchema` (documented with an example in `schema-views.ts`). */
export const OrganisationKindSchema = /* @__PURE__ */ pureSchema(() => z.enum(ORGANISATION_KINDS));

/**
 * `cooperative-group` (tổ hợp tác), `cooperative` (hợp tác xã) or `union` (liên hiệp hợp tác xã).
 *
 * @example
 * ```ts
 * import type { OrganisationKind } from '@coop/model';
 * const kind: OrganisationKind = 'union';
 * kind; // 'union'
 * ```
 */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * The seven agricultural sub-types of Circular 09/2017/TT-BNNPTNT art. 3 (crop, livestock, forestry,
 * fishery, salt, rural clean water, general) followed by the other sectors.
 *
 * @example
 * ```ts
 * import { SECTORS } from '@coop/model';
 * SECTORS.filter((s) => s.startsWith('agriculture-')).length; // 7
 * ```
 */
export const SECTORS = [
  'agriculture-crop',
  'agriculture-livestock',
  'agriculture-forestry',
  'agriculture-fishery',
  'agriculture-salt',
  'agriculture-clean-water',
  'agriculture-general',
  'industry-construction',
  'trade-services',
  'finance',
  'other',
] as const;

/** The zod schema behind the main entry's `SectorSchema` (documented with an example in `schema-views.ts`). */
export const SectorSchema = /* @__PURE__ */ pureSchema(() => z.enum(SECTORS));

/**
 * Sector of an organisation; the `agriculture-*` values are the agricultural sub-types.
 *
 * @example
 * ```ts
 * import { isAgricultural, type Sector } from '@coop/model';
 * const sector: Sector = 'agriculture-fishery';
 * isAgricultural(sector); // true
 * ```
 */
export type Sector = (typeof SECTORS)[number];

/**
 * Tells whether a sector is one of the seven agricultural sub-types (HTX nông nghiệp).
 *
 * @param sector - a sector
 * @returns `true` for `agriculture-*`; `false` for any other text
 * @throws CoopError `INVALID_ARGUMENT` when `sector` is not a string
 * @example
 * ```ts
 * import { isAgricultural } from '@coop/model';
 * isAgricultural('agriculture-crop'); // true
 * isAgricultural('finance'); // false
 * ```
 */
export const isAgricultural = (sector: Sector): boolean => {
  if (typeof sector !== 'string') {
    throw new CoopError('INVALID_ARGUMENT', `A sector must be a string, received ${describeSafely(sector)}`, { received: describeSafely(sector) });
  }
  return sector.startsWith('agriculture-');
};

/**
 * Vietnamese and English labels of the organisation kinds.
 *
 * @example
 * ```ts
 * import { ORGANISATION_KIND_LABELS } from '@coop/model';
 * ORGANISATION_KIND_LABELS.union.vi; // 'Liên hiệp hợp tác xã'
 * ```
 */
export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, Label>> = {
  'cooperative-group': { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  union: { vi: 'Liên hiệp hợp tác xã', en: 'Union of cooperatives' },
};

/**
 * Vietnamese and English labels of the sectors.
 *
 * @example
 * ```ts
 * import { SECTOR_LABELS } from '@coop/model';
 * SECTOR_LABELS.finance.en; // 'Finance'
 * ```
 */
export const SECTOR_LABELS: Readonly<Record<Sector, Label>> = {
  'agriculture-crop': { vi: 'Nông nghiệp – trồng trọt', en: 'Agriculture – crops' },
  'agriculture-livestock': { vi: 'Nông nghiệp – chăn nuôi', en: 'Agriculture – livestock' },
  'agriculture-forestry': { vi: 'Nông nghiệp – lâm nghiệp', en: 'Agriculture – forestry' },
  'agriculture-fishery': { vi: 'Nông nghiệp – thủy sản', en: 'Agriculture – fishery' },
  'agriculture-salt': { vi: 'Nông nghiệp – diêm nghiệp', en: 'Agriculture – salt' },
  'agriculture-clean-water': { vi: 'Nông nghiệp – nước sạch nông thôn', en: 'Agriculture – rural clean water' },
  'agriculture-general': { vi: 'Nông nghiệp – tổng hợp', en: 'Agriculture – general' },
  'industry-construction': { vi: 'Công nghiệp – xây dựng', en: 'Industry – construction' },
  'trade-services': { vi: 'Thương mại – dịch vụ', en: 'Trade – services' },
  finance: { vi: 'Tài chính', en: 'Finance' },
  other: { vi: 'Khác', en: 'Other' },
};

/** The zod schema behind the main entry's `OrganisationSchema` (documented with an example in `schema-views.ts`). */
export const OrganisationSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  kind: OrganisationKindSchema,
  sector: SectorSchema,
  areaCode: z.string().check(z.minLength(1)),
  foundedOn: CivilDateSchema,
  dissolvedOn: z.optional(CivilDateSchema),
}));

/**
 * A collective economic organisation.
 *
 * @example
 * ```ts
 * import type { Organisation } from '@coop/model';
 * const coop: Organisation = { id: 'HTX-1', name: 'HTX Tân Cương', kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19', foundedOn: '2015-03-01' };
 * coop.kind; // 'cooperative'
 * ```
 */
export interface Organisation {
  /** A stable identifier (the registration number, or your own). */
  id: string;
  /** The organisation's name. */
  name: string;
  kind: OrganisationKind;
  sector: Sector;
  /** The code of its area. */
  areaCode: string;
  /** Founding date `YYYY-MM-DD`. */
  foundedOn: CivilDate;
  /** Dissolution date `YYYY-MM-DD`, when dissolved (not before `foundedOn`). */
  dissolvedOn?: CivilDate | undefined;
}
