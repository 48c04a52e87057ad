import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AreaInput } from '../src/area.js';
import {
  buildAreaIndex,
  isAreaInForce,
  isWithinArea,
  resolveAreaOn,
  subAreas,
  successorsOf,
  type AreaIndex,
} from '../src/area-tree.js';
import { CoopError } from '../src/errors.js';
import type { Issue } from '../src/issue.js';

const name = (vi: string, en = vi): { vi: string; en: string } => ({ vi, en });
const OLD = { validTo: '2025-06-30' } as const;
const NEW = { validFrom: '2025-07-01' } as const;

/** A small slice of the 1 July 2025 reform: provinces merged, districts abolished, communes merged. */
const AREAS: readonly AreaInput[] = [
  { code: 'VN', name: name('Việt Nam', 'Viet Nam'), level: 'country' },
  // Thái Nguyên absorbs Bắc Kạn and keeps its code.
  { code: 'TNG', name: name('Tỉnh Thái Nguyên', 'Thai Nguyen province'), level: 'province', parent: 'VN' },
  { code: 'BKN', name: name('Tỉnh Bắc Kạn', 'Bac Kan province'), level: 'province', parent: 'VN', ...OLD, successors: ['TNG'] },
  { code: 'DT', name: name('Huyện Đại Từ', 'Dai Tu district'), level: 'district', parent: 'TNG', ...OLD, successors: ['TNG'] },
  { code: 'PY', name: name('Thành phố Phổ Yên', 'Pho Yen city'), level: 'district', parent: 'TNG', ...OLD, successors: ['TNG'] },
  { code: 'DT-HH', name: name('Xã Hùng Sơn'), level: 'commune', parent: 'DT', ...OLD, successors: ['TNG-DT'] },
  { code: 'DT-KT', name: name('Xã Ký Phú'), level: 'commune', parent: 'DT', ...OLD, successors: ['TNG-DT'] },
  { code: 'TNG-DT', name: name('Xã Đại Từ'), level: 'commune', parent: 'TNG', ...NEW },
  // Quảng Nam and the old Đà Nẵng merge into a new Đà Nẵng with a new code.
  { code: 'QNA', name: name('Tỉnh Quảng Nam', 'Quang Nam province'), level: 'province', parent: 'VN', ...OLD, successors: ['DNG'] },
  { code: 'DNG-OLD', name: name('Thành phố Đà Nẵng (cũ)', 'Da Nang city (former)'), level: 'province', parent: 'VN', ...OLD, successors: ['DNG'] },
  { code: 'DNG', name: name('Thành phố Đà Nẵng', 'Da Nang city'), level: 'province', parent: 'VN', ...NEW },
  { code: 'HA', name: name('Thành phố Hội An', 'Hoi An city'), level: 'district', parent: 'QNA', ...OLD, successors: ['HA-1', 'HA-2'] },
  { code: 'HA-1', name: name('Phường Hội An'), level: 'commune', parent: 'DNG', ...NEW },
  { code: 'HA-2', name: name('Phường Hội An Đông'), level: 'commune', parent: 'DNG', ...NEW },
];

const index = buildAreaIndex(AREAS);
const codes = (areas: ReadonlyArray<{ code: string }>): string[] => areas.map((area) => area.code);

const issuesOfBuild = (areas: readonly AreaInput[]): Array<[string, string]> => {
  try {
    buildAreaIndex(areas);
  } catch (error) {
    expect(error).toBeInstanceOf(CoopError);
    expect((error as CoopError).code).toBe('INVALID_AREAS');
    return ((error as CoopError).details['issues'] as Issue[]).map((issue) => [issue.code, issue.path.join('.')]);
  }
  return [];
};

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof CoopError ? error.code : 'not a CoopError';
  }
};

