import { getPlan } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { trackTasks } from '../src/track-tasks.js';

describe('the Thái Nguyên appendix as tasks (Plan 42/KH-UBND, Phụ lục)', () => {
  const plan = getPlan('thai-nguyen-42-2024');
  const appendix = plan.tasks.filter((t) => t.id.startsWith('appendix-'));
  it('9 assignments in 6 groups, each with its lead, co-leads and partners', () => {
    expect(appendix).toHaveLength(9);
    expect(new Set(appendix.map((t) => t.section)).size).toBe(6);
    const media = appendix.find((t) => t.id === 'appendix-1.2')!;
    expect([media.lead, media.coLeads, media.partners]).toEqual([
      'Sở Nông nghiệp và PTNT',
      ['UBND các huyện, thành phố'],
      ['Báo Thái Nguyên', 'Đài PT-TH tỉnh', 'Trung tâm thông tin tỉnh'],
    ]);
    const week = plan.tasks.find((t) => t.id === 'III.1.b-cooperative-week')!;
    expect([week.lead, ...(week.coLeads ?? [])]).toEqual(['Sở Nông nghiệp và Phát triển nông thôn', 'Liên minh HTX tỉnh', 'UBND các huyện, thành phố']);
  });
  it('trackTasks works on the plan: every task tracked, a completion counted', () => {
    const tracking = trackTasks(plan, [{ taskId: 'appendix-6', completedOn: '2025-11-30' }], { asOf: '2025-12-31' });
    expect(tracking.tasks).toHaveLength(plan.tasks.length);
    expect(tracking.issues).toEqual([]);
    expect(tracking.tasks.find((t) => t.taskId === 'appendix-6')?.status).toBe('done');
  });
});

const EMPTY = { done: 0, due: 0, overdue: 0, recurring: 0, upcoming: 0, 'not-started': 0 };

describe('trackTasks on every plan with tasks (issue 16)', () => {
  it('Thái Nguyên mid-2025: the dated yearly duties recur, the plan-period tasks are due, the March 2024 nomination cannot be placed', () => {
    const plan = getPlan('thai-nguyen-42-2024');
    const tracking = trackTasks(plan, [], { asOf: '2025-06-30' });
    expect(tracking.tasks).toHaveLength(37);
    // recurring: the co-op week, the yearly classification, V.1 reporting, V.3 budget, V.5 trade promotion
    expect(tracking.summary).toEqual({ ...EMPTY, recurring: 5, due: 31, 'not-started': 1 });
    expect(tracking.issues).toEqual([]);
  });
  it('Thái Nguyên after 2025: a task whose time frame is only the plan period says so when overdue', () => {
    const plan = getPlan('thai-nguyen-42-2024');
    const tracking = trackTasks(plan, [{ taskId: 'V.3-recurrent-budget', year: 2025, completedOn: '2025-12-15' }], { asOf: '2026-03-01' });
    expect(tracking.summary).toEqual({ ...EMPTY, done: 1, overdue: 35, 'not-started': 1 });
    const land = tracking.tasks.find((t) => t.taskId === 'V.7-land-incentives')!;
    expect(land).toMatchObject({ status: 'overdue', unstated: ['timeframe'] });
    expect(land.reason.en).toBe("Overdue (2024–2025), not done (the text states no time frame; the plan's period is used)");
    expect(land.reason.vi).toContain('văn bản không nêu thời hạn');
    // a stated time frame carries no such remark
    const week = tracking.tasks.find((t) => t.taskId === 'III.1.b-cooperative-week')!;
    expect(week.unstated).toBeUndefined();
    expect(week.reason.en).toBe('The last round (2025) is not reported done');
  });
  it('Quảng Nam: the two yearly duties recur; an unstated time frame is never placed', () => {
    const plan = getPlan('quang-nam-106-2023');
    const tracking = trackTasks(plan, [{ taskId: 'IV.1-annual-report', completedOn: '2025-12-10' }], { asOf: '2025-12-31' });
    expect(tracking.tasks).toHaveLength(21);
    expect(tracking.summary).toEqual({ ...EMPTY, recurring: 2, 'not-started': 19 });
    expect(tracking.tasks.find((t) => t.taskId === 'IV.1-annual-report')).toMatchObject({ status: 'recurring', doneThisYear: true, unstated: ['lead'] });
    const international = tracking.tasks.find((t) => t.taskId === 'III.9-international')!;
    expect(international.reason.en).toBe('Time frame cannot be placed (“Không nêu thời hạn”); no completion reported');
  });
  it('the district programme and MARD 2803: one yearly duty each, the rest not placeable', () => {
    const district = trackTasks(getPlan('district-155-2023'), [], { asOf: '2025-06-30' });
    expect(district.summary).toEqual({ ...EMPTY, recurring: 1, 'not-started': 7 });
    const mard = trackTasks(getPlan('mard-2803-2023'), [{ taskId: 'II.2.d-decree-98-review', completedOn: '2024-02-01' }], { asOf: '2025-12-31' });
    expect(mard.summary).toEqual({ ...EMPTY, done: 1, recurring: 1, 'not-started': 2 });
    expect(mard.issues).toEqual([]);
  });
});
