/**
 * Reports the shape of a package's source: files, lines, the longest chain of relative imports
 * (import depth: a module importing nothing local has depth 1) and every import cycle.
 *
 * Usage: `tsx packages/rating/scripts/import-graph.ts [srcDir] [--runtime]` (default: this package's
 * `src`); `--runtime` leaves out type-only imports (`import type`, `export type`), which vanish from the
 * build. Exits with code 1 when there is a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const runtimeOnly = args.includes('--runtime');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'src'));

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

const files = sources(root).sort();
const IMPORT = /(?:^|\n)\s*(import|export)\s(type\s)?[^;]*?from\s+'(\.[^']+)'/g;
/** Relative imports of a file (type-only ones unless `--runtime`: they still tie the sources together). */
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)]
    .filter((m) => !(runtimeOnly && m[2] !== undefined))
    .map((m) => resolve(dirname(file), m[3]!.replace(/\.js$/, '.ts')));

const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]));
const lines = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length - 1, 0);

const depth = new Map<string, number>();
const cycles: string[][] = [];
const onStack: string[] = [];
const depthOf = (file: string): number => {
  const known = depth.get(file);
  if (known !== undefined) return known;
  const at = onStack.indexOf(file);
  if (at >= 0) {
    cycles.push([...onStack.slice(at), file].map((f) => relative(root, f)));
    return 0;
  }
  onStack.push(file);
  const d = 1 + Math.max(0, ...graph.get(file)!.map(depthOf));
  onStack.pop();
  depth.set(file, d);
  return d;
};
for (const file of files) depthOf(file);

const deepest = [...depth.entries()].sort((a, b) => b[1] - a[1])[0];
console.log(`files: ${files.length}, lines: ${lines}, import depth: ${deepest?.[1] ?? 0} (${deepest ? relative(root, deepest[0]) : '-'})`);
console.log(`cycles: ${cycles.length}`);
for (const cycle of cycles) console.log(`  ${cycle.join(' → ')}`);
process.exitCode = cycles.length > 0 ? 1 : 0;
