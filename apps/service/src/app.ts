/**
 * The service as a Hono application: middleware (request id, access log, security headers, CORS, body
 * limit, time limit), the routes, and one error handler that answers every failure with the documented
 * body. `main.ts` serves it over `node:http`; tests call it the same way over real HTTP.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import type { Logger } from 'pino';
import { readJsonObject, readUpload } from './body.js';
import type { ServiceConfig } from './config.js';
import { cyclesFromQuery, deadlinesForApi, upcomingForApi } from './deadlines.js';
import { ApiError, answerError, badInput, issue, sendJson, toApiError, tooLarge } from './errors.js';
import { evaluateForApi, planIds, plansById } from './evaluate.js';
import { gradeForApi, rulebookById } from './grade.js';
import { docsPage, openApiDocument } from './openapi.js';
import { readRecords } from './records.js';
import { DeadlinesQuerySchema, UpcomingQuerySchema, UploadFieldsSchema } from './schemas.js';
import type { ReadUploadedRecords } from './upload.js';

/** What the application needs besides its configuration. */
export interface AppDeps {
  readonly config: ServiceConfig;
  readonly logger: Logger;
  /** The clock, used only for defaults (`asOf`, `from`). */
  readonly now?: () => Date;
  /** True once shutdown has begun: `/readyz` answers 503. */
  readonly isDraining?: () => boolean;
  /** Reads uploaded files into records (the spreadsheet reader). */
  readonly readUploadedRecords: ReadUploadedRecords;
  /** The version shown in the OpenAPI document. */
  readonly version?: string;
}

const MAX_UPLOAD_FILES = 20;

const querySchemaIssues = (result: { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } }) =>
  badInput(result.error.issues.map((i) => issue(i.path.map(String), 'invalid_query', `Tham số không hợp lệ: ${i.message}`, `Invalid query parameter: ${i.message}`)));

/**
 * Creates the application.
 *
 * @param deps - configuration, logger, clock, readiness and the upload reader
 * @returns the Hono app (`app.fetch` is a standard fetch handler)
 */
