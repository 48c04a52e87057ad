/**
 * parseWithShape: a shape written as data, checked without zod, answers exactly as parseWithSchema answers
 * with the matching zod/mini schema — the same issues (paths, codes, expected/received, vi/en messages, order,
 * the `too_many_issues` count) and the same value. Compared on every form, on hostile values and on
 * generated shapes and values.
 */
import * as z from 'zod/mini';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCoopError, parseWithSchema, parseWithShape, type DataShape } from '@coop/model';
import { errorCodeOf } from '../../../bench/hostile-args.js';

/** The zod/mini schema each form of a DataShape stands for (the table of DataShape's TSDoc). */
const toZod = (shape: DataShape): z.ZodMiniType => {
  if (shape === 'string') return z.string();
  if (shape === 'number') return z.number();
  if (shape === 'integer') return z.int();
  if (shape === 'boolean') return z.boolean();
  if ('integer' in shape) {
    const { min, max } = shape.integer;
    const checks = [...(min === undefined ? [] : [z.gte(min)]), ...(max === undefined ? [] : [z.lte(max)])];
    return checks.length === 0 ? z.int() : z.int().check(...checks);
  }
  if ('oneOf' in shape) return z.enum(shape.oneOf as [string, ...string[]]);
  if ('optional' in shape) return z.optional(toZod(shape.optional));
  if ('listOf' in shape) return z.array(toZod(shape.listOf));
  if ('tuple' in shape) return z.tuple(shape.tuple.map(toZod) as [z.ZodMiniType, ...z.ZodMiniType[]]);
  return z.looseObject(Object.fromEntries(Object.entries(shape.fields).map(([name, field]) => [name, toZod(field)])));
};

type Options = { maxIssues?: number; maxNodes?: number; maxDepth?: number };

/** Both checks of one value, compared. */
const expectSame = (shape: DataShape, value: unknown, options?: Options): void => {
  const light = parseWithShape(shape, value, options);
  const heavy = parseWithSchema(toZod(shape), value, options);
  expect(light).toEqual(heavy);
  if (!light.ok && !heavy.ok) expect(light.issues.map((issue) => issue.message)).toStrictEqual(heavy.issues.map((issue) => issue.message));
};

const cyclic = (): unknown => {
  const value: Record<string, unknown> = { header: 'x' };
  value['self'] = value;
  return value;
};
const throwing = (): unknown =>
  Object.defineProperty({}, 'header', {
    enumerable: true,
    get() {
      throw new Error('no');
    },
  });
const revoked = (): unknown => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** Values every form gets wrong in its own way (types, numbers written as text, fractions, unsafe integers…). */
const ODD_VALUES: readonly unknown[] = [
  undefined, null, true, 0, -0, 1.5, 7, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, '', 'vi', 'left', '35', '1.5', '1,5', 'abc',
  5n, Symbol('s'), [], [1, 2], ['a', 'b', 'c'], {}, { header: 'x' }, new Date(0), new Map(), () => 1, Object.create(null),
];

const LANG: DataShape = { oneOf: ['vi', 'en'] };
const COLUMN: DataShape = { fields: { header: 'string', align: { optional: { oneOf: ['left', 'right'] } }, maxWidth: { optional: 'integer' } } };
const FORMS: readonly DataShape[] = [
  'string', 'number', 'integer', 'boolean', LANG, { optional: 'string' }, { optional: LANG }, { listOf: 'string' }, { listOf: { listOf: 'string' } },
  { tuple: ['number', 'number'] }, { optional: { tuple: ['number', 'number'] } }, COLUMN, { listOf: COLUMN },
  { fields: { count: { optional: 'integer' }, integer: { optional: 'boolean' }, bounds: { optional: { tuple: ['number', 'number'] } } } },
  // Bounded integers: 7 is the upper bound itself, 0 and -0 below the lower one, 2 ** 60 unsafe.
  { integer: { min: 1, max: 7 } }, { integer: { min: 0 } }, { integer: { max: 6 } }, { integer: {} }, { optional: { integer: { min: 8, max: 8 } } },
  // A field named like a member of every object's prototype (zod reads `value.toString` there).
  { fields: Object.fromEntries<DataShape>([['toString', { optional: 'string' }], ['year', 'number']]) },
];

