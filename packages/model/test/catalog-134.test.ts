import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getPlan } from '../src/catalog/index.js';
import { RESOLUTION_134_SECTIONS } from '../src/catalog/plans/resolution-134.js';
import { TaskSchema, type TaskTimeframe } from '../src/plan.js';

const SEED = fileURLToPath(new URL('../../../../shared/seeds/001_2a6d91c1938cbbe7.txt', import.meta.url));
const plan = getPlan('resolution-134-2020');

/** Rows per section of the appendix, as counted by hand in the seed. */
const ROWS_PER_SECTION = { I: 6, II: 30, III: 2, IV: 3, V: 4, VI: 4 } as const;

describe('Resolution 134/NQ-CP task table', () => {
  it('has 49 tasks: I 6, II 30, III 2, IV 3, V 4, VI 4', () => {
    const counts: Record<string, number> = {};
    for (const task of plan.tasks) counts[task.section] = (counts[task.section] ?? 0) + 1;
    expect(counts).toEqual(ROWS_PER_SECTION);
    expect(plan.tasks.length).toBe(49);
    expect(Object.keys(RESOLUTION_134_SECTIONS)).toEqual(Object.keys(ROWS_PER_SECTION));
  });

  it('numbers the tasks 1…n within each section, in order', () => {
    for (const [section, count] of Object.entries(ROWS_PER_SECTION)) {
      const ids = plan.tasks.filter((task) => task.section === section).map((task) => task.id);
      expect(ids).toEqual(Array.from({ length: count }, (_, index) => `${section}.${index + 1}`));
    }
  });

  it('every task has a lead, a time frame, a deliverable, a level and a citation', () => {
    for (const task of plan.tasks) {
      expect(TaskSchema.parse(task)).toEqual(task);
      expect(task.lead.length).toBeGreaterThan(0);
      expect(task.partners.length).toBeGreaterThan(0);
      expect(task.submittedTo).toBeDefined();
      expect(task.deliverable).toBeDefined();
      expect(task.source.document).toBe('Nghị quyết 134/NQ-CP');
      expect(task.source.clause).toBe(`Phụ lục, mục ${task.section}, TT ${task.id.split('.')[1]}`);
    }
  });

  it('maps the time frames: `2020` → year, `2021 - 2022` → span, `Hàng năm` → every year', () => {
    const frame = (id: string) => plan.tasks.find((task) => task.id === id)?.timeframe;
    expect(frame('II.6')).toEqual({ kind: 'year', year: 2020 });
    expect(frame('I.3')).toEqual({ kind: 'span', from: 2021, to: 2022 });
    expect(frame('II.9')).toEqual({ kind: 'span', from: 2021, to: 2025 });
    expect(frame('II.10')).toEqual({ kind: 'every-year' });
    expect(frame('II.11')).toEqual({ kind: 'every-year' });
  });
});

describe.skipIf(!existsSync(SEED))('Resolution 134/NQ-CP task table matches the seed, row by row', () => {
  const strip = (text: string) => text.replace(/<\/?b>/g, '').replace(/\s+/g, ' ').trim();
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : ''; // the block is skipped without the seed
  const lines = text.slice(text.indexOf('TT\tNhiệm vụ, Đề án')).split('\n').slice(1);
  const rows: Array<{ section: string; number: number; cells: string[] }> = [];
  let section = '';
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const first = strip(cells[0] ?? '');
    if (/^(I|II|III|IV|V|VI)$/.test(first)) section = first;
    else if (/^\d+$/.test(first)) rows.push({ section, number: Number(first), cells: cells.slice(1).map(strip) });
    else if (line.startsWith('\t')) {
      const last = rows.at(-1);
      if (last) last.cells[0] = `${last.cells[0] ?? ''} ${strip(cells[1] ?? '')}`;
    }
  }
  const timeframe = (cell: string): TaskTimeframe => {
    if (cell === 'Hàng năm') return { kind: 'every-year' };
    const span = /^(\d{4}) - (\d{4})$/.exec(cell);
    if (span) return { kind: 'span', from: Number(span[1]), to: Number(span[2]) };
    return { kind: 'year', year: Number(cell) };
  };

  it('reads 49 rows from the appendix', () => {
    expect(rows.length).toBe(49);
  });

  it.each(rows.map((row) => [`${row.section}.${row.number}`, row] as const))('row %s', (id, row) => {
    const task = plan.tasks.find((candidate) => candidate.id === id);
    expect(task).toBeDefined();
    const [title, lead, partners, submittedTo, deliverable, time] = row.cells;
    expect(task?.title.vi).toBe(title);
    expect(task?.lead).toBe(lead);
    for (const partner of task?.partners ?? []) expect(partners).toContain(partner);
    expect(task?.submittedTo).toBe(submittedTo);
    expect(task?.deliverable).toBe(deliverable);
    expect(task?.timeframe).toEqual(timeframe(time ?? ''));
  });
});

describe('Resolution 134/NQ-CP: its date, as the sources give it (issue 16)', () => {
  it('keeps the signed header date, flagged unconfirmed, with the appendix date and its sources as data', () => {
    expect(plan.document.date).toBe('2020-09-15');
    expect(plan.document.dateConfidence).toBe('unconfirmed');
    expect(plan.document.otherDates?.map((d) => d.date)).toEqual(['2020-09-25', '2020-09-25']);
    const [appendix, news] = plan.document.otherDates ?? [];
    expect(appendix?.source).toMatchObject({ clause: 'Phụ lục (tiêu đề)', seed: '001_2a6d91c1938cbbe7.txt' });
    expect(news?.source.note).toMatch(/^http:\/\/www\.ninhthuan\.gov\.vn\//);
  });
  it.skipIf(!existsSync(SEED))('the header says 15/9 twice and the appendix heading 25/9', () => {
    const text = readFileSync(SEED, 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Hà Nội, ngày 15 tháng 9 năm 2020');
    expect(text).toContain('Nghị quyết số 134/NQ-CP ngày 15 tháng 9 năm 2020');
    expect(text).toContain(plan.document.otherDates?.[0]?.source.phrase ?? '-');
  });
});
