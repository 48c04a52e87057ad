import { isCoopError } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { CYCLES, defineCycle, getCycle, parseCycle, type BuiltInCycleId, type CycleInput } from '../src/cycles.js';

const IDS: BuiltInCycleId[] = [
  'mard-half-year',
  'mard-annual',
  'programme-annual',
  'quang-nam-annual',
  'thai-nguyen-model-nomination-2024',
  'cooperative-day',
  'rating-01-2020',
  'rating-09-2017',
  'data-update-09-2024',
  'coop-group-77-2019',
  'support-programme-124-2021',
];

const base: CycleInput = {
  id: 'province-quarterly',
  kind: 'report',
  label: { vi: 'Báo cáo quý', en: 'Quarterly report' },
  source: { document: 'Provincial plan' },
  periodType: 'quarter',
  window: 'decree-09-2019',
  steps: [{ id: 'report', level: 'district', label: { vi: 'Gửi', en: 'Send' }, due: { monthsAfterEnd: 0, day: 18 } }],
};

describe('built-in catalog', () => {
  it('has exactly the agreed ids, each keyed by its own id', () => {
    expect(Object.keys(CYCLES).sort()).toEqual([...IDS].sort());
    for (const id of IDS) expect(CYCLES[id].id).toBe(id);
  });

  it.each(IDS)('%s passes the public validator unchanged', (id) => {
    const result = parseCycle(CYCLES[id]);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) expect(result.value).toEqual(CYCLES[id]);
  });

  it('cites the seed and the original Vietnamese phrase where the seed has it', () => {
    expect(CYCLES['mard-half-year'].source).toMatchObject({ clause: 'IV.1', seed: '000_15858be1e788aefe.txt' });
    expect(CYCLES['mard-half-year'].source.phrase).toContain('trước ngày 20 tháng 06');
    expect(CYCLES['mard-annual'].source.phrase).toContain('trước ngày 20 tháng 12');
    expect(CYCLES['programme-annual'].source.phrase).toContain('trước ngày 25 tháng 12');
    expect(CYCLES['quang-nam-annual'].source.phrase).toContain('trước ngày 15/12');
    expect(CYCLES['thai-nguyen-model-nomination-2024'].source.phrase).toContain('trong tháng 3/2024');
    expect(CYCLES['cooperative-day'].source).toMatchObject({ clause: 'III.1.b', seed: '004_14088f7d74b7bf6d.txt' });
  });

  it('models strictness per step: "before" is strict, "by" is not', () => {
    expect(CYCLES['mard-half-year'].steps[0].strictBefore).toBe(true);
    expect(CYCLES['rating-01-2020'].steps.map((s) => s.strictBefore)).toEqual([false, false, false]);
    expect(CYCLES['coop-group-77-2019'].steps.map((s) => s.strictBefore)).toEqual([true, false, false, false, false]);
  });

  it('records chains, validity and research status', () => {
    expect(CYCLES['rating-01-2020'].validity).toMatchObject({ effective: '2020-04-01', repealed: '2025-09-18', repealedBy: { document: 'Circular 78/2025/TT-BTC' } });
    expect(CYCLES['rating-01-2020'].periods).toEqual({ first: '2020', last: '2024' });
    expect(CYCLES['coop-group-77-2019'].evidence).toBe('research');
    expect(CYCLES['coop-group-77-2019'].note.en).toMatch(/may be superseded/);
    // Two-tier state (issue 17): the commune → district step and the district step end on 30/06/2025; a
    // commune → province step (flagged unconfirmed) starts on 1/7/2025.
    expect(CYCLES['coop-group-77-2019'].steps.map((s) => s.level)).toEqual(['group', 'commune', 'commune', 'district', 'province']);
    expect(CYCLES['cooperative-day'].kind).toBe('event');
    expect(CYCLES['cooperative-day'].rollsOverDaysOff).toBe(false);
    expect(CYCLES['thai-nguyen-model-nomination-2024'].periods).toEqual({ first: '202403', last: '202403' });
    // no lock is invented where no source states one
    for (const id of IDS) for (const s of CYCLES[id].steps) expect('lockAfterDays' in s).toBe(false);
  });

  it('getCycle returns a cycle or throws UNKNOWN_CYCLE', () => {
    expect(getCycle('mard-annual')).toBe(CYCLES['mard-annual']);
    let caught: unknown;
    try {
      getCycle('nope' as BuiltInCycleId);
    } catch (error) {
      caught = error;
    }
    expect(isCoopError(caught, 'UNKNOWN_CYCLE')).toBe(true);
    expect(() => getCycle('toString' as BuiltInCycleId)).toThrow(/No built-in cycle/);
  });
});

describe('defineCycle / parseCycle', () => {
  it('fills defaults: evidence, rollsOverDaysOff, strictBefore', () => {
    const c = defineCycle(base);
    expect(c).toMatchObject({ evidence: 'document', rollsOverDaysOff: true });
    expect(c.steps[0]?.strictBefore).toBe(false);
    expect(base).not.toHaveProperty('evidence'); // input not mutated
  });

  it('lists every issue with a path and a code, without throwing', () => {
    const result = parseCycle({
      ...base,
      kind: 'memo',
      extra: 1,
      periods: { first: '2025', indices: [5] },
      steps: [
        { id: 'a', level: 'village', label: { vi: '', en: 'x' }, due: { month: 13, day: 1 } },
        { id: 'a', level: 'district', label: { vi: 'x', en: 'x' }, due: { monthsAfterEnd: 0, day: 32 }, lockAfterDays: -1 },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'extra:unknown_key',
        'kind:invalid_value',
        'periods.first:invalid_period',
        'periods.indices.0:invalid_value',
        'steps.0.level:invalid_value',
        'steps.0.label.vi:invalid_type',
        'steps.0.due.month:invalid_value',
        'steps.1.id:duplicate_id',
        'steps.1.due.day:invalid_value',
        'steps.1.lockAfterDays:invalid_value',
      ]),
    );
    for (const issue of result.issues) expect(issue.message.vi && issue.message.en).toBeTruthy();
  });

  it('rejects non-objects and a missing steps array', () => {
    expect(parseCycle(null)).toMatchObject({ ok: false, issues: [{ path: [], code: 'invalid_type' }] });
    const result = parseCycle({ ...base, steps: [] });
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toContain('steps');
  });

  it('rejects a fixed month/day on a sub-yearly period unless one index per year is selected', () => {
    const fixed = { ...base, steps: [{ ...base.steps[0]!, due: { month: 6, day: 20 } }] };
    const bad = parseCycle(fixed);
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toContain('ambiguous_due_date');
    expect(parseCycle({ ...fixed, periodType: 'half', periods: { indices: [1] } }).ok).toBe(true);
  });

  it('refuses an event that would roll', () => {
    const result = parseCycle({ ...CYCLES['cooperative-day'], rollsOverDaysOff: true });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain('event_rolls');
  });

  it('defineCycle throws INVALID_CYCLE with the issues in details', () => {
    let caught: unknown;
    try {
      defineCycle({ ...base, periodType: 'week' } as unknown as CycleInput);
    } catch (error) {
      caught = error;
    }
    expect(isCoopError(caught, 'INVALID_CYCLE')).toBe(true);
    expect((caught as { details: { issues: { path: string[] }[] } }).details.issues[0]?.path).toEqual(['periodType']);
  });
});
