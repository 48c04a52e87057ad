/**
 * Runs every TSDoc `@example` code block of a package's sources as a test, so the examples in the API
 * reference are known to work. A line of the form `expr; // <primitive>` (true, false, null, undefined,
 * a number, a bigint or a quoted string, optionally followed by ` — comment` or ` (comment)`) is also
 * asserted: the expression must equal that value.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const PRIMITIVE = /^(true|false|null|undefined|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?n?|'[^']*'|"[^"]*")(?:\s+(?:—|\().*)?$/;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

/** Extracts the ```ts blocks that follow an `@example` tag inside doc comments. */
export const extractExamples = (file: string): Example[] => {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  const block = /@example[^\n]*\n((?:\s*\*[^\n]*\n)*?)\s*\*\s*```(?:ts|typescript)\n([\s\S]*?)\n\s*\*\s*```/g;
  for (let match = block.exec(text); match; match = block.exec(text)) {
    const code = (match[2] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    examples.push({ file, line: text.slice(0, match.index).split('\n').length, code });
  }
  return examples;
};

/** Turns `expr; // 42` lines into assertions. */
export const withAssertions = (code: string): string =>
  code
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
      if (!m || /^\s*(const|let|var|import|export|return|if|for|throw)\b/.test(m[2] ?? '')) return line;
      const literal = PRIMITIVE.exec((m[3] ?? '').trim());
      if (!literal) return line;
      return `${m[1]}__expect(${m[2]}, ${literal[1]}, ${JSON.stringify(line.trim())});`;
    })
    .join('\n');

/**
 * Declares one test per example found under `srcDir`.
 *
 * @param srcDirUrl - URL of the package's `src/` folder
 */
export const describeTsdocExamples = (srcDirUrl: URL): void => {
  const srcDir = fileURLToPath(srcDirUrl);
  const tmpDir = join(srcDir, '..', 'test', '.examples');
  const examples = sourceFiles(srcDir).flatMap(extractExamples);
  describe('TSDoc examples', () => {
    it('the package documents its exports with examples', () => {
      expect(examples.length).toBeGreaterThan(0);
    });
    rmSync(tmpDir, { recursive: true, force: true });
    mkdirSync(tmpDir, { recursive: true });
    examples.forEach((example, index) => {
      const name = `${relative(srcDir, example.file)}:${example.line}`;
      it(`runs the example at ${name}`, async () => {
        const path = join(tmpDir, `example-${index}.ts`);
        const prelude =
          'const __expect = (actual: unknown, expected: unknown, line: string) => {\n' +
          '  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))\n' +
          '    throw new Error(`Example line ${line} gave ${String(actual)}`);\n};\n';
        const code = withAssertions(example.code);
        const imports = code.split('\n').filter((l) => /^\s*import\s/.test(l));
        const body = code.split('\n').filter((l) => !/^\s*import\s/.test(l));
        writeFileSync(path, `${imports.join('\n')}\n${prelude}${body.join('\n')}\nexport {};\n`);
        await import(/* @vite-ignore */ `${path}?t=${Date.now()}`);
      });
    });
  });
};
