/**
 * Units of measure and classifiers that can follow a figure, and what each says about the figure.
 *
 * The lexicon is general Chinese (measure words and SI/market units), not drawn from any one
 * document. Words that follow numerals mostly in names or tiers (级, 道, 里, 批, 些, 号) are left
 * out on purpose: "五级队伍体系", "千里海塘", "一批企业" are not quantities a policy commits to.
 * So are the classifiers that, after the numeral 一, mostly spell another word (把 起 对 组 节 样:
 * "进一步把", "一起", "一对一", "统一组织"): a figure before them is rarely a count.
 */

/** What a unit measures. */
export type UnitClass =
  | 'percent' // % ‰
  | 'points' // 个百分点
  | 'multiple' // 倍, 番
  | 'money' // 元
  | 'duration' // 个月, 天, 个工作日, 年 (as a span)
  | 'age' // 岁, 周岁
  | 'frequency' // 次
  | 'score' // 分
  | 'count' // 个, 所, 家, 项 … things counted
  | 'measure'; // 亩, 吨, 千瓦 … physical quantities

/** Every unit word, with its class. Longest match wins, so "个月" beats "个". */
const LEXICON: Record<string, UnitClass> = {
  '%': 'percent', '％': 'percent', '‰': 'percent', '‰‰': 'percent',
  // Rates per so many people, as health targets write them ("孕产妇死亡率下降到12/10万以下").
  '/10万': 'percent', '/十万': 'percent', '/100000': 'percent', '/万': 'percent', '/10000': 'percent',
  '／10万': 'percent', '／十万': 'percent', '／万': 'percent',
  个百分点: 'points', 百分点: 'points',
  倍: 'multiple', 番: 'multiple',
  // A ratio to one ("城乡居民收入比缩小到1.6:1"): the figure is how many times the second term.
  ':1': 'multiple', '：1': 'multiple',
  元: 'money', 美元: 'money', 元人民币: 'money',
  个月: 'duration', 个工作日: 'duration', 工作日: 'duration', 个小时: 'duration', 小时: 'duration',
  分钟: 'duration', 天: 'duration', 日: 'duration', 周: 'duration', 个星期: 'duration', 星期: 'duration',
  年: 'duration', 个季度: 'duration', 季度: 'duration', 秒: 'duration',
  岁: 'age', 周岁: 'age', 周年: 'age',
  次: 'frequency', 轮: 'frequency', 遍: 'frequency',
  // Counts of occasions, each a thing done once ("50场次讲座", "服务10万人次"), not how often.
  人次: 'count', 场次: 'count', 户次: 'count', 架次: 'count', 班次: 'count', 车次: 'count', 航次: 'count', 台次: 'count', 件次: 'count',
  分: 'score',
  个: 'count', 所: 'count', 家: 'count', 项: 'count', 种: 'count', 户: 'count', 人: 'count',
  名: 'count', 位: 'count', 件: 'count', 座: 'count', 条: 'count', 台: 'count', 套: 'count',
  张: 'count', 部: 'count', 类: 'count', 款: 'count', 支: 'count', 篇: 'count', 处: 'count',
  间: 'count', 栋: 'count', 幢: 'count', 辆: 'count', 架: 'count', 艘: 'count', 只: 'count',
  头: 'count', 株: 'count', 棵: 'count', 例: 'count', 册: 'count', 份: 'count', 场: 'count',
  片: 'count', 块: 'count', 本: 'count', 门: 'count', 首: 'count', 床: 'count', 张床: 'count',
  期: 'count', 届: 'count', 批次: 'count', 宗: 'count', 笔: 'count',
  // The rest of the individual classifiers (个体量词) of written Chinese, each the measure of a kind
  // of thing: satellites and grains (颗 粒), rockets and rounds (发), medals and stamps (枚), lamps
  // (盏), wells (眼 口), horses (匹), fish (尾), flowers (朵), rods and piles (根 枝), trains (列),
  // pictures (幅), letters (封), rolls (卷), barrels (桶). The class is closed: a figure before any
  // of them counts things as one before 个 does.
  颗: 'count', 粒: 'count', 发: 'count', 枚: 'count', 盏: 'count', 眼: 'count', 口: 'count',
  匹: 'count', 尾: 'count', 朵: 'count', 根: 'count', 枝: 'count', 列: 'count', 幅: 'count',
  封: 'count', 卷: 'count', 桶: 'count',
  // Birds (羽: "出栏2.1亿羽"), and the sticks and bags edible fungi are grown in (棒 袋: "30亿棒").
  羽: 'count', 棒: 'count', 袋: 'count',
  亩: 'measure', 公顷: 'measure', 平方米: 'measure', 平方公里: 'measure', 平方千米: 'measure',
  公里: 'measure', 千米: 'measure', 米: 'measure', 厘米: 'measure', 毫米: 'measure',
  吨: 'measure', 千克: 'measure', 公斤: 'measure', 克: 'measure', 斤: 'measure', 毫克: 'measure', 微克: 'measure',
  立方米: 'measure', 升: 'measure', 毫升: 'measure',
  千瓦: 'measure', 千瓦时: 'measure', 瓦: 'measure', 兆瓦: 'measure', 吉瓦: 'measure', 度: 'measure',
  千伏: 'measure', 伏: 'measure', 千伏安: 'measure', 伏安: 'measure', 兆伏安: 'measure', 标准箱: 'measure', 标箱: 'measure', 吨标准煤: 'measure', 吨标煤: 'measure',
  兆: 'measure', 比特: 'measure', 字节: 'measure', 帧: 'measure',
  // The symbols of the same measures, as environmental and energy targets write them ("PM2.5年均
  // 浓度低于47μg/m3", "装机容量达到500MW"); μ both as the Greek letter and as the micro sign.
  μg: 'measure', µg: 'measure', mg: 'measure', kg: 'measure', km: 'measure', km2: 'measure', 'km²': 'measure',
  m2: 'measure', 'm²': 'measure', m3: 'measure', 'm³': 'measure',
  kW: 'measure', kWh: 'measure', MW: 'measure', MWh: 'measure', GW: 'measure', GWh: 'measure', TWh: 'measure', kV: 'measure',
};

