import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/node/main.js';
import { memoryIo, tempFile, vietnameseCsv } from './helpers.js';

const csv = vietnameseCsv(
  [
    ['HTX-1', 2024, 80, '"5.200.000.000"'],
    ['HTX-2', 2024, 79.99, '4800000000'],
    ['HTX-3', 2024, 64.5, '"1.000.000,5"'], // not integral VND: rejected
    ['HTX-4', 2024, 40, '1.5'], // ambiguous: rejected
  ],
);

describe('coop grade', () => {
  it('grades the good rows, reports bad rows with line and column, prints tables', async () => {
    const file = tempFile('htx.csv', csv);
    const io = memoryIo();
    const code = await main(['grade', file, '--lang', 'en'], io);
    expect(code).toBe(0);
    expect(io.err()).toContain('2 row(s) rejected, 2 valid row(s) processed');
    expect(io.err()).toMatch(/line 4, column 7 \(Doanh thu\)/);
    expect(io.err()).toMatch(/line 5, column 7 \(Doanh thu\).*ambiguous_number/);
    expect(io.out()).toContain('Grade summary');
    expect(io.out()).toMatch(/HTX-1 .*Good +80/);
    expect(io.out()).toMatch(/HTX-2 .*Fair +79\.99/);
  });

  it('--json gives every result and issue', async () => {
    const file = tempFile('htx.csv', csv);
    const io = memoryIo();
    expect(await main(['grade', file, '--json'], io)).toBe(0);
    const json = JSON.parse(io.out()) as { input: { rejected: number; issues: Array<{ line: number; column: number }> }; summary: Record<string, number>; results: Array<{ grade?: string }> };
    expect(json.input.rejected).toBe(2);
    expect(json.input.issues.map((i) => [i.line, i.column])).toContainEqual([5, 7]);
    expect(json.summary).toEqual({ good: 1, fair: 1 });
    expect(json.results.map((r) => r.grade)).toEqual(['good', 'fair']);
    expect(io.err()).toBe('');
  });

  it('--strict turns rejected rows into exit code 2', async () => {
    const file = tempFile('htx.csv', csv);
    expect(await main(['grade', file, '--strict'], memoryIo())).toBe(2);
  });

  it('unknown rulebook, missing file and bad header are input errors (exit 2)', async () => {
    const file = tempFile('htx.csv', csv);
    const io = memoryIo();
    expect(await main(['grade', file, '--rulebook', 'circular-99', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('known rulebooks: circular-01-2020');
    const io2 = memoryIo();
    expect(await main(['grade', '/nonexistent/x.csv'], io2)).toBe(2);
    expect(io2.err()).toContain('không có tệp này');
    const io2en = memoryIo();
    expect(await main(['grade', '/nonexistent/x.csv', '--lang', 'en'], io2en)).toBe(2);
    expect(io2en.err()).toContain('no such file');
    const io3 = memoryIo();
    expect(await main(['grade', tempFile('bad.csv', 'Mã HTX,Năm\nA,2024\n')], io3)).toBe(2);
    expect(io3.err()).toContain('Thiếu cột bắt buộc');
  });

  it('reads a JSON file', async () => {
    const file = tempFile('r.json', JSON.stringify([{ organisationId: 'A', year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'X', monthsOperating: 6 }]));
    const io = memoryIo();
    expect(await main(['grade', file, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).summary).toEqual({ 'not-rated': 1 });
  });
});

describe('coop check', () => {
  it('lists the known plans for an unknown plan (exit 2)', async () => {
    const io = memoryIo();
    expect(await main(['check', tempFile('h.csv', csv), '--plan', 'nope', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('known plans: mard-2803-2023');
    expect(io.err()).toContain('thai-nguyen-42-2024');
  });

  it('evaluates a plan and exits 1 when targets are not met; --json has status, value, gap, explanation', async () => {
    const io = memoryIo();
    const code = await main(['check', tempFile('h.csv', csv), '--plan', 'mard-2803-2023', '--as-of', '2025-06-30', '--json'], io);
    expect(code).toBe(1);
    const json = JSON.parse(io.out()) as { exitCode: number; targets: Array<{ id: string; status: string; explanation?: unknown; error?: unknown }> };
    expect(json.exitCode).toBe(1);
    expect(json.targets.map((t) => t.id)).toContain('good-or-fair-share');
    for (const t of json.targets) expect(t.explanation ?? t.error).toBeDefined();
  });

  it('prints a table with explanations in Vietnamese by default', async () => {
    const io = memoryIo();
    await main(['check', tempFile('h.csv', csv), '--plan', 'thai-nguyen-42-2024', '--as-of', '2025-06-30'], io);
    expect(io.out()).toContain('Chỉ tiêu');
    expect(io.out()).toContain('Giải thích');
  });

  it('rejects a bad date and a missing --plan (exit 2)', async () => {
    expect(await main(['check', 'x.csv', '--plan', 'mard-2803-2023', '--as-of', '30/06/2025'], memoryIo())).toBe(2);
    const io = memoryIo();
    expect(await main(['check', 'x.csv', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('needs --plan');
  });
});

describe('coop deadlines', () => {
  it('lists rolled deadlines and writes an iCalendar file', async () => {
    const io = memoryIo();
    expect(await main(['deadlines', '--from', '2027-06-01', '--to', '2027-06-30', '--cycle', 'mard-half-year', '--ics', 'out/d.ics', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('2027-06-21');
    expect(io.out()).toContain('moved from 2027-06-19 (Saturday)');
    const ics = readFileSync(join(io.cwd, 'out/d.ics'), 'utf8');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270621');
  });
  it('defaults to one year from the injected clock; --json', async () => {
    const io = memoryIo('2025-12-01T00:00:00Z');
    await main(['deadlines', '--cycle', 'mard-annual', '--json'], io);
    const json = JSON.parse(io.out()) as { from: string; to: string; deadlines: Array<{ effectiveDate: string }> };
    expect(json.from).toBe('2025-12-01');
    expect(json.to).toBe('2026-11-30');
    expect(json.deadlines[0]?.effectiveDate).toBe('2025-12-19');
  });
  it('lists the known cycles for an unknown cycle', async () => {
    const io = memoryIo();
    expect(await main(['deadlines', '--cycle', 'nope', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('known cycles: mard-half-year');
  });
});

describe('coop report', () => {
  it('writes one self-contained HTML file with SVG charts', async () => {
    const io = memoryIo();
    const code = await main(['report', tempFile('h.csv', csv), '--plan', 'thai-nguyen-42-2024', '--out', 'r/report.html', '--as-of', '2025-06-30', '--lang', 'en'], io);
    expect([0, 1]).toContain(code);
    const path = join(io.cwd, 'r/report.html');
    expect(existsSync(path)).toBe(true);
    const html = readFileSync(path, 'utf8');
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/\b(src|href)\s*=|url\(|@import|<script/i);
    expect(html).toContain('Rejected input rows');
  });
});

describe('usage', () => {
  it('--help for every command, exit 0; unknown command exit 2', async () => {
    for (const c of ['grade', 'check', 'deadlines', 'report', 'demo']) {
      const io = memoryIo();
      expect(await main([c, '--help', '--lang', 'en'], io)).toBe(0);
      expect(io.out()).toContain(`Usage: coop ${c}`);
    }
    const io = memoryIo();
    expect(await main(['check', '--help', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('Plans: mard-2803-2023');
    expect(io.out()).toContain('Mã HTX / Cooperative ID');
    const bad = memoryIo();
    expect(await main(['frobnicate', '--lang', 'en'], bad)).toBe(2);
    expect(bad.err()).toContain('unknown command');
  });
});
