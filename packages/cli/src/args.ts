/**
 * Command-line parsing for `coop`: a small declarative parser (no dependency) with `--name value`,
 * `--name=value`, repeatable options, boolean flags, `--` and clear errors that name the command.
 */

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
  /** One line of help. */
  readonly help: string;
  /** Required (the command fails with a usage error when absent). */
  readonly required?: boolean;
}

/** A command: its positional arguments and options. */
export interface CommandSpec {
  readonly name: string;
  /** One-line summary. */
  readonly summary: string;
  /** Positional argument names (`records`); all required. */
  readonly positionals: readonly string[];
  /** The last positional takes one or more values (`coop grade 2019.xlsx 2020.xlsx`). */
  readonly rest?: boolean;
  readonly options: readonly OptionSpec[];
  /** Extra help text printed after the options. */
  readonly details?: string;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'json', kind: 'boolean', help: 'print machine-readable JSON on stdout instead of tables' },
  { name: 'lang', kind: 'string', value: 'vi|en', help: 'language of labels and explanations (default vi)' },
  { name: 'help', kind: 'boolean', short: 'h', help: 'show this help' },
];

const INPUT_OPTIONS: readonly OptionSpec[] = [
  { name: 'progress', kind: 'boolean', help: 'show a progress bar on stderr even when it is not a terminal' },
  { name: 'strict', kind: 'boolean', help: 'exit 2 when any input row is rejected (default: report it, keep the good rows)' },
  { name: 'areas', kind: 'string', value: 'FILE', help: 'JSON array of areas (for per-district targets)' },
  { name: 'map', kind: 'string', value: 'FILE', help: 'JSON mapping of your columns, values, units and area names (see docs/spreadsheets.md)' },
  { name: 'sheet', kind: 'string', value: 'NAME', help: 'the sheet to read in .xlsx workbooks (default: the first)' },
  { name: 'rejected', kind: 'string', value: 'FILE', help: 'write the rejected rows with a reason column to FILE (.csv or .xlsx) to fix and load again' },
];

