import type { YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { columnValue, FrameColumns } from '../src/internal/frame-columns.js';
import { CodeArray } from '../src/internal/row-codes.js';
import { yearReadTwice } from './fixtures/targets.js';
import { columnOf } from './fixtures/columns.js';
import { newCacheState } from '../src/internal/indicator-cache.js';
import { framesOf } from '../src/internal/indicator-frame.js';

/** Fills a column with `values` and reads every row back. */
const roundTrip = (path: string, values: readonly unknown[]): unknown[] => {
  const column = columnOf(path, values);
  expect(column.values.length).toBe(values.length); // exactly as long as the rows
  return values.map((_, row) => columnValue(column, row));
};

describe('frame columns (the per-year field columns of the indicator engine)', () => {
  it('keeps numbers exactly, absent as undefined', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? undefined : i % 5 === 0 ? -0 : i * 1_000_003.5));
    const back = roundTrip('revenue', values);
    expect(back).toEqual(values);
    expect(Object.is(back[5], -0)).toBe(true);
  });

  it('keeps counts as integers and widens the column when it meets any other number, keeping what it held', () => {
    const values: unknown[] = Array.from({ length: 12_000 }, (_, i) => (i % 11 === 0 ? undefined : i));
    values[5_000] = 2.5; // widens the column mid-way: the rows before it (absent ones included) are kept
    values[9_000] = -2_147_483_648; // the integer column's absent marker, as a real value
    values[9_001] = -0; // would read back as 0 from an integer column
    values[9_002] = 20_000_000_000; // VND beyond 32 bits
    values[11_999] = -2_147_483_647;
    const back = roundTrip('officialMembers', values);
    expect(back).toEqual(values);
    expect(Object.is(back[9_001], -0)).toBe(true);
    // Integers only: absent rows and the largest negative integer that still fits.
    const counts = [0, undefined, -2_147_483_647, 2_147_483_647, undefined, 7];
    expect(roundTrip('managers.total', counts)).toEqual(counts);
  });

  it('keeps −0 in a count column as −0 (an integer array would read it back as 0)', () => {
    const values = [3, -0, undefined, 7];
    const column = columnOf('officialMembers', values);
    expect(column.values).toBeInstanceOf(Float64Array);
    const back = values.map((_, row) => columnValue(column, row));
    expect(back).toEqual(values);
    expect(Object.is(back[1], -0)).toBe(true);
  });

  it('packs each column by its values: counts in 32-bit integers, other numbers in floats, flags in bytes, dates as YYYYMMDD', () => {
    const packed = columnOf;
    expect(packed('officialMembers', [1, undefined, 2_147_483_647]).values).toBeInstanceOf(Int32Array);
    expect(packed('officialMembers', [1, undefined, 2_147_483_648]).values).toBeInstanceOf(Float64Array);
    expect(packed('farmLand.areaHa', [12.5]).values).toBeInstanceOf(Float64Array);
    // Months in a byte while every one is a whole number 0–254; 255, a fraction or −0 moves the column to floats, values kept.
    expect(packed('monthsOperating', [12, undefined, 0, 254])).toEqual({ kind: 'numbers', values: Uint8Array.of(12, 255, 0, 254) });
    for (const odd of [255, 6.5, -0, -1, 300]) {
      const column = packed('monthsSuspended', [3, undefined, odd, 4]);
      expect(column.values).toBeInstanceOf(Float64Array);
      expect([0, 1, 2, 3].map((row) => columnValue(column, row))).toEqual([3, undefined, odd, 4]);
      expect(Object.is(columnValue(column, 2), odd)).toBe(true);
    }
    expect(packed('flags.gapCertified', [true, undefined]).values).toBeInstanceOf(Uint8Array);
    expect(packed('foundedOn', ['2024-01-31', undefined, '0999-12-01'])).toEqual({ kind: 'dates', values: Int32Array.of(20240131, -2_147_483_648, 9991201) });
    // Text that is not a YYYY-MM-DD date is kept as it is.
    expect(packed('foundedOn', ['2024-01-31', '2024-1-31']).kind).toBe('values');
  });

  it('takes more rows than its capacity said without losing any', () => {
    for (const [path, value] of [['revenue', 7], ['flags.highTech', true], ['foundedOn', '2024-01-31']] as const) {
      const values = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? undefined : value));
      const column = columnOf(path, values, 2);
      expect(values.map((_, row) => columnValue(column, row))).toEqual(values);
    }
  });

  it('keeps flags as booleans, absent as undefined', () => {
    const values = Array.from({ length: 9_000 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1));
    expect(roundTrip('flags.highTech', values)).toEqual(values);
  });

  it('never coerces a value its packing cannot hold: the column switches to plain values', () => {
    const numbers = [1, undefined, 2.5, '3', 4, Number.NaN, null];
    expect(roundTrip('revenue', numbers)).toEqual(numbers);
    const flags = [true, undefined, false, 1, true, 'yes'];
    expect(roundTrip('flags.ocopProduct', flags)).toEqual(flags);
    const long = [...Array.from({ length: 5_000 }, (_, i) => i), 'text', 7];
    expect(roundTrip('officialMembers', long)).toEqual(long);
  });

  it('reads dates back as their text; keeps other values, text and fields outside RECORD_FIELDS as they are', () => {
    expect(roundTrip('foundedOn', ['2024-01-31', undefined, '0001-01-01', '9999-12-31'])).toEqual(['2024-01-31', undefined, '0001-01-01', '9999-12-31']);
    const values = ['2024-01-31', undefined, { x: 1 }, 3];
    expect(roundTrip('foundedOn', values)).toEqual(values);
    expect(roundTrip('unknown.path', values)).toEqual(values);
    expect(roundTrip('constructor', values)).toEqual(values);
  });
  it('fills several columns of every packing from each row, at the given places, when columns change packing mid-way', () => {
    // Two columns of each packing, each pair's first column changing packing at some row while its
    // neighbours carry on: the moved column leaves its packing's loop and later columns must not shift.
    const paths = ['officialMembers', 'managers.total', 'revenue', 'farmLand.areaHa', 'flags.highTech', 'flags.gapCertified', 'foundedOn', 'unknown.path'];
    const n = 3_000;
    const rows = Array.from({ length: n }, (_, i) => [
      i === 1_000 ? 2.5 : i === 2_000 ? 'x' : i % 9 === 0 ? undefined : i, // integers → floats → values
      i % 4 === 0 ? undefined : i * 2,
      i === 1_500 ? null : i * 1_000_003.5, // floats → values
      i % 5 === 0 ? undefined : i / 4,
      i === 700 ? 1 : i % 3 === 0 ? undefined : i % 2 === 0, // flags → values
      i % 7 === 0 ? undefined : i % 3 === 0,
      i === 2_500 ? '2024-1-31' : i % 6 === 0 ? undefined : `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`, // dates → values
      { row: i },
    ]);
    // Each row as the record check hands it on: the fields at places of their own, among other values.
    const at = [9, 3, 0, 11, 5, 1, 7, 2];
    const columns = new FrameColumns(paths, 100, at); // fewer rows said than come: the arrays grow as well
    for (const row of rows) {
      const wide: unknown[] = Array.from({ length: 12 }, () => 'other');
      at.forEach((place, field) => (wide[place] = row[field]));
      columns.push(wide);
    }
    const done = columns.done();
    expect(done.map((column) => column.kind)).toEqual(['values', 'numbers', 'values', 'numbers', 'values', 'flags', 'values', 'values']);
    paths.forEach((_, field) => {
      const column = done[field]!;
      expect(column.values.length).toBe(n);
      expect(rows.map((__, r) => columnValue(column, r))).toEqual(rows.map((row) => row[field]));
    });
  });
});

