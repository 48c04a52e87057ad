import type { OrganisationKind } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const kind: OrganisationKind = 'union';
__expect(kind, 'union', "kind; // 'union'");
export {};
