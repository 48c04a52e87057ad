import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  createRecordReader,
  decodeText,
  mapHeaders,
  readDelimited,
  readRecordFiles,
  readSheetFile,
  readXlsx,
  rejectedRowsToCsv,
  rejectedRowsToXlsx,
  resolveMapping,
} from '../src/index.js';
import { fixture, textFile } from './helpers.js';

const HEAD = 'Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn';

/** A minimal workbook with the given sheet XML (and shared strings). */
const workbook = (sheetXml: string, strings: readonly string[] = [], sheetName = 'Dữ liệu'): Uint8Array =>
  zipSync({
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(`<sst>${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheetXml}</sheetData>${''}</worksheet>`),
  });

describe('encodings', () => {
  it('detects byte-order marks, UTF-16 without one, UTF-8 and falls back to Windows-1258 (uncertain)', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61])).encoding).toBe('utf-16be');
    expect(decodeText(new Uint8Array([0x61, 0x00, 0x62, 0x00])).encoding).toBe('utf-16le');
    expect(decodeText(new TextEncoder().encode('Mã'))).toEqual({ text: 'Mã', encoding: 'utf-8', certain: true });
    // "Mã" in Windows-1258: M, a, combining tilde (0xDE) → composed to NFC
    expect(decodeText(new Uint8Array([0x4d, 0x61, 0xde]))).toEqual({ text: 'Mã', encoding: 'windows-1258', certain: false });
  });
});

describe('delimited text', () => {
  it('guesses ; and tab, keeps quoted line breaks and doubled quotes', () => {
    expect(readDelimited('a;b\n1;2\n').delimiter).toBe(';');
    expect(readDelimited('a\tb\n1\t2\n').table.rows[1]).toEqual(['1', '2']);
    expect(readDelimited('a,b\r\n"x\r\ny","say ""hi"""\r\n').table.rows[1]).toEqual(['x\r\ny', 'say "hi"']);
  });
  it('stops at the row, column and cell limits with an issue', () => {
    expect(readDelimited('a\nb\nc\n', { limits: { maxRows: 2 } }).issues[0]?.code).toBe('too_many_rows');
    expect(readDelimited('a,b,c\n', { limits: { maxColumns: 2 } }).issues[0]?.code).toBe('too_many_columns');
    expect(readDelimited('abc\n', { limits: { maxCellLength: 2 } }).issues[0]).toMatchObject({ code: 'cell_too_long', row: 1, column: 'A' });
  });
});

describe('workbooks', () => {
  it('reads shared, inline, boolean and number cells; takes cached formula values; fills merged header cells', () => {
    const xml =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Quỹ &amp; vốn</t></is></c></row>' +
      '<row r="3"><c r="A3"><v>43539</v></c><c r="B3" t="b"><v>1</v></c><c r="C3"><f>SUM(A1:A2)</f><v>12.5</v></c></row>' +
      '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>';
    const read = readXlsx(workbook(xml, ['Doanh thu']).slice(), {});
    expect(read.sheets).toEqual(['Dữ liệu']);
    expect(read.table?.rows).toEqual([['Doanh thu', 'Doanh thu', 'Quỹ & vốn'], [], [43539, true, 12.5]]);
  });
  it('picks a named sheet and says when it is missing', () => {
    expect(readXlsx(workbook('<row r="1"><c r="A1"><v>1</v></c></row>'), { sheet: 'dữ liệu' }).table?.sheet).toBe('Dữ liệu');
    expect(readXlsx(workbook(''), { sheet: 'Khác' }).issues[0]?.code).toBe('sheet_not_found');
  });
  it('bounds rows, columns, cells and unpacked size', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    expect(readXlsx(workbook(rows), { limits: { maxRows: 3 } }).issues[0]?.code).toBe('too_many_rows');
    expect(readXlsx(workbook('<row r="1"><c r="Z1"><v>1</v></c></row>'), { limits: { maxColumns: 3 } }).issues[0]?.code).toBe('too_many_columns');
    expect(readXlsx(workbook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ['x'.repeat(50)]), { limits: { maxCellLength: 10 } }).issues[0]?.code).toBe('cell_too_long');
    // A zip bomb: a small file whose sheet unpacks to far more than the limit.
    const bomb = zipSync({ 'xl/workbook.xml': strToU8(' '.repeat(2_000_000)) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(readXlsx(bomb, { limits: { maxUnpackedBytes: 1_000_000 } }).issues[0]?.code).toBe('too_large');
  });
  it('reports what is not a workbook', () => {
    expect(readXlsx(new Uint8Array([1, 2, 3])).issues[0]?.code).toBe('invalid_xlsx');
    expect(readXlsx(zipSync({ 'a.txt': strToU8('x') })).issues[0]?.code).toBe('invalid_xlsx');
  });
  it('never throws and never hangs on arbitrary bytes or arbitrary sheet XML (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const read = readXlsx(bytes, { limits: { maxRows: 100 } });
        expect(Array.isArray(read.issues)).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), (xml, strings) => {
        const read = readXlsx(workbook(xml, strings), { limits: { maxRows: 50, maxColumns: 50, maxCellLength: 100 } });
        for (const row of read.table?.rows ?? []) expect(row.length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on arbitrary CSV text (fuzz), and keeps every cell within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const read = readDelimited(text, { limits: { maxRows: 20, maxColumns: 10, maxCellLength: 50 } });
        expect(read.table.rows.length).toBeLessThanOrEqual(20);
        for (const row of read.table.rows) for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mapping', () => {
  it('reads units from headers and refuses an unknown unit rather than misread money', () => {
    const map = mapHeaders(['Doanh thu (tỷ đồng)', 'Tổng nguồn vốn (USD)', 'Diện tích đất (ha)']);
    expect(map.fields).toEqual([undefined, undefined, 'farmLand.areaHa']);
    const withUnits = mapHeaders(['Doanh thu (tỷ đồng)', 'Tổng nguồn vốn (USD)'], { units: { 'tỷ đồng': 9 } });
    expect(withUnits.fields).toEqual(['revenue', undefined]);
    expect(withUnits.scales).toEqual([9, undefined]);
    expect(withUnits.unknownUnits).toEqual([{ column: 2, header: 'Tổng nguồn vốn (USD)', unit: 'USD' }]);
  });
  it('takes the user’s columns, values, areas and year', async () => {
    const mapping = resolveMapping({ columns: { organisationId: ['Số hiệu'] }, areas: { 'Đồng Hỷ': 'TN-DH' }, year: 2021, values: { kind: { 'HTX kiểu mới': 'cooperative' } } });
    expect(mapping.ok).toBe(true);
    if (!mapping.ok) return;
    const result = await readRecordFiles([textFile('a.csv', 'Số hiệu,Loại hình,Lĩnh vực,Huyện\nX,HTX kiểu mới,Tín dụng,Huyện Đồng Hỷ\n')], { mapping: mapping.value });
    expect(result.ok && result.value.records).toEqual([{ organisationId: 'X', year: 2021, kind: 'cooperative', sector: 'finance', areaCode: 'TN-DH' }]);
  });
  it('says where a mapping is wrong', () => {
    const bad = resolveMapping({ values: { sector: { 'Vận tải': 'transport' } } });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path.join('.'))).toEqual(['values.sector.Vận tải']);
  });
});

