import type { Indicator } from '../indicator.js';

/*
 * The indicators the five seed plans use, as plain data (validated in tests, never at load).
 *
 * Missing-value policies follow one rule, stated in every description:
 * - a count of records where a condition holds uses `skip-if-all-missing`: a record that does not
 *   report the flag or grade is not counted as meeting it (it stays in the denominator), and the side
 *   has no value only when no record reports it at all;
 * - a sum uses `skip-if-any-missing`: a total with holes is not the total (and growth between two
 *   totals with different coverage would be an artefact), so one record without the field leaves the
 *   side without a value and the result names the records to complete;
 * - a mean uses `skip-if-all-missing`: the mean of the records that report the field, with the number
 *   that did not.
 * Share denominators count every record of the population (rated or not, reporting or not), except
 * for grade-based counts and shares (a numerator counting by grade): those count only organisations a
 * rulebook can rate — never cooperative groups, never those the rule exempts — and divide by the rated
 * ones or every eligible one as the target's `grades` reading says (see `@coop/rating`).
 */

const SEED_MARD = '000_15858be1e788aefe.txt';
const SEED_QUANG_NAM = '002_79bcf1625df745b2.txt';
const SEED_DISTRICT = '003_1ec9644633fd383a.txt';
const DOC_MARD = 'Quyết định 2803/QĐ-BNN-KTHT';
const DOC_QUANG_NAM = 'Kế hoạch của UBND tỉnh Quảng Nam thực hiện Nghị quyết 106/NQ-CP';
const DOC_DISTRICT = 'Chương trình hành động của Huyện ủy thực hiện Chương trình 155-CTr/TU';

/** The shape every share over counted organisations has: a count denominator, × 100, 0–100 %. */
const SHARE_OVER_ORGANISATIONS = {
  denominator: { op: 'count', missing: 'skip-if-all-missing' },
  factor: 100,
  unit: 'percent',
  direction: 'higher-is-better',
  bounds: [0, 100],
  externalInputs: [],
} as const satisfies Partial<Indicator>;

/**
 * A share over counted organisations: the fields the indicator spells out, then the shape of
 * {@link SHARE_OVER_ORGANISATIONS}, then its source (the key order every indicator keeps). Written as a
 * call marked pure, not as an object spread at module level, so that a bundle keeps only the indicators
 * it imports (a bundler keeps every module-level spread, as it might run a getter).
 */
const shareOverOrganisations = <T extends Omit<Indicator, keyof typeof SHARE_OVER_ORGANISATIONS>>({ source, ...head }: T) => ({
  ...head,
  ...SHARE_OVER_ORGANISATIONS,
  source,
});

/** Builds an indicator from another one's fields (a call marked pure, for the reason above). */
const derived = <T,>(make: () => T): T => make();

/**
 * Share of agricultural collective economic organisations rated good or fair, over those a rulebook can
 * rate (never cooperative groups; the rated ones unless the target reads "of the total"). Used by MARD
 * 2803 (2030: over 60 %).
 *
 * @example
 * ```ts
 * import { AG_KTTT_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * AG_KTTT_GOOD_OR_FAIR_SHARE.numerator; // { op: 'count', where: { grade: ['good', 'fair'] }, … }
 * ```
 */
export const AG_KTTT_GOOD_OR_FAIR_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-kttt-good-or-fair-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT, HTX trong lĩnh vực nông nghiệp đạt loại tốt, khá',
      en: 'Share of agricultural collective economic organisations rated good or fair',
    },
    description: {
      vi: 'Số HTX, LHHTX nông nghiệp xếp loại tốt hoặc khá chia cho số tổ chức đã được xếp loại trong số tổ chức thuộc diện đánh giá (hoặc cho mọi tổ chức thuộc diện đánh giá, nếu chỉ tiêu ghi "trong tổng số"). Tổ hợp tác không được tính (không bộ tiêu chí nào xếp loại THT), tổ chức được miễn đánh giá cũng vậy; kết quả nêu độ bao phủ. Không có giá trị nếu không tổ chức nào có loại.',
      en: 'Agricultural co-ops and unions rated good or fair, divided by the rated ones among those a rulebook can rate (or by every such organisation where the target says "of the total"). Cooperative groups are never counted (no rulebook rates them), nor are exempt organisations; the result reports coverage. No value when no organisation has a grade.',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'], sectorGroup: 'agriculture' },
    numerator: { op: 'count', where: { grade: ['good', 'fair'] }, missing: 'skip-if-all-missing' },
    source: {
      document: DOC_MARD,
      clause: 'I.2.a',
      phrase: 'trên 60% tổ chức kinh tế tập thể, hợp tác xã trong lĩnh vực nông nghiệp đạt loại tốt, khá',
      seed: SEED_MARD,
    },
}) satisfies Indicator;

/**
 * Share of agricultural collective economic organisations taking part in value-chain linkage, of all
 * of them. Used by MARD 2803 (2030: at least 50 %; 2045: at least 75 % "tham gia các chuỗi liên kết").
 *
 * @example
 * ```ts
 * import { AG_KTTT_VALUE_CHAIN_SHARE } from '@coop/model';
 * AG_KTTT_VALUE_CHAIN_SHARE.unit; // 'percent'
 * ```
 */
export const AG_KTTT_VALUE_CHAIN_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-kttt-value-chain-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT, HTX nông nghiệp tham gia liên kết theo chuỗi giá trị',
      en: 'Share of agricultural collective economic organisations in value-chain linkage',
    },
    description: {
      vi: 'Số tổ chức KTTT nông nghiệp có tham gia liên kết chuỗi giá trị chia cho tổng số tổ chức KTTT nông nghiệp. Tổ chức không báo cáo chỉ tiêu này không được tính là có liên kết; không có giá trị nếu không tổ chức nào báo cáo.',
      en: 'Agricultural collective economic organisations in value-chain linkage, divided by all of them. An organisation that does not report the flag is not counted as linked; no value when none reports it.',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'], sectorGroup: 'agriculture' },
    numerator: { op: 'count', where: { field: 'flags.valueChainLinkage', eq: true }, missing: 'skip-if-all-missing' },
    source: {
      document: DOC_MARD,
      clause: 'I.2.a',
      phrase: 'ít nhất 50% tổ chức kinh tế tập thể, hợp tác xã tham gia liên kết theo chuỗi giá trị',
      seed: SEED_MARD,
      note: '"trong đó" is read as a share of all agricultural collective economic organisations, not of the good/fair ones only.',
    },
}) satisfies Indicator;

/**
 * Number of agricultural cooperatives applying high technology in production and sales. Used by
 * MARD 2803 (2030: over 5 000).
 *
 * @example
 * ```ts
 * import { AG_COOP_HIGH_TECH_COUNT } from '@coop/model';
 * AG_COOP_HIGH_TECH_COUNT.unit; // 'count'
 * ```
 */
export const AG_COOP_HIGH_TECH_COUNT = {
  id: 'ag-coop-high-tech-count',
  label: {
    vi: 'Số HTX nông nghiệp ứng dụng công nghệ cao vào sản xuất, tiêu thụ sản phẩm',
    en: 'Agricultural co-ops applying high technology to production and sales',
  },
  description: {
    vi: 'Đếm HTX nông nghiệp có ứng dụng công nghệ cao. HTX không báo cáo chỉ tiêu này không được đếm; không có giá trị nếu không HTX nào báo cáo.',
    en: 'Counts agricultural co-ops that apply high technology. A co-op that does not report the flag is not counted; no value when none reports it.',
  },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'count', where: { field: 'flags.highTech', eq: true }, missing: 'skip-if-all-missing' },
  factor: 1,
  unit: 'count',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_MARD,
    clause: 'I.2.a',
    phrase: 'Có trên 5.000 hợp tác xã ứng dụng công nghệ cao vào sản xuất, tiêu thụ sản phẩm nông nghiệp',
    seed: SEED_MARD,
  },
} satisfies Indicator;

