import type { Rulebook } from '../rulebook.js';
import { CIRCULAR_01_2020 } from './circular-01-2020.js';
import { CIRCULAR_09_2017 } from './circular-09-2017.js';

/**
 * The built-in rulebooks, newest first: Circular 01/2020/TT-BKHĐT and Circular 09/2017/TT-BNNPTNT.
 * Pass this list (or your own, with `defineRulebook` results) to `selectRulebook`.
 *
 * @example
 * ```ts
 * import { BUILT_IN_RULEBOOKS } from '@coop/rating';
 * BUILT_IN_RULEBOOKS.map((r) => r.id); // ['circular-01-2020', 'circular-09-2017']
 * ```
 */
export const BUILT_IN_RULEBOOKS: readonly Rulebook[] = [CIRCULAR_01_2020, CIRCULAR_09_2017];
