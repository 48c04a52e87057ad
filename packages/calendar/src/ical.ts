/**
 * iCalendar (RFC 5545) export of deadlines: one all-day VEVENT per step on its effective date, with
 * stable UIDs, CRLF line endings, UTF-8-aware folding at 75 octets and TEXT escaping.
 */
import { CoopError, type Lang } from '@coop/model';
import type { Deadline, DeadlineStep } from './deadlines.js';
import { addDays, isCivilDate } from './internal/civil-date.js';
import { readOptions } from './internal/read-args.js';
import { plainCopy } from './internal/snapshot.js';
import { toEpochMs, VIETNAM_TIME_ZONE } from './zone.js';

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import { CYCLES, deadlines, toICalendar, type ICalendarOptions } from '@coop/calendar';
 * const options: ICalendarOptions = { generatedAt: '2026-01-01T00:00:00Z', lang: 'en', name: 'Reports' };
 * const ics = toICalendar(deadlines(CYCLES['mard-annual'], { from: '2026-01-01', to: '2026-12-31' }), options);
 * ics.includes('X-WR-CALNAME:Reports'); // true
 * ics.includes('DTSTAMP:20260101T000000Z'); // true
 * ```
 */
export interface ICalendarOptions {
  /** The DTSTAMP of every event (required: the library never reads the clock). */
  readonly generatedAt: string | Date;
  /** Language of summaries and descriptions (default `vi`). */
  readonly lang?: Lang;
  /** The calendar's name (X-WR-CALNAME). */
  readonly name?: string;
  /** PRODID (default `-//coop-sdk//@coop/calendar//VI`). */
  readonly prodId?: string;
}

const CRLF = '\r\n';

/**
 * Control characters a TEXT value cannot carry (RFC 5545 §3.3.11: TSAFE-CHAR excludes CONTROL, which
 * §3.1 defines as %x00-08 / %x0A-1F / %x7F; HTAB is allowed). Line breaks are escaped before this applies.
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** Escapes a TEXT value (RFC 5545 §3.3.11): `\\ ; ,` and line breaks escaped, other control characters left out. */
const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
const fold = (line: string): string => {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      out += `${CRLF} `;
      octets = 1; // the leading space of the continuation line
    }
    out += char;
    octets += size;
  }
  return out;
};

const basicDate = (date: string): string => date.replace(/-/g, '');

const basicInstant = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/** Longest `name` / `prodId` accepted. */
const MAX_TEXT = 1_000;
/** Most events in one calendar. */
const MAX_EVENTS = 100_000;

/**
 * The steps of the items, checked before any output: an array of at most 100 000 events, each a
 * deadline step as `deadlines` / `upcoming` make it (plain data, read once).
 */
