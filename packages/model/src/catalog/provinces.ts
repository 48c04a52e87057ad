import type { Area } from '../area.js';
import type { Citation } from '../citation.js';
import type { Label } from '../label.js';

/*
 * Viet Nam's province-level units before and after the reform of 1 July 2025, with the statistics
 * office's codes. An area is a code plus a validity period: a code kept by a merged unit appears
 * twice (the former unit, valid to 30/06/2025, naming the code itself as successor; the merged unit,
 * valid from 01/07/2025). Facts and sources: ../shared/data/areas-vn.json (research snapshot); each
 * entry carries its citation in `source` and, when not confirmed by two sources, its `confidence`.
 * No district here: the district table is its own module (`districts.ts`), so that importing the
 * provinces does not pull it into a bundle.
 */

const LAST_DAY = '2025-06-30';
const FIRST_DAY = '2025-07-01';

const PROVINCE: Label = { vi: 'Tỉnh', en: 'province' };
const CITY: Label = { vi: 'Thành phố trực thuộc trung ương', en: 'centrally-run city' };

const GSO_LIST = 'Danh mục và mã số các đơn vị hành chính Việt Nam (Quyết định 124/2004/QĐ-TTg, Tổng cục Thống kê cập nhật)';
const DECISION_19 = 'Quyết định 19/2025/QĐ-TTg ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam';

const BEFORE: Citation = {
  document: GSO_LIST,
  note: 'Code and name as in the statistics office list (snapshot 01/03/2025) and other GSO-derived lists. Closed on 01/07/2025 by Nghị quyết 202/2025/QH15 (adopted 12/06/2025; the merged units operate from 01/07/2025); the successor is the unit formed from it, coded per Quyết định 19/2025/QĐ-TTg.',
};

const UNCHANGED: Citation = {
  document: GSO_LIST,
  note: 'One of the 11 units left unchanged by Nghị quyết 202/2025/QH15; the code is kept by Quyết định 19/2025/QĐ-TTg.',
};

const HUE: Citation = {
  document: 'Nghị quyết 175/2024/QH15 thành lập thành phố Huế trực thuộc trung ương',
  note: 'Tỉnh Thừa Thiên Huế became the centrally-run city of Huế on 01/01/2025, same territory and code 46; unchanged by the 2025 reform.',
};

const DONG_NAI: Citation = {
  document: 'Nghị quyết 30/2026/QH16 thành lập thành phố Đồng Nai trực thuộc trung ương',
  note: 'Single source: effective 30/04/2026, same territory, code 75 reportedly kept (a public code list\'s release notes). The Đồng Nai portal confirms that the proposal went to the 16th National Assembly; the date was not confirmed elsewhere.',
};

/** The citation of a unit formed on 01/07/2025 from the former units `formedFrom`. */
const merged = (formedFrom: string): Citation => ({
  document: DECISION_19,
  note: `Code from 01/07/2025 (Quyết định 19/2025/QĐ-TTg; also Công văn 915/CTK-CSCL). Formed from the former units ${formedFrom} by Nghị quyết 202/2025/QH15; the merged unit takes the code of the former unit where its administrative centre is.`,
});

/** One catalog entry: the English name says the type (`Thai Nguyen province`, `Da Nang city`). */
const area = (
  code: string,
  vi: string,
  en: string,
  type: Label,
  extra: Pick<Area, 'source'> & Partial<Pick<Area, 'validFrom' | 'validTo' | 'successors' | 'confidence'>>,
): Area => ({
  code,
  name: { vi, en: type === CITY ? (en.endsWith('City') ? en : `${en} city`) : `${en} province` },
  level: 'province',
  parent: 'VN',
  ...(extra.validFrom === undefined ? {} : { validFrom: extra.validFrom }),
  ...(extra.validTo === undefined ? {} : { validTo: extra.validTo }),
  successors: extra.successors ?? [],
  type,
  confidence: extra.confidence ?? 'confirmed',
  source: extra.source,
});

