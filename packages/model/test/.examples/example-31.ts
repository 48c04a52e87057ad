import type { Issue } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const issue: Issue = { path: [0, 'revenue'], code: 'too_small', message: { vi: 'Giá trị quá nhỏ', en: 'Too small' } };
__expect(issue.path.join('.'), '0.revenue', "issue.path.join('.'); // '0.revenue'");
export {};
