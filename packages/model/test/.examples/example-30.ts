import { ISSUE_CODES } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(ISSUE_CODES.forbidden_key.en, 'Forbidden key {received} (kept out to protect object prototypes)', "ISSUE_CODES.forbidden_key.en; // 'Forbidden key {received} (kept out to protect object prototypes)'");
__expect(Object.keys(ISSUE_CODES).includes('invalid_date'), true, "Object.keys(ISSUE_CODES).includes('invalid_date'); // true");
export {};