/** Every `coop` command. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'grade',
    summary: 'grade every cooperative-year in .xlsx, CSV or JSON files and summarise the grades',
    positionals: ['records'],
    rest: true,
    options: [
      { name: 'rulebook', kind: 'string', value: 'ID', help: 'rulebook id (default: chosen per record and year)' },
      { name: 'year', kind: 'string', value: 'YEAR', help: 'only grade records of this year' },
      { name: 'all', kind: 'boolean', help: 'print every cooperative (default: the first 40)' },
      ...INPUT_OPTIONS,
    ],
  },
  {
    name: 'check',
    summary: "evaluate a plan's targets on the records: status, value, gap and explanation of each",
    positionals: ['records'],
    rest: true,
    options: [
      { name: 'plan', kind: 'string', value: 'ID', help: 'plan id (see `coop check --help` for the list)', required: true },
      { name: 'as-of', kind: 'string', value: 'DATE', help: 'evaluation date YYYY-MM-DD (default today)' },
      { name: 'context', kind: 'string', value: 'FILE', help: 'JSON with external inputs, e.g. {"farmHouseholds": 120000}' },
      { name: 'tolerance', kind: 'string', value: 'N', help: 'tolerance for "about X" targets, in the unit of the target' },
      ...INPUT_OPTIONS,
    ],
  },
  {
    name: 'deadlines',
    summary: 'list reporting deadlines with the dates rolled past weekends and holidays',
    positionals: [],
    options: [
      { name: 'from', kind: 'string', value: 'DATE', help: 'first day YYYY-MM-DD (default today)' },
      { name: 'to', kind: 'string', value: 'DATE', help: 'last day YYYY-MM-DD (default: one year after --from)' },
      { name: 'cycle', kind: 'list', value: 'ID', help: 'a cycle id (repeatable; default all built-in cycles)' },
      { name: 'ics', kind: 'string', value: 'FILE', help: 'also write the deadlines as an iCalendar file' },
    ],
  },
  {
    name: 'report',
    summary: 'write one self-contained HTML report with charts (grades, targets, deadlines)',
    positionals: ['records'],
    rest: true,
    options: [
      { name: 'plan', kind: 'string', value: 'ID', help: 'plan id', required: true },
      { name: 'out', kind: 'string', value: 'FILE', help: 'where to write the HTML', required: true },
      { name: 'as-of', kind: 'string', value: 'DATE', help: 'evaluation date YYYY-MM-DD (default today)' },
      { name: 'context', kind: 'string', value: 'FILE', help: 'JSON with external inputs' },
      { name: 'tolerance', kind: 'string', value: 'N', help: 'tolerance for "about X" targets' },
      { name: 'rulebook', kind: 'string', value: 'ID', help: 'rulebook id for the grade charts' },
      ...INPUT_OPTIONS,
    ],
  },
  {
    name: 'demo',
    summary: 'run everything on the embedded sample province and write out/report.html',
    positionals: [],
    options: [{ name: 'out', kind: 'string', value: 'DIR', help: 'output directory (default out)' }],
  },
];

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
  readonly message: string;
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
export const parseArgs = (argv: readonly string[]): ParsedArgs | ArgsError => {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const target = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    return { ok: true, command: target, positionals: {}, options: { help: true }, version: false };
  }
  if (first === '--version' || first === '-v') return { ok: true, command: undefined, positionals: {}, options: {}, version: true };
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    return {
      ok: false,
      code: 'unknown_command',
      message: `unknown command "${first}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`,
    };
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
      return {
        ok: false,
        code: 'unknown_option',
        message: `unknown option "${isLong ? `--${name}` : arg}" for "coop ${command.name}"; options: ${specs.map((s) => `--${s.name}`).join(', ')}`,
        command,
      };
    }
    if (spec.kind === 'boolean') {
      if (isLong && eq >= 0) {
        const v = arg.slice(eq + 1);
        if (v !== 'true' && v !== 'false') return { ok: false, code: 'invalid_value', message: `--${spec.name} takes no value (got "${v}")`, command };
        options[spec.name] = v === 'true';
      } else options[spec.name] = true;
      continue;
    }
    let value: string | undefined;
    if (isLong && eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        return { ok: false, code: 'missing_value', message: `--${spec.name} needs a value (${spec.value ?? 'VALUE'})`, command };
      }
      i += 1;
    }
    if (spec.kind === 'list') options[spec.name] = [...((options[spec.name] as string[] | undefined) ?? []), ...value.split(',').filter(Boolean)];
    else options[spec.name] = value;
  }
  if (options.help === true) return { ok: true, command, positionals: {}, options, version: false };
  if (positionals.length < command.positionals.length) {
    return { ok: false, code: 'missing_argument', message: `coop ${command.name} needs <${command.positionals[positionals.length] ?? ''}>`, command };
  }
  if (positionals.length > command.positionals.length && !command.rest) {
    return { ok: false, code: 'extra_argument', message: `unexpected argument "${positionals[command.positionals.length] ?? ''}" for coop ${command.name}`, command };
  }
  for (const spec of specs) {
    if (spec.required && options[spec.name] === undefined) {
      return { ok: false, code: 'missing_option', message: `coop ${command.name} needs --${spec.name} ${spec.value ?? ''}`.trimEnd(), command };
    }
  }
  const lang = options.lang;
  if (lang !== undefined && lang !== 'vi' && lang !== 'en') {
    return { ok: false, code: 'invalid_value', message: `--lang must be vi or en (got "${String(lang)}")`, command };
  }
  const named: Record<string, string> = {};
  command.positionals.forEach((p, i) => {
    named[p] = positionals[i] as string;
  });
  const many = command.rest ? positionals.slice(command.positionals.length - 1) : [];
  return { ok: true, command, positionals: named, rest: many, options, version: false };
};

/**
 * The help text of a command, or of `coop` itself.
 *
 * @param command - a command, or `undefined` for the overview
 * @returns the text, ending with a newline
 * @example
 * ```ts
 * import { helpText, COMMANDS } from '@coop/cli';
 * helpText(COMMANDS[0]).startsWith('Usage: coop grade'); // true
 * ```
 */
export const helpText = (command: CommandSpec | undefined, extra = ''): string => {
  if (!command) {
    const width = COMMANDS.reduce((w, c) => Math.max(w, c.name.length), 0);
    return [
      'Usage: coop <command> [options]',
      '',
      'Commands:',
      ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
      '',
      'Run `coop <command> --help` for the options of a command.',
      '',
      EXIT_CODES_HELP,
      '',
    ].join('\n');
  }
  const specs = [...command.options, ...COMMON_OPTIONS];
  const left = (s: OptionSpec): string => `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.value}` : ''}`;
  const width = specs.reduce((w, s) => Math.max(w, left(s).length), 0);
  const usage = [
    `coop ${command.name}`,
    ...command.positionals.map((p, i) => (command.rest && i === command.positionals.length - 1 ? `<${p}>…` : `<${p}>`)),
    ...command.options.filter((o) => o.required).map((o) => `--${o.name} ${o.value ?? ''}`.trim()),
    '[options]',
  ].join(' ');
  return [
    `Usage: ${usage}`,
    '',
    command.summary,
    '',
    'Options:',
    ...specs.map((s) => `  ${left(s).padEnd(width)}  ${s.help}${s.required ? ' (required)' : ''}`),
    ...(extra ? ['', extra.trimEnd()] : []),
    ...(command.details ? ['', command.details] : []),
    '',
    EXIT_CODES_HELP,
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

const EXIT_CODES_HELP = [
  'Exit codes:',
  '  0  success; every target achieved or on track',
  '  1  some target not met, off track or without enough data',
  '  2  usage or input error (unknown option/plan/cycle, unreadable file, no valid record; --strict: any bad row)',
  '  3  internal error (a bug: please report it)',
].join('\n');
