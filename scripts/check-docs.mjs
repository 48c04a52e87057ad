// Renders the API reference with TypeDoc and checks that every export of every published package has a
// summary and an @example (the examples themselves are executed by packages/*/test/tsdoc-examples.test.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
execFileSync(`${root}node_modules/.bin/typedoc`, [], { cwd: root, stdio: 'inherit' });
execFileSync(`${root}node_modules/.bin/typedoc`, ['--json', '.ci-out/api.json'], { cwd: root, stdio: 'ignore' });
const project = JSON.parse(readFileSync(`${root}.ci-out/api.json`, 'utf8'));

const text = (parts = []) => parts.map((p) => p.text).join('').trim();
const commentOf = (r) => r.comment ?? r.signatures?.[0]?.comment ?? r.getSignature?.comment;
const problems = [];
let checked = 0;
for (const pkg of project.children ?? []) {
  for (const exp of pkg.children ?? []) {
    checked += 1;
    const comment = commentOf(exp);
    const where = `${pkg.name} › ${exp.name}`;
    if (!comment || !text(comment.summary)) problems.push(`${where}: no summary`);
    if (!comment?.blockTags?.some((t) => t.tag === '@example')) problems.push(`${where}: no @example`);
  }
}
for (const p of problems) console.log(`  ${p}`);
console.log(`${checked} exports checked, ${problems.length} documentation problem(s)`);
process.exit(problems.length ? 1 : 0);