/**
 * Viet Nam as an area: the root of {@link VN_PROVINCES}.
 *
 * @example
 * ```ts
 * import { VN_COUNTRY } from '@coop/model';
 * VN_COUNTRY.level; // 'country'
 * ```
 */
export const VN_COUNTRY: Area = {
  code: 'VN',
  name: { vi: 'Việt Nam', en: 'Viet Nam' },
  level: 'country',
  successors: [],
  source: { document: GSO_LIST, note: 'VN is the ISO 3166-1 code of the country; the statistics office numbers provinces only.' },
};

/**
 * Viet Nam's province-level units: the 63 in force until 30/06/2025 and the 34 from 01/07/2025
 * (Nghị quyết 202/2025/QH15; codes of Quyết định 19/2025/QĐ-TTg), each with its validity, successors
 * (a former unit → the unit formed from it), type, confidence and source. A code kept by a merged unit
 * appears twice, one entry per validity period: `19` is the former Thái Nguyên to 30/06/2025 and the
 * merged Thái Nguyên (with Bắc Kạn) from 01/07/2025; seven codes now denote a differently named unit
 * (`15`: Yên Bái → Lào Cai; `24`, `44`, `52`, `80`, `82`, `91`); 29 codes are closed. Also: Huế a
 * centrally-run city from 01/01/2025 (same code); Đồng Nai a centrally-run city from 30/04/2026
 * (single-sourced). Children of {@link VN_COUNTRY}.
 *
 * @example
 * ```ts
 * import { VN_COUNTRY, VN_PROVINCES, areaOn, buildAreaIndex } from '@coop/model';
 * const index = buildAreaIndex([VN_COUNTRY, ...VN_PROVINCES]);
 * areaOn(index, '15', '2025-06-30')?.name.vi; // 'Tỉnh Yên Bái'
 * areaOn(index, '15', '2025-07-01')?.name.vi; // 'Tỉnh Lào Cai'
 * areaOn(index, '06', '2025-07-01'); // undefined — Bắc Kạn is closed
 * ```
 */
