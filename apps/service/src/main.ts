/**
 * The service's entry point: `node dist/main.js`. Reads the configuration from the environment (see the
 * README), logs JSON lines to stdout, and shuts down gracefully on SIGTERM and SIGINT.
 *
 * Exit codes: 0 after a clean shutdown; 2 when the configuration is invalid; 1 when the shutdown did not
 * finish within the grace period.
 */
import pino from 'pino';
import { loadConfig } from './config.js';
import { startService } from './server.js';
import { readUploadedRecords } from './upload.js';

const config = loadConfig(process.env);
if (!config.ok) {
  for (const problem of config.issues) process.stderr.write(`coop-service: ${problem.variable}: ${problem.message}\n`);
  process.exit(2);
}
const logger = pino({ level: config.value.logLevel, base: { service: 'coop-service' } });
const running = await startService(config.value, { logger, readUploadedRecords, version: process.env['npm_package_version'] ?? '0.1.0' });
let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'signal received');
  running.shutdown().then(
    () => {
      logger.info('stopped');
      process.exit(0);
    },
    () => process.exit(1),
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  process.exit(1);
});
