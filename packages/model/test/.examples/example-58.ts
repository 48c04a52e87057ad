import { TaskSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
TaskSchema.parse({
  id: 'I.1', section: 'I', title: { vi: 'Tổ chức tuyên truyền', en: 'Run awareness campaigns' },
  lead: 'Bộ Kế hoạch và Đầu tư', partners: [], submittedTo: 'Chính phủ', deliverable: 'Báo cáo',
  timeframe: { kind: 'every-year' }, source: { document: 'Nghị quyết 134/NQ-CP', clause: 'Phụ lục I.1' },
});
export {};
