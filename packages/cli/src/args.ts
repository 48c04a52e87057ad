/**
 * Command-line parsing for `coop`: a small declarative parser (no dependency) with `--name value`,
 * `--name=value`, repeatable options, boolean flags, `--` and clear errors that name the command.
 */

import type { Label, Lang } from '@coop/model';
import { assertList } from '@coop/model';

/** The kind of value an option takes. */
export type OptionKind = 'string' | 'boolean' | 'list';

/** One option of a command. */
export interface OptionSpec {
  /** Long name without dashes (`rulebook`). */
  readonly name: string;
  readonly kind: OptionKind;
  /** One-letter alias without dash. */
  readonly short?: string;
  /** Placeholder in help (`ID`). */
  readonly value?: string;
  /** One line of help, in Vietnamese and English. */
  readonly help: Label;
  /** Required (the command fails with a usage error when absent). */
  readonly required?: boolean;
}

/** A command: its positional arguments and options. */
export interface CommandSpec {
  readonly name: string;
  /** One-line summary, in Vietnamese and English. */
  readonly summary: Label;
  /** Positional argument names (`records`); all required. */
  readonly positionals: readonly string[];
  /** The last positional takes one or more values (`coop grade 2019.xlsx 2020.xlsx`). */
  readonly rest?: boolean;
  readonly options: readonly OptionSpec[];
  /** Extra help text printed after the options. */
  readonly details?: Label;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'json', kind: 'boolean', help: { vi: 'in JSON (máy đọc được) ra stdout thay cho bảng', en: 'print machine-readable JSON on stdout instead of tables' } },
  { name: 'lang', kind: 'string', value: 'vi|en', help: { vi: 'ngôn ngữ của nhãn và giải thích (mặc định vi)', en: 'language of labels and explanations (default vi)' } },
  { name: 'help', kind: 'boolean', short: 'h', help: { vi: 'hiện trợ giúp này', en: 'show this help' } },
];

const INPUT_OPTIONS: readonly OptionSpec[] = [
  { name: 'progress', kind: 'boolean', help: { vi: 'hiện thanh tiến độ trên stderr cả khi không phải cửa sổ dòng lệnh', en: 'show a progress bar on stderr even when it is not a terminal' } },
  { name: 'strict', kind: 'boolean', help: { vi: 'thoát mã 2 khi có dòng dữ liệu bị loại (mặc định: báo dòng đó, giữ các dòng hợp lệ)', en: 'exit 2 when any input row is rejected (default: report it, keep the good rows)' } },
  { name: 'areas', kind: 'string', value: 'FILE', help: { vi: 'mảng JSON các địa bàn (cho chỉ tiêu theo từng huyện)', en: 'JSON array of areas (for per-district targets)' } },
  { name: 'map', kind: 'string', value: 'FILE', help: { vi: 'ánh xạ JSON cho cột, giá trị, đơn vị và tên địa bàn của bạn (xem docs/spreadsheets.md)', en: 'JSON mapping of your columns, values, units and area names (see docs/spreadsheets.md)' } },
  { name: 'sheet', kind: 'string', value: 'NAME', help: { vi: 'trang tính cần đọc trong tệp .xlsx (mặc định: trang đầu)', en: 'the sheet to read in .xlsx workbooks (default: the first)' } },
  { name: 'rejected', kind: 'string', value: 'FILE', help: { vi: 'ghi các dòng bị loại kèm cột lý do ra FILE (.csv hoặc .xlsx) để sửa và nạp lại', en: 'write the rejected rows with a reason column to FILE (.csv or .xlsx) to fix and load again' } },
];

/**
 * Every `coop` command. Built in a call marked pure (the spread of INPUT_OPTIONS is not side-effect free to
 * a bundler), so a page that imports one helper of the library entry does not carry the help texts.
 */
