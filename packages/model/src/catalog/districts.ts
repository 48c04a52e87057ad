import type { Area } from '../area.js';
import type { Citation } from '../citation.js';
import type { Label } from '../label.js';

/*
 * The 696 district-level units of Viet Nam in force until 30/06/2025 (the district level ended on
 * 01/07/2025), with the statistics office's 3-digit codes, from its list as of 01/03/2025 (the public
 * dvhcvn data set: ../shared/data/districts-before-2025.json). A module of its own, and the table is
 * expanded by a pure call: importing the provinces, `grade` or `getPlan` does not pull it.
 *
 * Each row is `<province>` and `<code><type letter><name>|…`, type letters: H huyện (rural district),
 * Q quận (urban district), X thị xã (town), T thành phố (city).
 */

const TYPES: Readonly<Record<string, Label>> = {
  H: { vi: 'Huyện', en: 'district' },
  Q: { vi: 'Quận', en: 'urban district' },
  X: { vi: 'Thị xã', en: 'town' },
  T: { vi: 'Thành phố', en: 'city' },
};

/** The provinces whose district lists were cross-checked against older statistics office exports. */
const CROSS_CHECKED = new Set(['06', '19', '48', '49']);

const LIST: Citation = {
  document: 'Danh mục đơn vị hành chính Việt Nam của Tổng cục Thống kê (bản ngày 01/03/2025)',
  note: 'District codes and names as published in the statistics office list (via the dvhcvn data set). The district level ended on 01/07/2025 (Constitution amendment adopted 16/06/2025; two-tier local government); Quyết định 19/2025/QĐ-TTg codes no district.',
};

const NONG_SON: Citation = {
  document: 'Nghị quyết 1241/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp huyện, cấp xã của tỉnh Quảng Nam giai đoạn 2023 – 2025',
  note: 'Huyện Nông Sơn merged into huyện Quế Sơn from 01/01/2025 (the whole area and population of both form the new Quế Sơn); kept so that older records coded 519 map to 509.',
};

