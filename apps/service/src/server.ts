/**
 * Serving the application over `node:http`, with graceful shutdown: on SIGTERM or SIGINT the service
 * reports not-ready, stops accepting connections, lets open requests finish within the grace period and
 * exits.
 */
import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { createApp } from './app.js';
import type { ServiceConfig } from './config.js';
import type { ReadUploadedRecords } from './upload.js';

/** A running service. */
export interface RunningService {
  readonly server: ServerType;
  readonly url: string;
  /** Begins a graceful shutdown; resolves when the server is closed (or the grace period ran out). */
  readonly shutdown: () => Promise<void>;
}

/**
 * Starts the service.
 *
 * @param config - the configuration
 * @param options - a logger (default: JSON lines on stdout at `config.logLevel`), a clock and the upload reader
 * @returns the running service once it listens
 */
export const startService = (
  config: ServiceConfig,
  options: { readonly logger?: Logger; readonly now?: () => Date; readonly readUploadedRecords: ReadUploadedRecords; readonly version?: string },
): Promise<RunningService> => {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'coop-service' } });
  let draining = false;
  const app = createApp({
    config,
    logger,
    isDraining: () => draining,
    readUploadedRecords: options.readUploadedRecords,
    ...(options.now ? { now: options.now } : {}),
    ...(options.version ? { version: options.version } : {}),
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}`;
      logger.info({ url }, 'listening');
      const shutdown = (): Promise<void> =>
        new Promise((done) => {
          if (draining) return done();
          draining = true;
          logger.info({ graceMs: config.shutdownGraceMs }, 'shutting down');
          const timer = setTimeout(() => {
            logger.warn('grace period over: closing open connections');
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            done();
          }, config.shutdownGraceMs);
          timer.unref();
          server.close(() => {
            clearTimeout(timer);
            done();
          });
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
      resolve({ server, url, shutdown });
    });
  });
};