/**
 * Unit words by the char code of their first character, longest first: one lookup per figure. By
 * code, not by a one-character string: `text[at]` makes a string for each Chinese character asked.
 */
const BY_FIRST = new Map<number, string[]>();
for (const word of Object.keys(LEXICON).sort((a, b) => b.length - a.length)) {
  const list = BY_FIRST.get(word.charCodeAt(0)) ?? [];
  list.push(word);
  BY_FIRST.set(word.charCodeAt(0), list);
}

/**
 * Second characters with which a one-character classifier opens a word of its own, a verb or a
 * noun: there the character is no classifier, and the numeral before it ends an earlier word
 * ("统一发布", "统一列入", "唯一根据"). A classifier stands before the noun it counts, never
 * fused with the next character into a common word; so these lists hold the common words, not
 * the nouns counted.
 */
const OPENS_WORD: Record<string, string> = {
  发: '展布放挥改生行明现起出电射达动送病酵表言', 根: '据本源治基除', 列: '入为出支席举', 口: '岸径罩号',
  尾: '矿气款号', 封: '闭存锁装', 卷: '烟入', 匹: '配', 眼: '光睛界', 枝: '节',
  // "三分之一": 分之 makes a fraction, its numeral the denominator, no score.
  分: '之',
};

export interface UnitMatch {
  /** The unit as written. */
  text: string;
  end: number;
  cls: UnitClass;
}

/** A unit written as a symbol, and what would go on with one. */
const SYMBOL_START = /^[A-Za-zμµ]/u;
const SYMBOL_GOES_ON = /[A-Za-z0-9²³]/u;

/** The longest unit word starting at `at`, or null. */
export function matchUnit(text: string, at: number): UnitMatch | null {
  // Past the text's end the code is NaN, which no word opens with.
  const words = BY_FIRST.get(text.charCodeAt(at));
  if (!words) return null;
  for (const word of words) {
    if (!text.startsWith(word, at)) continue;
    if (word.length === 1 && OPENS_WORD[word]?.includes(text[at + 1] ?? '_')) return null;
    // "500千伏安全稳定的网架": 安 opens 安全, and the unit is 千伏 (a shorter word of the list).
    if (word.endsWith('安') && text[at + word.length] === '全') continue;
    // A symbol is whole only where its letters end ("400MWh" is no 400 MW, "120km2" no 120 km).
    if (SYMBOL_START.test(word) && SYMBOL_GOES_ON.test(text[at + word.length] ?? '')) continue;
    // ":1" ends a ratio only where no figure goes on ("1:10" is no ratio to one).
    if (/[0-9]$/u.test(word) && /[0-9０-９.．]/u.test(text[at + word.length] ?? '')) return null;
    const cls = LEXICON[word]!;
    const end = cls === 'count' || cls === 'measure' ? perBaseEnd(text, alternativesEnd(text, at + word.length)) : at + word.length;
    return { text: text.slice(at, end), end, cls };
  }
  return null;
}

/**
 * Where a count's base ends when it is counted per so many people or households ("食品抽检5批次/千人",
 * "每千人口床位6张/千人"): the base is part of the unit as written, not a figure of its own. `at`
 * itself when none follows.
 */
function perBaseEnd(text: string, at: number): number {
  if (text[at] !== '/' && text[at] !== '／') return at;
  PER_BASE.lastIndex = at + 1;
  return PER_BASE.test(text) ? PER_BASE.lastIndex : at;
}
/** A base of people or households, perhaps a magnitude before it ("千人", "万人", "100人", "户"). */
const PER_BASE = /(?:[0-9]{1,6}|[十百千万])?(?:人口|人|户)/uy;

/** The magnitudes a unit of an alternative may open with ("万亩"). */
const MAGNITUDES = new Set(['十', '百', '千', '万', '亿']);
/** Most measure words a bracket of alternatives names ("艘（台、套）"). */
const MAX_ALTERNATIVES = 3;

/**
 * Where a measure word's bracketed alternatives end ("3000台（套）", "2000艘(台、套)": the things
 * counted come in either measure; "2000万亩(次)": or over again): they are part of the unit as
 * written. `at` itself when none.
 */
function alternativesEnd(text: string, at: number): number {
  if (text[at] !== '（' && text[at] !== '(') return at;
  let j = at + 1;
  for (let n = 0; n < MAX_ALTERNATIVES; n++) {
    // "30亿棒(万亩)": an alternative in another measure keeps its magnitude.
    if (MAGNITUDES.has(text[j] ?? '')) j++;
    const words = BY_FIRST.get(text.charCodeAt(j));
    // "2000万亩(次)": a measure done over again is counted in 亩次, its alternative.
    const word = words?.find((w) => text.startsWith(w, j) && (LEXICON[w] === 'count' || LEXICON[w] === 'measure' || LEXICON[w] === 'frequency'));
    if (word === undefined) return at;
    j += word.length;
    if (text[j] === '）' || text[j] === ')') return j + 1;
    if (text[j] !== '、') return at;
    j++;
  }
  return at;
}

/** "％" → "%" and other NFKC folds, as the registry records units. */
export function normalizeUnit(unit: string): string {
  return unit.normalize('NFKC');
}
