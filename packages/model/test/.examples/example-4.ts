import { AreaSchema, type Area } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const area: Area = AreaSchema.parse({ code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' });
__expect(area.successors.length, 0, "area.successors.length; // 0");
export {};
