// Starts the BUILT service (`node apps/service/dist/main.js`) on 127.0.0.1 with a free port, waits for its
// "listening" log line, and hands back its URL, its log lines and a stop() that sends SIGTERM and waits for
// the exit code. Used by the CI check (check.mjs) and by the load benchmark (bench/service.ts).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * @param {Record<string, string>} env extra environment variables
 * @returns {Promise<{ url: string, pid: number, logs: object[], stop: () => Promise<number | null> }>}
 */
export const launch = (env = {}) =>
  new Promise((resolve, reject) => {
    if (!existsSync(MAIN)) {
      reject(new Error(`${MAIN} does not exist: build the service first (pnpm --filter @coop/service build)`));
      return;
    }
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logs = [];
    let buffered = '';
    let stderr = '';
    const exited = new Promise((done) => child.on('exit', (code) => done(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the service did not start within 15 s: ${stderr}`));
    }, 15_000);
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      buffered += d;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!line.trim()) continue;
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          entry = { msg: line };
        }
        logs.push(entry);
        if (entry.msg === 'listening' && typeof entry.url === 'string') {
          clearTimeout(timer);
          resolve({
            url: entry.url,
            pid: child.pid,
            logs,
            stop: () => {
              child.kill('SIGTERM');
              return exited;
            },
          });
        }
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (${code}) before listening: ${stderr}`));
    });
  });
