/**
 * Issue 22, calendar classes 5, 7 and 8: parsers snapshot first then validate (no throw on cyclic
 * values, null-prototype values, revoked proxies, throwing getters; a getter is read once, so a value
 * cannot change between reads); getCycle with a non-string id and toICalendar with an unknown lang are
 * typed errors; prodId cannot inject lines.
 */
import { isCoopError } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CYCLES, deadlines, getCycle, parseCycle, parseHolidayTable, toICalendar, VN_HOLIDAY_TABLE } from '../src/index.js';
import { coopErrorOf } from '../../../test-support/coop-errors.js';

const CYCLE = CYCLES['mard-annual'];
const clone = <T>(v: T): T => structuredClone(v) as T;

/** Values that break a parser reading its input directly. */
const traps = (base: Record<string, unknown>): Array<[string, unknown]> => {
  const cyclic: Record<string, unknown> = clone(base);
  cyclic['note'] = cyclic;
  const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, clone(base));
  const { proxy, revoke } = Proxy.revocable(clone(base), {});
  revoke();
  const throwing = clone(base);
  Object.defineProperty(throwing, 'id', { enumerable: true, get: () => { throw new Error('boom'); } });
  const nestedRevoked = clone(base);
  const inner = Proxy.revocable({}, {});
  inner.revoke();
  nestedRevoked['label'] = inner.proxy;
  return [
    ['cyclic', cyclic],
    ['null-prototype', nullProto],
    ['revoked proxy', proxy],
    ['throwing getter', throwing],
    ['nested revoked proxy', nestedRevoked],
  ];
};

/** An object whose `id` getter answers a string the first time and an object afterwards. */
const changing = (base: Record<string, unknown>): Record<string, unknown> => {
  const value = clone(base);
  let reads = 0;
  Object.defineProperty(value, 'id', { enumerable: true, get: () => (reads++ === 0 ? String(base['id']) : {}) });
  return value;
};

describe('parseCycle: snapshot first, then validate', () => {
  it('never throws on trap values; the null-prototype copy is accepted, the rest refused with issues', () => {
    for (const [name, value] of traps(CYCLE as unknown as Record<string, unknown>)) {
      const result = parseCycle(value);
      if (name === 'null-prototype') expect(result.ok, name).toBe(true);
      else expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.issues.length, name).toBeGreaterThan(0);
    }
  });

  it('a getter is read once: a value that changes between reads yields the first value, never id: {}', () => {
    const result = parseCycle(changing(CYCLE as unknown as Record<string, unknown>));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.id).toBe('mard-annual');
  });

  it('the result is a copy: changing the input afterwards changes nothing', () => {
    const input = clone(CYCLE) as unknown as { id: string };
    const result = parseCycle(input);
    input.id = 'changed';
    expect(result.ok && result.value.id).toBe('mard-annual');
  });

  it('limits: more than 50 steps, or a string over 2 000 characters, are refused with an issue', () => {
    const many = { ...clone(CYCLE), steps: Array.from({ length: 51 }, (_, i) => ({ ...CYCLE.steps[0], id: `s${i}` })) };
    expect(parseCycle(many)).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: 'too_large' })] });
    expect(parseCycle({ ...clone(CYCLE), id: 'x'.repeat(2001) })).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: 'too_long' })] });
  });

  it('deadlines() of a cycle with a throwing getter is INVALID_CYCLE, not a raw error', () => {
    const [, throwing] = traps(CYCLE as unknown as Record<string, unknown>)[3]!;
    expect(coopErrorOf(() => deadlines(throwing as never, { from: '2026-01-01', to: '2026-12-31' })).code).toBe('INVALID_CYCLE');
  });
});

describe('parseHolidayTable: snapshot first, then validate', () => {
  it('never throws on trap values', () => {
    for (const [name, value] of traps(VN_HOLIDAY_TABLE as unknown as Record<string, unknown>)) {
      const result = parseHolidayTable(value);
      if (name === 'null-prototype') expect(result.ok, name).toBe(true);
      else expect(result.ok, name).toBe(false);
    }
  });

  it('a changing getter is read once', () => {
    const result = parseHolidayTable(changing(VN_HOLIDAY_TABLE as unknown as Record<string, unknown>));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.id).toBe('vn-civil-service');
  });

  it('arbitrary values never throw', () => {
    fc.assert(fc.property(fc.anything(), (x) => {
      const r = parseHolidayTable(x);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 200 });
  });
});

describe('getCycle and toICalendar: typed errors, no injection', () => {
  it('getCycle with a non-string id is INVALID_ARGUMENT; an unknown string UNKNOWN_CYCLE', () => {
    for (const id of [5, 5n, Symbol('x'), null, undefined, {}, ['mard-annual']]) expect(coopErrorOf(() => getCycle(id as never)).code).toBe('INVALID_ARGUMENT');
    expect(coopErrorOf(() => getCycle('nope' as never)).code).toBe('UNKNOWN_CYCLE');
  });

  const steps = deadlines(CYCLE, { from: '2026-12-01', to: '2026-12-31' });

  it('prodId is escaped: a CR LF cannot start a property or an event', () => {
    const ics = toICalendar(steps, { generatedAt: '2026-12-01T00:00:00Z', prodId: 'x\r\nBEGIN:VEVENT\r\nSUMMARY:evil' });
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics).toContain('PRODID:x\\nBEGIN:VEVENT\\nSUMMARY:evil');
  });

  it('an unknown lang is INVALID_OPTION (no "undefined" in the output)', () => {
    for (const lang of ['fr', '__proto__', 1, null]) expect(coopErrorOf(() => toICalendar(steps, { generatedAt: '2026-12-01T00:00:00Z', lang: lang as never })).code).toBe('INVALID_OPTION');
    expect(toICalendar(steps, { generatedAt: '2026-12-01T00:00:00Z', lang: 'en' })).not.toContain('undefined');
  });

  it('items that are not deadlines are INVALID_ARGUMENT', () => {
    for (const items of [null, 'x', [null], [{ steps: [1] }], [{ uid: 'x' }]]) {
      const e = coopErrorOf(() => toICalendar(items as never, { generatedAt: '2026-12-01T00:00:00Z' }));
      expect(isCoopError(e)).toBe(true);
      expect(e.code).toBe('INVALID_ARGUMENT');
    }
  });
});
