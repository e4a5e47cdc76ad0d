// Chinese names for generated streets, compounds and shops. Plain data plus small pickers.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..9999 as Chinese numerals (十二, 一百零五, 二千零一十). */
export function chineseNumber(n: number): string {
  if (n <= 0) return DIGITS[0];
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  const units = ['', '十', '百', '千'];
  const parts: string[] = [];
  const s = String(Math.min(n, 9999));
  let zero = false;
  for (let k = 0; k < s.length; k++) {
    const d = Number(s[k]);
    const unit = units[s.length - 1 - k];
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length) parts.push('零');
    zero = false;
    parts.push(DIGITS[d] + unit);
  }
  return parts.join('');
}

/** East-west arterials, then north-south arterials, around 郎茂山 (first entries are used in the demo). */
export const ARTERIALS_EW = ['二环南路', '郎茂山路', '七里山路', '经十路', '阳光新路', '南辛庄街', '建设路', '经七路'];
export const ARTERIALS_NS = ['英雄山路', '舜玉路', '玉函路', '舜耕路', '郎茂山南路', '大纬二路', '南辛路', '党家庄路'];
/** Jinan-style grid names for minor streets: 经 roads run east-west, 纬 roads north-south. */
export const MINOR_EW_PREFIX = ['郎茂山', '七里山', '舜玉', '南康', '阳光', '泉景', '玉函', '馨苑'];

export function minorStreetName(ew: boolean, line: number): string {
  if (ew) {
    const p = MINOR_EW_PREFIX[line % MINOR_EW_PREFIX.length];
    return `${p}${chineseNumber(Math.floor(line / MINOR_EW_PREFIX.length) + 1)}街`;
  }
  return `纬${chineseNumber(line + 1)}路`;
}

export function arterialName(ew: boolean, ordinal: number): string {
  const list = ew ? ARTERIALS_EW : ARTERIALS_NS;
  const base = list[ordinal % list.length];
  const round = Math.floor(ordinal / list.length);
  return round === 0 ? base : `${base}${chineseNumber(round + 1)}段`;
}

const COMPOUND_A = [
  '阳光',
  '翠竹',
  '明珠',
  '锦绣',
  '玉函',
  '舜玉',
  '七里山',
  '郎茂',
  '南康',
  '泉景',
  '鲁能',
  '馨苑',
  '世纪',
  '名士',
  '金色',
  '和平',
  '建设',
  '望岳',
  '青年',
  '书香',
  '丁香',
  '银座',
  '万科',
  '绿地',
  '电力',
  '铁路',
  '师范',
  '机床',
  '纺织',
  '邮电',
];
const COMPOUND_B = ['', '花园', '家园', '新村', '新苑', '嘉园', '雅苑', '东区', '西区', '北区', '南区', '宿舍'];

/** A compound name ending in 小区, picked by a hash value. */
export function compoundName(h: number): string {
  const a = COMPOUND_A[h % COMPOUND_A.length];
  const b = COMPOUND_B[Math.floor(h / 97) % COMPOUND_B.length];
  return `${a}${b}小区`;
}

/** Shop-name stems; a merchant's name is stem + type word (e.g. 福满家便利店). */
export const SHOP_STEMS = [
  '福满家',
  '佳乐',
  '顺心',
  '好邻居',
  '惠民',
  '众诚',
  '老街坊',
  '金泉',
  '泉城',
  '齐鲁',
  '鑫源',
  '康乐',
  '友邦',
  '百姓',
  '舜和',
  '郎茂',
  '明湖',
  '千佛',
  '趵突',
  '大明',
  '和顺',
  '兴旺',
  '如意',
  '万家',
  '安康',
  '乐活',
  '一品',
  '小城',
  '春风',
  '新意',
];
const SURNAMES = [
  '王',
  '张',
  '李',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂兰',
  '建国',
  '志强',
  '海燕',
  '晓东',
  '玉兰',
];

export function personName(h: number): string {
  return SURNAMES[h % SURNAMES.length] + GIVEN[Math.floor(h / 31) % GIVEN.length];
}

export function shopStem(h: number): string {
  return SHOP_STEMS[h % SHOP_STEMS.length];
}
