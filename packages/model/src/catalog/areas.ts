import type { Area } from '../area.js';
import type { Citation } from '../citation.js';

/*
 * The administrative areas the built-in plans need, with the 1 July 2025 reform: Quảng Nam merged
 * into Đà Nẵng city; Bắc Kạn merged into Thái Nguyên. Codes are the GSO (Tổng cục Thống kê) province
 * codes. The merged units kept the codes 19 and 48, so the post-reform units carry the suffix
 * `-2025` here: an area code must name one area with one validity period.
 */

const REFORM: Citation = {
  document: 'Nghị quyết 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh',
  note: 'Adopted by the National Assembly on 12/06/2025 (confirmed in news reports: 461 of 465 deputies present in favour; 34 provincial units remain). The merged units operate from 01/07/2025, so the former ones end on 30/06/2025. The resolution\'s own text was not read here, so no article number is cited.',
};

/**
 * Areas of the built-in plans: Viet Nam, the provinces of the seed plans (valid to 30/06/2025) and
 * their successors from 01/07/2025.
 *
 * @example
 * ```ts
 * import { AREAS } from '@coop/model';
 * AREAS.find((area) => area.code === '49')?.successors; // ['48-2025']
 * ```
 */
export const AREAS: readonly Area[] = [
  { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country', successors: [] },
  {
    code: '06',
    name: { vi: 'Tỉnh Bắc Kạn', en: 'Bac Kan province' },
    level: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
    successors: ['19-2025'],
  },
  {
    code: '19',
    name: { vi: 'Tỉnh Thái Nguyên (trước 01/7/2025)', en: 'Thai Nguyen province (before 1 July 2025)' },
    level: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
    successors: ['19-2025'],
  },
  {
    code: '48',
    name: { vi: 'Thành phố Đà Nẵng (trước 01/7/2025)', en: 'Da Nang city (before 1 July 2025)' },
    level: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
    successors: ['48-2025'],
  },
  {
    code: '49',
    name: { vi: 'Tỉnh Quảng Nam', en: 'Quang Nam province' },
    level: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
    successors: ['48-2025'],
  },
  {
    code: '19-2025',
    name: { vi: 'Tỉnh Thái Nguyên (từ 01/7/2025)', en: 'Thai Nguyen province (from 1 July 2025)' },
    level: 'province',
    parent: 'VN',
    validFrom: '2025-07-01',
    successors: [],
  },
  {
    code: '48-2025',
    name: { vi: 'Thành phố Đà Nẵng (từ 01/7/2025)', en: 'Da Nang city (from 1 July 2025)' },
    level: 'province',
    parent: 'VN',
    validFrom: '2025-07-01',
    successors: [],
  },
];

const GSO_CODES = 'Danh mục đơn vị hành chính Việt Nam (mã tỉnh của Tổng cục Thống kê)';

/**
 * Where each built-in area's code, validity and successors come from, and what could not be
 * confirmed (`AreaSchema` has no note field, so the notes live here, keyed by area code).
 *
 * @example
 * ```ts
 * import { AREA_CITATIONS } from '@coop/model';
 * AREA_CITATIONS['49']?.document.startsWith('Nghị quyết 202/2025/QH15'); // true
 * ```
 */
export const AREA_CITATIONS: Readonly<Record<string, Citation>> = {
  VN: { document: GSO_CODES, note: 'VN is the ISO 3166-1 code; GSO numbers provinces only.' },
  '06': {
    ...REFORM,
    note: `${REFORM.note} Bắc Kạn and Thái Nguyên were merged into the province of Thái Nguyên. GSO code 06 for Bắc Kạn is confirmed in several public copies of the pre-2025 GSO list. The start of validity (re-establishment in 1997) is not encoded.`,
  },
  '19': {
    ...REFORM,
    note: `${REFORM.note} GSO code 19 for Thái Nguyên is confirmed in public copies of the GSO list before and after the reform. Start of validity not encoded.`,
  },
  '48': {
    ...REFORM,
    note: `${REFORM.note} Quảng Nam and Đà Nẵng were merged into the city of Đà Nẵng. GSO code 48 is confirmed before and after the reform. Start of validity not encoded.`,
  },
  '49': {
    ...REFORM,
    note: `${REFORM.note} Quảng Nam merged into Đà Nẵng city. GSO code 49 for Quảng Nam is confirmed in several public copies of the pre-2025 GSO list. Start of validity (1997 split from Quảng Nam – Đà Nẵng) is not encoded.`,
  },
  '19-2025': {
    ...REFORM,
    note: `${REFORM.note} The merged province kept GSO code 19 (public post-reform lists of the 34 units); the suffix -2025 is this catalog's, to tell it from the pre-reform province.`,
  },
  '48-2025': {
    ...REFORM,
    note: `${REFORM.note} The merged city kept GSO code 48 (public post-reform lists of the 34 units); the suffix -2025 is this catalog's, to tell it from the pre-reform city.`,
  },
};
