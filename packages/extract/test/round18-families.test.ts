/**
 * Families first met on documents the compiler had never seen (round 18's probes: health,
 * safety, science, city and tourism plans, task tables as pages store them). Made-up text in the
 * style of such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';

/** The targets of a document: path, text, value, unit, comparator, deadline. */
const targets = (text: string) =>
  compile(text).registry.targets.map((t) => `${t.path} ${t.text} ${t.value ?? `${t.min}-${t.max}`} ${t.unit} ${t.comparator} ${t.deadline ?? '-'}`);

describe('rates per so many people ("12/10万") are a figure and its unit', () => {
  const goals = (sentence: string) => targets(`某市健康城市建设行动方案\n一、主要目标\n到2025年，${sentence}\n二、重点任务\n加强公共卫生体系建设。\n`);

  it('"孕产妇死亡率下降到12/10万以下" is 12 per 10万, at most', () => {
    expect(goals('孕产妇死亡率下降到12/10万以下，婴儿死亡率控制在5‰以下。')).toEqual(['1 12/10万以下 12 /10万 lte 2025', '1 5‰以下 5 ‰ lte 2025']);
  });

  it('the base may be written in figures or words ("40/100000", "3/十万")', () => {
    expect(goals('肺结核发病率降至40/100000，道路交通事故死亡率控制在3/十万以内。')).toEqual(['1 40/100000 40 /100000 eq 2025', '1 3/十万以内 3 /十万 lte 2025']);
  });

  it('near miss: 10万 counting people is no rate ("新增就业10万人")', () => {
    expect(goals('城镇新增就业10万人。')).toEqual(['1 10万人 10 万人 eq 2025']);
  });
});

describe("an indicator table set a cell a line, each cell closed by a pipe", () => {
  const table = [
    '某县健康县城建设行动方案',
    '（2024年5月6日）',
    '一、主要指标',
    '序号 |', '指标名称 |', '单位 |', '2023年 |', '2025年 |', '牵头单位 |',
    '1 |', '人均预期寿命 |', '岁 |', '78.1 |', '≥79 |', '县卫健局 |',
    '2 |', '中小学生溺亡率 |', '/10万 |', '- |', '≤0.7 |', '县教育局 |',
    '3 |', '总体癌症5年生存率 |', '% |', '- |', '≥38 |', '县卫健局 |',
  ].join('\n');

  it('a one-character unit cell ("岁") is the row\'s own cell, and its goal is the row\'s target', () => {
    expect(targets(table)).toEqual(['1.1 ≥79岁 79 岁 gte 2025', '1.2 ≤0.7/10万 0.7 /10万 lte 2025', '1.3 ≥38% 38 % gte 2025']);
    expect(compile(table).registry.tasks.map((t) => `${t.path} ${t.lead.join('|')}`)).toEqual(['1.1 县卫健局', '1.2 县教育局', '1.3 县卫健局']);
  });

  it('near miss: in running text an age before the people it names is a threshold, no goal', () => {
    expect(targets('某县健康县城建设方案\n一、主要目标\n到2025年，65岁以上老年人健康管理率达到70%。\n')).toEqual(['1 70% 70 % eq 2025']);
  });
});

describe('safety plans: rates named by their base, tolls that class accidents', () => {
  const goals = (sentence: string) => targets(`某市安全生产“十四五”规划\n一、规划目标\n到2025年，${sentence}\n二、主要任务\n强化安全生产责任落实。\n`);

  it('a rate whose base is in its name states its level with no unit ("万车死亡率下降到2.5以下")', () => {
    expect(goals('亿元国内生产总值生产安全事故死亡率控制在0.05以内，道路交通万车死亡率下降到2.5以下。')).toEqual(['1 0.05以内 0.05 null lte 2025', '1 2.5以下 2.5 null lte 2025']);
  });

  it('the round figure before a rate\'s name is its base, no target ("10万人…死亡率")', () => {
    expect(goals('工矿商贸企业就业人员10万人生产安全事故死亡率控制在1.2以内。')).toEqual(['1 1.2以内 1.2 null lte 2025']);
  });

  it('a toll that classes accidents is no count to reach ("一次死亡10人以上特大事故")', () => {
    expect(goals('坚决遏制一次死亡10人以上重特大事故，较大事故起数下降15%。')).toEqual(['1 15% 15 % eq 2025']);
  });

  it('near miss: a count of people with its own verb stays a target; a base with a comma after it is a count', () => {
    expect(goals('培训安全管理人员3000人以上，新增就业10万人，城镇登记失业率控制在4.5%以内。')).toEqual(['1 3000人以上 3000 人 gte 2025', '1 10万人 10 万人 eq 2025', '1 4.5%以内 4.5 % lte 2025']);
  });

  it('near miss: counts before a verb and a rate are counts ("新建100个村卫生室提高…首诊率")', () => {
    expect(goals('新建100个村卫生室提高基层首诊率，建成10个示范点提升群众满意率。')).toEqual(['1 100个 100 个 eq 2025', '1 10个 10 个 eq 2025']);
  });

  it('near miss: people to deploy are no toll ("配备2人以上灾害信息员")', () => {
    expect(goals('每个行政村配备2人以上灾害信息员，组建300人以上队伍应对突发事件。')).toEqual(['1 2人以上 2 人 gte 2025', '1 300人以上 300 人 gte 2025']);
  });

  it('near miss: a rate with no base in its name, or a scale, sets no unitless level ("总功率达到300", "1/10000地形图")', () => {
    expect(goals('新能源汽车充电桩总功率达到300，监测频率不低于4，完成全市1/10000地形图更新。')).toEqual([]);
  });

  it('near miss: a figure with no unit after a verb that sets no level is still no target', () => {
    expect(goals('整改安全隐患1200，隐患整改率达到95%。')).toEqual(['1 95% 95 % eq 2025']);
  });
});

