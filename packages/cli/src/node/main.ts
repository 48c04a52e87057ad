/**
 * The `coop` program: parses arguments, reads files, calls the pure modules and prints. Everything it
 * touches from the outside world (streams, clock, terminal) comes in through {@link CliIo}, so tests
 * run it in-process with a fixed clock and captured output.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { civilDateInVietnam, toICalendar } from '@coop/calendar';
import { isCivilDate, isCoopError, parseAreas, type Area, type Lang, type Plan, type YearlyRecord } from '@coop/model';
import { HEADER_MAP, rejectedRowsToCsv, rejectedRowsToXlsx, resolveMapping, type SheetMapping } from '@coop/sheets';
import { evaluatePlan, type ExternalContext, type PlanTargetEntry, type Rulebook } from '@coop/rating';
import { EXIT, helpText, parseArgs, type CommandSpec } from '../args.js';
import { CYCLE_IDS, deadlineJson, deadlineRows, deadlineTable, resolveCycles } from '../deadline-list.js';
import { createGradeTally, findRulebook, gradeRecord, gradeRecords, gradeSummaryTable, gradeTable, rulebookIds, gradeKey, type GradeRow } from '../grading.js';
import { checkTable, countStatuses, entryExplanation, entryStatus, exitCodeFor, findPlan, planIds, statusLabel, targetJson } from '../plan-check.js';
import { formatRowIssue, type LoadedRecords } from '../records.js';
import { buildReportModel, collectWarnings, gradeWarnings, targetReadings } from '../report-model.js';
import { renderReportHtml } from '../report-html.js';
import { heading, progressBar } from '../table.js';
import { CliError, InputError, loadRecordFiles, readJsonFile } from './load.js';

/** The outside world of the program. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars are drawn only then, or with `--progress`). */
  readonly stderrIsTTY: boolean;
  /** The current moment (the program never reads the clock itself). */
  readonly now: Date;
  /** Base directory of relative paths. */
  readonly cwd: string;
}

/** A usage error: printed with the command's help, exit code 2. */
/** A usage error: a bad option value or an unknown id (exit 2, message in the chosen language). */
const usage = (vi: string, en: string): CliError => new CliError('usage', { vi, en });

type Options = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

const str = (options: Options, name: string): string | undefined => {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
};

const langOf = (options: Options): Lang => (str(options, 'lang') === 'en' ? 'en' : 'vi');

const addYear = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

const dateOption = (options: Options, name: string, fallback: string): string => {
  const v = str(options, name) ?? fallback;
  if (!isCivilDate(v)) throw usage(`--${name} phải là ngày YYYY-MM-DD (nhận được "${v}")`, `--${name} must be a date YYYY-MM-DD (got "${v}")`);
  return v;
};

/** Issues kept when records stream through `onRecord` (the rest are counted). */
const STREAM_MAX_ISSUES = 1000;

const mappingOption = (options: Options, io: CliIo): SheetMapping | undefined => {
  const path = str(options, 'map');
  const sheet = str(options, 'sheet');
  if (path === undefined && sheet === undefined) return undefined;
  const value = path === undefined ? {} : readJsonFile(resolve(io.cwd, path), { vi: 'tệp ánh xạ', en: 'mapping file' });
  const withSheet = sheet === undefined ? value : typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, sheet } : value;
  const mapping = resolveMapping(withSheet);
  if (!mapping.ok) {
    throw new CliError('invalid_mapping', {
      vi: mapping.issues.map((i) => i.message.vi).join('; '),
      en: mapping.issues.map((i) => i.message.en).join('; '),
    });
  }
  return mapping.value;
};

/** Writes a file, turning a failure (a directory, no permission, a full disk) into a typed error. */
const writeOut = async (path: string, content: string | Uint8Array): Promise<void> => {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError('cannot_write', { vi: `Không ghi được ${path} (${reason})`, en: `cannot write ${path} (${reason})` });
  }
};

