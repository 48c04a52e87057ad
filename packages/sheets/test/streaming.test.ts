import { isCoopError } from '@coop/model';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createRecordReader, readDelimited, readRecordFiles, readXlsx, type CellValue } from '../src/index.js';
import { fixture } from './helpers.js';

const parts = (sheetXml: string, strings: readonly string[]) => ({
  'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="Năm 2024" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
  // The sheet before the shared strings, as Excel orders the parts.
  'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><x:worksheet xmlns:x="main"><x:sheetData>${sheetXml}</x:sheetData>`),
  'xl/sharedStrings.xml': strToU8(`<sst>${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`),
});

/**
 * A workbook of `n` rows stored without compression, so that the pieces the reader is handed cut text,
 * multi-byte letters and tags at arbitrary places: column A a shared string, B merged with A, C one value
 * merged down over every data row, D an inline string with Vietnamese letters.
 */
const bigWorkbook = (n: number, level: 0 | 6 = 0): { bytes: Uint8Array; strings: string[] } => {
  const strings = Array.from({ length: n }, (_, i) => `Hợp tác xã Đồng Hỷ số ${i} — “ổn định”`);
  let xml = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tên</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Tỉnh</x:t></x:is></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>Ghi chú</x:t></x:is></x:c></x:row>';
  xml += '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>Thái Nguyên</x:t></x:is></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>Ấp 0 ữ</x:t></x:is></x:c></x:row>';
  for (let r = 3; r <= n + 1; r += 1) {
    xml += `<x:row r="${r}"><x:c r="A${r}" t="s"><x:v>${r - 2}</x:v></x:c><x:c r="D${r}" t="inlineStr"><x:is><x:t>Ấp ${r - 2} ữ</x:t></x:is></x:c></x:row>`;
  }
  const merges = Array.from({ length: n }, (_, i) => `<x:mergeCell ref="A${i + 2}:B${i + 2}"/>`).join('');
  const sheet = parts(xml, strings);
  sheet['xl/worksheets/sheet1.xml'] = strToU8(
    `<?xml version="1.0"?><x:worksheet xmlns:x="main"><x:sheetData>${xml}</x:sheetData><x:mergeCells count="${n + 1}">${merges}<x:mergeCell ref="C2:C${n + 1}"/></x:mergeCells></x:worksheet>`,
  );
  return { bytes: zipSync(sheet, { level }), strings };
};

