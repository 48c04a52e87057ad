import type { Citation } from '@coop/model';
import type { Rulebook, RulebookCriterion, TierCase } from '../rulebook.js';

const DOCUMENT = 'Thông tư 09/2017/TT-BNNPTNT';
const cite = (clause?: string, note?: string): Citation => ({
  document: DOCUMENT,
  ...(clause === undefined ? {} : { clause }),
  ...(note === undefined ? {} : { note }),
});
const CRITERION_1 = cite('Tiêu chí 1', 'Các mức điểm tiêu chí 1 xác nhận từ một bản công khai (confirmed from one public copy).');
const UNKNOWN = cite(
  'Điều 4; Phụ lục 1',
  'Điều 4.1 nêu 6 tiêu chí; điều 4.2 để điểm chấm chi tiết ở Phụ lục 1, chưa tìm thấy bản công khai: thang điểm, mức tối đa chưa rõ (unknown); điểm lấy từ phiếu chấm.',
);
/** Where the criteria, the grades and the rules are read: the codified text of articles 4–6 (Bộ pháp điển, đề mục Hợp tác xã, Điều 12.4.TT.2.4–2.6). */
const ARTICLES_NOTE = 'Đối chiếu điều 4–6 với bản Bộ pháp điển (đề mục Hợp tác xã, Điều 12.4.TT.2.4–12.4.TT.2.6).';

const NO_PROFIT: TierCase = {
  when: { field: 'afterTaxProfit', lte: 0 },
  points: 0,
  label: { vi: 'Không có lợi nhuận sau thuế', en: 'No after-tax profit' },
  citation: CRITERION_1,
};

const INCOME_NOTE =
  '"Income" is read as the after-tax profit (`afterTaxProfit`) from which the year\'s `funds.*` are allocated; ' +
  'no after-tax profit (≤ 0) → 0 ("or none"); without `afterTaxProfit` or the fund, the sheet is used.';

const sheetOnly = (id: string, vi: string, en: string): RulebookCriterion => ({
  id,
  title: { vi, en },
  max: null,
  citation: UNKNOWN,
});

/**
 * Circular 09/2017/TT-BNNPTNT of the Ministry of Agriculture and Rural Development: rating agricultural
 * cooperatives — six criteria, 100 points, grades at 80 / 65 / 50; a cooperative sanctioned for an
 * administrative violation in the year is weak whatever its points (an override that is reported);
 * not rated when operating under 12 months.
 *
 * Criterion 1's five sub-items (`1a` realised ÷ planned revenue, 8; `1b` total revenue, 10; `1c` income
 * per member, 10; `1d` development fund ≥ 20 % of income, 5; `1e` reserve fund ≥ 5 % of income, 5) are
 * computed from the record with the known tiers when it has the fields, else taken from the sheet.
 * Criteria `2` … `6` come from the sheet: their own maxima are unknown; together they are capped at 62,
 * a constraint derived from the 100-point total minus criterion 1's 38 (not a guess about each).
 * Criterion 2's sub-items (Appendix 1) could not be read: a known gap in `gaps`, reported as a
 * `RULEBOOK_GAP` warning on every scored result, never filled in.
 *
 * In force from 2017-05-31; no repeal found (status after 2025 unconfirmed). Scope: cooperatives in
 * the `agriculture-*` sectors.
 *
 * @example
 * ```ts
 * import { CIRCULAR_09_2017 } from '@coop/rating';
 * CIRCULAR_09_2017.overrides[0]?.grade; // 'weak'
 * ```
 */
