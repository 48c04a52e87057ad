// Package hygiene for every published package: `publint --strict`, `attw --pack` (types resolve for
// ESM and CJS consumers), the files a tarball must carry (LICENSE — the repository's, README.md, and
// CHANGELOG.md once `changeset version` writes it: `files` must list it), no placeholder URL in
// repository/homepage/bugs, and workspace consistency (`sherif`). Run after `pnpm build`.
// scripts/pack-test.mjs checks the packed tarballs themselves.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');
const expect = (label, ok, detail) => {
  if (ok) console.log(`ok   ${label}`);
  else {
    failed += 1;
    console.log(`FAIL ${label}${detail ? `\n${detail}` : ''}`);
  }
};

for (const { dir, pkg } of packages) {
  const files = pkg.files ?? [];
  expect(
    `${pkg.name}: LICENSE is the repository's (${pkg.license}) and is packed`,
    pkg.license === 'MIT' && existsSync(join(dir, 'LICENSE')) && readFileSync(join(dir, 'LICENSE'), 'utf8') === rootLicense,
    'copy the root LICENSE into the package directory',
  );
  expect(`${pkg.name}: "files" lists dist, LICENSE, README.md and CHANGELOG.md`, ['dist', 'LICENSE', 'README.md', 'CHANGELOG.md'].every((f) => files.includes(f)), JSON.stringify(files));
  const urls = JSON.stringify([pkg.repository, pkg.homepage, pkg.bugs]);
  expect(`${pkg.name}: repository/homepage/bugs name a real place or are left out`, !/example\.(invalid|com|org)|localhost/.test(urls), urls);
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