/**
 * Share of agricultural collective economic organisations operating effectively (the user-chosen
 * "effective" grades, default good or fair), over the rated ones among those a rulebook can rate (never
 * cooperative groups). Used by MARD 2803 (2045: over 90 %).
 *
 * @example
 * ```ts
 * import { AG_KTTT_EFFECTIVE_SHARE } from '@coop/model';
 * AG_KTTT_EFFECTIVE_SHARE.numerator; // { op: 'count', where: { grade: 'effective' }, … }
 * ```
 */
export const AG_KTTT_EFFECTIVE_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-kttt-effective-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT, HTX nông nghiệp hoạt động hiệu quả',
      en: 'Share of agricultural collective economic organisations operating effectively',
    },
    description: {
      vi: '"Hoạt động hiệu quả" không có định nghĩa pháp lý: người dùng chọn các loại được coi là hiệu quả (mặc định tốt, khá) và kết quả nêu rõ lựa chọn đó. Mẫu số là các tổ chức đã được xếp loại trong số tổ chức thuộc diện đánh giá (không tính tổ hợp tác và tổ chức được miễn); kết quả nêu độ bao phủ.',
      en: '"Operating effectively" has no statutory definition: the user chooses which grades count (default good or fair) and the result states the choice. The denominator is the rated organisations among those a rulebook can rate (never cooperative groups, not the exempt); the result reports coverage.',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'], sectorGroup: 'agriculture' },
    numerator: { op: 'count', where: { grade: 'effective' }, missing: 'skip-if-all-missing' },
    source: {
      document: DOC_MARD,
      clause: 'I.2.b',
      phrase: 'trên 90% tổ chức kinh tế tập thể, hợp tác xã trong lĩnh vực nông nghiệp hoạt động hiệu quả',
      seed: SEED_MARD,
    },
}) satisfies Indicator;

/**
 * Share of agricultural collective economic organisations applying technology (high technology or
 * digital transformation), of all of them. Used by MARD 2803 (2045: all of them, "đều áp dụng").
 *
 * @example
 * ```ts
 * import { AG_KTTT_TECHNOLOGY_SHARE } from '@coop/model';
 * AG_KTTT_TECHNOLOGY_SHARE.bounds; // [0, 100]
 * ```
 */
export const AG_KTTT_TECHNOLOGY_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-kttt-technology-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT, HTX nông nghiệp áp dụng công nghệ, nhất là chuyển đổi số',
      en: 'Share of agricultural collective economic organisations applying technology, especially digital transformation',
    },
    description: {
      vi: '"Áp dụng công nghệ" được đọc là có ứng dụng công nghệ cao hoặc có chuyển đổi số. Tổ chức không báo cáo cả hai chỉ tiêu không được tính; mẫu số là mọi tổ chức KTTT nông nghiệp.',
      en: '"Applying technology" is read as applying high technology or digital transformation. An organisation reporting neither flag is not counted; the denominator is every agricultural collective economic organisation.',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'], sectorGroup: 'agriculture' },
    numerator: {
      op: 'count',
      where: { any: [{ field: 'flags.highTech', eq: true }, { field: 'flags.digitalTransformation', eq: true }] },
      missing: 'skip-if-all-missing',
    },
    source: {
      document: DOC_MARD,
      clause: 'I.2.b',
      phrase: 'đều áp dụng công nghệ, nhất là chuyển đổi số vào hoạt động sản xuất kinh doanh, dịch vụ',
      seed: SEED_MARD,
    },
}) satisfies Indicator;

/**
 * Share of agricultural cooperatives rated good or fair, over the agricultural co-ops a rulebook can
 * rate: every one, rated or not, where the target reads "trong tổng số HTX nông nghiệp" (Quảng Nam,
 * ≥ 50 %), else the rated ones (Thái Nguyên 42/KH-UBND, ≥ 60 %) — the target's `grades.denominator`.
 *
 * @example
 * ```ts
 * import { AG_COOP_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * AG_COOP_GOOD_OR_FAIR_SHARE.denominator; // { op: 'count', … }: narrowed by the target's grades reading
 * ```
 */
export const AG_COOP_GOOD_OR_FAIR_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-coop-good-or-fair-share',
    label: {
      vi: 'Tỷ lệ HTX nông nghiệp đạt loại tốt, khá',
      en: 'Share of agricultural co-ops rated good or fair',
    },
    description: {
      vi: 'Số HTX nông nghiệp xếp loại tốt hoặc khá chia cho số HTX nông nghiệp thuộc diện đánh giá — kể cả HTX chưa xếp loại khi chỉ tiêu ghi "trong tổng số HTX nông nghiệp", nếu không thì chỉ các HTX đã xếp loại. HTX được miễn đánh giá không được tính; kết quả nêu độ bao phủ; không có giá trị nếu không HTX nào có loại.',
      en: 'Agricultural co-ops rated good or fair divided by the agricultural co-ops a rulebook can rate — rated or not where the target says "trong tổng số HTX nông nghiệp", otherwise the rated ones. Exempt co-ops are left out; the result reports coverage; no value when no co-op has a grade.',
    },
    population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
    numerator: { op: 'count', where: { grade: ['good', 'fair'] }, missing: 'skip-if-all-missing' },
    source: {
      document: DOC_QUANG_NAM,
      clause: 'II, gạch đầu dòng 1',
      phrase: 'đạt loại tốt, khá chiếm từ 50% trở lên trong tổng số HTX nông nghiệp trên toàn tỉnh',
      seed: SEED_QUANG_NAM,
    },
}) satisfies Indicator;

/**
 * Number of agricultural cooperatives recognised as models (mô hình HTX điển hình). Used by Quảng Nam
 * (≥ 5), Thái Nguyên (≥ 9, and at least one in every district).
 *
 * @example
 * ```ts
 * import { AG_MODEL_COOP_COUNT } from '@coop/model';
 * AG_MODEL_COOP_COUNT.numerator.where; // { field: 'flags.modelCooperative', eq: true }
 * ```
 */
export const AG_MODEL_COOP_COUNT = {
  id: 'ag-model-coop-count',
  label: {
    vi: 'Số mô hình HTX nông nghiệp điển hình, hoạt động hiệu quả',
    en: 'Model agricultural co-ops',
  },
  description: {
    vi: 'Đếm HTX nông nghiệp được công nhận/lựa chọn là mô hình điển hình. HTX không báo cáo chỉ tiêu này không được đếm; không có giá trị nếu không HTX nào báo cáo.',
    en: 'Counts agricultural co-ops recognised or selected as models. A co-op that does not report the flag is not counted; no value when none reports it.',
  },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'count', where: { field: 'flags.modelCooperative', eq: true }, missing: 'skip-if-all-missing' },
  factor: 1,
  unit: 'count',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_QUANG_NAM,
    clause: 'II, gạch đầu dòng 2',
    phrase: 'Xây dựng ít nhất 05 mô hình HTX nông nghiệp điển hình hoạt động hiệu quả',
    seed: SEED_QUANG_NAM,
  },
} satisfies Indicator;