const load = async (
  paths: readonly string[],
  options: Options,
  io: CliIo,
  lang: Lang,
  onRecord?: (record: YearlyRecord) => void,
): Promise<LoadedRecords> => {
  const showProgress = options.progress === true || io.stderrIsTTY;
  const mapping = mappingOption(options, io);
  const loaded = await loadRecordFiles(
    paths.map((path) => ({ path: resolve(io.cwd, path), name: path })),
    {
      ...(mapping ? { mapping } : {}),
      // Streaming: issues and, unless they are to be written out (--rejected), rejected rows are capped.
      ...(onRecord ? { onRecord, maxIssues: STREAM_MAX_ISSUES, ...(str(options, 'rejected') === undefined ? { maxRejected: STREAM_MAX_ISSUES } : {}) } : {}),
      ...(showProgress
        ? { onProgress: (done: number, total: number) => io.stderr(`\r${lang === 'vi' ? 'Đang đọc' : 'Reading'} ${progressBar(done, total)} ${done}/${total}`) }
        : {}),
    },
  );
  if (showProgress) io.stderr('\n');
  if (loaded.fatal) throw new InputError(loaded.fatal.code, { vi: formatRowIssue(loaded.fatal, 'vi'), en: formatRowIssue(loaded.fatal, 'en') });
  const rejectedPath = str(options, 'rejected');
  if (rejectedPath !== undefined) {
    const out = resolve(io.cwd, rejectedPath);
    const rows = loaded.rejectedRows ?? [];
    await writeOut(out, out.toLowerCase().endsWith('.xlsx') ? rejectedRowsToXlsx(rows, { lang }) : rejectedRowsToCsv(rows, { lang }));
  }
  if (options.json !== true) {
    const shown = loaded.issues.slice(0, 20);
    if (loaded.issues.length > 0) {
      io.stderr(
        `${lang === 'vi' ? `${loaded.rejected} dòng bị loại, ${loaded.valid} dòng hợp lệ được xử lý` : `${loaded.rejected} row(s) rejected, ${loaded.valid} valid row(s) processed`}:\n`,
      );
      for (const issue of shown) io.stderr(`  ${formatRowIssue(issue, lang)}\n`);
      const more = loaded.issues.length - shown.length + (loaded.moreIssues ?? 0);
      if (more > 0) io.stderr(`  … +${more} (--json ${lang === 'vi' ? 'để xem tất cả' : 'lists all'})\n`);
    }
  }
  const names = paths.join(', ');
  if (loaded.valid === 0) throw new InputError('no_valid_record', { vi: `${names}: không có bản ghi hợp lệ nào`, en: `${names}: no valid record` });
  if (options.strict === true && loaded.rejected > 0) {
    throw new InputError('rejected_rows', { vi: `${names}: ${loaded.rejected} dòng bị loại (--strict)`, en: `${names}: ${loaded.rejected} row(s) rejected (--strict)` });
  }
  return loaded;
};

const inputJson = (paths: readonly string[], loaded: LoadedRecords): Record<string, unknown> => ({
  file: paths.join(', '),
  files: paths,
  rows: loaded.rows,
  valid: loaded.valid,
  rejected: loaded.rejected,
  issues: loaded.issues,
});

const readContext = (options: Options, io: CliIo): Record<string, number> | undefined => {
  const path = str(options, 'context');
  if (path === undefined) return undefined;
  const value = readJsonFile(resolve(io.cwd, path), { vi: 'tệp ngữ cảnh', en: 'context file' });
  const bad = { vi: `Tệp ngữ cảnh ${path} phải là một đối tượng JSON gồm các số, ví dụ {"farmHouseholds": 120000}`, en: `context file ${path} must hold a JSON object of numbers, e.g. {"farmHouseholds": 120000}` };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('invalid_context', bad);
  const context: Record<string, number> = {};
  for (const [key, n] of Object.entries(value)) {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new InputError('invalid_context', bad);
    context[key] = n;
  }
  return context;
};

