/**
 * The OpenAPI 3.1 document of the service, generated from the zod schemas the handlers use (zod 4's JSON
 * Schema output), and a small HTML page that lists it.
 */
import { z } from 'zod';
import {
  DeadlinesQuerySchema,
  ErrorSchema,
  EvaluateManyRequestSchema,
  EvaluateRequestSchema,
  GradeRequestSchema,
  GradedRecordSchema,
  HealthSchema,
  UpcomingQuerySchema,
  UploadFieldsSchema,
} from './schemas.js';

type JsonSchema = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
};

const json = (s: JsonSchema) => ({ 'application/json': { schema: s } });
const error = (description: string) => ({ description, content: json({ $ref: '#/components/schemas/Error' }) });
const queryParams = (s: z.ZodObject) =>
  Object.entries((schema(s) as { properties: Record<string, JsonSchema> }).properties).map(([name, p]) => ({ name, in: 'query', required: false, schema: p }));

const ANY_OBJECT: JsonSchema = { type: 'object', additionalProperties: true };
const EVALUATION: JsonSchema = {
  type: 'object',
  required: ['planId', 'entries', 'summary'],
  properties: { planId: { type: 'string' }, entries: { type: 'array', items: ANY_OBJECT }, summary: ANY_OBJECT },
  additionalProperties: true,
};
const STEPS: JsonSchema = { type: 'array', items: { type: 'object', required: ['cycleId', 'effectiveDate'], properties: { cycleId: { type: 'string' }, effectiveDate: { type: 'string' } }, additionalProperties: true } };

/**
 * Builds the OpenAPI document.
 *
 * @param version - the service version shown in `info`
 * @returns the document (plain JSON)
 */
export const openApiDocument = (version: string): JsonSchema => ({
  openapi: '3.1.0',
  info: {
    title: '@coop target-check service',
    version,
    description: 'Grades cooperatives, evaluates plan targets, lists reporting deadlines and reads uploaded spreadsheets. Errors: `{ error: { code, message: { vi, en } }, issues? }`.',
  },
  components: { schemas: { Error: schema(ErrorSchema, 'output') } },
  paths: {
    '/grade': {
      post: {
        summary: 'Grade records',
        requestBody: { required: true, content: json(schema(GradeRequestSchema)) },
        responses: {
          '200': { description: 'Each record\'s grade and a summary', content: json({ type: 'object', required: ['results', 'summary'], properties: { results: { type: 'array', items: schema(GradedRecordSchema, 'output') }, summary: ANY_OBJECT } }) },
          '400': error('Invalid JSON or records'), '413': error('Body or record count over the limit'), '415': error('Not application/json'),
        },
      },
    },
    '/plans/{id}/evaluate': {
      post: {
        summary: 'Evaluate one plan',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: json(schema(EvaluateRequestSchema)) },
        responses: { '200': { description: 'The plan evaluation', content: json(EVALUATION) }, '400': error('Invalid input'), '404': error('Unknown plan'), '413': error('Too large'), '415': error('Not application/json') },
      },
    },
    '/plans/evaluate': {
      post: {
        summary: 'Evaluate several plans over the same records',
        requestBody: { required: true, content: json(schema(EvaluateManyRequestSchema)) },
        responses: { '200': { description: 'One evaluation per plan', content: json({ type: 'object', required: ['evaluations'], properties: { evaluations: { type: 'array', items: EVALUATION } } }) }, '400': error('Invalid input'), '404': error('Unknown plan'), '413': error('Too large'), '415': error('Not application/json') },
      },
    },
    '/upload': {
      post: {
        summary: 'Upload spreadsheets (.xlsx, .csv, .tsv, .txt, .json) and evaluate plans over the accepted rows',
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } }, ...(schema(UploadFieldsSchema) as { properties: JsonSchema }).properties } } } },
        },
        responses: {
          '200': { description: 'Accepted record count, rejected rows and the evaluations', content: json({ type: 'object', required: ['accepted', 'rejected', 'evaluations'], properties: { accepted: { type: 'integer' }, rejected: { type: 'array', items: ANY_OBJECT }, evaluations: { type: 'array', items: EVALUATION } }, additionalProperties: true }) },
          '400': error('Malformed upload'), '404': error('Unknown plan'), '413': error('File too large'), '415': error('Not multipart/form-data'),
        },
      },
    },
    '/deadlines': {
      get: {
        summary: 'Deadline steps in a date range',
        parameters: queryParams(DeadlinesQuerySchema),
        responses: { '200': { description: 'Steps by effective date', content: json({ type: 'object', required: ['from', 'to', 'deadlines'], properties: { from: { type: 'string' }, to: { type: 'string' }, deadlines: STEPS } }) }, '400': error('Bad dates'), '404': error('Unknown cycle') },
      },
    },
    '/upcoming': {
      get: {
        summary: 'The next reporting steps',
        parameters: queryParams(UpcomingQuerySchema),
        responses: { '200': { description: 'The next steps', content: json({ type: 'object', required: ['asOf', 'steps'], properties: { asOf: { type: 'string' }, steps: STEPS } }) }, '400': error('Bad query'), '404': error('Unknown cycle') },
      },
    },
    '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'Alive', content: json(schema(HealthSchema, 'output')) } } } },
    '/readyz': { get: { summary: 'Readiness (503 while shutting down)', responses: { '200': { description: 'Ready', content: json(schema(HealthSchema, 'output')) }, '503': { description: 'Draining', content: json(schema(HealthSchema, 'output')) } } } },
    '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: json(ANY_OBJECT) } } } },
  },
});

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A self-contained HTML page listing the routes of a document (no script, no external resource).
 *
 * @param doc - the OpenAPI document
 * @returns the page
 */
export const docsPage = (doc: JsonSchema): string => {
  const paths = doc['paths'] as Record<string, Record<string, { summary?: string; responses?: Record<string, { description?: string }> }>>;
  const rows = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) =>
      `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary ?? '')}</td><td>${Object.entries(op.responses ?? {}).map(([s, r]) => `${s} ${escapeHtml(r.description ?? '')}`).join('<br>')}</td></tr>`));
  const info = doc['info'] as { title: string; version: string; description: string };
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(info.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}</style></head>
<body><h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1><p>${escapeHtml(info.description)}</p><p>Tài liệu máy đọc được / machine-readable: <a href="openapi.json">openapi.json</a></p>
<table><thead><tr><th>Method</th><th>Path</th><th>Summary</th><th>Responses</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`;
};