/**
 * Mean yearly revenue per agricultural cooperative (VND). Used by Quảng Nam and Thái Nguyên
 * (≥ 5 000 000 000 VND per year).
 *
 * @example
 * ```ts
 * import { AG_COOP_MEAN_REVENUE } from '@coop/model';
 * AG_COOP_MEAN_REVENUE.unit; // 'vnd'
 * ```
 */
export const AG_COOP_MEAN_REVENUE = {
  id: 'ag-coop-mean-revenue',
  label: {
    vi: 'Doanh thu bình quân/HTX nông nghiệp/năm',
    en: 'Mean yearly revenue per agricultural co-op',
  },
  description: {
    vi: 'Trung bình doanh thu trong năm của các HTX nông nghiệp có báo cáo doanh thu; số HTX thiếu số liệu được nêu trong kết quả. Không có giá trị nếu không HTX nào báo cáo.',
    en: 'Mean revenue in the year over the agricultural co-ops that report it; the number without data is reported. No value when none reports it.',
  },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'mean', field: 'revenue', missing: 'skip-if-all-missing' },
  factor: 1,
  unit: 'vnd',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_QUANG_NAM,
    clause: 'II, gạch đầu dòng 2',
    phrase: 'doanh thu bình quân/HTX nông nghiệp đạt từ 05 tỷ đồng/năm trở lên',
    seed: SEED_QUANG_NAM,
  },
} satisfies Indicator;

/**
 * Member households of agricultural cooperatives as a share of all farm, forestry and fishery
 * households of the area (an external input). Used by Quảng Nam (≥ 30 %).
 *
 * @example
 * ```ts
 * import { AG_MEMBER_HOUSEHOLD_SHARE } from '@coop/model';
 * AG_MEMBER_HOUSEHOLD_SHARE.denominator; // { op: 'external', input: 'farmHouseholds' }
 * ```
 */
export const AG_MEMBER_HOUSEHOLD_SHARE = {
  id: 'ag-member-household-share',
  label: {
    vi: 'Tỷ lệ hộ nông, lâm, ngư nghiệp tham gia thành viên HTX nông nghiệp',
    en: 'Share of farm, forestry and fishery households that are members of agricultural co-ops',
  },
  description: {
    vi: 'Tổng số hộ thành viên của các HTX nông nghiệp chia cho tổng số hộ nông, lâm, ngư nghiệp của địa bàn (đầu vào bên ngoài farmHouseholds). Tổng chỉ có giá trị khi mọi HTX báo cáo số hộ thành viên. Hộ là thành viên của nhiều HTX bị đếm nhiều lần.',
    en: 'Member households of all agricultural co-ops divided by the farm, forestry and fishery households of the area (external input farmHouseholds). The total has a value only when every co-op reports its member households. A household that belongs to several co-ops is counted once per co-op.',
  },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'sum', field: 'memberHouseholds', missing: 'skip-if-any-missing' },
  denominator: { op: 'external', input: 'farmHouseholds' },
  factor: 100,
  unit: 'percent',
  direction: 'higher-is-better',
  bounds: [0, 100],
  externalInputs: [
    {
      name: 'farmHouseholds',
      label: {
        vi: 'Tổng số hộ nông, lâm, ngư nghiệp của địa bàn',
        en: 'Farm, forestry and fishery households of the area',
      },
    },
  ],
  source: {
    document: DOC_QUANG_NAM,
    clause: 'II, gạch đầu dòng 3',
    phrase: 'vận động từ 30% tổng số hộ nông, lâm, ngư nghiệp tham gia thành viên HTX nông nghiệp',
    seed: SEED_QUANG_NAM,
  },
} satisfies Indicator;

/**
 * Product value per hectare of the farm land of agricultural cooperatives (VND per ha). Used by
 * Quảng Nam (growth of at least 10 % over a baseline year supplied at evaluation).
 *
 * @example
 * ```ts
 * import { AG_COOP_VALUE_PER_HA } from '@coop/model';
 * AG_COOP_VALUE_PER_HA.unit; // 'vnd-per-ha'
 * ```
 */
export const AG_COOP_VALUE_PER_HA = {
  id: 'ag-coop-value-per-ha',
  label: {
    vi: 'Giá trị sản phẩm trên một đơn vị diện tích sản xuất nông nghiệp của HTX',
    en: 'Product value per hectare of co-op farm land',
  },
  description: {
    vi: 'Tổng giá trị sản phẩm trên đất sản xuất nông nghiệp của các HTX nông nghiệp chia cho tổng diện tích (ha). Cả hai tổng chỉ có giá trị khi mọi HTX báo cáo, vì so sánh tăng trưởng giữa hai tổng có độ phủ khác nhau sẽ sai lệch.',
    en: 'Total product value of the farm land of agricultural co-ops divided by its total area (ha). Both totals need every co-op to report, since growth between totals of different coverage would be an artefact.',
  },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'sum', field: 'farmLand.productValue', missing: 'skip-if-any-missing' },
  denominator: { op: 'sum', field: 'farmLand.areaHa', missing: 'skip-if-any-missing' },
  factor: 1,
  unit: 'vnd-per-ha',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_QUANG_NAM,
    clause: 'II, gạch đầu dòng 4',
    phrase: 'Giá trị sản phẩm trên một đơn vị diện tích sản xuất nông nghiệp tăng ít nhất 10%',
    seed: SEED_QUANG_NAM,
    note: 'The plan speaks of farm land in general; the indicator measures the farm land of agricultural co-ops, the only land the co-op records describe.',
  },
} satisfies Indicator;

/**
 * Total yearly revenue of agricultural cooperatives (VND). Used by Quảng Nam (grows at least 5 % a
 * year).
 *
 * @example
 * ```ts
 * import { AG_COOP_TOTAL_REVENUE } from '@coop/model';
 * AG_COOP_TOTAL_REVENUE.numerator; // { op: 'sum', field: 'revenue', missing: 'skip-if-any-missing' }
 * ```
 */
export const AG_COOP_TOTAL_REVENUE = {
  id: 'ag-coop-total-revenue',
  label: {
    vi: 'Tổng doanh thu của các HTX nông nghiệp',
    en: 'Total revenue of agricultural co-ops',
  },
  description: {
    vi: 'Tổng doanh thu trong năm của các HTX nông nghiệp. Chỉ có giá trị khi mọi HTX báo cáo doanh thu: tăng trưởng giữa hai tổng thiếu số liệu khác nhau là giả.',
    en: 'Total revenue in the year of agricultural co-ops. Has a value only when every co-op reports revenue: growth between two totals with different gaps is spurious.',
  },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'sum', field: 'revenue', missing: 'skip-if-any-missing' },
  factor: 1,
  unit: 'vnd',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_QUANG_NAM,
    clause: 'II, gạch đầu dòng 4',
    phrase: 'doanh thu tăng ít nhất 5%/năm',
    seed: SEED_QUANG_NAM,
  },
} satisfies Indicator;

/**
 * Share of agricultural cooperatives linked with an enterprise that buys their products, of all
 * agricultural cooperatives. Used by Quảng Nam (≈ 30 %) and the district programme (≥ 60 %).
 *
 * @example
 * ```ts
 * import { AG_COOP_ENTERPRISE_LINKED_SHARE } from '@coop/model';
 * AG_COOP_ENTERPRISE_LINKED_SHARE.numerator.where; // { field: 'flags.enterpriseLinked', eq: true }
 * ```
 */
