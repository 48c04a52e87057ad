import { CoopError } from '../errors.js';
import { readOwn } from '../internal/guard.js';
import { assertList } from '../limits.js';
import type { Indicator } from '../indicator.js';
import type { Plan } from '../plan.js';
import { INDICATORS } from './indicators.js';
import { DISTRICT_155_2023 } from './plans/district-155.js';
import { MARD_2803_2023 } from './plans/mard-2803.js';
import {
  PARTY_20_NQ_TW_2022,
  PROGRAMME_155_CTR_TU_2022,
  RESOLUTION_09_NQ_CP_2023,
  RESOLUTION_106_NQ_CP_2023,
} from './plans/parents.js';
import { QUANG_NAM_106_2023 } from './plans/quang-nam-106.js';
import { RESOLUTION_134_2020 } from './plans/resolution-134.js';
import { THAI_NGUYEN_42_2024 } from './plans/thai-nguyen-42.js';

export { AREAS, VN_AREAS, vnAreaIndex } from './areas.js';
export { VN_DISTRICTS } from './districts.js';
export { VN_COUNTRY, VN_PROVINCES } from './provinces.js';
export { INDICATORS };

/** The built-in plans by id (one entry per plan; the key is the plan's `id`). */
const PLANS_BY_ID = {
  'mard-2803-2023': MARD_2803_2023,
  'resolution-134-2020': RESOLUTION_134_2020,
  'quang-nam-106-2023': QUANG_NAM_106_2023,
  'district-155-2023': DISTRICT_155_2023,
  'thai-nguyen-42-2024': THAI_NGUYEN_42_2024,
  'party-20-nq-tw-2022': PARTY_20_NQ_TW_2022,
  'resolution-09-nq-cp-2023': RESOLUTION_09_NQ_CP_2023,
  'resolution-106-nq-cp-2023': RESOLUTION_106_NQ_CP_2023,
  'programme-155-ctr-tu-2022': PROGRAMME_155_CTR_TU_2022,
} as const satisfies Readonly<Record<string, Plan>>;

/**
 * The id of a built-in plan: `getPlan` takes these, so a typo is a type error (like the keys of
 * `CYCLES` in `@coop/calendar`).
 *
 * @example
 * ```ts
 * import { getPlan, type PlanId } from '@coop/model';
 * const id: PlanId = 'thai-nguyen-42-2024';
 * getPlan(id).id; // 'thai-nguyen-42-2024'
 * ```
 */
export type PlanId = keyof typeof PLANS_BY_ID;

/**
 * Every built-in plan: the five seed plans, then the parent documents they implement.
 *
 * @example
 * ```ts
 * import { PLANS } from '@coop/model';
 * PLANS.map((plan) => plan.id).includes('thai-nguyen-42-2024'); // true
 * ```
 */
export const PLANS: readonly Plan[] = /* @__PURE__ */ Object.values(PLANS_BY_ID); // pure: a bundle of areas alone drops the plans

/**
 * Tells whether a text is the id of a built-in plan (for ids read from a command line or a form).
 *
 * @param id - any value (a non-string is never a plan id, and is not converted to text)
 * @returns whether `getPlan(id)` finds a built-in plan
 * @example
 * ```ts
 * import { isPlanId } from '@coop/model';
 * isPlanId('mard-2803-2023'); // true
 * isPlanId('mard-2803'); // false
 * ```
 */
export const isPlanId = (id: unknown): id is PlanId => typeof id === 'string' && Object.hasOwn(PLANS_BY_ID, id);

/**
 * Looks a plan up by id. Without `plans`, the id must be a built-in {@link PlanId} (checked by the
 * compiler); with your own `plans`, any id.
 *
 * @param id - a plan id such as `mard-2803-2023`
 * @param plans - the plans to search (default: the built-in {@link PLANS})
 * @returns the plan
 * @throws CoopError `UNKNOWN_PLAN` (details: `id`, `known` ids) when no plan has that id;
 * `INVALID_ARGUMENT` when `id` is not a short string or `plans` is not a list of objects with a string `id`
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * getPlan('quang-nam-106-2023').jurisdiction.area; // '49'
 * ```
 */
