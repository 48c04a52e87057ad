import { LIMITS, isCoopError } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { CIRCULAR_01_2020, gradeBatch, gradeMany } from '../src/index.js';

const codeOf = (call: () => unknown): string | undefined => {
  try {
    call();
    return undefined;
  } catch (error) {
    return isCoopError(error) ? error.code : `raw ${String(error)}`;
  }
};

describe('bulk grading is bounded before any work (issue 22)', () => {
  it('an array longer than LIMITS.listLength is refused without reading an item, sparse or not', () => {
    // eslint-disable-next-line no-sparse-arrays
    const huge = new Array(LIMITS.listLength + 1);
    expect(codeOf(() => gradeMany(huge, { rulebook: CIRCULAR_01_2020 }))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => gradeBatch(new Array(2 ** 32 - 1), { rulebook: CIRCULAR_01_2020 }))).toBe('LIMIT_EXCEEDED');
  });
  it('a string is not a list of records (its characters would each be a failure)', () => {
    expect(codeOf(() => gradeBatch('9'.repeat(1_000) as never, { rulebook: CIRCULAR_01_2020 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => gradeMany('ab' as never, { rulebook: CIRCULAR_01_2020 }))).toBe('INVALID_INPUT');
  });
  it('an empty list is fine', () => {
    expect(gradeBatch([], { rulebook: CIRCULAR_01_2020 })).toEqual([]);
  });
});
