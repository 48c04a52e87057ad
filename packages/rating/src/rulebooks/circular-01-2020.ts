import type { Citation } from '@coop/model';
import type { Rulebook, RulebookCriterion } from '../rulebook.js';

const DOCUMENT = 'Thông tư 01/2020/TT-BKHĐT';
const cite = (clause?: string, note?: string): Citation => ({
  document: DOCUMENT,
  ...(clause === undefined ? {} : { clause }),
  ...(note === undefined ? {} : { note }),
});
const SCORING = cite('Phụ lục I', 'Bảng điểm tự chấm; mức tối đa đã xác nhận (confirmed maxima).');
const PARTIAL = cite(
  'Phụ lục I',
  'Mức tối đa riêng của tiêu chí 10–15 chưa rõ (unknown); áp dụng trần 40 điểm của nhóm III.',
);

const criterion = (id: string, vi: string, en: string, max: number | null, criteria?: RulebookCriterion[]): RulebookCriterion => ({
  id,
  title: { vi, en },
  max,
  ...(criteria === undefined ? {} : { criteria }),
  citation: max === null ? PARTIAL : SCORING,
});

/**
 * Circular 01/2020/TT-BKHĐT of the Ministry of Planning and Investment: the scorecard for rating
 * cooperatives and unions of cooperatives — 15 criteria in three groups (30 / 30 / 40 points), grades
 * at 80 / 65 / 50, not rated when operating under 12 months or suspended over 3 months in the year.
 *
 * In force 2020-04-01 to 2025-09-17 (repealed by Circular 78/2025/TT-BTC from 2025-09-18): evaluation
 * years 2020–2024. Grading 2025 or later with it is allowed and reported as `RULEBOOK_NOT_IN_FORCE`.
 * The input is the self-scoring sheet (points per criterion id: `1a` … `4c`, `5`, `6`, `7a` … `7c`,
 * `8` … `15`; a criterion's total such as `1` is not scored and is reported as `UNKNOWN_CRITERION`).
 *
 * Partial: the individual maxima of criteria 10–15 are not known (`max: null`); the group-III cap of 40
 * is enforced. Scope: cooperatives and unions in every sector except `finance` (people's credit funds
 * and the Cooperative Bank are not rated under it); cooperative groups are not rated.
 *
 * @example
 * ```ts
 * import { CIRCULAR_01_2020 } from '@coop/rating';
 * CIRCULAR_01_2020.groups.map((g) => g.cap); // [30, 30, 40]
 * ```
 */