describe('parseWithShape', () => {
  it('returns a fresh copy of valid data, fields the shape does not name kept', () => {
    const input = [{ header: 'Tên', align: 'left', note: { any: ['thing'] } }];
    const result = parseWithShape({ listOf: COLUMN }, input);
    expect(result).toEqual({ ok: true, value: input });
    expect(result.ok && result.value).not.toBe(input);
    expect(result.ok && (result.value as unknown[])[0]).not.toBe(input[0]);
  });

  it('words its issues as parseWithSchema does: paths, codes, expected/received, Vietnamese and English', () => {
    const result = parseWithShape({ listOf: COLUMN }, [{ header: 5, align: 'middle', maxWidth: 1.5 }, {}]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: [0, 'header'], code: 'invalid_type', expected: 'string', received: '5', message: { vi: 'Sai kiểu dữ liệu: cần chuỗi ký tự, nhận được 5', en: 'Wrong type: expected string, received 5' } },
      { path: [0, 'align'], code: 'invalid_enum', expected: 'left, right', received: '"middle"', message: expect.objectContaining({ en: 'Value not allowed: "middle"; expected one of: left, right' }) },
      { path: [0, 'maxWidth'], code: 'not_integer', expected: 'integer', received: '1.5', message: expect.objectContaining({ en: 'Expected an integer, received 1.5' }) },
      { path: [1, 'header'], code: 'missing', expected: 'string', message: expect.objectContaining({ en: 'Missing required field (expected string)' }) },
    ]);
  });

  it('answers as the matching zod schema for every form and every odd value, alone, in a field and in a list', () => {
    for (const shape of FORMS) {
      for (const value of ODD_VALUES) {
        expectSame(shape, value);
        expectSame({ fields: { a: shape } }, { a: value });
        expectSame({ listOf: shape }, [value, value]);
      }
    }
  });

  it('answers as the matching zod schema on hostile input: cycles, throwing getters, revoked Proxies, limits', () => {
    const shape: DataShape = { listOf: COLUMN };
    const values = [[cyclic()], [throwing()], [revoked()], revoked(), [{ header: new Date(0), extra: new Map() }], [{ header: 'x', deep: [[[[[['x']]]]]] }]];
    for (const value of values) {
      expectSame(shape, value);
      expectSame(shape, value, { maxDepth: 3, maxNodes: 4, maxIssues: 1 });
    }
    const many = Array.from({ length: 30 }, (_, index) => ({ header: index }));
    expectSame(shape, many, { maxIssues: 5 });
    expectSame({ fields: { a: 'string', b: 'string', c: 'string' } }, { a: 1, b: 2, c: 3, d: new Date(0), e: new Map() }, { maxIssues: 2 });
    expectSame(shape, Array.from({ length: 50 }, () => ({ header: 'x' })), { maxNodes: 20 });
  });

  it('answers as the matching zod schema on generated shapes and values', () => {
    const { shape } = fc.letrec<{ shape: DataShape }>((tie) => ({
      shape: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom<DataShape>('string', 'number', 'integer', 'boolean'),
        fc.tuple(fc.option(fc.integer({ min: -3, max: 10 }), { nil: undefined }), fc.nat(5)).map(([min, span]): DataShape => ({ integer: min === undefined ? { max: span } : { min, max: min + span } })),
        fc.uniqueArray(fc.constantFrom('vi', 'en', 'left', 'right', '35', ''), { minLength: 1, maxLength: 3 }).map((oneOf): DataShape => ({ oneOf })),
        tie('shape').map((inner): DataShape => ({ optional: inner })),
        tie('shape').map((inner): DataShape => ({ listOf: inner })),
        fc.array(tie('shape').filter((item) => typeof item !== 'object' || !('optional' in item)), { minLength: 1, maxLength: 3 }).map((tuple): DataShape => ({ tuple })),
        fc.dictionary(fc.constantFrom('a', 'b', 'header', 'valueOf'), tie('shape'), { maxKeys: 3 }).map((fields): DataShape => ({ fields })),
      ),
    }));
    const odd = fc.constantFrom(...ODD_VALUES);
    const value = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        odd,
        fc.string({ maxLength: 3 }),
        fc.integer(),
        fc.double(),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'header', 'valueOf', 'z'), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(shape, value, fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), (s, v, maxIssues) => {
        expectSame(s, v, maxIssues === undefined ? undefined : { maxIssues });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not a shape with INVALID_ARGUMENT, and unreadable options with INVALID_OPTIONS', () => {
    const loop: Record<string, unknown> = {};
    loop['optional'] = loop;
    for (const bad of ['text', 5, null, [], {}, { oneOf: [] }, { oneOf: [1] }, { listOf: 'string', optional: 'string' }, { tuple: ['number', { optional: 'number' }] }, { fields: { __proto__: 'x', constructor: 'string' } }, loop, revoked(), { tuple: Object.assign([], { length: 2 ** 32 - 1 }) }, { integer: 1 }, { integer: { min: 2, max: 1 } }, { integer: { min: 1.5 } }, { integer: { max: Number.POSITIVE_INFINITY } }, { integer: { min: 2 ** 60 } }, { integer: { step: 2 } }]) {
      expect(errorCodeOf(() => parseWithShape(bad as never, 'x'), isCoopError)).toBe('INVALID_ARGUMENT');
    }
    expect(errorCodeOf(() => parseWithShape('string', 'x', revoked() as never), isCoopError)).toBe('INVALID_OPTIONS');
    expect(errorCodeOf(() => parseWithSchema(z.string(), 'x', revoked() as never), isCoopError)).toBe('INVALID_OPTIONS');
  });
});
