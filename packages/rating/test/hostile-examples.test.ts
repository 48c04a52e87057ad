/** The examples of issue 22 for @coop/rating, pinned one by one: each ends as a typed error or a right answer. */
import { getPlan, isCoopError, PLANS } from '@coop/model';
import { asOfYear, CIRCULAR_01_2020, evaluatePlan, evaluatePlans, joinExplanation, parseRulebook, sizeClass, summariseGrades, trackTasks } from '@coop/rating';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../../bench/hostile-args.js';

const codeOf = (run: () => unknown): string | undefined => errorCodeOf(run, isCoopError);
const sparse = (length: number): unknown[] => {
  const list: unknown[] = [];
  list.length = length;
  return list;
};
const RECORD = { organisationId: 'A', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X', officialMembers: 10 } as const;

describe('issue 22: bounded and typed (rating)', () => {
  it('sparse arrays of length 2³²−1 are refused by their length, at once', () => {
    const plan = PLANS[0]!;
    expect(codeOf(() => evaluatePlans(sparse(2 ** 32 - 1) as never, { records: [] }, { asOf: '2024-12-31' }))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => evaluatePlan(plan, { records: sparse(2 ** 32 - 1) as never }, { asOf: '2024-12-31' }))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => evaluatePlan(plan, { records: [] }, { asOf: '2024-12-31', plans: sparse(2 ** 32 - 1) } as never))).toBe('LIMIT_EXCEEDED');
    const tasks = getPlan('resolution-134-2020');
    expect(codeOf(() => trackTasks(tasks, sparse(10_000_001) as never, { asOf: '2024-12-31' }))).toBe('LIMIT_EXCEEDED');
  });

  it('trackTasks lists at most 1 000 issues, then counts the rest', () => {
    const tasks = getPlan('resolution-134-2020');
    const tracking = trackTasks(tasks, Array.from({ length: 5000 }, () => null) as never, { asOf: '2024-12-31' });
    expect(tracking.issues).toHaveLength(1001);
    expect(tracking.issues.at(-1)).toMatchObject({ code: 'too_many_issues', received: '5000' });
  });

  it('parseRulebook copies first: cycles, null-prototype, revoked and throwing values are issues; getters read once', () => {
    const cyclic: Record<string, unknown> = { ...CIRCULAR_01_2020 };
    cyclic['groups'] = cyclic;
    expect(parseRulebook(cyclic).ok).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseRulebook(proxy).ok).toBe(false);
    expect(parseRulebook(Object.assign(Object.create(null), CIRCULAR_01_2020)).ok).toBe(true);
    const throwing = Object.defineProperty({ ...CIRCULAR_01_2020 }, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseRulebook(throwing).ok).toBe(false);
    let reads = 0;
    const changing = Object.defineProperty({ ...CIRCULAR_01_2020 }, 'id', { enumerable: true, get: () => (reads++ === 0 ? 'province-x' : {}) });
    const result = parseRulebook(changing);
    expect(result.ok && result.value.id).toBe('province-x');
  });

  it('raw exceptions and silently wrong output became typed errors', () => {
    expect(codeOf(() => summariseGrades([null] as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => joinExplanation([null] as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => (sizeClass as (r: unknown) => unknown)(RECORD))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => sizeClass(RECORD, { on: '2024-13-45' }))).toBe('INVALID_DATE');
    expect(sizeClass(RECORD, { on: '2024-12-31' }).class).not.toBe(undefined);
    expect(codeOf(() => asOfYear('2024-99-99'))).toBe('INVALID_AS_OF');
    expect(asOfYear('2024-02-29')).toBe(2024);
  });
});
