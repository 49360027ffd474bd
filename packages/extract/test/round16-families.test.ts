/**
 * Families first met on documents the compiler had never seen (round 16's probes: openings of
 * pages with task-division tables, work-report breakdowns, action plans). Made-up text in the
 * style of such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';


/** A work report's breakdown table set a cell a paragraph, under the given unit columns. */
const breakdown = (leadColumn: string, assistColumn: string) => tasks([
  '某区2025年重点工作任务分解表', '', '序号', '', '重点工作任务', '', leadColumn, '', assistColumn, '',
  '1', '', '地区生产总值增长6%左右。', '', '区发改委', '', '区统计局、区财政局。', '',
  '2', '', '新建幼儿园3所。', '', '区教育局', '', '区住建局、各镇人民政府。', '',
].join('\n'));

describe('a unit column\'s header is read by one grammar: qualifier, role words, kind word', () => {
  it('a qualifier before a role word, and two role words, name unit columns ("主要责任单位", "协同配合单位")', () => {
    expect(breakdown('主要责任单位', '协同配合单位')).toEqual([
      '1 table 区发改委/区统计局|区财政局/',
      '2 table 区教育局/区住建局|各镇人民政府/',
    ]);
    expect(breakdown('牵头责任部门', '配合责任部门')).toEqual([
      '1 table 区发改委/区统计局|区财政局/',
      '2 table 区教育局/区住建局|各镇人民政府/',
    ]);
  });

  it('a plain role column with several units shares the row among them, as a 责任单位 label does', () => {
    expect(breakdown('主要责任单位', '备注')).toEqual(['1 table 区发改委//', '2 table 区教育局//']);
  });

  it('near miss: a scope or a qualifier with no role word names no unit column ("工作单位", "主要单位")', () => {
    expect(breakdown('工作单位', '主要单位')).toEqual([]);
  });
});

/** The tasks of a section of a district's plan, its heading and text given. */
const section = (heading: string, body: string) => tasks(`某区优化营商环境实施方案\n一、重点任务\n${heading}${body}\n`);

describe('a heading that names no body is no subject of the duties under it', () => {
  it('near miss: a service named by a verb and its object ("开办企业") is no unit, nor does its text assist one', () => {
    expect(section('（一）开办企业。', '开办企业1个工作日内完成。简化登记手续，配合自治区落实住所申报承诺制度。')).toEqual([]);
    expect(section('（二）创办企业。', '配合市市场监管局推行证照联办。')).toEqual([]);
  });

  it('a body\'s name over its duties is still their subject ("（一）综合协调组。负责…")', () => {
    expect(section('（一）综合协调组。', '负责统筹协调全区营商环境工作。')).toEqual(['1.1 prose 综合协调组//']);
    expect(section('（二）某研究院。', '负责开展营商环境第三方评价。')).toEqual(['1.1 prose 某研究院//']);
  });
});

/** The tasks of a sentence in a college's management rules. */
const rule = (sentence: string) => tasks(`某学院教学组织管理办法\n二、设置原则\n${sentence}\n`);

describe('a copula that says what a body is assigns it no duty', () => {
  it('near miss: a role verb inside the noun 是 predicates ("是指导学生学习的重要载体") is no duty', () => {
    expect(rule('教研室是教学单位的基层组织、指导学生学习的重要载体。')).toEqual([]);
    expect(rule('教研室是教学单位的基层组织，也是承担课程建设任务的重要阵地。')).toEqual([]);
  });

  it('a noun that names a body after the verb designates the actor ("是负责…的职能部门", "是牵头…的单位")', () => {
    expect(rule('县应急管理局是负责全县安全生产综合监督管理的职能部门。')).toEqual(['1 prose 县应急管理局//']);
    expect(rule('县消防救援大队是牵头开展消防安全专项整治的单位。')).toEqual(['1 prose 县消防救援大队//']);
  });

  it('a duty in the clause after the copula\'s, or a role noun after 是, still assigns', () => {
    expect(rule('教研室是教学单位的基层组织，负责组织本专业的教学研究。')).toEqual(['1 prose 教研室//']);
    expect(rule('学院是本单位教学质量的责任主体。')).toEqual(['1 prose 学院//']);
  });
});

/** [figure as written, value, unit] of every target of a measure under a city opinion's heading. */
const figures = (sentence: string) =>
  compile({ path: 'p.txt', value: `某市关于优化营商环境的实施意见\n一、优化审批服务\n（一）压缩审批时限。${sentence}\n` })
    .registry.targets.map((t) => [t.text, t.value, t.unit]);

describe('a unit written once after a list of figures that 分别 spreads', () => {
  it('is every figure\'s, the first after its verb as much as the ones next to the unit', () => {
    expect(figures('将甲类、乙类、丙类项目审批时间分别压缩至70、40、30个工作日。')).toEqual([['70', 70, '个工作日'], ['40', 40, '个工作日'], ['30个工作日', 30, '个工作日']]);
    expect(figures('全市新增养老床位和护理床位分别达到300、500张。')).toEqual([['300', 300, '张'], ['500张', 500, '张']]);
  });

  it('near miss: without 分别, figures listed before a unit are not given it', () => {
    expect(figures('审批时间压缩至70、40、30个工作日。').map(([text]) => text)).toEqual(['30个工作日']);
  });
});