describe('buildAreaIndex', () => {
  it('indexes areas, children and predecessors, in input order', () => {
    expect(index.areas).toHaveLength(AREAS.length);
    expect(index.byCode.get('QNA')?.successors).toEqual(['DNG']);
    expect(index.byCode.get('VN')?.successors).toEqual([]);
    expect(index.children.get('TNG')).toEqual(['DT', 'PY', 'TNG-DT']);
    expect(index.predecessors.get('DNG')).toEqual(['QNA', 'DNG-OLD']);
    expect(index.predecessors.get('TNG')).toEqual(['BKN', 'DT', 'PY']);
  });

  it('does not mutate or keep the input', () => {
    const input = structuredClone(AREAS).map((area) => Object.freeze(area));
    const built = buildAreaIndex(Object.freeze(input));
    expect(input).toEqual(AREAS);
    expect(built.areas[0]).not.toBe(input[0]);
  });

  it('reports every problem at once in a typed error', () => {
    const broken: AreaInput[] = [
      { code: 'VN', name: name('VN'), level: 'country' },
      { code: 'VN', name: name('VN again'), level: 'country' },
    ];
    expect(issuesOfBuild(broken)).toEqual([['duplicate', '1.code']]);
    expect(
      issuesOfBuild([
        { code: 'A', name: name('A'), level: 'province', parent: 'NOPE' },
        { code: 'B', name: name('B'), level: 'province', successors: ['GONE'] },
        { code: 'C', name: name('C'), level: 'province', validFrom: '2026-01-01', validTo: '2025-01-01' },
      ]),
    ).toEqual([
      ['unknown_parent', '0.parent'],
      ['unknown_successor', '1.successors.0'],
      ['invalid_range', '2.validTo'],
    ]);
  });

  it('rejects parent cycles, successor cycles and upside-down levels', () => {
    expect(
      issuesOfBuild([
        { code: 'A', name: name('A'), level: 'commune', parent: 'B' },
        { code: 'B', name: name('B'), level: 'commune', parent: 'A' },
      ]),
    ).toEqual([
      ['invalid_level', '0.level'],
      ['invalid_level', '1.level'],
      ['area_cycle', '0.parent'],
      ['area_cycle', '1.parent'],
    ]);
    expect(issuesOfBuild([{ code: 'A', name: name('A'), level: 'province', parent: 'A' }])).toEqual([
      ['invalid_level', '0.level'],
      ['area_cycle', '0.parent'],
    ]);
    expect(
      issuesOfBuild([
        { code: 'A', name: name('A'), level: 'province', successors: ['B'] },
        { code: 'B', name: name('B'), level: 'province', successors: ['A'] },
        { code: 'C', name: name('C'), level: 'province', successors: ['A'] },
      ]),
    ).toEqual([
      ['area_cycle', '0.successors'],
      ['area_cycle', '1.successors'],
    ]);
    expect(
      issuesOfBuild([
        { code: 'D', name: name('D'), level: 'district' },
        { code: 'P', name: name('P'), level: 'province', parent: 'D' },
      ]),
    ).toEqual([['invalid_level', '1.level']]);
  });

  it('validates the shape of each area', () => {
    expect(issuesOfBuild([{ code: 'A', name: name('A'), level: 'ward' } as unknown as AreaInput])).toEqual([['invalid_enum', '0.level']]);
    expect(issuesOfBuild('areas' as unknown as AreaInput[])).toEqual([['invalid_type', '']]);
    expect(issuesOfBuild(JSON.parse('[{"code": "A", "name": {"vi": "a", "en": "a"}, "level": "country", "__proto__": {}}]'))).toEqual([
      ['forbidden_key', '0.__proto__'],
    ]);
  });
});

describe('isAreaInForce', () => {
  it('includes both ends of the validity', () => {
    const qna = index.byCode.get('QNA');
    const dng = index.byCode.get('DNG');
    if (!qna || !dng) throw new Error('fixture');
    expect(isAreaInForce(qna, '2025-06-30')).toBe(true);
    expect(isAreaInForce(qna, '2025-07-01')).toBe(false);
    expect(isAreaInForce(dng, '2025-06-30')).toBe(false);
    expect(isAreaInForce(dng, '2025-07-01')).toBe(true);
    expect(codeOf(() => isAreaInForce(dng, '2025-06-31'))).toBe('INVALID_DATE');
  });
});

