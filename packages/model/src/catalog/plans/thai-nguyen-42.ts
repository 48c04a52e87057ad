import type { Plan, Task } from '../../plan.js';
import { assignments } from './assignments.js';

const DOCUMENT = 'Kế hoạch 42/KH-UBND';
const SEED = '004_14088f7d74b7bf6d.txt';
const AREA = '19';
const DEPARTMENT = 'Sở Nông nghiệp và Phát triển nông thôn';
const DISTRICTS = 'UBND các huyện, thành phố';
/** The plan's own period: "… trên địa bàn tỉnh Thái Nguyên đến năm 2025", from its date in 2024. */
const PLAN_PERIOD = { kind: 'span', from: 2024, to: 2025 } as const;
const PLAN_PERIOD_BOUNDS = { from: PLAN_PERIOD.from, to: PLAN_PERIOD.to } as const;

/** Section V ("Tổ chức thực hiện"): the assignment to each body, bullet by bullet. */
const sectionV = assignments({
  document: DOCUMENT,
  seed: SEED,
  unstatedFrame: PLAN_PERIOD,
  unstatedFrameNote: 'The text states no time frame: the plan\'s period (2024–2025, "đến năm 2025") is used (unstated: timeframe).',
});

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
  timeframe: PLAN_PERIOD,
  unstated: ['timeframe'],
  source: {
    document: DOCUMENT,
    clause: `Phụ lục, mục ${group}`,
    phrase,
    seed: SEED,
    note: 'The appendix has no time-frame column: the span of the plan ("đến năm 2025", from its date in 2024) is used (unstated: timeframe).',
  },
});

