/**
 * Audit 2026-12 (docs/audits/2026-12-calendar-areas.md): RFC 5545 points of the iCalendar export that
 * ical.test.ts does not pin — control characters in TEXT values, the exact 75-octet fold with
 * multi-byte Vietnamese letters, and UIDs that do not depend on how the steps were selected.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CYCLES, defineCycle } from '../src/cycles.js';
import { deadlines, upcoming } from '../src/deadlines.js';
import { toICalendar } from '../src/ical.js';

const generatedAt = '2026-12-07T00:00:00Z';
const octets = (line: string): number => new TextEncoder().encode(line).length;
/** RFC 5545 §3.1 CONTROL: %x00-08 / %x0A-1F / %x7F (HTAB is allowed in TEXT; CR LF only end a line). */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;

const cycleWith = (vi: string, document: string) =>
  defineCycle({
    id: 'audit',
    kind: 'report',
    label: { vi, en: 'Audit' },
    source: { document },
    periodType: 'year',
    window: 'calendar',
    steps: [{ id: 'report', level: 'cooperative', label: { vi: 'Nộp', en: 'Submit' }, due: { month: 12, day: 15 } }],
  });

describe('toICalendar and RFC 5545', () => {
  it('TEXT values carry no control character (§3.3.11 TSAFE-CHAR): a label with NUL, BEL or DEL stays a valid calendar', () => {
    const cycle = cycleWith('Báo\u0007cáo\tnăm\u007F', 'Văn\u0000bản\u001B');
    const ics = toICalendar(deadlines(cycle, { from: '2026-12-01', to: '2026-12-31' }), { generatedAt, name: 'Lịch\u0001' });
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    for (const line of unfolded.split('\r\n')) expect(CONTROL.test(line), JSON.stringify(line)).toBe(false);
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event?.summary).toBe('Nộp — Báocáo\tnăm (2026)'); // HTAB is kept
    expect(event?.description).toContain('Nguồn: Vănbản');
  });

  it('folds at exactly 75 octets when a two- or three-octet letter straddles the limit', () => {
    for (let pad = 0; pad < 6; pad++) {
      const cycle = cycleWith(`${'a'.repeat(40 + pad)}${'ệ'.repeat(30)}`, 'D');
      const ics = toICalendar(deadlines(cycle, { from: '2026-12-01', to: '2026-12-31' }), { generatedAt });
      const lines = ics.split('\r\n').slice(0, -1);
      const summary = lines.findIndex((l) => l.startsWith('SUMMARY:'));
      // The first line of SUMMARY is filled up to 75 octets unless the next 3-octet letter does not fit.
      expect(octets(lines[summary]!)).toBeLessThanOrEqual(75);
      expect(octets(lines[summary]!)).toBeGreaterThan(72);
      expect(lines[summary + 1]!.startsWith(' ')).toBe(true);
      const unfolded = ics.replace(/\r\n /g, '');
      expect(unfolded).toContain(`SUMMARY:Nộp — ${'a'.repeat(40 + pad)}${'ệ'.repeat(30)} (2026)\r\n`);
    }
  });

  it('a step has the same UID whichever way it was selected (deadlines over any range, or upcoming)', () => {
    const uidOf = (ics: string): string[] => ics.split('\r\n').filter((l) => l.startsWith('UID:'));
    const byYear = toICalendar(deadlines(CYCLES['mard-annual'], { from: '2026-01-01', to: '2026-12-31' }), { generatedAt });
    const byMonth = toICalendar(deadlines(CYCLES['mard-annual'], { from: '2026-12-21', to: '2026-12-21' }), { generatedAt: '2030-01-01T00:00:00Z' });
    const next = toICalendar(upcoming('2026-12-01', [CYCLES['mard-annual']], 1), { generatedAt, lang: 'en' });
    expect(uidOf(byYear)).toEqual(['UID:mard-annual/2026/report@coop-calendar']);
    expect(uidOf(byMonth)).toEqual(uidOf(byYear));
    expect(uidOf(next)).toEqual(uidOf(byYear));
    // All-day: DTSTART;VALUE=DATE on the effective day ("trước ngày 20/12": Saturday 19/12/2026 → Monday 21/12).
    expect(byYear).toContain('DTSTART;VALUE=DATE:20261221\r\n');
    expect(byYear).toContain('DTEND;VALUE=DATE:20261222\r\n');
  });
});
