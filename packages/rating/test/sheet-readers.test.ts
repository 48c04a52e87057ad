import { readFileSync } from 'node:fs';
import type { YearlyRecord } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, renderSheetReaders } from '../scripts/sheet-readers.js';
import { grade } from '../src/grade.js';
import { gradeEach, gradeMany } from '../src/grade-many.js';
import { compileRulebook } from '../src/internal/grade-compile.js';
import { bulkSheetReader } from '../src/internal/prepared-reader.js';
import { keyedSheetReader } from '../src/internal/sheet-read.js';
import { PREPARED_SHEET_READERS } from '../src/internal/sheet-readers.generated.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { BASE, sheetOf } from './fixtures/sheets.js';

const ids01 = compileRulebook(CIRCULAR_01_2020).leafIds;

/** What a reader puts in its output array, as plain numbers (NaN compared as NaN by toEqual). */
const readWith = (read: (p: Record<PropertyKey, unknown>, x: Float64Array) => void, points: Record<PropertyKey, unknown>, n: number): number[] => {
  const out = new Float64Array(n).fill(-7); // a value no reader writes: every slot must be overwritten
  read(points, out);
  return [...out];
};

/** Any value a hostile or sloppy sheet may hold. */
const entry = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 50 }).map((n) => n / 2),
  fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, -0, '5', '', true, 3n, [], {}),
);

describe('prepared sheet readers', () => {
  it('the generated module matches the built-in rulebooks (regenerate with `pnpm generate`)', () => {
    // Mutation testing copies the sources with a `// @ts-nocheck` line on top (Stryker's disableTypeChecks).
    const committed = readFileSync(GENERATED_PATH, 'utf8').replace(/^\/\/ @ts-nocheck\n/, '');
    expect(committed).toBe(renderSheetReaders());
  });

  it('exist for exactly the built-in rulebooks that grade through the fast pass', () => {
    expect(PREPARED_SHEET_READERS.map((r) => r.rulebook)).toEqual(['circular-01-2020']);
    expect(compileRulebook(CIRCULAR_09_2017).fast).toBe(false); // tiers: always the general pass
    expect(PREPARED_SHEET_READERS[0]!.ids).toEqual(ids01);
  });

  it('read exactly what the general keyed reader reads, for any sheet', () => {
    const keyed = keyedSheetReader(ids01);
    const prepared = PREPARED_SHEET_READERS[0]!.read;
    const sheet = fc.dictionary(fc.constantFrom(...ids01, 'x', '16', '05', '1A'), entry);
    fc.assert(
      fc.property(sheet, (points) => {
        expect(readWith(prepared, points, ids01.length)).toEqual(readWith(keyed, points, ids01.length));
      }),
      { numRuns: 500 },
    );
  });

  it('the general reader reads each criterion once, in leaf order, and nothing else', () => {
    const seen: string[] = [];
    const proxy = new Proxy({ ...sheetOf(70) }, { get: (target, key) => (seen.push(String(key)), Reflect.get(target, key)) });
    readWith(keyedSheetReader(ids01), proxy, ids01.length);
    expect(seen).toEqual([...ids01]);
  });

  it('read a number as is and anything else as NaN, through a proxy as through an object', () => {
    const points: Record<string, unknown> = { ...sheetOf(72.5), '1a': '6', '5': 2n, '13': undefined };
    const seen: string[] = [];
    const proxy = new Proxy(points, { get: (target, key) => (seen.push(String(key)), Reflect.get(target, key)) });
    const values = readWith(PREPARED_SHEET_READERS[0]!.read, proxy, ids01.length);
    expect(seen).toEqual([...ids01]); // every criterion once, in leaf order, index keys as strings
    expect(values[ids01.indexOf('1a')]).toBeNaN();
    expect(values[ids01.indexOf('5')]).toBeNaN();
    expect(values[ids01.indexOf('13')]).toBeNaN();
    expect(values[ids01.indexOf('10')]).toBe(points['10']);
  });
});

describe('bulkSheetReader', () => {
  it('takes the prepared reader for a rulebook with a built-in leaf layout, a user copy included', () => {
    const prepared = PREPARED_SHEET_READERS[0]!.read;
    expect(bulkSheetReader(compileRulebook(CIRCULAR_01_2020))).toBe(prepared);
    const copy = structuredClone(CIRCULAR_01_2020);
    expect(bulkSheetReader(compileRulebook(copy))).toBe(prepared);
  });

  it('falls back to the general reader for a layout that only starts like a built-in one', () => {
    const longer = structuredClone(CIRCULAR_01_2020) as unknown as { groups: Array<{ cap: number | null; criteria: unknown[] }> };
    longer.groups[2]!.criteria.push({ id: '16', title: { vi: 'Thêm', en: 'Extra' }, max: null, citation: { document: 'test' } });
    const c = compileRulebook(longer as never);
    expect(c.leafIds.slice(0, ids01.length)).toEqual([...ids01]);
    expect(bulkSheetReader(c)).toBe(c.readSheet);
  });

  it('falls back to the general reader when the layout differs by one id or one position', () => {
    const renamed = structuredClone(CIRCULAR_01_2020) as unknown as { groups: Array<{ criteria: Array<{ id: string }> }> };
    renamed.groups[2]!.criteria[5]!.id = '15b';
    const c = compileRulebook(renamed as never);
    expect(bulkSheetReader(c)).toBe(c.readSheet);
    const swapped = structuredClone(CIRCULAR_01_2020) as unknown as { groups: Array<{ criteria: unknown[] }> };
    swapped.groups[2]!.criteria.reverse();
    const d = compileRulebook(swapped as never);
    expect(bulkSheetReader(d)).toBe(d.readSheet);
  });
});

describe('bulk grading with the prepared reader', () => {
  const record = (points: Record<string, unknown>): YearlyRecord =>
    ({ ...BASE, sheet: { rulebook: 'circular-01-2020', points } }) as YearlyRecord;
  const outcome = (run: () => unknown): string => {
    try {
      return JSON.stringify(run());
    } catch (error) {
      return `throws ${(error as { code?: string }).code}`;
    }
  };

  it('gives what grade gives, sheet by sheet, for any sheet (valid, unusual or invalid points)', () => {
    const sheet = fc.record(Object.fromEntries(ids01.map((id) => [id, entry])), { requiredKeys: [] });
    fc.assert(
      fc.property(sheet, fc.boolean(), (points, clamp) => {
        const r = record(points);
        const one = outcome(() => grade(r, { rulebook: CIRCULAR_01_2020, clamp }));
        expect(outcome(() => gradeMany([r], { rulebook: CIRCULAR_01_2020, clamp })[0])).toBe(one);
        expect(outcome(() => [...gradeEach([r], { rulebook: CIRCULAR_01_2020, clamp })][0])).toBe(one);
      }),
      { numRuns: 400 },
    );
  });

  it('a grading call nested inside a sheet getter does not disturb the outer call', () => {
    const inner = record(sheetOf(50));
    const points = { ...sheetOf(81) };
    Object.defineProperty(points, '9', {
      enumerable: true,
      get: () => (gradeMany([inner, inner], { rulebook: CIRCULAR_01_2020 }), sheetOf(81)['9']),
    });
    const [outer] = gradeMany([record(points)], { rulebook: CIRCULAR_01_2020 });
    expect(outer).toMatchObject({ status: 'rated', totalHundredths: 8100, grade: 'good' });
  });
});