export const CIRCULAR_09_2017: Rulebook = {
  id: 'circular-09-2017',
  title: {
    vi: 'Thông tư 09/2017/TT-BNNPTNT hướng dẫn phân loại và đánh giá hợp tác xã hoạt động trong lĩnh vực nông nghiệp',
    en: 'Circular 09/2017/TT-BNNPTNT on classifying and rating agricultural cooperatives',
  },
  issuer: { vi: 'Bộ Nông nghiệp và Phát triển nông thôn', en: 'Ministry of Agriculture and Rural Development' },
  document: '09/2017/TT-BNNPTNT',
  citation: cite('Điều 8.1', 'Ký ngày 17/04/2017, hiệu lực từ 31/05/2017; chưa thấy văn bản bãi bỏ (tình trạng sau 2025 chưa xác nhận).'),
  effectiveFrom: '2017-05-31',
  scope: {
    kinds: ['cooperative'],
    sectors: [
      'agriculture-crop',
      'agriculture-livestock',
      'agriculture-forestry',
      'agriculture-fishery',
      'agriculture-salt',
      'agriculture-clean-water',
      'agriculture-general',
    ],
    citation: cite('Điều 2.1, Điều 3', 'Hợp tác xã (không phải liên hiệp) trong lĩnh vực nông nghiệp (Điều 2.1); phân loại: trồng trọt, chăn nuôi, lâm nghiệp, thủy sản, diêm nghiệp, nước sạch nông thôn, tổng hợp (Điều 3).'),
  },
  total: 100,
  groups: [
    {
      id: 'g1',
      title: { vi: 'Tiêu chí 1', en: 'Criterion 1' },
      cap: 38,
      derived: true,
      note: 'A grouping of the library, not of the circular: criterion 1 alone; its cap is the sum of the five confirmed sub-item maxima (8 + 10 + 10 + 5 + 5).',
      criteria: [
        {
          id: '1',
          title: { vi: 'Doanh thu và kết quả sản xuất kinh doanh', en: 'Revenue and business results' },
          max: 38,
          citation: CRITERION_1,
          criteria: [
            {
              id: '1a',
              title: { vi: 'Doanh thu thực hiện so với kế hoạch', en: 'Realised versus planned revenue' },
              max: 8,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: 'revenue', denominator: 'plannedRevenue', unit: 'percent' },
                bands: [
                  { lt: 100, points: 0 },
                  { gte: 100, lt: 120, points: 4 },
                  { gte: 120, points: 8 },
                ],
                citation: CRITERION_1,
                note: 'Realised revenue is `revenue`; planned is `plannedRevenue` (not computable when the plan is 0).',
              },
            },
            {
              id: '1b',
              title: { vi: 'Tổng doanh thu trong năm', en: 'Total revenue in the year' },
              max: 10,
              citation: CRITERION_1,
              tiers: {
                measure: { field: 'revenue' },
                bands: [
                  { lt: 1_000_000_000, points: 4 },
                  { gte: 1_000_000_000, lt: 5_000_000_000, points: 6 },
                  { gte: 5_000_000_000, lt: 10_000_000_000, points: 8 },
                  { gte: 10_000_000_000, points: 10 },
                ],
                citation: CRITERION_1,
              },
            },
            {
              id: '1c',
              title: {
                vi: 'Thu nhập bình quân của thành viên sau khi thực hiện nghĩa vụ với hợp tác xã',
                en: 'Income per member after obligations to the cooperative',
              },
              max: 10,
              citation: CRITERION_1,
              tiers: {
                measure: { field: 'incomePerMember' },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 1_000_000, points: 2 },
                  { gte: 1_000_000, lt: 5_000_000, points: 4 },
                  { gte: 5_000_000, lt: 10_000_000, points: 7 },
                  { gte: 10_000_000, points: 10 },
                ],
                citation: CRITERION_1,
                note: '"No after-tax profit → 0" needs `afterTaxProfit`; without it the criterion is taken from the sheet.',
              },
            },
            {
              id: '1d',
              title: { vi: 'Trích quỹ đầu tư phát triển ≥ 20 % thu nhập', en: 'Development-investment fund ≥ 20 % of income' },
              max: 5,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: 'funds.development', denominator: 'afterTaxProfit', unit: 'percent' },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 20, points: 0 },
                  { gte: 20, points: 5 },
                ],
                citation: CRITERION_1,
                note: INCOME_NOTE,
              },
            },
            {
              id: '1e',
              title: { vi: 'Trích quỹ dự phòng ≥ 5 % thu nhập', en: 'Reserve fund ≥ 5 % of income' },
              max: 5,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: 'funds.reserve', denominator: 'afterTaxProfit', unit: 'percent' },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 5, points: 0 },
                  { gte: 5, points: 5 },
                ],
                citation: CRITERION_1,
                note: INCOME_NOTE,
              },
            },
          ],
        },
      ],
    },
    {
      id: 'g2-6',
      title: { vi: 'Tiêu chí 2–6', en: 'Criteria 2–6' },
      cap: 62,
      derived: true,
      note: 'Derived constraint, not a guess about each: the total is 100 and criterion 1 has 38, so criteria 2–6 together have at most 62. Their own maxima are unknown.',
      criteria: [
        {
          ...sheetOnly('2', 'Lợi ích của các thành viên hợp tác xã', 'Benefits to the co-op\'s members'),
          note: 'Its sub-items are in Appendix 1, not read: the first is reported (issue 16) to be priority prices for members, at most 8 points, unconfirmed. A known gap (CIRCULAR_09_2017.gaps), warned on every scored result; the sheet\'s points for criterion 2 are used whole.',
        },
        sheetOnly('3', 'Vốn hoạt động của hợp tác xã', 'Operating capital of the co-op'),
        sheetOnly('4', 'Quy mô thành viên ảnh hưởng tích cực đến cộng đồng', 'Membership scale with a positive effect on the community'),
        sheetOnly('5', 'Hợp tác xã được khen thưởng trong năm', 'Awards to the co-op in the year'),
        sheetOnly(
          '6',
          'Mức độ hài lòng của thành viên (điểm bình quân phiếu khảo sát hợp lệ tại đại hội quý I)',
          'Member satisfaction (mean valid questionnaire score at the first-quarter general meeting)',
        ),
      ],
    },
  ],
  grades: [
    { grade: 'good', gte: 80, citation: cite('Điều 6.1.a', 'Tổng số điểm đạt từ 80 điểm đến 100 điểm.') },
    { grade: 'fair', gte: 65, lt: 80, citation: cite('Điều 6.1.b', 'Từ 65 điểm đến dưới 80 điểm.') },
    { grade: 'average', gte: 50, lt: 65, citation: cite('Điều 6.1.c', 'Từ 50 điểm đến dưới 65 điểm.') },
    { grade: 'weak', lt: 50, citation: cite('Điều 6.1.d', 'Dưới 50 điểm (hoặc bị xử phạt vi phạm hành chính trong năm: xem overrides).') },
  ],
  notRated: [
    {
      code: 'operating-under-12-months',
      when: { field: 'monthsOperating', lt: 12 },
      label: { vi: 'Hoạt động dưới 12 tháng', en: 'Operated less than 12 months' },
      citation: cite('Điều 6.2', 'Hợp tác xã mới thành lập và sản xuất kinh doanh chưa đủ 12 tháng trong năm thì không tự chấm điểm và xếp loại.'),
    },
  ],
  overrides: [
    {
      code: 'administrative-sanction',
      when: { field: 'sanctioned', eq: true },
      grade: 'weak',
      label: {
        vi: 'Bị xử phạt vi phạm hành chính trong năm: xếp loại Yếu',
        en: 'Sanctioned for an administrative violation in the year: graded weak',
      },
      citation: cite('Điều 6.1.d', 'Trong năm bị cơ quan có thẩm quyền xử phạt vi phạm hành chính trong hoạt động của hợp tác xã: xếp loại yếu.'),
    },
  ],
  notes: [
    'Status after 2025 unconfirmed: no repeal found, no end date set.',
    'Confirmed: 6 criteria (art. 4.1, titles as the text words them), 100 points, tiers of criterion 1, grades 80/65/50 (art. 6.1), sanction override (art. 6.1.d), not rated under 12 months (art. 6.2); self-scoring on the Appendix 1 sheet (art. 5.1). ' + ARTICLES_NOTE,
    'Partial: tiers and maxima of criteria 2–6 are in Appendix 1, not read; sheet points under the derived cap of 62.',
    'Gap: criterion 2\'s sub-items (the first reported as priority prices for members, at most 8 points — unconfirmed) are not encoded; see gaps.',
    INCOME_NOTE,
  ],
  gaps: [
    {
      code: 'criterion-2-sub-items',
      criterion: '2',
      label: {
        vi: 'Tiêu chí 2 (Lợi ích của các thành viên hợp tác xã): chưa đọc được bảng điểm ở Phụ lục 1 của Thông tư 09/2017/TT-BNNPTNT. Tiểu mục thứ nhất được báo là giá ưu đãi cho thành viên, tối đa 8 điểm, nhưng chưa xác nhận từ văn bản; điểm tiêu chí 2 lấy nguyên từ phiếu chấm, không kiểm tra theo tiểu mục.',
        en: 'Criterion 2 (benefits to members): the points table in Appendix 1 of Circular 09/2017/TT-BNNPTNT could not be read. Its first sub-item is reported to be priority prices for members, at most 8 points, but that is not confirmed from the text; criterion 2\'s points are taken whole from the sheet, not checked sub-item by sub-item.',
      },
      citation: cite(
        'Điều 4.2; Phụ lục 1',
        'Điều 4.2 để "các tiêu chí và điểm chấm chi tiết" ở Phụ lục 1. Searched (issue 16): the public copies found give the articles only (hethongphapluat.vn, lienminhhtxyenbai.org.vn — first part; Bộ pháp điển, Điều 12.4.TT.2.1–2.8, without appendices). The sub-item and its 8 points come from issue 16, unconfirmed.',
      ),
    },
  ],
};
