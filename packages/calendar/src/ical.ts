/**
 * iCalendar (RFC 5545) export of deadlines: one all-day VEVENT per step on its effective date, with
 * stable UIDs, CRLF line endings, UTF-8-aware folding at 75 octets and TEXT escaping.
 */
import { CoopError, type Lang } from '@coop/model';
import type { Deadline, DeadlineStep } from './deadlines.js';
import { addDays } from './internal/civil-date.js';
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

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

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

const stepsOf = (items: readonly (Deadline | DeadlineStep)[]): DeadlineStep[] =>
  items.flatMap((item) => ('steps' in item ? item.steps : [item]));

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
 * @param options - `generatedAt` (required, the DTSTAMP), `lang`, `name`, `prodId`
 * @returns the calendar text with CRLF line endings
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
  if (options === undefined || options.generatedAt === undefined) {
    throw new CoopError('MISSING_GENERATED_AT', 'toICalendar needs options.generatedAt (the library never reads the clock)');
  }
  const lang: Lang = options.lang ?? 'vi';
  const stamp = basicInstant(toEpochMs(options.generatedAt));
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//coop-sdk//@coop/calendar//VI'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name === undefined ? [] : [`X-WR-CALNAME:${escapeText(options.name)}`]),
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
  for (const s of stepsOf(items)) {
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