export const createApp = (deps: AppDeps): Hono => {
  const { config, logger } = deps;
  const now = (): Date => (deps.now ?? (() => new Date()))();
  const doc = openApiDocument(deps.version ?? '0.1.0');
  const app = new Hono();

  app.use(requestId({ limitLength: 128 }));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info({ reqId: c.get('requestId'), method: c.req.method, path: c.req.path.slice(0, 200), status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.use(secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  if (config.corsOrigins.length > 0) {
    app.use(cors({ origin: config.corsOrigins.includes('*') ? '*' : [...config.corsOrigins], allowMethods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 }));
  }
  app.use(timeout(config.requestTimeoutMs, () => new ApiError(503, 'timeout', { vi: 'Yêu cầu quá thời gian xử lý', en: 'The request took too long' }) as never));

  const jsonLimit = bodyLimit({ maxSize: config.maxBodyBytes, onError: () => { throw tooLarge(config.maxBodyBytes); } });
  const uploadLimit = bodyLimit({ maxSize: config.maxUploadBytes, onError: () => { throw tooLarge(config.maxUploadBytes, { vi: 'Tệp tải lên', en: 'The upload' }); } });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) => (deps.isDraining?.() ? c.json({ status: 'draining' }, 503) : c.json({ status: 'ready' })));
  app.get('/openapi.json', (c) => c.json(doc));
  app.get('/docs', (c) => c.html(docsPage(doc)));

  app.post('/grade', jsonLimit, async (c) => {
    const body = await readJsonObject(c, config.maxJsonDepth);
    const records = readRecords(body['records'], config.maxRecords);
    if (body['year'] !== undefined && !(typeof body['year'] === 'number' && Number.isInteger(body['year']))) {
      throw badInput([issue(['year'], 'invalid_type', 'year phải là số nguyên', 'year must be an integer')]);
    }
    const rulebook = body['rulebook'] === undefined ? undefined : rulebookById(body['rulebook']);
    const year = body['year'] as number | undefined;
    return sendJson(c, await gradeForApi(records, { ...(rulebook ? { rulebook } : {}), ...(year === undefined ? {} : { year }) }));
  });

  app.post('/plans/evaluate', jsonLimit, async (c) => {
    const body = await readJsonObject(c, config.maxJsonDepth);
    const ids = body['plans'] ?? planIds();
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
      throw badInput([issue(['plans'], 'invalid_type', 'plans phải là danh sách mã kế hoạch', 'plans must be a list of plan ids')]);
    }
    const plans = plansById(ids as string[]);
    const records = readRecords(body['records'], config.maxRecords);
    return sendJson(c, { evaluations: evaluateForApi(plans, records, body, now()) });
  });

  app.post('/plans/:id/evaluate', jsonLimit, async (c) => {
    const plans = plansById([c.req.param('id')]);
    const body = await readJsonObject(c, config.maxJsonDepth);
    const records = readRecords(body['records'], config.maxRecords);
    return sendJson(c, evaluateForApi(plans, records, body, now())[0]);
  });

  app.post('/upload', uploadLimit, async (c) => {
    const upload = await readUpload(c, MAX_UPLOAD_FILES);
    const fields = UploadFieldsSchema.safeParse(upload.fields);
    if (!fields.success) throw querySchemaIssues(fields);
    const ids = fields.data.plan ? fields.data.plan.split(',').map((s) => s.trim()).filter(Boolean) : planIds();
    const plans = plansById(ids);
    const read = await deps.readUploadedRecords(upload.files, { maxRecords: config.maxRecords });
    const evaluations = evaluateForApi(plans, read.records, { asOf: fields.data.asOf, tolerance: fields.data.tolerance }, now());
    return sendJson(c, { accepted: read.records.length, rejected: read.rejected, warnings: read.warnings, evaluations });
  });

  app.get('/deadlines', (c) => {
    const q = DeadlinesQuerySchema.safeParse({ from: c.req.query('from'), to: c.req.query('to') });
    if (!q.success) throw querySchemaIssues(q);
    return sendJson(c, deadlinesForApi({ from: q.data.from, to: q.data.to, cycles: cyclesFromQuery(c.req.queries('cycle') ?? []) }, now()));
  });

  app.get('/upcoming', (c) => {
    const q = UpcomingQuerySchema.safeParse({ asOf: c.req.query('asOf'), n: c.req.query('n') });
    if (!q.success) throw querySchemaIssues(q);
    return sendJson(c, upcomingForApi({ asOf: q.data.asOf, n: q.data.n ?? 10, cycles: cyclesFromQuery(c.req.queries('cycle') ?? []) }, now()));
  });

  const routes = ['POST /grade', 'POST /plans/{id}/evaluate', 'POST /plans/evaluate', 'POST /upload', 'GET /deadlines', 'GET /upcoming', 'GET /healthz', 'GET /readyz', 'GET /openapi.json', 'GET /docs'];
  app.notFound((c: Context) => {
    const path = c.req.path;
    const allowed = routes.filter((r) => {
      const pattern = r.split(' ')[1]!.replace('{id}', '[^/]+');
      return new RegExp(`^${pattern}$`).test(path);
    }).map((r) => r.split(' ')[0]!);
    if (allowed.length > 0) {
      c.header('allow', allowed.join(', '));
      return sendJson(c, { error: { code: 'method_not_allowed', message: { vi: `Phương thức ${c.req.method} không được hỗ trợ; dùng ${allowed.join(', ')}`, en: `Method ${c.req.method} is not allowed; use ${allowed.join(', ')}` } }, allow: allowed }, 405);
    }
    return sendJson(c, { error: { code: 'not_found', message: { vi: 'Không có đường dẫn này', en: 'No such route' } }, routes }, 404);
  });
  app.onError((error, c) => {
    const known = toApiError(error);
    if (known.status >= 500) logger.error({ reqId: c.get('requestId'), err: error }, 'request failed');
    return answerError(c, known);
  });
  return app;
};
