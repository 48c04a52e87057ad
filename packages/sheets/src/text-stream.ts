/**
 * Text files read piece by piece, so that a large CSV is never held whole as bytes or as text: the
 * encoding is told from the first bytes (a byte-order mark, UTF-16's zero bytes) or, failing that, from one
 * pass that checks the bytes are valid UTF-8 (Windows-1258 otherwise, marked uncertain); the text then comes
 * decoded piece by piece, each piece ending at a line break and normalised to NFC (a line break never sits
 * between a letter and its combining tone mark, so normalising piece by piece equals normalising the whole).
 */
import { ENCODING_SAMPLE, encodingFromStart, type TextEncodingName } from './decode.js';

/**
 * The bytes of a file, in pieces; called again for a second pass over the file.
 *
 * @example
 * ```ts
 * import type { ByteChunks } from '@coop/sheets';
 * const chunks: ByteChunks = () => [new TextEncoder().encode('Mã HTX\n')];
 * [...(chunks() as Uint8Array[])].length; // 1
 * ```
 */
export type ByteChunks = () => Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** The pieces of one pass, or nothing when `chunks` does not give an iterable (a caller's mistake: no piece). */
export const passOver = (chunks: ByteChunks): Iterable<unknown> | AsyncIterable<unknown> => {
  const pieces: unknown = typeof chunks === 'function' ? chunks() : undefined;
  const iterable =
    typeof pieces === 'object' &&
    pieces !== null &&
    (typeof (pieces as Iterable<unknown>)[Symbol.iterator] === 'function' || typeof (pieces as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function');
  return iterable ? (pieces as Iterable<unknown> | AsyncIterable<unknown>) : [];
};

/**
 * Bytes handed to the decoder at a time when a file is already in memory. 64 KiB, not 1 MiB: a piece's
 * text is a string of the same size, and V8 puts strings over ~500 kB straight into the large-object
 * space, where they wait for a full collection — `coop grade` on a 50 MB CSV peaked at 315–365 MB with
 * 1 MiB pieces and at 202 MB with 64 KiB pieces (and ran faster).
 */
export const PIECE_BYTES = 64 * 1024;

/** A file in memory as pieces (views, not copies). */
export const bytePieces =
  (bytes: Uint8Array, size = PIECE_BYTES): ByteChunks =>
  function* pieces() {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  };

const joined = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * The encoding of a file read in pieces.
 *
 * @returns the encoding and whether it is certain (`false`: not valid UTF-8, read as Windows-1258)
 */
export const pieceEncoding = async (chunks: ByteChunks, forced?: TextEncodingName): Promise<{ readonly encoding: TextEncodingName; readonly certain: boolean }> => {
  if (forced) return { encoding: forced, certain: true };
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of passOver(chunks)) {
    if (!(chunk instanceof Uint8Array)) break;
    head = joined(head, chunk.subarray(0, ENCODING_SAMPLE - head.length));
    if (head.length >= ENCODING_SAMPLE) break;
  }
  const start = encodingFromStart(head);
  if (start) return { encoding: start, certain: true };
  const check = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of passOver(chunks)) if (chunk instanceof Uint8Array) check.decode(chunk, { stream: true });
    check.decode();
    return { encoding: 'utf-8', certain: true };
  } catch {
    return { encoding: 'windows-1258', certain: false };
  }
};

/**
 * The text of a file read in pieces: each piece ends at a line break (the last one at the end of the file)
 * and is normalised to NFC; the byte-order mark is dropped. Stops after `maxBytes` bytes and says so.
 */
export async function* textPieces(chunks: ByteChunks, encoding: TextEncodingName, maxBytes: number, onTooLarge: () => void): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  let carry = '';
  let total = 0;
  for await (const chunk of passOver(chunks)) {
    if (!(chunk instanceof Uint8Array)) continue;
    total += chunk.length;
    if (total > maxBytes) {
      onTooLarge();
      return;
    }
    // Only the new text is searched for a line break: a long line costs linear, not quadratic, time.
    const fresh = decoder.decode(chunk, { stream: true });
    const cut = fresh.lastIndexOf('\n') + 1;
    if (cut === 0) carry += fresh;
    else {
      const piece = carry + fresh.slice(0, cut);
      carry = fresh.slice(cut);
      yield piece.normalize('NFC');
    }
  }
  const rest = carry + decoder.decode();
  if (rest !== '') yield rest.normalize('NFC');
}