const SECTION_V: readonly Task[] = [
  sectionV({
    id: 'V.1-model-selection',
    clause: 'V.1',
    title: {
      vi: 'Tham mưu trình UBND tỉnh lựa chọn các HTX NN xây dựng mô hình phát triển bền vững, hoạt động hiệu quả, gửi Bộ Nông nghiệp và PTNT tổng hợp, theo dõi',
      en: 'Propose to the Provincial People\'s Committee the agricultural co-ops for the sustainable, effective model and send them to MARD for monitoring',
    },
    lead: DEPARTMENT,
    submittedTo: 'UBND tỉnh',
    phrase: 'Chủ trì, tham mưu trình UBND tỉnh lựa chọn các HTX NN để xây dựng mô hình HTX NN phát triển bền vững, hoạt động hiệu quả, gửi Bộ Nông nghiệp và Phát triển nông thôn để tổng hợp, theo dõi.',
  }),
  sectionV({
    id: 'V.1-communication',
    clause: 'V.1',
    title: {
      vi: 'Đẩy mạnh tuyên truyền HTX NN trong tái cơ cấu ngành nông nghiệp và xây dựng nông thôn mới; hỗ trợ, hướng dẫn các mô hình HTX NN',
      en: 'Step up communication on agricultural co-ops in restructuring and new rural development; support and guide the model co-ops',
    },
    lead: DEPARTMENT,
    partners: ['Các ngành, đơn vị', DISTRICTS],
    phrase: 'Chủ trì, phối hợp với các ngành, đơn vị, UBND các huyện, thành phố đẩy mạnh tuyên truyền HTX NN',
  }),
  sectionV({
    id: 'V.1-training',
    clause: 'V.1',
    title: {
      vi: 'Tổ chức các lớp đào tạo, bồi dưỡng, tập huấn nâng cao năng lực cho cán bộ quản lý, thành viên và người lao động các HTX nông nghiệp',
      en: 'Run training courses for the managers, members and workers of agricultural co-ops',
    },
    lead: DEPARTMENT,
    phrase: 'Tổ chức các lớp đào tạo, bồi dưỡng tập huấn nâng cao năng lực cho cán bộ quản lý, thành viên và người lao động các HTX nông nghiệp.',
  }),
  sectionV({
    id: 'V.1-policy-proposals',
    clause: 'V.1',
    title: {
      vi: 'Nghiên cứu, đề xuất UBND tỉnh sửa đổi, bổ sung chính sách hỗ trợ phát triển KTTT, HTX trong lĩnh vực nông nghiệp sau khi Luật HTX năm 2023 có hiệu lực',
      en: 'Study and propose to the Provincial People\'s Committee amended support policies for agricultural co-ops once the 2023 Cooperative Law is in force',
    },
    lead: DEPARTMENT,
    partners: ['Các sở, ngành, địa phương'],
    leadUnstated: true,
    submittedTo: 'UBND tỉnh',
    phrase: 'Phối hợp với các sở, ngành, địa phương nghiên cứu tham mưu đề xuất với UBND tỉnh sửa đổi, bổ sung các chính sách hỗ trợ phát triển kinh tế tập thể, hợp tác xã trong lĩnh vực nông nghiệp',
    note: 'The Department is told to co-operate ("Phối hợp với"); V.2 gives the general policy proposals to the Department of Planning and Investment.',
  }),
  sectionV({
    id: 'V.1-reporting',
    clause: 'V.1',
    title: {
      vi: 'Định kỳ hàng năm hoặc đột xuất tổng hợp báo cáo Bộ Nông nghiệp và PTNT và UBND tỉnh tình hình triển khai thực hiện',
      en: 'Every year, or when asked, report the progress to MARD and the Provincial People\'s Committee',
    },
    lead: DEPARTMENT,
    submittedTo: 'Bộ Nông nghiệp và Phát triển nông thôn; UBND tỉnh',
    deliverable: 'Báo cáo tình hình triển khai thực hiện',
    timeframe: { kind: 'every-year', ...PLAN_PERIOD_BOUNDS },
    phrase: 'Định kỳ hàng năm hoặc đột xuất tổng hợp báo cáo Bộ Nông nghiệp và Phát triển nông thôn và UBND tỉnh tình hình triển khai thực hiện theo quy định.',
    note: 'Bounded to 2024–2025, the span of the plan ("đến năm 2025"); no day is stated.',
  }),
  sectionV({
    id: 'V.2-policy-proposals',
    clause: 'V.2',
    title: {
      vi: 'Tham mưu đề xuất UBND tỉnh báo cáo HĐND tỉnh sửa đổi, bổ sung các chính sách hỗ trợ phát triển KTTT, HTX',
      en: 'Propose, through the Provincial People\'s Committee to the Provincial People\'s Council, amended support policies for the collective economy and co-ops',
    },
    lead: 'Sở Kế hoạch và Đầu tư',
    partners: ['Các sở, ngành, địa phương'],
    submittedTo: 'UBND tỉnh (báo cáo HĐND tỉnh)',
    phrase: 'Chủ trì, phối hợp với các sở, ngành, địa phương nghiên cứu tham mưu đề xuất UBND tỉnh báo cáo HĐND tỉnh sửa đổi, bổ sung các chính sách hỗ trợ phát triển kinh tế tập thể, hợp tác xã.',
  }),
  sectionV({
    id: 'V.2-national-programmes',
    clause: 'V.2',
    title: {
      vi: 'Tiếp tục triển khai Quyết định 1804/QĐ-TTg (Chương trình hỗ trợ phát triển KTTT, HTX 2021–2025) và Quyết định 167/QĐ-TTg (nhân rộng mô hình HTX kiểu mới hiệu quả)',
      en: 'Keep implementing Decision 1804/QĐ-TTg (the 2021–2025 support programme) and Decision 167/QĐ-TTg (replicating effective new-type co-op models)',
    },
    lead: 'Sở Kế hoạch và Đầu tư',
    partners: ['Các sở ngành và địa phương'],
    phrase: 'Chủ trì, phối hợp với các sở ngành và địa phương tiếp tục triển khai thực hiện Quyết định số 1804/QĐ-TTg',
  }),
  sectionV({
    id: 'V.2-public-investment',
    clause: 'V.2',
    title: {
      vi: 'Cân đối, bố trí nguồn vốn đầu tư công để thực hiện các nội dung Kế hoạch',
      en: 'Allocate public-investment capital to carry out the plan',
    },
    lead: 'Sở Kế hoạch và Đầu tư',
    partners: ['Sở Tài chính', 'Cơ quan liên quan', 'Các địa phương'],
    leadUnstated: true,
    phrase: 'phối hợp với Sở Tài chính, cơ quan liên quan và các địa phương cân đối bố trí nguồn vốn đầu tư công để thực hiện các nội dung Kế hoạch',
  }),
  sectionV({
    id: 'V.3-recurrent-budget',
    clause: 'V.3',
    title: {
      vi: 'Hàng năm tổng hợp, tham mưu báo cáo UBND tỉnh bố trí kinh phí chi thường xuyên cấp tỉnh thực hiện các nội dung Kế hoạch',
      en: 'Every year, propose to the Provincial People\'s Committee the recurrent provincial budget for the plan',
    },
    lead: 'Sở Tài chính',
    submittedTo: 'UBND tỉnh',
    timeframe: { kind: 'every-year', ...PLAN_PERIOD_BOUNDS },
    phrase: 'Sở Tài chính tổng hợp, tham mưu báo cáo UBND tỉnh xem xét, bố trí nguồn kinh phí để thực hiện các nội dung Kế hoạch',
    note: '"Hàng năm", bounded to 2024–2025, the span of the plan.',
  }),
  sectionV({
    id: 'V.4-trademarks-traceability',
    clause: 'V.4',
    title: {
      vi: 'Hướng dẫn, hỗ trợ các tổ chức KTTT, HTX xây dựng nhãn hiệu, xuất xứ hàng hóa, truy xuất nguồn gốc; lồng ghép nhiệm vụ KH&CN cấp tỉnh hỗ trợ HTX NN',
      en: 'Guide and support co-ops on trademarks, origin and traceability; fold support for agricultural co-ops into the provincial science and technology tasks',
    },
    lead: 'Sở Khoa học và Công nghệ',
    partners: ['Các sở, ngành, địa phương'],
    phrase: 'Chủ trì, phối hợp với các sở, ngành, địa phương hướng dẫn, hỗ trợ các tổ chức kinh tế tập thể, hợp tác xã, xây dựng nhãn hiệu, xuất xứ hàng hóa, truy xuất nguồn gốc',
    note: '"hàng năm" qualifies the provincial science and technology tasks the support is folded into, not a deadline of the assignment.',
  }),
  sectionV({
    id: 'V.5-trade-promotion',
    clause: 'V.5',
    title: {
      vi: 'Hỗ trợ các tổ chức KTTT, HTX về xúc tiến thương mại, mở rộng thị trường; lồng ghép vào các kế hoạch, chương trình công tác hằng năm',
      en: 'Support co-ops in trade promotion and market expansion, within the yearly work plans',
    },
    lead: 'Sở Công Thương',
    partners: ['Các sở, ngành, địa phương'],
    timeframe: { kind: 'every-year', ...PLAN_PERIOD_BOUNDS },
    phrase: 'Chủ trì, phối hợp với các sở, ngành, địa phương hỗ trợ các tổ chức kinh tế tập thể, hợp tác xã về xúc tiến thương mại, mở rộng thị trường; lồng ghép đưa vào các kế hoạch, chương trình công tác hằng năm.',
    note: 'Read as yearly ("các kế hoạch, chương trình công tác hằng năm"), bounded to 2024–2025, the span of the plan.',
  }),
  sectionV({
    id: 'V.5-industry-extension',
    clause: 'V.5',
    title: {
      vi: 'Đẩy mạnh chương trình khuyến công; ưu tiên nguồn vốn hỗ trợ cho các HTX NN được lựa chọn là HTX phát triển bền vững, hoạt động hiệu quả',
      en: 'Step up the industry-extension programme, giving priority funding to the co-ops chosen as sustainable, effective models',
    },
    lead: 'Sở Công Thương',
    partners: ['Các Sở, ngành liên quan'],
    phrase: 'Chủ trì, phối hợp với các Sở, ngành liên quan đẩy mạnh hoạt động chương trình khuyến công trên địa bàn tỉnh.',
  }),
  sectionV({
    id: 'V.6-media-digital',
    clause: 'V.6',
    title: {
      vi: 'Hướng dẫn các cơ quan báo chí, truyền thông của tỉnh tuyên truyền nội dung Kế hoạch; hỗ trợ các HTX chuyển đổi số',
      en: 'Guide the province\'s press and media to publicise the plan; help co-ops with digital transformation',
    },
    lead: 'Sở Thông tin và Truyền thông',
    partners: [DEPARTMENT],
    leadUnstated: true,
    phrase: 'Phối hợp với Sở Nông nghiệp và Phát triển nông thôn hướng dẫn các cơ quan báo chí, truyền thông của tỉnh tuyên truyền các nội dung của Kế hoạch',
    note: 'The clause is addressed to the Department of Information and Communications and says it co-operates with the Department of Agriculture; neither is named to lead.',
  }),
  sectionV({
    id: 'V.7-land-incentives',
    clause: 'V.7',
    title: {
      vi: 'Triển khai chính sách ưu đãi đất đai cho HTX NN: thuê đất ổn định, lâu dài; tập trung, tích tụ đất đai; vùng nguyên liệu tập trung liên kết theo chuỗi giá trị',
      en: 'Apply the land incentives for agricultural co-ops: stable long leases, land consolidation, raw-material areas linked in value chains',
    },
    lead: 'Sở Tài nguyên và Môi trường',
    partners: ['Các sở, ngành, địa phương và đơn vị liên quan'],
    phrase: 'Chủ trì, phối hợp với các sở, ngành, địa phương và đơn vị liên quan triển khai có hiệu quả chính sách ưu đãi về đất đai đối với hợp tác xã nông nghiệp',
  }),
  sectionV({
    id: 'V.7-land-use-conversion',
    clause: 'V.7',
    title: {
      vi: 'Hỗ trợ, hướng dẫn HTX NN chuyển đổi mục đích sử dụng đất nông nghiệp sang đất xây dựng cơ sở hạ tầng (kho, xưởng, sơ chế, chế biến, bảo quản)',
      en: 'Help agricultural co-ops convert farm land to land for infrastructure (storage, workshops, processing, preservation)',
    },
    lead: 'Sở Tài nguyên và Môi trường',
    phrase: 'Hỗ trợ, hướng dẫn hợp tác xã nông nghiệp được chuyển đổi mục đích sử dụng đất nông nghiệp sang đất xây dựng cơ sở hạ tầng',
  }),
  sectionV({
    id: 'V.8-model-replication',
    clause: 'V.8',
    title: {
      vi: 'Xây dựng và nhân rộng các mô hình HTX NN hoạt động hiệu quả',
      en: 'Build and replicate effective agricultural co-op models',
    },
    lead: 'Liên minh HTX tỉnh',
    partners: [DEPARTMENT, 'Các sở, ngành', DISTRICTS],
    leadUnstated: true,
    phrase: 'Phối hợp Sở Nông nghiệp và Phát triển nông thôn và các sở, ngành, UBND các huyện, thành phố xây dựng và nhân rộng các mô hình HTX NN hoạt động hiệu quả.',
    note: 'The Alliance is told to co-operate with the Department ("Phối hợp"), whom V.1 charges with guiding the models; no body is named to lead this bullet.',
  }),
  sectionV({
    id: 'V.8-training-young-workers',
    clause: 'V.8',
    title: {
      vi: 'Đào tạo, bồi dưỡng cán bộ quản lý, thành viên, người lao động HTX NN; hỗ trợ đưa lao động trẻ về làm việc tại các tổ chức KTTT theo Nghị quyết 12/NQ-HĐND',
      en: 'Train co-op managers, members and workers; help young workers join collective organisations under Resolution 12/NQ-HĐND',
    },
    lead: 'Liên minh HTX tỉnh',
    partners: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Các Sở, ngành có liên quan'],
    phrase: 'Tổ chức công tác đào tạo, bồi dưỡng, nâng cao năng lực, trình độ, cán bộ quản lý, thành viên và người lao động trong HTX NN',
    note: 'The partners are named for the young-worker support ("phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính và các Sở, ngành có liên quan").',
  }),
  sectionV({
    id: 'V.8-support-fund',
    clause: 'V.8',
    title: {
      vi: 'Nâng cao vai trò, hiệu quả của Quỹ hỗ trợ phát triển HTX trong cho vay HTX NN',
      en: 'Make the Cooperative Development Support Fund more effective in lending to agricultural co-ops',
    },
    lead: 'Liên minh HTX tỉnh',
    phrase: 'Nâng cao vai trò, hiệu quả hoạt động của Quỹ hỗ trợ phát triển HTX trong việc hỗ trợ phát triển HTX NN vay vốn.',
  }),
  sectionV({
    id: 'V.8-technology-trade',
    clause: 'V.8',
    title: {
      vi: 'Ứng dụng, chuyển giao khoa học công nghệ, chuyển đổi số, xúc tiến thương mại đối với HTX NN',
      en: 'Technology transfer, digital transformation and trade promotion for agricultural co-ops',
    },
    lead: 'Liên minh HTX tỉnh',
    partners: [DEPARTMENT, 'Sở Khoa học và Công nghệ', 'Sở Thông tin và Truyền thông', 'Sở Công Thương'],
    leadUnstated: true,
    phrase: 'Phối hợp với Sở Nông nghiệp và Phát triển nông thôn, Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông, Sở Công Thương trong ứng dụng, chuyển giao khoa học công nghệ, chuyển đổi số, xúc tiến thương mại đối với HTX NN.',
  }),
  sectionV({
    id: 'V.9-credit-access',
    clause: 'V.9',
    title: {
      vi: 'Chỉ đạo các tổ chức tín dụng tạo điều kiện cho HTX NN tiếp cận tín dụng; ưu tiên HTX NN có phương án sản xuất, kinh doanh theo chuỗi giá trị sản phẩm chủ lực',
      en: 'Direct credit institutions to ease co-ops\' access to credit, with priority for value-chain plans on key local products',
    },
    lead: 'Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Thái Nguyên',
    phrase: 'Chỉ đạo các tổ chức tín dụng tạo điều kiện thuận lợi để HTX NN tiếp cận tín dụng',
  }),
  sectionV({
    id: 'V.10-sector-plans',
    clause: 'V.10',
    title: {
      vi: 'Chủ động xây dựng kế hoạch thực hiện, cụ thể hóa nội dung Kế hoạch gắn với lĩnh vực phụ trách; hỗ trợ, tạo điều kiện cho HTX NN phát triển',
      en: 'Draw up each body\'s own implementation plan for its field and support agricultural co-ops',
    },
    lead: 'Các sở, ban, ngành',
    coLeads: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Các hội, đoàn thể cấp tỉnh'],
    leadUnstated: true,
    phrase: 'Căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch thực hiện, cụ thể hóa các nội dung của Kế hoạch gắn với lĩnh vực phụ trách của ngành',
  }),
  sectionV({
    id: 'V.10-mobilisation',
    clause: 'V.10',
    title: {
      vi: 'Thông tin, tuyên truyền, vận động đoàn viên, hội viên, nông dân tham gia phát triển HTX nông nghiệp',
      en: 'Inform and mobilise members of mass organisations and farmers to take part in agricultural co-ops',
    },
    lead: 'Ủy ban Mặt trận Tổ quốc tỉnh',
    coLeads: ['Các hội, đoàn thể cấp tỉnh'],
    partners: ['Các sở, ngành, địa phương'],
    leadUnstated: true,
    phrase: 'Ủy ban Mặt trận Tổ quốc tỉnh và các hội, đoàn thể cấp tỉnh phối hợp với các sở, ngành, địa phương triển khai các hoạt động thông tin, tuyên truyền, vận động đoàn viên, hội viên, nông dân tham gia phát triển Hợp tác xã nông nghiệp.',
  }),
  sectionV({
    id: 'V.11-district-plans',
    clause: 'V.11',
    title: {
      vi: 'Căn cứ điều kiện địa phương, chủ động xây dựng Kế hoạch hỗ trợ phát triển HTX nông nghiệp trên địa bàn',
      en: 'Draw up each district\'s own plan to support agricultural co-ops',
    },
    lead: 'Ủy ban nhân dân các huyện, thành phố',
    phrase: 'Căn cứ điều kiện của địa phương, chủ động xây dựng Kế hoạch hỗ trợ phát triển hợp tác xã nông nghiệp trên địa bàn quản lý.',
  }),
  sectionV({
    id: 'V.11-local-budget',
    clause: 'V.11',
    title: {
      vi: 'Cân đối, bố trí kinh phí địa phương thực hiện Kế hoạch, ưu tiên các HTX NN được lựa chọn xây dựng mô hình',
      en: 'Allocate local funds to the plan, with priority for the co-ops chosen as models',
    },
    lead: 'Ủy ban nhân dân các huyện, thành phố',
    phrase: 'Cân đối, bố trí kinh phí của địa phương để thực hiện Kế hoạch, ưu tiên hỗ trợ các HTX NN đã được lựa chọn để xây dựng mô hình HTX NN phát triển bền vững, hoạt động hiệu quả.',
  }),
  sectionV({
    id: 'V.11-supervision',
    clause: 'V.11',
    title: {
      vi: 'Chỉ đạo, tổ chức thực hiện, kiểm tra, giám sát việc triển khai Kế hoạch trên địa bàn',
      en: 'Direct, carry out, inspect and supervise the plan in the district',
    },
    lead: 'Ủy ban nhân dân các huyện, thành phố',
    phrase: 'Chỉ đạo, tổ chức thực hiện, kiểm tra, giám sát việc triển khai thực hiện Kế hoạch trên địa bàn.',
  }),
];

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
        note: 'The denominator is read from `grades` (the rated co-ops: the text names no total, unlike the Quảng Nam plan); coverage (rated ÷ eligible) is reported beside it.',
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
    ...SECTION_V,

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
    note: 'Deadline of the targets: 2025 ("Mục tiêu cụ thể đến năm 2025"). Cycles: V.11 (nomination of one model co-op per district in March 2024), III.1.b (Vietnam Cooperative Day, 11 April, every year), and the yearly classification of V.11 ("theo quy định hiện hành", which for agricultural co-ops is Circular 01/2020/TT-BKHĐT or 09/2017/TT-BNNPTNT; both rating cycles are listed). Tasks: section V bullet by bullet (27 assignments to 11 bodies: V.1 … V.11, the nomination and the yearly classification of V.11 among them), the co-op week of III.1.b, and the appendix (9 assignments in 6 groups, without time frames) as appendix-1.1 … appendix-6. Where the text states no time frame the plan\'s span 2024–2025 is used and the task says so (unstated: timeframe); where it names no lead among the bodies it charges, the task says so (unstated: lead).',
  },
} satisfies Plan;
