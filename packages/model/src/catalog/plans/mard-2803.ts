import type { Plan, Task } from '../../plan.js';
import { assignments } from './assignments.js';

const DOCUMENT = 'Quyết định 2803/QĐ-BNN-KTHT';
const SEED = '000_15858be1e788aefe.txt';

/** The ministry's units, which IV.1 charges with the plan "theo chức năng, nhiệm vụ được phân công". */
const MINISTRY_UNITS = 'Các cơ quan, đơn vị thuộc Bộ Nông nghiệp và PTNT';

/** II.2.d and section IV ("Tổ chức thực hiện"). */
const assignment = assignments({
  document: DOCUMENT,
  seed: SEED,
  unstatedFrameNote:
    'The text states no time frame, and the appendix that details the assignments ("Chi tiết phân công các nhiệm vụ tại Phụ lục kèm theo") is not in the seed: the time frame is left as text that cannot be placed in time (unstated: timeframe).',
});

const APPENDIX_NOTE =
  'Section II leaves who does what to its appendix ("Chi tiết phân công các nhiệm vụ tại Phụ lục kèm theo"), which is not in the seed: the lead is the ministry\'s units, as IV.1 charges them.';

const TASKS: readonly Task[] = [
  assignment({
    id: 'II.2.d-policy-review',
    clause: 'II.2.d',
    section: 'II.2',
    title: {
      vi: 'Thường xuyên đánh giá, tổng kết tình hình triển khai các cơ chế, chính sách để đề xuất điều chỉnh phù hợp với thực tiễn',
      en: 'Regularly review how the support mechanisms and policies work and propose adjustments',
    },
    lead: MINISTRY_UNITS,
    leadUnstated: true,
    timeframe: { kind: 'text', text: 'Thường xuyên' },
    phrase: 'Thường xuyên đánh giá, tổng kết tình hình triển khai các cơ chế, chính sách để nghiên cứu, đề xuất điều chỉnh phù hợp với thực tiễn',
    note: APPENDIX_NOTE,
  }),
  assignment({
    id: 'II.2.d-decree-98-review',
    clause: 'II.2.d',
    section: 'II.2',
    title: {
      vi: 'Tổng kết, đánh giá 05 năm thực hiện Nghị định 98/2018/NĐ-CP về khuyến khích hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp; kiến nghị, đề xuất sửa đổi',
      en: 'Review five years of Decree 98/2018/NĐ-CP on co-operation and linkage in farm production and sales, and propose amendments',
    },
    lead: MINISTRY_UNITS,
    leadUnstated: true,
    phrase: 'Tổng kết, đánh giá 05 năm thực hiện Nghị định số 98/2018/NĐ-CP ngày 05 tháng 7 năm 2018 của Chính phủ',
    note: `${APPENDIX_NOTE} Five years from the decree (05/07/2018) ran to July 2023, the month of this plan; the text sets no date for the review.`,
  }),
  assignment({
    id: 'IV.2-monitoring',
    clause: 'IV.2',
    section: 'IV',
    title: {
      vi: 'Theo dõi, đôn đốc, giám sát, kiểm tra, đánh giá và báo cáo kết quả thực hiện Chương trình hành động của Chính phủ (Nghị quyết 09/NQ-CP) và Kế hoạch hành động của Bộ theo yêu cầu',
      en: 'Monitor, inspect, evaluate and report, as asked, on the Government programme (Resolution 09/NQ-CP) and the ministry\'s plan',
    },
    lead: 'Cục Kinh tế hợp tác và PTNT',
    timeframe: { kind: 'text', text: 'Theo yêu cầu' },
    phrase: 'Giao Cục Kinh tế hợp tác và PTNT chủ trì theo dõi, đôn đốc, giám sát, kiểm tra, đánh giá và báo cáo kết quả thực hiện',
    note: 'The half-year and annual reports of IV.1 are the reporting cycles mard-half-year and mard-annual.',
  }),
  assignment({
    id: 'IV.3-review-rewards',
    clause: 'IV.3',
    section: 'IV',
    title: {
      vi: 'Hàng năm sơ kết, nhân rộng điển hình tốt, khen thưởng tổ chức, cá nhân xuất sắc và xử lý trách nhiệm người đứng đầu không thực hiện nghiêm',
      en: 'Every year, review the plan, spread good practice, reward outstanding bodies and people, and hold to account heads who fail to carry it out',
    },
    lead: 'Bộ Nông nghiệp và PTNT',
    timeframe: { kind: 'every-year', from: 2023 },
    phrase: 'Hàng năm, Bộ Nông nghiệp và PTNT tổ chức sơ kết, nhân rộng điển hình tốt, việc làm sáng tạo và có hình thức khen thưởng tổ chức, cá nhân đạt thành tích xuất sắc',
    note: 'Every year from 2023, the year of the plan; the text sets no end.',
  }),
];

