import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateObserved, runDemo } from '../src/demo.js';
import { tempDir, tempFile } from './helpers.js';

const OBSERVED = JSON.stringify({
  series: [{ id: 'national-ag-high-tech-count', unit: 'cooperatives', points: [{ year: 2020, value: 1718, source: 'https://example.org/a' }, { year: 2024, value: 2500, source: 'https://example.org/b' }] }],
  caveats: ['Figures come from excerpts.'],
});

describe('pnpm demo (runDemo with a fixed clock)', () => {
  it('runs end to end: grades, two plans, published figures, deadlines, report', async () => {
    const out = tempDir();
    let text = '';
    const result = await runDemo({ now: new Date('2025-11-20T03:00:00Z'), out, log: (t) => (text += t), observedPath: tempFile('observed.json', OBSERVED), lang: 'en' });
    expect(result.exitCode).toBe(0);
    expect(result.records).toBeGreaterThan(1000);
    expect(result.plans.map((p) => p.id)).toEqual(['thai-nguyen-42-2024', 'mard-2803-2023']);
    for (const p of result.plans) expect(p.targets.length).toBe(6);
    expect(result.observed).toBe('evaluated');
    expect(text).toContain('Evaluated as of 2025-11-20');
    expect(text).toContain('NOT on the sample');
    expect(text).toContain('example.org');
    expect(text).toContain('Figures come from excerpts.');
    expect(text).toMatch(/2025-12-19 +Friday +Send the annual report/);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    const html = readFileSync(result.reportPath, 'utf8');
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(5);
    expect(html).not.toMatch(/\b(src|href)\s*=|url\(|@import|<script/i);
  });

  it('is reproducible and says so when observed.json is absent', async () => {
    const log = (): void => undefined;
    const a = await runDemo({ now: new Date('2025-11-20T03:00:00Z'), out: tempDir(), log, observedPath: '/nonexistent/observed.json', lang: 'en' });
    const again = await runDemo({ now: new Date('2025-11-20T03:00:00Z'), out: tempDir(), log, observedPath: '/nonexistent/observed.json', lang: 'en' });
    let text = '';
    const b = await runDemo({ now: new Date('2025-11-20T03:00:00Z'), out: tempDir(), log: (t) => (text += t), observedPath: '/nonexistent/observed.json', lang: 'vi' });
    expect(a.observed).toBe('absent');
    expect(text).toContain('Không có tệp số liệu công bố');
    expect(readFileSync(again.reportPath, 'utf8')).toBe(readFileSync(a.reportPath, 'utf8'));
    expect(a.plans.map((p) => p.targets.map((t) => (t.ok ? t.result.status : 'error')))).toEqual(b.plans.map((p) => p.targets.map((t) => (t.ok ? t.result.status : 'error'))));
  });

  it('reads the published figures kept in the repository by default (data/observed.json), with their caveats', async () => {
    let text = '';
    const result = await runDemo({ now: new Date('2025-11-20T03:00:00Z'), out: tempDir(), log: (t) => (text += t), lang: 'en' });
    expect(result.observed).toBe('evaluated');
    expect(text).toContain('data/observed.json');
    expect(text).toContain('The denominator is not stated');
    const html = readFileSync(result.reportPath, 'utf8');
    expect(html).toContain('id="observed"');
  });

  it('tells the story in Vietnamese unless asked for English (as the coop command does)', async () => {
    let text = '';
    const result = await runDemo({ now: new Date('2025-11-20T03:00:00Z'), out: tempDir(), log: (t) => (text += t), observedPath: null });
    expect(text).toContain('coop — bản demo trên tỉnh mẫu');
    expect(text).not.toContain('demo on the sample province');
    expect(readFileSync(result.reportPath, 'utf8')).toContain('lang="vi"');
  });

  it('leaves out a year whose sources disagree and names it; says when a share has no stated denominator', () => {
    const [share, count] = evaluateObserved(
      {
        series: [
          { id: 'national-ag-good-or-fair-share', unit: 'percent', basis: 'unknown', points: [{ year: 2022, value: 65 }, { year: 2024, value: 65 }] },
          { id: 'national-ag-high-tech-count', unit: 'cooperatives', points: [{ year: 2023, value: 1931 }, { year: 2024, value: 2500 }, { year: 2024, value: 2400 }] },
        ],
        caveats: ['High-tech counts mix definitions.', 'Something else.'],
      },
      '2025-11-20',
      'en',
    );
    expect(share?.caveats?.[0]).toContain('denominator is not stated');
    expect(count?.detail).toContain('Sources disagree for 2024');
    expect(count?.detail).toContain('1,931 (2023)');
    expect(count?.caveats).toEqual(['High-tech counts mix definitions.']);
  });
});
