import { describe, expect, it } from 'vitest';
import { COMMANDS, helpText, parseArgs } from '../src/args.js';

describe('parseArgs', () => {
  it('parses a command, its positional and options in both forms', () => {
    const a = parseArgs(['check', 'r.csv', '--plan=mard-2803-2023', '--as-of', '2025-06-30', '--json', '--lang', 'en']);
    expect(a).toMatchObject({ ok: true, positionals: { records: 'r.csv' }, options: { plan: 'mard-2803-2023', 'as-of': '2025-06-30', json: true, lang: 'en' } });
  });
  it('collects repeatable and comma-separated list options', () => {
    const a = parseArgs(['deadlines', '--cycle', 'mard-annual', '--cycle', 'rating-01-2020,cooperative-day']);
    expect(a.ok && a.options.cycle).toEqual(['mard-annual', 'rating-01-2020', 'cooperative-day']);
  });
  it('reports unknown commands and options, listing what exists', () => {
    const c = parseArgs(['grde']);
    expect(c).toMatchObject({ ok: false, code: 'unknown_command' });
    expect(!c.ok && c.message).toContain('grade, check, deadlines, report');
    const o = parseArgs(['grade', 'x.csv', '--rulbook', 'a']);
    expect(o).toMatchObject({ ok: false, code: 'unknown_option' });
    expect(!o.ok && o.message).toContain('--rulebook');
  });
  it('reports missing values, arguments and required options', () => {
    expect(parseArgs(['grade', 'x.csv', '--year'])).toMatchObject({ ok: false, code: 'missing_value' });
    expect(parseArgs(['grade'])).toMatchObject({ ok: false, code: 'missing_argument' });
    expect(parseArgs(['deadlines', 'a'])).toMatchObject({ ok: false, code: 'extra_argument' });
    // Record commands take several files (one per year or per district).
    expect(parseArgs(['grade', 'a.xlsx', 'b.csv'])).toMatchObject({ ok: true, positionals: { records: 'a.xlsx' }, rest: ['a.xlsx', 'b.csv'] });
    expect(parseArgs(['check', 'x.csv'])).toMatchObject({ ok: false, code: 'missing_option' });
    expect(parseArgs(['check', 'x.csv', '--plan', 'p', '--lang', 'fr'])).toMatchObject({ ok: false, code: 'invalid_value' });
  });
  it('--help needs nothing else and every command has help', () => {
    expect(parseArgs(['check', '--help'])).toMatchObject({ ok: true, options: { help: true } });
    expect(parseArgs([])).toMatchObject({ ok: true, command: undefined });
    expect(parseArgs(['help', 'report'])).toMatchObject({ ok: true, command: { name: 'report' } });
    for (const c of COMMANDS) {
      const text = helpText(c);
      expect(text).toContain(`Usage: coop ${c.name}`);
      expect(text).toContain('Exit codes');
    }
    expect(helpText(undefined)).toContain('deadlines');
  });
  it('treats everything after -- as positional', () => {
    expect(parseArgs(['grade', '--', '--weird.csv'])).toMatchObject({ ok: true, positionals: { records: '--weird.csv' } });
  });
});

describe('help and usage errors in the chosen language (Vietnamese first)', () => {
  it('helpText in Vietnamese names every option in Vietnamese; in English as before', () => {
    for (const c of COMMANDS) {
      const vi = helpText(c, '', 'vi');
      expect(vi).toContain(`Cách dùng: coop ${c.name}`);
      expect(vi).toContain('Mã thoát');
      expect(vi).toContain(c.summary.vi);
      for (const o of c.options) expect(vi).toContain(o.help.vi);
      expect(vi).not.toContain('Exit codes');
    }
    expect(helpText(undefined, '', 'vi')).toContain('Các lệnh');
  });
  it('usage errors carry both languages; message stays the English one', () => {
    const o = parseArgs(['grade', 'x.csv', '--rulbook', 'a']);
    expect(!o.ok && o.label.vi).toContain('không có tùy chọn "--rulbook"');
    expect(!o.ok && o.message).toBe(!o.ok && o.label.en);
  });
});
