import { describe, expect, it } from 'vitest';
import { getPlan } from '../src/catalog/index.js';
import { TaskSchema, type Task } from '../src/plan.js';

/** Tasks per section of each plan, counted by hand in the seeds: a missing or extra task changes a count. */
const TASKS_PER_SECTION = {
  'thai-nguyen-42-2024': {
    'III.1': 1,
    'V.1': 5,
    'V.2': 3,
    'V.3': 1,
    'V.4': 1,
    'V.5': 2,
    'V.6': 1,
    'V.7': 2,
    'V.8': 4,
    'V.9': 1,
    'V.10': 2,
    'V.11': 5,
    'Phụ lục.1': 2,
    'Phụ lục.2': 1,
    'Phụ lục.3': 2,
    'Phụ lục.4': 2,
    'Phụ lục.5': 1,
    'Phụ lục.6': 1,
  },
  'quang-nam-106-2023': {
    'III.1': 1,
    'III.2': 6,
    'III.3': 1,
    'III.4': 1,
    'III.5': 1,
    'III.6': 3,
    'III.7': 1,
    'III.8': 1,
    'III.9': 1,
    'IV.1': 2,
    'IV.2': 1,
    'IV.3': 1,
    'IV.4': 1,
  },
  'district-155-2023': { 'IV.1': 1, 'IV.2': 3, 'IV.3': 1, 'IV.4': 1, 'IV.5': 1, 'IV.6': 1 },
  'mard-2803-2023': { 'II.2': 2, IV: 2 },
} as const;

const countBySection = (tasks: readonly Task[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const task of tasks) counts[task.section] = (counts[task.section] ?? 0) + 1;
  return counts;
};

describe('plan tasks as read from the seeds', () => {
  it.each(Object.entries(TASKS_PER_SECTION))('%s: tasks per section', (id, expected) => {
    const plan = getPlan(id as keyof typeof TASKS_PER_SECTION);
    expect(countBySection(plan.tasks)).toEqual(expected);
    expect(plan.tasks).toHaveLength(Object.values(expected).reduce((a: number, b: number) => a + b, 0));
  });

  it.each(Object.keys(TASKS_PER_SECTION))('%s: every task is valid, with a unique id and an explained flag', (id) => {
    const plan = getPlan(id as keyof typeof TASKS_PER_SECTION);
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(plan.tasks.length);
    for (const task of plan.tasks) {
      expect(TaskSchema.parse(task), task.id).toEqual(task);
      const unstated = task.unstated ?? [];
      // a flag is explained in the citation's note, and an unstated lead still names who is charged
      if (unstated.includes('timeframe')) expect(task.source.note, task.id).toMatch(/unstated: timeframe/);
      if (unstated.includes('lead')) expect(task.source.note, task.id).toMatch(/unstated: lead/);
      if (task.source.note?.includes('unstated: lead') === true) expect(unstated, task.id).toContain('lead');
    }
  });
});

