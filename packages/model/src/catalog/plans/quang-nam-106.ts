import type { Plan, Task } from '../../plan.js';
import { assignments } from './assignments.js';

const DOCUMENT = 'Kế hoạch của UBND tỉnh Quảng Nam thực hiện Nghị quyết 106/NQ-CP';
const SEED = '002_79bcf1625df745b2.txt';
const AREA = '49';

const DEPARTMENT = 'Sở Nông nghiệp và PTNT';
const DISTRICTS = 'UBND các huyện, thị xã, thành phố';
const ALLIANCE = 'Liên minh HTX tỉnh';
const PLANNING = 'Sở Kế hoạch và Đầu tư';
const FINANCE = 'Sở Tài chính';
const LABOUR = 'Sở Lao động - Thương binh và Xã hội';
const SCIENCE = 'Sở Khoa học và Công nghệ';
/** The rounds of a yearly duty: from 2023, the year of Resolution 106/NQ-CP (18/07/2023) the plan implements; no end is stated. */
const EVERY_YEAR = { kind: 'every-year', from: 2023 } as const;

/** Sections III ("Nhiệm vụ và giải pháp": "Cơ quan tham mưu, thực hiện") and IV ("Tổ chức thực hiện"). */
const assignment = assignments({
  document: DOCUMENT,
  seed: SEED,
  unstatedFrameNote:
    'The text states no time frame and the plan states no period of its own (only its targets run "đến năm 2025"): the time frame is left as text that cannot be placed in time (unstated: timeframe).',
});

