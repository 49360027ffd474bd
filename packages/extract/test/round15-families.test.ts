/**
 * Families first met on documents the compiler had never seen (round 15's probes: the openings of
 * pages from many provinces, township plans among them). Made-up sentences in the style of such
 * documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';


/** The tasks of a line under a township plan's heading. */
const duties = (line: string) => tasks(`某乡工作方案\n一、治理农产品污染\n${line}\n`);

describe('a list of names its role verb vouches for', () => {
  it('a township\'s stations and offices between separators, beside a name running text reads', () => {
    expect(duties('由乡农业服务中心承办，乡畜牧站、卫生院、派出所、工商所配合。')).toEqual(['1 prose 乡农业服务中心/乡畜牧站|卫生院|派出所|工商所/']);
    expect(duties('由乡农技站负责，乡财政所、派出所协助。')).toEqual(['1 prose 乡农技站/乡财政所|派出所/']);
  });

  it('near miss: such a name alone, with nothing beside it to vouch for it, is not read', () => {
    expect(duties('由乡农业服务中心承办，工商所配合。')).toEqual(['1 prose 乡农业服务中心//']);
  });

  it('the verb may follow 等 and an adverb', () => {
    expect(duties('由乡政府负责，乡卫生院、派出所等配合。')).toEqual(['1 prose 乡政府/乡卫生院|派出所/']);
    expect(duties('由乡政府负责，乡卫生院、派出所共同配合。')).toEqual(['1 prose 乡政府/乡卫生院|派出所/']);
  });

  it('near miss: places among the names make the list no list of bodies', () => {
    expect(duties('全乡中小学校、公共场所、经营场所参与控烟行动。')).toEqual([]);
  });

  it('near miss: a principle or a mechanism names no actor ("坚持政府主导", "严格落实中央统筹、省负总责")', () => {
    expect(duties('社区物业管理工作应当坚持政府主导、属地管理的原则。')).toEqual([]);
    expect(duties('严格落实中央统筹、省负总责的工作机制。')).toEqual([]);
  });

  it('主管 before what a body is in charge of is the verb, the list ending before it', () => {
    expect(tasks('某省机关运行保障办法\n第五条 省机关事务管理部门主管省直机关运行保障工作，会同省财政厅制定保障制度。\n')).toEqual(['1 prose 省机关事务管理部门/省财政厅/']);
  });

  it('near miss: 主管 before a kind word, or with 主办, is part of the name', () => {
    expect(tasks('某市管理办法\n第五条 市城市管理主管部门负责城市管理工作。\n')).toEqual(['1 prose 市城市管理主管部门//']);
    expect(tasks('某市管理办法\n第五条 企业主管主办部门负责监督。\n')).toEqual(['1 prose 企业主管主办部门//']);
  });

  it('near miss: the same names with no role verb after them are no actors', () => {
    expect(duties('由乡农业服务中心承办，检查范围包括乡畜牧站、卫生院、派出所、工商所。')).toEqual(['1 prose 乡农业服务中心//']);
  });
});

/** [figure as written, deadline] of every target of a measure under a city opinion's heading. */
const goals = (sentence: string) =>
  compile({ path: 'p.txt', value: `某市关于支持实体经济发展的意见\n一、支持工业稳增长\n（一）持续加大投入力度。${sentence}\n` })
    .registry.targets.map((t) => [t.text, t.deadline]);

