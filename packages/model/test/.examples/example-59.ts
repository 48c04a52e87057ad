import type { Task } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const task: Task = {
  id: 'I.1', section: 'I', title: { vi: 'Tuyên truyền', en: 'Awareness' }, lead: 'Bộ Kế hoạch và Đầu tư', partners: [],
  timeframe: { kind: 'every-year' }, source: { document: 'Nghị quyết 134/NQ-CP' },
};
__expect(task.timeframe.kind, 'every-year', "task.timeframe.kind; // 'every-year'");
export {};
