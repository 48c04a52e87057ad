// Package hygiene for every published package: `publint --strict`, `attw --pack` (types resolve for
// ESM and CJS consumers), and workspace consistency (`sherif`). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir), pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

let failed = 0;
const check = (label, cmd, args, cwd) => {
  try {
    execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8' });
    console.log(`ok   ${label}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
};

for (const { dir, pkg } of packages) {
  check(`${pkg.name}: publint --strict`, bin('publint'), ['--strict'], dir);
  check(`${pkg.name}: attw --pack`, bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped'], dir);
  const scripts = Object.values(pkg.scripts ?? {}).join(' ');
  if (pkg.scripts?.preinstall || pkg.scripts?.install || pkg.scripts?.postinstall) {
    failed += 1;
    console.log(`FAIL ${pkg.name}: has an install script (${scripts})`);
  }
}
check('workspace consistency (sherif)', bin('sherif'), [], root);
console.log(failed ? `${failed} package check(s) failed` : `all package checks passed (${packages.length} packages)`);
process.exit(failed ? 1 : 0);