export const AG_COOP_ENTERPRISE_LINKED_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-coop-enterprise-linked-share',
    label: {
      vi: 'Tỷ lệ HTX nông nghiệp có liên kết với doanh nghiệp tiêu thụ sản phẩm',
      en: 'Share of agricultural co-ops linked with an enterprise buying their products',
    },
    description: {
      vi: 'Số HTX nông nghiệp có liên kết với doanh nghiệp tiêu thụ sản phẩm chia cho tổng số HTX nông nghiệp. HTX không báo cáo chỉ tiêu này không được tính là có liên kết.',
      en: 'Agricultural co-ops linked with an enterprise that buys their products, divided by all agricultural co-ops. A co-op that does not report the flag is not counted as linked.',
    },
    population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
    numerator: { op: 'count', where: { field: 'flags.enterpriseLinked', eq: true }, missing: 'skip-if-all-missing' },
    source: {
      document: DOC_QUANG_NAM,
      clause: 'II, gạch đầu dòng 4',
      phrase: 'HTX nông nghiệp có liên kết với doanh nghiệp tiêu thụ sản phẩm nông nghiệp',
      seed: SEED_QUANG_NAM,
    },
}) satisfies Indicator;

/**
 * Agricultural cooperatives owning an OCOP-registered product, as a share of all OCOP subjects of the
 * area (an external input). Used by Quảng Nam (over 30 %).
 *
 * @example
 * ```ts
 * import { AG_COOP_OCOP_SUBJECT_SHARE } from '@coop/model';
 * AG_COOP_OCOP_SUBJECT_SHARE.externalInputs[0]?.name; // 'ocopSubjects'
 * ```
 */
export const AG_COOP_OCOP_SUBJECT_SHARE = {
  id: 'ag-coop-ocop-subject-share',
  label: {
    vi: 'Tỷ lệ chủ thể OCOP là HTX nông nghiệp',
    en: 'Share of OCOP subjects that are agricultural co-ops',
  },
  description: {
    vi: 'Số HTX nông nghiệp có sản phẩm đăng ký chương trình OCOP chia cho tổng số chủ thể OCOP của địa bàn (doanh nghiệp, HTX, THT, hộ sản xuất; đầu vào bên ngoài ocopSubjects). HTX không báo cáo chỉ tiêu này không được đếm.',
    en: 'Agricultural co-ops with a product registered in the OCOP programme divided by all OCOP subjects of the area (enterprises, co-ops, groups, households; external input ocopSubjects). A co-op that does not report the flag is not counted.',
  },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'count', where: { field: 'flags.ocopProduct', eq: true }, missing: 'skip-if-all-missing' },
  denominator: { op: 'external', input: 'ocopSubjects' },
  factor: 100,
  unit: 'percent',
  direction: 'higher-is-better',
  bounds: [0, 100],
  externalInputs: [
    {
      name: 'ocopSubjects',
      label: {
        vi: 'Tổng số chủ thể có sản phẩm đăng ký chương trình OCOP của địa bàn',
        en: 'Subjects (enterprises, co-ops, groups, households) with a product registered in OCOP in the area',
      },
    },
  ],
  source: {
    document: DOC_QUANG_NAM,
    clause: 'II, gạch đầu dòng 4',
    phrase: 'trên 30% chủ thể là HTX nông nghiệp có sản phẩm đăng ký chương trình OCOP',
    seed: SEED_QUANG_NAM,
    note: 'Denominator reading: "chủ thể" is the OCOP programme\'s term for the owner of an OCOP product, so the phrase is read as "over 30 % of OCOP subjects are agricultural co-ops" and divides by all OCOP subjects of the province (external input). The other reading, "over 30 % of agricultural co-ops own an OCOP product", would divide by all agricultural co-ops; it is not encoded.',
  },
} satisfies Indicator;

/**
 * Share of agricultural cooperatives applying high technology or good agricultural practice (GAP,
 * VietGAP, organic), of all agricultural cooperatives. Used by Quảng Nam (≥ 15 %) and Thái Nguyên
 * (> 25 %).
 *
 * @example
 * ```ts
 * import { AG_COOP_HIGH_TECH_OR_GAP_SHARE } from '@coop/model';
 * AG_COOP_HIGH_TECH_OR_GAP_SHARE.unit; // 'percent'
 * ```
 */
export const AG_COOP_HIGH_TECH_OR_GAP_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-coop-high-tech-or-gap-share',
    label: {
      vi: 'Tỷ lệ HTX nông nghiệp ứng dụng công nghệ cao hoặc áp dụng thực hành nông nghiệp tốt (GAP)',
      en: 'Share of agricultural co-ops applying high technology or good agricultural practice (GAP)',
    },
    description: {
      vi: 'Số HTX nông nghiệp có ứng dụng công nghệ cao hoặc có chứng nhận GAP/VietGAP/hữu cơ chia cho tổng số HTX nông nghiệp. Kinh tế xanh, tuần hoàn, tri thức không có trường dữ liệu riêng nên không được đo. HTX không báo cáo cả hai chỉ tiêu không được tính.',
      en: 'Agricultural co-ops applying high technology or holding GAP / VietGAP / organic certification, divided by all agricultural co-ops. Green, circular and knowledge economy have no record field and are not measured. A co-op reporting neither flag is not counted.',
    },
    population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
    numerator: {
      op: 'count',
      where: { any: [{ field: 'flags.highTech', eq: true }, { field: 'flags.gapCertified', eq: true }] },
      missing: 'skip-if-all-missing',
    },
    source: {
      document: DOC_QUANG_NAM,
      clause: 'II, gạch đầu dòng 5',
      phrase: 'HTX nông nghiệp ứng dụng công nghệ cao, áp dụng biện pháp thực hành nông nghiệp tốt (GAP)',
      seed: SEED_QUANG_NAM,
    },
}) satisfies Indicator;

/**
 * Share of agricultural cooperative managers (board of directors, management board, supervisors)
 * trained in the cooperative director programme. Used by Quảng Nam (≈ 20 %) and Thái Nguyên (≈ 30 %).
 *
 * @example
 * ```ts
 * import { AG_COOP_MANAGERS_TRAINED_SHARE } from '@coop/model';
 * AG_COOP_MANAGERS_TRAINED_SHARE.denominator; // { op: 'sum', field: 'managers.total', … }
 * ```
 */
export const AG_COOP_MANAGERS_TRAINED_SHARE = {
  id: 'ag-coop-managers-trained-share',
  label: {
    vi: 'Tỷ lệ cán bộ quản lý HTX nông nghiệp được đào tạo nghề giám đốc HTX',
    en: 'Share of agricultural co-op managers trained in the co-op director programme',
  },
  description: {
    vi: 'Tổng số cán bộ quản lý (Ban giám đốc, HĐQT, Ban kiểm soát) đã qua chương trình đào tạo giám đốc HTX chia cho tổng số cán bộ quản lý của các HTX nông nghiệp. Mỗi tổng chỉ có giá trị khi mọi HTX báo cáo.',
    en: 'Managers (directors, management board, supervisors) trained in the co-op director programme divided by all managers of agricultural co-ops. Each total has a value only when every co-op reports it.',
  },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'sum', field: 'managers.directorProgrammeTrained', missing: 'skip-if-any-missing' },
  denominator: { op: 'sum', field: 'managers.total', missing: 'skip-if-any-missing' },
  factor: 100,
  unit: 'percent',
  direction: 'higher-is-better',
  bounds: [0, 100],
  externalInputs: [],
  source: {
    document: DOC_QUANG_NAM,
    clause: 'II, gạch đầu dòng 6',
    phrase: 'được đào tạo nghề giám đốc HTX nông nghiệp theo chương trình đào tạo của Bộ Nông nghiệp và Phát triển nông thôn',
    seed: SEED_QUANG_NAM,
  },
} satisfies Indicator;