/**
 * MARD action plan (Decision 2803/QĐ-BNN-KTHT, 12/07/2023) implementing Government Resolution
 * 09/NQ-CP on Party Resolution 20-NQ/TW: the national agricultural targets for 2030 and 2045.
 *
 * @example
 * ```ts
 * import { MARD_2803_2023 } from '@coop/model';
 * MARD_2803_2023.targets.map((target) => target.id); // ['good-or-fair-share', 'value-chain-share', …]
 * ```
 */
export const MARD_2803_2023 = {
  id: 'mard-2803-2023',
  title: {
    vi: 'Kế hoạch hành động của Bộ Nông nghiệp và PTNT thực hiện Nghị quyết số 09/NQ-CP về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
    en: 'MARD action plan implementing Resolution 09/NQ-CP on renewing, developing and improving the efficiency of the collective economy in the new period',
  },
  issuer: { vi: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn', en: 'Minister of Agriculture and Rural Development' },
  document: { number: '2803/QĐ-BNN-KTHT', date: '2023-07-12', notes: [] },
  jurisdiction: {
    level: 'country',
    area: 'VN',
    name: { vi: 'Toàn quốc, lĩnh vực nông nghiệp', en: 'Whole country, agriculture' },
  },
  parents: ['resolution-09-nq-cp-2023'],
  baseYear: 2023,
  targets: [
    {
      id: 'good-or-fair-share',
      indicator: 'ag-kttt-good-or-fair-share',
      label: {
        vi: 'Trên 60% tổ chức KTTT, HTX nông nghiệp đạt loại tốt, khá',
        en: 'Over 60 % of agricultural collective organisations rated good or fair',
      },
      comparator: { kind: '>', value: 60 },
      deadline: 2030,
      scope: { area: 'VN' },
      grades: {
        denominator: 'rated',
        source: {
          document: DOCUMENT,
          clause: 'I.2.a',
          phrase: 'trên 60% tổ chức kinh tế tập thể, hợp tác xã trong lĩnh vực nông nghiệp đạt loại tốt, khá',
          note: 'The text names no total ("trong tổng số"): the share is over the rated organisations; coverage (rated ÷ eligible) is reported beside it.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'I.2.a',
        phrase: 'Bảo đảm trên 60% tổ chức kinh tế tập thể, hợp tác xã trong lĩnh vực nông nghiệp đạt loại tốt, khá',
        seed: SEED,
      },
    },
    {
      id: 'value-chain-share',
      indicator: 'ag-kttt-good-or-fair-and-value-chain-share',
      alternatives: ['ag-kttt-value-chain-share'],
      label: {
        vi: 'Ít nhất 50% tổ chức KTTT, HTX nông nghiệp tham gia liên kết theo chuỗi giá trị',
        en: 'At least 50 % of agricultural collective organisations in value-chain linkage',
      },
      comparator: { kind: '>=', value: 50 },
      deadline: 2030,
      scope: { area: 'VN' },
      grades: {
        denominator: 'rated',
        source: {
          document: DOCUMENT,
          clause: 'I.2.a',
          phrase: 'trong đó có ít nhất 50% tổ chức kinh tế tập thể, hợp tác xã tham gia liên kết theo chuỗi giá trị',
          note: 'The text names no total ("trong tổng số"): the share is over the rated organisations; coverage (rated ÷ eligible) is reported beside it.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'I.2.a',
        phrase: 'trong đó có ít nhất 50% tổ chức kinh tế tập thể, hợp tác xã tham gia liên kết theo chuỗi giá trị',
        seed: SEED,
        note: '"trong đó" (of which): the numerator counts the organisations that are both good or fair and linked, over the same organisations as the good/fair share (issue 16). The other reading — linked organisations of all of them, whatever their grade — is the alternative indicator ag-kttt-value-chain-share.',
      },
    },
    {
      id: 'high-tech-count',
      indicator: 'ag-coop-high-tech-count',
      label: {
        vi: 'Trên 5.000 HTX ứng dụng công nghệ cao vào sản xuất, tiêu thụ sản phẩm nông nghiệp',
        en: 'Over 5,000 co-ops applying high technology to agricultural production and sales',
      },
      comparator: { kind: '>', value: 5000 },
      deadline: 2030,
      scope: { area: 'VN' },
      source: {
        document: DOCUMENT,
        clause: 'I.2.a',
        phrase: 'Có trên 5.000 hợp tác xã ứng dụng công nghệ cao vào sản xuất, tiêu thụ sản phẩm nông nghiệp',
        seed: SEED,
      },
    },
    {
      id: 'effective-share',
      indicator: 'ag-kttt-effective-share',
      label: {
        vi: 'Trên 90% tổ chức KTTT, HTX nông nghiệp hoạt động hiệu quả',
        en: 'Over 90 % of agricultural collective organisations operating effectively',
      },
      comparator: { kind: '>', value: 90 },
      deadline: 2045,
      scope: { area: 'VN' },
      grades: {
        denominator: 'rated',
        source: {
          document: DOCUMENT,
          clause: 'I.2.b',
          phrase: 'trên 90% tổ chức kinh tế tập thể, hợp tác xã trong lĩnh vực nông nghiệp hoạt động hiệu quả',
          note: 'The text names no total ("trong tổng số"): the share is over the rated organisations; coverage (rated ÷ eligible) is reported beside it.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'I.2.b',
        phrase: 'Bảo đảm trên 90% tổ chức kinh tế tập thể, hợp tác xã trong lĩnh vực nông nghiệp hoạt động hiệu quả',
        seed: SEED,
      },
    },
    {
      id: 'linkage-share',
      indicator: 'ag-kttt-effective-and-linkage-share',
      alternatives: ['ag-kttt-value-chain-share'],
      label: {
        vi: 'Ít nhất 75% tổ chức KTTT, HTX nông nghiệp tham gia các chuỗi liên kết',
        en: 'At least 75 % of agricultural collective organisations in linkage chains',
      },
      comparator: { kind: '>=', value: 75 },
      deadline: 2045,
      scope: { area: 'VN' },
      grades: {
        denominator: 'rated',
        source: {
          document: DOCUMENT,
          clause: 'I.2.b',
          phrase: 'trong đó có ít nhất 75% tham gia các chuỗi liên kết',
          note: 'The text names no total ("trong tổng số"): the share is over the rated organisations; coverage (rated ÷ eligible) is reported beside it.',
        },
      },
      source: {
        document: DOCUMENT,
        clause: 'I.2.b',
        phrase: 'trong đó có ít nhất 75% tham gia các chuỗi liên kết',
        seed: SEED,
        note: '"trong đó" (of which): the numerator counts the organisations that are both effective and linked (as in I.2.a); the alternative ag-kttt-value-chain-share counts linked organisations of all of them.',
      },
    },
    {
      id: 'technology-share',
      indicator: 'ag-kttt-technology-share',
      label: {
        vi: 'Các tổ chức KTTT, HTX nông nghiệp đều áp dụng công nghệ, nhất là chuyển đổi số',
        en: 'All agricultural collective organisations apply technology, especially digital transformation',
      },
      comparator: { kind: '=', value: 100 },
      deadline: 2045,
      scope: { area: 'VN' },
      source: {
        document: DOCUMENT,
        clause: 'I.2.b',
        phrase: 'Các tổ chức kinh tế tập thể, hợp tác xã trong lĩnh vực nông nghiệp đều áp dụng công nghệ, nhất là chuyển đổi số vào hoạt động sản xuất kinh doanh, dịch vụ',
        seed: SEED,
      },
    },
  ],
  cycles: ['mard-half-year', 'mard-annual', 'rating-01-2020', 'rating-09-2017'],
  tasks: [...TASKS],
  source: {
    document: DOCUMENT,
    seed: SEED,
    note: 'Cycles: IV.1 sets the half-year report (before 20 June) and the annual report (before 20 December) to MARD. The good/fair and "effective" targets count yearly grades of agricultural co-ops, which come from Circular 01/2020/TT-BKHĐT (all co-ops, December cycle) or Circular 09/2017/TT-BNNPTNT (agricultural co-ops, April cycle); both rating cycles are listed because the plan does not say which. The task appendix ("Chi tiết phân công các nhiệm vụ tại Phụ lục kèm theo") is not in the seed: of section II only II.2.d is encoded as tasks (its lead flagged as unstated), with the assignments of IV.2 (the Department of Cooperative Economy) and IV.3 (the ministry\'s yearly review and rewards); IV.1\'s reports are the cycles. I.2 states that these are the agricultural targets "mà Nghị quyết số 20-NQ/TW và Nghị quyết số 09/NQ-CP đã đề ra".',
  },
} satisfies Plan;