const TASKS: readonly Task[] = [
  assignment({
    id: 'III.1-model-coops',
    clause: 'III.1.b',
    section: 'III.1',
    title: {
      vi: 'Rà soát, lựa chọn tối thiểu 05 HTX nông nghiệp để hỗ trợ, đầu tư xây dựng mô hình HTX nông nghiệp phát triển bền vững, hiệu quả',
      en: 'Review and choose at least 5 agricultural co-ops to support and invest in as sustainable, effective models',
    },
    lead: DEPARTMENT,
    partners: [PLANNING, FINANCE, ALLIANCE, DISTRICTS],
    phrase: 'Sở Nông nghiệp và PTNT chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính, Liên Minh HTX tỉnh và UBND các huyện, thị xã, thành phố rà soát, lựa chọn tối thiểu 05 HTX nông nghiệp để hỗ trợ, đầu tư xây dựng mô hình.',
    note: 'Serves the target model-coop-count (at least 5 model co-ops by 2025); the task itself states no deadline.',
  }),
  assignment({
    id: 'III.2.1-land',
    clause: 'III.2.1.b',
    section: 'III.2',
    title: {
      vi: 'Chính sách đất đai: khuyến khích tích tụ đất đai, bố trí quỹ đất cho tổ chức KTTT, ưu đãi về giá và thời gian thuê đất',
      en: 'Land policy: encourage land consolidation, set aside land for collective organisations, preferential lease prices and terms',
    },
    lead: 'Sở Tài nguyên và Môi trường',
    partners: [DEPARTMENT, 'Các Sở, ngành liên quan', DISTRICTS],
    phrase: 'Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Nông nghiệp và PTNT, các Sở, ngành liên quan và UBND các huyện, thị xã, thành phố thực hiện theo chức năng, nhiệm vụ được giao.',
  }),
  assignment({
    id: 'III.2.2-tax',
    clause: 'III.2.2.b',
    section: 'III.2',
    title: {
      vi: 'Tuyên truyền, phổ biến chính sách thuế, phí, lệ phí để HTX nông nghiệp và thành viên tiếp cận chính sách ưu đãi',
      en: 'Publicise the tax, fee and charge incentives to agricultural co-ops and their members',
    },
    lead: 'Các Sở, ngành, đơn vị liên quan',
    coLeads: [DISTRICTS],
    leadUnstated: true,
    phrase: 'Sở, ngành, đơn vị liên quan và UBND các huyện, thị xã, thành phố thực hiện theo chức năng, nhiệm vụ của đơn vị.',
  }),
  assignment({
    id: 'III.2.3-support-fund',
    clause: 'III.2.3.b',
    section: 'III.2',
    title: {
      vi: 'Quản lý, điều hành Quỹ Hỗ trợ phát triển HTX; đánh giá hiệu quả hoạt động tín dụng nội bộ HTX nông nghiệp',
      en: 'Run the Cooperative Development Support Fund; evaluate the internal credit of agricultural co-ops',
    },
    lead: 'Liên minh Hợp tác xã tỉnh',
    partners: ['Các Sở, ngành liên quan', DISTRICTS],
    phrase: 'Liên minh Hợp tác xã tỉnh chủ trì, phối phợp với các Sở, ngành liên quan và UBND các huyện, thị xã, thành phố',
    note: '"phối phợp" is the source\'s typo for "phối hợp".',
  }),
  assignment({
    id: 'III.2.3-credit-access',
    clause: 'III.2.3.b',
    section: 'III.2',
    title: {
      vi: 'Tạo điều kiện cho HTX nông nghiệp tiếp cận tín dụng; ưu tiên HTX có phương án sản xuất, kinh doanh theo chuỗi giá trị sản phẩm chủ lực của tỉnh',
      en: 'Ease agricultural co-ops\' access to credit, with priority for value-chain plans on the province\'s key products',
    },
    lead: 'Ngân hàng nhà nước - Chi nhánh tỉnh Quảng Nam',
    phrase: 'Ngân hàng nhà nước - Chi nhánh tỉnh Quảng Nam tiếp tục tạo điều kiện thuận lợi để HTX nông nghiệp tiếp cận tín dụng',
  }),
  assignment({
    id: 'III.2.4-science-technology',
    clause: 'III.2.4.b',
    section: 'III.2',
    title: {
      vi: 'Chính sách khoa học, công nghệ: hỗ trợ ứng dụng KH&CN, chuyển đổi số, truy xuất nguồn gốc; vùng nguyên liệu, mã số vùng trồng; sơ chế, chế biến',
      en: 'Science and technology: support technology, digital tools and traceability; raw-material areas and growing-area codes; processing',
    },
    lead: SCIENCE,
    coLeads: [DEPARTMENT, 'Các cơ quan, đơn vị liên quan', DISTRICTS],
    leadUnstated: true,
    phrase: 'Hỗ trợ HTX nông nghiệp ứng dụng khoa học và công nghệ, chuyển đổi số, truy xuất nguồn gốc, quy trình sản xuất an toàn thực phẩm',
  }),
  assignment({
    id: 'III.2.5-infrastructure',
    clause: 'III.2.5.b',
    section: 'III.2',
    title: {
      vi: 'Hỗ trợ hạ tầng, máy móc thiết bị theo Nghị quyết 25/NQ-HĐND, 07/2021/NQ-HĐND, 17/2019/NQ-HĐND; xây dựng hạ tầng logistics phục vụ nông nghiệp',
      en: 'Support infrastructure and machinery under provincial resolutions 25/NQ-HĐND, 07/2021/NQ-HĐND and 17/2019/NQ-HĐND; build farm logistics',
    },
    lead: PLANNING,
    coLeads: [DEPARTMENT, ALLIANCE, DISTRICTS],
    leadUnstated: true,
    phrase: 'Xây dựng và hoàn thiện hạ tầng logistics phục vụ nông nghiệp theo quy hoạch',
  }),
  assignment({
    id: 'III.3-business-environment',
    clause: 'III.3.b',
    section: 'III.3',
    title: {
      vi: 'Bố trí nguồn lực hỗ trợ HTX nông nghiệp và mô hình điển hình, lồng ghép vào các chương trình, đề án; hỗ trợ các loại hình hợp tác khác (tổ hợp tác, hội quán…)',
      en: 'Fund support for agricultural co-ops and model co-ops within other programmes; support other forms of co-operation (groups, clubs …)',
    },
    lead: PLANNING,
    coLeads: [DEPARTMENT, FINANCE, 'Văn phòng Điều phối nông thôn mới tỉnh', ALLIANCE, DISTRICTS],
    leadUnstated: true,
    phrase: 'Tiếp tục bố trí nguồn lực để hỗ trợ phát triển HTX nông nghiệp và xây dựng mô hình HTX nông nghiệp điển hình',
  }),
  assignment({
    id: 'III.4-training',
    clause: 'III.4.b',
    section: 'III.4',
    title: {
      vi: 'Đào tạo, tập huấn, bồi dưỡng cán bộ quản lý, thành viên HTX nông nghiệp; đội ngũ tư vấn, khuyến nông; thu hút lao động trẻ',
      en: 'Train co-op managers and members; grow advisers and extension workers; attract young graduates',
    },
    lead: ALLIANCE,
    coLeads: [DEPARTMENT, PLANNING, LABOUR, DISTRICTS],
    leadUnstated: true,
    phrase: 'Nâng cao chất lượng đào tạo, tập huấn, bồi dưỡng trình độ, kỹ năng quản lý HTX NN',
  }),
  assignment({
    id: 'III.5-investment',
    clause: 'III.5.b',
    section: 'III.5',
    title: {
      vi: 'Thu hút đầu tư, nguồn lực hỗ trợ HTX nông nghiệp; khuyến khích doanh nghiệp liên kết; ưu tiên nguồn lực các Chương trình MTQG cho HTX miền núi, hải đảo',
      en: 'Attract investment in agricultural co-ops, encourage business partnerships, prioritise national-programme funds for mountain and island co-ops',
    },
    lead: PLANNING,
    coLeads: [DEPARTMENT, FINANCE, SCIENCE, 'Văn phòng Điều phối NTM tỉnh', LABOUR, 'Cục thuế tỉnh', ALLIANCE, DISTRICTS],
    leadUnstated: true,
    phrase: 'Tạo điều kiện, hỗ trợ và thu hút các nguồn lực hỗ trợ phát triển HTX nông nghiệp.',
  }),
  assignment({
    id: 'III.6-state-management',
    clause: 'III.6.b',
    section: 'III.6',
    title: {
      vi: 'Rà soát, củng cố bộ máy quản lý nhà nước về HTX nông nghiệp ở địa phương; bố trí công chức có năng lực, kinh nghiệm',
      en: 'Review and strengthen local state management of agricultural co-ops, staffed with able, experienced officials',
    },
    lead: 'Các Sở, ngành',
    coLeads: [DISTRICTS],
    leadUnstated: true,
    phrase: 'Rà soát, củng cố bộ máy tổ chức quản lý nhà nước HTX nông nghiệp địa phương',
  }),
  assignment({
    id: 'III.6-honours',
    clause: 'III.6.b',
    section: 'III.6',
    title: {
      vi: 'Định kỳ hàng năm tổ chức các sự kiện quảng bá, giới thiệu, tôn vinh, khen thưởng HTX nông nghiệp hoạt động hiệu quả và tổ chức, cá nhân đóng góp',
      en: 'Every year, hold events promoting and honouring effective agricultural co-ops and their supporters',
    },
    lead: 'Các Sở, ngành',
    coLeads: [DISTRICTS],
    leadUnstated: true,
    timeframe: EVERY_YEAR,
    phrase: 'Định kỳ hàng năm, các Sở, ngành, địa phương tổ chức các sự kiện quảng bá, giới thiệu, tôn vinh, khen thưởng hợp tác xã nông nghiệp hoạt động hiệu quả',
    note: 'Every year from 2023, the year of Resolution 106/NQ-CP; the text sets no end.',
  }),
  assignment({
    id: 'III.6-public-services',
    clause: 'III.6.b',
    section: 'III.6',
    title: {
      vi: 'Nâng cao chất lượng dịch vụ công hỗ trợ HTX nông nghiệp: mã số vùng trồng, truy xuất nguồn gốc, KH&CN, xúc tiến thương mại, thương hiệu, bảo hiểm nông nghiệp',
      en: 'Improve the public services for agricultural co-ops: growing-area codes, traceability, technology, trade promotion, branding, farm insurance',
    },
    lead: 'Sở Nông nghiệp và Phát triển nông thôn',
    partners: ['Các Sở, ngành liên quan', DISTRICTS],
    phrase: 'Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các Sở, ngành liên quan và UBND các huyện, thị xã, thành phố',
  }),
  assignment({
    id: 'III.7-local-leadership',
    clause: 'III.7.b',
    section: 'III.7',
    title: {
      vi: 'Nâng cao vai trò cấp ủy, chính quyền địa phương trong lãnh đạo, hỗ trợ phát triển HTX nông nghiệp, không can thiệp vào hoạt động của HTX; phối hợp vận động nông dân',
      en: 'Strengthen local leadership and support of agricultural co-ops without interfering in their business; co-ordinate mobilising farmers',
    },
    lead: DISTRICTS,
    coLeads: ['UBND các xã, phường, thị trấn'],
    leadUnstated: true,
    phrase: 'UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn thực hiện theo chức năng, nhiệm vụ được giao.',
  }),
  assignment({
    id: 'III.8-communication',
    clause: 'III.8',
    section: 'III.8',
    title: {
      vi: 'Truyền thông nâng cao nhận thức về HTX nông nghiệp; tuyên truyền, nhân rộng các mô hình HTX nông nghiệp tiêu biểu',
      en: 'Communicate on agricultural co-ops and spread the example of outstanding model co-ops',
    },
    lead: 'Các Sở, ngành',
    coLeads: [DISTRICTS, 'Các cơ quan, đơn vị liên quan'],
    leadUnstated: true,
    phrase: 'tăng cường tuyên truyền, phổ biến, nhân rộng kinh nghiệm các mô hình HTX nông nghiệp tiêu biểu',
  }),
  assignment({
    id: 'III.9-international',
    clause: 'III.9',
    section: 'III.9',
    title: {
      vi: 'Tăng cường hợp tác quốc tế, chia sẻ kinh nghiệm phát triển HTX NN; huy động tổ chức quốc tế tài trợ cho HTX NN',
      en: 'International co-operation and experience sharing on agricultural co-ops; raise international funding for them',
    },
    lead: 'Các Sở, ngành',
    coLeads: [DISTRICTS, 'Các cơ quan, đơn vị liên quan'],
    leadUnstated: true,
    phrase: 'Tăng cường hợp tác quốc tế, chia sẻ kinh nghiệm xây dựng, phát triển HTX NN với các nước trong khu vực và trên thế giới.',
  }),
  assignment({
    id: 'IV.1-sector-plans',
    clause: 'IV.1',
    title: {
      vi: 'Xây dựng Kế hoạch của ngành, địa phương thực hiện Nghị quyết 106/NQ-CP và Kế hoạch này; bổ sung nhiệm vụ vào kế hoạch hàng năm của cơ quan, đơn vị',
      en: 'Draw up each department\'s and district\'s own plan for Resolution 106/NQ-CP and this plan; add the tasks to their yearly plans',
    },
    lead: 'Các Sở, Ban, ngành thuộc tỉnh',
    coLeads: [DISTRICTS],
    leadUnstated: true,
    phrase: 'Các Sở, Ban, ngành thuộc tỉnh và UBND các huyện, thị xã, thành phố căn cứ Nghị quyết số 106/NQ-CP',
  }),
  assignment({
    id: 'IV.1-annual-report',
    clause: 'IV.1',
    title: {
      vi: 'Định kỳ báo cáo UBND tỉnh kết quả thực hiện (qua Sở Nông nghiệp và PTNT) trước ngày 15/12 hằng năm',
      en: 'Report the results to the Provincial People\'s Committee (through the Department of Agriculture) before 15 December every year',
    },
    lead: 'Các Sở, Ban, ngành thuộc tỉnh',
    coLeads: [DISTRICTS],
    leadUnstated: true,
    submittedTo: 'UBND tỉnh (qua Sở Nông nghiệp và PTNT)',
    deliverable: 'Báo cáo kết quả thực hiện',
    timeframe: EVERY_YEAR,
    phrase: 'định kỳ báo cáo UBND tỉnh kết quả thực hiện (qua Sở Nông nghiệp và PTNT) trước ngày 15/12 hằng năm',
    note: 'The day (before 15 December) is the reporting cycle quang-nam-annual; every year from 2023, the year of Resolution 106/NQ-CP, with no end stated.',
  }),
  assignment({
    id: 'IV.2-monitoring',
    clause: 'IV.2',
    title: {
      vi: 'Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; định kỳ hoặc đột xuất tham mưu UBND tỉnh báo cáo kết quả; đề xuất giải quyết vướng mắc',
      en: 'Monitor and inspect the plan; report the results through the Provincial People\'s Committee periodically or when asked; propose solutions to problems',
    },
    lead: DEPARTMENT,
    partners: ['Các cơ quan liên quan'],
    submittedTo: 'UBND tỉnh',
    timeframe: { kind: 'text', text: 'Định kỳ hoặc đột xuất' },
    phrase: 'Giao Sở Nông nghiệp và PTNT chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này',
  }),
  assignment({
    id: 'IV.3-mobilisation',
    clause: 'IV.3',
    title: {
      vi: 'Xây dựng chương trình vận động hội viên, nông dân tham gia HTX nông nghiệp; định kỳ kiểm tra, giám sát việc thực hiện chính sách hỗ trợ HTX nông nghiệp',
      en: 'Draw up a programme mobilising members and farmers to join agricultural co-ops; periodically monitor the support policies',
    },
    lead: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    coLeads: ['Các tổ chức chính trị - xã hội'],
    partners: [DEPARTMENT, 'Các Sở, ngành, địa phương'],
    leadUnstated: true,
    phrase: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội phối hợp với Sở Nông nghiệp và PTNT',
    note: 'A request ("Đề nghị"), not an assignment; "định kỳ" names no period.',
  }),
  assignment({
    id: 'IV.4-media',
    clause: 'IV.4',
    title: {
      vi: 'Tăng cường tuyên truyền chủ trương, chính sách về phát triển KTTT; nghiên cứu mở chuyên trang, chuyên mục về HTX nông nghiệp',
      en: 'Step up coverage of collective-economy policy; consider dedicated pages and programmes on agricultural co-ops',
    },
    lead: 'Báo Quảng Nam',
    coLeads: ['Đài Phát thanh - Truyền hình Quảng Nam'],
    leadUnstated: true,
    phrase: 'Báo Quảng Nam, Đài Phát thanh - Truyền hình Quảng Nam tăng cường công tác tuyên truyền',
  }),
];

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
  tasks: [...TASKS],
  source: {
    document: DOCUMENT,
    seed: SEED,
    note: 'Deadline of all targets: 2025 ("Một số chỉ tiêu phấn đấu đến năm 2025"). Cycle: IV.1, annual report to the Provincial People\'s Committee through the Department of Agriculture "trước ngày 15/12 hằng năm". The good/fair target counts yearly grades of agricultural co-ops (Circular 01/2020/TT-BKHĐT or 09/2017/TT-BNNPTNT; the plan does not say which), so both rating cycles are listed. Tasks: the assignments of section III ("Cơ quan tham mưu, thực hiện", 16) and section IV (5), 21 in all; most name several bodies "theo chức năng, nhiệm vụ" without a lead and no time frame, which each task says (unstated: lead, timeframe) rather than filling in.',
  },
} satisfies Plan;