/** The task `id` of a catalog plan (throws when absent, so a renamed task fails loudly). */
const taskOf = (planId: keyof typeof TASKS_PER_SECTION, id: string): Task => {
  const found = getPlan(planId).tasks.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no task ${id} in ${planId}`);
  return found;
};

describe('Thái Nguyên 42/KH-UBND section V (Tổ chức thực hiện)', () => {
  const plan = getPlan('thai-nguyen-42-2024');
  const task = (id: string): Task => taskOf('thai-nguyen-42-2024', id);
  it('27 assignments to 11 bodies', () => {
    const v = plan.tasks.filter((t) => t.section.startsWith('V.'));
    expect(v).toHaveLength(27);
    expect(new Set(v.map((t) => t.section)).size).toBe(11);
  });
  it('leads and partners as the text names them', () => {
    expect([task('V.2-policy-proposals').lead, task('V.2-policy-proposals').submittedTo]).toEqual(['Sở Kế hoạch và Đầu tư', 'UBND tỉnh (báo cáo HĐND tỉnh)']);
    expect(task('V.9-credit-access').lead).toBe('Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Thái Nguyên');
    expect(task('V.8-training-young-workers').partners).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Các Sở, ngành có liên quan']);
  });
  it('a clause that names no lead is flagged, not given one silently', () => {
    expect(task('V.6-media-digital').unstated).toEqual(['lead', 'timeframe']);
    expect(task('V.10-mobilisation')).toMatchObject({ lead: 'Ủy ban Mặt trận Tổ quốc tỉnh', coLeads: ['Các hội, đoàn thể cấp tỉnh'] });
    expect(task('V.2-national-programmes').unstated).toEqual(['timeframe']);
    // the bodies the clause is told to co-operate with ("phối hợp với") stay partners, not co-leads
    expect(task('V.2-public-investment')).toMatchObject({ lead: 'Sở Kế hoạch và Đầu tư', partners: ['Sở Tài chính', 'Cơ quan liên quan', 'Các địa phương'] });
    expect(task('V.2-public-investment').coLeads).toBeUndefined();
  });
  it('stated time frames are kept; unstated ones are the plan period, flagged', () => {
    expect(task('V.11-nomination').timeframe).toEqual({ kind: 'text', text: 'trong tháng 3/2024' });
    expect(task('V.11-nomination').unstated).toBeUndefined();
    expect(task('V.3-recurrent-budget').timeframe).toEqual({ kind: 'every-year', from: 2024, to: 2025 });
    expect(task('V.7-land-incentives')).toMatchObject({ timeframe: { kind: 'span', from: 2024, to: 2025 }, unstated: ['timeframe'] });
    expect(task('appendix-6').unstated).toEqual(['timeframe']);
  });
});

describe('Quảng Nam plan sections III–IV', () => {
  const plan = getPlan('quang-nam-106-2023');
  const task = (id: string): Task => taskOf('quang-nam-106-2023', id);
  it('16 assignments in section III, 5 in section IV', () => {
    expect(plan.tasks.filter((t) => t.section.startsWith('III.'))).toHaveLength(16);
    expect(plan.tasks.filter((t) => t.section.startsWith('IV.'))).toHaveLength(5);
  });
  it('a named lead ("chủ trì") is the lead, with its partners', () => {
    expect(task('III.1-model-coops')).toMatchObject({
      lead: 'Sở Nông nghiệp và PTNT',
      partners: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Liên minh HTX tỉnh', 'UBND các huyện, thị xã, thành phố'],
      unstated: ['timeframe'],
    });
    expect(task('III.2.1-land').lead).toBe('Sở Tài nguyên và Môi trường');
    expect(task('III.2.3-credit-access').lead).toBe('Ngân hàng nhà nước - Chi nhánh tỉnh Quảng Nam');
  });
  it('a list of bodies "theo chức năng, nhiệm vụ" without a lead is flagged', () => {
    expect(task('III.5-investment')).toMatchObject({ lead: 'Sở Kế hoạch và Đầu tư', unstated: ['lead', 'timeframe'] });
    expect(task('III.5-investment').coLeads).toHaveLength(8);
  });
  it('no period is invented: unstated time frames stay text, yearly duties are yearly', () => {
    expect(task('III.9-international').timeframe).toEqual({ kind: 'text', text: 'Không nêu thời hạn' });
    expect(task('IV.1-annual-report')).toMatchObject({ timeframe: { kind: 'every-year', from: 2023 }, unstated: ['lead'], submittedTo: 'UBND tỉnh (qua Sở Nông nghiệp và PTNT)' });
    expect(task('IV.2-monitoring')).toMatchObject({ timeframe: { kind: 'text', text: 'Định kỳ hoặc đột xuất' } });
    expect(task('IV.2-monitoring').unstated).toBeUndefined();
  });
});

describe('the district programme section IV and MARD 2803 II.2.d, IV', () => {
  const find = taskOf;
  it('district: one body per clause, the yearly evaluation report the only dated duty', () => {
    expect(getPlan('district-155-2023').tasks.map((t) => t.lead)).toEqual([
      'Hội đồng nhân dân huyện',
      'Ủy ban nhân dân huyện',
      'Ủy ban nhân dân huyện',
      'Ủy ban nhân dân huyện',
      'Ban Tuyên giáo Huyện ủy',
      'Mặt trận huyện',
      'Ủy ban Kiểm tra Huyện ủy',
      'Các tổ chức cơ sở đảng trực thuộc',
    ]);
    expect(find('district-155-2023', 'IV.2-annual-report')).toMatchObject({ timeframe: { kind: 'every-year' }, partners: ['Các ban đảng huyện'] });
    expect(find('district-155-2023', 'IV.4-mobilisation').unstated).toEqual(['lead', 'timeframe']);
  });
  it('MARD: II.2.d has no named lead (its appendix is not in the seed); IV.3 is the ministry\'s, every year', () => {
    expect(find('mard-2803-2023', 'II.2.d-decree-98-review')).toMatchObject({
      lead: 'Các cơ quan, đơn vị thuộc Bộ Nông nghiệp và PTNT',
      unstated: ['lead', 'timeframe'],
      timeframe: { kind: 'text', text: 'Không nêu thời hạn' },
    });
    expect(find('mard-2803-2023', 'II.2.d-policy-review')).toMatchObject({ timeframe: { kind: 'text', text: 'Thường xuyên' }, unstated: ['lead'] });
    expect(find('mard-2803-2023', 'IV.3-review-rewards')).toMatchObject({ lead: 'Bộ Nông nghiệp và PTNT', timeframe: { kind: 'every-year', from: 2023 } });
    expect(find('mard-2803-2023', 'IV.3-review-rewards').unstated).toBeUndefined();
  });
});