const TABLE: ReadonlyArray<readonly [string, string]> = [
  ['01', '001QBa Đình|002QHoàn Kiếm|003QTây Hồ|004QLong Biên|005QCầu Giấy|006QĐống Đa|007QHai Bà Trưng|008QHoàng Mai|009QThanh Xuân|016HSóc Sơn|017HĐông Anh|018HGia Lâm|019QNam Từ Liêm|020HThanh Trì|021QBắc Từ Liêm|250HMê Linh|268QHà Đông|269XSơn Tây|271HBa Vì|272HPhúc Thọ|273HĐan Phượng|274HHoài Đức|275HQuốc Oai|276HThạch Thất|277HChương Mỹ|278HThanh Oai|279HThường Tín|280HPhú Xuyên|281HỨng Hòa|282HMỹ Đức'],
  ['02', '024THà Giang|026HĐồng Văn|027HMèo Vạc|028HYên Minh|029HQuản Bạ|030HVị Xuyên|031HBắc Mê|032HHoàng Su Phì|033HXín Mần|034HBắc Quang|035HQuang Bình'],
  ['04', '040TCao Bằng|042HBảo Lâm|043HBảo Lạc|045HHà Quảng|047HTrùng Khánh|048HHạ Lang|049HQuảng Hòa|051HHoà An|052HNguyên Bình|053HThạch An'],
  ['06', '058TBắc Kạn|060HPác Nặm|061HBa Bể|062HNgân Sơn|063HBạch Thông|064HChợ Đồn|065HChợ Mới|066HNa Rì'],
  ['08', '070TTuyên Quang|071HLâm Bình|072HNa Hang|073HChiêm Hóa|074HHàm Yên|075HYên Sơn|076HSơn Dương'],
  ['10', '080TLào Cai|082HBát Xát|083HMường Khương|084HSi Ma Cai|085HBắc Hà|086HBảo Thắng|087HBảo Yên|088XSa Pa|089HVăn Bàn'],
  ['11', '094TĐiện Biên Phủ|095XMường Lay|096HMường Nhé|097HMường Chà|098HTủa Chùa|099HTuần Giáo|100HĐiện Biên|101HĐiện Biên Đông|102HMường Ảng|103HNậm Pồ'],
  ['12', '105TLai Châu|106HTam Đường|107HMường Tè|108HSìn Hồ|109HPhong Thổ|110HThan Uyên|111HTân Uyên|112HNậm Nhùn'],
  ['14', '116TSơn La|118HQuỳnh Nhai|119HThuận Châu|120HMường La|121HBắc Yên|122HPhù Yên|123XMộc Châu|124HYên Châu|125HMai Sơn|126HSông Mã|127HSốp Cộp|128HVân Hồ'],
  ['15', '132TYên Bái|133XNghĩa Lộ|135HLục Yên|136HVăn Yên|137HMù Căng Chải|138HTrấn Yên|139HTrạm Tấu|140HVăn Chấn|141HYên Bình'],
  ['17', '148THòa Bình|150HĐà Bắc|152HLương Sơn|153HKim Bôi|154HCao Phong|155HTân Lạc|156HMai Châu|157HLạc Sơn|158HYên Thủy|159HLạc Thủy'],
  ['19', '164TThái Nguyên|165TSông Công|167HĐịnh Hóa|168HPhú Lương|169HĐồng Hỷ|170HVõ Nhai|171HĐại Từ|172TPhổ Yên|173HPhú Bình'],
  ['20', '178TLạng Sơn|180HTràng Định|181HBình Gia|182HVăn Lãng|183HCao Lộc|184HVăn Quan|185HBắc Sơn|186HHữu Lũng|187HChi Lăng|188HLộc Bình|189HĐình Lập'],
  ['22', '193THạ Long|194TMóng Cái|195TCẩm Phả|196TUông Bí|198HBình Liêu|199HTiên Yên|200HĐầm Hà|201HHải Hà|202HBa Chẽ|203HVân Đồn|205TĐông Triều|206XQuảng Yên|207HCô Tô'],
  ['24', '213TBắc Giang|215HYên Thế|216HTân Yên|217HLạng Giang|218HLục Nam|219HLục Ngạn|220HSơn Động|222XViệt Yên|223HHiệp Hòa|224XChũ'],
  ['25', '227TViệt Trì|228XPhú Thọ|230HĐoan Hùng|231HHạ Hoà|232HThanh Ba|233HPhù Ninh|234HYên Lập|235HCẩm Khê|236HTam Nông|237HLâm Thao|238HThanh Sơn|239HThanh Thuỷ|240HTân Sơn'],
  ['26', '243TVĩnh Yên|244TPhúc Yên|246HLập Thạch|247HTam Dương|248HTam Đảo|249HBình Xuyên|251HYên Lạc|252HVĩnh Tường|253HSông Lô'],
  ['27', '256TBắc Ninh|258HYên Phong|259XQuế Võ|260HTiên Du|261TTừ Sơn|262XThuận Thành|263HGia Bình|264HLương Tài'],
  ['30', '288THải Dương|290TChí Linh|291HNam Sách|292XKinh Môn|293HKim Thành|294HThanh Hà|295HCẩm Giàng|296HBình Giang|297HGia Lộc|298HTứ Kỳ|299HNinh Giang|300HThanh Miện'],
  ['31', '303QHồng Bàng|304QNgô Quyền|305QLê Chân|306QHải An|307QKiến An|308QĐồ Sơn|309QDương Kinh|311TThuỷ Nguyên|312QAn Dương|313HAn Lão|314HKiến Thuỵ|315HTiên Lãng|316HVĩnh Bảo|317HCát Hải|318HBạch Long Vĩ'],
  ['33', '323THưng Yên|325HVăn Lâm|326HVăn Giang|327HYên Mỹ|328XMỹ Hào|329HÂn Thi|330HKhoái Châu|331HKim Động|332HTiên Lữ|333HPhù Cừ'],
  ['34', '336TThái Bình|338HQuỳnh Phụ|339HHưng Hà|340HĐông Hưng|341HThái Thụy|342HTiền Hải|343HKiến Xương|344HVũ Thư'],
  ['35', '347TPhủ Lý|349XDuy Tiên|350XKim Bảng|351HThanh Liêm|352HBình Lục|353HLý Nhân'],
  ['36', '356TNam Định|359HVụ Bản|360HÝ Yên|361HNghĩa Hưng|362HNam Trực|363HTrực Ninh|364HXuân Trường|365HGiao Thủy|366HHải Hậu'],
  ['37', '370TTam Điệp|372HNho Quan|373HGia Viễn|374THoa Lư|375HYên Khánh|376HKim Sơn|377HYên Mô'],
  ['38', '380TThanh Hóa|381XBỉm Sơn|382TSầm Sơn|384HMường Lát|385HQuan Hóa|386HBá Thước|387HQuan Sơn|388HLang Chánh|389HNgọc Lặc|390HCẩm Thủy|391HThạch Thành|392HHà Trung|393HVĩnh Lộc|394HYên Định|395HThọ Xuân|396HThường Xuân|397HTriệu Sơn|398HThiệu Hóa|399HHoằng Hóa|400HHậu Lộc|401HNga Sơn|402HNhư Xuân|403HNhư Thanh|404HNông Cống|406HQuảng Xương|407XNghi Sơn'],
  ['40', '412TVinh|414XThái Hoà|415HQuế Phong|416HQuỳ Châu|417HKỳ Sơn|418HTương Dương|419HNghĩa Đàn|420HQuỳ Hợp|421HQuỳnh Lưu|422HCon Cuông|423HTân Kỳ|424HAnh Sơn|425HDiễn Châu|426HYên Thành|427HĐô Lương|428HThanh Chương|429HNghi Lộc|430HNam Đàn|431HHưng Nguyên|432XHoàng Mai'],
  ['42', '436THà Tĩnh|437XHồng Lĩnh|439HHương Sơn|440HĐức Thọ|441HVũ Quang|442HNghi Xuân|443HCan Lộc|444HHương Khê|445HThạch Hà|446HCẩm Xuyên|447HKỳ Anh|449XKỳ Anh'],
  ['44', '450TĐồng Hới|452HMinh Hóa|453HTuyên Hóa|454HQuảng Trạch|455HBố Trạch|456HQuảng Ninh|457HLệ Thủy|458XBa Đồn'],
  ['45', '461TĐông Hà|462XQuảng Trị|464HVĩnh Linh|465HHướng Hóa|466HGio Linh|467HĐa Krông|468HCam Lộ|469HTriệu Phong|470HHải Lăng|471HCồn Cỏ'],
  ['46', '474QThuận Hóa|475QPhú Xuân|476XPhong Điền|477HQuảng Điền|478HPhú Vang|479XHương Thủy|480XHương Trà|481HA Lưới|482HPhú Lộc'],
  ['48', '490QLiên Chiểu|491QThanh Khê|492QHải Châu|493QSơn Trà|494QNgũ Hành Sơn|495QCẩm Lệ|497HHòa Vang|498HHoàng Sa'],
  ['49', '502TTam Kỳ|503THội An|504HTây Giang|505HĐông Giang|506HĐại Lộc|507XĐiện Bàn|508HDuy Xuyên|509HQuế Sơn|510HNam Giang|511HPhước Sơn|512HHiệp Đức|513HThăng Bình|514HTiên Phước|515HBắc Trà My|516HNam Trà My|517HNúi Thành|518HPhú Ninh'],
  ['51', '522TQuảng Ngãi|524HBình Sơn|525HTrà Bồng|527HSơn Tịnh|528HTư Nghĩa|529HSơn Hà|530HSơn Tây|531HMinh Long|532HNghĩa Hành|533HMộ Đức|534XĐức Phổ|535HBa Tơ|536HLý Sơn'],
  ['52', '540TQuy Nhơn|542HAn Lão|543XHoài Nhơn|544HHoài Ân|545HPhù Mỹ|546HVĩnh Thạnh|547HTây Sơn|548HPhù Cát|549XAn Nhơn|550HTuy Phước|551HVân Canh'],
  ['54', '555TTuy Hoà|557XSông Cầu|558HĐồng Xuân|559HTuy An|560HSơn Hòa|561HSông Hinh|562HTây Hoà|563HPhú Hoà|564XĐông Hòa'],
  ['56', '568TNha Trang|569TCam Ranh|570HCam Lâm|571HVạn Ninh|572XNinh Hòa|573HKhánh Vĩnh|574HDiên Khánh|575HKhánh Sơn|576HTrường Sa'],
  ['58', '582TPhan Rang-Tháp Chàm|584HBác Ái|585HNinh Sơn|586HNinh Hải|587HNinh Phước|588HThuận Bắc|589HThuận Nam'],
  ['60', '593TPhan Thiết|594XLa Gi|595HTuy Phong|596HBắc Bình|597HHàm Thuận Bắc|598HHàm Thuận Nam|599HTánh Linh|600HĐức Linh|601HHàm Tân|602HPhú Quí'],
  ['62', '608TKon Tum|610HĐắk Glei|611HNgọc Hồi|612HĐắk Tô|613HKon Plông|614HKon Rẫy|615HĐắk Hà|616HSa Thầy|617HTu Mơ Rông|618HIa H\' Drai'],
  ['64', '622TPleiku|623XAn Khê|624XAyun Pa|625HKBang|626HĐăk Đoa|627HChư Păh|628HIa Grai|629HMang Yang|630HKông Chro|631HĐức Cơ|632HChư Prông|633HChư Sê|634HĐăk Pơ|635HIa Pa|637HKrông Pa|638HPhú Thiện|639HChư Pưh'],
  ['66', '643TBuôn Ma Thuột|644XBuôn Hồ|645HEa H\'leo|646HEa Súp|647HBuôn Đôn|648HCư M\'gar|649HKrông Búk|650HKrông Năng|651HEa Kar|652HM\'Đrắk|653HKrông Bông|654HKrông Pắc|655HKrông A Na|656HLắk|657HCư Kuin'],
  ['67', '660TGia Nghĩa|661HĐăk Glong|662HCư Jút|663HĐắk Mil|664HKrông Nô|665HĐắk Song|666HĐắk R\'Lấp|667HTuy Đức'],
  ['68', '672TĐà Lạt|673TBảo Lộc|674HĐam Rông|675HLạc Dương|676HLâm Hà|677HĐơn Dương|678HĐức Trọng|679HDi Linh|680HBảo Lâm|682HĐạ Huoai'],
  ['70', '688XPhước Long|689TĐồng Xoài|690XBình Long|691HBù Gia Mập|692HLộc Ninh|693HBù Đốp|694HHớn Quản|695HĐồng Phú|696HBù Đăng|697XChơn Thành|698HPhú Riềng'],
  ['72', '703TTây Ninh|705HTân Biên|706HTân Châu|707HDương Minh Châu|708HChâu Thành|709XHòa Thành|710HGò Dầu|711HBến Cầu|712XTrảng Bàng'],
  ['74', '718TThủ Dầu Một|719HBàu Bàng|720HDầu Tiếng|721TBến Cát|722HPhú Giáo|723TTân Uyên|724TDĩ An|725TThuận An|726HBắc Tân Uyên'],
  ['75', '731TBiên Hòa|732TLong Khánh|734HTân Phú|735HVĩnh Cửu|736HĐịnh Quán|737HTrảng Bom|738HThống Nhất|739HCẩm Mỹ|740HLong Thành|741HXuân Lộc|742HNhơn Trạch'],
  ['77', '747TVũng Tàu|748TBà Rịa|750HChâu Đức|751HXuyên Mộc|753HLong Đất|754TPhú Mỹ|755HCôn Đảo'],
  ['79', '760Q1|761Q12|764QGò Vấp|765QBình Thạnh|766QTân Bình|767QTân Phú|768QPhú Nhuận|769TThủ Đức|770Q3|771Q10|772Q11|773Q4|774Q5|775Q6|776Q8|777QBình Tân|778Q7|783HCủ Chi|784HHóc Môn|785HBình Chánh|786HNhà Bè|787HCần Giờ'],
  ['80', '794TTân An|795XKiến Tường|796HTân Hưng|797HVĩnh Hưng|798HMộc Hóa|799HTân Thạnh|800HThạnh Hóa|801HĐức Huệ|802HĐức Hòa|803HBến Lức|804HThủ Thừa|805HTân Trụ|806HCần Đước|807HCần Giuộc|808HChâu Thành'],
  ['82', '815TMỹ Tho|816TGò Công|817XCai Lậy|818HTân Phước|819HCái Bè|820HCai Lậy|821HChâu Thành|822HChợ Gạo|823HGò Công Tây|824HGò Công Đông|825HTân Phú Đông'],
  ['83', '829TBến Tre|831HChâu Thành|832HChợ Lách|833HMỏ Cày Nam|834HGiồng Trôm|835HBình Đại|836HBa Tri|837HThạnh Phú|838HMỏ Cày Bắc'],
  ['84', '842TTrà Vinh|844HCàng Long|845HCầu Kè|846HTiểu Cần|847HChâu Thành|848HCầu Ngang|849HTrà Cú|850HDuyên Hải|851XDuyên Hải'],
  ['86', '855TVĩnh Long|857HLong Hồ|858HMang Thít|859H Vũng Liêm|860HTam Bình|861XBình Minh|862HTrà Ôn|863HBình Tân'],
  ['87', '866TCao Lãnh|867TSa Đéc|868THồng Ngự|869HTân Hồng|870HHồng Ngự|871HTam Nông|872HTháp Mười|873HCao Lãnh|874HThanh Bình|875HLấp Vò|876HLai Vung|877HChâu Thành'],
  ['89', '883TLong Xuyên|884TChâu Đốc|886HAn Phú|887XTân Châu|888HPhú Tân|889HChâu Phú|890XTịnh Biên|891HTri Tôn|892HChâu Thành|893HChợ Mới|894HThoại Sơn'],
  ['91', '899TRạch Giá|900THà Tiên|902HKiên Lương|903HHòn Đất|904HTân Hiệp|905HChâu Thành|906HGiồng Riềng|907HGò Quao|908HAn Biên|909HAn Minh|910HVĩnh Thuận|911TPhú Quốc|912HKiên Hải|913HU Minh Thượng|914HGiang Thành'],
  ['92', '916QNinh Kiều|917QÔ Môn|918QBình Thuỷ|919QCái Răng|923QThốt Nốt|924HVĩnh Thạnh|925HCờ Đỏ|926HPhong Điền|927HThới Lai'],
  ['93', '930TVị Thanh|931TNgã Bảy|932HChâu Thành A|933HChâu Thành|934HPhụng Hiệp|935HVị Thuỷ|936HLong Mỹ|937XLong Mỹ'],
  ['94', '941TSóc Trăng|942HChâu Thành|943HKế Sách|944HMỹ Tú|945HCù Lao Dung|946HLong Phú|947HMỹ Xuyên|948XNgã Năm|949HThạnh Trị|950XVĩnh Châu|951HTrần Đề'],
  ['95', '954TBạc Liêu|956HHồng Dân|957HPhước Long|958HVĩnh Lợi|959XGiá Rai|960HĐông Hải|961HHoà Bình'],
  ['96', '964TCà Mau|966HU Minh|967HThới Bình|968HTrần Văn Thời|969HCái Nước|970HĐầm Dơi|971HNăm Căn|972HPhú Tân|973HNgọc Hiển'],
];