export const COMMANDS: readonly CommandSpec[] = /* @__PURE__ */ (() => [
  {
    name: 'grade',
    summary: { vi: 'xếp loại từng hợp tác xã theo năm từ tệp .xlsx, CSV hoặc JSON và tổng hợp kết quả', en: 'grade every cooperative-year in .xlsx, CSV or JSON files and summarise the grades' },
    positionals: ['records'],
    rest: true,
    options: [
      { name: 'rulebook', kind: 'string', value: 'ID', help: { vi: 'mã bộ tiêu chí (mặc định: chọn theo từng bản ghi và năm)', en: 'rulebook id (default: chosen per record and year)' } },
      { name: 'year', kind: 'string', value: 'YEAR', help: { vi: 'chỉ xếp loại bản ghi của năm này', en: 'only grade records of this year' } },
      { name: 'all', kind: 'boolean', help: { vi: 'in mọi hợp tác xã (mặc định: 40 hợp tác xã đầu)', en: 'print every cooperative (default: the first 40)' } },
      ...INPUT_OPTIONS,
    ],
  },
  {
    name: 'check',
    summary: { vi: 'đánh giá các chỉ tiêu của kế hoạch trên số liệu: trạng thái, giá trị, khoảng cách và giải thích từng chỉ tiêu', en: 'evaluate a plan\'s targets on the records: status, value, gap and explanation of each' },
    positionals: ['records'],
    rest: true,
    options: [
      { name: 'plan', kind: 'string', value: 'ID', help: { vi: 'mã kế hoạch (xem danh sách bằng `coop check --help`)', en: 'plan id (see `coop check --help` for the list)' }, required: true },
      { name: 'as-of', kind: 'string', value: 'DATE', help: { vi: 'ngày đánh giá YYYY-MM-DD (mặc định hôm nay)', en: 'evaluation date YYYY-MM-DD (default today)' } },
      { name: 'context', kind: 'string', value: 'FILE', help: { vi: 'JSON các số liệu bên ngoài, ví dụ {"farmHouseholds": 120000}', en: 'JSON with external inputs, e.g. {"farmHouseholds": 120000}' } },
      { name: 'tolerance', kind: 'string', value: 'N', help: { vi: 'dung sai cho chỉ tiêu "khoảng X", theo đơn vị của chỉ tiêu', en: 'tolerance for "about X" targets, in the unit of the target' } },
      ...INPUT_OPTIONS,
    ],
  },
  {
    name: 'deadlines',
    summary: { vi: 'liệt kê hạn báo cáo, lùi qua ngày nghỉ cuối tuần và ngày lễ', en: 'list reporting deadlines with the dates rolled past weekends and holidays' },
    positionals: [],
    options: [
      { name: 'from', kind: 'string', value: 'DATE', help: { vi: 'ngày đầu YYYY-MM-DD (mặc định hôm nay)', en: 'first day YYYY-MM-DD (default today)' } },
      { name: 'to', kind: 'string', value: 'DATE', help: { vi: 'ngày cuối YYYY-MM-DD (mặc định: một năm sau --from)', en: 'last day YYYY-MM-DD (default: one year after --from)' } },
      { name: 'cycle', kind: 'list', value: 'ID', help: { vi: 'mã chu kỳ (lặp được; mặc định mọi chu kỳ có sẵn)', en: 'a cycle id (repeatable; default all built-in cycles)' } },
      { name: 'ics', kind: 'string', value: 'FILE', help: { vi: 'ghi thêm các hạn ra tệp iCalendar', en: 'also write the deadlines as an iCalendar file' } },
    ],
  },
  {
    name: 'report',
    summary: { vi: 'ghi một báo cáo HTML trọn gói có biểu đồ (xếp loại, chỉ tiêu, hạn báo cáo)', en: 'write one self-contained HTML report with charts (grades, targets, deadlines)' },
    positionals: ['records'],
    rest: true,
    options: [
      { name: 'plan', kind: 'string', value: 'ID', help: { vi: 'mã kế hoạch', en: 'plan id' }, required: true },
      { name: 'out', kind: 'string', value: 'FILE', help: { vi: 'nơi ghi tệp HTML', en: 'where to write the HTML' }, required: true },
      { name: 'as-of', kind: 'string', value: 'DATE', help: { vi: 'ngày đánh giá YYYY-MM-DD (mặc định hôm nay)', en: 'evaluation date YYYY-MM-DD (default today)' } },
      { name: 'context', kind: 'string', value: 'FILE', help: { vi: 'JSON các số liệu bên ngoài', en: 'JSON with external inputs' } },
      { name: 'tolerance', kind: 'string', value: 'N', help: { vi: 'dung sai cho chỉ tiêu "khoảng X"', en: 'tolerance for "about X" targets' } },
      { name: 'rulebook', kind: 'string', value: 'ID', help: { vi: 'mã bộ tiêu chí cho biểu đồ xếp loại', en: 'rulebook id for the grade charts' } },
      ...INPUT_OPTIONS,
    ],
  },
  {
    name: 'demo',
    summary: { vi: 'chạy toàn bộ trên tỉnh mẫu kèm theo và ghi out/report.html', en: 'run everything on the embedded sample province and write out/report.html' },
    positionals: [],
    options: [{ name: 'out', kind: 'string', value: 'DIR', help: { vi: 'thư mục ghi kết quả (mặc định out)', en: 'output directory (default out)' } }],
  },
])();

/** A successful parse. */
export interface ParsedArgs {
  readonly ok: true;
  /** The command, or `undefined` for `coop --help` / `coop --version` / no arguments. */
  readonly command: CommandSpec | undefined;
  readonly positionals: Readonly<Record<string, string>>;
  /** Every value of the last positional of a command that takes several (empty otherwise). */
  readonly rest?: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  /** `--version` was given at the top level. */
  readonly version: boolean;
}

