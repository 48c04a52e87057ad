import type { Plan, Task } from '../../plan.js';
import { assignments } from './assignments.js';

const DOCUMENT = 'Chương trình hành động của Huyện ủy thực hiện Chương trình 155-CTr/TU';
const SEED = '003_1ec9644633fd383a.txt';

const DISTRICT_COMMITTEE = 'Ủy ban nhân dân huyện';

/** Section IV ("Tổ chức thực hiện"): the assignment to each body. */
const assignment = assignments({
  document: DOCUMENT,
  seed: SEED,
  unstatedFrameNote:
    'The text states no time frame and the programme states no period of its own (its targets run to 2030 and 2045): the time frame is left as text that cannot be placed in time (unstated: timeframe).',
});

const TASKS: readonly Task[] = [
  assignment({
    id: 'IV.1-supervision',
    clause: 'IV.1',
    title: {
      vi: 'Tăng cường giám sát việc triển khai thực hiện Nghị quyết 20-NQ/TW, Chương trình hành động của Tỉnh ủy, Huyện ủy về kinh tế tập thể',
      en: 'Step up oversight of how Resolution 20-NQ/TW and the provincial and district programmes on the collective economy are carried out',
    },
    lead: 'Hội đồng nhân dân huyện',
    phrase: 'Hội đồng nhân dân huyện tăng cường công tác giám sát việc triển khai thực hiện Nghị quyết 20-NQ/TW',
  }),
  assignment({
    id: 'IV.2-programme',
    clause: 'IV.2',
    title: {
      vi: 'Xây dựng chương trình, kế hoạch, bố trí nguồn lực, giao nhiệm vụ cụ thể cho các cấp, các ngành thực hiện Nghị quyết 20-NQ/TW và các Chương trình hành động',
      en: 'Draw up the district\'s programme and plan, allocate resources and assign specific tasks to each level and sector',
    },
    lead: DISTRICT_COMMITTEE,
    phrase: 'Ủy ban nhân dân huyện xây dựng chương trình, kế hoạch và bố trí nguồn lực, giao nhiệm vụ cụ thể cho các cấp, các ngành',
  }),
  assignment({
    id: 'IV.2-annual-report',
    clause: 'IV.2',
    title: {
      vi: 'Hướng dẫn, đôn đốc, kiểm tra việc tổ chức thực hiện; định kỳ hàng năm có báo cáo đánh giá kết quả thực hiện',
      en: 'Guide, urge and inspect the implementation; a yearly report evaluating the results',
    },
    lead: DISTRICT_COMMITTEE,
    partners: ['Các ban đảng huyện'],
    deliverable: 'Báo cáo đánh giá kết quả thực hiện',
    timeframe: { kind: 'every-year' },
    phrase: 'Chủ trì, phối hợp các ban đảng huyện hướng dẫn, đôn đốc, kiểm tra việc tổ chức thực hiện; định kỳ hàng năm có báo cáo đánh giá kết quả thực hiện.',
    note: 'Every year; the text names neither the first year nor a day, nor to whom the report goes.',
  }),
  assignment({
    id: 'IV.2-rewards',
    clause: 'IV.2',
    title: {
      vi: 'Kịp thời đề xuất khen thưởng, nhân rộng các hợp tác xã hoạt động hiệu quả',
      en: 'Promptly propose rewards for effective co-ops and spread their example',
    },
    lead: DISTRICT_COMMITTEE,
    timeframe: { kind: 'text', text: 'Kịp thời' },
    phrase: 'Kịp thời đề xuất khen thưởng, nhân rộng các hợp tác xã hoạt động hiệu quả.',
  }),
  assignment({
    id: 'IV.3-communication',
    clause: 'IV.3',
    title: {
      vi: 'Chỉ đạo, hướng dẫn học tập, quán triệt, tuyên truyền Nghị quyết 20-NQ/TW và các Chương trình hành động; định hướng cơ quan truyền thông',
      en: 'Direct the study and communication of Resolution 20-NQ/TW and the programmes; guide the media',
    },
    lead: 'Ban Tuyên giáo Huyện ủy',
    partners: ['Các cơ quan liên quan'],
    phrase: 'Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan chỉ đạo, hướng dẫn triển khai học tập, quán triệt, tuyên truyền Nghị quyết 20-NQ/TW',
  }),
  assignment({
    id: 'IV.4-mobilisation',
    clause: 'IV.4',
    title: {
      vi: 'Xây dựng kế hoạch tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia; giám sát, phản biện xã hội về kinh tế tập thể',
      en: 'Plan communication and mobilise members and the people; social oversight and critique of the collective economy',
    },
    lead: 'Mặt trận huyện',
    coLeads: ['Các đoàn thể huyện'],
    leadUnstated: true,
    phrase: 'Mặt trận và các đoàn thể huyện xây dựng kế hoạch tuyên truyền, quán triệt, vận động đoàn viên, hội viên và Nhân dân',
  }),
  assignment({
    id: 'IV.5-inspection',
    clause: 'IV.5',
    title: {
      vi: 'Tăng cường kiểm tra, giám sát quá trình thực hiện Nghị quyết 20-NQ/TW, các Chương trình hành động và chủ trương, chính sách về kinh tế tập thể',
      en: 'Step up the Party inspection of how Resolution 20-NQ/TW, the programmes and the collective-economy policies are carried out',
    },
    lead: 'Ủy ban Kiểm tra Huyện ủy',
    phrase: 'Ủy ban Kiểm tra Huyện ủy tăng cường kiểm tra, giám sát quá trình thực hiện',
  }),
  assignment({
    id: 'IV.6-grassroots-plans',
    clause: 'IV.6',
    title: {
      vi: 'Tổ chức học tập, tuyên truyền, quán triệt và xây dựng kế hoạch triển khai Nghị quyết 20-NQ/TW và các Chương trình hành động',
      en: 'Study and communicate Resolution 20-NQ/TW and the programmes, and draw up each organisation\'s implementation plan',
    },
    lead: 'Các tổ chức cơ sở đảng trực thuộc',
    phrase: 'Các tổ chức cơ sở đảng trực thuộc căn cứ chức năng, nhiệm vụ, tình hình thực tế của địa phương, đơn vị để tổ chức học tập, tuyên truyền, quán triệt',
  }),
];