/** Latin letters without tone marks, for English names (`Định Hóa` → `Dinh Hoa`). */
const plain = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const district = (province: string, entry: string): Area => {
  const code = entry.slice(0, 3);
  const type = TYPES[entry.charAt(3)] as Label;
  const name = entry.slice(4);
  return {
    code,
    name: { vi: `${type.vi} ${name}`, en: `${plain(name)} ${type.en}` },
    level: 'district',
    parent: province,
    validTo: '2025-06-30',
    successors: [],
    type,
    confidence: CROSS_CHECKED.has(province) ? 'confirmed' : 'single-source',
    source: LIST,
  };
};

const expand = (): Area[] => [
  ...TABLE.flatMap(([province, entries]) => entries.split('|').map((entry) => district(province, entry))),
  {
    code: '519',
    name: { vi: 'Huyện Nông Sơn', en: 'Nong Son district' },
    level: 'district',
    parent: '49',
    validTo: '2024-12-31',
    successors: ['509'],
    type: TYPES['H'] as Label,
    confidence: 'confirmed',
    source: NONG_SON,
  },
];

/**
 * Viet Nam's district-level units (huyện, quận, thị xã, thành phố thuộc tỉnh): the 696 in force on
 * 30/06/2025, each valid to that day (the district level ended on 01/07/2025), plus Nông Sơn (merged
 * into Quế Sơn on 01/01/2025). Each district's `parent` is a province code of {@link VN_PROVINCES}
 * (the version in force on the district's last day). Districts have no successors: after the reform
 * their territory is attributed through their province (see `areaForYear`). `confidence` is
 * `confirmed` for the districts of Bắc Kạn, Thái Nguyên, Đà Nẵng and Quảng Nam (cross-checked) and
 * `single-source` for the others. A separate export so that bundles that do not use it stay small.
 *
 * @example
 * ```ts
 * import { VN_COUNTRY, VN_DISTRICTS, VN_PROVINCES, buildAreaIndex, subAreas } from '@coop/model';
 * VN_DISTRICTS.filter((d) => d.validTo === '2025-06-30').length; // 696
 * const index = buildAreaIndex([VN_COUNTRY, ...VN_PROVINCES, ...VN_DISTRICTS]);
 * subAreas(index, '19', 'district', { on: '2025-06-30' }).length; // 9
 * subAreas(index, '19', 'district', { on: '2025-07-01' }).length; // 0
 * VN_DISTRICTS.find((d) => d.code === '167')?.name.en; // 'Dinh Hoa district'
 * ```
 */
export const VN_DISTRICTS: readonly Area[] = /* @__PURE__ */ expand();
