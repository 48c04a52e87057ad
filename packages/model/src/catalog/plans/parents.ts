import type { Plan } from '../../plan.js';

const NOT_ENCODED =
  'Its targets are not encoded: the text of this document is not in the seed sources, and no numbers are invented.';

/**
 * Party Resolution 20-NQ/TW (16/06/2022, 5th plenum of the 13th Central Committee) on renewing,
 * developing and improving the efficiency of the collective economy in the new period. A parent
 * entry only: its text is not in the seeds, so it has no targets.
 *
 * @example
 * ```ts
 * import { PARTY_20_NQ_TW_2022 } from '@coop/model';
 * PARTY_20_NQ_TW_2022.targets; // []
 * ```
 */
export const PARTY_20_NQ_TW_2022 = {
  id: 'party-20-nq-tw-2022',
  title: {
    vi: 'Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
    en: 'Resolution of the 5th plenum of the 13th Party Central Committee on renewing, developing and improving the efficiency of the collective economy in the new period',
  },
  issuer: { vi: 'Ban Chấp hành Trung ương Đảng', en: 'Party Central Committee' },
  document: {
    number: '20-NQ/TW',
    date: '2022-06-16',
    notes: [
      NOT_ENCODED,
      'Number, date and title as cited in seeds 000, 002, 003 and 004. Seed 000 (I.2) restates the agricultural targets "mà Nghị quyết số 20-NQ/TW và Nghị quyết số 09/NQ-CP đã đề ra"; they are encoded in mard-2803-2023 as read there.',
    ],
  },
  jurisdiction: { level: 'country', area: 'VN', name: { vi: 'Toàn quốc', en: 'Whole country' } },
  parents: [],
  baseYear: 2022,
  targets: [],
  cycles: [],
  tasks: [],
} satisfies Plan;

/**
 * Government Resolution 09/NQ-CP (02/02/2023): the Government's action programme for Party
 * Resolution 20-NQ/TW. A parent entry only (text not in the seeds).
 *
 * @example
 * ```ts
 * import { RESOLUTION_09_NQ_CP_2023 } from '@coop/model';
 * RESOLUTION_09_NQ_CP_2023.parents; // ['party-20-nq-tw-2022']
 * ```
 */
export const RESOLUTION_09_NQ_CP_2023 = {
  id: 'resolution-09-nq-cp-2023',
  title: {
    vi: 'Nghị quyết ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
    en: "Resolution issuing the Government's action programme for Party Resolution 20-NQ/TW on the collective economy in the new period",
  },
  issuer: { vi: 'Chính phủ', en: 'Government' },
  document: {
    number: '09/NQ-CP',
    date: '2023-02-02',
    notes: [NOT_ENCODED, 'Number, date and title as cited in seeds 000 and 002.'],
  },
  jurisdiction: { level: 'country', area: 'VN', name: { vi: 'Toàn quốc', en: 'Whole country' } },
  parents: ['party-20-nq-tw-2022'],
  baseYear: 2023,
  targets: [],
  cycles: [],
  tasks: [],
} satisfies Plan;

/**
 * Government Resolution 106/NQ-CP (18/07/2023) on developing agricultural cooperatives in the
 * restructuring of agriculture and new rural development, which the Quảng Nam and Thái Nguyên plans
 * implement. A parent entry only (text not in the seeds).
 *
 * @example
 * ```ts
 * import { RESOLUTION_106_NQ_CP_2023 } from '@coop/model';
 * RESOLUTION_106_NQ_CP_2023.document.number; // '106/NQ-CP'
 * ```
 */
export const RESOLUTION_106_NQ_CP_2023 = {
  id: 'resolution-106-nq-cp-2023',
  title: {
    vi: 'Nghị quyết về phát triển hợp tác xã nông nghiệp trong tái cơ cấu ngành nông nghiệp và xây dựng nông thôn mới',
    en: 'Resolution on developing agricultural cooperatives in the restructuring of agriculture and new rural development',
  },
  issuer: { vi: 'Chính phủ', en: 'Government' },
  document: {
    number: '106/NQ-CP',
    date: '2023-07-18',
    notes: [
      NOT_ENCODED,
      'Number, date and title as cited in seeds 002 and 004.',
      'Parents 20-NQ/TW and 09/NQ-CP: recorded so that the Quảng Nam and Thái Nguyên plans inherit the national line. The plans implementing 106/NQ-CP require conformity with both (Quảng Nam plan I.2 "Yêu cầu": "phù hợp với quan điểm, mục tiêu Nghị quyết số 20-NQ/TW … Nghị quyết số 09/NQ-CP"); the text of 106/NQ-CP itself was not available here to confirm that it names them (unconfirmed link). (Resolution 134/NQ-CP, appendix II.13, assigned MARD to draft a Government resolution on agricultural co-ops; whether 106/NQ-CP is that resolution is not stated in the seeds.)',
    ],
  },
  jurisdiction: { level: 'country', area: 'VN', name: { vi: 'Toàn quốc', en: 'Whole country' } },
  parents: ['party-20-nq-tw-2022', 'resolution-09-nq-cp-2023'],
  baseYear: 2023,
  targets: [],
  cycles: [],
  tasks: [],
} satisfies Plan;

/**
 * Provincial action programme 155-CTr/TU (21/11/2022) of a provincial Party Standing Committee
 * (province not named in the seed) on Party Resolution 20-NQ/TW, which the district programme
 * implements. A parent entry only (text not in the seeds).
 *
 * @example
 * ```ts
 * import { PROGRAMME_155_CTR_TU_2022 } from '@coop/model';
 * PROGRAMME_155_CTR_TU_2022.document.date; // '2022-11-21'
 * ```
 */
export const PROGRAMME_155_CTR_TU_2022 = {
  id: 'programme-155-ctr-tu-2022',
  title: {
    vi: 'Chương trình hành động của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
    en: 'Provincial Party Standing Committee action programme on Party Resolution 20-NQ/TW on the collective economy in the new period',
  },
  issuer: { vi: 'Ban Thường vụ Tỉnh ủy', en: 'Provincial Party Standing Committee' },
  document: {
    number: '155-CTr/TU',
    date: '2022-11-21',
    notes: [
      NOT_ENCODED,
      'Number, date and issuer as cited in seed 003 ("Chương trình hành động 155-CTr/TU, ngày 21/11/2022 của Ban Ban Thường vụ Tỉnh ủy", "Ban" doubled in the source). The province is not named there and could not be confirmed.',
    ],
  },
  jurisdiction: {
    level: 'province',
    name: { vi: 'Tỉnh (không nêu tên)', en: 'Province (not named)' },
    note: 'The province is not named in the seed, so no area code is given.',
  },
  parents: ['party-20-nq-tw-2022'],
  baseYear: 2022,
  targets: [],
  cycles: [],
  tasks: [],
} satisfies Plan;