export const VN_PROVINCES: readonly Area[] = [
  area('01', 'Thành phố Hà Nội', 'Hanoi', CITY, { source: UNCHANGED }),
  area('02', 'Tỉnh Hà Giang', 'Ha Giang', PROVINCE, { validTo: LAST_DAY, successors: ['08'], source: BEFORE }),
  area('04', 'Tỉnh Cao Bằng', 'Cao Bang', PROVINCE, { source: UNCHANGED }),
  area('06', 'Tỉnh Bắc Kạn', 'Bac Kan', PROVINCE, { validTo: LAST_DAY, successors: ['19'], source: BEFORE }),
  area('08', 'Tỉnh Tuyên Quang', 'Tuyen Quang', PROVINCE, { validTo: LAST_DAY, successors: ['08'], source: BEFORE }),
  area('08', 'Tỉnh Tuyên Quang', 'Tuyen Quang', PROVINCE, { validFrom: FIRST_DAY, source: merged('08, 02') }),
  area('10', 'Tỉnh Lào Cai', 'Lao Cai', PROVINCE, { validTo: LAST_DAY, successors: ['15'], source: BEFORE }),
  area('11', 'Tỉnh Điện Biên', 'Dien Bien', PROVINCE, { source: UNCHANGED }),
  area('12', 'Tỉnh Lai Châu', 'Lai Chau', PROVINCE, { source: UNCHANGED }),
  area('14', 'Tỉnh Sơn La', 'Son La', PROVINCE, { source: UNCHANGED }),
  area('15', 'Tỉnh Yên Bái', 'Yen Bai', PROVINCE, { validTo: LAST_DAY, successors: ['15'], source: BEFORE }),
  area('15', 'Tỉnh Lào Cai', 'Lao Cai', PROVINCE, { validFrom: FIRST_DAY, source: merged('10, 15') }),
  area('17', 'Tỉnh Hòa Bình', 'Hoa Binh', PROVINCE, { validTo: LAST_DAY, successors: ['25'], source: BEFORE }),
  area('19', 'Tỉnh Thái Nguyên', 'Thai Nguyen', PROVINCE, { validTo: LAST_DAY, successors: ['19'], source: BEFORE }),
  area('19', 'Tỉnh Thái Nguyên', 'Thai Nguyen', PROVINCE, { validFrom: FIRST_DAY, source: merged('19, 06') }),
  area('20', 'Tỉnh Lạng Sơn', 'Lang Son', PROVINCE, { source: UNCHANGED }),
  area('22', 'Tỉnh Quảng Ninh', 'Quang Ninh', PROVINCE, { source: UNCHANGED }),
  area('24', 'Tỉnh Bắc Giang', 'Bac Giang', PROVINCE, { validTo: LAST_DAY, successors: ['24'], source: BEFORE }),
  area('24', 'Tỉnh Bắc Ninh', 'Bac Ninh', PROVINCE, { validFrom: FIRST_DAY, source: merged('27, 24') }),
  area('25', 'Tỉnh Phú Thọ', 'Phu Tho', PROVINCE, { validTo: LAST_DAY, successors: ['25'], source: BEFORE }),
  area('25', 'Tỉnh Phú Thọ', 'Phu Tho', PROVINCE, { validFrom: FIRST_DAY, source: merged('25, 26, 17') }),
  area('26', 'Tỉnh Vĩnh Phúc', 'Vinh Phuc', PROVINCE, { validTo: LAST_DAY, successors: ['25'], source: BEFORE }),
  area('27', 'Tỉnh Bắc Ninh', 'Bac Ninh', PROVINCE, { validTo: LAST_DAY, successors: ['24'], source: BEFORE }),
  area('30', 'Tỉnh Hải Dương', 'Hai Duong', PROVINCE, { validTo: LAST_DAY, successors: ['31'], source: BEFORE }),
  area('31', 'Thành phố Hải Phòng', 'Hai Phong', CITY, { validTo: LAST_DAY, successors: ['31'], source: BEFORE }),
  area('31', 'Thành phố Hải Phòng', 'Hai Phong', CITY, { validFrom: FIRST_DAY, source: merged('31, 30') }),
  area('33', 'Tỉnh Hưng Yên', 'Hung Yen', PROVINCE, { validTo: LAST_DAY, successors: ['33'], source: BEFORE }),
  area('33', 'Tỉnh Hưng Yên', 'Hung Yen', PROVINCE, { validFrom: FIRST_DAY, source: merged('33, 34') }),
  area('34', 'Tỉnh Thái Bình', 'Thai Binh', PROVINCE, { validTo: LAST_DAY, successors: ['33'], source: BEFORE }),
  area('35', 'Tỉnh Hà Nam', 'Ha Nam', PROVINCE, { validTo: LAST_DAY, successors: ['37'], source: BEFORE }),
  area('36', 'Tỉnh Nam Định', 'Nam Dinh', PROVINCE, { validTo: LAST_DAY, successors: ['37'], source: BEFORE }),
  area('37', 'Tỉnh Ninh Bình', 'Ninh Binh', PROVINCE, { validTo: LAST_DAY, successors: ['37'], source: BEFORE }),
  area('37', 'Tỉnh Ninh Bình', 'Ninh Binh', PROVINCE, { validFrom: FIRST_DAY, source: merged('37, 35, 36') }),
  area('38', 'Tỉnh Thanh Hóa', 'Thanh Hoa', PROVINCE, { source: UNCHANGED }),
  area('40', 'Tỉnh Nghệ An', 'Nghe An', PROVINCE, { source: UNCHANGED }),
  area('42', 'Tỉnh Hà Tĩnh', 'Ha Tinh', PROVINCE, { source: UNCHANGED }),
  area('44', 'Tỉnh Quảng Bình', 'Quang Binh', PROVINCE, { validTo: LAST_DAY, successors: ['44'], source: BEFORE }),
  area('44', 'Tỉnh Quảng Trị', 'Quang Tri', PROVINCE, { validFrom: FIRST_DAY, source: merged('45, 44') }),
  area('45', 'Tỉnh Quảng Trị', 'Quang Tri', PROVINCE, { validTo: LAST_DAY, successors: ['44'], source: BEFORE }),
  area('46', 'Tỉnh Thừa Thiên Huế', 'Thua Thien Hue', PROVINCE, { validTo: '2024-12-31', successors: ['46'], source: BEFORE }),
  area('46', 'Thành phố Huế', 'Hue', CITY, { validFrom: '2025-01-01', source: HUE }),
  area('48', 'Thành phố Đà Nẵng', 'Da Nang', CITY, { validTo: LAST_DAY, successors: ['48'], source: BEFORE }),
  area('48', 'Thành phố Đà Nẵng', 'Da Nang', CITY, { validFrom: FIRST_DAY, source: merged('48, 49') }),
  area('49', 'Tỉnh Quảng Nam', 'Quang Nam', PROVINCE, { validTo: LAST_DAY, successors: ['48'], source: BEFORE }),
  area('51', 'Tỉnh Quảng Ngãi', 'Quang Ngai', PROVINCE, { validTo: LAST_DAY, successors: ['51'], source: BEFORE }),
  area('51', 'Tỉnh Quảng Ngãi', 'Quang Ngai', PROVINCE, { validFrom: FIRST_DAY, source: merged('51, 62') }),
  area('52', 'Tỉnh Bình Định', 'Binh Dinh', PROVINCE, { validTo: LAST_DAY, successors: ['52'], source: BEFORE }),
  area('52', 'Tỉnh Gia Lai', 'Gia Lai', PROVINCE, { validFrom: FIRST_DAY, source: merged('64, 52') }),
  area('54', 'Tỉnh Phú Yên', 'Phu Yen', PROVINCE, { validTo: LAST_DAY, successors: ['66'], source: BEFORE }),
  area('56', 'Tỉnh Khánh Hòa', 'Khanh Hoa', PROVINCE, { validTo: LAST_DAY, successors: ['56'], source: BEFORE }),
  area('56', 'Tỉnh Khánh Hòa', 'Khanh Hoa', PROVINCE, { validFrom: FIRST_DAY, source: merged('56, 58') }),
  area('58', 'Tỉnh Ninh Thuận', 'Ninh Thuan', PROVINCE, { validTo: LAST_DAY, successors: ['56'], source: BEFORE }),
  area('60', 'Tỉnh Bình Thuận', 'Binh Thuan', PROVINCE, { validTo: LAST_DAY, successors: ['68'], source: BEFORE }),
  area('62', 'Tỉnh Kon Tum', 'Kon Tum', PROVINCE, { validTo: LAST_DAY, successors: ['51'], source: BEFORE }),
  area('64', 'Tỉnh Gia Lai', 'Gia Lai', PROVINCE, { validTo: LAST_DAY, successors: ['52'], source: BEFORE }),
  area('66', 'Tỉnh Đắk Lắk', 'Dak Lak', PROVINCE, { validTo: LAST_DAY, successors: ['66'], source: BEFORE }),
  area('66', 'Tỉnh Đắk Lắk', 'Dak Lak', PROVINCE, { validFrom: FIRST_DAY, source: merged('66, 54') }),
  area('67', 'Tỉnh Đắk Nông', 'Dak Nong', PROVINCE, { validTo: LAST_DAY, successors: ['68'], source: BEFORE }),
  area('68', 'Tỉnh Lâm Đồng', 'Lam Dong', PROVINCE, { validTo: LAST_DAY, successors: ['68'], source: BEFORE }),
  area('68', 'Tỉnh Lâm Đồng', 'Lam Dong', PROVINCE, { validFrom: FIRST_DAY, source: merged('68, 67, 60') }),
  area('70', 'Tỉnh Bình Phước', 'Binh Phuoc', PROVINCE, { validTo: LAST_DAY, successors: ['75'], source: BEFORE }),
  area('72', 'Tỉnh Tây Ninh', 'Tay Ninh', PROVINCE, { validTo: LAST_DAY, successors: ['80'], source: BEFORE }),
  area('74', 'Tỉnh Bình Dương', 'Binh Duong', PROVINCE, { validTo: LAST_DAY, successors: ['79'], source: BEFORE }),
  area('75', 'Tỉnh Đồng Nai', 'Dong Nai', PROVINCE, { validTo: LAST_DAY, successors: ['75'], source: BEFORE }),
  area('75', 'Tỉnh Đồng Nai', 'Dong Nai', PROVINCE, { validFrom: FIRST_DAY, validTo: '2026-04-29', successors: ['75'], source: merged('75, 70') }),
  area('75', 'Thành phố Đồng Nai', 'Dong Nai', CITY, { validFrom: '2026-04-30', source: DONG_NAI, confidence: 'single-source' }),
  area('77', 'Tỉnh Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', PROVINCE, { validTo: LAST_DAY, successors: ['79'], source: BEFORE }),
  area('79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', CITY, { validTo: LAST_DAY, successors: ['79'], source: BEFORE }),
  area('79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', CITY, { validFrom: FIRST_DAY, source: merged('79, 74, 77') }),
  area('80', 'Tỉnh Long An', 'Long An', PROVINCE, { validTo: LAST_DAY, successors: ['80'], source: BEFORE }),
  area('80', 'Tỉnh Tây Ninh', 'Tay Ninh', PROVINCE, { validFrom: FIRST_DAY, source: merged('72, 80') }),
  area('82', 'Tỉnh Tiền Giang', 'Tien Giang', PROVINCE, { validTo: LAST_DAY, successors: ['82'], source: BEFORE }),
  area('82', 'Tỉnh Đồng Tháp', 'Dong Thap', PROVINCE, { validFrom: FIRST_DAY, source: merged('87, 82') }),
  area('83', 'Tỉnh Bến Tre', 'Ben Tre', PROVINCE, { validTo: LAST_DAY, successors: ['86'], source: BEFORE }),
  area('84', 'Tỉnh Trà Vinh', 'Tra Vinh', PROVINCE, { validTo: LAST_DAY, successors: ['86'], source: BEFORE }),
  area('86', 'Tỉnh Vĩnh Long', 'Vinh Long', PROVINCE, { validTo: LAST_DAY, successors: ['86'], source: BEFORE }),
  area('86', 'Tỉnh Vĩnh Long', 'Vinh Long', PROVINCE, { validFrom: FIRST_DAY, source: merged('86, 83, 84') }),
  area('87', 'Tỉnh Đồng Tháp', 'Dong Thap', PROVINCE, { validTo: LAST_DAY, successors: ['82'], source: BEFORE }),
  area('89', 'Tỉnh An Giang', 'An Giang', PROVINCE, { validTo: LAST_DAY, successors: ['91'], source: BEFORE }),
  area('91', 'Tỉnh Kiên Giang', 'Kien Giang', PROVINCE, { validTo: LAST_DAY, successors: ['91'], source: BEFORE }),
  area('91', 'Tỉnh An Giang', 'An Giang', PROVINCE, { validFrom: FIRST_DAY, source: merged('89, 91') }),
  area('92', 'Thành phố Cần Thơ', 'Can Tho', CITY, { validTo: LAST_DAY, successors: ['92'], source: BEFORE }),
  area('92', 'Thành phố Cần Thơ', 'Can Tho', CITY, { validFrom: FIRST_DAY, source: merged('92, 94, 93') }),
  area('93', 'Tỉnh Hậu Giang', 'Hau Giang', PROVINCE, { validTo: LAST_DAY, successors: ['92'], source: BEFORE }),
  area('94', 'Tỉnh Sóc Trăng', 'Soc Trang', PROVINCE, { validTo: LAST_DAY, successors: ['92'], source: BEFORE }),
  area('95', 'Tỉnh Bạc Liêu', 'Bac Lieu', PROVINCE, { validTo: LAST_DAY, successors: ['96'], source: BEFORE }),
  area('96', 'Tỉnh Cà Mau', 'Ca Mau', PROVINCE, { validTo: LAST_DAY, successors: ['96'], source: BEFORE }),
  area('96', 'Tỉnh Cà Mau', 'Ca Mau', PROVINCE, { validFrom: FIRST_DAY, source: merged('96, 95') }),
];
