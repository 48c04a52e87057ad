/**
 * Aligned text tables for the terminal. Widths count what a terminal shows: Vietnamese text is
 * normalised to composed form (NFC) and combining marks take no column, so `Trung bình` lines up.
 */
import { assertList } from '@coop/model';

/** A column of a {@link renderTable}. */
export interface Column {
  /** Header text. */
  readonly header: string;
  /** Right-align (numbers). */
  readonly align?: 'left' | 'right';
  /** Truncate longer cells to this many columns (with `…`): a whole number, 1 or more. */
  readonly maxWidth?: number;
}

/**
 * The number of terminal columns a string takes (combining marks count 0, wide East Asian characters 2).
 *
 * @param text - any text
 * @returns its display width
 * @example
 * ```ts
 * import { displayWidth } from '@coop/cli';
 * displayWidth('Trung bình'); // 10
 * displayWidth('Trung bi\u0300nh'); // 10 (decomposed)
 * ```
 */
export const displayWidth = (text: string): number => {
  let width = 0;
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0) ?? 0;
    if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1faff) ? 2 : 1;
  }
  return width;
};

const truncate = (text: string, max: number): string => {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (displayWidth(out + char) > max - 1) break;
    out += char;
  }
  return `${out}…`;
};

const pad = (text: string, width: number, align: 'left' | 'right'): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
};

/**
 * Renders rows as an aligned table with a header rule.
 *
 * @param columns - the columns
 * @param rows - the cells, row by row (missing cells are empty)
 * @returns the table, lines joined by `\n`, without a trailing newline
 * @example
 * ```ts
 * import { renderTable } from '@coop/cli';
 * renderTable([{ header: 'Grade' }, { header: 'n', align: 'right' }], [['Good', '12'], ['Fair', '7']]);
 * // Grade   n
 * // ─────  ──
 * // Good   12
 * // Fair    7
 * ```
 */
export const renderTable = (columns: readonly Column[], rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const checked = assertList(rows, 'rows') as unknown as ReadonlyArray<ReadonlyArray<string>>;
  const cols = assertList(columns, 'columns') as unknown as readonly Column[];
  const cells = checked.map((row) => cols.map((c, i) => (c.maxWidth ? truncate(row[i] ?? '', c.maxWidth) : (row[i] ?? '').normalize('NFC'))));
  // A loop, not Math.max(...cells): a spread of 130 000 rows overflows the call stack.
  const widths = cols.map((c, i) => cells.reduce((w, r) => Math.max(w, displayWidth(r[i] ?? '')), displayWidth(c.header)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0, cols[i]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(cols.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
};

/**
 * A civil date as a table shows it: `dd/mm/yyyy` in Vietnamese (the form Vietnamese documents use),
 * ISO `yyyy-mm-dd` in English (unambiguous for readers on either side of the Atlantic).
 *
 * @param date - civil date `YYYY-MM-DD`
 * @param lang - `vi` or `en`
 * @returns the date as text
 * @example
 * ```ts
 * import { tableDate } from '@coop/cli';
 * tableDate('2025-06-20', 'vi'); // '20/06/2025'
 * tableDate('2025-06-20', 'en'); // '2025-06-20'
 * ```
 */
export const tableDate = (date: string, lang: 'vi' | 'en'): string =>
  lang === 'vi' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;

/**
 * A heading for console output: the title underlined.
 *
 * @param title - the heading text
 * @param char - the underline character (default `═`)
 * @returns two lines
 * @example
 * ```ts
 * import { heading } from '@coop/cli';
 * heading('Grades'); // 'Grades\n══════'
 * ```
 */
export const heading = (title: string, char = '═'): string => `${title}\n${char.repeat(displayWidth(title))}`;

/**
 * A text progress bar such as `[██████░░░░]  60 % 12.3 MB`.
 *
 * @param done - amount done
 * @param total - total amount (0 or unknown shows only the amount)
 * @param width - bar width in columns, a whole number from 0 to 1 000
 * @returns the bar
 * @example
 * ```ts
 * import { progressBar } from '@coop/cli';
 * progressBar(5, 10, 10); // '[█████░░░░░]  50 %'
 * ```
 */
export const progressBar = (done: number, total: number, width = 30): string => {
  if (!(total > 0)) return `${done}`;
  const ratio = Math.min(1, Math.max(0, done / total));
  const full = Math.round(ratio * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(Math.floor(ratio * 100)).padStart(3)} %`;
};
