/**
 * The CLI library's list arguments are bounded before they are walked (issue 22): a sparse array of
 * length 2³²−1 given as plan entries, grade rows, records, cycles, deadline rows, table rows and columns or argv is a
 * typed `LIMIT_EXCEEDED` at once (`checkTable` exhausted the heap and ended the process), and a value
 * that is not a list at all (a revoked Proxy, a string) is `INVALID_ARGUMENT`.
 */
import * as cli from '@coop/cli';
import { isCoopError } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../../bench/hostile-args.js';

const code = (run: () => unknown) => errorCodeOf(run, isCoopError);
const huge = (): never => {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return list as never;
};
const revoked = (): never => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy as never;
};

describe('@coop/cli: list arguments bounded before any work', () => {
  const calls: Array<[string, (list: never) => unknown]> = [
    ['checkTable', (list) => cli.checkTable(list, 'en')],
    ['countStatuses', (list) => cli.countStatuses(list)],
    ['exitCodeFor', (list) => cli.exitCodeFor(list)],
    ['targetReadings', (list) => cli.targetReadings(list)],
    ['gradeRecords', (list) => cli.gradeRecords(list)],
    ['gradeTable', (list) => cli.gradeTable(list, 'vi')],
    ['deadlineRows', (list) => cli.deadlineRows(list, '2025-01-01', '2025-12-31', 'vi')],
    ['deadlineTable', (list) => cli.deadlineTable(list, 'en')],
    ['renderTable', (list) => cli.renderTable([{ header: 'A' }], list)],
    ['renderTable (columns)', (list) => cli.renderTable(list, [['1']])],
    ['parseArgs', (list) => cli.parseArgs(list)],
  ];
  it.each(calls)('%s: a sparse list of length 2³²−1 is LIMIT_EXCEEDED, a revoked Proxy or a string INVALID_ARGUMENT', (_name, call) => {
    expect(code(() => call(huge()))).toBe('LIMIT_EXCEEDED');
    expect(code(() => call(revoked()))).toBe('INVALID_ARGUMENT');
    expect(code(() => call('x' as never))).toBe('INVALID_ARGUMENT');
  });
  it('valid lists still work', () => {
    expect(cli.countStatuses([])).toEqual({ total: 0, passing: 0 });
    expect(cli.renderTable([{ header: 'A' }], [['1']])).toContain('1');
    expect(cli.exitCodeFor([])).toBe(cli.EXIT.OK);
  });
});
