// CI check of the BUILT service as it is deployed (`node apps/service/dist/main.js`): it starts, answers
// its health, readiness, OpenAPI and grading routes over real HTTP on 127.0.0.1, survives a malformed
// request line, logs JSON lines with request ids, and exits 0 on SIGTERM. Exits non-zero on any failure.
import { connect } from 'node:net';
import { launch } from './launch.mjs';

const failures = [];
const expect = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const service = await launch({ COOP_MAX_RECORDS: '100' });
try {
  const health = await fetch(`${service.url}/healthz`);
  expect(health.status === 200 && (await health.json()).status === 'ok', 'GET /healthz answers 200 ok');
  expect((await fetch(`${service.url}/readyz`)).status === 200, 'GET /readyz answers 200');
  const doc = await (await fetch(`${service.url}/openapi.json`)).json();
  expect(doc.openapi === '3.1.0' && '/upload' in doc.paths, 'GET /openapi.json serves the OpenAPI 3.1 document');
  const graded = await fetch(`${service.url}/grade`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'ci-check-1' },
    body: JSON.stringify({ records: [{ organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19', grade: 'good' }] }),
  });
  const body = await graded.json();
  expect(graded.status === 200 && body.results?.[0]?.grade === 'good', 'POST /grade keeps an official grade');
  const tooMany = await fetch(`${service.url}/grade`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ records: Array.from({ length: 101 }, () => ({})) }) });
  expect(tooMany.status === 413, 'POST /grade over COOP_MAX_RECORDS answers 413');
  const status = await new Promise((resolve) => {
    const { port } = new URL(service.url);
    const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    let out = '';
    socket.on('data', (d) => (out += d));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(out)?.[1] ?? 0)));
  });
  expect(status >= 400 && status < 500, `a malformed request line gets a 4xx (${status})`);
  expect((await fetch(`${service.url}/healthz`)).status === 200, 'the service is still up');
  expect(service.logs.some((l) => l.reqId === 'ci-check-1' && l.msg === 'request' && l.status === 200), 'the access log has the request id');
} catch (error) {
  expect(false, `unexpected: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  const code = await service.stop();
  expect(code === 0, `SIGTERM: clean exit (${code})`);
  expect(service.logs.some((l) => l.msg === 'shutting down'), 'SIGTERM: graceful shutdown logged');
}
console.log(failures.length ? `service check: ${failures.length} failed` : 'service check: all passed');
process.exit(failures.length ? 1 : 0);