describe('sums a plan commits over a span of time', () => {
  it('spending as the predicate of a span: "今明两年投资530亿元"', () => {
    expect(goals('抓住铁路建设机遇，今明两年投资530亿元。')).toEqual([['530亿元', null]]);
    expect(goals('三年内累计投入50亿元，支持园区建设。')).toEqual([['50亿元', null]]);
  });

  it('every year, and a whole place\'s', () => {
    expect(goals('每年投入不少于500万元，支持技术改造。')).toEqual([['不少于500万元', null]]);
    expect(goals('今明两年全市投资530亿元。')).toEqual([['530亿元', null]]);
  });

  it('near miss: a span after the clause\'s subject sets a condition on it, no goal', () => {
    expect(goals('新引进的工业项目三年内累计投资1亿元，给予500万元奖励。')).toEqual([]);
    expect(goals('签约项目须在两年内投资5000万元，否则收回土地。')).toEqual([]);
  });

  it('near miss: spending after a noun is the noun ("研发投入", "项目投资"), no goal', () => {
    expect(goals('企业研发投入50亿元的，给予奖励。')).toEqual([]);
    expect(goals('对项目投资5亿元的企业给予支持。')).toEqual([]);
  });

  it('a sum over a span that opens its sentence is due by the span\'s end', () => {
    expect(goals('2018—2021年累计安排专项资金不低于30亿元，采取贷款贴息等方式支持。')).toEqual([['不低于30亿元', '2021']]);
    expect(goals('2018—2021年共安排专项资金30亿元。')).toEqual([['30亿元', '2021']]);
    expect(goals('2018—2021年全市累计安排专项资金30亿元。')).toEqual([['30亿元', '2021']]);
  });

  it('near miss: a span inside a condition dates no goal', () => {
    expect(goals('对2016—2018年累计投资超过1亿元的企业给予奖励。')).toEqual([]);
  });
});

describe('a goal label that says the goals follow', () => {
  it('"具体目标如下：" opens goals stated with no verb of their own', () => {
    expect(goals('具体调减目标如下：发展果树种植面积0.8万亩，食用菌种植面积0.9万亩。')).toEqual([['0.8万亩', null], ['0.9万亩', null]]);
  });

  it('near miss: the same figures with no label are areas, no goals', () => {
    expect(goals('现有果树种植面积0.8万亩，食用菌种植面积0.9万亩。')).toEqual([]);
  });
});

describe('the size of what a plan makes', () => {
  it('"组建总规模100亿元的工业发展基金": the fund\'s scale is a goal', () => {
    expect(goals('通过市场化方式组建总规模100亿元的工业发展基金，吸引社会资本。')).toEqual([['100亿元', null]]);
    expect(goals('设立首期规模20亿元的产业引导基金。')).toEqual([['20亿元', null]]);
    expect(goals('组建一支总规模约100亿元的基金。')).toEqual([['约100亿元', null]]);
  });

  it('near miss: a bar on the size of what is rewarded is no goal', () => {
    expect(goals('对总规模1亿元以上的基金给予奖励。')).toEqual([]);
    expect(goals('支持企业新建规模1万平方米以上的标准厂房，按每平方米100元给予补助。')).toEqual([]);
  });
});

