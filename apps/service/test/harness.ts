/** Starts the service on 127.0.0.1 (port 0) for a test file, with its log lines captured. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { defaultConfig, type ServiceConfig } from '../src/config.js';
import { startService, type RunningService } from '../src/server.js';
import type { ReadUploadedRecords } from '../src/upload.js';

export interface Harness {
  readonly service: RunningService;
  readonly base: string;
  readonly logs: Array<Record<string, unknown>>;
}

export const startHarness = async (overrides: Partial<ServiceConfig>, readUploadedRecords: ReadUploadedRecords): Promise<Harness> => {
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config = { ...defaultConfig(), port: 0, host: '127.0.0.1', ...overrides };
  const service = await startService(config, { logger: pino({ level: 'info' }, sink), now: () => new Date('2025-11-20T03:00:00Z'), readUploadedRecords });
  return { service, base: service.url, logs };
};

type Json = Record<string, unknown>;

/**
 * A checker of answers against the served OpenAPI document: the schema of the response for this path,
 * method and status must exist and validate the body.
 */
export const openApiChecker = (doc: Json) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: 'doc', components: doc['components'] } as Json);
  const paths = doc['paths'] as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Json }> }> }>>;
  const rewrite = (schema: unknown): unknown =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/'));
  return (template: string, method: string, status: number, body: unknown): string | undefined => {
    const op = paths[template]?.[method.toLowerCase()];
    if (!op) return `no operation ${method} ${template}`;
    const response = op.responses[String(status)];
    if (!response) return `status ${status} not documented for ${method} ${template}`;
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return undefined;
    const validate = ajv.compile(rewrite(schema) as Json);
    return validate(body) ? undefined : ajv.errorsText(validate.errors);
  };
};
