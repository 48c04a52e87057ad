/**
 * Child process of bench/sheets.ts: reads one file with the built `@coop/sheets` (`readRecordFiles`,
 * default mapping, records kept as a portal keeps them) and prints one JSON line: rows, accepted and
 * rejected counts, seconds (wall clock, and CPU time of all the process's threads), and the peak RSS of this process (`process.resourceUsage().maxRSS`).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

type Read = (files: Array<{ name: string; bytes: Uint8Array }>, options?: Record<string, unknown>) => Promise<{
  ok: boolean;
  value?: { records: unknown[]; rows: number; rejected: Array<{ row: number; reasons: Array<{ code: string; column?: string; message: { en: string } }> }> };
  issues: Array<{ code: string; message: { en: string } }>;
}>;

const path = process.argv[2] ?? '';
const { built } = await import('./lib.js');
const { readRecordFiles } = (await import(built('sheets'))) as { readRecordFiles: Read };
const started = performance.now();
const cpuStarted = process.cpuUsage();
const bytes = new Uint8Array(readFileSync(path));
const result = await readRecordFiles([{ name: basename(path), bytes }]);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const firstRejected = result.value?.rejected[0];
console.log(
  JSON.stringify({
    ok: result.ok,
    rows: result.value?.rows ?? 0,
    records: result.value?.records.length ?? 0,
    rejected: result.value?.rejected.length ?? 0,
    firstReason: firstRejected ? `row ${firstRejected.row}: ${firstRejected.reasons.map((r) => `${r.column ?? ''} ${r.code} ${r.message.en}`).join('; ')}` : result.ok ? undefined : result.issues[0]?.message.en,
    seconds: Math.round(seconds * 100) / 100,
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    maxRssMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
  }),
);
