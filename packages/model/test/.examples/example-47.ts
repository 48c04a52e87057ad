import { parseOrganisation } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const result = parseOrganisation({
  id: 'HTX-001', name: 'HTX Tân Cương', kind: 'cooperative', sector: 'agriculture-crop',
  areaCode: 'TNG', foundedOn: '2015-03-01', dissolvedOn: '2014-01-01',
});
__expect(result.ok, false, "result.ok; // false");
if (!result.ok) result.issues[0]?.code; // 'dissolved_before_founded'
export {};