export const CIRCULAR_01_2020: Rulebook = {
  id: 'circular-01-2020',
  title: {
    vi: 'Thông tư 01/2020/TT-BKHĐT hướng dẫn phân loại và đánh giá hợp tác xã',
    en: 'Circular 01/2020/TT-BKHĐT on classifying and rating cooperatives',
  },
  issuer: { vi: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment' },
  document: '01/2020/TT-BKHĐT',
  citation: cite(undefined, 'Ký ngày 19/02/2020, hiệu lực từ 01/04/2020.'),
  effectiveFrom: '2020-04-01',
  effectiveTo: '2025-09-17',
  endedBy: { document: 'Thông tư 78/2025/TT-BTC', note: 'Bãi bỏ Thông tư 01/2020/TT-BKHĐT từ ngày 18/09/2025.' },
  scope: {
    kinds: ['cooperative', 'union'],
    sectors: 'all',
    excludeSectors: ['finance'],
    citation: cite(undefined, 'Hợp tác xã, liên hiệp hợp tác xã mọi lĩnh vực; không áp dụng cho quỹ tín dụng nhân dân, ngân hàng hợp tác xã.'),
    note: '`finance` = people\'s credit funds, Cooperative Bank.',
  },
  total: 100,
  groups: [
    {
      id: 'I',
      title: { vi: 'Nhóm I: Tài chính', en: 'Group I: finance' },
      cap: 30,
      citation: SCORING,
      criteria: [
        criterion('1', 'Vốn hoạt động', 'Capital', 7, [
          criterion('1a', 'Vốn hoạt động bình quân', 'Mean total capital', 6),
          criterion('1b', 'Tăng trưởng vốn so với năm trước', 'Capital grew versus last year', 1),
        ]),
        criterion('2', 'Tài sản', 'Assets', 6, [
          criterion('2a', 'Tài sản không chia bình quân', 'Mean indivisible assets', 5),
          criterion('2b', 'Tăng trưởng tài sản không chia', 'Indivisible assets grew', 1),
        ]),
        criterion('3', 'Kết quả hoạt động sản xuất, kinh doanh', 'Business results', 11, [
          criterion('3a', 'Doanh thu bán hàng và cung ứng dịch vụ', 'Sales and service revenue', 4),
          criterion('3b', 'Mức độ đáp ứng nhu cầu của thành viên', 'Share of member needs served', 3),
          criterion('3c', 'Lợi nhuận trước thuế', 'Pre-tax profit', 4),
        ]),
        criterion('4', 'Trích lập các quỹ', 'Fund allocation', 6, [
          criterion('4a', 'Quỹ đầu tư phát triển', 'Development-investment fund', 2),
          criterion('4b', 'Quỹ dự phòng tài chính', 'Reserve fund', 2),
          criterion('4c', 'Các quỹ khác', 'Other funds', 2),
        ]),
      ],
    },
    {
      id: 'II',
      title: { vi: 'Nhóm II: Tổ chức, quản trị', en: 'Group II: governance' },
      cap: 30,
      citation: SCORING,
      criteria: [
        criterion('5', 'Chấp hành pháp luật', 'Legal compliance', 8),
        criterion('6', 'Tranh chấp, khiếu nại', 'Disputes and complaints', 6),
        criterion('7', 'Trình độ cán bộ quản lý', 'Management qualifications', 6, [
          criterion('7a', 'Tỷ lệ có trình độ cao đẳng, đại học', 'Share with a college or university degree', 2),
          criterion('7b', 'Tỷ lệ được đào tạo nghề', 'Share with vocational training', 2),
          criterion('7c', 'Tỷ lệ cán bộ quản lý trẻ', 'Share of young managers', 2),
        ]),
        criterion('8', 'Chính sách đối với thành viên, người lao động', 'Policies for members and workers', 6),
        criterion('9', 'Ứng dụng công nghệ, thương hiệu, chuỗi giá trị', 'Technology, brand, value chain', 4),
      ],
    },
    {
      id: 'III',
      title: { vi: 'Nhóm III: Thành viên và cộng đồng', en: 'Group III: members and community' },
      cap: 40,
      citation: SCORING,
      criteria: [
        criterion('10', 'Mức độ tham gia của thành viên', 'Member participation', null),
        criterion('11', 'Lợi ích của thành viên', 'Member benefit', null),
        criterion('12', 'Sản phẩm, dịch vụ cung ứng cho thành viên', 'Products and services supplied to members', null),
        criterion('13', 'Thông tin, đào tạo, tập huấn', 'Information and training', null),
        criterion('14', 'Tác động tích cực tới cộng đồng', 'Positive community impact', null),
        criterion('15', 'Khen thưởng trong năm', 'Awards received in the year', null),
      ],
    },
  ],
  grades: [
    { grade: 'good', gte: 80, citation: SCORING },
    { grade: 'fair', gte: 65, lt: 80, citation: SCORING },
    { grade: 'average', gte: 50, lt: 65, citation: SCORING },
    { grade: 'weak', lt: 50, citation: SCORING },
  ],
  notRated: [
    {
      code: 'operating-under-12-months',
      when: { field: 'monthsOperating', lt: 12 },
      label: { vi: 'Hoạt động dưới 12 tháng', en: 'Operated less than 12 months' },
      citation: cite(undefined, 'Không đánh giá hợp tác xã hoạt động dưới 12 tháng.'),
    },
    {
      code: 'suspended-over-3-months',
      when: { field: 'monthsSuspended', gt: 3 },
      label: { vi: 'Tạm ngừng hoạt động quá 3 tháng trong năm', en: 'Stopped operating for more than 3 months in the year' },
      citation: cite(undefined, 'Không đánh giá hợp tác xã tạm ngừng hoạt động trên 3 tháng.'),
    },
  ],
  overrides: [],
  notes: [
    'Confirmed: 15 criteria, caps 30/30/40, maxima of groups I–II, grades 80/65/50, not-rated rules, validity.',
    'Partial: maxima of criteria 10–15 and the tiers of Appendix 1 unknown; the sheet gives the points.',
  ],
};
