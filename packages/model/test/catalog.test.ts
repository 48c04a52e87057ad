import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AreaSchema } from '../src/area.js';
import type { Citation } from '../src/citation.js';
import { isCoopError } from '../src/errors.js';
import { IndicatorSchema } from '../src/indicator.js';
import { PlanSchema } from '../src/plan.js';
import { AREAS, INDICATORS, PLANS, getIndicator, getPlan, isPlanId, planAncestors, type PlanId } from '../src/catalog/index.js';

/** `../shared/seeds` relative to the repository root (CI checks shared/ out beside the clone). */
const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const seedCache = new Map<string, string>();
const seedText = (file: string): string => {
  let text = seedCache.get(file);
  if (text === undefined) {
    text = normalise(readFileSync(`${SEEDS_DIR}${file}`, 'utf8'));
    seedCache.set(file, text);
  }
  return text;
};

const duplicates = (ids: readonly string[]): string[] => ids.filter((id, index) => ids.indexOf(id) !== index);

describe('catalog entries validate against their schemas', () => {
  it.each(INDICATORS.map((indicator) => [indicator.id, indicator] as const))('indicator %s', (_id, indicator) => {
    // The data is written with every default spelt out, so parsing changes nothing.
    expect(IndicatorSchema.parse(indicator)).toEqual(indicator);
  });
  it.each(PLANS.map((plan) => [plan.id, plan] as const))('plan %s', (_id, plan) => {
    expect(PlanSchema.parse(plan)).toEqual(plan);
  });
  it.each(AREAS.map((area) => [area.code, area] as const))('area %s', (_code, area) => {
    expect(AreaSchema.parse(area)).toEqual(area);
  });
});

describe('catalog references and ids', () => {
  const indicatorIds = new Set(INDICATORS.map((indicator) => indicator.id));
  const planIds = new Set(PLANS.map((plan) => plan.id));
  const areaCodes = new Set(AREAS.map((area) => area.code));

  it('has no duplicate ids', () => {
    expect(duplicates(INDICATORS.map((indicator) => indicator.id))).toEqual([]);
    expect(duplicates(PLANS.map((plan) => plan.id))).toEqual([]);
    // An area is a code plus a validity period: a code recurs only with another start.
    expect(duplicates(AREAS.map((area) => `${area.code} ${area.validFrom ?? ''}`))).toEqual([]);
    for (const plan of PLANS) {
      expect(duplicates(plan.targets.map((target) => target.id)), plan.id).toEqual([]);
      expect(duplicates(plan.tasks.map((task) => task.id)), plan.id).toEqual([]);
    }
  });

  it('every target names an existing indicator (and existing alternatives), and every indicator is used', () => {
    const used = new Set<string>();
    for (const plan of PLANS) {
      for (const target of plan.targets) {
        expect(indicatorIds.has(target.indicator), `${plan.id}/${target.id} → ${target.indicator}`).toBe(true);
        used.add(target.indicator);
        for (const alternative of target.alternatives ?? []) {
          expect(indicatorIds.has(alternative), `${plan.id}/${target.id} → alternative ${alternative}`).toBe(true);
          used.add(alternative);
        }
      }
    }
    expect([...indicatorIds].filter((id) => !used.has(id))).toEqual([]);
  });

  it('every parent id and area code exists', () => {
    for (const plan of PLANS) {
      for (const parent of plan.parents) expect(planIds.has(parent), `${plan.id} → ${parent}`).toBe(true);
      if (plan.jurisdiction.area !== undefined) expect(areaCodes.has(plan.jurisdiction.area), plan.id).toBe(true);
      for (const target of plan.targets) {
        expect(target.scope.area, `${plan.id}/${target.id}`).toBe(plan.jurisdiction.area);
      }
    }
    for (const area of AREAS) {
      if (area.parent !== undefined) expect(areaCodes.has(area.parent), area.code).toBe(true);
      for (const successor of area.successors) expect(areaCodes.has(successor), area.code).toBe(true);
      expect(area.source?.document, area.code).toBeDefined();
    }
  });

  it('records the 2025 reform: the seed provinces end on 30/06/2025 and have successors', () => {
    // The private `-2025` codes are gone: the merged units keep the official codes 19 and 48, as a
    // second version of the code from 01/07/2025 (issue 15).
    for (const code of ['06', '19', '49', '48']) {
      const area = AREAS.find((candidate) => candidate.code === code);
      expect(area?.validTo).toBe('2025-06-30');
    }
    expect(AREAS.find((area) => area.code === '49')?.successors).toEqual(['48']);
    expect(AREAS.find((area) => area.code === '06')?.successors).toEqual(['19']);
    expect(AREAS.find((area) => area.code === '19')?.successors).toEqual(['19']);
    expect(AREAS.find((area) => area.code === '19' && area.validFrom !== undefined)?.validFrom).toBe('2025-07-01');
    expect(AREAS.some((area) => area.code.endsWith('-2025'))).toBe(false);
  });

  it('targets are dated no earlier than their plan and the plan base year is set', () => {
    for (const plan of PLANS) {
      expect(plan.baseYear, plan.id).toBeDefined();
      for (const target of plan.targets) expect(target.deadline).toBeGreaterThan(plan.baseYear ?? 0);
    }
  });
});