const checkedSteps = (items: unknown): DeadlineStep[] => {
  const copy = plainCopy(items, { maxDepth: 8, maxNodes: 5_000_000, maxString: 10_000 });
  const bad = (why: string): CoopError => new CoopError('INVALID_ARGUMENT', `items must be deadlines or deadline steps: ${why}`, {});
  if (!copy.ok) throw bad(copy.issues[0]?.message.en ?? 'unreadable');
  if (!Array.isArray(copy.value)) throw bad('not an array');
  const steps: unknown[] = copy.value.flatMap((item: unknown) => (isObj(item) && Array.isArray(item['steps']) ? item['steps'] : [item]));
  if (steps.length > MAX_EVENTS) throw bad(`more than ${MAX_EVENTS} events`);
  steps.forEach((s, i) => {
    if (!isStep(s)) throw bad(`item ${i} is not a deadline step`);
  });
  return steps as DeadlineStep[];
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLabel = (v: unknown): boolean => isObj(v) && typeof v['vi'] === 'string' && typeof v['en'] === 'string';
const isStep = (s: unknown): boolean =>
  isObj(s) &&
  typeof s['uid'] === 'string' &&
  typeof s['cycleId'] === 'string' &&
  typeof s['period'] === 'string' &&
  (s['kind'] === 'report' || s['kind'] === 'event') &&
  isLabel(s['label']) &&
  isLabel(s['cycleLabel']) &&
  isCivilDate(s['effectiveDate']) &&
  isCivilDate(s['writtenDate']) &&
  isCivilDate(s['nominalDate']) &&
  isObj(s['source']) &&
  typeof s['source']['document'] === 'string' &&
  (s['to'] === undefined || isLabel(s['to'])) &&
  (s['window'] === undefined || (isObj(s['window']) && typeof s['window']['start'] === 'string' && typeof s['window']['end'] === 'string'));

const describeStep = (s: DeadlineStep, lang: Lang): string => {
  const vi = lang === 'vi';
  const lines = [
    `${vi ? 'Kỳ' : 'Period'}: ${s.period}`,
    `${vi ? 'Ngày ghi trong văn bản' : 'Date as written'}: ${s.writtenDate}${s.strictBefore ? (vi ? ' (đọc chặt "trước ngày")' : ' (strict "before" reading)') : ''}`,
    `${vi ? 'Hạn danh nghĩa (ngày cuối được chấp nhận)' : 'Nominal deadline (last acceptable day)'}: ${s.nominalDate}`,
    `${vi ? 'Hạn thực tế' : 'Effective deadline'}: ${s.effectiveDate}${s.rolled ? (vi ? ' (lùi sang ngày làm việc kế tiếp)' : ' (rolled to the next working day)') : ''}`,
  ];
  if (s.kind === 'event') lines.splice(1, 3, `${vi ? 'Ngày' : 'Date'}: ${s.effectiveDate}`);
  if (s.window) lines.push(`${vi ? 'Số liệu' : 'Data'}: ${s.window.start} → ${s.window.end}`);
  if (s.to) lines.push(`${vi ? 'Gửi' : 'To'}: ${s.to[lang]}`);
  const src = [s.source.document, s.source.clause].filter(Boolean).join(', ');
  lines.push(`${vi ? 'Nguồn' : 'Source'}: ${src}${s.source.phrase ? ` — "${s.source.phrase}"` : ''}`);
  return lines.join('\n');
};

/**
 * Writes deadlines as an RFC 5545 calendar: VCALENDAR (PRODID, VERSION:2.0), a VTIMEZONE for
 * `Asia/Ho_Chi_Minh` (+07:00, no daylight saving), and one all-day VEVENT per step on its effective date
 * (the nominal date is in the DESCRIPTION). UIDs come from cycle id + period + step, so re-exporting
 * updates events instead of duplicating them.
 *
 * @param items - deadlines (every step is exported) and/or single steps (e.g. from `upcoming`)
 * @param options - `generatedAt` (required, the DTSTAMP), `lang` (`vi` or `en`), `name` and `prodId`
 *   (escaped TEXT, at most 1 000 characters each)
 * @returns the calendar text with CRLF line endings
 * @throws CoopError `MISSING_GENERATED_AT`, `INVALID_OPTION` (unknown `lang`, bad `name`/`prodId`),
 *   `INVALID_ARGUMENT` (items not deadlines or steps, more than 100 000 events), `INVALID_DATE`
 * @example
 * ```ts
 * import { CYCLES, deadlines, toICalendar } from '@coop/calendar';
 * const ics = toICalendar(deadlines(CYCLES['mard-annual'], { from: '2025-01-01', to: '2025-12-31' }), {
 *   generatedAt: '2025-01-01T00:00:00Z',
 * });
 * ics.includes('DTSTART;VALUE=DATE:20251219'); // true
 * ```
 */
export const toICalendar = (items: readonly (Deadline | DeadlineStep)[], options: ICalendarOptions): string => {
  // The options are read once each (a getter cannot change them after the checks).
  const read = typeof options === 'object' && options !== null ? readOptions(options, ['generatedAt', 'lang', 'name', 'prodId']) : {};
  if (read.generatedAt === undefined) {
    throw new CoopError('MISSING_GENERATED_AT', 'toICalendar needs options.generatedAt (the library never reads the clock)');
  }
  const { lang: langOption, prodId, name } = read as Partial<Record<'lang' | 'prodId' | 'name', string>>;
  if (langOption !== undefined && langOption !== 'vi' && langOption !== 'en') {
    throw new CoopError('INVALID_OPTION', "lang must be 'vi' or 'en'", { received: typeof langOption === 'string' ? (langOption as string).slice(0, 40) : typeof langOption });
  }
  for (const [key, value] of [['prodId', prodId], ['name', name]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length > MAX_TEXT)) {
      throw new CoopError('INVALID_OPTION', `${key} must be a string of at most ${MAX_TEXT} characters`, { received: typeof value === 'string' ? `${value.length} characters` : typeof value });
    }
  }
  const steps = checkedSteps(items);
  const lang: Lang = langOption ?? 'vi';
  const stamp = basicInstant(toEpochMs(read.generatedAt as string | Date));
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    // PRODID is a TEXT value: escaped like any other, so a CR LF cannot start a new property or event.
    `PRODID:${escapeText(prodId ?? '-//coop-sdk//@coop/calendar//VI')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name === undefined ? [] : [`X-WR-CALNAME:${escapeText(name)}`]),
    `X-WR-TIMEZONE:${VIETNAM_TIME_ZONE}`,
    'BEGIN:VTIMEZONE',
    `TZID:${VIETNAM_TIME_ZONE}`,
    'BEGIN:STANDARD',
    'DTSTART:19750613T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const s of steps) {
    const summary = s.kind === 'event' ? s.label[lang] : `${s.label[lang]} — ${s.cycleLabel[lang]} (${s.period})`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(s.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(s.effectiveDate)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(s.effectiveDate, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(describeStep(s, lang))}`,
      `CATEGORIES:${escapeText(s.kind === 'event' ? 'event' : 'deadline')},${escapeText(s.cycleId)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
};
