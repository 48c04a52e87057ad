import { EveryUnitComparatorSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(EveryUnitComparatorSchema.parse({ kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } }).level, 'district', "EveryUnitComparatorSchema.parse({ kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } }).level; // 'district'");
export {};
