import type { Plan, Task } from '../../plan.js';

const DOCUMENT = 'Kế hoạch 42/KH-UBND';
const SEED = '004_14088f7d74b7bf6d.txt';
const AREA = '19';

/**
 * One row of the appendix "Phân công tổ chức thực hiện" (co-leads: "Cơ quan chủ trì/Đồng chủ trì"): the
 * appendix gives no time frame, so the plan's span (to 2025) is used and said.
 */
const appendixTask = (id: string, group: string, title: Task['title'], leads: readonly string[], partners: readonly string[], phrase: string): Task => ({
  id: `appendix-${id}`,
  section: `Phụ lục.${group}`,
  title,
  lead: leads[0] as string,
  ...(leads.length > 1 ? { coLeads: leads.slice(1) } : {}),
  partners: [...partners],
  timeframe: { kind: 'span', from: 2024, to: 2025 },
  source: {
    document: DOCUMENT,
    clause: `Phụ lục, mục ${group}`,
    phrase,
    seed: SEED,
    note: 'The appendix has no time-frame column: the span of the plan ("đến năm 2025", from its date in 2024) is used.',
  },
});

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
      coLeads: ['Liên minh HTX tỉnh', 'UBND các huyện, thành phố'],
      partners: ['Các sở, ngành, đoàn thể của tỉnh liên quan'],
      timeframe: { kind: 'every-year', from: 2024, to: 2025 },
      source: {
        document: DOCUMENT,
        clause: 'III.1.b',
        phrase: 'Định kỳ hàng năm tổ chức các sự kiện “Tuần lễ kinh tế tập thể, HTX NN” chào mừng ngày Hợp tác xã Việt Nam (ngày 11/4)',
        seed: SEED,
        note: 'III.1.b names no lead agency; appendix row 1 (communication) is co-led by the Department of Agriculture, the provincial Cooperative Alliance and the district committees ("Cơ quan chủ trì/Đồng chủ trì"), so the week is read as co-led by them.',
      },
    },

    appendixTask('1.1', '1', { vi: 'Tuyên truyền Luật HTX năm 2023, Quyết định 1804/QĐ-TTg, Nghị quyết 106/NQ-CP, Quyết định 4597/QĐ-BNN-KTHT, các văn bản hướng dẫn và chính sách khuyến khích phát triển HTX', en: 'Publicise the 2023 Cooperative Law, Decision 1804/QĐ-TTg, Resolution 106/NQ-CP, Decision 4597/QĐ-BNN-KTHT and the guidance and incentives for co-ops' }, ['Sở Nông nghiệp và PTNT', 'Liên minh HTX tỉnh', 'UBND các huyện, thành phố'], ['Các sở, ngành, đoàn thể của tỉnh liên quan'], 'Tuyên truyền Luật HTX năm 2023'),
    appendixTask('1.2', '1', { vi: 'Tuyên truyền trên các phương tiện thông tin đại chúng nâng cao nhận thức về kinh tế tập thể, HTX NN', en: 'Campaign in the mass media on the collective economy and agricultural co-ops' }, ['Sở Nông nghiệp và PTNT', 'UBND các huyện, thành phố'], ['Báo Thái Nguyên', 'Đài PT-TH tỉnh', 'Trung tâm thông tin tỉnh'], 'Tuyên truyền trên các phương tiện thông tin đại chúng'),
    appendixTask('2.1', '2', { vi: 'Hỗ trợ nâng cao năng lực cho công chức, viên chức quản lý nhà nước về kinh tế tập thể, Liên minh HTX, và cho thành viên, người lao động quản lý, chuyên môn của HTX NN', en: 'Build the capacity of collective-economy officials, the Cooperative Alliance, and the managers and staff of agricultural co-ops' }, ['Sở Kế hoạch và Đầu tư', 'Sở Nông nghiệp và PTNT', 'Liên minh HTX tỉnh', 'UBND các huyện, thành phố'], ['Các sở, ngành, đoàn thể của tỉnh liên quan'], 'Hỗ trợ nâng cao năng lực đối với công chức, viên chức'),
    appendixTask('3.1', '3', { vi: 'Hỗ trợ, hướng dẫn ứng dụng công nghệ số trong sản xuất, kinh doanh (phần mềm quản lý, nhật ký điện tử, tem truy xuất, sàn thương mại điện tử)', en: 'Help co-ops use digital tools in production and sales (management software, e-logs, traceability stamps, e-commerce)' }, ['Sở Thông tin và Truyền thông', 'Sở Nông nghiệp và PTNT', 'Sở Khoa học và Công nghệ', 'Liên minh HTX tỉnh', 'UBND các huyện, thành phố'], ['Các sở, ngành, đoàn thể của tỉnh liên quan'], 'Hỗ trợ, hướng dẫn ứng dụng công nghệ số'),
    appendixTask('3.2', '3', { vi: 'Hỗ trợ HTX kết nối thương mại, hội chợ, đăng ký nhãn hiệu, truy xuất nguồn gốc, xây dựng thương hiệu và website', en: 'Help co-ops with trade links, fairs, trademarks, traceability, branding and websites' }, ['Sở Công Thương', 'Sở Thông tin và Truyền thông', 'Sở Nông nghiệp và PTNT', 'Sở Khoa học và Công nghệ', 'Liên minh HTX tỉnh', 'UBND các huyện, thành phố'], ['Các sở, ngành, đoàn thể của tỉnh liên quan'], 'Hỗ trợ HTX tham gia các sự kiện kết nối thương mại'),
    appendixTask('4.1', '4', { vi: 'Hỗ trợ các HTX chứng nhận tiêu chuẩn phù hợp quy mô (VietGAP, hữu cơ, mã số vùng trồng…)', en: 'Help co-ops certify to standards fitting their size (VietGAP, organic, growing-area codes …)' }, ['Sở Nông nghiệp và PTNT', 'UBND các huyện, thành phố'], ['Các sở, ngành, đoàn thể của tỉnh liên quan'], 'Hỗ trợ các HTX chứng nhận các tiêu chuẩn'),
    appendixTask('4.2', '4', { vi: 'Hỗ trợ máy móc, trang thiết bị phù hợp quy mô sản xuất', en: 'Help co-ops with machinery and equipment fitting their production' }, ['Sở Công thương', 'Sở Nông nghiệp và PTNT', 'UBND các huyện, thành phố'], ['Các sở, ngành, đoàn thể của tỉnh liên quan'], 'Hỗ trợ máy móc, trang thiết bị'),
    appendixTask('5', '5', { vi: 'Khen thưởng, tôn vinh và nhân rộng các mô hình kinh tế tập thể, HTX NN hoạt động hiệu quả', en: 'Reward, honour and replicate effective collective-economy and agricultural co-op models' }, ['Sở Nông nghiệp và PTNT', 'Sở Nội vụ', 'Liên minh HTX tỉnh', 'UBND các huyện, thành phố'], ['Các tổ chức, cá nhân có liên quan'], 'Khen thưởng, tôn vinh và nhân rộng các mô hình'),
    appendixTask('6', '6', { vi: 'Tổng kết, đánh giá Kế hoạch thực hiện Nghị quyết 106/NQ-CP và khả năng nhân rộng các mô hình HTX NN hoạt động hiệu quả của giai đoạn', en: 'Review the plan implementing Resolution 106/NQ-CP and how far the effective co-op models can be replicated' }, ['Sở Nông nghiệp và PTNT', 'UBND các huyện, thành phố'], ['Các tổ chức, cá nhân có liên quan'], 'Tổng kết, đánh giá Kế hoạch thực hiện Nghị quyết số 106/NQ-CP'),
  ],
  source: {
    document: DOCUMENT,
    seed: SEED,
    note: 'Deadline of the targets: 2025 ("Mục tiêu cụ thể đến năm 2025"). Cycles: V.11 (nomination of one model co-op per district in March 2024), III.1.b (Vietnam Cooperative Day, 11 April, every year), and the yearly classification of V.11 ("theo quy định hiện hành", which for agricultural co-ops is Circular 01/2020/TT-BKHĐT or 09/2017/TT-BNNPTNT; both rating cycles are listed). The appendix (9 assignments in 6 groups, without time frames) is encoded as tasks appendix-1.1 … appendix-6 over the plan\'s span 2024–2025; the other clauses of section V are not encoded yet.',
  },
} satisfies Plan;