const readAreas = (options: Options, io: CliIo): Area[] | undefined => {
  const path = str(options, 'areas');
  if (path === undefined) return undefined;
  const parsed = parseAreas(readJsonFile(resolve(io.cwd, path), { vi: 'tệp địa bàn', en: 'areas file' }));
  if (!parsed.ok) {
    const list = (lang: Lang) => parsed.issues.slice(0, 10).map((i) => `${i.path.join('.')} ${i.message[lang]}`).join('; ');
    throw new InputError('invalid_areas', { vi: `Tệp địa bàn ${path}: ${list('vi')}`, en: `areas file ${path}: ${list('en')}` });
  }
  return parsed.value;
};

const tolerance = (options: Options): number | undefined => {
  const t = str(options, 'tolerance');
  if (t === undefined) return undefined;
  const n = Number(t.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0) throw usage(`--tolerance phải là số không âm (nhận được "${t}")`, `--tolerance must be a non-negative number (got "${t}")`);
  return n;
};

const planOption = (options: Options): Plan => {
  const id = str(options, 'plan') ?? '';
  const found = findPlan(id);
  if (!found.ok) throw usage(`không có kế hoạch "${id}"; các kế hoạch: ${found.known.join(', ')}`, `unknown plan "${id}"; known plans: ${found.known.join(', ')}`);
  return found.plan;
};

/**
 * Evaluates a plan on records: the one call `check`, `report` and the demo share.
 *
 * @param plan - the plan
 * @param records - the records
 * @param options - date, external inputs, tolerance, areas
 * @returns one entry per target (a result, or the error that kept it from being evaluated)
 */
export const evaluate = (
  plan: Plan,
  records: readonly YearlyRecord[],
  options: { readonly asOf: string; readonly context?: ExternalContext; readonly tolerance?: number; readonly areas?: readonly Area[] },
): PlanTargetEntry[] => {
  const evaluation = evaluatePlan(plan, { records, ...(options.areas ? { areas: options.areas } : {}) }, {
    asOf: options.asOf,
    ...(options.context ? { context: options.context } : {}),
    ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
  });
  return [...evaluation.entries];
};

/** The `--rulebook` option: a built-in rulebook, or `undefined` when not given. */
const rulebookOption = (options: Options): Rulebook | undefined => {
  const rulebookId = str(options, 'rulebook');
  if (rulebookId === undefined) return undefined;
  const rulebook = findRulebook(rulebookId);
  if (!rulebook) throw usage(`không có bộ tiêu chí "${rulebookId}"; các bộ tiêu chí: ${rulebookIds().join(', ')}`, `unknown rulebook "${rulebookId}"; known rulebooks: ${rulebookIds().join(', ')}`);
  return rulebook;
};

/** What `check` and `report` read to evaluate a plan: the plan, the date, and the evaluation options. */
const planInputs = (options: Options, io: CliIo) => {
  const plan = planOption(options);
  const asOf = dateOption(options, 'as-of', civilDateInVietnam(io.now));
  const context = readContext(options, io);
  const areas = readAreas(options, io);
  const tol = tolerance(options);
  const evaluation = { asOf, ...(context ? { context } : {}), ...(tol === undefined ? {} : { tolerance: tol }), ...(areas ? { areas } : {}) };
  return { plan, asOf, evaluation };
};

