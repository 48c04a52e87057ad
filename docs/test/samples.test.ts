/**
 * Executes every ```ts code sample of the guides in docs/*.md, of the root README.md and of the package
 * READMEs (packages/{model,rating,calendar,sheets,cli}/README.md): each block is written to a temporary
 * module under docs/test/.tmp and imported (the vitest alias maps `@coop/*` to the sources). A sample
 * asserts with `console.assert`-style checks that throw here, so a wrong result fails the test.
 * A block whose first line is `// not executed` is skipped (none should be).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const tmpDir = fileURLToPath(new URL('./.tmp/', import.meta.url));

interface Sample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The guides (by file name), then the READMEs (by path from the repository root). */
const READMES = ['README.md', 'packages/model/README.md', 'packages/rating/README.md', 'packages/calendar/README.md', 'packages/sheets/README.md', 'packages/cli/README.md'];
const files: { readonly file: string; readonly path: string }[] = [
  ...readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => ({ file, path: join(docsDir, file) })),
  ...READMES.map((file) => ({ file, path: join(rootDir, file) })),
];

const samples: Sample[] = files
  .flatMap(({ file, path }) => {
    const text = readFileSync(path, 'utf8');
    const out: Sample[] = [];
    const fence = /^```ts\n([\s\S]*?)^```/gm;
    for (let m = fence.exec(text); m; m = fence.exec(text)) {
      out.push({ file, line: text.slice(0, m.index).split('\n').length, code: m[1] ?? '' });
    }
    return out;
  });

// console.assert only logs; in the samples it must fail the test.
const PRELUDE = `const __assert = (ok: unknown, ...msg: unknown[]) => { if (!ok) throw new Error('assertion failed: ' + msg.map(String).join(' ')); };\n`;

rmSync(tmpDir, { recursive: true, force: true });
mkdirSync(tmpDir, { recursive: true });
afterAll(() => rmSync(tmpDir, { recursive: true, force: true }));

describe('guide code samples', () => {
  it('the guides have samples', () => {
    expect(samples.length).toBeGreaterThan(10);
    for (const f of ['getting-started.md', 'concepts.md', 'grading.md', 'targets-and-progress.md', 'calendar.md', 'cookbook.md', 'areas.md']) {
      expect(samples.some((s) => s.file === f), f).toBe(true);
    }
    for (const f of READMES) expect(samples.some((s) => s.file === f), f).toBe(true);
  });
  samples.forEach((sample, index) => {
    const skip = sample.code.startsWith('// not executed');
    (skip ? it.skip : it)(`${sample.file}:${sample.line}`, async () => {
      const code = sample.code.replace(/console\.assert\(/g, '__assert(');
      const path = join(tmpDir, `${sample.file.replace(/\.md$/, '').replace(/\//g, '-')}-${index}.ts`);
      // import declarations are hoisted, so the prelude may precede them
      writeFileSync(path, `${PRELUDE}${code}\nexport {};\n`);
      await import(/* @vite-ignore */ `${path}?t=${Date.now()}`);
    });
  });
});