describe.skipIf(!existsSync(SEEDS_DIR))('every phrase occurs literally in its seed (whitespace normalised)', () => {
  const citations: Array<readonly [string, Citation]> = [];
  for (const plan of PLANS) {
    if (plan.source !== undefined) citations.push([`${plan.id} source`, plan.source]);
    for (const target of plan.targets) citations.push([`${plan.id}/${target.id}`, target.source]);
    for (const task of plan.tasks) citations.push([`${plan.id}/task ${task.id}`, task.source]);
  }
  for (const indicator of INDICATORS) if (indicator.source) citations.push([`indicator ${indicator.id}`, indicator.source]);

  it('every target has a seed and a phrase', () => {
    for (const plan of PLANS) {
      for (const target of plan.targets) {
        expect(target.source.seed, `${plan.id}/${target.id}`).toBeDefined();
        expect(target.source.phrase, `${plan.id}/${target.id}`).toBeDefined();
        expect(target.source.clause, `${plan.id}/${target.id}`).toBeDefined();
      }
    }
  });

  it.each(citations.filter(([, citation]) => citation.phrase !== undefined))('%s', (_where, citation) => {
    expect(citation.seed).toBeDefined();
    expect(seedText(citation.seed ?? '')).toContain(normalise(citation.phrase ?? ''));
  });
});

describe('lookups', () => {
  it('getPlan and getIndicator find built-in entries', () => {
    expect(getPlan('thai-nguyen-42-2024').document.number).toBe('42/KH-UBND');
    expect(getIndicator('ag-coop-mean-revenue').unit).toBe('vnd');
  });

  it('getPlan throws UNKNOWN_PLAN with the known ids', () => {
    try {
      // @ts-expect-error a plan id with a typo is a type error (getPlan takes the PlanId union)
      getPlan('nope');
      expect.unreachable();
    } catch (error) {
      expect(isCoopError(error, 'UNKNOWN_PLAN')).toBe(true);
      if (isCoopError(error)) expect(error.details['known']).toEqual(PLANS.map((plan) => plan.id));
    }
  });

  it('getIndicator throws UNKNOWN_INDICATOR with the known ids', () => {
    try {
      getIndicator('nope');
      expect.unreachable();
    } catch (error) {
      expect(isCoopError(error, 'UNKNOWN_INDICATOR')).toBe(true);
      if (isCoopError(error)) expect(error.details['known']).toEqual(INDICATORS.map((indicator) => indicator.id));
    }
  });

  it('planAncestors walks the parent chain, nearest first', () => {
    const ids = (id: string) => planAncestors(id).map((plan) => plan.id);
    expect(ids('mard-2803-2023')).toEqual(['resolution-09-nq-cp-2023', 'party-20-nq-tw-2022']);
    // 106/NQ-CP sits under 20-NQ/TW and 09/NQ-CP (issue 16): the provincial plans inherit the national line
    const national = ['resolution-106-nq-cp-2023', 'party-20-nq-tw-2022', 'resolution-09-nq-cp-2023'];
    expect(new Set(ids('quang-nam-106-2023'))).toEqual(new Set(national));
    expect(ids('quang-nam-106-2023')[0]).toBe('resolution-106-nq-cp-2023');
    expect(new Set(ids('thai-nguyen-42-2024'))).toEqual(new Set(national));
    expect(ids('district-155-2023')).toEqual(['programme-155-ctr-tu-2022', 'party-20-nq-tw-2022']);
    expect(ids('party-20-nq-tw-2022')).toEqual([]);
    expect(() => planAncestors('nope')).toThrow(/No plan/);
  });

  it('planAncestors lists a shared ancestor once and throws on a dangling parent', () => {
    const base = getPlan('party-20-nq-tw-2022');
    const a = { ...base, id: 'a', parents: ['party-20-nq-tw-2022'] };
    const b = { ...base, id: 'b', parents: ['party-20-nq-tw-2022'] };
    const child = { ...base, id: 'child', parents: ['a', 'b'] };
    expect(planAncestors('child', [...PLANS, a, b, child]).map((plan) => plan.id)).toEqual([
      'a',
      'b',
      'party-20-nq-tw-2022',
    ]);
    const dangling = { ...base, id: 'dangling', parents: ['missing'] };
    expect(() => planAncestors('dangling', [dangling])).toThrow(expect.objectContaining({ code: 'UNKNOWN_PLAN' }));
  });
});

