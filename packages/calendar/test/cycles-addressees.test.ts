/**
 * Audit 2026-12 (docs/audits/2026-12-calendar-areas.md): a built-in step due after 1 March 2025 must
 * not send users to a ministry that no longer exists. Resolution 176/2025/QH15 (in force 01/03/2025)
 * merged the Ministry of Planning and Investment into the Ministry of Finance, and MARD with the
 * Ministry of Natural Resources and Environment into the Ministry of Agriculture and Environment.
 */
import { describe, expect, it } from 'vitest';
import { CYCLES, type CycleStep } from '../src/cycles.js';
import { deadlines } from '../src/deadlines.js';

const MERGED = [
  { old: { vi: 'Bộ Kế hoạch và Đầu tư', en: /Ministry of Planning and Investment|planning ministry/ }, now: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' } },
  { old: { vi: 'Bộ Nông nghiệp và PTNT', en: /MARD/ }, now: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' } },
] as const;

describe('addressees of the built-in cycles after the 2025 ministry mergers', () => {
  const after = Object.values(CYCLES).flatMap((cycle) =>
    deadlines(cycle, { from: '2025-03-01', to: '2031-12-31' }).flatMap((d) => d.steps.filter((s) => s.to !== undefined)),
  );

  it('every step due from 1 March 2025 that names a merged ministry also names the ministry that took it over', () => {
    expect(after.length).toBeGreaterThan(0);
    for (const step of after) {
      for (const { old, now } of MERGED) {
        if (step.to!.vi.includes(old.vi)) expect(step.to!.vi, step.uid).toContain(now.vi);
        if (old.en.test(step.to!.en)) expect(step.to!.en, step.uid).toContain(now.en);
      }
    }
  });

  it('the MARD reports (Decision 2803/QĐ-BNN-KTHT) and the programme report (Resolution 134/NQ-CP) go to the successors', () => {
    const to = (id: keyof typeof CYCLES) => (CYCLES[id].steps[0] as CycleStep).to!;
    expect(to('mard-half-year').vi).toMatch(/^Bộ Nông nghiệp và Môi trường/);
    expect(to('mard-annual').en).toMatch(/^Ministry of Agriculture and Environment/);
    expect(to('programme-annual').vi).toMatch(/^Bộ Tài chính/);
    expect(CYCLES['support-programme-124-2021'].steps[0]!.to!.en).toMatch(/^Ministry of Finance/);
  });
});
