/**
 * Audit 2026-12 (docs/audits/2026-12-rating-rules.md, W3): "Mỗi huyện, thành phố … tối thiểu 01 mô hình
 * hợp tác xã nông nghiệp" (Thái Nguyên 42/KH-UBND III.2) holds only if it holds in every district. A
 * district whose co-ops do not report the model flag has no value: it is undecided, not failing (missing
 * is never "no", `semantics/truth.ts`). A district with no co-op at all has none (0, known).
 */
import { getPlan, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../src/evaluate-target.js';

const target = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'model-coop-per-district')!;
const record = (organisationId: string, areaCode: string, flags?: YearlyRecord['flags']): YearlyRecord => ({
  organisationId,
  year: 2024,
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode,
  ...(flags === undefined ? {} : { flags }),
});
const OTHERS = ['164', '165', '168', '169', '170', '171', '172', '173']; // every district but 167, huyện Định Hóa
const modelIn = OTHERS.map((code, i) => record(`m${i}`, code, { modelCooperative: true }));

describe('a per-unit target with a unit that has no value', () => {
  it('every other district meets it, Định Hóa\'s co-op does not report the flag: undecided, not failing', () => {
    const result = evaluateTarget(target, [...modelIn, record('x', '167')], { asOf: 2024 });
    const dinhHoa = result.units?.find((u) => u.code === '167');
    expect(dinhHoa?.value).toBeUndefined();
    expect(dinhHoa?.met).toBeUndefined();
    expect(result.met).toBeUndefined();
    expect(result.status).toBe('insufficient-data'); // one year: no pace yet
    expect(result.explanation.en).toContain('8 of 9 units meet it (2024); No value in: Dinh Hoa district');
    expect(result.gap).toEqual({
      kind: 'not-computable',
      reason: { vi: 'Chưa có giá trị ở: huyện Định Hóa', en: 'No value in: Dinh Hoa district' },
    });
    expect(result.value?.num).toBe(8n); // the units meeting it
  });

  it('a district that reports no model co-op fails it, whatever the undecided ones', () => {
    const result = evaluateTarget(target, [...modelIn.slice(1), record('n', '164', { modelCooperative: false }), record('x', '167')], { asOf: 2024 });
    expect(result.met).toBe(false);
    expect(result.gap).toMatchObject({ kind: 'units', failing: ['164'], meeting: 7 });
    expect(result.units?.find((u) => u.code === '167')?.met).toBeUndefined();
  });

  it('the explanation of a failing target says how many units have no value (neither meeting nor failing)', () => {
    const result = evaluateTarget(target, [...modelIn.slice(1), record('n', '164', { modelCooperative: false }), record('x', '167')], { asOf: 2024 });
    expect(result.explanation.en).toContain('1 of 9 units fail (Thai Nguyen city); 1 of 9 units have no value');
    expect(result.explanation.vi).toContain('1/9 địa bàn chưa có số liệu');
  });

  it('a district with no co-op at all has none: 0, a known failure', () => {
    const result = evaluateTarget(target, modelIn, { asOf: 2024 });
    expect(result.units?.find((u) => u.code === '167')).toMatchObject({ display: 0, met: false });
    expect(result.met).toBe(false);
  });
});
