/**
 * The `coop` executable (the build adds the `#!/usr/bin/env node` line). A thin shell over
 * {@link main}: it supplies the real streams, the clock and the working directory.
 *
 * Exit codes: 0 every target achieved or on track; 1 some target not met, off track or without enough
 * data; 2 usage or input error; 3 internal error (a bug: please report it with the message).
 */
import { runDemo } from './demo.js';
import { main } from './node/main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); // `coop … | head` is fine
  throw error;
});

try {
  process.exitCode = await main(
    process.argv.slice(2),
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      stderrIsTTY: process.stderr.isTTY === true,
      now: new Date(),
      cwd: process.cwd(),
    },
    async (options) => (await runDemo(options)).exitCode,
  );
} catch (error) {
  // One line, no stack trace (it would name install paths); main() already reports known errors.
  process.stderr.write(`coop: internal error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exitCode = 3;
}