/** Headings as "path marker title", and tasks with units. */
const outline = (text: string) => {
  const { registry } = compile({ path: 'p.txt', value: text });
  return { headings: registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`), tasks: tasks(text) };
};

describe('a task table whose groups stand in columns of their own', () => {
  const header = '某县2025年食品安全重点工作任务清单\n| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n';
  const first = '| 一、加大突出问题治理力度 | （一）强化源头治理 | 1.加强土壤污染源头防控。 | 县生态环境分局牵头，各有关部门按职责分工负责 | 2025年11月底前 |\n';

  it('each group cell is a heading at its level, the numbered cell the row\'s (merged cells kept empty)', () => {
    const text = `${header}${first}|  |  | 2.持续开展农药减量行动。 | 县农业农村局 | 2025年11月底前 |\n|  | （二）严控农兽药残留超标 | 3.开展药物残留攻坚治理。 | 县市场监管局 | 2025年11月底前 |\n`;
    expect(outline(text)).toEqual({
      headings: ['1 一、 加大突出问题治理力度', '1.1 （一） 强化源头治理', '1.1.1 1. 加强土壤污染源头防控。', '1.1.2 2. 持续开展农药减量行动。', '1.2 （二） 严控农兽药残留超标', '1.2.1 3. 开展药物残留攻坚治理。'],
      tasks: ['1.1.1 table 县生态环境分局/各有关部门/', '1.1.2 table 县农业农村局//', '1.2.1 table 县市场监管局//'],
    });
  });

  it('so when a converter dropped the merged cells, a row\'s cells then the last columns\'', () => {
    const text = `${header}${first}| 2.持续开展农药减量行动。 | 县农业农村局 | 2025年11月底前 | ||\n| （二）严控农兽药残留超标 | 3.开展药物残留攻坚治理。 | 县市场监管局 | 2025年11月底前 | |\n`;
    expect(outline(text).headings).toEqual(['1 一、 加大突出问题治理力度', '1.1 （一） 强化源头治理', '1.1.1 1. 加强土壤污染源头防控。', '1.1.2 2. 持续开展农药减量行动。', '1.2 （二） 严控农兽药残留超标', '1.2.1 3. 开展药物残留攻坚治理。']);
    expect(outline(text).tasks).toEqual(['1.1.1 table 县生态环境分局/各有关部门/', '1.1.2 table 县农业农村局//', '1.2.1 table 县市场监管局//']);
  });

  it('near miss: a group cell before a cell of plain text opens no group (the row goes on the one above)', () => {
    const text = `${header}${first}| 二、加强监管 | 开展专项检查 | 见上 | 县市场监管局 | 长期 |\n`;
    expect(outline(text).headings).toEqual(['1 一、 加大突出问题治理力度', '1.1 （一） 强化源头治理', '1.1.1 1. 加强土壤污染源头防控。']);
  });
});

/** [figure as written, comparator] of every target of a year's plan. */
const bounds = (sentence: string) =>
  compile({ path: 'p.txt', value: `某市2023年国民经济和社会发展计划\n一、主要预期目标\n${sentence}\n` }).registry.targets.map((t) => [t.text, t.comparator]);

describe('a bound written once after a list of figures', () => {
  it('"分别增长7%、8%左右": each figure is about its value', () => {
    expect(bounds('城乡居民人均可支配收入分别增长7%、8%左右。')).toEqual([['7%', 'approx'], ['8%左右', 'approx']]);
    expect(bounds('粮食播种面积和产量分别达到368万亩、127万吨以上。')).toEqual([['368万亩', 'gte'], ['127万吨以上', 'gte']]);
    expect(bounds('城乡居民人均可支配收入分别增长7%、 8%左右。')).toEqual([['7%', 'approx'], ['8%左右', 'approx']]);
  });

  it('near miss: a figure parted from the bound by words of its own keeps none', () => {
    expect(bounds('新建学校5所、医院3家以上。')).toEqual([['5所', 'eq'], ['3家以上', 'gte']]);
  });
});

describe('a table\'s column of figures names no row', () => {
  const table = (column: string, first: string, second: string) => `某区农业结构调整工作方案\n一、任务分解\n序号 | 乡镇 | ${column} | 合计 | 备注 |\n1 | 满城镇 | ${first} | 2260.7 | |\n2 | 神星镇 | ${second} | 2478.4 | |\n`;

  it('"分阶段任务（亩）" holds figures: the rows are named by the first column after 序号', () => {
    expect(outline(table('分阶段任务(亩)', '2242.6', '2478.4')).headings).toEqual(['1 一、 任务分解', '1.1 1 满城镇', '1.2 2 神星镇']);
  });

  it('near miss: a 任务 column without a unit names the rows', () => {
    expect(outline(table('主要任务', '发展花卉苗木', '发展特色果蔬')).headings).toEqual(['1 一、 任务分解', '1.1 1 发展花卉苗木', '1.2 2 发展特色果蔬']);
  });
});

describe('a heading that runs in as a goal label and a colon', () => {
  const goalsUnder = (heading: string) =>
    compile({ path: 'p.txt', value: `某省关于工业稳增长的实施意见\n一、全力抓好能源行业稳增长\n（一）${heading}全年能源工业增加值增长3%。主要产品产量：煤炭5.3亿吨，发电量1716亿千瓦时。\n（二）每月召开一次运行分析会。\n` })
      .registry.targets.map((t) => t.text);

  it('"2017年主要目标任务：…" sets goals for what it lists, with no verb of their own', () => {
    expect(goalsUnder('2017年主要目标任务：')).toEqual(['3%', '5.3亿吨', '1716亿千瓦时']);
  });

  it('near miss: a label that names no goals ("2017年工作安排：") leaves the bare figures none', () => {
    expect(goalsUnder('2017年工作安排：')).toEqual(['3%']);
  });
});