describe('isWithinArea', () => {
  it('walks parents; an area is within itself', () => {
    expect(isWithinArea(index, 'DT-HH', 'TNG')).toBe(true);
    expect(isWithinArea(index, 'DT-HH', 'VN')).toBe(true);
    expect(isWithinArea(index, 'DT-HH', 'DT-HH')).toBe(true);
    expect(isWithinArea(index, 'DT-HH', 'PY')).toBe(false);
    expect(isWithinArea(index, 'HA', 'DNG')).toBe(false);
    expect(isWithinArea(index, 'HA-1', 'DNG')).toBe(true);
    expect(isWithinArea(index, 'TNG', 'DT')).toBe(false);
  });

  it('is false for unknown codes and throws for an unknown ancestor', () => {
    expect(isWithinArea(index, 'NOPE', 'VN')).toBe(false);
    expect(codeOf(() => isWithinArea(index, 'TNG', 'NOPE'))).toBe('UNKNOWN_AREA');
  });

  it('checks validity along the way on a date', () => {
    expect(isWithinArea(index, 'DT-HH', 'TNG', { on: '2025-06-30' })).toBe(true);
    expect(isWithinArea(index, 'DT-HH', 'TNG', { on: '2025-07-01' })).toBe(false);
    expect(isWithinArea(index, 'TNG-DT', 'TNG', { on: '2025-07-01' })).toBe(true);
    expect(isWithinArea(index, 'TNG-DT', 'TNG', { on: '2024-01-01' })).toBe(false);
    expect(isWithinArea(index, 'DNG', 'DNG', { on: '2024-01-01' })).toBe(false);
    expect(codeOf(() => isWithinArea(index, 'TNG', 'VN', { on: 'yesterday' }))).toBe('INVALID_DATE');
  });
});

describe('subAreas', () => {
  it('lists the areas of a level at any depth, in input order', () => {
    expect(codes(subAreas(index, 'TNG', 'district'))).toEqual(['DT', 'PY']);
    expect(codes(subAreas(index, 'TNG', 'commune'))).toEqual(['DT-HH', 'DT-KT', 'TNG-DT']);
    expect(codes(subAreas(index, 'VN', 'commune'))).toEqual(['DT-HH', 'DT-KT', 'TNG-DT', 'HA-1', 'HA-2']);
    expect(codes(subAreas(index, 'TNG', 'province'))).toEqual(['TNG']);
    expect(subAreas(index, 'TNG', 'country')).toEqual([]);
  });

  it('keeps only areas in force on a date', () => {
    expect(codes(subAreas(index, 'TNG', 'district', { on: '2024-12-31' }))).toEqual(['DT', 'PY']);
    expect(subAreas(index, 'TNG', 'district', { on: '2025-07-01' })).toEqual([]);
    expect(codes(subAreas(index, 'TNG', 'commune', { on: '2025-07-01' }))).toEqual(['TNG-DT']);
    expect(codes(subAreas(index, 'TNG', 'commune', { on: '2025-06-30' }))).toEqual(['DT-HH', 'DT-KT']);
    expect(codes(subAreas(index, 'VN', 'province', { on: '2025-06-30' }))).toEqual(['TNG', 'BKN', 'QNA', 'DNG-OLD']);
    expect(codes(subAreas(index, 'VN', 'province', { on: '2025-07-01' }))).toEqual(['TNG', 'DNG']);
    expect(subAreas(index, 'QNA', 'district', { on: '2025-07-01' })).toEqual([]);
  });

  it('throws for an unknown area', () => {
    expect(codeOf(() => subAreas(index, 'NOPE', 'district'))).toBe('UNKNOWN_AREA');
  });
});

