import { VN_AREAS, areaForYear, type AreaInput } from '@coop/model';
import { describe, expect, it } from 'vitest';
import type { Frame } from '../src/internal/engine-types.js';
import { areaCovers, buildAreaLookup, frameStatus, frameStatuses, statusIn } from '../src/internal/indicator-area.js';

/*
 * A frame's area codes are decided once, a byte per code (`frameStatuses`), and the coverage table of
 * an area reads a code's status from there: the answers must be the model's `areaForYear` and the same
 * coverage as when `areaCovers` looks the status up itself.
 */

const YEARS = [2019, 2023, 2024, 2025, 2026];
/** A frame as `frameStatuses` reads it: the distinct area codes of a year's rows. */
const frameWith = (codes: readonly string[]): Frame => ({ areas: codes }) as unknown as Frame;

describe('area status per frame code', () => {
  const lookup = buildAreaLookup(VN_AREAS as readonly AreaInput[], ['areas']);
  // Every known code (provinces of both periods, districts), a code no list has, and a commune-like code.
  const codes = [...new Set(VN_AREAS.map((area) => area.code)), 'ZZ-UNKNOWN'];

  it("gives each code the model's status in the frame's year", () => {
    for (const year of YEARS) {
      const statuses = frameStatuses(lookup, frameWith(codes), year);
      codes.forEach((code, c) => expect(frameStatus(statuses, c)).toBe(areaForYear(lookup.index, code, year).status));
      codes.forEach((code) => expect(statusIn(lookup, code, year)).toBe(areaForYear(lookup.index, code, year).status));
    }
  });

  it('keeps in a byte every status the codes have (in force, succeeded, closed, unknown)', () => {
    const seen = new Set<string>();
    for (const year of YEARS) {
      const statuses = frameStatuses(lookup, frameWith(codes), year);
      codes.forEach((_, c) => seen.add(frameStatus(statuses, c)));
    }
    expect([...seen].sort()).toEqual(['closed', 'in-force', 'succeeded', 'unknown']);
  });

  it('covers a code with its status read from the frame exactly as with the status looked up', () => {
    const provinces = ['VN', '19', '06', '48', '49', '01'];
    for (const year of YEARS) {
      const statuses = frameStatuses(lookup, frameWith(codes), year);
      for (const area of provinces) {
        codes.forEach((code, c) => {
          expect(areaCovers(lookup, area, code, year, frameStatus(statuses, c)), `${area} ∋ ${code} in ${year}`).toBe(areaCovers(lookup, area, code, year));
        });
      }
    }
    // The reform rule itself: a 2025 record coded Bắc Kạn (06) counts for Thái Nguyên (19), a 2024 one does not.
    const two = frameWith(['06']);
    expect(areaCovers(lookup, '19', '06', 2025, frameStatus(frameStatuses(lookup, two, 2025), 0))).toBe(true);
    expect(areaCovers(lookup, '19', '06', 2024, frameStatus(frameStatuses(lookup, frameWith(['06']), 2024), 0))).toBe(false);
  });

  it("decides a frame's codes anew for another year", () => {
    const frame = frameWith(['06']);
    expect(frameStatus(frameStatuses(lookup, frame, 2024), 0)).toBe('in-force');
    expect(frameStatus(frameStatuses(lookup, frame, 2026), 0)).toBe(areaForYear(lookup.index, '06', 2026).status);
    expect(frameStatus(frameStatuses(lookup, frame, 2026), 0)).not.toBe('in-force');
  });
});
