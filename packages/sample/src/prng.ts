/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32). Deterministic, fast, and
 * written in-house so the sample data never depends on `Math.random` or a library version.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A normally distributed number (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list, by weights. */
  pick<T>(items: readonly (readonly [T, number])[]): T;
}

const splitmix32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
};

/**
 * Mixes several integers into one 32-bit seed (for independent streams: one per organisation).
 *
 * @param parts - integers
 * @returns a 32-bit unsigned seed
 * @example
 * ```ts
 * import { mixSeed } from '@coop/sample';
 * mixSeed(42, 7) === mixSeed(42, 7); // true
 * ```
 */
export const mixSeed = (...parts: readonly number[]): number => {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  }
  return h >>> 0;
};

/**
 * sfc32 with a cached Box–Muller spare. A class on purpose: a generator *is* state, and prototype
 * methods keep a million draws free of per-instance closures. Never exposed beyond {@link Random}.
 */
class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    const init = splitmix32(seed);
    this.a = init();
    this.b = init();
    this.c = init();
    this.d = init();
    for (let i = 0; i < 12; i += 1) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  normal(mean: number, sd: number): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return mean + sd * this.spare;
    }
    let u = this.next();
    while (u <= 1e-12) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    this.hasSpare = true;
    return mean + sd * r * Math.cos(2 * Math.PI * v);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }
}

/**
 * Creates a seeded generator (sfc32). The same seed always gives the same sequence.
 *
 * @param seed - any integer
 * @returns the generator
 * @example
 * ```ts
 * import { createRandom } from '@coop/sample';
 * const a = createRandom(1);
 * const b = createRandom(1);
 * a.next() === b.next(); // true
 * ```
 */
export const createRandom = (seed: number): Random => new Sfc32(seed);
