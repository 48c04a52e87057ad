import type { Organisation } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const coop: Organisation = { id: 'HTX-1', name: 'HTX Tân Cương', kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19', foundedOn: '2015-03-01' };
__expect(coop.kind, 'cooperative', "coop.kind; // 'cooperative'");
export {};
