import type { YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { gradeKey, gradeRecord } from '../src/grading.js';

const agri = (fields: Partial<YearlyRecord>): YearlyRecord => ({
  organisationId: 'HTX-A',
  year: 2024,
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode: 'X',
  monthsOperating: 12,
  // Criterion 1 has no figures and no sheet points: the sheet is incomplete.
  sheet: { rulebook: 'circular-09-2017', points: { '2': 12, '3': 12, '4': 12, '5': 12, '6': 12 } },
  ...fields,
});

describe('gradeKey', () => {
  it('puts an incomplete sheet whose grade an override decided under that grade, any other under "incomplete"', () => {
    expect(gradeKey(gradeRecord(agri({ sanctioned: true }))!)).toBe('weak');
    expect(gradeKey(gradeRecord(agri({ sanctioned: false }))!)).toBe('incomplete');
    expect(gradeKey(gradeRecord(agri({}))!)).toBe('incomplete');
  });
});
