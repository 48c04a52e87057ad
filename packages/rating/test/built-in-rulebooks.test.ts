import { describe, expect, it } from 'vitest';
import { CIRCULAR_01_2020, CIRCULAR_09_2017 } from '../src/index.js';
import { BUILT_IN_RULEBOOKS } from '../src/rulebooks/index.js';

describe('BUILT_IN_RULEBOOKS', () => {
  it('holds both circulars, newest first (the default rulebooks sheets may name)', () => {
    expect(BUILT_IN_RULEBOOKS).toEqual([CIRCULAR_01_2020, CIRCULAR_09_2017]);
  });
});
