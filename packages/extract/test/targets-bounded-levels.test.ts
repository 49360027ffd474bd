/**
 * Target rules met on held-out documents (probes 27–28: a district's 目标任务 list, a 责任分工
 * notice), as made-up phrases in their style with near misses: a measure held to a floor or a
 * ceiling ("粮食播种面积不低于3.6万亩") is a level the plan commits to; a bracket opened by a total
 * ("（共86项）") counts the work the sentence names; a note in brackets after a figure is no noun
 * it counts; a heading that ends on its goals ("完成2025年…重点工作指标任务") makes its figures goals.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { extractTargets, type TargetDraft } from '../src/targets/index.js';

/** A plan for a year, as the levels below are read only where a deadline is in force. */
const PLAN = '某县2024年农业农村重点工作目标任务';
const targets = (text: string, options: { rules?: boolean; title?: string } = {}): TargetDraft[] => extractTargets([{ path: '1', title: '', text, offset: 0 }], { title: PLAN, ...options });
const brief = (list: TargetDraft[]) => list.map((t) => [String(t.value), t.unit, t.comparator, t.metric]);

describe('a measure held to a floor or a ceiling', () => {
  it.each([
    ['粮食播种面积不低于3.6万亩，正常年景粮食产量达到0.3亿斤。', [['3.6', '万亩', 'gte', '粮食播种面积'], ['0.3', '亿斤', 'eq', '正常年景粮食产量']]],
    ['肉类总产量不低于2500吨。', [['2500', '吨', 'gte', '肉类总产量']]],
    ['森林覆盖率不低于45%，城市建成区绿地率不低于38%。', [['45', '%', 'gte', '森林覆盖率'], ['38', '%', 'gte', '城市建成区绿地率']]],
    ['单位地区生产总值能耗不高于0.45吨标准煤。', [['0.45', '吨标准煤', 'lte', '单位地区生产总值能耗']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
  it.each([
    // the figure qualifies a noun: which projects count
    '对投资额不低于1000万元的项目给予补贴。',
    // a norm: a modal before the bound
    '每个服务站面积应不低于200平方米。',
    // money: a condition as often as a goal
    '申报项目总投资不低于5000万元。',
  ])('near miss: %s', (text) => {
    expect(targets(text)).toEqual([]);
  });
  it('near miss: in a body of rules a bound is a norm', () => {
    expect(targets('粮食播种面积不低于3.6万亩。', { rules: true })).toEqual([]);
  });
  it('near miss: with no deadline in force (no plan of a year, no lead-in) a bound is a term', () => {
    expect(targets('粮食播种面积不低于3.6万亩。', { title: '某县关于支持农业发展的若干措施' })).toEqual([]);
  });
  it.each([
    '申报企业上年度研发投入占营业收入比例不低于3%，研发人员不少于10人。',
    '扶持对象须满足以下条件：企业员工人数不少于100人。',
    '入驻企业租用面积不小于500平方米。',
    '第二条 物业服务区域内绿地率不低于30%。',
  ])('near miss: conditions someone must meet, even in a plan of a year: %s', (text) => {
    expect(targets(text)).toEqual([]);
  });
});

describe('a bracket opened by a total counts the work named', () => {
  it('"（共86项）" is no target', () => {
    expect(targets('为抓好区政府工作报告所列重点工作的落实（共86项，重点项目另行调度），现提出如下要求。')).toEqual([]);
  });
  it.each([
    ['到2025年，完成老旧小区改造项目（共计120项）。', '120'],
    ['年内开工建设重大项目（共50项）。', '50'],
  ])('near miss: the total of what a verb commits to stays a target: %s', (text, figure) => {
    expect(brief(targets(text)).map((t) => t[0])).toContain(figure);
  });
  it('near miss: a count of things to build stays a target', () => {
    expect(brief(targets('到2025年，新建社区养老服务站30个（共计覆盖120个社区）。')).map((t) => t[0])).toContain('30');
  });
});

describe('a note in brackets after a figure', () => {
  it('is no noun the figure counts', () => {
    expect(brief(targets('永久基本农田保护面积不低于2.6万亩（以新一轮国土空间规划下达的任务为准）。'))).toEqual([['2.6', '万亩', 'gte', '永久基本农田保护面积']]);
  });
  // "（个）" names the figure's measure a second way: part of the unit as written.
  it('near miss: the noun after a bracketed alternative measure is still counted', () => {
    expect(brief(targets('建设50所（个）高水平学校。'))).toEqual([['50', '所(个)', 'eq', '建设高水平学校']]);
  });
});

describe('a heading that ends on its goals', () => {
  const text = '某区2025年度安全生产工作责任清单\n一、主要工作\n1.完成2025年安全生产重点工作指标任务。群众安全知识知晓度评分90分以上，示范点达标率100%。\n2.推进安全生产示范创建工作，组织开展示范创建活动。群众满意度评分85分以上。\n';
  const found = compile({ path: 'list.txt', value: text }).registry.targets.map((t) => `${t.path} ${t.text}`);
  it('makes its figures goals, however long the title', () => {
    expect(found).toEqual(expect.arrayContaining(['1.1 90分以上', '1.1 100%']));
  });
  it('near miss: a long title that runs on past the word only mentions goals', () => {
    expect(found.filter((t) => t.startsWith('1.2'))).toEqual([]);
  });
});

describe('a total of a text\'s own provisions, whose items a comma then names', () => {
  it('is no target ("共计4条，分别是…")', () => {
    expect(brief(targets('到2025年，二是推动有效投资增长共计4条，分别是浓厚招商氛围、加快项目建设。'))).toEqual([]);
  });
  it('near miss: a goal whose items or part a comma then names stays one', () => {
    expect(brief(targets('到2025年，新增高新技术企业4家，分别是甲公司、乙公司。')).map((t) => t[0])).toEqual(['4']);
    expect(brief(targets('到2025年，全市新增高新技术企业40家，包括省级企业10家。')).map((t) => t[0])).toEqual(['40', '10']);
    expect(brief(targets('到2025年，实施重点项目共5项，分别是甲项目、乙项目。')).map((t) => t[0])).toEqual(['5']);
  });
});

describe('concentrations, and figures listed under 分别 that share the unit written last', () => {
  it.each([
    ['到2025年，细颗粒物平均浓度不高于30微克/立方米。', [['30', '微克/立方米', 'lte', '细颗粒物平均浓度']]],
    ['到2025年，化学需氧量浓度低于20毫克/升。', [['20', '毫克/升', 'lt', '化学需氧量浓度']]],
    // The per written out: 每 for the slash.
    ['到2025年，细颗粒物年均浓度降至29微克每立方米以下。', [['29', '微克每立方米', 'lte', '细颗粒物年均浓度']]],
    ['到2025年，可吸入颗粒物和细颗粒物平均浓度分别不高于50和30微克/立方米。', [['50', '微克/立方米', 'lte', '可吸入颗粒物和细颗粒物平均浓度'], ['30', '微克/立方米', 'lte', '可吸入颗粒物和细颗粒物平均浓度']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
  it('near miss: 每 before what no amount is per ("每年") opens the next phrase, not the unit', () => {
    expect(brief(targets('到2025年，新增造林面积2万亩每年组织培训活动。')).map((t) => t[1])).toEqual(['万亩']);
    // …nor where the phrase goes on after the per word, or that word is the amount's own measure.
    expect(brief(targets('到2025年，新建高标准农田2万亩每亩投入不低于1500元。')).map((t) => t[1])).toEqual(['万亩']);
    expect(brief(targets('到2025年，新增绿地面积2万平方米每人公园绿地面积提高。')).map((t) => t[1])).toEqual(['万平方米']);
  });
  it('a bound written after the last figure listed under 分别 bounds each of them', () => {
    expect(brief(targets('到2025年，三类企业的减排比例分别达到10%、15%和20%以上。')).map((t) => t[2])).toEqual(['gte', 'gte', 'gte']);
  });
  it('near miss: with no 分别, a bound after the last figure is its own', () => {
    expect(brief(targets('到2025年，优良天数比例达到80%，重点企业减排比例达到20%以上。')).map((t) => t[2])).toEqual(['eq', 'gte']);
  });
  it('near miss: a bare figure with no 分别 before it borrows no unit', () => {
    expect(brief(targets('到2025年，第3和第5批示范项目完成验收。'))).toEqual([]);
  });
});

describe('ratios to one, and gaps a plan narrows (缩小到)', () => {
  it.each([
    ['城乡居民收入比缩小到2.1:1以内。', [['2.1', ':1', 'lte', '城乡居民收入比']]],
    ['到2025年，农产品加工业产值与农业总产值之比达到2.4：1。', [['2.4', ':1', 'eq', '农产品加工业产值与农业总产值之比']]],
    ['城乡居民收入差距缩小到2.3倍以内。', [['2.3', '倍', 'lte', '城乡居民收入差距']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
  it.each([
    ['a matching rate, no goal', '市级财政按1:1比例安排配套资金。'],
    ['a scale, not a ratio to one', '编制1:10000比例尺地形图。'],
  ])('near miss: %s: %s', (_title, text) => {
    expect(brief(targets(text))).toEqual([]);
  });
});
