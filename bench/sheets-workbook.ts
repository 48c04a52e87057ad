/**
 * A deterministic `.xlsx` workbook as an official's Excel saves it, for the spreadsheet benchmarks: one
 * sheet, a header row, text in the shared-strings part (one entry per distinct text, as Excel writes it),
 * numbers and date serials as numeric cells, a two-column merged title over nothing. Written with Node's
 * own zlib (deflate and CRC-32) into a plain zip, so the benchmark does not depend on the reader it measures.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { prng } from './lib.js';

/** The header row: official Vietnamese headers, money in millions of đồng. */
export const WORKBOOK_HEADERS = [
  'Mã HTX',
  'Tên HTX',
  'Năm',
  'Loại hình',
  'Lĩnh vực',
  'Mã địa bàn',
  'Ngày thành lập',
  'Thành viên chính thức',
  'Thành viên liên kết',
  'Doanh thu (triệu đồng)',
  'Lợi nhuận trước thuế (triệu đồng)',
  'Tổng nguồn vốn (triệu đồng)',
  'Số tháng hoạt động',
  'Ứng dụng công nghệ cao',
] as const;

const KINDS = ['HTX', 'Hợp tác xã', 'Liên hiệp HTX', 'Tổ hợp tác'];
const SECTORS = ['Trồng trọt', 'Chăn nuôi', 'Nông nghiệp - trồng trọt', 'Thủy sản', 'Tín dụng', 'Thương mại, dịch vụ', 'Xây dựng', 'Nước sạch'];
const AREAS = ['01', '19', '167', '48', '79', '25', '30', '92'];
const FLAGS = ['Có', 'Không', 'x', ''];

const ns = 'http://schemas.openxmlformats.org';
const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (n: number): string => {
  let out = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
};

/** A zip archive of the given parts (deflated), deterministic (fixed timestamps). */
export const zip = (parts: ReadonlyArray<readonly [string, Buffer]>): Buffer => {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 6 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5021, 12); // 2020-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(0x5021, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const size = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
};

/**
 * The workbook: `rows` data rows of co-operatives of `year` (every row valid for the default mapping),
 * the sheet part ordered before the shared strings as Excel orders them.
 *
 * @param rows - data rows (the header row comes on top)
 * @param seed - PRNG seed
 * @returns the `.xlsx` bytes
 */
export const makeWorkbook = (rows: number, seed = 18, year = 2024): Buffer => {
  const random = prng(seed);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string): number => {
    let i = stringIndex.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      stringIndex.set(text, i);
    }
    return i;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sheet: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><dimension ref="A1:${column(WORKBOOK_HEADERS.length)}${rows + 1}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>`,
  ];
  const cells = (r: number, values: ReadonlyArray<string | number>): string =>
    `<row r="${r}" spans="1:${values.length}">${values
      .map((v, c) =>
        v === '' ? '' : typeof v === 'number' ? `<c r="${column(c + 1)}${r}"${c === 6 ? ' s="1"' : ''}><v>${v}</v></c>` : `<c r="${column(c + 1)}${r}" t="s"><v>${shared(v)}</v></c>`,
      )
      .join('')}</row>`;
  sheet.push(cells(1, WORKBOOK_HEADERS));
  for (let i = 0; i < rows; i += 1) {
    const revenue = Math.round(random() * 500_000) / 10; // triệu đồng, one decimal
    sheet.push(
      cells(i + 2, [
        `HTX-${String(i + 1).padStart(6, '0')}`,
        `Hợp tác xã ${pick(['Nông nghiệp', 'Dịch vụ', 'Thương mại', 'Môi trường'])} số ${i + 1}`,
        year,
        pick(KINDS),
        pick(SECTORS),
        pick(AREAS),
        36_526 + Math.floor(random() * 8_000), // 2000-01-01 … 2021
        7 + Math.floor(random() * 200),
        Math.floor(random() * 50),
        revenue,
        Math.round((random() - 0.2) * revenue * 2) / 10,
        Math.round(random() * 1_000_000) / 10,
        12,
        pick(FLAGS),
      ]),
    );
  }
  sheet.push('</sheetData><mergeCells count="1"><mergeCell ref="P1:Q1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${ns}/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((s) => `<si><t>${xmlText(s)}</t></si>`)
    .join('')}</sst>`;
  const text = (s: string) => Buffer.from(s, 'utf8');
  return zip([
    ['[Content_Types].xml', text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)],
    ['_rels/.rels', text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
    ['xl/workbook.xml', text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Năm ${year}" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
    ['xl/_rels/workbook.xml.rels', text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)],
    ['xl/worksheets/sheet1.xml', text(sheet.join(''))],
    ['xl/sharedStrings.xml', text(sst)],
  ]);
};
