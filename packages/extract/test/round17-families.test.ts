/**
 * Families first met on documents the compiler had never seen (round 17's probes: work points,
 * rural and environmental plans, business-environment task lists). Made-up text in the style of
 * such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';


/** The tasks of a county plan's one section, its text given. */
const section = (body: string) => tasks(`某县粮油生产工作方案\n一、目标任务\n${body}\n二、保障措施\n加强督促检查。\n`);

describe('担负 and 肩负 take a duty on as 承担 does', () => {
  it('"担负起…主体责任" makes its subject lead, after a clause of its own as well', () => {
    expect(section('各乡镇要认真对照目标分解表，担负起保障本乡镇粮油安全主体责任，明确工作目标。')).toEqual(['1 prose 各乡镇//']);
    expect(section('县农业农村局要肩负起全县粮油生产的主体责任。')).toEqual(['1 prose 县农业农村局//']);
  });

  it('a list before 担负 is its subject, each unit leading', () => {
    expect(section('县农业农村局、县粮食和物资储备局担负起全县粮油安全主体责任。')).toEqual(['1 prose 县农业农村局|县粮食和物资储备局//']);
  });

  it('"督促…担负起": the one urged takes the duty on, not the one urging (none where it is no unit)', () => {
    expect(section('各乡镇要督促种粮大户担负起粮食生产主体责任。')).toEqual([]);
    expect(section('县农业农村局要督促各乡镇担负起粮食生产主体责任。')).toEqual(['1 prose 各乡镇//']);
  });

  it('near miss: 督促 as a noun\'s verb before the subject\'s own duty ("要督促检查，负责…")', () => {
    expect(section('县农业农村局要加强督促检查，负责全县粮油生产调度。')).toEqual(['1 prose 县农业农村局//']);
  });

  it('near miss: 担负 with no duty after it assigns none', () => {
    expect(section('各乡镇要担负起历史使命，明确工作目标。')).toEqual([]);
  });
});

describe('land and places whose names end in 园 are no bodies', () => {
  it('"稳定果园面积，…积极参加…" names no unit', () => {
    expect(section('稳定果园面积，支持建设道地药材生产基地。提升茶产业，推进茶产业文旅融合，积极参加茶博会等宣传推介活动。')).toEqual([]);
  });

  it('"稳定葡萄园面积", "改造提升梨园" name no unit either', () => {
    expect(section('稳定葡萄园面积，推进文旅融合，积极参加茶博会等宣传推介活动。')).toEqual([]);
    expect(section('改造提升梨园，推进文旅融合，积极参加茶博会等宣传推介活动。')).toEqual([]);
  });

  it('near miss: a care home named a 家园 is a body ("阳光家园负责…")', () => {
    expect(section('县阳光家园负责做好残疾人托养服务工作。')).toEqual(['1 prose 县阳光家园//']);
  });

  it('near miss: a kindergarten still is one ("各幼儿园要…负责")', () => {
    expect(tasks('某区学前教育提升方案\n一、主要任务\n各幼儿园要负责做好安全管理工作。\n')).toEqual(['1 prose 各幼儿园//']);
  });
});

/** The tasks of a business-environment plan's item, its bracketed clause given. */
const item = (clause: string) => tasks(`某市优化营商环境行动计划\n一、重点任务\n1.推进企业注册极简办理。压缩办理时间。${clause}\n2.扩大简易注销范围。（责任单位：市市场监督管理局、市税务局）\n`);