/**
 * Number of cooperative groups (tổ hợp tác) in the area, every sector. Used by the district
 * programme (2030: 20–25).
 *
 * @example
 * ```ts
 * import { COOP_GROUP_COUNT } from '@coop/model';
 * COOP_GROUP_COUNT.population; // { kinds: ['cooperative-group'] }
 * ```
 */
export const COOP_GROUP_COUNT = {
  id: 'coop-group-count',
  label: { vi: 'Số tổ hợp tác', en: 'Cooperative groups' },
  description: {
    vi: 'Đếm mọi tổ hợp tác có bản ghi trong năm, mọi lĩnh vực.',
    en: 'Counts every cooperative group with a record in the year, any sector.',
  },
  population: { kinds: ['cooperative-group'] },
  numerator: { op: 'count', missing: 'skip-if-all-missing' },
  factor: 1,
  unit: 'count',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_DISTRICT,
    clause: 'II.1',
    phrase: 'Toàn huyện có khoảng 20-25 tổ hợp tác',
    seed: SEED_DISTRICT,
  },
} satisfies Indicator;

/**
 * Members of cooperative groups (sum of official members). Used by the district programme
 * (2030: 200–250).
 *
 * @example
 * ```ts
 * import { COOP_GROUP_MEMBERS } from '@coop/model';
 * COOP_GROUP_MEMBERS.unit; // 'members'
 * ```
 */
export const COOP_GROUP_MEMBERS = {
  id: 'coop-group-members',
  label: { vi: 'Số thành viên tổ hợp tác', en: 'Members of cooperative groups' },
  description: {
    vi: 'Tổng số thành viên (chính thức) của các tổ hợp tác. Chỉ có giá trị khi mọi tổ hợp tác báo cáo số thành viên: một tổng thiếu số liệu không phải là tổng.',
    en: 'Sum of the (official) members of cooperative groups. Has a value only when every group reports its members: a total with gaps is not the total.',
  },
  population: { kinds: ['cooperative-group'] },
  numerator: { op: 'sum', field: 'officialMembers', missing: 'skip-if-any-missing' },
  factor: 1,
  unit: 'members',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_DISTRICT,
    clause: 'II.1',
    phrase: 'Toàn huyện có khoảng 20-25 tổ hợp tác, với khoảng 200-250 thành viên',
    seed: SEED_DISTRICT,
  },
} satisfies Indicator;

/** The start date chosen for "thành lập mới" in the district programme: the date of 155-CTr/TU. */
const NEW_COOP_SINCE = '2022-11-21';

/**
 * Number of cooperatives founded on or after 21/11/2022 (the date of provincial programme
 * 155-CTr/TU, the district programme's own date not being in the text). Used by the district
 * programme (2030: 5–7 new co-ops).
 *
 * @example
 * ```ts
 * import { COOP_NEW_SINCE_2022_11_21_COUNT } from '@coop/model';
 * COOP_NEW_SINCE_2022_11_21_COUNT.population.where; // { field: 'foundedOn', gte: '2022-11-21' }
 * ```
 */
export const COOP_NEW_SINCE_2022_11_21_COUNT = {
  id: 'coop-new-since-2022-11-21-count',
  label: {
    vi: 'Số HTX thành lập mới từ ngày 21/11/2022',
    en: 'Co-ops founded since 21 November 2022',
  },
  description: {
    vi: 'Đếm HTX (mọi lĩnh vực) có ngày thành lập từ 21/11/2022 (ngày ban hành Chương trình 155-CTr/TU; văn bản của huyện không ghi ngày) và còn bản ghi trong năm. HTX không có ngày thành lập không được đếm.',
    en: 'Counts co-ops (any sector) founded on or after 21/11/2022 (the date of programme 155-CTr/TU; the district text carries no date) that still have a record in the year. A co-op without a founding date is not counted.',
  },
  population: { kinds: ['cooperative'], where: { field: 'foundedOn', gte: NEW_COOP_SINCE } },
  numerator: { op: 'count', missing: 'skip-if-all-missing' },
  factor: 1,
  unit: 'count',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_DISTRICT,
    clause: 'II.1',
    phrase: 'thành lập mới 05-7 hợp tác xã',
    seed: SEED_DISTRICT,
    note: 'Start date of "thành lập mới": 2022-11-21, the date of provincial programme 155-CTr/TU that the district programme implements (the district programme\'s own date is not in the text).',
  },
} satisfies Indicator;

/**
 * Official members of the cooperatives founded on or after 21/11/2022. Used by the district
 * programme (2030: 50–70).
 *
 * @example
 * ```ts
 * import { COOP_NEW_SINCE_2022_11_21_MEMBERS } from '@coop/model';
 * COOP_NEW_SINCE_2022_11_21_MEMBERS.numerator.field; // 'officialMembers'
 * ```
 */
export const COOP_NEW_SINCE_2022_11_21_MEMBERS = {
  id: 'coop-new-since-2022-11-21-members',
  label: {
    vi: 'Số thành viên của các HTX thành lập mới từ ngày 21/11/2022',
    en: 'Members of the co-ops founded since 21 November 2022',
  },
  description: {
    vi: 'Tổng số thành viên chính thức của các HTX thành lập từ 21/11/2022. Chỉ có giá trị khi mọi HTX đó báo cáo số thành viên.',
    en: 'Sum of the official members of the co-ops founded on or after 21/11/2022. Has a value only when each of them reports its members.',
  },
  population: { kinds: ['cooperative'], where: { field: 'foundedOn', gte: NEW_COOP_SINCE } },
  numerator: { op: 'sum', field: 'officialMembers', missing: 'skip-if-any-missing' },
  factor: 1,
  unit: 'members',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_DISTRICT,
    clause: 'II.1',
    phrase: 'thành lập mới 05-7 hợp tác xã với khoảng 50-70 thành viên',
    seed: SEED_DISTRICT,
    note: 'Same start date as coop-new-since-2022-11-21-count.',
  },
} satisfies Indicator;

/**
 * Number of unions of cooperatives (liên hiệp HTX) in the area. Used by the district programme
 * (2030: at least one).
 *
 * @example
 * ```ts
 * import { UNION_COUNT } from '@coop/model';
 * UNION_COUNT.population; // { kinds: ['union'] }
 * ```
 */
export const UNION_COUNT = {
  id: 'union-count',
  label: { vi: 'Số liên hiệp hợp tác xã', en: 'Unions of cooperatives' },
  description: {
    vi: 'Đếm mọi liên hiệp HTX có bản ghi trong năm. "Phát triển ít nhất 01 liên hiệp" được đọc là có ít nhất một liên hiệp, không nhất thiết thành lập mới (khác với "thành lập mới" HTX).',
    en: 'Counts every union with a record in the year. "Phát triển ít nhất 01 liên hiệp" is read as at least one union existing, not necessarily newly founded (unlike the co-ops, which the text says are "newly founded").',
  },
  population: { kinds: ['union'] },
  numerator: { op: 'count', missing: 'skip-if-all-missing' },
  factor: 1,
  unit: 'count',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_DISTRICT,
    clause: 'II.1',
    phrase: 'phát triển ít nhất 01 liên hiệp hợp tác xã',
    seed: SEED_DISTRICT,
  },
} satisfies Indicator;