describe('workbooks read as a stream', () => {
  it('gives the same rows to onRow as in the table, across pieces that cut letters, tags and merged ranges', () => {
    const n = 3000;
    for (const level of [0, 6] as const) {
      const { bytes, strings } = bigWorkbook(n, level);
      if (level === 0) expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);
      const table = readXlsx(bytes);
      const streamed: Array<[number, CellValue[], string]> = [];
      const read = readXlsx(bytes, { onRow: (row, rowNumber, sheet) => streamed.push([rowNumber, row, sheet]) });
      expect(table.issues).toEqual([]);
      expect(read.issues).toEqual([]);
      expect(read.table?.rows).toEqual([]);
      expect(read.table?.sheet).toBe('Năm 2024');
      expect(streamed.map(([r]) => r)).toEqual(Array.from({ length: n + 1 }, (_, i) => i + 1));
      expect(streamed.map(([, row]) => row)).toEqual(table.table?.rows);
      expect(streamed[0]?.[2]).toBe('Năm 2024');
      for (let i = 0; i < n; i += 1) {
        // Every merged range was found, wherever its tag fell, and every letter decoded whole.
        expect(table.table?.rows[i + 1]).toEqual([strings[i], strings[i], 'Thái Nguyên', `Ấp ${i} ữ`]);
      }
    }
  });
  it('stops at a part that inflates past the limit even when its header says it is small', () => {
    const sheet = parts(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(2_000_000)}</t></is></c></row>`, []);
    const bytes = zipSync(sheet, { level: 6 });
    // Make the sheet's local header claim 10 bytes unpacked (the central directory is left as it was).
    const name = strToU8('xl/worksheets/sheet1.xml');
    let at = -1;
    for (let i = 0; i < bytes.length - 30 && at < 0; i += 1) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4 && name.every((b, k) => bytes[i + 30 + k] === b)) at = i;
    }
    expect(at).toBeGreaterThanOrEqual(0);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(at + 22, 10, true);
    const read = readXlsx(bytes, { limits: { maxUnpackedBytes: 1_000_000 } });
    expect(read.table).toBeUndefined();
    expect(read.issues.map((i) => i.code)).toEqual(['too_large']);
  });
  it('streams workbook rows into records, keeping those read before a limit stops the sheet', async () => {
    let xml = '<row r="1">' + ['Mã HTX', 'Năm', 'Loại hình', 'Lĩnh vực', 'Mã địa bàn'].map((h, c) => `<c r="${'ABCDE'[c]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('') + '</row>';
    for (let r = 2; r <= 11; r += 1) {
      xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>HTX-${r}</t></is></c><c r="B${r}"><v>2024</v></c><c r="C${r}" t="s"><v>0</v></c><c r="D${r}" t="s"><v>1</v></c><c r="E${r}" t="s"><v>2</v></c></row>`;
    }
    const bytes = zipSync(parts(xml, ['HTX', 'Trồng trọt', '19']));
    const all = await readRecordFiles([{ name: 'a.xlsx', bytes }]);
    expect(all.ok && all.value.records.length).toBe(10);
    expect(all.ok && all.value.records[0]).toEqual({ organisationId: 'HTX-2', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19' });
    const seen: string[] = [];
    const capped = await readRecordFiles([{ name: 'a.xlsx', bytes }], { limits: { maxRows: 6 }, onRecord: (r) => seen.push(r.organisationId) });
    expect(seen).toEqual(['HTX-2', 'HTX-3', 'HTX-4', 'HTX-5', 'HTX-6']);
    expect(capped.issues.map((i) => [i.code, i.sheet, i.row])).toEqual([['too_many_rows', 'Năm 2024', 7]]);
  });
});

/** A file handed over in pieces of `size` bytes. */
const inPieces = (name: string, bytes: Uint8Array, size: number) => ({
  name,
  chunks: function* () {
    for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
  },
});

const summary = (result: Awaited<ReturnType<typeof readRecordFiles>>) =>
  result.ok
    ? { records: result.value.records, rejected: result.value.rejected.map((r) => [r.row, r.cells, r.reasons.map((i) => i.code)]), issues: result.issues.map((i) => [i.code, i.row, i.column]) }
    : { issues: result.issues.map((i) => i.code) };

describe('text files read in pieces', () => {
  it('gives the same records and rejected rows whatever the pieces cut: letters, tone marks, CRLF, quoted line breaks', async () => {
    for (const name of ['vn-2019.cp1258.csv', 'vn-2019.utf16le.csv', 'vn-2019.utf16be.csv']) {
      const file = fixture(name);
      const whole = summary(await readRecordFiles([file]));
      expect(whole.records?.length).toBe(8);
      for (const size of [1, 2, 3, 7, 64, 4096]) {
        expect(summary(await readRecordFiles([inPieces(name, file.bytes, size)]))).toEqual(whole);
      }
    }
    const csv = new TextEncoder().encode(
      '\uFEFFMã HTX;Năm;Loại hình;Lĩnh vực;Mã địa bàn;Tên HTX\r\nA-1;2024;HTX;Trồng trọt;19;"Dòng 1\r\ndòng ""2"""\r\nA-2;2024;HTX;Chăn nuôi;19;Ấp\r\nA-3;2024;HTX;Du lịch;19;x',
    );
    const whole = summary(await readRecordFiles([{ name: 'a.csv', bytes: csv }]));
    expect(whole.records?.map((r) => r.name)).toEqual(['Dòng 1\r\ndòng "2"', 'Ấp']);
    expect(whole.rejected).toEqual([[4, ['A-3', '2024', 'HTX', 'Du lịch', '19', 'x'], ['invalid_enum']]]);
    for (const size of [1, 2, 5, 13]) expect(summary(await readRecordFiles([inPieces('a.csv', csv, size)]))).toEqual(whole);
  });
  it('reads a file that is not UTF-8 as Windows-1258 and says so, from pieces too', async () => {
    const file = fixture('vn-2019.cp1258.csv');
    const result = await readRecordFiles([inPieces(file.name, file.bytes, 5)]);
    expect(result.issues.find((i) => i.code === 'encoding_uncertain')?.severity).toBe('warning');
  });
  it('stops a stream past maxBytes, and an unclosed quote does not make reading quadratic', async () => {
    const big = new TextEncoder().encode(`Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn\n${'A,2024,HTX,Tín dụng,HN\n'.repeat(2000)}`);
    const capped = await readRecordFiles([inPieces('a.csv', big, 1000)], { limits: { maxBytes: 10_000 } });
    expect(capped.issues.map((i) => i.code)).toContain('too_large');
    const unclosed = new TextEncoder().encode(`Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn\n"${'x'.repeat(3_000_000)}\n`);
    const started = performance.now();
    const read = await readRecordFiles([inPieces('q.csv', unclosed, 1024)]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(read.issues.map((i) => i.code)).toEqual(['cell_too_long']);
  });
  it('keeps at most maxRejected rejected rows and counts the others', async () => {
    const text = `Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn\n${Array.from({ length: 30 }, (_, i) => `B-${i},2024,HTX,Du lịch,HN\n`).join('')}A,2024,HTX,Tín dụng,HN\n`;
    const result = await readRecordFiles([{ name: 'a.csv', bytes: new TextEncoder().encode(text) }], { maxRejected: 10 });
    expect(result.ok && [result.value.rows, result.value.records.length, result.value.rejected.length, result.value.moreRejected]).toEqual([31, 1, 10, 20]);
    const all = await readRecordFiles([{ name: 'a.csv', bytes: new TextEncoder().encode(text) }]);
    expect(all.ok && [all.value.rejected.length, all.value.moreRejected]).toEqual([30, undefined]);
  });
});

describe('what callers get wrong', () => {
  it('answers pieces that are not bytes, a catalog that is not one, or an onRow that is not a function with issues or a typed error, never a raw one', async () => {
    const odd: unknown[] = [null, 42, 'x', {}, [1, 'x', null], { name: 'a.csv', chunks: () => 42 }, { name: 'a.csv', chunks: () => [1, 'x', null] }, { name: 'a.xlsx', chunks: () => [new Uint8Array([1, 2])] }, { name: 3, bytes: 4 }];
    /** 'issues' when the call answers with an issues list, else the CoopError's code (a raw error fails the test). */
    const outcome = async (call: () => unknown): Promise<string> => {
      try {
        const result = (await call()) as { issues?: unknown };
        expect(Array.isArray(result.issues)).toBe(true);
        return 'issues';
      } catch (error) {
        expect(isCoopError(error)).toBe(true);
        return (error as { code: string }).code;
      }
    };
    for (const value of odd) {
      await outcome(() => readRecordFiles([value] as never));
      await outcome(() => readXlsx(value as never));
      // A callback that is not a function is the caller's mistake: a typed error, before any work.
      expect(await outcome(() => readXlsx(new Uint8Array([0x50, 0x4b]), { onRow: value } as never))).toBe('INVALID_ARGUMENT');
      expect(await outcome(() => readDelimited('a\nb', { onRow: value } as never))).toBe('INVALID_ARGUMENT');
      expect(await outcome(() => createRecordReader({ areas: value, maxRejected: value } as never))).toBe('INVALID_ARGUMENT');
    }
    // Well-formed files among odd pieces: the odd ones are reported, the rest still read.
    const mixed = await readRecordFiles([{ name: 'a.csv', chunks: () => [1, 'x', null] }, { name: 'b.csv', bytes: new TextEncoder().encode('Mã HTX,Năm\nA,2024\n') }] as never);
    expect(mixed.issues.length).toBeGreaterThan(0);
  });
});

describe('workbooks zipped by streaming writers', () => {
  it('reads parts whose sizes come after their data (data descriptors), merged cells included', () => {
    // fixtures/streamed.xlsx, made by fixtures/make-streamed.py (Python's zipfile on a non-seekable output).
    const file = fixture('streamed.xlsx');
    expect(file.bytes[6]! & 8).toBe(8);
    const rows: CellValue[][] = [];
    const read = readXlsx(file.bytes, { onRow: (row) => rows.push(row) });
    expect(read.issues).toEqual([]);
    expect(rows).toHaveLength(5000);
    expect(rows[0]).toEqual(['Hợp tác xã số 1', 1, 1]);
    expect(rows[4999]).toEqual(['Hợp tác xã số 5000', 5000]);
  });
});