const runGrade = async (paths: readonly string[], options: Options, io: CliIo): Promise<number> => {
  const lang = langOf(options);
  const rulebook = rulebookOption(options);
  const yearText = str(options, 'year');
  const year = yearText === undefined || !/^\d{4}$/.test(yearText) ? undefined : Number(yearText);
  if (yearText !== undefined && year === undefined) throw usage(`--year phải là một năm, ví dụ 2024 (nhận được "${yearText}")`, `--year must be a year such as 2024 (got "${yearText}")`);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) throw usage(`--year phải là một năm, ví dụ 2024 (nhận được "${yearText ?? ''}")`, `--year must be a year such as 2024 (got "${yearText ?? ''}")`);
  // Streams: each record is graded as it is read; only the per-year tally and the rows to print are kept.
  const gradeOptions = { ...(rulebook ? { rulebook } : {}), ...(year === undefined ? {} : { year }) };
  const keep = options.json === true || options.all === true ? Infinity : GRADE_TABLE_ROWS;
  const tally = createGradeTally();
  const summary: Record<string, number> = {};
  const kept: GradeRow[] = [];
  let graded = 0;
  const loaded = await load(paths, options, io, lang, (record) => {
    const row = gradeRecord(record, gradeOptions);
    if (!row) return;
    graded += 1;
    tally.add(row);
    summary[gradeKey(row)] = (summary[gradeKey(row)] ?? 0) + 1;
    if (kept.length < keep) kept.push(row);
  });
  if (options.json === true) {
    io.stdout(`${JSON.stringify({ input: inputJson(paths, loaded), summary, results: kept.map(gradeRowJson) }, null, 2)}\n`);
    return EXIT.OK;
  }
  io.stdout(`${heading(lang === 'vi' ? 'Tổng hợp xếp loại' : 'Grade summary')}\n${gradeSummaryTable(tally.distribution(), lang)}\n\n`);
  io.stdout(`${heading(lang === 'vi' ? 'Kết quả từng HTX' : 'Each cooperative', '─')}\n${gradeTable(kept, lang)}\n`);
  if (graded > kept.length) io.stdout(`… +${graded - kept.length} (${lang === 'vi' ? 'dùng --all hoặc --json để xem tất cả' : 'use --all or --json to see all'})\n`);
  return EXIT.OK;
};

/** Rows printed by `coop grade` without `--all`. */
const GRADE_TABLE_ROWS = 40;

/** The JSON form of one graded row. */
const gradeRowJson = (r: GradeRow): unknown =>
  r.error
    ? { organisationId: r.record.organisationId, year: r.record.year, error: r.error }
    : r.dataGrade !== undefined
      ? {
          organisationId: r.record.organisationId,
          year: r.record.year,
          status: r.dataGrade === 'not-rated' ? 'not-rated' : 'rated',
          grade: r.dataGrade === 'not-rated' ? undefined : r.dataGrade,
          source: 'data',
        }
      : r.result;

const runCheck = async (paths: readonly string[], options: Options, io: CliIo): Promise<number> => {
  const lang = langOf(options);
  const { plan, asOf, evaluation } = planInputs(options, io);
  const loaded = await load(paths, options, io, lang);
  const results = evaluate(plan, loaded.records, evaluation);
  const code = exitCodeFor(results);
  if (options.json === true) {
    io.stdout(`${JSON.stringify({ plan: plan.id, asOf, input: inputJson(paths, loaded), summary: countStatuses(results), exitCode: code, targets: results.map((r) => targetJson(r, lang)) }, null, 2)}\n`);
    return code;
  }
  io.stdout(`${heading(`${plan.title[lang]}`)}\n${plan.issuer[lang]} · ${plan.document.number ?? ''} · ${lang === 'vi' ? 'đánh giá tại' : 'as of'} ${asOf}\n\n`);
  io.stdout(`${checkTable(results, lang)}\n\n`);
  io.stdout(`${lang === 'vi' ? 'Giải thích' : 'Explanations'}:\n`);
  for (const e of results) io.stdout(`  • ${e.target.label[lang]} — ${statusLabel(entryStatus(e), lang)}: ${entryExplanation(e, lang)}\n`);
  const counts = countStatuses(results);
  io.stdout(`\n${lang === 'vi' ? `${counts.passing}/${counts.total} chỉ tiêu đạt hoặc đúng tiến độ` : `${counts.passing}/${counts.total} targets achieved or on track`}\n`);
  const readings = targetReadings(results);
  io.stdout(lang === 'vi' ? `Chậm tiến độ / không đạt: ${readings.off} · chưa đủ số liệu / chưa đánh giá được: ${readings.noAnswer}\n` : `Off track or not met: ${readings.off} · insufficient data or not evaluated: ${readings.noAnswer}\n`);
  for (const w of collectWarnings(results, lang)) io.stdout(`⚠ ${w.text}${w.where ? ` — ${w.where}` : ''}\n`);
  return code;
};