/**
 * Share of all collective economic organisations (groups, co-ops, unions, every sector) rated good or
 * fair. Used by the district programme (2030: over 60 %).
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * KTTT_GOOD_OR_FAIR_SHARE.population.kinds; // ['cooperative-group', 'cooperative', 'union']
 * ```
 */
export const KTTT_GOOD_OR_FAIR_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'kttt-good-or-fair-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT đạt loại tốt, khá',
      en: 'Share of collective economic organisations rated good or fair',
    },
    description: {
      vi: 'Số HTX, LHHTX (mọi lĩnh vực) xếp loại tốt hoặc khá chia cho số tổ chức đã xếp loại trong số tổ chức thuộc diện đánh giá trên địa bàn (hoặc mọi tổ chức thuộc diện, nếu chỉ tiêu ghi "trong tổng số"). Tổ hợp tác và tổ chức được miễn đánh giá không được tính; kết quả nêu độ bao phủ.',
      en: 'Co-ops and unions (any sector) rated good or fair divided by the rated ones among those a rulebook can rate in the area (or every such organisation where the target says "of the total"). Cooperative groups and exempt organisations are left out; the result reports coverage.',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'] },
    numerator: { op: 'count', where: { grade: ['good', 'fair'] }, missing: 'skip-if-all-missing' },
    source: {
      document: DOC_DISTRICT,
      clause: 'II.1',
      phrase: 'Bảo đảm trên 60% tổ chức kinh tế tập thể trên địa bàn đạt loại tốt, khá',
      seed: SEED_DISTRICT,
    },
}) satisfies Indicator;

/**
 * Number of cooperatives rated weak (Yếu), every sector. Used by the district programme
 * (2030: none left).
 *
 * @example
 * ```ts
 * import { COOP_WEAK_COUNT } from '@coop/model';
 * COOP_WEAK_COUNT.direction; // 'lower-is-better'
 * ```
 */
export const COOP_WEAK_COUNT = {
  id: 'coop-weak-count',
  label: { vi: 'Số HTX yếu kém', en: 'Weak co-ops' },
  description: {
    vi: 'Đếm HTX xếp loại yếu. HTX chưa xếp loại không được đếm là yếu (kết quả nêu số HTX chưa có loại); không có giá trị nếu không HTX nào có loại, vì "không còn HTX yếu" không thể kết luận khi chưa xếp loại.',
    en: 'Counts co-ops rated weak. An unrated co-op is not counted as weak (the result reports how many lack a grade); no value when no co-op has a grade, since "no weak co-ops left" cannot be concluded without ratings.',
  },
  population: { kinds: ['cooperative'] },
  numerator: { op: 'count', where: { grade: ['weak'] }, missing: 'skip-if-all-missing' },
  factor: 1,
  unit: 'count',
  direction: 'lower-is-better',
  externalInputs: [],
  source: {
    document: DOC_DISTRICT,
    clause: 'II.1',
    phrase: 'không còn hợp tác xã yếu kém',
    seed: SEED_DISTRICT,
    note: '"Yếu kém" (weak and failing) is measured by the grade Yếu; co-ops that have stopped operating are not a grade and are not counted here.',
  },
} satisfies Indicator;

/**
 * Number of agricultural cooperatives and cooperative groups applying high technology. Used by the
 * district programme (2030: about 1–2).
 *
 * @example
 * ```ts
 * import { AG_COOP_AND_GROUP_HIGH_TECH_COUNT } from '@coop/model';
 * AG_COOP_AND_GROUP_HIGH_TECH_COUNT.population.kinds; // ['cooperative-group', 'cooperative']
 * ```
 */
export const AG_COOP_AND_GROUP_HIGH_TECH_COUNT = {
  id: 'ag-coop-and-group-high-tech-count',
  label: {
    vi: 'Số HTX và tổ hợp tác nông nghiệp ứng dụng công nghệ cao',
    en: 'Agricultural co-ops and cooperative groups applying high technology',
  },
  description: {
    vi: 'Đếm HTX và tổ hợp tác trong lĩnh vực nông nghiệp có ứng dụng công nghệ cao vào sản xuất, tiêu thụ nông sản. Tổ chức không báo cáo chỉ tiêu này không được đếm.',
    en: 'Counts agricultural co-ops and cooperative groups applying high technology to production and sales. An organisation that does not report the flag is not counted.',
  },
  population: { kinds: ['cooperative-group', 'cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'count', where: { field: 'flags.highTech', eq: true }, missing: 'skip-if-all-missing' },
  factor: 1,
  unit: 'count',
  direction: 'higher-is-better',
  externalInputs: [],
  source: {
    document: DOC_DISTRICT,
    clause: 'II.1',
    phrase: 'HTX và tổ hợp tác ứng dụng công nghệ cao vào sản xuất, tiêu thụ nông sản',
    seed: SEED_DISTRICT,
  },
} satisfies Indicator;

/**
 * Members of all collective economic organisations as a share of the area's population (an external
 * input). Used by the district programme (2045: at least 20 %).
 *
 * @example
 * ```ts
 * import { KTTT_MEMBER_POPULATION_SHARE } from '@coop/model';
 * KTTT_MEMBER_POPULATION_SHARE.denominator; // { op: 'external', input: 'population' }
 * ```
 */
export const KTTT_MEMBER_POPULATION_SHARE = {
  id: 'kttt-member-population-share',
  label: {
    vi: 'Tỷ lệ dân số tham gia các tổ chức kinh tế tập thể',
    en: 'Share of the population taking part in collective economic organisations',
  },
  description: {
    vi: 'Tổng số thành viên chính thức của mọi tổ chức KTTT chia cho dân số của địa bàn (đầu vào bên ngoài population). Thành viên liên kết không được cộng (một tổng chỉ đọc một trường); người là thành viên của nhiều tổ chức bị đếm nhiều lần. Chỉ có giá trị khi mọi tổ chức báo cáo số thành viên.',
    en: 'Official members of every collective economic organisation divided by the population of the area (external input population). Associate members are not added (an aggregate reads one field); a person in several organisations is counted once per organisation. Has a value only when every organisation reports its members.',
  },
  population: { kinds: ['cooperative-group', 'cooperative', 'union'] },
  numerator: { op: 'sum', field: 'officialMembers', missing: 'skip-if-any-missing' },
  denominator: { op: 'external', input: 'population' },
  factor: 100,
  unit: 'percent',
  direction: 'higher-is-better',
  bounds: [0, 100],
  externalInputs: [{ name: 'population', label: { vi: 'Dân số của địa bàn', en: 'Population of the area' } }],
  source: {
    document: DOC_DISTRICT,
    clause: 'II.2',
    phrase: 'thu hút tối thiểu 20% dân số tham gia các tổ chức kinh tế tập thể',
    seed: SEED_DISTRICT,
  },
} satisfies Indicator;

/**
 * Share of collective economic organisations operating effectively (user-chosen grades, default good
 * or fair), over those a rulebook can rate (never cooperative groups; the rated ones unless the target
 * reads "of the total"). Used by the district programme (2045: over 90 %).
 *
 * @example
 * ```ts
 * import { KTTT_EFFECTIVE_SHARE } from '@coop/model';
 * KTTT_EFFECTIVE_SHARE.numerator.where; // { grade: 'effective' }
 * ```
 */
export const KTTT_EFFECTIVE_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'kttt-effective-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT hoạt động hiệu quả',
      en: 'Share of collective economic organisations operating effectively',
    },
    description: {
      vi: 'Người dùng chọn các loại được coi là "hoạt động hiệu quả" (mặc định tốt, khá). Mẫu số là các tổ chức đã được xếp loại trong số tổ chức thuộc diện đánh giá trên địa bàn (hoặc mọi tổ chức thuộc diện, nếu chỉ tiêu ghi "trong tổng số"). Tổ hợp tác và tổ chức được miễn đánh giá không được tính; kết quả nêu độ bao phủ.',
      en: 'The user chooses which grades count as "operating effectively" (default good or fair). The denominator is the rated organisations among those a rulebook can rate in the area (or every such organisation where the target says "of the total"). Cooperative groups and exempt organisations are left out; the result reports coverage.',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'] },
    numerator: { op: 'count', where: { grade: 'effective' }, missing: 'skip-if-all-missing' },
    source: {
      document: DOC_DISTRICT,
      clause: 'II.2',
      phrase: 'Bảo đảm trên 90% tổ chức kinh tế tập thể hoạt động hiệu quả',
      seed: SEED_DISTRICT,
    },
}) satisfies Indicator;