/** A usage error. */
export interface ArgsError {
  readonly ok: false;
  /** Stable code: `unknown_command`, `unknown_option`, `missing_value`, `missing_argument`, `extra_argument`, `missing_option`. */
  readonly code: string;
  /** The message in English (as `label.en`). */
  readonly message: string;
  /** The message in Vietnamese and English. */
  readonly label: Label;
  /** The command, when known (so its help can be shown). */
  readonly command?: CommandSpec;
}

/**
 * Parses `coop` arguments (without `node` and the script path).
 *
 * @param argv - the arguments
 * @returns the command, positionals and options; or a usage error
 * @example
 * ```ts
 * import { parseArgs } from '@coop/cli';
 * const args = parseArgs(['check', 'records.csv', '--plan', 'mard-2803-2023', '--json']);
 * args.ok && args.options.plan; // 'mard-2803-2023'
 * ```
 */
const usageError = (code: string, label: Label, command?: CommandSpec): ArgsError => ({
  ok: false,
  code,
  message: label.en,
  label,
  ...(command ? { command } : {}),
});

export const parseArgs = (argv: readonly string[]): ParsedArgs | ArgsError => {
  const checked = assertList(argv, 'argv') as unknown as readonly string[];
  const [first, ...rest] = checked;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const target = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    return { ok: true, command: target, positionals: {}, options: { help: true }, version: false };
  }
  if (first === '--version' || first === '-v') return { ok: true, command: undefined, positionals: {}, options: {}, version: true };
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const names = COMMANDS.map((c) => c.name).join(', ');
    return usageError('unknown_command', { vi: `không có lệnh "${first}"; các lệnh: ${names}`, en: `unknown command "${first}"; commands: ${names}` });
  }
  const specs = [...command.options, ...COMMON_OPTIONS];
  const options: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const isLong = arg.startsWith('--');
    const name = isLong ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1);
    const spec = isLong ? specs.find((s) => s.name === name) : specs.find((s) => s.short === name);
    if (!spec) {
      const shown = isLong ? `--${name}` : arg;
      const known = specs.map((s) => `--${s.name}`).join(', ');
      return usageError(
        'unknown_option',
        { vi: `"coop ${command.name}" không có tùy chọn "${shown}"; các tùy chọn: ${known}`, en: `unknown option "${shown}" for "coop ${command.name}"; options: ${known}` },
        command,
      );
    }
    if (spec.kind === 'boolean') {
      if (isLong && eq >= 0) {
        const v = arg.slice(eq + 1);
        if (v !== 'true' && v !== 'false') {
          return usageError('invalid_value', { vi: `--${spec.name} không nhận giá trị (nhận được "${v}")`, en: `--${spec.name} takes no value (got "${v}")` }, command);
        }
        options[spec.name] = v === 'true';
      } else options[spec.name] = true;
      continue;
    }
    let value: string | undefined;
    if (isLong && eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        return usageError('missing_value', { vi: `--${spec.name} cần một giá trị (${spec.value ?? 'VALUE'})`, en: `--${spec.name} needs a value (${spec.value ?? 'VALUE'})` }, command);
      }
      i += 1;
    }
    if (spec.kind === 'list') options[spec.name] = [...((options[spec.name] as string[] | undefined) ?? []), ...value.split(',').filter(Boolean)];
    else options[spec.name] = value;
  }
  if (options.help === true) return { ok: true, command, positionals: {}, options, version: false };
  if (positionals.length < command.positionals.length) {
    const missing = command.positionals[positionals.length] ?? '';
    return usageError('missing_argument', { vi: `coop ${command.name} cần <${missing}>`, en: `coop ${command.name} needs <${missing}>` }, command);
  }
  if (positionals.length > command.positionals.length && !command.rest) {
    const extra = positionals[command.positionals.length] ?? '';
    return usageError('extra_argument', { vi: `coop ${command.name} không nhận thêm đối số "${extra}"`, en: `unexpected argument "${extra}" for coop ${command.name}` }, command);
  }
  for (const spec of specs) {
    if (spec.required && options[spec.name] === undefined) {
      const wanted = `--${spec.name} ${spec.value ?? ''}`.trimEnd();
      return usageError('missing_option', { vi: `coop ${command.name} cần ${wanted}`, en: `coop ${command.name} needs ${wanted}` }, command);
    }
  }
  const lang = options.lang;
  if (lang !== undefined && lang !== 'vi' && lang !== 'en') {
    return usageError('invalid_value', { vi: `--lang phải là vi hoặc en (nhận được "${String(lang)}")`, en: `--lang must be vi or en (got "${String(lang)}")` }, command);
  }
  const named: Record<string, string> = {};
  command.positionals.forEach((p, i) => {
    named[p] = positionals[i] as string;
  });
  const many = command.rest ? positionals.slice(command.positionals.length - 1) : [];
  return { ok: true, command, positionals: named, rest: many, options, version: false };
};

