/**
 * Turning the bytes of a text file into text, the way Vietnamese offices save them: UTF-8 (with or
 * without a byte-order mark), "Unicode Text" (UTF-16 little or big endian) and the plain CSV of Excel on
 * a Vietnamese Windows (Windows-1258, which writes tone marks as combining characters: the text is
 * normalised to NFC). Uses the platform's `TextDecoder`, in browsers and Node alike.
 */
import { CoopError } from '@coop/model';
import { choiceOf, isBytes } from './internal/guard.js';

/**
 * The encodings recognised.
 *
 * @example
 * ```ts
 * import { decodeText, type TextEncodingName } from '@coop/sheets';
 * const forced: TextEncodingName = 'windows-1258';
 * decodeText(new Uint8Array([0x4d, 0x61, 0xde]), forced).text; // 'Mã'
 * ```
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

const ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258'];

/**
 * Decoded text and how sure the reader is of its encoding.
 *
 * @example
 * ```ts
 * import { decodeText, type DecodedText } from '@coop/sheets';
 * const decoded: DecodedText = decodeText(new TextEncoder().encode('Năm'));
 * decoded.certain; // true
 * ```
 */
export interface DecodedText {
  /** The text, NFC, without a byte-order mark. */
  readonly text: string;
  /** The encoding used. */
  readonly encoding: TextEncodingName;
  /** `false` when the encoding was guessed (no byte-order mark, not valid UTF-8): tell the user. */
  readonly certain: boolean;
}

const SAMPLE = 4096;

const utf16Guess = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  const n = Math.min(bytes.length - (bytes.length % 2), SAMPLE);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
};

const decode = (bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string =>
  new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes).normalize('NFC');

/**
 * Decodes the bytes of a text file. A byte-order mark decides; otherwise a UTF-16 pattern of zero
 * bytes, then valid UTF-8; anything else is read as Windows-1258 and marked uncertain.
 *
 * @param bytes - the file
 * @param encoding - force an encoding (then `certain` is `true`)
 * @returns the text, the encoding and whether it was certain
 * @example
 * ```ts
 * import { decodeText } from '@coop/sheets';
 * decodeText(new Uint8Array([0xff, 0xfe, 0x4d, 0x00, 0xe3, 0x00])).text; // 'Mã'
 * decodeText(new Uint8Array([0x4d, 0xe3])).encoding; // 'windows-1258'
 * ```
 */
export const decodeText = (bytes: Uint8Array, encoding?: TextEncodingName): DecodedText => {
  if (!isBytes(bytes)) throw new CoopError('INVALID_ARGUMENT', 'bytes must be a Uint8Array', { argument: 'bytes', received: typeof bytes });
  choiceOf(encoding, ENCODINGS, 'encoding');
  if (encoding) return { text: decode(bytes, encoding), encoding, certain: true };
  const start = encodingFromStart(bytes);
  if (start) return { text: decode(bytes, start), encoding: start, certain: true };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8', certain: true };
  } catch {
    return { text: decode(bytes, 'windows-1258'), encoding: 'windows-1258', certain: false };
  }
};

/**
 * The encoding the first bytes of a file show for certain: a byte-order mark, or UTF-16's pattern of zero
 * bytes; `undefined` when only a pass over the whole file can tell (valid UTF-8, or else Windows-1258).
 */
export const encodingFromStart = (bytes: Uint8Array): TextEncodingName | undefined => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16Guess(bytes);
};

/** Bytes of the start of a file that {@link encodingFromStart} looks at. */
export const ENCODING_SAMPLE = SAMPLE;
