// The CI steps after the unit tests, each a script owned by the feature it proves. A missing script is
// reported, not silently skipped. Exits non-zero when any step fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['packed packages install and import (ESM, CJS, bundler)', 'scripts/pack-test.mjs'],
  ['benchmarks, smoke mode', 'bench/run.ts', ['--smoke']],
  ['browser test of examples/portal in Debian chromium', 'scripts/browser-test.mjs'],
];
let failed = 0;
for (const [name, script, args = []] of steps) {
  console.log(`\n--> ${name}`);
  if (!existsSync(script)) {
    console.log(`!! missing ${script}`);
    failed += 1;
    continue;
  }
  const runner = script.endsWith('.ts') ? ['node_modules/.bin/tsx', [script, ...args]] : [process.execPath, [script, ...args]];
  const result = spawnSync(runner[0], runner[1], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`!! ${name} failed (exit ${result.status})`);
    failed += 1;
  }
}
process.exit(failed ? 1 : 0);
