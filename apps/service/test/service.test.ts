import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiChecker, startHarness, type Harness } from './harness.js';

let h: Harness;
let check: ReturnType<typeof openApiChecker>;
const noUpload = async () => ({ records: [], rejected: [], warnings: [] });

beforeAll(async () => {
  h = await startHarness({ maxBodyBytes: 64 * 1024, maxRecords: 50, maxJsonDepth: 16, requestTimeoutMs: 1_500, corsOrigins: ['https://portal.example'] }, noUpload);
  check = openApiChecker((await (await fetch(`${h.base}/openapi.json`)).json()) as Record<string, unknown>);
});
afterAll(async () => {
  await h.service.shutdown();
});

/** Calls the service and checks the answer against the served OpenAPI document. */
const call = async (template: string, path: string, init: RequestInit = {}) => {
  const res = await fetch(h.base + path, init);
  const text = await res.text();
  const body = res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : text;
  const problem = check(template, init.method ?? 'GET', res.status, body);
  expect(problem, `${init.method ?? 'GET'} ${path} → ${res.status}`).toBeUndefined();
  expect(text).not.toMatch(/\bat .+:\d+:\d+|\/work\/|node_modules|stack/);
  return { res, body: body as Record<string, any> };
};
const postJson = (template: string, path: string, body: unknown, type = 'application/json') =>
  call(template, path, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const record = (id: string, total: number) => ({
  organisationId: id, year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: '19', monthsOperating: 12, monthsSuspended: 0,
  sheet: { rulebook: 'circular-01-2020', points: { '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2, '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 5, '11': 5, '12': 5, '13': 5, '14': 5, '15': total - 85 } },
});

describe('operations', () => {
  it('answers /healthz, /readyz, /openapi.json and /docs', async () => {
    expect((await call('/healthz', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await call('/readyz', '/readyz')).body).toEqual({ status: 'ready' });
    const doc = (await call('/openapi.json', '/openapi.json')).body;
    expect(doc['openapi']).toBe('3.1.0');
    expect(Object.keys(doc['paths'])).toEqual(expect.arrayContaining(['/grade', '/plans/{id}/evaluate', '/plans/evaluate', '/upload', '/deadlines', '/upcoming']));
    const page = await fetch(`${h.base}/docs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/plans/{id}/evaluate');
  });
  it('sets a request id, security headers and CORS for the configured origin only', async () => {
    const res = await fetch(`${h.base}/healthz`, { headers: { origin: 'https://portal.example' } });
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    const other = await fetch(`${h.base}/healthz`, { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
  it('writes one JSON access-log line per request with its request id', async () => {
    const res = await fetch(`${h.base}/healthz`, { headers: { 'x-request-id': 'test-req-42' } });
    expect(res.headers.get('x-request-id')).toBe('test-req-42');
    const line = h.logs.find((l) => l['reqId'] === 'test-req-42');
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/healthz', status: 200 });
    expect(typeof line?.['ms']).toBe('number');
  });
});

describe('POST /grade', () => {
  it('grades valid records', async () => {
    const { res, body } = await postJson('/grade', '/grade', { records: [record('A', 90), record('B', 86)], rulebook: 'circular-01-2020' });
    expect(res.status).toBe(200);
    expect(body.results.map((r: any) => [r.outcome, r.grade, r.result.total])).toEqual([['graded', 'good', 90], ['graded', 'good', 86]]);
    expect(body.summary).toEqual({ total: 2, byGrade: { good: 2 } });
  });
  it('keeps the official grade of a record without a sheet (as the CLI does), not "incomplete"', async () => {
    const { sheet: _sheet, ...bare } = record('C', 0);
    const { body } = await postJson('/grade', '/grade', { records: [{ ...bare, grade: 'fair' }] });
    expect(body.results[0]).toMatchObject({ outcome: 'official-grade', grade: 'fair' });
  });
  it('answers 400 with the issue list on invalid records', async () => {
    const { res, body } = await postJson('/grade', '/grade', { records: [{ ...record('A', 90), year: 'x' }, { organisationId: 'B' }] });
    expect(res.status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
    expect(body.issues.some((i: any) => JSON.stringify(i.path) === JSON.stringify(['records', 0, 'year']))).toBe(true);
    expect(body.issues.every((i: any) => i.message.vi && i.message.en)).toBe(true);
  });
  it('answers 400 on malformed JSON, a non-object body, an unknown rulebook and a rulebook object with a hostile toString', async () => {
    expect((await postJson('/grade', '/grade', '{"records": [')).body.issues[0].code).toBe('invalid_json');
    expect((await postJson('/grade', '/grade', '[1,2]')).res.status).toBe(400);
    const rb = await postJson('/grade', '/grade', { records: [], rulebook: 'nope' });
    expect(rb.res.status).toBe(400);
    expect(JSON.stringify(rb.body)).toContain('circular-01-2020');
    expect((await postJson('/grade', '/grade', '{"records":[],"rulebook":{"toString":1}}')).res.status).toBe(400);
  });
  it('answers 413 for more records than the limit, before validating them', async () => {
    const { res, body } = await postJson('/grade', '/grade', { records: Array.from({ length: 51 }, () => ({})) });
    expect(res.status).toBe(413);
    expect(body.error.code).toBe('too_many_records');
  });
  it('answers 400 on nesting deeper than the limit (before parsing)', async () => {
    const { res, body } = await postJson('/grade', '/grade', `{"records":${'['.repeat(100)}${']'.repeat(100)}}`);
    expect(res.status).toBe(400);
    expect(body.error.code).toBe('too_deep');
  });
  it('answers 415 on a wrong content type', async () => {
    expect((await postJson('/grade', '/grade', 'records=1', 'application/x-www-form-urlencoded')).res.status).toBe(415);
    expect((await call('/grade', '/grade', { method: 'POST', body: '{}' })).res.status).toBe(415);
  });
  it('answers 405 with Allow on a wrong method', async () => {
    const res = await fetch(`${h.base}/grade`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
  it('answers 413 on an oversized body, declared or streamed', async () => {
    expect((await postJson('/grade', '/grade', { records: [], pad: 'x'.repeat(100 * 1024) })).res.status).toBe(413);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${h.base}/grade`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(-1));
      let sent = 0;
      const pump = (): void => {
        while (sent < 4 * 1024 * 1024) {
          sent += 16 * 1024;
          if (!req.write('x'.repeat(16 * 1024))) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
      void reject;
    });
    expect([413, -1]).toContain(status); // 413, or the connection was cut while we were still sending
  });
  it('answers 503 to a body that stalls past the request time limit, and stays up', async () => {
    const status = await new Promise<number>((resolve) => {
      const req = request(`${h.base}/grade`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(-1));
      req.write('{"records": ['); // and nothing more
      setTimeout(() => req.destroy(), 5_000);
    });
    expect(status).toBe(503);
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
  });
});

describe('plans', () => {
  it('evaluates one plan', async () => {
    const { res, body } = await postJson('/plans/{id}/evaluate', '/plans/mard-2803-2023/evaluate', { records: [record('A', 90)], asOf: '2025-06-30' });
    expect(res.status).toBe(200);
    expect(body.planId).toBe('mard-2803-2023');
    expect(body.summary.total).toBeGreaterThan(0);
  });
  it('evaluates several plans in one call, all by default', async () => {
    const two = await postJson('/plans/evaluate', '/plans/evaluate', { plans: ['mard-2803-2023', 'thai-nguyen-42-2024'], records: [record('A', 90)], asOf: '2025-06-30' });
    expect(two.body.evaluations.map((e: any) => e.planId)).toEqual(['mard-2803-2023', 'thai-nguyen-42-2024']);
    const all = await postJson('/plans/evaluate', '/plans/evaluate', { records: [] , asOf: '2025-06-30' });
    expect(all.body.evaluations.length).toBeGreaterThanOrEqual(5);
  });
  it('answers 404 with the known plan ids, also for a malformed percent-encoding', async () => {
    const { res, body } = await postJson('/plans/{id}/evaluate', '/plans/nope/evaluate', { records: [] });
    expect(res.status).toBe(404);
    expect(body.knownPlans).toContain('thai-nguyen-42-2024');
    expect((await postJson('/plans/{id}/evaluate', '/plans/%E0%A4%A/evaluate', { records: [] })).res.status).toBe(404);
    expect((await postJson('/plans/evaluate', '/plans/evaluate', { plans: ['x'], records: [] })).res.status).toBe(404);
  });
  it('answers 400 on bad options, listing every problem', async () => {
    const { res, body } = await postJson('/plans/{id}/evaluate', '/plans/mard-2803-2023/evaluate', { records: [], asOf: '30/06/2025', tolerance: -1, context: { a: 'x' } });
    expect(res.status).toBe(400);
    expect(body.issues.map((i: any) => i.path[0]).sort()).toEqual(['asOf', 'context', 'tolerance']);
  });
});

describe('calendar', () => {
  it('lists deadlines with rolled dates', async () => {
    const { res, body } = await call('/deadlines', '/deadlines?from=2027-06-01&to=2027-06-30&cycle=mard-half-year');
    expect(res.status).toBe(200);
    expect(body.deadlines[0]).toMatchObject({ nominalDate: '2027-06-19', effectiveDate: '2027-06-21' });
  });
  it('defaults to a year from the injected clock; 400 on bad or too long ranges; 404 on unknown cycles', async () => {
    expect((await call('/deadlines', '/deadlines')).body).toMatchObject({ from: '2025-11-20', to: '2026-11-20' });
    expect((await call('/deadlines', '/deadlines?from=2025-02-30')).res.status).toBe(400);
    expect((await call('/deadlines', '/deadlines?from=2000-01-01&to=2099-01-01')).res.status).toBe(400);
    const unknown = await call('/deadlines', '/deadlines?cycle=nope');
    expect(unknown.res.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toContain('mard-annual');
  });
  it('lists the next steps', async () => {
    const { body } = await call('/upcoming', '/upcoming?asOf=2026-12-07&n=3&cycle=mard-annual,mard-half-year');
    expect(body.steps).toHaveLength(3);
    expect(body.steps.every((s: any) => s.effectiveDate >= '2026-12-07')).toBe(true);
    expect((await call('/upcoming', '/upcoming?n=0')).res.status).toBe(400);
    expect((await call('/upcoming', '/upcoming?n=abc')).res.status).toBe(400);
  });
  it('404 for unknown routes', async () => {
    expect((await fetch(`${h.base}/nope`)).status).toBe(404);
  });
});

/** Sends raw bytes and returns the status line's code (0 when the server closed without answering). */
const raw = (bytes: string) =>
  new Promise<number>((resolve) => {
    const port = Number(new URL(h.base).port);
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let out = '';
    socket.on('data', (d) => (out += d.toString('latin1')));
    const finish = () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(out)?.[1] ?? 0));
    socket.on('end', finish);
    socket.on('error', finish);
    setTimeout(() => {
      socket.destroy();
      finish();
    }, 3_000);
  });

describe('malformed requests never take the service down', () => {
  const lines = [
    'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /healthz HTTP/1.1\r\nHost: [\r\nConnection: close\r\n\r\n',
    'GET /%%%% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GARBAGE\r\n\r\n',
    'GET / HTTP/9.9\r\n\r\n',
    'POST /grade HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
    'POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: 18\r\nConnection: close\r\n\r\n--zz\r\nbroken-part!',
  ];
  it.each(lines)('%j gets a 4xx and the service stays up', async (line) => {
    const status = await raw(line);
    expect(status === 0 || (status >= 400 && status < 500)).toBe(true);
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
  });
});