describe('plan facts', () => {
  it('PlanId names every built-in plan and nothing else (isPlanId)', () => {
    const ids: PlanId[] = PLANS.map((plan) => plan.id).filter(isPlanId);
    expect(ids).toEqual(PLANS.map((plan) => plan.id));
    expect(new Set(ids).size).toBe(PLANS.length);
    expect(isPlanId('thai-nguyen-42-2024')).toBe(true);
    expect(isPlanId('thai-nguyen-42')).toBe(false);
    expect(isPlanId('toString')).toBe(false);
    expect(getPlan('thai-nguyen-42-2024').id).toBe('thai-nguyen-42-2024');
  });

  it('parent documents carry no targets and say why', () => {
    for (const id of ['party-20-nq-tw-2022', 'resolution-09-nq-cp-2023', 'resolution-106-nq-cp-2023', 'programme-155-ctr-tu-2022'] as const) {
      const plan = getPlan(id);
      expect(plan.targets).toEqual([]);
      expect(plan.document.notes.join(' ')).toMatch(/not in the seed/);
    }
  });

  it('Resolution 134 keeps both of its dates', () => {
    const plan = getPlan('resolution-134-2020');
    expect(plan.document.date).toBe('2020-09-15');
    expect(plan.document.notes.join(' ')).toContain('25 tháng 9 năm 2020');
  });

  it('references the reporting cycles each plan sets', () => {
    expect(getPlan('mard-2803-2023').cycles).toEqual(['mard-half-year', 'mard-annual', 'rating-01-2020', 'rating-09-2017']);
    expect(getPlan('resolution-134-2020').cycles).toEqual(['programme-annual']);
    expect(getPlan('quang-nam-106-2023').cycles).toEqual(['quang-nam-annual', 'rating-01-2020', 'rating-09-2017']);
    expect(getPlan('district-155-2023').cycles).toEqual(['rating-01-2020']);
    expect(getPlan('thai-nguyen-42-2024').cycles).toEqual([
      'thai-nguyen-model-nomination-2024',
      'cooperative-day',
      'rating-01-2020',
      'rating-09-2017',
    ]);
  });

  it('approximately targets carry no tolerance and the growth target no baseline', () => {
    for (const plan of PLANS) {
      for (const target of plan.targets) {
        if (target.comparator.kind === 'approximately') expect(target.comparator.tolerance).toBeUndefined();
        if (target.comparator.kind === 'growth') expect(target.comparator.baselineYear).toBeUndefined();
      }
    }
  });

  it('share indicators are bounded percentages with factor 100 and external inputs are labelled', () => {
    for (const indicator of INDICATORS) {
      if (indicator.unit === 'percent') {
        expect(indicator.factor, indicator.id).toBe(100);
        expect(indicator.bounds, indicator.id).toEqual([0, 100]);
        expect(indicator.denominator, indicator.id).toBeDefined();
      }
      const externals = [indicator.numerator, indicator.denominator].flatMap((side) =>
        side?.op === 'external' ? [side.input] : [],
      );
      expect(indicator.externalInputs.map((input) => input.name).sort(), indicator.id).toEqual(externals.sort());
    }
  });

  it('"trong tổng số HTX nông nghiệp" divides by every agricultural co-op, rated or not', () => {
    const indicator = getIndicator('ag-coop-good-or-fair-share');
    expect(indicator.denominator).toEqual({ op: 'count', missing: 'skip-if-all-missing' });
    expect(indicator.numerator).toEqual({ op: 'count', where: { grade: ['good', 'fair'] }, missing: 'skip-if-all-missing' });
    expect(indicator.population).toEqual({ kinds: ['cooperative'], sectorGroup: 'agriculture' });
  });
});