describe('successorsOf', () => {
  it('follows successors to the end of the chain', () => {
    expect(successorsOf(index, 'QNA')).toEqual(['DNG']);
    expect(successorsOf(index, 'DT-HH')).toEqual(['TNG-DT']);
    expect(successorsOf(index, 'HA')).toEqual(['HA-1', 'HA-2']);
    expect(successorsOf(index, 'BKN')).toEqual(['TNG']);
    expect(successorsOf(index, 'TNG')).toEqual([]);
    expect(codeOf(() => successorsOf(index, 'NOPE'))).toBe('UNKNOWN_AREA');
  });

  it('is transitive and lists each successor once', () => {
    const chain = buildAreaIndex([
      { code: 'A', name: name('A'), level: 'province', successors: ['B', 'C'] },
      { code: 'B', name: name('B'), level: 'province', successors: ['D'] },
      { code: 'C', name: name('C'), level: 'province', successors: ['D', 'E'] },
      { code: 'D', name: name('D'), level: 'province' },
      { code: 'E', name: name('E'), level: 'province' },
    ]);
    expect(successorsOf(chain, 'A')).toEqual(['D', 'E']);
  });
});

describe('resolveAreaOn', () => {
  it('maps an old code forward and a new code backward', () => {
    expect(codes(resolveAreaOn(index, 'QNA', '2026-01-01'))).toEqual(['DNG']);
    expect(codes(resolveAreaOn(index, 'DNG', '2024-01-01'))).toEqual(['QNA', 'DNG-OLD']);
    expect(codes(resolveAreaOn(index, 'DT-HH', '2025-07-01'))).toEqual(['TNG-DT']);
    expect(codes(resolveAreaOn(index, 'TNG-DT', '2025-06-30'))).toEqual(['DT-HH', 'DT-KT']);
    expect(codes(resolveAreaOn(index, 'HA', '2025-07-01'))).toEqual(['HA-1', 'HA-2']);
  });

  it('gives the area itself when it is in force', () => {
    expect(codes(resolveAreaOn(index, 'QNA', '2025-06-30'))).toEqual(['QNA']);
    expect(codes(resolveAreaOn(index, 'TNG', '1990-01-01'))).toEqual(['TNG']);
  });

  it('gives nothing when no area covers the date', () => {
    const ended = buildAreaIndex([{ code: 'X', name: name('X'), level: 'commune', validTo: '2000-01-01' }]);
    expect(resolveAreaOn(ended, 'X', '2025-01-01')).toEqual([]);
    expect(codeOf(() => resolveAreaOn(index, 'QNA', '2025-13-01'))).toBe('INVALID_DATE');
  });
});

describe('properties', () => {
  /** A random forest: each area's parent is an earlier area, one level up or more. */
  const arbForest = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((picks) => {
    const areas: Array<AreaInput & { level: 'country' | 'province' | 'district' | 'commune' }> = [];
    const levels = ['country', 'province', 'district', 'commune'] as const;
    picks.forEach((pick, position) => {
      const candidates = areas.filter((area) => area.level !== 'commune');
      const parent = candidates.length === 0 || pick % 5 === 0 ? undefined : candidates[pick % candidates.length];
      const level = parent === undefined ? levels[pick % 4] ?? 'country' : levels[levels.indexOf(parent.level) + 1] ?? 'commune';
      areas.push({ code: `A${position}`, name: name(`A${position}`), level, ...(parent ? { parent: parent.code } : {}) });
    });
    return areas;
  });

  const chain = (tree: AreaIndex, code: string): string[] => {
    const out: string[] = [];
    for (let area = tree.byCode.get(code); area; area = area.parent ? tree.byCode.get(area.parent) : undefined) out.push(area.code);
    return out;
  };

  it('isWithinArea holds exactly for the chain of parents, and subAreas agrees', () => {
    fc.assert(
      fc.property(arbForest, (areas) => {
        const tree = buildAreaIndex(areas);
        for (const area of areas) {
          const ancestors = chain(tree, area.code);
          for (const other of areas) {
            expect(isWithinArea(tree, area.code, other.code)).toBe(ancestors.includes(other.code));
          }
          for (const level of ['province', 'district', 'commune'] as const) {
            for (const sub of subAreas(tree, area.code, level)) {
              expect(sub.level).toBe(level);
              expect(isWithinArea(tree, sub.code, area.code)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
