/**
 * Which quantities are targets, on phrases taken from the shared corpus (the documents named in
 * each group), and how composite phrases split.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets, type TargetDraft, type TextBlock } from '../src/targets/index.js';

function targets(text: string, { title = '', path = '1' } = {}): TargetDraft[] {
  return extractTargets([{ path, title, text, offset: 0 }]);
}

/** [figure, unit, comparator] of each target. */
function brief(list: TargetDraft[]): [string, string | null, string][] {
  return list.map((t) => [t.comparator === 'range' ? `${t.min}~${t.max}` : String(t.value), t.unit, t.comparator]);
}

describe('goals with a commitment verb', () => {
  it.each([
    // qinghai-pharma
    ['建立省级中藏药材种质资源库1个，建立中藏药材资源种类动态监测平台1-2个，新建中藏药材交易市场5个。', [['1', '个', 'eq'], ['1~2', '个', 'range'], ['5', '个', 'eq']]],
    ['民族医药服务开展率达到100％，创建2-3所示范社区卫生服务中心，社区卫生服务对象综合满意度达到85％以上。', [['100', '%', 'eq'], ['2~3', '所', 'range'], ['85', '%', 'gte']]],
    ['加快新药研发，自主研制开发2-3个Ⅰ类新药。', [['2~3', '个', 'range']]],
    // gov-2019-4-vocational-education
    ['实施职业院校教师素质提高计划，建立100个“双师型”教师培养培训基地。', [['100', '个', 'eq']]],
    ['重点支持集中连片特困地区每个地（市、州、盟）原则上至少建设一所符合当地经济社会发展和技术技能人才培养需要的中等职业学校。', [['1', '所', 'gte']]],
    ['自2019年开始，推动职业院校在10个左右技术技能人才紧缺领域大力开展职业培训。', [['10', '个', 'approx']]],
    // gov-2020-43-task-division
    ['推动将强制性认证目录中适用自我声明方式的产品种类扩大至30%以上，进一步整合划分过细的认证单元。', [['30', '%', 'gte']]],
    ['2020年底前将全国所有市县抵押登记业务办理时间压缩至5个工作日以内。', [['5', '个工作日', 'lte']]],
    ['国家药品监督管理部门每年对在产的疫苗生产企业进行100%全覆盖巡查和重点抽查。', [['100', '%', 'eq']]],
    // sh-2021-beidou
    ['推动制定不少于10项北斗高精度国家标准，建成国际领先的城市级时空基础设施。', [['10', '项', 'gte']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
});

describe('goals in goal context (a goal title or a deadline lead-in)', () => {
  it('takes every quantity of a lead-in paragraph (gov-2018-42-farm-machinery)', () => {
    const text = '到2020年，农机装备产业科技创新能力持续提升。全国农机总动力超过10亿千瓦，其中灌排机械动力达到1.2亿千瓦，农机具配置结构进一步优化。全国农作物耕种收综合机械化率达到70%。';
    expect(brief(targets(text))).toEqual([['10', '亿千瓦', 'gt'], ['1.2', '亿千瓦', 'eq'], ['70', '%', 'eq']]);
  });

  it('takes verbless goals under a goal label (gov-2019-4-vocational-education preamble)', () => {
    const text = '具体指标：到2022年，职业院校教学条件基本达标。职业院校实践性教学课时原则上占总课时一半以上，顶岗实习时间一般为6个月。“双师型”教师占专业课教师总数超过一半。';
    expect(brief(targets(text, { path: '' }))).toEqual([['0.5', null, 'gte'], ['6', '个月', 'eq'], ['0.5', null, 'gt']]);
  });

  it('takes counts with no verb in a section titled as goals (qinghai-pharma 二（一）)', () => {
    const text = '（一）产业规模明显扩大。培育壮大一批骨干企业，其中产值10-20亿元企业2户，5-10亿元企业10户，1-5亿元企业20户；年产中藏药材30万吨。';
    const found = targets(text, { path: '2.1', title: '产业规模明显扩大' });
    expect(found).toEqual([]); // no goal title, no lead-in, no verb: nothing is committed
    const blocks: TextBlock[] = [
      { path: '2', title: '发展目标', text: '二、发展目标\n', offset: 0 },
      { path: '2.1', title: '产业规模明显扩大', text, offset: 7 },
    ];
    expect(brief(extractTargets(blocks))).toEqual([['2', '户', 'eq'], ['10', '户', 'eq'], ['20', '户', 'eq'], ['30', '万吨', 'eq']]);
  });

  it('does not take a long run-in title that merely mentions 目标 as a goal title (gov-2018-117-incentives)', () => {
    const title = '对公路水路交通建设年度目标任务完成情况好的省（区、市），将该省（区、市）具备条件的交通建设项目优先列入三年滚动计划';
    expect(targets(`六、${title}。`, { path: '6', title })).toEqual([]);
  });
});

describe('composite phrases', () => {
  it('"A及B分别达到150个" is two targets (qinghai-pharma)', () => {
    const found = targets('重大原始创新成果及专利申请数量分别达到150个，授权专利数量达到100个。');
    expect(brief(found)).toEqual([['150', '个', 'eq'], ['150', '个', 'eq'], ['100', '个', 'eq']]);
    expect(found.map((t) => t.metric)).toEqual(['重大原始创新成果', '专利申请数量', '授权专利数量']);
  });

  it('"均达到45%" spreads one figure; "分别达到65%和55%" pairs two (gov-2018-42-farm-machinery)', () => {
    const text = '到2025年，薄弱环节机械化全面突破，其中马铃薯种植、收获机械化率均达到45%，花生种植、收获机械化率分别达到65%和55%。';
    expect(brief(targets(text))).toEqual([['45', '%', 'eq'], ['45', '%', 'eq'], ['65', '%', 'eq'], ['55', '%', 'eq']]);
  });

  it('"产值10-20亿元企业2户" is one target, the band is in its metric (qinghai-pharma)', () => {
    const [t, ...rest] = targets('到“十三五”末，其中产值10-20亿元企业2户。');
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ value: 2, unit: '户', comparator: 'eq' });
    expect(t?.metric).toContain('10-20亿元');
  });

  it('"90％以上乡镇和60％以上村" is two targets (qinghai-pharma)', () => {
    const text = '达到标准的养老服务设施覆盖所有城市社区、90％以上乡镇和60％以上村。';
    expect(brief(targets(text))).toEqual([['90', '%', 'gte'], ['60', '%', 'gte']]);
  });

  it('records parts of a total (qinghai-pharma, sh-2021-beidou)', () => {
    const found = targets('全省中藏药材种植和野生抚育面积达到350万亩（其中人工种植85万亩、野生抚育265万亩），年产中藏药材30万吨。', { path: '2.1', title: '发展目标' });
    expect(brief(found)).toEqual([['350', '万亩', 'eq'], ['85', '万亩', 'eq'], ['265', '万亩', 'eq'], ['30', '万吨', 'eq']]);
    expect(found.map((t) => t.partOf)).toEqual([null, 'target-2.1-1', 'target-2.1-1', null]);
    expect(found.map((t) => t.metric)).toEqual(['全省中藏药材种植和野生抚育面积', '人工种植', '野生抚育', '年产中藏药材']);
    const beidou = targets('推动北斗时空信息产业规模达1000亿元，其中北斗高精度导航定位产业规模超过500亿元，培育100家产业链优质企业。');
    expect(beidou.map((t) => t.partOf)).toEqual([null, 'target-1-1', null]);
  });

  it('numbers ids per section, with target-0-n for the preamble', () => {
    expect(targets('建设50所高水平高等职业学校和150个骨干专业（群）。', { path: '' }).map((t) => t.id)).toEqual(['target-0-1', 'target-0-2']);
    expect(targets('新建市场5个。', { path: '3.1' })[0]?.id).toBe('target-3.1-1');
  });
});

describe('qualifiers: recurrence, aggregation, baseline, inclusion, kind', () => {
  it('marks recurring targets (qinghai-pharma 三（七）)', () => {
    const [t] = targets('建立优势品种培育机制，每年精选3个中藏药品种实行“一品一策”精准扶持。');
    expect(t).toMatchObject({ value: 3, unit: '个', recurring: true, aggregation: 'per-year', kind: 'count' });
  });

  it('reads 年均 growth (qinghai-pharma, national-pharma)', () => {
    const [a, b] = targets('到“十三五”末，全省医药产业完成工业增加值175亿元，年均增长12％。');
    expect(a).toMatchObject({ value: 175, unit: '亿元', kind: 'level', metric: '全省医药产业工业增加值' });
    expect(b).toMatchObject({ value: 12, unit: '%', kind: 'growth', aggregation: 'annual-average' });
    const [c] = targets('到2020年，医药产业规模进一步壮大，主营业务收入年均增速高于10%。');
    expect(c).toMatchObject({ value: 10, comparator: 'gt', kind: 'growth', aggregation: 'annual-average' });
  });

  it('reads baselines and changes in percentage points', () => {
    const [t] = targets('到2025年，全省森林覆盖率比2015年提高5个百分点。');
    expect(t).toMatchObject({ value: 5, unit: '个百分点', kind: 'change', baseline: '2015', metric: '全省森林覆盖率', deadline: '2025' });
  });

  it('reads cumulative targets and inclusive bounds', () => {
    expect(targets('到2025年，累计建成智慧社区30个（含）以上。')[0]).toMatchObject({ aggregation: 'cumulative', inclusive: true, comparator: 'gte' });
  });

  it('reads 翻一番 and 百分之N', () => {
    expect(targets('力争实现地区生产总值翻一番。')[0]).toMatchObject({ value: 1, unit: '番', kind: 'growth' });
    expect(targets('重点区域覆盖率达到百分之九十五。')[0]).toMatchObject({ value: 95, unit: '%', kind: 'share' });
  });
});

describe('indicator tables and other layouts (“十四五”国家应急体系规划)', () => {
  const goals = (text: string) => extractTargets([{ path: '2.3', title: '主要目标', text, offset: 0 }]);

  it('reads a table row: label on one line, value on the next, signs as comparators', () => {
    const text = '（三）主要目标。\n到2025年，应急管理体系和能力现代化建设取得重大进展。\n专栏1　“十四五”时期主要指标\n序号\n1\n生产安全事故死亡人数\n下降15%\n约束性\n7\n年均因自然灾害直接经济损失占国内生产总值比例\n<1%\n预期性\n';
    const found = goals(text);
    expect(brief(found)).toEqual([['15', '%', 'eq'], ['1', '%', 'lt']]);
    expect(found.map((t) => t.metric)).toEqual(['生产安全事故死亡人数下降', '年均因自然灾害直接经济损失占国内生产总值比例']);
    expect(found[0]?.kind).toBe('change');
  });

  it('reads a space before the unit ("达到 500 万千瓦左右")', () => {
    expect(brief(targets('到2025年，全省新型储能装机容量达到 500 万千瓦左右。'))).toEqual([['500', '万千瓦', 'approx']]);
  });

  it('does not take a 十万 inside a measure\'s name', () => {
    expect(goals('工矿商贸就业人员十万人生产安全事故死亡率\n下降20%\n').map((t) => t.unit)).toEqual(['%']);
  });

  it('does not take figures that jointly qualify a noun ("超过30人、井深超过800米的矿山")', () => {
    expect(targets('入井人数超过30人、井深超过800米的金属非金属地下矿山，边坡高度超过200米的露天矿山。')).toEqual([]);
  });

  it('does not take the terms of a benefit outside goal context', () => {
    expect(targets('支持企业加大研发投入，研发费用加计扣除比例提高至100%。')).toEqual([]);
  });
});

describe('phrasing of plans and work reports', () => {
  it('takes the goal of "从X提高到Y", not its starting value', () => {
    const [t, ...rest] = targets('到2020年，全员劳动生产率从人均8.7万元提高到12万元以上。');
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ value: 12, unit: '万元', comparator: 'gte', metric: '全员劳动生产率', deadline: '2020' });
  });

  it('pairs "分别降低13.5%、18%" and keeps their kind', () => {
    const found = targets('单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。');
    expect(found.map((t) => [t.value, t.kind, t.metric])).toEqual([[13.5, 'change', '单位国内生产总值能耗'], [18, 'change', '二氧化碳排放']]);
  });

  it('takes spans and ages set as levels or changes', () => {
    expect(brief(targets('劳动年龄人口平均受教育年限提高到11.3年。'))).toEqual([['11.3', '年', 'eq']]);
    expect(brief(targets('人均预期寿命再提高1岁。'))).toEqual([['1', '岁', 'eq']]);
  });

  it('reads 翻一番 against its baseline', () => {
    expect(targets('到2020年国内生产总值和城乡居民人均收入比2010年翻一番。')[0]).toMatchObject({ value: 1, unit: '番', baseline: '2010', deadline: '2020', kind: 'growth' });
  });
});
