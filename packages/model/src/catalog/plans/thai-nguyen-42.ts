import type { Plan } from '../../plan.js';

const DOCUMENT = 'Kế hoạch 42/KH-UBND';
const SEED = '004_14088f7d74b7bf6d.txt';
const AREA = '19';

/**
 * Thái Nguyên Provincial People's Committee Plan 42/KH-UBND (14/03/2024) implementing Government
 * Resolution 106/NQ-CP: the provincial agricultural-cooperative targets for 2025.
 *
 * @example
 * ```ts
 * import { THAI_NGUYEN_42_2024 } from '@coop/model';
 * THAI_NGUYEN_42_2024.cycles; // ['thai-nguyen-model-nomination-2024', 'cooperative-day', …]
 * ```
 */
export const THAI_NGUYEN_42_2024 = {
  id: 'thai-nguyen-42-2024',
  title: {
    vi: 'Kế hoạch phát triển hợp tác xã nông nghiệp trong tái cơ cấu ngành nông nghiệp và xây dựng nông thôn mới trên địa bàn tỉnh Thái Nguyên',
    en: 'Plan for developing agricultural cooperatives in the restructuring of agriculture and new rural development in Thai Nguyen province',
  },
  issuer: { vi: 'Ủy ban nhân dân tỉnh Thái Nguyên', en: "Thai Nguyen Provincial People's Committee" },
  document: { number: '42/KH-UBND', date: '2024-03-14', notes: [] },
  jurisdiction: {
    level: 'province',
    area: AREA,
    name: { vi: 'Tỉnh Thái Nguyên (trước 01/7/2025)', en: 'Thai Nguyen province (before 1 July 2025)' },
    note: 'Thái Nguyên absorbed Bắc Kạn on 1 July 2025 (Resolution 202/2025/QH15); the plan\'s jurisdiction is the pre-reform province (area 19, valid to 2025-06-30).',
  },
  parents: ['resolution-106-nq-cp-2023'],
  baseYear: 2024,
  targets: [
    {
      id: 'good-or-fair-share',
      indicator: 'ag-coop-good-or-fair-share',
      label: {
        vi: 'HTX NN đạt loại tốt, khá chiếm từ 60% trở lên',
        en: 'At least 60 % of agricultural co-ops rated good or fair',
      },
      comparator: { kind: '>=', value: 60 },
      deadline: 2025,
      scope: { area: AREA },
      grades: {
        denominator: 'rated',
        source: {
          document: DOCUMENT,
          clause: 'II.2',
          phrase: 'Số lượng HTX NN trên địa bàn tỉnh hoạt động đạt loại tốt, khá chiếm từ 60% trở lên',
          note: 'A judgement: "chiếm từ 60%" names no total ("trong tổng số" is absent, unlike the Quảng Nam plan), so the share is over the rated co-ops; the reading over every eligible co-op is one `grades.denominator` away.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'Số lượng HTX NN trên địa bàn tỉnh hoạt động đạt loại tốt, khá chiếm từ 60% trở lên',
        seed: SEED,
        note: 'The denominator is every agricultural co-op of the province, rated or not.',
      },
    },
    {
      id: 'model-coop-count',
      indicator: 'ag-model-coop-count',
      label: {
        vi: 'Ít nhất 09 mô hình HTX NN phát triển bền vững, hoạt động hiệu quả',
        en: 'At least 9 sustainable, effective model agricultural co-ops',
      },
      comparator: { kind: '>=', value: 9 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'Xây dựng ít nhất 09 mô hình HTX NN phát triển bền vững, hoạt động hiệu quả',
        seed: SEED,
      },
    },
    {
      id: 'mean-revenue',
      indicator: 'ag-coop-mean-revenue',
      alternatives: ['ag-model-coop-mean-revenue'],
      label: {
        vi: 'Doanh thu bình quân/HTX NN từ 05 tỷ đồng/năm trở lên',
        en: 'Mean revenue per agricultural co-op of at least 5 bn VND a year',
      },
      comparator: { kind: '>=', value: 5_000_000_000 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'doanh thu bình quân/HTX NN đạt từ 05 tỷ đồng/năm trở lên',
        seed: SEED,
        note: 'Two readings: the phrase sits in the list describing the model co-ops, so it may describe the model co-ops (alternative ag-model-coop-mean-revenue) or every agricultural co-op of the province (the reading kept here, as the plan states it as a provincial target). evaluatePlan takes the alternative through its `readings` option.',
      },
    },
    {
      id: 'technology-share',
      indicator: 'ag-coop-high-tech-or-gap-share',
      label: {
        vi: 'Trên 25% HTX NN ứng dụng tiến bộ khoa học kỹ thuật, máy móc công nghệ cao; áp dụng GAP, VietGAP, hữu cơ',
        en: 'Over 25 % of agricultural co-ops applying technical advances and high-tech machinery, or GAP, VietGAP, organic standards',
      },
      comparator: { kind: '>', value: 25 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'có trên 25% HTX NN ứng dụng tiến bộ khoa học kỹ thuật, máy móc công nghệ cao trong sản xuất; áp dụng biện pháp thực hành nông nghiệp tốt, các tiêu chuẩn (VietGAP, hữu cơ....) trong sản xuất kinh doanh',
        seed: SEED,
        note: '"phần đầu" in the source is read as "phấn đấu". Measured by the flags highTech or gapCertified (the same indicator as Quảng Nam\'s high-tech share); "tiến bộ khoa học kỹ thuật" has no separate record field.',
      },
    },
    {
      id: 'managers-trained-share',
      indicator: 'ag-coop-managers-trained-share',
      label: {
        vi: 'Khoảng 30% cán bộ quản lý HTX NN được đào tạo nghề giám đốc HTX NN',
        en: 'About 30 % of agricultural co-op managers trained in the co-op director programme',
      },
      comparator: { kind: 'approximately', value: 30 },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'Có khoảng 30% cán bộ quản lý HTX NN (Ban giám đốc, thành viên hội đồng quản trị, Ban kiểm soát) được đào tạo nghề giám đốc HTX NN',
        seed: SEED,
        note: '"khoảng" gives no tolerance; it must be supplied at evaluation. The plan names MARD\'s programme and the training institutions under MARD; the record field does not tell institutions apart.',
      },
    },
    {
      id: 'model-coop-per-district',
      indicator: 'ag-model-coop-count',
      label: {
        vi: 'Mỗi huyện, thành phố tối thiểu 01 mô hình HTX nông nghiệp',
        en: 'At least one model agricultural co-op in every district and city',
      },
      comparator: { kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } },
      deadline: 2025,
      scope: { area: AREA },
      source: {
        document: DOCUMENT,
        clause: 'III.2, V.11',
        phrase: 'Mỗi huyện, thành phố lựa chọn, xây dựng tối thiểu 01 mô hình hợp tác xã nông nghiệp phát triển bền vững, hiệu quả',
        seed: SEED,
        note: 'V.11 repeats it: "Lựa chọn ít nhất 01 Hợp tác xã nông nghiệp tham gia xây dựng mô hình". The district level was abolished on 1 July 2025: the units are the pre-reform districts and city of the province.',
      },
    },
  ],
  cycles: ['thai-nguyen-model-nomination-2024', 'cooperative-day', 'rating-01-2020', 'rating-09-2017'],
  tasks: [
    {
      id: 'V.11-nomination',
      section: 'V.11',
      title: {
        vi: 'Lựa chọn ít nhất 01 Hợp tác xã nông nghiệp tham gia xây dựng mô hình HTX NN phát triển bền vững, hoạt động hiệu quả gửi về Sở Nông nghiệp và PTNT',
        en: 'Select at least one agricultural co-op for the sustainable, effective model and send it to the Department of Agriculture',
      },
      lead: 'Ủy ban nhân dân các huyện, thành phố',
      partners: [],
      submittedTo: 'Sở Nông nghiệp và PTNT',
      timeframe: { kind: 'text', text: 'trong tháng 3/2024' },
      source: {
        document: DOCUMENT,
        clause: 'V.11',
        phrase: 'Lựa chọn ít nhất 01 Hợp tác xã nông nghiệp tham gia xây dựng mô hình HTX NN phát triển bền vững, hoạt động hiệu quả gửi về Sở Nông nghiệp và PTNT',
        seed: SEED,
      },
    },
    {
      id: 'V.11-classification',
      section: 'V.11',
      title: {
        vi: 'Định kỳ hàng năm tổ chức đánh giá, phân loại hợp tác xã theo quy định hiện hành, gửi báo cáo kết quả thực hiện Kế hoạch về Sở Nông nghiệp và PTNT',
        en: 'Every year, evaluate and classify co-ops under the rules in force and report the plan\'s results to the Department of Agriculture',
      },
      lead: 'Ủy ban nhân dân các huyện, thành phố',
      partners: [],
      submittedTo: 'Sở Nông nghiệp và PTNT',
      deliverable: 'Báo cáo kết quả thực hiện Kế hoạch',
      timeframe: { kind: 'every-year', from: 2024, to: 2025 },
      source: {
        document: DOCUMENT,
        clause: 'V.11',
        phrase: 'Định kỳ hàng năm tổ chức đánh giá, phân loại hợp tác xã theo quy định hiện hành, gửi báo cáo kết quả thực hiện Kế hoạch về Sở Nông nghiệp và PTNT',
        seed: SEED,
        note: 'Bounded to 2024–2025, the span of the plan ("đến năm 2025").',
      },
    },
    {
      id: 'III.1.b-cooperative-week',
      section: 'III.1',
      title: {
        vi: 'Định kỳ hàng năm tổ chức các sự kiện "Tuần lễ kinh tế tập thể, HTX NN" chào mừng ngày Hợp tác xã Việt Nam (ngày 11/4)',
        en: 'Every year, hold a "collective economy and agricultural co-op week" for Vietnam Cooperative Day (11 April)',
      },
      lead: 'Sở Nông nghiệp và Phát triển nông thôn',
      partners: ['UBND các huyện, thành phố'],
      timeframe: { kind: 'every-year', from: 2024, to: 2025 },
      source: {
        document: DOCUMENT,
        clause: 'III.1.b',
        phrase: 'Định kỳ hàng năm tổ chức các sự kiện “Tuần lễ kinh tế tập thể, HTX NN” chào mừng ngày Hợp tác xã Việt Nam (ngày 11/4)',
        seed: SEED,
        note: 'III.1.b names no lead agency; V.1 gives the Department of Agriculture the lead for communication on agricultural co-ops, with the districts and city.',
      },
    },
  ],
  source: {
    document: DOCUMENT,
    seed: SEED,
    note: 'Deadline of the targets: 2025 ("Mục tiêu cụ thể đến năm 2025"). Cycles: V.11 (nomination of one model co-op per district in March 2024), III.1.b (Vietnam Cooperative Day, 11 April, every year), and the yearly classification of V.11 ("theo quy định hiện hành", which for agricultural co-ops is Circular 01/2020/TT-BKHĐT or 09/2017/TT-BNNPTNT; both rating cycles are listed). The appendix (assignment table without time frames) and other qualitative clauses are not encoded as tasks.',
  },
} satisfies Plan;
