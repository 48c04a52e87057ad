/**
 * The catalog `readRecordFiles` resolves area names against by default: the country, the provinces and
 * the 696 districts in force until 30/06/2025 (and Nông Sơn). A module of its own, imported lazily, so that
 * the district table is not in a bundle that only reads cells (`readDelimited`, `readXlsx`).
 */
import { AREAS, VN_DISTRICTS, type Area } from '@coop/model';

/** Country, provinces and pre-2025 districts. */
export const NAME_CATALOG: readonly Area[] = [...AREAS, ...VN_DISTRICTS];
