/**
 * parseWithSchema: a caller's zod schema checked the way every `parse…` function checks its input — the
 * same snapshot and limits, the same stable codes and Vietnamese/English messages.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, isCoopError, parseOrganisation, parseWithSchema, type Issue } from '@coop/model';
import { OrganisationSchema } from '@coop/model/schemas';
import { errorCodeOf } from '../../../bench/hostile-args.js';

const Member = z.object({ name: z.string(), joined: z.int(), role: z.enum(['chair', 'member']), note: z.optional(z.string()) });
const issuesOf = (result: { ok: boolean; issues?: readonly Issue[] }): readonly Issue[] => result.issues ?? [];

describe('parseWithSchema', () => {
  it('returns the schema output for a fresh copy of valid data, never the input itself', () => {
    const input = { name: 'Lan', joined: 2019, role: 'chair' };
    const result = parseWithSchema(Member, input);
    expect(result).toEqual({ ok: true, value: input });
    expect(result.ok && result.value).not.toBe(input);
  });
  it("reports the model's codes, paths, expected/received and both languages", () => {
    const result = parseWithSchema(Member, { joined: 2019.5, role: 'boss', note: 5 });
    expect(result.ok).toBe(false);
    const issues = issuesOf(result);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['name'], 'missing'],
      [['joined'], 'not_integer'],
      [['role'], 'invalid_enum'],
      [['note'], 'invalid_type'],
    ]);
    for (const issue of issues) {
      expect(Object.keys(ISSUE_CODES)).toContain(issue.code);
      expect(issue.message.vi).not.toBe(issue.message.en);
    }
    expect(issues[3]).toMatchObject({ expected: 'string', received: '5', message: { vi: 'Sai kiểu dữ liệu: cần chuỗi ký tự, nhận được 5', en: 'Wrong type: expected string, received 5' } });
  });
  it('gives the same issues as the parse… function of the same schema', () => {
    const bad = { id: 'HTX-1', name: 5, kind: 'club', sector: 'finance', __proto__: null };
    const mine = parseWithSchema(OrganisationSchema as never, bad);
    expect(mine).toEqual(parseOrganisation(bad));
  });
  it('never coerces text: "2019" for a number is number_as_string, even when coerce is passed', () => {
    const result = parseWithSchema(Member, { name: 'Lan', joined: '2019', role: 'member' }, { coerce: 'csv' } as never);
    expect(issuesOf(result).map((i) => i.code)).toEqual(['number_as_string']);
  });
  it('copies before validating: cycles, throwing getters, prototype keys and functions are issues, the input is untouched', () => {
    const cyclic: Record<string, unknown> = { name: 'Lan', joined: 2019, role: 'chair' };
    cyclic['note'] = cyclic;
    expect(issuesOf(parseWithSchema(Member, cyclic)).map((i) => [i.path, i.code])).toEqual([[['note'], 'cyclic_reference']]);
    const throwing = Object.defineProperty({ joined: 2019, role: 'chair' }, 'name', { get: () => { throw new Error('no'); }, enumerable: true });
    expect(issuesOf(parseWithSchema(Member, throwing)).map((i) => [i.path, i.code])).toEqual([[['name'], 'unreadable_value']]);
    const withProto = JSON.parse('{"name":"Lan","joined":2019,"role":"chair","__proto__":{"admin":true}}') as unknown;
    expect(issuesOf(parseWithSchema(Member, withProto)).map((i) => i.code)).toEqual(['forbidden_key']);
    expect(issuesOf(parseWithSchema(Member, { name: () => 'Lan', joined: 2019, role: 'chair' })).map((i) => [i.code, i.received])).toEqual([['invalid_type', 'function']]);
    const frozen = Object.freeze({ name: 'Lan', joined: '1', role: 'x' });
    parseWithSchema(Member, frozen);
    expect(frozen).toEqual({ name: 'Lan', joined: '1', role: 'x' });
  });
  it('keeps to the limits: maxIssues, then too_many_issues; maxNodes; maxDepth', () => {
    const many = parseWithSchema(z.array(z.number()), ['a', 'b', 'c', 'd'], { maxIssues: 2 });
    expect(issuesOf(many).map((i) => i.code)).toEqual(['invalid_type', 'invalid_type', 'too_many_issues']);
    expect(issuesOf(parseWithSchema(z.array(z.number()), [1, 2, 3, 4], { maxNodes: 3 })).map((i) => i.code)).toEqual(['too_large']);
    expect(issuesOf(parseWithSchema(z.unknown(), [[[[1]]]], { maxDepth: 2 })).map((i) => i.code)).toEqual(['too_deep']);
  });
  it('a refinement may name its code; any other is custom with its message', () => {
    const Span = z.object({ from: z.int(), to: z.int() }).check(z.refine((s) => s.from <= s.to, { params: { code: 'invalid_range' } }));
    expect(issuesOf(parseWithSchema(Span, { from: 3, to: 1 })).map((i) => i.code)).toEqual(['invalid_range']);
    const Even = z.int().check(z.refine((n) => n % 2 === 0, { error: 'an even number' }));
    expect(issuesOf(parseWithSchema(Even, 3))).toEqual([{ path: [], code: 'custom', received: '3', message: { vi: 'Dữ liệu không hợp lệ: an even number', en: 'Invalid data: an even number' } }]);
  });
  it('refuses what is not a schema, and unreadable options, with a typed error', () => {
    const codeOf = (run: () => unknown) => errorCodeOf(run, isCoopError);
    expect(codeOf(() => parseWithSchema({} as never, 1))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseWithSchema(null as never, 1))).toBe('INVALID_ARGUMENT');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codeOf(() => parseWithSchema(proxy as never, 1))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseWithSchema(Member, {}, proxy as never))).toBe('INVALID_OPTIONS');
  });
  it('never hands back a value it could not copy: a Date, a Map or a function where the schema accepts anything is an issue', () => {
    const Open = z.object({ any: z.unknown(), loose: z.looseObject({}), list: z.array(z.unknown()), typed: z.optional(z.string()) });
    const result = parseWithSchema(Open, { any: new Date(0), loose: { map: new Map(), fn: () => 1 }, list: [1, new Set()], typed: new Date(0) });
    expect(result.ok).toBe(false);
    expect(issuesOf(result).map((i) => [i.path, i.code, i.expected, i.received])).toEqual([
      [['typed'], 'invalid_type', 'string', 'Date'], // the schema's own issue, not repeated
      [['any'], 'invalid_type', 'plain data', 'Date'],
      [['loose', 'map'], 'invalid_type', 'plain data', 'Map'],
      [['loose', 'fn'], 'invalid_type', 'plain data', 'function'],
      [['list', 1], 'invalid_type', 'plain data', 'Set'],
    ]);
    expect(issuesOf(result)[1]?.message).toEqual({
      vi: 'Sai kiểu dữ liệu: cần dữ liệu thuần (số, chuỗi, đúng/sai, danh sách, đối tượng), nhận được Date',
      en: 'Wrong type: expected plain data, received Date',
    });
    expect(parseWithSchema(Open, { any: { deep: [null, 'x'] }, loose: { n: 1 }, list: [] })).toEqual({
      ok: true,
      value: { any: { deep: [null, 'x'] }, loose: { n: 1 }, list: [] },
    });
  });
});
