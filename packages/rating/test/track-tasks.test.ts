import { PlanSchema, getPlan } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { trackTasks } from '../src/track-tasks.js';

const src = { document: 'Nghị quyết 134/NQ-CP' };
const task = (id: string, timeframe: unknown) => ({ id, section: 'I', title: { vi: id, en: id }, lead: 'Bộ KH&ĐT', timeframe, source: src });
const plan = PlanSchema.parse({
  id: 'tasks',
  title: { vi: 'Nhiệm vụ', en: 'Tasks' },
  issuer: { vi: 'Chính phủ', en: 'Government' },
  document: {},
  jurisdiction: { level: 'country', name: { vi: 'Toàn quốc', en: 'Country' } },
  tasks: [
    task('past-done', { kind: 'year', year: 2021 }),
    task('past-open', { kind: 'span', from: 2021, to: 2022 }),
    task('now-open', { kind: 'span', from: 2023, to: 2025 }),
    task('future', { kind: 'year', year: 2026 }),
    task('yearly', { kind: 'every-year' }),
    task('yearly-ended', { kind: 'every-year', from: 2021, to: 2023 }),
    task('free', { kind: 'text', text: 'Khi có yêu cầu' }),
  ],
});

describe('trackTasks', () => {
  it('gives every task a status with the reason', () => {
    const result = trackTasks(
      plan,
      [
        { taskId: 'past-done', completedOn: '2021-11-30' },
        { taskId: 'yearly', completedOn: '2024-03-01' },
        { taskId: 'yearly-ended', year: 2022, completedOn: '2023-01-15' },
      ],
      { asOf: '2024-06-30' },
    );
    const status = Object.fromEntries(result.tasks.map((t) => [t.taskId, t.status]));
    expect(status).toEqual({
      'past-done': 'done',
      'past-open': 'overdue',
      'now-open': 'due',
      future: 'upcoming',
      yearly: 'recurring',
      'yearly-ended': 'overdue',
      free: 'not-started',
    });
    expect(result.tasks.find((t) => t.taskId === 'yearly')?.doneThisYear).toBe(true);
    expect(result.tasks.find((t) => t.taskId === 'past-open')?.reason.en).toContain('Overdue');
    expect(result.summary).toEqual({ done: 1, due: 1, overdue: 2, recurring: 1, upcoming: 1, 'not-started': 1 });
    expect(result.issues).toEqual([]);
  });
  it('an every-year task not yet done this year', () => {
    const result = trackTasks(plan, [{ taskId: 'yearly', completedOn: '2023-05-01' }], { asOf: '2024-06-30' });
    expect(result.tasks.find((t) => t.taskId === 'yearly')).toMatchObject({ status: 'recurring', doneThisYear: false, completedOn: '2023-05-01' });
  });
  it('unknown task ids, bad dates and future completions become issues, never throws', () => {
    const result = trackTasks(
      plan,
      [
        { taskId: 'nope', completedOn: '2021-01-01' },
        { taskId: 'future', completedOn: '2025-02-30' },
        { taskId: 'now-open', completedOn: '2025-01-01' },
      ],
      { asOf: '2024-06-30' },
    );
    expect(result.issues.map((i) => i.code)).toEqual(['unknown_task', 'invalid_date', 'completion_after_as_of']);
    expect(result.issues[0]?.path).toEqual([0, 'taskId']);
    expect(result.tasks.find((t) => t.taskId === 'now-open')?.status).toBe('due');
  });
  it('tracks the Resolution 134 appendix', () => {
    const r134 = getPlan('resolution-134-2020');
    const result = trackTasks(r134, [], { asOf: '2025-12-31' });
    expect(result.tasks).toHaveLength(r134.tasks.length);
    expect(result.summary.overdue).toBeGreaterThan(0);
    expect(result.summary.recurring).toBeGreaterThan(0);
  });
});