/**
 * Share of all collective economic organisations taking part in linkage chains. Used by the district
 * programme (2045: at least 75 %).
 *
 * @example
 * ```ts
 * import { KTTT_VALUE_CHAIN_SHARE } from '@coop/model';
 * KTTT_VALUE_CHAIN_SHARE.numerator.where; // { field: 'flags.valueChainLinkage', eq: true }
 * ```
 */
export const KTTT_VALUE_CHAIN_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'kttt-value-chain-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT tham gia các chuỗi liên kết',
      en: 'Share of collective economic organisations in linkage chains',
    },
    description: {
      vi: 'Số tổ chức KTTT (mọi lĩnh vực) tham gia liên kết chuỗi chia cho tổng số tổ chức KTTT trên địa bàn. Tổ chức không báo cáo chỉ tiêu này không được tính là có liên kết.',
      en: 'Collective economic organisations (any sector) in linkage chains divided by all of them in the area. An organisation that does not report the flag is not counted as linked.',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'] },
    numerator: { op: 'count', where: { field: 'flags.valueChainLinkage', eq: true }, missing: 'skip-if-all-missing' },
    source: {
      document: DOC_DISTRICT,
      clause: 'II.2',
      phrase: 'trong đó có ít nhất 75% tham gia các chuỗi liên kết',
      seed: SEED_DISTRICT,
      note: '"trong đó" is read as a share of all collective economic organisations, not of the effective ones only.',
    },
}) satisfies Indicator;

/**
 * Share of cooperatives (every sector) applying technology (high technology or digital
 * transformation). Used by the district programme (2045: all of them).
 *
 * @example
 * ```ts
 * import { COOP_TECHNOLOGY_SHARE } from '@coop/model';
 * COOP_TECHNOLOGY_SHARE.population; // { kinds: ['cooperative'] }
 * ```
 */
export const COOP_TECHNOLOGY_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'coop-technology-share',
    label: {
      vi: 'Tỷ lệ HTX áp dụng công nghệ, nhất là chuyển đổi số',
      en: 'Share of co-ops applying technology, especially digital transformation',
    },
    description: {
      vi: '"Áp dụng công nghệ" được đọc là có ứng dụng công nghệ cao hoặc có chuyển đổi số. Mẫu số là mọi HTX trên địa bàn; HTX không báo cáo cả hai chỉ tiêu không được tính.',
      en: '"Applying technology" is read as applying high technology or digital transformation. The denominator is every co-op of the area; a co-op reporting neither flag is not counted.',
    },
    population: { kinds: ['cooperative'] },
    numerator: {
      op: 'count',
      where: { any: [{ field: 'flags.highTech', eq: true }, { field: 'flags.digitalTransformation', eq: true }] },
      missing: 'skip-if-all-missing',
    },
    source: {
      document: DOC_DISTRICT,
      clause: 'II.2',
      phrase: 'Các hợp tác xã đều áp dụng công nghệ, nhất là chuyển đổi số',
      seed: SEED_DISTRICT,
    },
}) satisfies Indicator;


/** "…hoạt động hiệu quả, trong đó … tham gia các chuỗi liên kết": effective and linked, both. */
const EFFECTIVE_AND_LINKED = {
  op: 'count',
  where: { all: [{ grade: 'effective' }, { field: 'flags.valueChainLinkage', eq: true }] },
  missing: 'skip-if-all-missing',
} as const satisfies Indicator['numerator'];

/**
 * Share of agricultural collective economic organisations rated good or fair **and** taking part in
 * value-chain linkage ("…đạt loại tốt, khá, trong đó có ít nhất 50% … tham gia liên kết theo chuỗi giá
 * trị"): the numerator counts organisations that meet both conditions. A grade-based share: only
 * organisations a rulebook can rate are counted (never cooperative groups). Used by MARD 2803 (2030).
 *
 * @example
 * ```ts
 * import { AG_KTTT_GOOD_OR_FAIR_AND_VALUE_CHAIN_SHARE } from '@coop/model';
 * AG_KTTT_GOOD_OR_FAIR_AND_VALUE_CHAIN_SHARE.numerator.where?.all.length; // 2
 * ```
 */
export const AG_KTTT_GOOD_OR_FAIR_AND_VALUE_CHAIN_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-kttt-good-or-fair-and-value-chain-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT, HTX nông nghiệp đạt loại tốt, khá và tham gia liên kết theo chuỗi giá trị',
      en: 'Share of agricultural collective economic organisations rated good or fair and in value-chain linkage',
    },
    description: {
      vi: 'Tử số: tổ chức vừa đạt loại tốt, khá vừa tham gia liên kết chuỗi giá trị ("trong đó"). Chỉ tính tổ chức được xếp loại theo một bộ tiêu chí (không tính THT, không tính tổ chức được miễn đánh giá); mẫu số theo cách đọc của chỉ tiêu (mặc định: số đã xếp loại).',
      en: 'Numerator: organisations both rated good or fair and in value-chain linkage ("of which"). Only organisations a rulebook can rate count (no cooperative groups, none exempt from rating); the denominator follows the target\'s reading (default: the rated ones).',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'], sectorGroup: 'agriculture' },
    numerator: {
      op: 'count',
      where: { all: [{ grade: ['good', 'fair'] }, { field: 'flags.valueChainLinkage', eq: true }] },
      missing: 'skip-if-all-missing',
    },
    source: {
      document: DOC_MARD,
      clause: 'I.2.a',
      phrase: 'đạt loại tốt, khá, trong đó có ít nhất 50% tổ chức kinh tế tập thể, hợp tác xã tham gia liên kết theo chuỗi giá trị',
      seed: SEED_MARD,
      note: '"trong đó" (of which): the organisations counted meet both conditions — good or fair, and linked.',
    },
}) satisfies Indicator;

/**
 * Share of agricultural collective economic organisations operating effectively (user-chosen grades,
 * default good or fair) **and** in linkage chains ("…hoạt động hiệu quả, trong đó có ít nhất 75% tham
 * gia các chuỗi liên kết"). Used by MARD 2803 (2045).
 *
 * @example
 * ```ts
 * import { AG_KTTT_EFFECTIVE_AND_LINKAGE_SHARE } from '@coop/model';
 * AG_KTTT_EFFECTIVE_AND_LINKAGE_SHARE.numerator.where?.all[0]; // { grade: 'effective' }
 * ```
 */
