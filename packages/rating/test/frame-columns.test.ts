import { describe, expect, it } from 'vitest';
import { columnFor } from '../src/internal/frame-columns.js';

/** Fills a column with `values` and reads every row back. */
const roundTrip = (path: string, values: readonly unknown[]): unknown[] => {
  const builder = columnFor(path);
  for (const value of values) builder.push(value);
  const read = builder.done();
  return values.map((_, row) => read(row));
};

describe('frame columns (the per-year field columns of the indicator engine)', () => {
  it('keeps numbers exactly, absent as undefined, across storage chunks', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? undefined : i % 5 === 0 ? -0 : i * 1_000_003.5));
    const back = roundTrip('revenue', values);
    expect(back).toEqual(values);
    expect(Object.is(back[5], -0)).toBe(true);
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

  it('keeps dates, text and fields outside RECORD_FIELDS as they are', () => {
    const values = ['2024-01-31', undefined, { x: 1 }, 3];
    expect(roundTrip('foundedOn', values)).toEqual(values);
    expect(roundTrip('unknown.path', values)).toEqual(values);
    expect(roundTrip('constructor', values)).toEqual(values);
  });
});