describe('a span of years that a start year opens, "利用" as well as "用"', () => {
  const work = (sentence: string) => targets(`某市燃气管网改造工作方案\n一、工作任务\n${sentence}\n二、保障措施\n加强资金保障。\n`);

  it('"自2021年起，利用3年时间" ends with 2023', () => {
    expect(work('自2021年起，利用3年时间，对中心城区老旧燃气管线实施改造，共改造燃气管网593公里。')).toEqual(['1 593公里 593 公里 eq 2023']);
  });

  it('"力争用3年时间", "通过3年时间" after the start year date the span too', () => {
    expect(work('自2021年起，力争用3年时间，改造燃气管网593公里。')).toEqual(['1 593公里 593 公里 eq 2023']);
    expect(work('从2021年开始，通过3年时间，改造燃气管网593公里。')).toEqual(['1 593公里 593 公里 eq 2023']);
  });

  it('near miss: "利用" with no span after it dates nothing', () => {
    expect(work('自2021年起，利用现有管廊，改造燃气管网593公里。')).toEqual(['1 593公里 593 公里 eq -']);
  });
});

describe('"主要责任单位" beside a column of helpers names the leads', () => {
  const table = (lead: string) => [
    '某区2023年政府工作报告重点工作任务分解表',
    '序号 重点工作任务 主要责任单位 协同配合单位 完成期限',
    `1 推动科技园区提档升级。 ${lead} 区发改委、区农业农村局。 2023年12月底`,
    '2 引导企业增加研发投入。 区科技局 区经信局。 2023年12月底',
  ].join('\n');

  it('several units in it all lead, as one does', () => {
    expect(tasks(table('区科技局、区商务局'))).toEqual(['1 table 区科技局|区商务局/区发改委|区农业农村局/', '2 table 区科技局/区经信局/']);
  });

  it('as a label beside one of helpers ("主要责任单位：…；协同配合单位：…") its units lead, as in a table', () => {
    expect(tasks('某区碳达峰实施方案\n一、重点任务\n（一）推进产业低碳转型。（主要责任单位：区发展改革委、区经济和信息化局；协同配合单位：区财政局）\n')).toEqual(['1.1 clause 区发展改革委|区经济和信息化局/区财政局/']);
  });

  it('near miss: a helper named by its verb inside the principal label stays a helper; a named lead keeps the lead', () => {
    expect(tasks('某区实施方案\n一、重点任务\n（一）推进教育发展。（主要责任单位：区教育局；区财政局配合）\n')).toEqual(['1.1 clause 区教育局/区财政局/']);
    expect(tasks('某区实施方案\n一、重点任务\n（一）推进教育发展。（牵头单位：区发展改革委；主要责任单位：区教育局、区财政局；配合单位：区科技局）\n')[0]).toMatch(/^1\.1 clause 区发展改革委\//u);
  });

  it('near miss: "主要责任单位：" as a label, with no helpers beside it, names the units responsible', () => {
    expect(tasks('某区碳达峰实施方案\n一、重点任务\n（一）推进产业低碳转型。（主要责任单位：区发展改革委、区经济和信息化局）\n')).toEqual(['1.1 clause //区发展改革委|区经济和信息化局']);
  });

  it('near miss: a plain "责任单位" column of several units makes them co-responsible', () => {
    const plain = ['某区重点工作任务分解表', '序号 重点工作任务 责任单位 完成期限', '1 推动科技园区提档升级。 区科技局、区商务局 2023年12月底', '2 引导企业增加研发投入。 区科技局 2023年12月底'].join('\n');
    expect(tasks(plain)).toEqual(['1 table //区科技局|区商务局', '2 table 区科技局//']);
  });
});

describe('a list whose 等 stands after its separator ("A、B、等有关部门")', () => {
  const cell = (helpers: string) => compile(['某区重点工作任务分解表', '序号 重点工作任务 主要责任单位 协同配合单位 完成期限', `1 推动科技园区提档升级。 区科技局 ${helpers} 2023年12月底`, '2 引导企业增加研发投入。 区科技局 区经信局。 2023年12月底'].join('\n')).registry.tasks[0]?.assist;

  it('the 等 closes the list as it does without the slip; a name after the next separator is kept', () => {
    expect(cell('区发改委、区农业农村局、等区政府有关部门,区农投公司。')).toEqual(['区发改委', '区农业农村局', '区农投公司']);
    expect(cell('区发改委、区农业农村局等区政府有关部门,区农投公司。')).toEqual(['区发改委', '区农业农村局', '区农投公司']);
  });

  it('near miss: 等 inside a name is no list\'s end ("高等院校")', () => {
    expect(cell('区教育局、区内高等院校。')).toEqual(['区教育局', '区内高等院校']);
  });
});

describe('组织 after an adverb is a verb, no end of a name ("共同组织实施")', () => {
  const duty = (sentence: string) => tasks(`某区促进消费实施意见\n一、举办展销活动\n${sentence}\n`);

  it('"由A、B、C共同组织实施" reads no "C共同组织" where C is no name a unit ends in (a market, "商业广场")', () => {
    expect(duty('此项活动由区商务局、区文化和旅游局、城南商业广场共同组织实施。')).toEqual(['1 prose //区商务局|区文化和旅游局']);
    expect(duty('此项活动由区商务局、区文化和旅游局共同组织实施。')).toEqual(['1 prose //区商务局|区文化和旅游局']);
  });

  it('near miss: an organisation named 组织 is still a name ("各级工会组织负责…")', () => {
    expect(duty('各级工会组织负责动员职工参与。')).toEqual(['1 prose 各级工会组织//']);
  });
});

describe('负全责 answers for the whole of the work, as 负总责 does', () => {
  const duties = (body: string) => tasks(`某市安全生产行政责任划分\n一、责任划分\n${body}\n`);

  it('a unit the heading names that 负全责 for its work leads it', () => {
    expect(duties('（一）市安全生产专项监管部门\n在市政府的统一领导下，按其职能职责，对安全生产专项监管工作负全责。')).toEqual(['1.1 prose 市安全生产专项监管部门//']);
  });

  it('near miss: a liability after a condition, or 负全责 negated, is no duty', () => {
    expect(duties('（一）县住房和城乡建设局\n因审核把关不严造成重大损失的，县住房和城乡建设局负全责。')).toEqual([]);
    expect(duties('（一）县应急管理局\n县应急管理局不负全责，由县住房和城乡建设局负责日常监管。').join('\n')).not.toMatch(/ [^ /]*县应急管理局[^/]*\//u);
  });

  it('near miss: 负全责 before 的 describes a noun, no duty of the subject', () => {
    expect(duties('（一）市应急管理局\n对其他部门负全责的事项进行综合协调。')).toEqual([]);
  });
});

describe('units before a colon that a heading\'s title runs into ("职责分工县教育局：负责…")', () => {
  const duties = (body: string) => tasks(`某县小区配套幼儿园治理工作方案\n一、工作机制\n${body}\n`);

  it('the list opens at its level after the glued title', () => {
    expect(duties('（一）职责分工县教育局：负责未移交幼儿园的治理，参与小区配套幼儿园规划。')).toEqual(['1.1 prose 县教育局//']);
  });

  it('near miss: title words with a level character and no unit after them name none ("完善县域医疗体系：")', () => {
    expect(duties('（一）完善县域医疗体系：负责推进医共体建设，提升基层服务能力。')).toEqual([]);
  });
});

describe('verbs of making a duty firm (夯实, 压实, 做实, 落细) open no name', () => {
  const duties = (body: string) => tasks(`某省遏制艾滋病传播实施方案\n一、总体要求\n${body}\n`);

  it('"夯实部门职责", "压实部门监管责任" name no department as a unit', () => {
    expect(duties('强化政府主体责任，夯实部门职责，压实部门监管责任，动员全社会参与。')).toEqual([]);
  });

  it('near miss: a department that is the subject of its duty is still read ("县卫生健康局负责疫情监测")', () => {
    expect(duties('夯实工作基础，县卫生健康局负责疫情监测。')).toEqual(['1 prose 县卫生健康局//']);
  });
});

describe('"各镇街" is a catch-all over towns and streets, as "各街镇" is', () => {
  const roles = (sentence: string) => tasks(`某市创文宣传工作方案\n一、工作任务\n${sentence}\n`);

  it('"各镇街及相关部门配合" names two units', () => {
    expect(roles('（一）市创建办牵头，各镇街及相关部门配合，做好宣传工作。')).toEqual(['1.1 prose 市创建办/各镇街|相关部门/']);
  });

  it('near miss: 街 alone closes no name ("各大街小巷")', () => {
    expect(roles('（一）市城管局负责，各大街小巷配合整治。')).toEqual(['1.1 prose 市城管局//']);
  });
});
