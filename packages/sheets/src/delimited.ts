/**
 * Reading `.csv`, `.tsv` and `.txt` text with papaparse: `,` `;` or tab (guessed from the text unless
 * given), quoted cells with doubled quotes and line breaks, CRLF / LF. Limits are checked row by row and
 * reading stops at the first one exceeded.
 */
import Papa from 'papaparse';
import { columnLetter, sheetIssue, type SheetIssue } from './issues.js';
import { assertText } from '@coop/model';
import { MAX_NAME_LENGTH, callbackOf, choiceOf, optionsOf } from './internal/guard.js';
import { DEFAULT_LIMITS, resolveLimits, type SheetLimits } from './limits.js';
import type { CellValue, SheetTable } from './table.js';

/**
 * Options of {@link readDelimited}.
 *
 * @example
 * ```ts
 * import { readDelimited, type DelimitedOptions } from '@coop/sheets';
 * const options: DelimitedOptions = { file: 'a.tsv', delimiter: '\t', limits: { maxRows: 10 } };
 * readDelimited('a\tb\n', options).table.rows.length; // 1
 * ```
 */
export interface DelimitedOptions {
  /** The file name used in issues. */
  readonly file?: string;
  /** The delimiter; guessed among `,` `;` tab when absent. */
  readonly delimiter?: ',' | ';' | '\t';
  /** Limits (rows, columns, cell length). */
  readonly limits?: Partial<SheetLimits>;
  /** Receives each row as it is read instead of keeping it (the table then has no rows). */
  readonly onRow?: (row: readonly string[], rowNumber: number) => void;
}

/**
 * The rows of a delimited text, and the syntax or limit problems met.
 *
 * @example
 * ```ts
 * import { readDelimited, type DelimitedResult } from '@coop/sheets';
 * const result: DelimitedResult = readDelimited('a,"b\n');
 * result.issues.length > 0; // true — an unclosed quote
 * ```
 */
export interface DelimitedResult {
  readonly table: SheetTable;
  /** Syntax problems (the row is still returned, read leniently) and limits exceeded (reading stopped). */
  readonly issues: readonly SheetIssue[];
  /** The delimiter used. */
  readonly delimiter: string;
}

/**
 * The delimiter of the header line: the most frequent of `;`, tab and `,` outside quotes (a comma on a tie:
 * Vietnamese Excel writes `;` only because the decimal separator is a comma, and then it is the most frequent).
 */
const guessDelimiter = (text: string): ',' | ';' | '\t' => {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i += 1) {
    const char = text[i] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
};

/**
 * Splits delimited text into rows of text cells.
 *
 * @param text - the text (decoded, see `decodeText`)
 * @param options - file name, delimiter, limits
 * @returns the table, its issues and the delimiter
 * @example
 * ```ts
 * import { readDelimited } from '@coop/sheets';
 * const { table, delimiter } = readDelimited('Mã HTX;Doanh thu\r\nA;"5.000.000"\r\n');
 * delimiter; // ';'
 * table.rows[1]; // ['A', '5.000.000']
 * ```
 */
export const readDelimited = (text: string, options: DelimitedOptions = {}): DelimitedResult => {
  assertText(text, 'text', DEFAULT_LIMITS.maxBytes);
  const read = optionsOf(options, ['file', 'delimiter', 'limits', 'onRow']);
  const opts: DelimitedOptions = {
    file: read.file === undefined ? '' : assertText(read.file, 'options.file', MAX_NAME_LENGTH),
    ...(read.delimiter === undefined ? {} : { delimiter: choiceOf(read.delimiter, [',', ';', '\t'] as const, 'options.delimiter') as ',' | ';' | '\t' }),
    ...(read.limits === undefined ? {} : { limits: read.limits as Partial<SheetLimits> }),
    ...(read.onRow === undefined ? {} : { onRow: callbackOf<NonNullable<DelimitedOptions['onRow']>>(read.onRow, 'options.onRow') as NonNullable<DelimitedOptions['onRow']> }),
  };
  const file = opts.file ?? '';
  const limits = resolveLimits(opts.limits);
  const rows: CellValue[][] = [];
  let count = 0;
  const issues: SheetIssue[] = [];
  let delimiter: string = opts.delimiter ?? ',';
  let stopped = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  delimiter = opts.delimiter ?? guessDelimiter(body);
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (results, parser) => {
      if (stopped) return;
      count += 1;
      const row = count;
      if (row > limits.maxRows) {
        issues.push(sheetIssue('too_many_rows', String(limits.maxRows), { file, row }));
        stopped = true;
        parser.abort();
        return;
      }
      const cells = results.data;
      if (cells.length > limits.maxColumns) {
        issues.push(sheetIssue('too_many_columns', String(limits.maxColumns), { file, row }));
        stopped = true;
        parser.abort();
        return;
      }
      const long = cells.findIndex((cell) => cell.length > limits.maxCellLength);
      if (long >= 0) {
        issues.push(sheetIssue('cell_too_long', String(limits.maxCellLength), { file, row, column: columnLetter(long + 1) }));
        stopped = true;
        parser.abort();
        return;
      }
      for (const error of results.errors) {
        if (error.type === 'Delimiter') continue; // one column: nothing to guess
        issues.push(sheetIssue('invalid_csv', error.message, { file, row }));
      }
      const cellsRead = cells.length === 1 && cells[0] === '' ? [] : cells;
      if (opts.onRow) opts.onRow(cellsRead, row);
      else rows.push(cellsRead);
    },
  });
  while (rows.length > 0 && (rows[rows.length - 1] as CellValue[]).length === 0) rows.pop();
  return { table: { file, rows }, issues, delimiter };
};
