import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SheetFile } from '../src/index.js';

/** A committed fixture as a file to read. */
export const fixture = (name: string): SheetFile => ({
  name,
  bytes: new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)))),
});

/** Text as a UTF-8 file. */
export const textFile = (name: string, text: string): SheetFile => ({ name, bytes: new TextEncoder().encode(text) });
