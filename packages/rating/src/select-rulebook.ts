import { CoopError, assertList, type OrganisationKind, type Sector, type YearlyRecord } from '@coop/model';
import { guard } from './internal/evaluation-guard.js';
import { rulebookCovers } from './semantics/population.js';
import { inForceForYear } from './internal/grade-validity.js';
import type { Rulebook } from './rulebook.js';

/**
 * What {@link selectRulebook} looks for: an evaluation year and, ideally, the organisation's kind and sector.
 *
 * @example
 * ```ts
 * import { type RulebookQuery, selectRulebook, BUILT_IN_RULEBOOKS } from '@coop/rating';
 * const query: RulebookQuery = { year: 2022, kind: 'cooperative', sector: 'agriculture-crop', rulebook: 'circular-09-2017' };
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
  /**
   * The rulebook the caller grades by (its id), when several apply: for agricultural co-ops in
   * 2020–2024 both Circular 01/2020/TT-BKHĐT and Circular 09/2017/TT-BNNPTNT applied, as separate duties
   * to different agencies, with no precedence in law.
   */
  readonly rulebook?: string;
}

/**
 * Every rulebook in force for the year whose scope covers the organisation (kind and sector as far as
 * they are known). Two or more for an agricultural co-op in 2020–2024: the caller chooses.
 *
 * @param rulebooks - candidates, e.g. `BUILT_IN_RULEBOOKS`
 * @param query - the year, and kind / sector (or a record)
 * @returns the rulebooks that apply, in the given order
 * @throws CoopError `INVALID_ARGUMENT` when the arguments are not a list and a query (or cannot be
 * read); `LIMIT_EXCEEDED` for a list longer than the model's `LIMITS.listLength`
 * @example
 * ```ts
 * import { rulebookCandidates, BUILT_IN_RULEBOOKS } from '@coop/rating';
 * rulebookCandidates(BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'agriculture-crop' }).map((r) => r.id).join(); // 'circular-01-2020,circular-09-2017'
 * ```
 */
export const rulebookCandidates = (rulebooks: readonly Rulebook[], query: RulebookQuery): Rulebook[] =>
  // The same guard as selectRulebook: a bounded list read once, a typed error for anything unreadable.
  guard('INVALID_ARGUMENT', 'rulebookCandidates arguments', () => [], () => {
    const list = assertList(rulebooks, 'rulebooks') as Rulebook[];
    const { year, kind, sector } = scopeOf(query, 'rulebookCandidates');
    return list.filter((r) => rulebookCovers(r, kind, sector) && inForceForYear(r, year));
  });

/** The year, kind and sector a query asks for (explicit `kind` / `sector` win over the record's). */
const scopeOf = (query: RulebookQuery, fn: string): { year: number; kind: OrganisationKind | undefined; sector: Sector | undefined } => {
  if (typeof query !== 'object' || query === null) throw new CoopError('INVALID_ARGUMENT', `${fn} needs a query { year, … }`, { argument: 'query' });
  return { year: query.year, kind: query.kind ?? query.record?.kind, sector: query.sector ?? query.record?.sector };
};

/**
 * Picks the rulebook in force for an evaluation year and an organisation's scope.
 *
 * - *In force for a year* means in force on **31 December** of that year, the day the year's results
 *   are judged on. So Circular 01/2020 (2020-04-01 … 2025-09-17) serves the years 2020–2024; for 2025
 *   it was no longer in force at the year's close (repealed from 2025-09-18) and is not returned —
 *   grade with it explicitly if you choose to (the result then says `RULEBOOK_NOT_IN_FORCE`).
 * - Scope: kind in the rulebook's kinds, sector in its sectors and not excluded.
 * - Several candidates: none is picked silently. The caller names one (`query.rulebook`), or gets
 *   `AMBIGUOUS_RULEBOOK` listing them (`details.candidates`; see also {@link rulebookCandidates}). For an
 *   agricultural co-op in 2020–2024 both Circular 01/2020/TT-BKHĐT (sheet to the co-op registration
 *   authority by 15 December) and Circular 09/2017/TT-BNNPTNT (to the agriculture office before 1 April)
 *   applied, as separate duties; no legal precedence between them was found.
 *
 * @param rulebooks - candidates, e.g. `BUILT_IN_RULEBOOKS`
 * @param query - the year, and kind / sector (or a record)
 * @returns the rulebook
 * @throws CoopError `NO_RULEBOOK_IN_FORCE` (`details.reason`: `not-in-force` when some rulebook covers
 * the scope in other years — listed in `details.candidates` — or `out-of-scope`);
 * `AMBIGUOUS_RULEBOOK` (`details.candidates`) when several apply and the query names none of them;
 * `UNKNOWN_RULEBOOK` when `query.rulebook` is not among the candidates in force (`details.candidates`)
 * @example
 * ```ts
 * import { selectRulebook, BUILT_IN_RULEBOOKS } from '@coop/rating';
 * selectRulebook(BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'trade-services' }).id; // 'circular-01-2020'
 * selectRulebook(BUILT_IN_RULEBOOKS, { year: 2023, kind: 'cooperative', sector: 'agriculture-crop', rulebook: 'circular-01-2020' }).id; // 'circular-01-2020'
 * selectRulebook(BUILT_IN_RULEBOOKS, { year: 2026, kind: 'cooperative', sector: 'agriculture-crop' }).id; // 'circular-09-2017' — the only one in force
 * ```
 */
export const selectRulebook = (rulebooks: readonly Rulebook[], query: RulebookQuery): Rulebook =>
  // A bounded list read once; anything unreadable in the caller's data ends as a typed error (issue 22).
  guard('INVALID_ARGUMENT', 'selectRulebook arguments', () => [], () => select(assertList(rulebooks, 'rulebooks') as Rulebook[], query));

const select = (rulebooks: readonly Rulebook[], query: RulebookQuery): Rulebook => {
  const { year, kind, sector } = scopeOf(query, 'selectRulebook');
  const inScope = rulebooks.filter((r) => rulebookCovers(r, kind, sector));
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
  if (query.rulebook !== undefined) {
    const named = candidates.find((r) => r.id === query.rulebook);
    if (named !== undefined) return named;
    throw new CoopError(
      'UNKNOWN_RULEBOOK',
      `Rulebook "${query.rulebook}" is not in force for ${year} and ${kind ?? 'any kind'} / ${sector ?? 'any sector'}; in force: ${candidates.map((r) => r.id).join(', ')}`,
      { year, kind, sector, rulebook: query.rulebook, candidates: describe(candidates) },
    );
  }
  if (candidates.length === 1) return candidates[0]!;
  throw new CoopError(
    'AMBIGUOUS_RULEBOOK',
    `Several rulebooks apply to ${year} for ${kind ?? 'any kind'} / ${sector ?? 'any sector'}: ` +
      `${candidates.map((r) => r.id).join(', ')}; name one (\`rulebook\`): they are separate duties, none takes precedence`,
    { year, kind, sector, candidates: describe(candidates) },
  );
};
