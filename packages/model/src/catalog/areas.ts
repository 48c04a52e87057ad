import type { Area } from '../area.js';
import { indexAreas, type AreaIndex } from '../area-tree.js';
import { VN_DISTRICTS } from './districts.js';
import { VN_COUNTRY, VN_PROVINCES } from './provinces.js';

const join = (...lists: ReadonlyArray<readonly Area[]>): readonly Area[] => lists.flat();

/**
 * Viet Nam and its province-level units before and after the reform of 1 July 2025 (the country,
 * then {@link VN_PROVINCES}): every area a built-in plan names, without the district table. Codes
 * recur with different validity periods (`19` before and from 01/07/2025): resolve a code on a date
 * with `areaOn` or by a record's year with `areaForYear`.
 *
 * @example
 * ```ts
 * import { AREAS, areaForYear, buildAreaIndex } from '@coop/model';
 * const index = buildAreaIndex(AREAS);
 * AREAS.filter((area) => area.code === '19').map((area) => area.validFrom ?? area.validTo).join(' / '); // '2025-06-30 / 2025-07-01'
 * areaForYear(index, '49', 2025).areas[0]?.name.vi; // 'Thành phố Đà Nẵng'
 * ```
 */
export const AREAS: readonly Area[] = /* @__PURE__ */ join([VN_COUNTRY], VN_PROVINCES);

/**
 * Every built-in Vietnamese area: the country, the provinces of both periods and the 696 districts in
 * force until 30/06/2025 (and Nông Sơn). The list `@coop/rating` uses for a Vietnamese target when the
 * data bring no area list. Pulls the district table into a bundle; import {@link AREAS} when the
 * provinces are enough.
 *
 * @example
 * ```ts
 * import { VN_AREAS, buildAreaIndex, isWithinArea } from '@coop/model';
 * const index = buildAreaIndex(VN_AREAS);
 * isWithinArea(index, '167', '19'); // true — huyện Định Hóa, Thái Nguyên
 * isWithinArea(index, '167', 'VN'); // true
 * ```
 */
export const VN_AREAS: readonly Area[] = /* @__PURE__ */ join([VN_COUNTRY], VN_PROVINCES, VN_DISTRICTS);

/**
 * The index of {@link VN_AREAS}, as `buildAreaIndex(VN_AREAS)` gives it but without validating the
 * built-in constants again (their shape is typed, and the catalog's tests build them through
 * `buildAreaIndex`): a few milliseconds instead of the schema's pass over ~800 areas. Each call builds
 * a fresh index; keep it.
 *
 * @returns the index of every built-in Vietnamese area
 * @example
 * ```ts
 * import { areaForYear, vnAreaIndex } from '@coop/model';
 * const index = vnAreaIndex();
 * areaForYear(index, '167', 2024).areas[0]?.name.vi; // 'Huyện Định Hóa'
 * areaForYear(index, '167', 2026).status; // 'closed'
 * ```
 */
export const vnAreaIndex = (): AreaIndex => indexAreas(VN_AREAS);
