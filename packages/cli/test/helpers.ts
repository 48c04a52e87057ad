import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/node/main.js';

/** Points of a full Circular 01/2020 sheet totalling `total` (adjusting criterion 15). */
export const sheet = (total: number): Record<string, number> => {
  const base: Record<string, number> = {
    '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2,
    '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 5, '11': 5, '12': 5, '13': 5, '14': 5, '15': 5,
  };
  // 95 points above; remove the difference from group III criteria, keeping each non-negative
  let excess = Math.round((Object.values(base).reduce((a, b) => a + b, 0) - total) * 100) / 100;
  for (const id of ['15', '14', '13', '12', '11', '10', '9', '8', '6', '5']) {
    const take = Math.min(excess, base[id] ?? 0);
    base[id] = Math.round(((base[id] ?? 0) - take) * 100) / 100;
    excess = Math.round((excess - take) * 100) / 100;
  }
  return base;
};

export const SHEET_IDS = Object.keys(sheet(80));

/** Writes a file into a fresh temp dir and returns its path. */
export const tempFile = (name: string, content: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'coop-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'coop-cli-'));

/** An in-memory io with a fixed clock. */
export const memoryIo = (now = '2025-06-30T03:00:00Z', cwd = tempDir()): CliIo & { out: () => string; err: () => string } => {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stderrIsTTY: false,
    now: new Date(now),
    cwd,
    out: () => out,
    err: () => err,
  };
};

/** A Vietnamese-header CSV of rated cooperatives: one row per [id, year, total points, revenue text]. */
export const vietnameseCsv = (rows: ReadonlyArray<readonly [string, number, number, string]>, extra = ''): string => {
  const header = ['Mã HTX', 'Tên HTX', 'Năm', 'Loại hình', 'Lĩnh vực', 'Mã địa bàn', 'Doanh thu', 'Số tháng hoạt động', 'Số tháng ngừng hoạt động', 'Bộ tiêu chí', ...SHEET_IDS.map((id) => `Điểm ${id}`)];
  const lines = rows.map(([id, year, total, revenue]) =>
    [id, `"HTX ${id}, Tân Cương"`, String(year), 'Hợp tác xã', 'Thương mại – dịch vụ', 'TN-01', revenue, '12', '0', 'circular-01-2020', ...SHEET_IDS.map((c) => {
      const text = String(sheet(total)[c]).replace('.', ',');
      return text.includes(',') ? `"${text}"` : text; // "4,99": the decimal comma must be quoted
    })].join(','),
  );
  return `\uFEFF${header.join(',')}\r\n${lines.join('\r\n')}\r\n${extra}`;
};