describe('frame columns filled while the records are checked', () => {
  it('grow when a year gets more rows than were counted (a year that reads differently the second time)', () => {
    const fields = ['revenue', 'officialMembers', 'flags.modelCooperative', 'foundedOn'];
    const plain = Array.from({ length: 40 }, (_, i) => ({
      organisationId: `o${i}`,
      year: 2024,
      kind: 'cooperative',
      sector: 'other',
      areaCode: 'A',
      revenue: 1_500_000.5 * i,
      officialMembers: i % 4 === 0 ? undefined : i,
      flags: { modelCooperative: i % 3 === 0 },
      foundedOn: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    })) as YearlyRecord[];
    // Counted under 2023 in a first look at the records, checked (and filed) under 2024.
    const shifting = yearReadTwice(plain, 2023, 2024);
    const frame = framesOf(newCacheState(), shifting, fields).get(2024)!;
    expect(frame.rows.length).toBe(40);
    for (const path of fields) {
      const column = frame.fields.get(path)!;
      expect([path, column.values.length]).toEqual([path, 40]);
      const [head, tail] = path.split('.') as [string, string | undefined];
      expect(plain.map((_, row) => columnValue(column, row))).toEqual(
        plain.map((record) => {
          const top = (record as unknown as Record<string, unknown>)[head];
          return tail === undefined ? top : (top as Record<string, unknown>)[tail];
        }),
      );
    }
  });
});

