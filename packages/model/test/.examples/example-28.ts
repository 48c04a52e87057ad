import { IndicatorSchema, type Indicator } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const count: Indicator = IndicatorSchema.parse({
  id: 'model-coops', label: { vi: 'Số HTX điển hình', en: 'Model co-ops' },
  numerator: { op: 'count', where: { field: 'flags.modelCooperative', eq: true } },
  unit: 'count', direction: 'higher-is-better',
});
__expect(count.factor, 1, "count.factor; // 1");
export {};