export const AG_KTTT_EFFECTIVE_AND_LINKAGE_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'ag-kttt-effective-and-linkage-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT, HTX nông nghiệp hoạt động hiệu quả và tham gia các chuỗi liên kết',
      en: 'Share of agricultural collective economic organisations operating effectively and in linkage chains',
    },
    description: {
      vi: 'Tử số: tổ chức vừa hoạt động hiệu quả (các loại người dùng chọn, mặc định tốt, khá) vừa tham gia chuỗi liên kết ("trong đó"). Chỉ tính tổ chức được xếp loại theo một bộ tiêu chí.',
      en: 'Numerator: organisations both operating effectively (the grades the user chooses, default good or fair) and in linkage chains ("of which"). Only organisations a rulebook can rate count.',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'], sectorGroup: 'agriculture' },
    numerator: EFFECTIVE_AND_LINKED,
    source: {
      document: DOC_MARD,
      clause: 'I.2.b',
      phrase: 'hoạt động hiệu quả, trong đó có ít nhất 75% tham gia các chuỗi liên kết',
      seed: SEED_MARD,
      note: '"trong đó" (of which): the organisations counted meet both conditions — effective, and linked.',
    },
}) satisfies Indicator;

/**
 * Share of collective economic organisations (any sector) operating effectively **and** in linkage
 * chains ("…hoạt động hiệu quả, trong đó có ít nhất 75% tham gia các chuỗi liên kết"). Used by the
 * district programme (2045).
 *
 * @example
 * ```ts
 * import { KTTT_EFFECTIVE_AND_LINKAGE_SHARE } from '@coop/model';
 * KTTT_EFFECTIVE_AND_LINKAGE_SHARE.numerator.where?.all[1]; // { field: 'flags.valueChainLinkage', eq: true }
 * ```
 */
export const KTTT_EFFECTIVE_AND_LINKAGE_SHARE = /* @__PURE__ */ shareOverOrganisations({
    id: 'kttt-effective-and-linkage-share',
    label: {
      vi: 'Tỷ lệ tổ chức KTTT hoạt động hiệu quả và tham gia các chuỗi liên kết',
      en: 'Share of collective economic organisations operating effectively and in linkage chains',
    },
    description: {
      vi: 'Tử số: tổ chức vừa hoạt động hiệu quả vừa tham gia chuỗi liên kết ("trong đó"). Chỉ tính tổ chức được xếp loại theo một bộ tiêu chí (không tính THT).',
      en: 'Numerator: organisations both operating effectively and in linkage chains ("of which"). Only organisations a rulebook can rate count (no cooperative groups).',
    },
    population: { kinds: ['cooperative-group', 'cooperative', 'union'] },
    numerator: EFFECTIVE_AND_LINKED,
    source: {
      document: DOC_DISTRICT,
      clause: 'II.2',
      phrase: 'Bảo đảm trên 90% tổ chức kinh tế tập thể hoạt động hiệu quả, trong đó có ít nhất 75% tham gia các chuỗi liên kết',
      seed: SEED_DISTRICT,
      note: '"trong đó" (of which): the organisations counted meet both conditions — effective, and linked.',
    },
}) satisfies Indicator;

/**
 * Mean yearly revenue over the **model** agricultural cooperatives (VND): the reading of "doanh thu bình
 * quân/HTX NN đạt từ 05 tỷ đồng/năm trở lên" as a property of the model co-ops, in whose list the phrase
 * sits (Quảng Nam II; Thái Nguyên II.2). The targets keep the reading over all agricultural co-ops and
 * name this one as the alternative.
 *
 * @example
 * ```ts
 * import { AG_MODEL_COOP_MEAN_REVENUE } from '@coop/model';
 * AG_MODEL_COOP_MEAN_REVENUE.population.where; // { field: 'flags.modelCooperative', eq: true }
 * ```
 */
export const AG_MODEL_COOP_MEAN_REVENUE = /* @__PURE__ */ derived(() => ({
    // the same mean as AG_COOP_MEAN_REVENUE, over the model co-ops only
    ...AG_COOP_MEAN_REVENUE,
    id: 'ag-model-coop-mean-revenue',
    label: {
      vi: 'Doanh thu bình quân/HTX nông nghiệp điển hình/năm',
      en: 'Mean yearly revenue per model agricultural co-op',
    },
    description: {
      vi: 'Trung bình doanh thu trong năm của các HTX nông nghiệp được công nhận là mô hình điển hình, có báo cáo doanh thu. Không có giá trị nếu không HTX điển hình nào báo cáo.',
      en: 'Mean revenue in the year over the agricultural co-ops recognised as model co-ops that report it. No value when none reports it.',
    },
    population: { ...AG_COOP_MEAN_REVENUE.population, where: { field: 'flags.modelCooperative', eq: true } },
    source: {
      ...AG_COOP_MEAN_REVENUE.source,
      phrase: 'Xây dựng ít nhất 05 mô hình HTX nông nghiệp điển hình hoạt động hiệu quả, có nhiều thành viên tham gia; doanh thu bình quân/HTX nông nghiệp đạt từ 05 tỷ đồng/năm trở lên',
      seed: SEED_QUANG_NAM,
      note: 'The same phrase stands in Plan 42/KH-UBND of Thái Nguyên, II.2, after "ít nhất 09 mô hình HTX NN".',
    },
}) satisfies Indicator);

/**
 * Every indicator the built-in plans use, in catalog order.
 *
 * @example
 * ```ts
 * import { INDICATORS } from '@coop/model';
 * INDICATORS.map((indicator) => indicator.id).includes('ag-coop-good-or-fair-share'); // true
 * ```
 */
export const INDICATORS: readonly Indicator[] = [
  AG_KTTT_GOOD_OR_FAIR_SHARE,
  AG_KTTT_VALUE_CHAIN_SHARE,
  AG_COOP_HIGH_TECH_COUNT,
  AG_KTTT_EFFECTIVE_SHARE,
  AG_KTTT_TECHNOLOGY_SHARE,
  AG_COOP_GOOD_OR_FAIR_SHARE,
  AG_MODEL_COOP_COUNT,
  AG_COOP_MEAN_REVENUE,
  AG_MEMBER_HOUSEHOLD_SHARE,
  AG_COOP_VALUE_PER_HA,
  AG_COOP_TOTAL_REVENUE,
  AG_COOP_ENTERPRISE_LINKED_SHARE,
  AG_COOP_OCOP_SUBJECT_SHARE,
  AG_COOP_HIGH_TECH_OR_GAP_SHARE,
  AG_COOP_MANAGERS_TRAINED_SHARE,
  COOP_GROUP_COUNT,
  COOP_GROUP_MEMBERS,
  COOP_NEW_SINCE_2022_11_21_COUNT,
  COOP_NEW_SINCE_2022_11_21_MEMBERS,
  UNION_COUNT,
  KTTT_GOOD_OR_FAIR_SHARE,
  COOP_WEAK_COUNT,
  AG_COOP_AND_GROUP_HIGH_TECH_COUNT,
  KTTT_MEMBER_POPULATION_SHARE,
  KTTT_EFFECTIVE_SHARE,
  KTTT_VALUE_CHAIN_SHARE,
  COOP_TECHNOLOGY_SHARE,
  AG_KTTT_GOOD_OR_FAIR_AND_VALUE_CHAIN_SHARE,
  AG_KTTT_EFFECTIVE_AND_LINKAGE_SHARE,
  KTTT_EFFECTIVE_AND_LINKAGE_SHARE,
  AG_MODEL_COOP_MEAN_REVENUE,
];

