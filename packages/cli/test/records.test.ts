import { describe, expect, it } from 'vitest';
import { mapHeaders, readRecordFiles } from '@coop/sheets';
import { formatRowIssue, toLoadedRecords } from '../src/records.js';

/** The CLI reads through @coop/sheets: the same reader as the portal and services. */
const load = async (csv: string) => toLoadedRecords(await readRecordFiles([{ name: 'a.csv', bytes: new TextEncoder().encode(csv) }]));
const recordsFromJson = async (value: unknown) =>
  toLoadedRecords(await readRecordFiles([{ name: 'a.json', bytes: new TextEncoder().encode(JSON.stringify(value)) }]));

describe('header map', () => {
  it('maps Vietnamese, English, unaccented and path headers', () => {
    const m = mapHeaders(['Mã HTX', 'year', 'LOẠI HÌNH', 'Linh vuc', 'Area code', 'Doanh thu', 'flags.highTech', 'Điểm 1a', 'Ghi chú']);
    expect(m.fields).toEqual(['organisationId', 'year', 'kind', 'sector', 'areaCode', 'revenue', 'flags.highTech', 'sheet.points.1a', undefined]);
    expect(m.unknown).toEqual([{ column: 9, header: 'Ghi chú' }]);
    expect(m.missing).toEqual([]);
  });
  it('lists missing required columns and duplicates', () => {
    const m = mapHeaders(['Mã HTX', 'Năm', 'Year']);
    expect(m.missing).toEqual(['kind', 'sector', 'areaCode']);
    expect(m.duplicates).toEqual([{ column: 3, header: 'Year', field: 'year' }]);
  });
});

describe('records from CSV', () => {
  const header = 'Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn,Doanh thu,Ứng dụng công nghệ cao,Xếp loại\n';
  it('reads Vietnamese numbers, yes/no and enum labels; keeps good rows when some are bad', async () => {
    const loaded = await load(
      header +
        'A,2024,Hợp tác xã,Nông nghiệp – trồng trọt,D1,"5.000.000.000",có,Khá\n' +
        'B,2024,HTX,agriculture-crop,D1,1.5,không,\n' + // ambiguous number
        'C,2024,HTX,agriculture-crop,D1,"6.200.000,5",x,Tốt\n' + // VND is integral
        'D,2024,THT,agriculture-crop,D1,,,\n' +
        'A,2024,HTX,agriculture-crop,D1,1,,\n', // duplicate of line 2
    );
    expect(loaded.records.map((r) => r.organisationId)).toEqual(['A', 'D']);
    expect(loaded.records[0]).toMatchObject({ kind: 'cooperative', sector: 'agriculture-crop', revenue: 5_000_000_000, flags: { highTech: true }, grade: 'fair' });
    expect(loaded.records[1]).toMatchObject({ kind: 'cooperative-group' });
    expect(loaded.records[1]?.revenue).toBeUndefined(); // empty = no data, not zero
    expect(loaded.rows).toBe(5);
    expect(loaded.rejected).toBe(3);
    const where = loaded.issues.map((i) => [i.line, i.column, i.code]);
    expect(where).toContainEqual([3, 6, 'ambiguous_number']);
    expect(where.some(([line, column]) => line === 4 && column === 6)).toBe(true);
    expect(where).toContainEqual([6, 1, 'duplicate']); // the duplicate is rejected where it appears again
  });
  it('locates a bad cell by its line and column, in both languages', async () => {
    const loaded = await load(header + 'A,2024,HTX,agriculture-crop,D1,"5.000",có,Khá\nB,2024,HTX,agri"culture,D1,,,\n');
    expect(loaded.issues[0]).toMatchObject({ line: 3, column: 4, code: 'invalid_enum', header: 'Lĩnh vực' });
    expect(formatRowIssue(loaded.issues[0]!, 'en')).toMatch(/^line 3, column 4 \(Lĩnh vực\): /);
    expect(formatRowIssue(loaded.issues[0]!, 'vi')).toMatch(/^dòng 3, cột 4 \(Lĩnh vực\): /);
  });
  it('numbers rows as a spreadsheet shows them (a quoted cell over two lines is one row)', async () => {
    const loaded = await load('Mã HTX,Tên HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn\nA,"two\nlines",2024,HTX,finance,D1\nB,x,20x4,HTX,finance,D1\n');
    expect(loaded.records[0]?.name).toBe('two\nlines');
    expect(loaded.issues[0]).toMatchObject({ line: 3, column: 3, field: 'year' });
  });
  it('fails the whole file when required columns are missing', async () => {
    const loaded = await load('Mã HTX,Năm\nA,2024\n');
    expect(loaded.fatal?.code).toBe('missing_column');
    expect(loaded.fatal?.message.en).toContain('Kind');
    expect((await load('')).fatal?.code).toBe('empty_file');
  });
});

describe('records from JSON', () => {
  it('keeps the valid records and locates the bad ones by position (row 2 is the first record)', async () => {
    const base = { organisationId: 'A', kind: 'cooperative', sector: 'finance', areaCode: 'HN' };
    const loaded = await recordsFromJson({ records: [{ ...base, year: 2024 }, { ...base, year: 2024 }, { ...base, organisationId: 'B', year: 2024, revenue: -5 }] });
    expect(loaded.records).toHaveLength(1);
    expect(loaded.issues.map((i) => [i.line, i.code])).toEqual([
      [3, 'duplicate'],
      [4, 'too_small'],
    ]);
    expect((await recordsFromJson({ nope: 1 })).fatal?.code).toBe('invalid_json');
  });
});

describe('rejected rows counted beyond the reader’s cap', () => {
  it('counts every rejected row even when only the first are kept (streaming without --rejected)', async () => {
    const csv = `Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn\n${Array.from({ length: 12 }, (_, i) => `B-${i},2024,HTX,Du lịch,HN\n`).join('')}A,2024,HTX,Tín dụng,HN\n`;
    const loaded = toLoadedRecords(await readRecordFiles([{ name: 'a.csv', bytes: new TextEncoder().encode(csv) }], { maxRejected: 5 }));
    expect([loaded.rows, loaded.valid, loaded.rejected, loaded.rejectedRows?.length]).toEqual([13, 1, 12, 5]);
  });
});
