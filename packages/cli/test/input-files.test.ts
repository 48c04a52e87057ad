import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readXlsx } from '@coop/sheets';
import { describe, expect, it } from 'vitest';
import { CliError, readBoundedFile } from '../src/node/load.js';
import { main } from '../src/node/main.js';
import { renderTable } from '../src/table.js';
import { memoryIo, tempDir, tempFile, vietnameseCsv } from './helpers.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../sheets/test/fixtures/${name}`, import.meta.url));
const csv = vietnameseCsv([['HTX-1', 2024, 80, '"5.200.000.000"']]);

/** No outcome of bad input may be a crash: exit 2 with a one-line message, never a stack trace. */
const expectCleanFailure = (io: ReturnType<typeof memoryIo>, code: number): void => {
  expect(code).toBe(2);
  expect(io.err()).not.toMatch(/\n\s+at /);
  expect(io.err()).not.toContain('node_modules');
  expect(io.err().trim().split('\n')).toHaveLength(1);
};

describe('several files, workbooks, --map and --rejected', () => {
  it('grades two LibreOffice workbooks as one record set and writes the rejected rows as .xlsx', async () => {
    const out = join(tempDir(), 'loai.xlsx');
    const io = memoryIo();
    const code = await main(['grade', fixture('vn-2019.xlsx'), fixture('vn-2020.xlsx'), '--json', '--rejected', out], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as { input: { rows: number; valid: number; rejected: number; files: string[] } };
    expect(json.input).toMatchObject({ rows: 18, valid: 10, rejected: 8 });
    expect(json.input.files).toHaveLength(2);
    const back = readXlsx(new Uint8Array(readFileSync(out)));
    expect(back.table?.rows).toHaveLength(9);
    expect(back.table?.rows[0]?.slice(-3)).toEqual(['Tệp / File', 'Dòng / Row', 'Lý do / Reason']);
  });

  it('--map adds the user’s own labels; a bad mapping is an input error', async () => {
    const map = tempFile('map.json', JSON.stringify({ values: { sector: { 'Du lịch': 'trade-services' } } }));
    const io = memoryIo();
    expect(await main(['grade', fixture('source/vn-2019.csv'), '--map', map, '--json'], io)).toBe(0);
    expect((JSON.parse(io.out()) as { input: { valid: number } }).input.valid).toBe(9);
    const bad = memoryIo();
    expectCleanFailure(bad, await main(['grade', fixture('source/vn-2019.csv'), '--map', tempFile('m.json', '{"units":{"x":"y"}}')], bad));
  });
});

describe('the CLI reads within limits and fails cleanly (issue 22, class 6)', () => {
  it.each(['--context', '--areas', '--map'])('%s /dev/zero is refused before reading', async (flag) => {
    const io = memoryIo();
    const args = flag === '--map' ? ['grade', tempFile('a.csv', csv), flag, '/dev/zero'] : ['check', tempFile('a.csv', csv), '--plan', 'mard-2803-2023', flag, '/dev/zero'];
    expectCleanFailure(io, await main(args, io));
    expect(io.err()).toContain('/dev/zero');
  });

  it('a records path that is not a regular file is refused', async () => {
    const io = memoryIo('2025-06-30T03:00:00Z');
    expectCleanFailure(io, await main(['grade', '/dev/zero', '--lang', 'en'], io));
    expect(io.err()).toContain('is not a file');
  });

  it('a file cut short by a limit is an input error, not partial data', async () => {
    const io = memoryIo();
    const long = tempFile('long.csv', `${csv.trimEnd()}\n${'x,'.repeat(600)}\n`);
    expectCleanFailure(io, await main(['grade', long], io));
    expect(io.err()).toContain('too_many_columns');
  });

  it('the bounded reader stops at its limit', () => {
    const path = tempFile('big.csv', 'x'.repeat(100));
    expect(() => readBoundedFile(path, { vi: 'tệp', en: 'file' }, 99)).toThrow(CliError);
    expect(readBoundedFile(path, { vi: 'tệp', en: 'file' }, 100)).toHaveLength(100);
  });

  it('a context that is not an object of numbers is an input error', async () => {
    for (const text of ['[1]', '{"farmHouseholds":"many"}', 'not json']) {
      const io = memoryIo();
      expectCleanFailure(io, await main(['check', tempFile('a.csv', csv), '--plan', 'mard-2803-2023', '--context', tempFile('c.json', text)], io));
    }
  });

  it('writing to a directory is an input error, not a crash', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out.html'));
    const io = memoryIo();
    expectCleanFailure(io, await main(['report', tempFile('a.csv', csv), '--plan', 'mard-2803-2023', '--out', join(dir, 'out.html')], io));
    expect(io.err()).toContain('EISDIR');
    const ics = memoryIo();
    expectCleanFailure(ics, await main(['deadlines', '--from', '2025-01-01', '--ics', dir], ics));
  });

  it('deadlines before the holiday table are listed unrolled and marked provisional, never a crash', async () => {
    // The calendar lists steps outside its holiday rules unrolled and provisional (issue 17) instead of
    // refusing the range; the CLI says so on each such row.
    const io = memoryIo();
    expect(await main(['deadlines', '--from', '2013-06-01', '--to', '2013-08-01'], io)).toBe(0);
    expect(io.out()).toContain('19/06/2013');
    expect(io.out()).toContain('dự kiến');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('--year takes four digits only', async () => {
    for (const year of ['0x7e8', '2024.0', '2e3', ' 2024']) {
      const io = memoryIo();
      expect(await main(['grade', tempFile('a.csv', csv), '--year', year], io)).toBe(2);
    }
  });

  it('a table of 130 000 rows does not overflow the stack', () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => [`HTX-${i}`, String(i)]);
    const text = renderTable([{ header: 'Mã' }, { header: 'Số', align: 'right' }], rows);
    expect(text.split('\n')).toHaveLength(130_002);
  });
});

describe('CLI help and errors follow --lang (default Vietnamese)', () => {
  it('coop --help is in Vietnamese by default and in English with --lang en', async () => {
    const vi = memoryIo();
    expect(await main(['grade', '--help'], vi)).toBe(0);
    expect(vi.out()).toContain('Cách dùng: coop grade');
    expect(vi.out()).toContain('Cột của tệp');
    const en = memoryIo();
    expect(await main(['grade', '--help', '--lang', 'en'], en)).toBe(0);
    expect(en.out()).toContain('Usage: coop grade');
  });
  it('usage errors are written in the chosen language', async () => {
    const vi = memoryIo();
    expect(await main(['grade', 'x.csv', '--rulbook', 'a'], vi)).toBe(2);
    expect(vi.err()).toContain('không có tùy chọn');
    const en = memoryIo();
    expect(await main(['deadlines', '--from', '2026-13-01', '--lang', 'en'], en)).toBe(2);
    expect(en.err()).toContain('--from must be a date');
    const vi2 = memoryIo();
    expect(await main(['deadlines', '--from', '2026-13-01'], vi2)).toBe(2);
    expect(vi2.err()).toContain('--from phải là ngày');
  });
});
