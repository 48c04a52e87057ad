import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUploadedRecords } from '../src/upload.js';
import { openApiChecker, startHarness, type Harness } from './harness.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../packages/sheets/test/fixtures/${name}`, import.meta.url)));

let h: Harness;
let check: ReturnType<typeof openApiChecker>;
beforeAll(async () => {
  h = await startHarness({ maxUploadBytes: 512 * 1024, maxRecords: 1_000, requestTimeoutMs: 10_000 }, readUploadedRecords);
  check = openApiChecker((await (await fetch(`${h.base}/openapi.json`)).json()) as Record<string, unknown>);
});
afterAll(async () => {
  await h.service.shutdown();
});

const upload = async (files: Array<[string, Uint8Array]>, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [name, bytes] of files) form.append('file', new Blob([new Uint8Array(bytes)]), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${h.base}/upload`, { method: 'POST', body: form });
  const body = (await res.json()) as Record<string, any>;
  expect(check('/upload', 'POST', res.status, body)).toBeUndefined();
  expect(JSON.stringify(body)).not.toMatch(/\/work\/|node_modules|\bat .+:\d+:\d+/);
  return { res, body };
};

describe('POST /upload', () => {
  it('reads a workbook saved by LibreOffice and a Windows-1258 CSV into one record set, evaluates the plan, and returns the rejected rows', async () => {
    const { res, body } = await upload([['vn-2019.xlsx', fixture('vn-2019.xlsx')], ['vn-2020.xlsx', fixture('vn-2020.xlsx')]], { plan: 'thai-nguyen-42-2024', asOf: '2025-06-30' });
    expect(res.status).toBe(200);
    expect(body.accepted).toBeGreaterThan(0);
    expect(body.evaluations.map((e: any) => e.planId)).toEqual(['thai-nguyen-42-2024']);
    for (const row of body.rejected) {
      expect(row.file).toMatch(/\.xlsx$/);
      expect(row.row).toBeGreaterThan(1);
      expect(row.reasons.every((r: any) => r.code && r.message.vi && r.message.en)).toBe(true);
    }
    const csv = await upload([['vn-2019.cp1258.csv', fixture('vn-2019.cp1258.csv')]], { plan: 'thai-nguyen-42-2024', asOf: '2025-06-30' });
    expect(csv.res.status).toBe(200);
    const fromXlsx2019 = await upload([['vn-2019.xlsx', fixture('vn-2019.xlsx')]], { plan: 'thai-nguyen-42-2024', asOf: '2025-06-30' });
    expect(csv.body.accepted).toBe(fromXlsx2019.body.accepted); // the same rows, whatever the format
  });
  it('answers 404 for an unknown plan, 400 for bad fields, 415 for a JSON body', async () => {
    expect((await upload([['a.csv', new TextEncoder().encode('x\n1')]], { plan: 'nope' })).res.status).toBe(404);
    expect((await upload([['a.csv', new TextEncoder().encode('x\n1')]], { asOf: 'tomorrow' })).res.status).toBe(400);
    const res = await fetch(`${h.base}/upload`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(415);
  });
  it('answers 400 when no file is given', async () => {
    const form = new FormData();
    form.append('plan', 'thai-nguyen-42-2024');
    const res = await fetch(`${h.base}/upload`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
  });
  it('refuses hostile workbooks with 400 or 413, and stays up', async () => {
    const notZip = new TextEncoder().encode('PK\u0003\u0004 this is not a zip');
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }); // 64 MB of zeros unpacked
    const noSheet = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>') });
    const legacy = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const [name, bytes] of [['broken.xlsx', notZip], ['bomb.xlsx', bomb], ['empty.xlsx', noSheet], ['old.xls', legacy]] as Array<[string, Uint8Array]>) {
      const { res } = await upload([[name, bytes]]);
      expect([400, 413], name).toContain(res.status);
    }
    const big = new Uint8Array(600 * 1024);
    const form = new FormData();
    form.append('file', new Blob([big]), 'big.csv');
    expect((await fetch(`${h.base}/upload`, { method: 'POST', body: form })).status).toBe(413);
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
  });
});