describe('notes in brackets after a unit of a clause', () => {
  it('a convention note with its scope before it ("以下如无特别说明，") is no unit, and holds', () => {
    expect(item('〔责任单位:市市场监督管理局(以下如无特别说明,排名第一的为牵头单位)、市公安局、市税务局;完成时限:2019年〕')).toEqual([
      '1.1 clause 市市场监督管理局/市公安局|市税务局/',
      '1.2 clause 市市场监督管理局/市税务局/',
    ]);
  });

  it('a short form given in brackets leaves the name whole ("市市场监督管理局（以下简称市市场监管局）")', () => {
    expect(item('（责任单位：市市场监督管理局（以下简称市市场监管局）、市公安局）')[0]).toBe('1.1 clause //市市场监督管理局|市公安局');
  });

  it('a short form in other words ("以下统称", "下称") leaves the name whole too', () => {
    expect(item('（责任单位：市发展改革委、市财政局（以下统称市直有关部门）、市公安局）')[0]).toBe('1.1 clause //市发展改革委|市财政局|市公安局');
    expect(item('（责任单位：市市场监督管理局（下称市监局）、市税务局）')[0]).toBe('1.1 clause //市市场监督管理局|市税务局');
  });

  it('near miss: a bracket that names a level stays part of the name ("各县（市、区）人民政府")', () => {
    expect(item('（责任单位：各县（市、区）人民政府、市公安局）')[0]).toBe('1.1 clause //各县(市、区)人民政府|市公安局');
  });
});

/** [figure as written, value, unit] of every target of an environmental plan's goal. */
const figures = (sentence: string) =>
  compile({ path: 'p.txt', value: `某市大气污染防治实施方案\n一、工作目标\n${sentence}\n` }).registry.targets.map((t) => [t.text, t.value, t.unit]);

describe('measures written as symbols', () => {
  it('reads a concentration in μg/m3 and mg/L, and a capacity in MW, as their Chinese names are read', () => {
    expect(figures('到2025年，PM2.5年均浓度低于47μg/m3，出水化学需氧量不高于50mg/L，新增光伏装机500MW以上。')).toEqual([
      ['低于47μg/m3', 47, 'μg/m3'], ['不高于50mg/L', 50, 'mg/L'], ['500MW以上', 500, 'MW'],
    ]);
  });

  it('reads a symbol whole, to where its letters end ("400MWh", "150GWh", "120km2")', () => {
    expect(figures('到2025年，新型储能规模达到200MW/400MWh，全社会用电量达到150GWh，新增治理水土流失面积120km2，新增库容500万m³。')).toEqual([
      ['200MW', 200, 'MW'], ['400MWh', 400, 'MWh'], ['150GWh', 150, 'GWh'], ['120km2', 120, 'km2'], ['500万m³', 500, '万m3'],
    ]);
  });

  it('near miss: a rating before what it rates is no amount ("10kV配电线路", "110千伏及以上变电站", "10kg装")', () => {
    expect(figures('到2025年，完成10kV配电线路改造120公里，建成110千伏及以上变电站3座，推广10kg装小包装大米。').map(([text]) => text)).toEqual(['120公里', '3座']);
  });

  it('near miss: a figure a letter is glued to is part of a name ("5G", "PM2.5")', () => {
    expect(figures('到2025年，建成5G基站300个，PM2.5浓度持续下降。')).toEqual([['300个', 300, '个']]);
  });
});

/** The tasks of an emergency plan's section on who commands, its text given. */
const command = (body: string) => tasks(`某县森林防火应急预案\n一、组织指挥体系\n${body}\n二、应急响应\n加强值守。\n`);

describe('a body another sets up is the actor of the duties after it', () => {
  it('"指挥部下设办公室在县林草局，承担…日常工作": the office, wherever it sits', () => {
    expect(command('指挥部下设办公室在县林草局，承担指挥部日常工作。')).toEqual(['1 prose 办公室//']);
  });

  it('"乡镇人民政府设立森林防火指挥所，负责…": the post set up, not the government setting it up', () => {
    expect(command('乡镇人民政府设立森林防火指挥所，负责组织、协调和指导本乡镇内森林防火工作。')).toEqual(['1 prose 森林防火指挥所//']);
  });

  it('"下设…于", "增设", "内设": the body set up', () => {
    expect(command('指挥部下设办公室于县林草局，承担指挥部日常工作。')).toEqual(['1 prose 办公室//']);
    expect(command('县林草局增设森林防火办公室，负责日常值守工作。')).toEqual(['1 prose 森林防火办公室//']);
  });

  it('near miss: a body that sets up a mechanism keeps its duty ("县政府设立专项资金，负责…")', () => {
    expect(command('县人民政府设立专项资金，负责保障森林防火经费。')).toEqual(['1 prose 县人民政府//']);
  });
});

