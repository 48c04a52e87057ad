import { isCoopError } from '@coop/model';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CYCLES, defineCycle } from '../src/cycles.js';
import { deadlines, upcoming } from '../src/deadlines.js';
import { toICalendar } from '../src/ical.js';

const generatedAt = '2025-11-01T08:00:00Z';

const longVietnamese = defineCycle({
  id: 'vi,long;cycle',
  kind: 'report',
  label: {
    vi: 'Báo cáo tổng hợp kết quả đánh giá, phân loại hợp tác xã nông nghiệp; tổ hợp tác và liên hiệp hợp tác xã trên địa bàn huyện \\ tỉnh',
    en: 'A long, punctuated; label \\ with a backslash',
  },
  source: { document: 'Kế hoạch số 42/KH-UBND', phrase: 'gửi về Sở Nông nghiệp và PTNT trong tháng 3/2024,\ntheo dõi' },
  periodType: 'year',
  window: 'calendar',
  steps: [{ id: 'report', level: 'district', label: { vi: 'Gửi báo cáo đánh giá', en: 'Send' }, due: { month: 12, day: 20 } }],
});

const parse = (ics: string) => {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
};

describe('toICalendar', () => {
  const items = [
    ...deadlines(CYCLES['rating-01-2020'], { from: '2024-01-01', to: '2024-12-31' }),
    ...deadlines(CYCLES['cooperative-day'], { from: '2025-01-01', to: '2025-12-31' }),
    ...deadlines(longVietnamese, { from: '2025-01-01', to: '2025-12-31' }),
  ];
  const ics = toICalendar(items, { generatedAt, name: 'Lịch báo cáo HTX, 2025' });

  it('is a VCALENDAR with PRODID, VERSION:2.0 and a +07:00 VTIMEZONE without DST', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//coop-sdk//@coop/calendar//VI');
    // ical.js does not know X-WR-CALNAME's type, so it keeps the TEXT escape as written
    expect(ics).toContain('X-WR-CALNAME:Lịch báo cáo HTX\\, 2025\r\n');
    const tz = cal.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(tz?.getAllSubcomponents('daylight')).toHaveLength(0);
    const std = tz?.getFirstSubcomponent('standard');
    expect(String(std?.getFirstPropertyValue('tzoffsetto'))).toBe('+07:00');
  });

  it('writes all-day events on the effective dates, with stable UIDs and DTSTAMP from generatedAt', () => {
    const events = parse(ics);
    expect(events.map((e) => e.uid)).toEqual([
      'rating-01-2020/2024/cooperative@coop-calendar',
      'rating-01-2020/2024/district@coop-calendar',
      'rating-01-2020/2024/province@coop-calendar',
      'cooperative-day/2025/event@coop-calendar',
      'vi,long;cycle/2025/report@coop-calendar',
    ]);
    // 2024: 15 Dec is a Sunday → Monday 16; 18 Dec Wednesday; 21 Dec Saturday → Monday 23
    expect(events.map((e) => e.startDate.toString())).toEqual(['2024-12-16', '2024-12-18', '2024-12-23', '2025-04-11', '2025-12-22']);
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-11-01T08:00:00Z');
    }
    expect(events[0]?.description).toContain('2024-12-15');
    expect(events[0]?.description).toContain('Hạn thực tế: 2024-12-16');
  });

  it('folds at 75 octets without breaking UTF-8, uses CRLF, and Vietnamese survives folding and escaping', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // something was folded
    const event = parse(ics).at(-1)!;
    expect(event.summary).toBe(`Gửi báo cáo đánh giá — ${longVietnamese.label.vi} (2025)`);
    expect(event.description).toContain('gửi về Sở Nông nghiệp và PTNT trong tháng 3/2024,\ntheo dõi');
    expect(ics).toContain('\\;');
    expect(ics).toContain('\\,');
  });

  it('is deterministic, and takes steps (e.g. from upcoming) as well as deadlines', () => {
    expect(toICalendar(items, { generatedAt, name: 'Lịch báo cáo HTX, 2025' })).toBe(ics);
    const steps = upcoming('2025-06-01', [CYCLES['mard-annual']], 1);
    const en = toICalendar(steps, { generatedAt: new Date(generatedAt), lang: 'en' });
    const [event] = parse(en);
    expect(event?.uid).toBe('mard-annual/2025/report@coop-calendar');
    expect(event?.summary).toContain('Annual report to MARD');
    expect(event?.description).toContain('Date as written: 2025-12-20 (strict "before" reading)');
    expect(event?.description).toContain('Nominal deadline (last acceptable day): 2025-12-19');
  });

  it('needs generatedAt: the library never reads the clock', () => {
    let caught: unknown;
    try {
      toICalendar([], {} as { generatedAt: string });
    } catch (error) {
      caught = error;
    }
    expect(isCoopError(caught, 'MISSING_GENERATED_AT')).toBe(true);
    expect(parse(toICalendar([], { generatedAt }))).toEqual([]);
  });
});
