/**
 * Families of sentences found missed or misread on held-out policies: classifiers beyond the common
 * ones, a count after a long enumeration, a measure that specifies a noun, a year that names a
 * document, and numerals inside lexicalised terms. Every sentence is made up in the style of such
 * documents; each family has near-misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../src/targets/clauses.js';
import { scanQuantities } from '../src/targets/figures.js';
import { extractTargets, type TargetDraft } from '../src/targets/index.js';
import { nonTargetReason } from '../src/targets/nontargets.js';
import { matchUnit } from '../src/targets/units.js';

function targets(text: string, { title = '', path = '1' } = {}): TargetDraft[] {
  return extractTargets([{ path, title, text, offset: 0 }]);
}

/** [figure, unit, comparator, deadline] of each target. */
function brief(list: TargetDraft[]): [string, string | null, string, string | null][] {
  return list.map((t) => [t.comparator === 'range' ? `${t.min}~${t.max}` : String(t.value), t.unit, t.comparator, t.deadline]);
}

describe('the classifiers of things counted', () => {
  it.each([
    ['力争形成年产30发液体火箭、200颗遥感卫星的总装能力。', [['30', '发', 'eq', null], ['200', '颗', 'eq', null]]],
    ['到2026年，新增农田灌溉机井1200眼，更新改造路灯3500盏。', [['1200', '眼', 'eq', '2026'], ['3500', '盏', 'eq', '2026']]],
    ['构建不少于500例样本的罕见病临床数据库。', [['500', '例', 'gte', null]]],
    ['搭建不少于3个中试验证平台。', [['3', '个', 'gte', null]]],
    ['到2025年，累计发放纪念币10万枚。', [['10', '万枚', 'eq', '2025']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it.each([
    // the character opens a word of its own: the numeral before it ends an earlier word
    ['统一发布', 2], ['唯一根据', 2], ['统一列入', 2], ['新开3口岸', 3],
  ])('reads no classifier in %s', (text, at) => {
    expect(matchUnit(text, at)).toBeNull();
  });

  it('reads no verb inside the noun counted', () => {
    expect(targets('建立药材种植、生产研发基地2个。').map((t) => t.metric)).toEqual(['建立生产研发基地']);
  });

  it('still reads the classifier before the noun it counts', () => {
    expect(matchUnit('打出50发炮弹', 4)?.text).toBe('发');
    expect(matchUnit('打3口深井', 2)?.text).toBe('口');
  });

  it('takes no figure from a verb phrase a numeral ends', () => {
    expect(brief(targets('到2025年，全市统一发布各类政务信息，统一列入年度考核。'))).toEqual([]);
  });
});

describe('a count after an enumeration of the things counted', () => {
  it.each([
    // the verb before a long list governs the figure after it
    ['在智能制造领域，新增国家级、省级企业技术中心、工程研究中心、重点实验室、工业设计中心等创新载体6个以上，带动产业升级。', [['6', '个', 'gte', null]]],
    // levels grade an item, they are not items: the list has three items, not four
    ['到2027年，培育省级、市级专精特新企业、单项冠军企业和瞪羚企业等4家以上。', [['4', '家', 'gte', '2027']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it('still reads an exact count of the list before it as the list restated', () => {
    const text = '重点支持集成电路、生物医药、人工智能等3个产业发展。';
    const shape = shapeOf(text);
    const q = scanQuantities(text).find((x) => x.unit === '个')!;
    expect(nonTargetReason(shape, q)).toBe('list-count');
  });
});

describe('a measure that specifies the noun after it', () => {
  it.each([
    ['加快5米直径重型运载火箭研制。'],
    ['建成一座120米跨径斜拉桥，推进2.5米口径望远镜建设。'],
  ])('%s sets no target', (text) => {
    expect(brief(targets(text))).toEqual([]);
  });

  it('keeps an amount of the noun it measures', () => {
    expect(brief(targets('新建输气管道120公里，改造5米宽度以上的乡村道路200公里。'))).toEqual([['120', '公里', 'eq', null], ['200', '公里', 'eq', null]]);
  });
});

describe('years that name a document, and recurring goals', () => {
  it('dates a document by a year written before its quoted name', () => {
    const text = '印发《全市数字化转型三年行动计划（2023-2025）》和2023年“数智赋能”工作要点，对企业予以奖补，每年遴选示范企业30家。';
    expect(brief(targets(text, { title: text.slice(0, 60) }))).toEqual([['30', '家', 'eq', null]]);
  });

  it('keeps a year that opens its sentence before a quoted name as a deadline', () => {
    expect(brief(targets('2026年“一件事”集成办理事项达到50项。'))).toEqual([['50', '项', 'eq', '2026']]);
  });

  it('gives a yearly goal the deadline of a phrase of time limit', () => {
    expect(brief(targets('到2027年，每年新增规上工业企业100家。'))).toEqual([['100', '家', 'eq', '2027']]);
  });

  it('gives a yearly goal no deadline from a bare year of its heading', () => {
    const title = '制定2024年产业帮扶方案，每年帮扶困难企业20家';
    expect(brief(targets(`${title}。`, { title }))).toEqual([['20', '家', 'eq', null]]);
    // …which still dates a goal that is not yearly
    const other = '制定2024年产业帮扶方案，帮扶困难企业20家';
    expect(brief(targets(`${other}。`, { title: other }))).toEqual([['20', '家', 'eq', '2024']]);
  });
});

describe('numerals inside lexicalised terms', () => {
  it.each([
    ['推动三次产业融合发展，实现一二三产业协同。'],
    ['实施二次供水设施改造，提高一次能源利用效率。'],
  ])('%s sets no target', (text) => {
    expect(brief(targets(text))).toEqual([]);
  });

  it('keeps a bounded or trailing number of times', () => {
    expect(brief(targets('到2025年，每年开展应急演练不少于两次，组织专项督查3次。'))).toEqual([['2', '次', 'gte', '2025'], ['3', '次', 'eq', '2025']]);
  });
});

describe('a figure in an item\'s own title line', () => {
  it('names its measure without the item\'s number', () => {
    for (const marker of ['2.', '2．', '（二）', '(2)', '二、', '②']) {
      const [target] = targets(`${marker}新建200个农村公路项目。（省交通运输厅负责）`);
      expect(target?.metric, marker).toBe('新建农村公路项目');
    }
  });

  it('keeps a number that opens the measure\'s own name', () => {
    expect(targets('5G基站达到8万个。')[0]?.metric).toBe('5G基站');
    expect(targets('3.0版标准覆盖企业200家。')[0]?.metric).toMatch(/^3\.0版/u);
    expect(targets('一、二级医院达到100家。')[0]?.metric).toBe('一、二级医院');
  });
});

describe('what a year\'s plan of work undertakes to see through', () => {
  it.each([
    ['抓好600个省级重点产业项目，确保年度投资达到2000亿元。', [['600', '个', 'eq', null], ['2000', '亿元', 'eq', null]]],
    ['集中财力办好10件民生实事。', [['10', '件', 'eq', null]]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it('counts nothing the verb does not govern', () => {
    expect(brief(targets('抓好2023年各项任务落实。'))).toEqual([]);
    expect(brief(targets('抓好“十四五”规划实施。'))).toEqual([]);
  });
});

describe('the people and bodies a programme chooses, sends and funds', () => {
  it.each([
    ['每年选拔资助不少于100名青年科技人员。', [['100', '名', 'gte', null]]],
    ['5年内选派不少于1000名紧缺人才赴海外培训。', [['1000', '名', 'gte', null]]],
    ['组织和发动80家科技类社会组织与企业开展合作。', [['80', '家', 'eq', null]]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it('counts nothing where support is a term or a noun', () => {
    // Who an incentive goes to, and a heading that counts its own items.
    expect(brief(targets('优先支持其行政区域内1家符合条件的园区扩区。'))).toEqual([]);
    expect(brief(targets('科技成果转化激励方面（共4项）'))).toEqual([]);
  });
});

describe('clauses that repeat the object before them with the verb left out', () => {
  it.each([
    ['重点培养不少于10名学科带头人，不少于20名青年拔尖人才，不少于50名后备人才。', [['10', '名', 'gte', null], ['20', '名', 'gte', null], ['50', '名', 'gte', null]]],
    ['每年引进30名领军人才来本市工作，200名骨干人才参加专题研修。', [['30', '名', 'eq', null], ['200', '名', 'eq', null]]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it('takes no figure whose clause says something else of it, or follows no committed figure', () => {
    // The clause opens with its subject, not the figure; the first figure is a fact, not a goal.
    expect(brief(targets('每年引进30名领军人才来本市工作，其中女性人才5名。'))).toEqual([['30', '名', 'eq', null]]);
    expect(brief(targets('全市现有企业300家，120家为高新技术企业。'))).toEqual([]);
  });
});

describe('counts of occasions', () => {
  it('reads 场次 and 人次 as things counted, not as how often', () => {
    expect(brief(targets('重点扶持50场次名家讲座，培训技术人员2万人次。'))).toEqual([['50', '场次', 'eq', null], ['2', '万人次', 'eq', null]]);
    // How often, with nothing made: no goal.
    expect(brief(targets('重点扶持名家讲座，每年召开会议2次。'))).toEqual([]);
  });
});

describe('ranges whose lower bound keeps its scale, and completion written after the noun', () => {
  it('reads "200亿—500亿元" as one range, which qualifying a noun sets no goal of its own', () => {
    expect(brief(targets('到2030年，主营业务收入200亿—500亿元的县达到40个。'))).toEqual([['40', '个', 'eq', '2030']]);
    expect(brief(targets('力争培育年产值200亿—500亿元企业集群。'))).toEqual([['200~500', '亿元', 'range', null]]);
  });

  it('counts a noun counted that 完成 its work, and an expansion to a figure', () => {
    expect(brief(targets('7个乡镇卫生院完成搬迁或改扩建。'))).toEqual([['7', '个', 'eq', null]]);
    expect(brief(targets('扩充公办幼儿园学位至1800个。'))).toEqual([['1800', '个', 'eq', null]]);
    // Completion that only times what follows.
    expect(brief(targets('5个试点完成后开展评估。'))).toEqual([]);
  });
});

describe('the parts a sentence opened by 其中 lists', () => {
  it('are goals of the figure that closed the sentence before', () => {
    const found = targets('2024年全区新建公园12个。其中，城区公园5个，郊野公园7个。');
    expect(brief(found)).toEqual([['12', '个', 'eq', '2024'], ['5', '个', 'eq', '2024'], ['7', '个', 'eq', '2024']]);
    expect(found.map((t) => t.partOf)).toEqual([null, found[0]!.id, found[0]!.id]);
  });

  it('a part whose measure names its alternatives ("1000台（套）") is still a part of its total in 台', () => {
    const found = targets('到2025年，建成充电桩3000台，其中公共充电桩1000台（套）。');
    expect(found.map((t) => t.partOf)).toEqual([null, found[0]!.id]);
  });

  it('not a fact said of some of them, nor parts after a figure that is no goal', () => {
    expect(brief(targets('全区新建公园12个。其中3个已投入使用。'))).toEqual([['12', '个', 'eq', null]]);
    expect(brief(targets('全区新建公园12个。其中，城区公园5个已建成。'))).toEqual([['12', '个', 'eq', null]]);
    expect(brief(targets('全区现有公园12个。其中，城区公园5个，郊野公园7个。'))).toEqual([]);
  });

  it('counts the events a plan holds', () => {
    expect(brief(targets('精心举办促消费活动150场次。'))).toEqual([['150', '场次', 'eq', null]]);
  });
});
