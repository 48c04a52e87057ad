import { TargetSchema, type Target } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const target: Target = TargetSchema.parse({
  id: 'weak-count', indicator: 'weak-coop-count', label: { vi: 'Không còn HTX yếu', en: 'No weak co-ops' },
  comparator: { kind: '=', value: 0 }, deadline: 2030, source: { document: 'Chương trình hành động', phrase: 'không còn HTX yếu kém' },
});
target.scope; // {}
export {};