describe('frame row codes (kind, sector, area of each row)', () => {
  const frameOver = (areaCodes: readonly string[]) => {
    const records = areaCodes.map((areaCode, i) => ({ organisationId: `o${i}`, year: 2024, kind: 'cooperative', sector: 'other', areaCode }) as YearlyRecord);
    return framesOf(newCacheState(), records).get(2024)!;
  };
  it.each([
    ['at most 256 distinct values: a byte a row', 256, Uint8Array],
    ['257 distinct values: two bytes a row', 257, Uint16Array],
    ['65 537 distinct values: four bytes a row', 65_537, Uint32Array],
  ] as const)('%s, and every row still reads back its own value', (_, distinct, type) => {
    // Each value appears first, then again later, so codes given before a widening are kept across it.
    const codes = Array.from({ length: distinct }, (__, i) => `A${i}`);
    const rows = [...codes, ...codes.slice().reverse(), codes[0]!];
    const frame = frameOver(rows);
    expect(frame.areaOf).toBeInstanceOf(type);
    expect(frame.areaOf.length).toBe(rows.length); // exactly as long as the rows, no spare capacity
    expect(Array.from(frame.areaOf, (code) => frame.areas[code])).toEqual(rows);
    expect(frame.kindOf).toBeInstanceOf(Uint8Array);
  });
});

describe('code arrays (the packed codes behind row codes and grade facts)', () => {
  const filled = (capacity: number, codes: readonly number[]) => {
    const array = new CodeArray(capacity);
    for (const code of codes) array.push(code);
    return array.done();
  };
  it.each([
    ['255: a byte a code', 255, Uint8Array],
    ['256: two bytes', 256, Uint16Array],
    ['65 535: still two bytes', 65_535, Uint16Array],
    ['65 536: four bytes', 65_536, Uint32Array],
  ] as const)('the largest code %s, the codes before it kept', (_, largest, type) => {
    const codes = [0, 7, 255, largest, 1];
    const done = filled(codes.length, codes);
    expect(done).toBeInstanceOf(type);
    expect(Array.from(done)).toEqual(codes);
  });
  it('takes more codes than its capacity said (growing, and widening while growing), and ends exactly as long as the codes', () => {
    const small = Array.from({ length: 100 }, (_, i) => i % 200);
    expect(filled(3, small)).toBeInstanceOf(Uint8Array); // growing alone does not widen
    expect(Array.from(filled(3, small))).toEqual(small);
    const mixed = [...small, 300, ...small];
    const done = filled(0, mixed);
    expect(done).toBeInstanceOf(Uint16Array);
    expect(Array.from(done)).toEqual(mixed);
    expect(filled(50, [1, 2, 3]).length).toBe(3); // fewer codes than the capacity: no spare room kept
  });
});