const runDeadlines = async (options: Options, io: CliIo): Promise<number> => {
  const lang = langOf(options);
  const from = dateOption(options, 'from', civilDateInVietnam(io.now));
  const to = dateOption(options, 'to', addYear(from));
  if (from > to) throw usage(`--to (${to}) trước --from (${from})`, `--to (${to}) is before --from (${from})`);
  const ids = (options.cycle as readonly string[] | undefined) ?? [];
  const resolved = resolveCycles(ids);
  if (!resolved.ok) throw usage(`không có chu kỳ ${resolved.unknown.join(', ')}; các chu kỳ: ${CYCLE_IDS.join(', ')}`, `unknown cycle(s) ${resolved.unknown.join(', ')}; known cycles: ${CYCLE_IDS.join(', ')}`);
  const rows = deadlineRows(resolved.cycles, from, to, lang);
  const ics = str(options, 'ics');
  if (ics !== undefined) {
    await writeOut(resolve(io.cwd, ics), toICalendar(rows.map((r) => r.step), { generatedAt: io.now, lang }));
  }
  if (options.json === true) {
    io.stdout(`${JSON.stringify({ from, to, ...(ics ? { ics } : {}), deadlines: rows.map(deadlineJson) }, null, 2)}\n`);
    return EXIT.OK;
  }
  io.stdout(`${heading(lang === 'vi' ? `Hạn báo cáo từ ${from} đến ${to}` : `Deadlines from ${from} to ${to}`)}\n${deadlineTable(rows, lang)}\n`);
  if (ics !== undefined) io.stdout(`\n${lang === 'vi' ? 'Đã ghi lịch' : 'Calendar written to'} ${ics} (${rows.length} ${lang === 'vi' ? 'sự kiện' : 'events'})\n`);
  return EXIT.OK;
};

const runReport = async (paths: readonly string[], options: Options, io: CliIo): Promise<number> => {
  const lang = langOf(options);
  const { plan, asOf, evaluation } = planInputs(options, io);
  const rulebook = rulebookOption(options);
  const loaded = await load(paths, options, io, lang);
  const results = evaluate(plan, loaded.records, evaluation);
  const grades: GradeRow[] = gradeRecords(loaded.records, rulebook ? { rulebook } : {});
  const range = { from: asOf, to: addYear(asOf) };
  // The plan's own cycles; every built-in cycle when the plan names none.
  const cycles = resolveCycles(plan.cycles.filter((c) => CYCLE_IDS.includes(c)));
  const deadlines = cycles.ok ? deadlineRows(cycles.cycles, range.from, range.to, lang) : [];
  const html = renderReportHtml(
    buildReportModel({
      lang,
      plan,
      asOf,
      targets: results,
      grades,
      deadlines,
      deadlineRange: range,
      dataLabel: paths.join(', '),
      generatedBy: `coop report ${paths.join(' ')} --plan ${plan.id} · ${asOf}`,
      rows: loaded.rows,
      issues: loaded.issues,
      warnings: gradeWarnings(grades),
    }),
  );
  const out = resolve(io.cwd, str(options, 'out') as string);
  await writeOut(out, html);
  const code = exitCodeFor(results);
  if (options.json === true) io.stdout(`${JSON.stringify({ plan: plan.id, asOf, out, summary: countStatuses(results), exitCode: code }, null, 2)}\n`);
  else io.stdout(`${lang === 'vi' ? 'Đã ghi báo cáo' : 'Report written to'} ${out}\n`);
  return code;
};

const headerHelp = (lang: Lang): string =>
  (lang === 'vi'
    ? [
        'Cột của tệp (tiêu đề tiếng Việt hoặc tiếng Anh; không phân biệt hoa thường và dấu):',
        ...HEADER_MAP.map((h) => `  ${h.header.vi} / ${h.header.en} → ${h.field}`),
        '  Điểm 1a / Points 1a … → điểm tiêu chí 1a của phiếu chấm điểm',
        'Số: 5.000.000 hoặc 5000000 (dấu chấm = hàng nghìn), 1,5 (dấu phẩy = thập phân); có/không: có/không, x, 1/0.',
      ]
    : [
        'File columns (Vietnamese or English headers; case and diacritics are ignored):',
        ...HEADER_MAP.map((h) => `  ${h.header.vi} / ${h.header.en} → ${h.field}`),
        '  Điểm 1a / Points 1a … → the scoring-sheet points of criterion 1a',
        'Numbers: 5.000.000 or 5000000 (dot = thousands), 1,5 (comma = decimal); yes/no: có/không, x, 1/0.',
      ]
  ).join('\n');

