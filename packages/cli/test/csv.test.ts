import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCsvReader, parseCsvText, readCsv } from '../src/csv.js';

const fieldsOf = (text: string, opts = {}) => parseCsvText(text, opts).map((r) => r.fields);

describe('CSV reader (RFC 4180)', () => {
  it('reads quoted fields with doubled quotes, delimiters and line breaks inside', () => {
    const rows = parseCsvText('a,b,c\r\n"x, y","he said ""hi""","two\r\nlines"\r\n3,4,5\r\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'he said "hi"', 'two\r\nlines'],
      ['3', '4', '5'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('strips a UTF-8 BOM and accepts LF, CRLF and CR endings', () => {
    expect(fieldsOf('\uFEFFMã HTX,Năm\n1,2\r\n3,4\r5,6')).toEqual([['Mã HTX', 'Năm'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('detects a semicolon or tab delimiter from the first line', () => {
    expect(fieldsOf('Mã HTX;Doanh thu\nA;5.000.000,5\n')).toEqual([['Mã HTX', 'Doanh thu'], ['A', '5.000.000,5']]);
    expect(fieldsOf('a\tb\n1\t2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fieldsOf('"a;b",c\n')).toEqual([['a;b', 'c']]);
  });

  it('keeps empty fields and skips empty rows', () => {
    expect(fieldsOf('a,,c\n\n,,\n1,2,3\n')).toEqual([['a', '', 'c'], ['1', '2', '3']]);
  });

  it('reports a stray quote and an unterminated quote with line and column', () => {
    const rows = parseCsvText('a,b\n1,x"y\n2,"open\nstill open');
    expect(rows[1]?.issues).toEqual([{ code: 'stray_quote', line: 2, column: 2 }]);
    expect(rows[2]?.issues).toEqual([{ code: 'unterminated_quote', line: 3, column: 2 }]);
    expect(rows[2]?.fields).toEqual(['2', 'open\nstill open']);
  });

  it('gives the same rows whatever the chunking (CRLF and quotes split across chunks)', () => {
    const text = '\uFEFFa,b\r\n"q""x","m\r\nn"\r\n1,2\r\n';
    const whole = parseCsvText(text);
    for (let size = 1; size <= 5; size += 1) {
      const reader = createCsvReader();
      const rows = [];
      for (let i = 0; i < text.length; i += size) rows.push(...reader.push(text.slice(i, i + size)));
      rows.push(...reader.end());
      expect(rows).toEqual(whole);
    }
  });

  it('round-trips any table written with RFC 4180 quoting, in any chunking (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ă', ',', '"', '\n', '\r\n', ' ', '1', ';') , maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 7 }), (table, size) => {
        const rows = [['h1', 'h2'], ...table.filter((r) => r.some((c) => c !== ''))];
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
        const reader = createCsvReader({ delimiter: ',' });
        const out = [];
        for (let i = 0; i < text.length; i += size) out.push(...reader.push(text.slice(i, i + size)));
        out.push(...reader.end());
        expect(out.map((r) => r.fields)).toEqual(rows);
      }),
    );
  });

  it('streams bytes and decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('Tên,Năm\nHTX Tân Cương,2024\n');
    const chunks = Array.from(bytes, (b) => new Uint8Array([b]));
    const rows = [];
    for await (const row of readCsv((async function* () { yield* chunks; })())) rows.push(row.fields);
    expect(rows).toEqual([['Tên', 'Năm'], ['HTX Tân Cương', '2024']]);
  });
});
