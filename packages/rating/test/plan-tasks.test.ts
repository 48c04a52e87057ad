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
