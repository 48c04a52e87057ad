/** Row codes, packed in the narrowest array that holds the largest code (1, 2 or 4 bytes a row). */
export type Codes = Uint8Array | Uint16Array | Uint32Array;

/**
 * A code per row, appended in order into a packed, growing array: a byte a row while every code is
 * below 256, two bytes below 65 536, four beyond (the array widens once at each step).
 */
export class CodeArray {
  private codes: Codes;
  /** The largest code the array holds (255, 65 535, then any). */
  private limit = 255;
  private length = 0;
  /** @param capacity - the number of rows that will be pushed */
  constructor(capacity: number) {
    this.codes = new Uint8Array(capacity);
  }
  push(code: number): void {
    if (code > this.limit) {
      this.limit = code > 65_535 ? 0xffff_ffff : 65_535;
      this.codes = this.copied(this.codes.length);
    }
    if (this.length === this.codes.length) this.codes = this.copied(Math.max(16, this.length * 2));
    this.codes[this.length] = code;
    this.length += 1;
  }
  /** The codes so far in an array of `capacity` rows, as wide as `limit` needs. */
  private copied(capacity: number): Codes {
    const grown = this.limit > 65_535 ? new Uint32Array(capacity) : this.limit > 255 ? new Uint16Array(capacity) : new Uint8Array(capacity);
    grown.set(this.codes.subarray(0, this.length));
    return grown;
  }
  /** The code of every row, in order, in an array of exactly that length. */
  done(): Codes {
    return this.length === this.codes.length ? this.codes : this.codes.slice(0, this.length);
  }
}

/**
 * Codes the values of one field of a frame's rows by first appearance (`values[code]` is the value,
 * compared by `===`), keeping each row's code in a {@link CodeArray}: a byte a row while there are at
 * most 256 distinct values (the provinces of a country), two bytes up to 65 536 (its communes), four
 * beyond.
 */
export class Coder<T> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();
  private readonly codes: CodeArray;
  /** @param capacity - the number of rows that will be pushed */
  constructor(capacity: number) {
    this.codes = new CodeArray(capacity);
  }
  push(value: T): void {
    // A short scan first: most fields have a handful of values (kinds, sectors, provinces).
    const values = this.values;
    const scan = values.length < 16 ? values.length : 16;
    let code: number | undefined;
    for (let c = 0; c < scan; c += 1) {
      if (values[c] === value) {
        code = c;
        break;
      }
    }
    if (code === undefined && scan === 16) code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
    this.codes.push(code);
  }
  /** The code of every row, in order, in an array of exactly that length. */
  rowCodes(): Codes {
    return this.codes.done();
  }
}