const extraHelp = (command: CommandSpec, lang: Lang): string => {
  const vi = lang === 'vi';
  if (command.name === 'check' || command.name === 'report') return `${vi ? 'Kế hoạch' : 'Plans'}: ${planIds().join(', ')}\n\n${headerHelp(lang)}`;
  if (command.name === 'grade') return `${vi ? 'Bộ tiêu chí' : 'Rulebooks'}: ${rulebookIds().join(', ')}\n\n${headerHelp(lang)}`;
  if (command.name === 'deadlines') return `${vi ? 'Chu kỳ' : 'Cycles'}: ${CYCLE_IDS.join(', ')}`;
  return '';
};

/** The language asked for on the command line, read before parsing (usage errors are written in it). */
const argvLang = (argv: readonly string[]): Lang => {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'vi';
};

/**
 * Runs `coop` with arguments.
 *
 * @param argv - the arguments after the program name
 * @param io - output streams, clock, working directory
 * @param demo - the demo runner (injected so the bin can bundle the sample data)
 * @returns the exit code (0 all met / on track, 1 some target not met, 2 usage or input error)
 */
export const main = async (
  argv: readonly string[],
  io: CliIo,
  demo?: (options: { readonly now: Date; readonly out: string; readonly log: (text: string) => void; readonly lang?: Lang }) => Promise<number>,
): Promise<number> => {
  const args = parseArgs(argv);
  if (!args.ok) {
    const lang = argvLang(argv);
    const help = `coop ${args.command ? `${args.command.name} ` : ''}--help`;
    io.stderr(`coop: ${args.label[lang]}\n`);
    io.stderr(lang === 'vi' ? `Chạy \`${help}\` để xem cách dùng.\n` : `Run \`${help}\` for usage.\n`);
    return EXIT.USAGE;
  }
  if (args.version) {
    io.stdout('coop 0.1.0\n');
    return EXIT.OK;
  }
  if (!args.command || args.options.help === true) {
    const lang = langOf(args.options);
    io.stdout(helpText(args.command, args.command ? extraHelp(args.command, lang) : '', lang));
    return EXIT.OK;
  }
  const files = args.rest && args.rest.length > 0 ? args.rest : args.positionals.records === undefined ? [] : [args.positionals.records];
  const lang = langOf(args.options);
  try {
    switch (args.command.name) {
      case 'grade':
        return await runGrade(files, args.options, io);
      case 'check':
        return await runCheck(files, args.options, io);
      case 'deadlines':
        return await runDeadlines(args.options, io);
      case 'report':
        return await runReport(files, args.options, io);
      case 'demo':
        if (!demo) throw usage('bản dựng này không có lệnh demo', 'the demo is not available in this build');
        return await demo({ now: io.now, out: resolve(io.cwd, str(args.options, 'out') ?? 'out'), log: io.stdout, ...(str(args.options, 'lang') ? { lang: langOf(args.options) } : {}) });
      default:
        throw usage(`không có lệnh ${args.command.name}`, `unknown command ${args.command.name}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`coop ${args.command.name}: ${error.label[lang]}\n`);
      if (args.options.json === true) io.stdout(`${JSON.stringify({ error: { code: error.code, message: error.label } })}\n`);
      return EXIT.USAGE;
    }
    if (isCoopError(error)) {
      // The SDK refused an input the user gave (a date outside a table, an unknown id): not a crash.
      io.stderr(`coop ${args.command.name}: ${error.message} [${error.code}]\n`);
      if (args.options.json === true) io.stdout(`${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`);
      return EXIT.USAGE;
    }
    // A bug: say so in one line, without a stack trace naming install paths.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`coop ${args.command.name}: ${lang === 'vi' ? 'lỗi nội bộ (xin báo lại kèm dòng này)' : 'internal error (please report it with this line)'}: ${detail.slice(0, 500)}\n`);
    return EXIT.INTERNAL;
  }
};
