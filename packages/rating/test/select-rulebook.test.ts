import { isCoopError } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULEBOOKS } from '../src/rulebooks/index.js';
import { rulebookCandidates, selectRulebook } from '../src/select-rulebook.js';

const codeOf = (fn: () => unknown): { code: string; details: Record<string, unknown> } => {
  try {
    fn();
  } catch (error) {
    if (isCoopError(error)) return { code: error.code, details: error.details };
  }
  throw new Error('expected a CoopError');
};

describe('selectRulebook', () => {
  it('Circular 01/2020 serves the evaluation years 2020–2024 outside agriculture', () => {
    for (const year of [2020, 2021, 2022, 2023, 2024]) {
      expect(selectRulebook(BUILT_IN_RULEBOOKS, { year, kind: 'cooperative', sector: 'trade-services' }).id).toBe('circular-01-2020');
      expect(selectRulebook(BUILT_IN_RULEBOOKS, { year, kind: 'union', sector: 'agriculture-crop' }).id).toBe('circular-01-2020');
    }
  });

  it('2025: 01/2020 was repealed before the year closed (in force until 2025-09-17) — nothing is returned', () => {
    const e = codeOf(() => selectRulebook(BUILT_IN_RULEBOOKS, { year: 2025, kind: 'cooperative', sector: 'trade-services' }));
    expect(e.code).toBe('NO_RULEBOOK_IN_FORCE');
    expect(e.details['reason']).toBe('not-in-force');
    expect(e.details['candidates']).toEqual([{ id: 'circular-01-2020', effectiveFrom: '2020-04-01', effectiveTo: '2025-09-17' }]);
    expect(codeOf(() => selectRulebook(BUILT_IN_RULEBOOKS, { year: 2019, kind: 'cooperative', sector: 'other' })).code).toBe('NO_RULEBOOK_IN_FORCE');
  });

  it('agricultural cooperatives 2020–2024: both circulars apply (separate duties) — none is picked silently', () => {
    for (const year of [2020, 2022, 2024]) {
      const query = { year, kind: 'cooperative', sector: 'agriculture-fishery' } as const;
      const e = codeOf(() => selectRulebook(BUILT_IN_RULEBOOKS, query));
      expect(e.code).toBe('AMBIGUOUS_RULEBOOK');
      expect((e.details['candidates'] as Array<{ id: string }>).map((c) => c.id)).toEqual(['circular-01-2020', 'circular-09-2017']);
      expect(rulebookCandidates(BUILT_IN_RULEBOOKS, query).map((r) => r.id)).toEqual(['circular-01-2020', 'circular-09-2017']);
      expect(selectRulebook(BUILT_IN_RULEBOOKS, { ...query, rulebook: 'circular-09-2017' }).id).toBe('circular-09-2017');
      expect(selectRulebook(BUILT_IN_RULEBOOKS, { ...query, rulebook: 'circular-01-2020' }).id).toBe('circular-01-2020');
    }
  });

  it('agricultural cooperatives: Circular 09/2017 alone before 2020 and from 2025', () => {
    for (const year of [2017, 2019, 2025, 2030]) {
      expect(selectRulebook(BUILT_IN_RULEBOOKS, { year, kind: 'cooperative', sector: 'agriculture-fishery' }).id).toBe('circular-09-2017');
    }
    expect(codeOf(() => selectRulebook(BUILT_IN_RULEBOOKS, { year: 2016, kind: 'cooperative', sector: 'agriculture-crop' })).code).toBe(
      'NO_RULEBOOK_IN_FORCE',
    );
  });

  it('a named rulebook not in force for the year: UNKNOWN_RULEBOOK with the ones that are', () => {
    const e = codeOf(() => selectRulebook(BUILT_IN_RULEBOOKS, { year: 2026, kind: 'cooperative', sector: 'agriculture-crop', rulebook: 'circular-01-2020' }));
    expect(e.code).toBe('UNKNOWN_RULEBOOK');
    expect((e.details['candidates'] as Array<{ id: string }>).map((c) => c.id)).toEqual(['circular-09-2017']);
  });

  it('takes kind and sector from a record', () => {
    expect(selectRulebook(BUILT_IN_RULEBOOKS, { year: 2019, record: { kind: 'cooperative', sector: 'agriculture-salt' } }).id).toBe('circular-09-2017');
  });

  it('out of scope: finance and cooperative groups', () => {
    expect(codeOf(() => selectRulebook(BUILT_IN_RULEBOOKS, { year: 2022, kind: 'cooperative', sector: 'finance' })).details['reason']).toBe('out-of-scope');
    expect(codeOf(() => selectRulebook(BUILT_IN_RULEBOOKS, { year: 2022, kind: 'cooperative-group', sector: 'other' })).details['reason']).toBe(
      'out-of-scope',
    );
  });

  it('without a sector several rulebooks may apply: AMBIGUOUS_RULEBOOK lists them', () => {
    const e = codeOf(() => selectRulebook(BUILT_IN_RULEBOOKS, { year: 2022, kind: 'cooperative' }));
    expect(e.code).toBe('AMBIGUOUS_RULEBOOK');
    expect((e.details['candidates'] as Array<{ id: string }>).map((c) => c.id)).toEqual(['circular-01-2020', 'circular-09-2017']);
    expect(selectRulebook(BUILT_IN_RULEBOOKS, { year: 2018, kind: 'cooperative' }).id).toBe('circular-09-2017');
  });
});
