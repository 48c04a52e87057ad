/**
 * Rejected rows out, to be fixed and uploaded again: a table with the file's own columns, then the file,
 * the row and the reasons. Read back, those three columns are skipped, so the fixed file loads as is.
 */
import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import { EXPORT_HEADERS } from './headers.js';
import { columnLetter } from './issues.js';
import { LIMITS, LabelSchema, assertData } from '@coop/model';
import { z } from 'zod';
import { choiceOf, optionsOf } from './internal/guard.js';
import type { RejectedRow } from './records.js';

/**
 * Options of the rejected-row exports.
 *
 * @example
 * ```ts
 * import { rejectedRowsToCsv, type RejectedExportOptions } from '@coop/sheets';
 * const options: RejectedExportOptions = { lang: 'both' };
 * rejectedRowsToCsv([], options).includes('Lý do / Reason'); // true
 * ```
 */
export interface RejectedExportOptions {
  /** Language of the reasons: `vi` (default), `en`, or `both`. */
  readonly lang?: 'vi' | 'en' | 'both';
}

/** What the export reads of a rejected row (the reasons' other fields are carried but not read). */
const REJECTED_ROWS = z
  .array(
    z.looseObject({
      file: z.string(),
      sheet: z.string().optional(),
      row: z.number(),
      headers: z.array(z.string()).max(100_000),
      cells: z.array(z.string()).max(100_000),
      reasons: z.array(z.looseObject({ column: z.string().optional(), header: z.string().optional(), message: LabelSchema })).max(100_000),
    }),
  )
  .max(LIMITS.listLength);

/**
 * The rejected rows as a table: the union of the files' headers, then `Tệp / File`, `Dòng / Row`,
 * `Lý do / Reason` (each reason with its column letter and header).
 *
 * @param rows - the rejected rows
 * @param options - language of the reasons
 * @returns the header row, then one row per rejected row
 * @example
 * ```ts
 * import { rejectedRowsTable } from '@coop/sheets';
 * const table = rejectedRowsTable([{ file: 'a.csv', row: 3, headers: ['Mã HTX', 'Năm'], cells: ['HTX-1', 'x'], reasons: [
 *   { file: 'a.csv', row: 3, column: 'B', header: 'Năm', code: 'invalid_type', severity: 'error', message: { vi: 'Sai kiểu', en: 'Wrong type' } },
 * ] }]);
 * table[1]; // ['HTX-1', 'x', 'a.csv', 3, 'B (Năm): Sai kiểu']
 * ```
 */
export const rejectedRowsTable = (rows: readonly RejectedRow[], options: RejectedExportOptions = {}): Array<Array<string | number>> => {
  // A checked copy of the rows (bounded, read once) and of the language.
  const checked = assertData(REJECTED_ROWS, rows, 'rows') as unknown as readonly RejectedRow[];
  const lang = choiceOf(optionsOf(options, ['lang']).lang, ['vi', 'en', 'both'] as const, 'options.lang') ?? 'vi';
  const headers: string[] = [];
  for (const row of checked) for (const h of row.headers) if (!headers.includes(h)) headers.push(h);
  const out: Array<Array<string | number>> = [[...headers, EXPORT_HEADERS.file, EXPORT_HEADERS.row, EXPORT_HEADERS.reason]];
  for (const row of checked) {
    const cells = headers.map((h) => {
      const i = row.headers.indexOf(h);
      return i < 0 ? '' : (row.cells[i] ?? '');
    });
    const reasons = row.reasons
      .map((r) => {
        const where = r.column === undefined ? '' : `${r.column}${r.header ? ` (${r.header})` : ''}: `;
        const text = lang === 'both' ? `${r.message.vi} / ${r.message.en}` : r.message[lang];
        return `${where}${text}`;
      })
      .join('; ');
    out.push([...cells, row.sheet === undefined ? row.file : `${row.file} [${row.sheet}]`, row.row, reasons]);
  }
  return out;
};

/**
 * The rejected rows as CSV text (UTF-8 with a byte-order mark, so that Excel shows Vietnamese letters). A cell
 * that a spreadsheet would run as a formula is prefixed with `'` (CSV injection); signed numbers are kept.
 *
 * @param rows - the rejected rows
 * @param options - language of the reasons
 * @returns the CSV text
 * @example
 * ```ts
 * import { rejectedRowsToCsv } from '@coop/sheets';
 * rejectedRowsToCsv([]).split('\r\n')[0]; // '\uFEFFTệp / File,Dòng / Row,Lý do / Reason'
 * ```
 */
export const rejectedRowsToCsv = (rows: readonly RejectedRow[], options: RejectedExportOptions = {}): string =>
  `\uFEFF${Papa.unparse(rejectedRowsTable(rows, options), { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;

/** Cells a spreadsheet would run as a formula (`=…`, `@…`, `+cmd…`), but not signed numbers such as `-3`. */
const FORMULA = /^[=@\t\r]|^[+-](?![\d.,\s]*$)/;

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// eslint-disable-next-line no-control-regex
const xmlText = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);

/**
 * The rejected rows as an `.xlsx` workbook (one sheet, text and numbers as written, no formulas).
 *
 * @param rows - the rejected rows
 * @param options - language of the reasons
 * @returns the workbook's bytes
 * @example
 * ```ts
 * import { rejectedRowsToXlsx } from '@coop/sheets';
 * rejectedRowsToXlsx([]).length > 0; // true
 * ```
 */
export const rejectedRowsToXlsx = (rows: readonly RejectedRow[], options: RejectedExportOptions = {}): Uint8Array => {
  const table = rejectedRowsTable(rows, options);
  const sheetRows = table
    .map((cells, r) =>
      `<row r="${r + 1}">${cells
        .map((cell, c) => {
          const ref = `${columnLetter(c + 1)}${r + 1}`;
          return typeof cell === 'number'
            ? `<c r="${ref}"><v>${cell}</v></c>`
            : cell === ''
              ? ''
              : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
        })
        .join('')}</row>`,
    )
    .join('');
  const ns = 'http://schemas.openxmlformats.org';
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Dòng bị loại" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
};