describe('files', () => {
  it('reports what cannot be read and goes on with the other files', async () => {
    const result = await readRecordFiles([
      { name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf]) },
      textFile('bad.json', '{'),
      textFile('ok.csv', `${HEAD}\nA,2024,HTX,Tín dụng,HN\n`),
      textFile('cols.csv', 'Mã HTX\nB\n'),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.records.map((r) => r.organisationId)).toEqual(['A']);
    expect(result.issues.map((i) => [i.file, i.code])).toEqual([
      ['old.xls', 'unsupported_format'],
      ['bad.json', 'invalid_json'],
      ['cols.csv', 'missing_column'],
    ]);
    expect(result.issues[0]?.message.vi).toContain('.xlsx');
    expect((await readRecordFiles([textFile('x.pdf', '')])).ok).toBe(false);
  });
  it('reads JSON records in field form like a table', async () => {
    const json = JSON.stringify([{ organisationId: 'A', year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'HN', funds: { reserve: 5 } }]);
    const result = await readRecordFiles([textFile('a.json', json)]);
    expect(result.ok && result.value.records[0]?.funds).toEqual({ reserve: 5 });
  });
  it('a file over the byte limit is refused before it is read', async () => {
    const content = await readSheetFile(textFile('a.csv', 'x'.repeat(100)), { limits: { maxBytes: 10 } });
    expect(content.issues[0]?.code).toBe('too_large');
  });
  it('streams accepted records to a callback', async () => {
    const seen: string[] = [];
    const result = await readRecordFiles([textFile('a.csv', `${HEAD}\nA,2024,HTX,Tín dụng,HN\nB,2024,HTX,Tín dụng,HN\n`)], { onRecord: (r) => seen.push(r.organisationId) });
    expect(seen).toEqual(['A', 'B']);
    expect(result.ok && result.value.records).toEqual([]);
  });
});

describe('rejected rows out and back in', () => {
  it('round-trips through .xlsx and .csv: the fixed file loads as is', async () => {
    const first = await readRecordFiles([fixture('source/vn-2019.csv')]);
    if (!first.ok) throw new Error('unreadable');
    const rejected = first.value.rejected;
    expect(rejected).toHaveLength(7);
    for (const bytes of [rejectedRowsToXlsx(rejected), new TextEncoder().encode(rejectedRowsToCsv(rejected))]) {
      const name = bytes[0] === 0x50 ? 'loai.xlsx' : 'loai.csv';
      const again = await readRecordFiles([{ name, bytes }]);
      if (!again.ok) throw new Error('unreadable');
      // The three columns added for the official are skipped silently; the same rows are rejected for the same reasons,
      // except the duplicate, which is alone in the new file.
      expect(again.issues.filter((i) => i.severity === 'warning').map((i) => i.header)).toEqual(['STT']);
      expect(again.value.rejected.map((r) => r.reasons[0]?.code)).toEqual(['invalid_date', 'invalid_enum', 'ambiguous_number', 'missing', 'too_small', 'invalid_enum']);
      expect(again.value.records.map((r) => r.organisationId)).toEqual(['HTX-001']);
    }
  });
  it('writes the reason with the column letter and header, in the chosen language', () => {
    const reader = createRecordReader();
    reader.add({ file: 'a.csv', rows: [HEAD.split(','), ['A', '20x4', 'HTX', 'Tín dụng', 'HN']] });
    const { value } = reader.finish();
    const csv = rejectedRowsToCsv(value.rejected, { lang: 'en' });
    expect(csv).toContain('a.csv,2,"B (Năm): Wrong type');
    const injected = rejectedRowsToCsv([{ file: 'a', row: 2, headers: ['x', 'y', 'z'], cells: ['=cmd|calc', '-3', '+1,5'], reasons: [] }]);
    expect(injected).toContain(`"'=cmd|calc",-3,"+1,5"`);
  });
});