export const getPlan: {
  (id: PlanId): Plan;
  (id: string, plans: readonly Plan[]): Plan;
} = (id: string, plans: readonly Plan[] = PLANS): Plan => {
  assertId(id, 'plan');
  const list = listOf(plans, PLANS, 'plans');
  const plan = list.find((entry) => entry.id === id)?.item;
  if (plan === undefined) {
    const known = list.map((entry) => entry.id);
    throw new CoopError('UNKNOWN_PLAN', `No plan with id "${id}". Known plans: ${known.join(', ')}`, { id, known });
  }
  return plan;
};

/**
 * Looks an indicator up by id.
 *
 * @param id - an indicator id such as `ag-coop-good-or-fair-share`
 * @param indicators - the indicators to search (default: the built-in {@link INDICATORS})
 * @returns the indicator
 * @throws CoopError `UNKNOWN_INDICATOR` (details: `id`, `known` ids) when no indicator has that id;
 * `INVALID_ARGUMENT` when `id` is not a short string or `indicators` is not a list of objects with a string `id`
 * @example
 * ```ts
 * import { getIndicator } from '@coop/model';
 * getIndicator('ag-coop-mean-revenue').unit; // 'vnd'
 * ```
 */
export const getIndicator = (id: string, indicators: readonly Indicator[] = INDICATORS): Indicator => {
  assertId(id, 'indicator');
  const list = listOf(indicators, INDICATORS, 'indicators');
  const indicator = list.find((entry) => entry.id === id)?.item;
  if (indicator === undefined) {
    const known = list.map((entry) => entry.id);
    throw new CoopError('UNKNOWN_INDICATOR', `No indicator with id "${id}". Known indicators: ${known.join(', ')}`, {
      id,
      known,
    });
  }
  return indicator;
};

/**
 * The plans a plan implements, directly or through its parents: nearest first (breadth-first over
 * `parents`), each once. The plan itself is not included.
 *
 * @param id - a plan id
 * @param plans - the plans to search (default: the built-in {@link PLANS})
 * @returns the ancestor plans, nearest first (empty for a plan without parents)
 * @throws CoopError `UNKNOWN_PLAN` when `id` or a parent id names no plan
 * @example
 * ```ts
 * import { planAncestors } from '@coop/model';
 * planAncestors('mard-2803-2023').map((plan) => plan.id);
 * // ['resolution-09-nq-cp-2023', 'party-20-nq-tw-2022']
 * ```
 */
export const planAncestors = (id: string, plans: readonly Plan[] = PLANS): Plan[] => {
  const seen = new Set<string>([id]);
  const ancestors: Plan[] = [];
  let frontier = [getPlan(id, plans)];
  while (frontier.length > 0) {
    const next: Plan[] = [];
    for (const plan of frontier) {
      for (const parentId of plan.parents) {
        if (seen.has(parentId)) continue;
        seen.add(parentId);
        const parent = getPlan(parentId, plans);
        ancestors.push(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  return ancestors;
};

/** Rejects ids that are not short strings with a typed error rather than failing deep inside. */
const assertId = (id: unknown, what: string): void => {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) {
    throw new CoopError('INVALID_ARGUMENT', `A ${what} id must be a non-empty string of at most 200 characters`, {
      received: typeof id,
    });
  }
};

/**
 * A caller's list of catalog entries, checked (a bounded array of objects with a string `id`, each `id`
 * read once): a hostile list ends as a typed error, never a TypeError from `find`. The built-in list is
 * taken as it is.
 */
const listOf = <T extends { readonly id: string }>(
  given: readonly T[],
  builtIn: readonly T[],
  name: string,
): ReadonlyArray<{ readonly id: string; readonly item: T }> => {
  if (given === builtIn) return given.map((item) => ({ id: item.id, item }));
  return assertList(given, name).map((item, index) => {
    const id = typeof item === 'object' && item !== null ? readOwn(item, 'id', `${name}[${index}]`) : undefined;
    if (typeof id !== 'string') {
      throw new CoopError('INVALID_ARGUMENT', `${name}[${index}] must be an object with a string id`, { argument: `${name}[${index}]` });
    }
    return { id, item: item as T };
  });
};