/** The tasks of an item of a cooperation plan, its responsibility note given. */
const item = (note: string) => tasks(`某两市合作方案\n一、重点任务\n1.组织开展红色文化论坛等系列活动。${note}\n`);

describe('分工负责 without 按职责 before it', () => {
  it('shares the work among the units before it: assist under a named lead, responsible without one', () => {
    expect(item('（两市市委宣传部牵头，两市市委组织部、文化和旅游局分工负责）')).toEqual(['1.1 clause 两市市委宣传部/两市市委组织部|文化和旅游局/']);
    expect(item('（某市委组织部、某市文化和旅游局分工落实）')).toEqual(['1.1 clause //某市委组织部|某市文化和旅游局']);
  });

  it('a Party school is a body ("市委党校")', () => {
    expect(item('（市委组织部、市委党校分工负责）')).toEqual(['1.1 clause //市委组织部|市委党校']);
  });

  it('near miss: 分工 as a noun ("明确分工") is no role verb', () => {
    expect(item('（市委组织部明确分工）')).toEqual([]);
  });
});

describe('a unit label closed by ； as by a colon', () => {
  it('"（责任单位；A、B）" lists A and B, the label no unit', () => {
    expect(tasks('某市督查通知\n一、重点督办事项\n1.加快推进农村垃圾收运。（责任单位；住建局、畜牧局、各乡镇场）\n')).toEqual(['1.1 clause //住建局|畜牧局|各乡镇场']);
  });

  it('near miss: a ； after the units of a label still parts two labels', () => {
    expect(tasks('某市督查通知\n一、重点督办事项\n1.加快推进农村垃圾收运。（牵头单位：住建局；配合单位：畜牧局）\n')).toEqual(['1.1 clause 住建局/畜牧局/']);
  });
});

describe('the unit noun grammar, in labels and in flattened tables', () => {
  it('a label of two assist words ("协同配合单位：") lists assisting units, as the same column does', () => {
    expect(tasks('某区工作要点\n一、主要目标\n（一）地区生产总值增长6%左右。主要责任单位：区发改委；协同配合单位：区统计局、区财政局。\n')).toEqual(['1.1 clause 区发改委/区统计局|区财政局/']);
  });

  it('the first lead or assist word gives the role wherever it stands ("责任牵头单位", "责任配合单位")', () => {
    expect(breakdown('责任牵头单位', '责任配合单位')).toEqual([
      '1 table 区发改委/区统计局|区财政局/',
      '2 table 区教育局/区住建局|各镇人民政府/',
    ]);
  });

  it('near miss: a line alone of a kind word ("单位", a measure\'s column; "部门", a site\'s tab) heads no unit column', () => {
    expect(tasks('某区科技创新工作要点\n一、主要目标\n指标\n\n单位\n\n2025年目标\n\n高新技术企业\n\n家\n\n120\n\n科技型中小企业\n\n家\n\n300\n')).toEqual([]);
    expect(tasks('某市优化营商环境工作要点\n一、重点任务\n（一）加强督查。定期通报进展。\n网站导航\n部门\n市发展和改革委员会\n市教育局\n区县\n')).toEqual([]);
  });

  it('near miss: 分工负责 inside a noun ("分工负责制") is no role verb', () => {
    expect(item('（市委组织部落实分工负责制）')).toEqual([]);
  });
});

describe('承担 with a long duty', () => {
  it('"承担着…、…、…的重大职责" takes the duty on, its list of what it covers a clause long', () => {
    expect(rule('某某地区行政公署（以下简称“行署”）是自治区人民政府的派出机关，承担着按照党和国家决策部署推动全地区经济社会发展、管理全地区社会事务、服务全地区人民群众的重大职责。')).toEqual(['1 prose 某某地区行政公署//']);
  });

  it('near miss: 承担 with no duty noun in its clause takes nothing on', () => {
    expect(rule('某某地区行政公署承担按照决策部署推动全地区经济社会发展、管理全地区社会事务、服务全地区人民群众的重大任务。')).toEqual([]);
  });
});

/** The tasks of a sentence in an emergency plan's organisation section. */
const organisation = (sentence: string) => tasks(`某市应急预案\n一、组织体系\n${sentence}\n`);

describe('words of running text that look like duties', () => {
  it('near miss: 负责制, a system of answering, is a noun ("实行各级政府行政领导负责制"), and 邀请 hands work to its object', () => {
    expect(organisation('气象灾害应急工作实行各级政府行政领导负责制。')).toEqual([]);
    expect(organisation('联席会议可根据工作需要，邀请其他相关部门参加。')).toEqual([]);
  });

  it('负责制定 is still 负责 with its object', () => {
    expect(organisation('各责任单位负责制定具体实施办法。')).toEqual(['1 prose 各责任单位//']);
  });

  it('a ministry\'s department named after its organ ends in 司 ("发展改革委地区经济司")', () => {
    expect(organisation('联席会议日常工作由发展改革委地区经济司承担。')).toEqual(['1 prose 发展改革委地区经济司//']);
  });
});