/** [figure as written, value] of every target of a county bureau's work plan, its second item's heading given. */
const planFigures = (heading: string) =>
  compile({ path: 'p.txt', value: `某县农业农村局2020年工作计划\n（一）推动产业发展。建成基地5个。\n（二）${heading}力争90%以上的村生活垃圾得到治理，卫生厕所普及率达85%左右。\n` })
    .registry.targets.filter((t) => t.path === '2').map((t) => [t.text, t.value]);

describe('a heading that aims at new results in the words of a review', () => {
  it('"取得…新成绩", "取得新突破" head goals: their figures are targets', () => {
    expect(planFigures('取得人居环境整治新成绩。')).toEqual([['90%以上', 90], ['85%左右', 85]]);
    expect(planFigures('农村改革取得新突破。')).toEqual([['90%以上', 90], ['85%左右', 85]]);
  });

  it('near miss: what was achieved ("取得的成效") reports baselines', () => {
    expect(planFigures('人居环境整治取得的成效。')).toEqual([]);
  });

  it('near miss: a heading that names its year reviews that year ("2021年…取得新进展")', () => {
    expect(planFigures('2021年人居环境整治取得新进展。')).toEqual([]);
  });
});

describe('the one answerable for the whole of a heading\'s work', () => {
  const division = (note: string) => tasks(`某省大气污染防治行动计划分工方案\n一、加快调整能源结构${note}\n（一）控制煤炭消费总量。（省发展改革委牵头，省经济和信息化委配合）\n`);

  it('"（A总牵头）", "（A总负责）" after a heading make A its lead', () => {
    expect(division('（省发展改革委总牵头）')[0]).toBe('1 clause 省发展改革委//');
    expect(division('（省发展改革委总负责）')[0]).toBe('1 clause 省发展改革委//');
  });

  it('near miss: 总 before a word of no role ("总协调") gives none', () => {
    expect(division('（省发展改革委总协调）')).toEqual(['1.1 clause 省发展改革委/省经济和信息化委/']);
  });
});

describe('承担 the work listed after it', () => {
  it('"区政府要…，主要承担以下工作：" takes the list on', () => {
    expect(tasks('某市食品安全工作责任清单\n一、区级人民政府\n区政府要落实属地管理责任，主要承担以下工作：\n1.组织开展食品安全宣传。\n')[0]).toBe('1 prose 区政府//');
  });

  it('near miss: 承担 of costs lists no work ("承担以下费用")', () => {
    expect(tasks('某市食品安全工作责任清单\n一、经费保障\n企业要承担以下费用：检测费、运输费。\n')).toEqual([]);
  });
});

describe('a name, a joiner and a level written alone before more of the list', () => {
  const duty = (list: string) => tasks(`某市城市居民最低生活保障办法\n一、职责分工\n${list}负责本辖区低保的申请受理工作。\n`);

  it('"街道办事处和乡、镇人民政府": the office whole, the level completed by the list', () => {
    expect(duty('街道办事处和乡、镇人民政府')).toEqual(['1 prose //街道办事处|乡人民政府|镇人民政府']);
    expect(duty('区财政局及县、区民政部门')).toEqual(['1 prose //区财政局|县民政部门|区民政部门']);
  });

  it('near miss: a joiner inside a name stays ("县发展和改革局、县财政局")', () => {
    expect(duty('县发展和改革局、县财政局')).toEqual(['1 prose //县发展和改革局|县财政局']);
  });
});
