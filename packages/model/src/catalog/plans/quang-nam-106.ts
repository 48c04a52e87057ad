import type { Plan } from '../../plan.js';

const DOCUMENT = 'Kế hoạch của UBND tỉnh Quảng Nam thực hiện Nghị quyết 106/NQ-CP';
const SEED = '002_79bcf1625df745b2.txt';
const AREA = '49';

/**
 * Quảng Nam Provincial People's Committee plan implementing Government Resolution 106/NQ-CP
 * (18/07/2023) on agricultural cooperatives: the provincial targets for 2025.
 *
 * @example
 * ```ts
 * import { QUANG_NAM_106_2023 } from '@coop/model';
 * QUANG_NAM_106_2023.targets.length; // 10
 * ```
 */
export const QUANG_NAM_106_2023 = {
  id: 'quang-nam-106-2023',
  title: {
    vi: 'Kế hoạch triển khai thực hiện Nghị quyết số 106/NQ-CP ngày 18/7/2023 của Chính phủ về phát triển hợp tác xã nông nghiệp trong tái cơ cấu ngành nông nghiệp và xây dựng nông thôn mới',
    en: 'Plan implementing Government Resolution 106/NQ-CP (18/07/2023) on developing agricultural cooperatives in the restructuring of agriculture and new rural development',
  },
  issuer: { vi: 'Ủy ban nhân dân tỉnh Quảng Nam', en: "Quang Nam Provincial People's Committee" },
  document: {
    notes: [
      'The seed text carries no document number or date. One public source names it Plan 7614/KH-UBND of 07/11/2023; this is recorded as reported, not as read from the document, and could not be confirmed here.',
      'Signed by Vice Chairman Hồ Quang Bửu (KT. Chủ tịch).',
    ],
  },
  jurisdiction: {
    level: 'province',
    area: AREA,
    name: { vi: 'Tỉnh Quảng Nam (cũ)', en: 'Quang Nam province (former)' },
    note: 'Quảng Nam was merged into Đà Nẵng city on 1 July 2025 (Resolution 202/2025/QH15); the plan\'s jurisdiction is the former province (area 49, valid to 2025-06-30).',
  },
  parents: ['resolution-106-nq-cp-2023'],
  baseYear: 2023,
  targets: [
    {
      id: 'good-or-fair-share',
      indicator: 'ag-coop-good-or-fair-share',
      label: {
        vi: 'HTX nông nghiệp đạt loại tốt, khá chiếm từ 50% trở lên',
        en: 'At least 50 % of agricultural co-ops rated good or fair',
      },
      comparator: { kind: '>=', value: 50 },
      deadline: 2025,
      scope: { area: AREA },
      grades: {
        denominator: 'eligible',
        source: {
          document: DOCUMENT,
          clause: 'II',
          phrase: 'chiếm từ 50% trở lên trong tổng số HTX nông nghiệp trên toàn tỉnh',
          note: '"trong tổng số HTX nông nghiệp" (of all agricultural co-ops): every eligible co-op counts in the denominator, rated or not.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 1',
        phrase: 'Số lượng HTX nông nghiệp hoạt động đạt loại tốt, khá chiếm từ 50% trở lên trong tổng số HTX nông nghiệp trên toàn tỉnh',
        seed: SEED,
        note: 'The denominator is every agricultural co-op of the province, rated or not ("trong tổng số HTX nông nghiệp").',
      },
    },
    {
      id: 'model-coop-count',
      indicator: 'ag-model-coop-count',
      label: { vi: 'Ít nhất 05 mô hình HTX nông nghiệp điển hình', en: 'At least 5 model agricultural co-ops' },
      comparator: { kind: '>=', value: 5 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 2',
        phrase: 'Xây dựng ít nhất 05 mô hình HTX nông nghiệp điển hình hoạt động hiệu quả',
        seed: SEED,
        note: 'III.1.a repeats it: "xây dựng tối thiểu 05 mô hình HTX nông nghiệp".',
      },
    },
    {
      id: 'mean-revenue',
      indicator: 'ag-coop-mean-revenue',
      alternatives: ['ag-model-coop-mean-revenue'],
      label: {
        vi: 'Doanh thu bình quân/HTX nông nghiệp từ 05 tỷ đồng/năm trở lên',
        en: 'Mean revenue per agricultural co-op of at least 5 bn VND a year',
      },
      comparator: { kind: '>=', value: 5_000_000_000 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 2',
        phrase: 'doanh thu bình quân/HTX nông nghiệp đạt từ 05 tỷ đồng/năm trở lên',
        seed: SEED,
        note: 'Two readings: the phrase sits in the list describing the model co-ops, so it may describe the model co-ops (alternative ag-model-coop-mean-revenue) or every agricultural co-op of the province (the reading kept here, as the plan states it as a provincial target). evaluatePlan takes the alternative through its `readings` option.',
      },
    },
    {
      id: 'member-household-share',
      indicator: 'ag-member-household-share',
      label: {
        vi: 'Từ 30% tổng số hộ nông, lâm, ngư nghiệp tham gia thành viên HTX nông nghiệp',
        en: 'At least 30 % of farm, forestry and fishery households are members of agricultural co-ops',
      },
      comparator: { kind: '>=', value: 30 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 3',
        phrase: 'vận động từ 30% tổng số hộ nông, lâm, ngư nghiệp tham gia thành viên HTX nông nghiệp',
        seed: SEED,
        note: 'The denominator (all farm, forestry and fishery households of the province) comes from outside the co-op data: external input farmHouseholds.',
      },
    },
    {
      id: 'value-per-area-growth',
      indicator: 'ag-coop-value-per-ha',
      label: {
        vi: 'Giá trị sản phẩm trên một đơn vị diện tích tăng ít nhất 10%',
        en: 'Product value per unit of farm land grows by at least 10 %',
      },
      comparator: { kind: 'growth', minPercent: 10 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 4',
        phrase: 'Giá trị sản phẩm trên một đơn vị diện tích sản xuất nông nghiệp tăng ít nhất 10%',
        seed: SEED,
        note: 'The text gives no baseline year: it must be supplied at evaluation.',
      },
    },
    {
      id: 'revenue-growth',
      indicator: 'ag-coop-total-revenue',
      label: { vi: 'Doanh thu tăng ít nhất 5%/năm', en: 'Revenue grows by at least 5 % a year' },
      comparator: { kind: 'yearly-growth', minPercent: 5 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 4',
        phrase: 'doanh thu tăng ít nhất 5%/năm',
        seed: SEED,
        note: 'Read as the total revenue of the province\'s agricultural co-ops growing at least 5 % every year; the first year is not stated: it is supplied at evaluation (or the plan\'s base year is used, and the result says so).',
      },
    },
    {
      id: 'enterprise-linked-share',
      indicator: 'ag-coop-enterprise-linked-share',
      label: {
        vi: 'Khoảng 30% HTX nông nghiệp có liên kết với doanh nghiệp tiêu thụ sản phẩm',
        en: 'About 30 % of agricultural co-ops linked with an enterprise buying their products',
      },
      comparator: { kind: 'approximately', value: 30 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 4',
        phrase: 'khoảng 30% HTX nông nghiệp có liên kết với doanh nghiệp tiêu thụ sản phẩm nông nghiệp',
        seed: SEED,
        note: '"khoảng" gives no tolerance; it must be supplied at evaluation.',
      },
    },
    {
      id: 'ocop-share',
      indicator: 'ag-coop-ocop-subject-share',
      label: {
        vi: 'Trên 30% chủ thể OCOP là HTX nông nghiệp',
        en: 'Over 30 % of OCOP subjects are agricultural co-ops',
      },
      comparator: { kind: '>', value: 30 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 4',
        phrase: 'trên 30% chủ thể là HTX nông nghiệp có sản phẩm đăng ký chương trình OCOP',
        seed: SEED,
        note: 'Denominator reading chosen: all OCOP subjects of the province (external input ocopSubjects), since "chủ thể" is the OCOP term for a product owner: "over 30 % of OCOP subjects are agricultural co-ops with a registered product". The alternative reading (a share of all agricultural co-ops) is not encoded.',
      },
    },
    {
      id: 'high-tech-share',
      indicator: 'ag-coop-high-tech-or-gap-share',
      label: {
        vi: 'Phấn đấu 15% HTX nông nghiệp ứng dụng công nghệ cao, áp dụng GAP',
        en: 'Strive for 15 % of agricultural co-ops applying high technology or GAP',
      },
      comparator: { kind: '>=', value: 15 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 5',
        phrase: 'phấn đấu 15% HTX nông nghiệp ứng dụng công nghệ cao, áp dụng biện pháp thực hành nông nghiệp tốt (GAP), kinh tế xanh, kinh tế tuần hoàn, kinh tế tri thức',
        seed: SEED,
        note: '"phấn đấu X" is read as ">= X".',
      },
    },
    {
      id: 'managers-trained-share',
      indicator: 'ag-coop-managers-trained-share',
      label: {
        vi: 'Khoảng 20% cán bộ quản lý HTX nông nghiệp được đào tạo nghề giám đốc HTX',
        en: 'About 20 % of agricultural co-op managers trained in the co-op director programme',
      },
      comparator: { kind: 'approximately', value: 20 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II, gạch đầu dòng 6',
        phrase: 'Có khoảng 20% cán bộ quản lý HTX nông nghiệp (Ban giám đốc, thành viên hội đồng quản trị, Ban kiểm soát) được đào tạo nghề giám đốc HTX nông nghiệp',
        seed: SEED,
        note: '"khoảng" gives no tolerance; it must be supplied at evaluation.',
      },
    },
  ],
  cycles: ['quang-nam-annual', 'rating-01-2020', 'rating-09-2017'],
  tasks: [],
  source: {
    document: DOCUMENT,
    seed: SEED,
    note: 'Deadline of all targets: 2025 ("Một số chỉ tiêu phấn đấu đến năm 2025"). Cycle: IV.1, annual report to the Provincial People\'s Committee through the Department of Agriculture "trước ngày 15/12 hằng năm". The good/fair target counts yearly grades of agricultural co-ops (Circular 01/2020/TT-BKHĐT or 09/2017/TT-BNNPTNT; the plan does not say which), so both rating cycles are listed. Qualitative clauses (II last bullet, III) are not numeric targets and are not encoded as tasks.',
  },
} satisfies Plan;
