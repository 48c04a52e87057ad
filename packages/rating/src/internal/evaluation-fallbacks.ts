import { INDICATORS, PLANS, type Indicator, type Plan } from '@coop/model';
import { BUILT_IN_AREAS, type AreaFallback } from './indicator-area.js';

/**
 * The lists an evaluation looks ids up in when the options and the data bring none of their own: a
 * target's indicator after `options.indicators`, a parent plan when `options.plans` is absent, and the
 * area list of a target whose area is one of its codes when the data bring no area list. Every entry
 * is already valid (the built-in catalogs are typed constants; a caller's catalog is checked once by
 * `evaluatePlanWith`).
 *
 * `evaluatePlan`, `evaluatePlans` and `evaluateTarget` use {@link BUILT_IN_FALLBACKS}; `evaluatePlanWith`
 * uses the caller's catalog and nothing else, so that a browser bundle carries only the plan it
 * evaluates (see docs/decisions/0021-one-plan-bundles.md).
 */
export interface EvaluationFallbacks {
  readonly indicators: readonly Indicator[];
  readonly plans: readonly Plan[];
  /** `undefined`: an area code is resolved only through the data's own area list. */
  readonly areas: AreaFallback | undefined;
}

/** The model's catalogs: `INDICATORS`, `PLANS`, and `VN_AREAS` for a Vietnamese area code. */
export const BUILT_IN_FALLBACKS: EvaluationFallbacks = { indicators: INDICATORS, plans: PLANS, areas: BUILT_IN_AREAS };
