/**
 * Reading quantities: figures, units, ranges, vague amounts and comparators, before any decision
 * about which quantities are targets.
 */
import { describe, expect, it } from 'vitest';
import { prefixComparator, suffixComparator } from '../src/targets/comparators.js';
import { scanQuantities } from '../src/targets/figures.js';
import { matchUnit } from '../src/targets/units.js';

/** The quantities in a text, as [figure, unit, comparator-or-null]. */
function figures(text: string): [string, string | null, string | null][] {
  return scanQuantities(text).map((q) => [
    q.min !== null ? `${q.min}~${q.max}` : String(q.value), q.unit, q.comparator,
  ]);
}

describe('figures and units', () => {
  it.each([
    ['全省医药产业完成工业增加值175亿元', '175', '亿元'],
    ['灌排机械动力达到1.2亿千瓦', '1.2', '亿千瓦'],
    ['年均增长12％', '12', '%'],
    ['中藏药材种植和野生抚育面积达到350万亩', '350', '万亩'],
    ['业务办理时间压缩至5个工作日以内', '5', '个工作日'],
    ['顶岗实习时间一般为6个月', '6', '个月'],
    ['新建中藏药材交易市场5个', '5', '个'],
    ['达到百分之九十五', '95', '%'],
    ['新增就业岗位1,200个', '1200', '个'],
    ['全市新建基站1.5万个', '1.5', '万个'],
    ['高新技术企业数量达到三千家', '3000', '家'],
    ['改造老旧小区一万二千户', '12000', '户'],
    ['提高5个百分点', '5', '个百分点'],
    ['实现地区生产总值翻一番', '1', '番'],
    ['增长2.7倍', '2.7', '倍'],
    ['分别减至1个月、半个月', '1', '个月'],
  ])('%s → %s %s', (text, figure, unit) => {
    // Bare figures ("一般" reads 一) are found too; the quantity with a unit is the one meant.
    const found = figures(text).filter((f) => f[1] !== null);
    expect(found[0]?.slice(0, 2)).toEqual([figure, unit]);
  });

  it('keeps percentage points apart from percent', () => {
    expect(figures('比2015年提高5个百分点')).toContainEqual(['5', '个百分点', null]);
    expect(figures('提高5%')).toContainEqual(['5', '%', null]);
  });

  it('gives a figure the fuller unit its neighbour writes once ("31.1个和26.3个百分点")', () => {
    expect(figures('分别提升31.1个和26.3个百分点').map((f) => f[1])).toEqual(['个百分点', '个百分点']);
  });

  it('reads "一半" as a half with no unit', () => {
    expect(figures('占总课时一半以上')).toEqual([['0.5', null, 'gte']]);
  });

  it('prefers the longest unit', () => {
    expect(matchUnit('个工作日以内', 0)?.text).toBe('个工作日');
    expect(matchUnit('个月', 0)?.text).toBe('个月');
    expect(matchUnit('个中国驰名商标', 0)?.text).toBe('个');
    expect(matchUnit('级防灾减灾救灾队伍', 0)).toBeNull();
  });
});

describe('ranges', () => {
  it.each([
    ['形成2-3个特色鲜明的集聚区', '2~3', '个'],
    ['10-15个青海省名牌产品', '10~15', '个'],
    ['新增10—15个项目', '10~15', '个'],
    ['打造3～5个品牌', '3~5', '个'],
    ['建设2至3所示范学校', '2~3', '所'],
    ['创建二到三个示范基地', '2~3', '个'],
    ['租金标准的10％－70％', '10~70', '%'],
    ['限额1.5倍至3倍以内', '1.5~3', '倍'],
  ])('%s → %s %s', (text, figure, unit) => {
    expect(figures(text)).toContainEqual([figure, unit, 'range']);
  });

  it('reads a band with its scale written once ("1-5亿元")', () => {
    expect(figures('1-5亿元企业20户')[0]).toEqual(['1~5', '亿元', 'range']);
  });

  it('does not read "——" bullets or descending pairs as ranges', () => {
    expect(figures('5个——产业规模')).toEqual([['5', '个', null]]);
    expect(figures('5-3个').find((f) => f[2] === 'range')).toBeUndefined();
  });
});

describe('vague amounts', () => {
  it.each([
    ['建设两三个示范区', '2~3', 'range'],
    ['十七八个', '17~18', 'range'],
    ['十几个', '11~19', 'range'],
    ['引进100余家企业', '100', 'approx'],
    ['带动就业十多万人', '10', 'approx'],
    ['实现营业收入1万多亿元', '1', 'approx'],
  ])('%s → %s %s, never one run-together figure', (text, figure, comparator) => {
    const [first] = figures(text);
    expect(first?.[0]).toBe(figure);
    expect(first?.[2]).toBe(comparator);
  });
});

describe('comparators', () => {
  it.each([
    ['达到100项以上', 'gte'], ['85％以上', 'gte'], ['5家（含）以上', 'gte'], ['5个工作日以内', 'lte'],
    ['30人以下', 'lte'], ['10个左右', 'approx'], ['11亿千瓦左右', 'approx'],
  ])('suffix of %s → %s', (text, comparator) => {
    const q = scanQuantities(text).find((x) => x.comparator !== null);
    expect(q?.comparator).toBe(comparator);
  });

  it('records inclusion notes', () => {
    expect(scanQuantities('30家（含）以上')[0]?.inclusive).toBe(true);
    expect(scanQuantities('5家以上（含5家）')[0]?.inclusive).toBe(true);
    expect(scanQuantities('10家及以上')[0]?.inclusive).toBe(true);
    expect(scanQuantities('10家以上')[0]?.inclusive).toBeNull();
    expect(suffixComparator('（不含）以下', 0)).toEqual({ comparator: 'lte', end: 6, inclusive: false });
  });

  it.each([
    ['不低于', 'gte'], ['不少于', 'gte'], ['至少', 'gte'], ['超过', 'gt'], ['高于', 'gt'], ['大于', 'gt'],
    ['不超过', 'lte'], ['低于', 'lt'], ['少于', 'lt'], ['约', 'approx'], ['近', 'approx'],
  ])('prefix %s → %s', (word, comparator) => {
    const text = `${word}10个`;
    expect(prefixComparator(text, word.length, 0)?.comparator).toBe(comparator);
  });

  it('reads a prefix across a short verb ("至少建设一所")', () => {
    expect(prefixComparator('至少建设一所', 4, 0)).toMatchObject({ comparator: 'gte', start: 0 });
  });

  it('reads 突破 as a comparator only when it ends the phrase', () => {
    expect(prefixComparator('规模突破1000亿元，', 4, 0, 10)?.comparator).toBe('gt');
    expect(prefixComparator('突破百项前沿关键核心技术', 2, 0, 4)).toBeNull();
  });

  it('stays inside the clause floor', () => {
    expect(prefixComparator('超过，10个', 3, 3)).toBeNull();
  });
});

describe('a measure word with its alternatives in brackets', () => {
  it.each([
    ['3000台（套）', '台（套）'],
    ['2000艘(台、套)以上', '艘(台、套)'],
  ])('%s: the unit is %s', (text, unit) => {
    expect(matchUnit(text, text.search(/[^0-9]/u))?.text).toBe(unit);
  });

  it.each([
    ['5个（其中3个示范）', '个'],
    ['30%（含）', '%'],
  ])('near miss: %s is no list of measures: the unit is %s', (text, unit) => {
    expect(matchUnit(text, text.search(/[^0-9]/u))?.text).toBe(unit);
  });
});