/** The words of the help text, in Vietnamese and English. */
const HELP_WORDS = {
  usage: { vi: 'Cách dùng', en: 'Usage' },
  command: { vi: 'lệnh', en: 'command' },
  options: { vi: 'tùy chọn', en: 'options' },
  commands: { vi: 'Các lệnh', en: 'Commands' },
  optionsHeading: { vi: 'Tùy chọn', en: 'Options' },
  perCommand: { vi: 'Chạy `coop <lệnh> --help` để xem các tùy chọn của một lệnh.', en: 'Run `coop <command> --help` for the options of a command.' },
  required: { vi: ' (bắt buộc)', en: ' (required)' },
} as const;

/**
 * The help text of a command, or of `coop` itself.
 *
 * @param command - a command, or `undefined` for the overview
 * @param extra - text printed after the options (the plan, rulebook or cycle ids)
 * @param lang - `en` (default, for scripts that read it) or `vi`; the `coop` command passes its `--lang` (default vi)
 * @returns the text, ending with a newline
 * @example
 * ```ts
 * import { helpText, COMMANDS } from '@coop/cli';
 * helpText(COMMANDS[0]).startsWith('Usage: coop grade'); // true
 * helpText(COMMANDS[0], '', 'vi').startsWith('Cách dùng: coop grade'); // true
 * ```
 */
export const helpText = (command: CommandSpec | undefined, extra = '', lang: Lang = 'en'): string => {
  const w = (key: keyof typeof HELP_WORDS): string => HELP_WORDS[key][lang];
  if (!command) {
    const width = COMMANDS.reduce((n, c) => Math.max(n, c.name.length), 0);
    return [
      `${w('usage')}: coop <${w('command')}> [${w('options')}]`,
      '',
      `${w('commands')}:`,
      ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`),
      '',
      w('perCommand'),
      '',
      EXIT_CODES_HELP[lang],
      '',
    ].join('\n');
  }
  const specs = [...command.options, ...COMMON_OPTIONS];
  const left = (s: OptionSpec): string => `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.value}` : ''}`;
  const width = specs.reduce((n, s) => Math.max(n, left(s).length), 0);
  const usage = [
    `coop ${command.name}`,
    ...command.positionals.map((p, i) => (command.rest && i === command.positionals.length - 1 ? `<${p}>…` : `<${p}>`)),
    ...command.options.filter((o) => o.required).map((o) => `--${o.name} ${o.value ?? ''}`.trim()),
    `[${w('options')}]`,
  ].join(' ');
  return [
    `${w('usage')}: ${usage}`,
    '',
    command.summary[lang],
    '',
    `${w('optionsHeading')}:`,
    ...specs.map((s) => `  ${left(s).padEnd(width)}  ${s.help[lang]}${s.required ? w('required') : ''}`),
    ...(extra ? ['', extra.trimEnd()] : []),
    ...(command.details ? ['', command.details[lang]] : []),
    '',
    EXIT_CODES_HELP[lang],
    '',
  ].join('\n');
};

/**
 * Exit codes of `coop` (stable, for scripts):
 * - `0` success: every evaluated target is achieved or on track (or the command does not judge targets);
 * - `1` some target is not met, off track or cannot be evaluated (insufficient data);
 * - `2` usage or input error: unknown command, option, plan, rulebook or cycle; unreadable file; no valid
 *   record; with `--strict`, any rejected row; a file that cannot be written;
 * - `3` internal error (a bug), printed in one line without a stack trace.
 */
export const EXIT = { OK: 0, TARGETS_NOT_MET: 1, USAGE: 2, INTERNAL: 3 } as const;

const EXIT_CODES_HELP: Label = {
  en: /* @__PURE__ */ [
    'Exit codes:',
    '  0  success; every target achieved or on track',
    '  1  some target not met, off track or without enough data',
    '  2  usage or input error (unknown option/plan/cycle, unreadable file, no valid record; --strict: any bad row)',
    '  3  internal error (a bug: please report it)',
  ].join('\n'),
  vi: /* @__PURE__ */ [
    'Mã thoát:',
    '  0  thành công; mọi chỉ tiêu đạt hoặc đúng tiến độ',
    '  1  có chỉ tiêu không đạt, chậm tiến độ hoặc chưa đủ số liệu',
    '  2  lỗi cách dùng hoặc dữ liệu vào (tùy chọn/kế hoạch/chu kỳ không có, tệp không đọc được, không có bản ghi hợp lệ; --strict: có dòng bị loại)',
    '  3  lỗi nội bộ (lỗi phần mềm: xin báo lại)',
  ].join('\n'),
};
