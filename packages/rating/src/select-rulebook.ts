import { CoopError, assertList, type OrganisationKind, type Sector, type YearlyRecord } from '@coop/model';
import { guard } from './internal/evaluation-guard.js';
import { inForceForYear } from './internal/grade-validity.js';
import type { Rulebook } from './rulebook.js';

/**
 * What {@link selectRulebook} looks for: an evaluation year and, ideally, the organisation's kind and sector.
 *
 * @example
 * ```ts
 * import { type RulebookQuery, selectRulebook, BUILT_IN_RULEBOOKS } from '@coop/rating';
 * const query: RulebookQuery = { year: 2022, kind: 'cooperative', sector: 'agriculture-crop' };
 * selectRulebook(BUILT_IN_RULEBOOKS, query).id; // 'circular-09-2017'
 * ```
 */
export interface RulebookQuery {
  /** The evaluation year. */
  readonly year: number;
  readonly kind?: OrganisationKind;
  readonly sector?: Sector;
  /** A record to take `kind` and `sector` from (explicit `kind` / `sector` win). */
  readonly record?: Pick<YearlyRecord, 'kind' | 'sector'>;
}

const covers = (rulebook: Rulebook, kind: string | undefined, sector: string | undefined): boolean => {
  const scope = rulebook.scope;
  if (kind !== undefined && !scope.kinds.includes(kind as OrganisationKind)) return false;
  if (sector === undefined) return true;
  if (scope.excludeSectors?.includes(sector as Sector)) return false;
  return scope.sectors === 'all' || scope.sectors.includes(sector as Sector);
};

/** Smaller is more specific: the number of kind × sector pairs a scope names (`all` = unbounded). */
const breadth = (rulebook: Rulebook): number =>
  rulebook.scope.kinds.length * (rulebook.scope.sectors === 'all' ? Number.POSITIVE_INFINITY : rulebook.scope.sectors.length);

/**
 * Picks the rulebook in force for an evaluation year and an organisation's scope.
 *
 * - *In force for a year* means in force on **31 December** of that year, the day the year's results
 *   are judged on. So Circular 01/2020 (2020-04-01 … 2025-09-17) serves the years 2020–2024; for 2025
 *   it was no longer in force at the year's close (repealed from 2025-09-18) and is not returned —
 *   grade with it explicitly if you choose to (the result then says `RULEBOOK_NOT_IN_FORCE`).
 * - Scope: kind in the rulebook's kinds, sector in its sectors and not excluded.
 * - Several candidates: when both kind and sector are known, the most specific scope wins (a rulebook
 *   naming the sector beats one covering every sector: Circular 09/2017 for an agricultural cooperative
 *   in 2020–2024), then the latest `effectiveFrom`. Without kind and sector a choice cannot be made.
 *
 * @param rulebooks - candidates, e.g. `BUILT_IN_RULEBOOKS`
 * @param query - the year, and kind / sector (or a record)
 * @returns the rulebook
 * @throws CoopError `NO_RULEBOOK_IN_FORCE` (`details.reason`: `not-in-force` when some rulebook covers
 * the scope in other years — listed in `details.candidates` — or `out-of-scope`);
 * `AMBIGUOUS_RULEBOOK` (`details.candidates`) when several remain and kind or sector is unknown, or they tie
 * @example
 * ```ts
 * import { selectRulebook, BUILT_IN_RULEBOOKS } from '@coop/rating';
 * selectRulebook(BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'trade-services' }).id; // 'circular-01-2020'
 * selectRulebook(BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'agriculture-crop' }).id; // 'circular-09-2017'
 * ```
 */
export const selectRulebook = (rulebooks: readonly Rulebook[], query: RulebookQuery): Rulebook =>
  // A bounded list read once; anything unreadable in the caller's data ends as a typed error (issue 22).
  guard('INVALID_ARGUMENT', 'selectRulebook arguments', () => [], () => select(assertList(rulebooks, 'rulebooks') as Rulebook[], query));

const select = (rulebooks: readonly Rulebook[], query: RulebookQuery): Rulebook => {
  if (typeof query !== 'object' || query === null) throw new CoopError('INVALID_ARGUMENT', 'selectRulebook needs a query { year, … }', { argument: 'query' });
  const { year } = query;
  const kind = query.kind ?? query.record?.kind;
  const sector = query.sector ?? query.record?.sector;
  const inScope = rulebooks.filter((r) => covers(r, kind, sector));
  const candidates = inScope.filter((r) => inForceForYear(r, year));
  const describe = (list: readonly Rulebook[]) =>
    list.map((r) => ({ id: r.id, effectiveFrom: r.effectiveFrom, ...(r.effectiveTo === undefined ? {} : { effectiveTo: r.effectiveTo }) }));
  if (candidates.length === 0) {
    const reason = inScope.length > 0 ? 'not-in-force' : 'out-of-scope';
    throw new CoopError(
      'NO_RULEBOOK_IN_FORCE',
      reason === 'not-in-force'
        ? `No rulebook was in force on 31 December ${year} for ${kind ?? 'any kind'} / ${sector ?? 'any sector'}; ` +
          `covering that scope in other years: ${inScope.map((r) => r.id).join(', ')}`
        : `No rulebook covers ${kind ?? 'any kind'} / ${sector ?? 'any sector'}`,
      { year, kind, sector, reason, candidates: describe(inScope) },
    );
  }
  if (candidates.length === 1) return candidates[0]!;
  const ambiguous = (): never => {
    throw new CoopError(
      'AMBIGUOUS_RULEBOOK',
      `Several rulebooks apply to ${year} for ${kind ?? 'any kind'} / ${sector ?? 'any sector'}: ` +
        `${candidates.map((r) => r.id).join(', ')}; pass kind and sector, or choose one`,
      { year, kind, sector, candidates: describe(candidates) },
    );
  };
  if (kind === undefined || sector === undefined) return ambiguous();
  const order = (x: number | string, y: number | string): number => (x === y ? 0 : x < y ? -1 : 1);
  const ranked = [...candidates].sort((a, b) => order(breadth(a), breadth(b)) || order(b.effectiveFrom, a.effectiveFrom));
  const [first, second] = ranked as [Rulebook, Rulebook];
  if (breadth(first) === breadth(second) && first.effectiveFrom === second.effectiveFrom) return ambiguous();
  return first;
};
