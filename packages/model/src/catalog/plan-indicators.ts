import type { Indicator } from '../indicator.js';
import * as catalog from './indicators.js';

/*
 * The indicators each built-in plan's targets name — their `indicator` and their `alternatives`
 * readings —, in the order the targets name them. With a plan's constant and this list, a page
 * evaluates that plan (`evaluatePlanWith` of `@coop/rating`) without bundling the other plans or the
 * rest of the indicator catalog. A test checks each list against its plan's targets. The plans without
 * targets (Resolution 134 and the parent documents) need no list.
 */

/**
 * The indicators of Decision 2803/QĐ-BNN-KTHT's targets ({@link MARD_2803_2023}): its six targets'
 * indicators and the readings they list as alternatives.
 *
 * @example
 * ```ts
 * import { MARD_2803_2023, MARD_2803_2023_INDICATORS } from '@coop/model';
 * const ids = new Set(MARD_2803_2023_INDICATORS.map((indicator) => indicator.id));
 * MARD_2803_2023.targets.every((target) => ids.has(target.indicator)); // true
 * ```
 */
export const MARD_2803_2023_INDICATORS: readonly Indicator[] = [
  catalog.AG_KTTT_GOOD_OR_FAIR_SHARE,
  catalog.AG_KTTT_GOOD_OR_FAIR_AND_VALUE_CHAIN_SHARE,
  catalog.AG_KTTT_VALUE_CHAIN_SHARE,
  catalog.AG_COOP_HIGH_TECH_COUNT,
  catalog.AG_KTTT_EFFECTIVE_SHARE,
  catalog.AG_KTTT_EFFECTIVE_AND_LINKAGE_SHARE,
  catalog.AG_KTTT_TECHNOLOGY_SHARE,
];

/**
 * The indicators of Quảng Nam's plan for Resolution 106/NQ-CP ({@link QUANG_NAM_106_2023}), with the
 * alternative reading of its mean-revenue target (the model co-ops' mean).
 *
 * @example
 * ```ts
 * import { QUANG_NAM_106_2023, QUANG_NAM_106_2023_INDICATORS } from '@coop/model';
 * const ids = new Set(QUANG_NAM_106_2023_INDICATORS.map((indicator) => indicator.id));
 * QUANG_NAM_106_2023.targets.every((target) => ids.has(target.indicator)); // true
 * ```
 */
export const QUANG_NAM_106_2023_INDICATORS: readonly Indicator[] = [
  catalog.AG_COOP_GOOD_OR_FAIR_SHARE,
  catalog.AG_MODEL_COOP_COUNT,
  catalog.AG_COOP_MEAN_REVENUE,
  catalog.AG_MODEL_COOP_MEAN_REVENUE,
  catalog.AG_MEMBER_HOUSEHOLD_SHARE,
  catalog.AG_COOP_VALUE_PER_HA,
  catalog.AG_COOP_TOTAL_REVENUE,
  catalog.AG_COOP_ENTERPRISE_LINKED_SHARE,
  catalog.AG_COOP_OCOP_SUBJECT_SHARE,
  catalog.AG_COOP_HIGH_TECH_OR_GAP_SHARE,
  catalog.AG_COOP_MANAGERS_TRAINED_SHARE,
];

/**
 * The indicators of the district's action programme for Programme 155-CTr/TU ({@link DISTRICT_155_2023}).
 *
 * @example
 * ```ts
 * import { DISTRICT_155_2023, DISTRICT_155_2023_INDICATORS } from '@coop/model';
 * const ids = new Set(DISTRICT_155_2023_INDICATORS.map((indicator) => indicator.id));
 * DISTRICT_155_2023.targets.every((target) => ids.has(target.indicator)); // true
 * ```
 */
export const DISTRICT_155_2023_INDICATORS: readonly Indicator[] = [
  catalog.COOP_GROUP_COUNT,
  catalog.COOP_GROUP_MEMBERS,
  catalog.COOP_NEW_SINCE_2022_11_21_COUNT,
  catalog.COOP_NEW_SINCE_2022_11_21_MEMBERS,
  catalog.UNION_COUNT,
  catalog.KTTT_GOOD_OR_FAIR_SHARE,
  catalog.COOP_WEAK_COUNT,
  catalog.AG_COOP_AND_GROUP_HIGH_TECH_COUNT,
  catalog.AG_COOP_ENTERPRISE_LINKED_SHARE,
  catalog.KTTT_MEMBER_POPULATION_SHARE,
  catalog.KTTT_EFFECTIVE_SHARE,
  catalog.KTTT_EFFECTIVE_AND_LINKAGE_SHARE,
  catalog.KTTT_VALUE_CHAIN_SHARE,
  catalog.COOP_TECHNOLOGY_SHARE,
];

/**
 * The indicators of Thái Nguyên's Plan 42/KH-UBND ({@link THAI_NGUYEN_42_2024}), with the alternative
 * reading of its mean-revenue target (the model co-ops' mean).
 *
 * @example
 * ```ts
 * import { THAI_NGUYEN_42_2024, THAI_NGUYEN_42_2024_INDICATORS } from '@coop/model';
 * const ids = new Set(THAI_NGUYEN_42_2024_INDICATORS.map((indicator) => indicator.id));
 * THAI_NGUYEN_42_2024.targets.every((target) => ids.has(target.indicator)); // true
 * ```
 */
export const THAI_NGUYEN_42_2024_INDICATORS: readonly Indicator[] = [
  catalog.AG_COOP_GOOD_OR_FAIR_SHARE,
  catalog.AG_MODEL_COOP_COUNT,
  catalog.AG_COOP_MEAN_REVENUE,
  catalog.AG_MODEL_COOP_MEAN_REVENUE,
  catalog.AG_COOP_HIGH_TECH_OR_GAP_SHARE,
  catalog.AG_COOP_MANAGERS_TRAINED_SHARE,
];
