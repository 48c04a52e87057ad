import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../src/server.js';

const server = createService({ maxBodyBytes: 64 * 1024, now: () => new Date('2025-11-20T03:00:00Z') });
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const post = (path: string, body: string, type = 'application/json') =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': type }, body });

const record = (id: string, total: number) => ({
  organisationId: id, year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'A', monthsOperating: 12, monthsSuspended: 0,
  sheet: { rulebook: 'circular-01-2020', points: { '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2, '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 5, '11': 5, '12': 5, '13': 5, '14': 5, '15': total - 85 } },
});

describe('POST /grade', () => {
  it('grades valid records', async () => {
    const res = await post('/grade', JSON.stringify({ records: [record('A', 90), record('B', 86)], rulebook: 'circular-01-2020' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Array<{ grade: string; total: number }> };
    expect(body.results.map((r) => [r.grade, r.total])).toEqual([['good', 90], ['good', 86]]);
  });
  it('answers 400 with the issue list on invalid records', async () => {
    const res = await post('/grade', JSON.stringify({ records: [{ ...record('A', 90), year: 'x' }, { organisationId: 'B' }] }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string }; issues: Array<{ path: unknown[]; code: string; message: { vi: string; en: string } }> };
    expect(body.error.code).toBe('invalid_input');
    expect(body.issues.some((i) => JSON.stringify(i.path) === JSON.stringify(['records', 0, 'year']))).toBe(true);
    expect(body.issues.every((i) => i.message.vi && i.message.en)).toBe(true);
  });
  it('answers 400 on malformed JSON and on an unknown rulebook', async () => {
    const bad = await post('/grade', '{"records": [');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: Array<{ code: string }> }).issues[0]?.code).toBe('invalid_json');
    const rb = await post('/grade', JSON.stringify({ records: [], rulebook: 'nope' }));
    expect(rb.status).toBe(400);
    expect(JSON.stringify(await rb.json())).toContain('circular-01-2020');
  });
  it('answers 415 on a wrong content type and 405 on a wrong method', async () => {
    expect((await post('/grade', 'records=1', 'application/x-www-form-urlencoded')).status).toBe(415);
    const res = await fetch(`${base}/grade`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
  it('answers 413 on an oversized body, declared or streamed, and stops reading', async () => {
    const big = JSON.stringify({ records: [], pad: 'x'.repeat(100 * 1024) });
    expect((await post('/grade', big)).status).toBe(413);
    // Chunked upload without Content-Length: the server answers 413 and closes the connection.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/grade`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      let sent = 0;
      const pump = (): void => {
        while (sent < 10 * 1024 * 1024) {
          sent += 16 * 1024;
          if (!req.write('x'.repeat(16 * 1024))) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });
});

describe('POST /plans/:id/evaluate', () => {
  it('evaluates a plan', async () => {
    const res = await post('/plans/mard-2803-2023/evaluate', JSON.stringify({ records: [record('A', 90)], asOf: '2025-06-30' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { planId: string; entries: unknown[]; summary: { total: number } };
    expect(body.planId).toBe('mard-2803-2023');
    expect(body.summary.total).toBe(6);
  });
  it('answers 404 with the known plan ids', async () => {
    const res = await post('/plans/nope/evaluate', JSON.stringify({ records: [] }));
    expect(res.status).toBe(404);
    const body = (await res.json()) as { knownPlans: string[] };
    expect(body.knownPlans).toContain('thai-nguyen-42-2024');
  });
  it('answers 400 on a bad date', async () => {
    const res = await post('/plans/mard-2803-2023/evaluate', JSON.stringify({ records: [], asOf: '30/06/2025' }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('"asOf"');
  });
});

describe('GET /deadlines', () => {
  it('lists deadlines with rolled dates', async () => {
    const res = await fetch(`${base}/deadlines?from=2027-06-01&to=2027-06-30&cycle=mard-half-year`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { deadlines: Array<{ nominalDate: string; effectiveDate: string }> };
    expect(body.deadlines[0]).toMatchObject({ nominalDate: '2027-06-19', effectiveDate: '2027-06-21' });
  });
  it('defaults to a year from the injected clock; 400 on bad dates; 404 on unknown cycles; 405 on POST', async () => {
    const ok = (await (await fetch(`${base}/deadlines`)).json()) as { from: string; to: string };
    expect(ok).toMatchObject({ from: '2025-11-20', to: '2026-11-20' });
    expect((await fetch(`${base}/deadlines?from=2025-02-30`)).status).toBe(400);
    const unknown = await fetch(`${base}/deadlines?cycle=nope`);
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(await unknown.json())).toContain('mard-annual');
    expect((await post('/deadlines', '{}')).status).toBe(405);
  });
  it('404 for unknown routes', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
