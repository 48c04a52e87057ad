import { TargetSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
TargetSchema.parse({
  id: 'good-or-fair-share', indicator: 'ag-good-or-fair-share',
  label: { vi: 'HTX NN xếp loại tốt, khá', en: 'Agricultural co-ops rated good or fair' },
  comparator: { kind: '>', value: 60 }, deadline: 2030,
  source: { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a', phrase: 'trên 60%' },
});
export {};