/**
 * A district Party Committee's action programme (district not named in the text) implementing the
 * provincial programme 155-CTr/TU (21/11/2022) on Party Resolution 20-NQ/TW: district targets for
 * 2030 and 2045 over all collective economic organisations.
 *
 * @example
 * ```ts
 * import { DISTRICT_155_2023 } from '@coop/model';
 * DISTRICT_155_2023.targets.find((target) => target.id === 'coop-group-count')?.comparator;
 * // { kind: 'range', min: 20, max: 25 }
 * ```
 */
export const DISTRICT_155_2023 = {
  id: 'district-155-2023',
  title: {
    vi: 'Chương trình hành động của Ban Chấp hành Đảng bộ huyện thực hiện Chương trình hành động 155-CTr/TU của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết 20-NQ/TW',
    en: 'District Party Committee action programme implementing provincial programme 155-CTr/TU on Resolution 20-NQ/TW',
  },
  issuer: { vi: 'Ban Chấp hành Đảng bộ huyện', en: 'District Party Committee' },
  document: {
    notes: [
      'The text carries no document number, no date and no district name; it is signed "T/M HUYỆN ỦY, BÍ THƯ, Nguyễn Đô". It was issued after 21/11/2022 (the date of programme 155-CTr/TU it implements); the year 2023 in the id and the base year are assumptions, not read from the document.',
    ],
  },
  jurisdiction: {
    level: 'district',
    name: { vi: 'Huyện (không nêu tên trong văn bản)', en: 'District (not named in the text)' },
    note: 'The district is not named, so no area code is given; targets carry no scope area and the evaluation must be given the district\'s records. The district level was abolished on 1 July 2025.',
  },
  parents: ['programme-155-ctr-tu-2022'],
  baseYear: 2023,
  targets: [
    {
      id: 'coop-group-count',
      indicator: 'coop-group-count',
      label: { vi: 'Khoảng 20-25 tổ hợp tác', en: 'About 20–25 cooperative groups' },
      comparator: { kind: 'range', min: 20, max: 25 },
      deadline: 2030,
      scope: {},
      source: { document: DOCUMENT, clause: 'II.1', phrase: 'Toàn huyện có khoảng 20-25 tổ hợp tác', seed: SEED },
    },
    {
      id: 'coop-group-members',
      indicator: 'coop-group-members',
      label: { vi: 'Khoảng 200-250 thành viên tổ hợp tác', en: 'About 200–250 members of cooperative groups' },
      comparator: { kind: 'range', min: 200, max: 250 },
      deadline: 2030,
      scope: {},
      source: {
        document: DOCUMENT,
        clause: 'II.1',
        phrase: 'Toàn huyện có khoảng 20-25 tổ hợp tác, với khoảng 200-250 thành viên',
        seed: SEED,
      },
    },
    {
      id: 'new-coop-count',
      indicator: 'coop-new-since-2022-11-21-count',
      label: { vi: 'Thành lập mới 05-7 hợp tác xã', en: '5–7 newly founded co-ops' },
      comparator: { kind: 'range', min: 5, max: 7 },
      deadline: 2030,
      scope: {},
      source: {
        document: DOCUMENT,
        clause: 'II.1',
        phrase: 'thành lập mới 05-7 hợp tác xã',
        seed: SEED,
        note: '"Newly founded" counts co-ops founded on or after 2022-11-21, the date of programme 155-CTr/TU (the district programme\'s own date is not in the text).',
      },
    },
    {
      id: 'new-coop-members',
      indicator: 'coop-new-since-2022-11-21-members',
      label: { vi: 'Khoảng 50-70 thành viên của các HTX thành lập mới', en: 'About 50–70 members of the new co-ops' },
      comparator: { kind: 'range', min: 50, max: 70 },
      deadline: 2030,
      scope: {},
      source: {
        document: DOCUMENT,
        clause: 'II.1',
        phrase: 'thành lập mới 05-7 hợp tác xã với khoảng 50-70 thành viên',
        seed: SEED,
      },
    },
    {
      id: 'union-count',
      indicator: 'union-count',
      label: { vi: 'Phát triển ít nhất 01 liên hiệp hợp tác xã', en: 'At least one union of co-ops' },
      comparator: { kind: '>=', value: 1 },
      deadline: 2030,
      scope: {},
      source: {
        document: DOCUMENT,
        clause: 'II.1',
        phrase: 'phát triển ít nhất 01 liên hiệp hợp tác xã',
        seed: SEED,
        note: '"phát triển" (develop) is read as at least one union existing in the district, not necessarily newly founded.',
      },
    },
    {
      id: 'good-or-fair-share',
      indicator: 'kttt-good-or-fair-share',
      label: {
        vi: 'Trên 60% tổ chức KTTT trên địa bàn đạt loại tốt, khá',
        en: 'Over 60 % of collective organisations in the district rated good or fair',
      },
      comparator: { kind: '>', value: 60 },
      deadline: 2030,
      scope: {},
      grades: {
        denominator: 'rated',
        source: {
          document: DOCUMENT,
          clause: 'II.1',
          phrase: 'Bảo đảm trên 60% tổ chức kinh tế tập thể trên địa bàn đạt loại tốt, khá',
          note: 'The text names no total: the share is over the rated organisations (cooperative groups are rated by no rulebook and are never counted); coverage is reported beside it.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'II.1',
        phrase: 'Bảo đảm trên 60% tổ chức kinh tế tập thể trên địa bàn đạt loại tốt, khá',
        seed: SEED,
      },
    },
    {
      id: 'weak-count',
      indicator: 'coop-weak-count',
      label: { vi: 'Không còn hợp tác xã yếu kém', en: 'No weak co-ops left' },
      comparator: { kind: '=', value: 0 },
      deadline: 2030,
      scope: {},
      grades: {
        denominator: 'eligible',
        fullCoverage: true,
        source: {
          document: DOCUMENT,
          clause: 'II.1',
          phrase: 'không còn hợp tác xã yếu kém',
          note: '"No weak co-ops left" can be concluded only when every eligible co-op is rated; with some unrated it is insufficient data, with the coverage.',
        },
      },
      source: { document: DOCUMENT, clause: 'II.1', phrase: 'không còn hợp tác xã yếu kém', seed: SEED },
    },
    {
      id: 'high-tech-count',
      indicator: 'ag-coop-and-group-high-tech-count',
      label: {
        vi: 'Khoảng 01-02 HTX và tổ hợp tác ứng dụng công nghệ cao',
        en: 'About 1–2 co-ops and cooperative groups applying high technology',
      },
      comparator: { kind: 'range', min: 1, max: 2 },
      deadline: 2030,
      scope: {},
      source: {
        document: DOCUMENT,
        clause: 'II.1',
        phrase: 'huyện có khoảng 01-02 HTX và tổ hợp tác ứng dụng công nghệ cao vào sản xuất, tiêu thụ nông sản',
        seed: SEED,
      },
    },
    {
      id: 'enterprise-linked-share',
      indicator: 'ag-coop-enterprise-linked-share',
      label: {
        vi: 'Phấn đấu 60% HTX nông nghiệp liên kết với doanh nghiệp theo chuỗi giá trị',
        en: 'Strive for 60 % of agricultural co-ops linked with enterprises along value chains',
      },
      comparator: { kind: '>=', value: 60 },
      deadline: 2030,
      scope: {},
      source: {
        document: DOCUMENT,
        clause: 'II.1',
        phrase: 'phấn đấu có 60% HTX nông nghiệp liên kết với doanh nghiệp theo chuỗi giá trị',
        seed: SEED,
        note: '"phấn đấu X" is read as ">= X". A link with an enterprise is measured by the flag enterpriseLinked; the value-chain qualifier is taken as implied by it.',
      },
    },
    {
      id: 'population-share',
      indicator: 'kttt-member-population-share',
      label: {
        vi: 'Tối thiểu 20% dân số tham gia các tổ chức KTTT',
        en: 'At least 20 % of the population in collective organisations',
      },
      comparator: { kind: '>=', value: 20 },
      deadline: 2045,
      scope: {},
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'Phấn đấu thu hút tối thiểu 20% dân số tham gia các tổ chức kinh tế tập thể',
        seed: SEED,
        note: 'The denominator (the district\'s population) comes from outside the co-op data: external input population.',
      },
    },
    {
      id: 'effective-share',
      indicator: 'kttt-effective-share',
      label: {
        vi: 'Trên 90% tổ chức KTTT hoạt động hiệu quả',
        en: 'Over 90 % of collective organisations operating effectively',
      },
      comparator: { kind: '>', value: 90 },
      deadline: 2045,
      scope: {},
      grades: {
        denominator: 'rated',
        source: {
          document: DOCUMENT,
          clause: 'II.2',
          phrase: 'Bảo đảm trên 90% tổ chức kinh tế tập thể hoạt động hiệu quả',
          note: 'The text names no total: the share is over the rated organisations (cooperative groups are rated by no rulebook and are never counted); coverage is reported beside it.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'Bảo đảm trên 90% tổ chức kinh tế tập thể hoạt động hiệu quả',
        seed: SEED,
      },
    },
    {
      id: 'linkage-share',
      indicator: 'kttt-effective-and-linkage-share',
      alternatives: ['kttt-value-chain-share'],
      label: {
        vi: 'Ít nhất 75% tổ chức KTTT tham gia các chuỗi liên kết',
        en: 'At least 75 % of collective organisations in linkage chains',
      },
      comparator: { kind: '>=', value: 75 },
      deadline: 2045,
      scope: {},
      grades: {
        denominator: 'rated',
        source: {
          document: DOCUMENT,
          clause: 'II.2',
          phrase: 'trong đó có ít nhất 75% tham gia các chuỗi liên kết',
          note: 'The text names no total: the share is over the rated organisations (cooperative groups are rated by no rulebook and are never counted); coverage is reported beside it.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'trong đó có ít nhất 75% tham gia các chuỗi liên kết',
        seed: SEED,
        note: '"trong đó" (of which): the numerator counts organisations both operating effectively and in linkage chains, over the rated organisations as for the effective share (issue 16). The alternative kttt-value-chain-share counts linked organisations of all of them, whatever their grade.',
      },
    },
    {
      id: 'technology-share',
      indicator: 'coop-technology-share',
      label: {
        vi: 'Các HTX đều áp dụng công nghệ, nhất là chuyển đổi số',
        en: 'All co-ops apply technology, especially digital transformation',
      },
      comparator: { kind: '=', value: 100 },
      deadline: 2045,
      scope: {},
      source: {
        document: DOCUMENT,
        clause: 'II.2',
        phrase: 'Các hợp tác xã đều áp dụng công nghệ, nhất là chuyển đổi số vào hoạt động sản xuất kinh doanh, dịch vụ',
        seed: SEED,
      },
    },
  ],
  cycles: ['rating-01-2020'],
  tasks: [...TASKS],
  source: {
    document: DOCUMENT,
    seed: SEED,
    note: 'Cycles: IV.2 asks for a yearly evaluation report ("định kỳ hàng năm có báo cáo đánh giá kết quả thực hiện") but gives no date, so no reporting-cycle id is referenced. The good/fair and weak targets count yearly grades of co-ops of every sector, hence the Circular 01/2020/TT-BKHĐT rating cycle. Tasks: section IV, the assignment to each body (8 tasks from 6 clauses; IV.2 holds three); only the yearly evaluation report has a time frame, the rest is said to be unstated (unstated: timeframe) rather than filled in. Qualitative clauses (III) are not numeric targets and are not encoded as tasks.',
  },
} satisfies Plan;
