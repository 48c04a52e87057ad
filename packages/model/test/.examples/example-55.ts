import { parseTask } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const result = parseTask({
  id: 'I.1', section: 'I', title: { vi: 'Tuyên truyền', en: 'Awareness' }, lead: 'Bộ Tài chính',
  timeframe: { kind: 'span', from: 2026, to: 2025 }, source: { document: 'NQ 134/NQ-CP' },
});
if (!result.ok) result.issues[0]?.code; // 'invalid_range' (path ['timeframe', 'to'])
export {};
