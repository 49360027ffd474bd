/**
 * Families first met on documents the compiler had never seen (round 14's probes): a policy list
 * that notes each measure's source document beside the units that carry it out, and the terms of
 * its grants (what one recipient may get, the bar a recipient must clear, a share paid at once).
 * Made-up sentences in the style of such lists, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';


/** The tasks of a line under a city plan's heading (its heading's words change nothing the line says). */
const duties = (line: string, heading = '工作职责') => tasks(`某市工作方案\n一、${heading}\n${line}\n`);

/** [figure as written, unit] of every target. */
const goals = (text: string) => compile({ path: 'p.txt', value: text }).registry.targets.map((t) => [t.text, t.unit]);

const list = (note: string) => `某省支持实体经济发展政策清单\n一、稳定供应链支持政策\n1. 对新建冷库予以适当补助。${note}\n`;

describe('a clause that opens by citing the measure\'s source document', () => {
  it('a 发文字号 before a comma is the source: the units after it carry the measure', () => {
    expect(tasks(list('（某发〔2021〕9号，省发展改革委、省交通运输厅牵头负责）'))).toEqual(['1.1 clause 省发展改革委|省交通运输厅//']);
    expect(tasks(list('（某政办〔2020〕15号，各市政府负责）'))).toEqual(['1.1 clause 各市政府//']);
  });

  it('so is a title in 《》, and several documents cited together', () => {
    expect(tasks(list('（《某省关于促进消费的意见》，省商务厅负责）'))).toEqual(['1.1 clause 省商务厅//']);
    expect(tasks(list('（某发〔2021〕9号、某政〔2022〕3号，省财政厅、各市政府负责）'))).toEqual(['1.1 clause //省财政厅|各市政府']);
  });

  it('near miss: a citation alone, or one followed by words that name no unit, assigns nothing', () => {
    expect(tasks(list('（某发〔2021〕9号）'))).toEqual([]);
    expect(tasks(list('（某发〔2021〕9号，2022年起施行）'))).toEqual([]);
  });
});

const measures = (...items: string[]) => `某省支持实体经济发展政策清单\n一、支持政策\n${items.map((item, k) => `${k + 1}. ${item}`).join('\n')}\n`;

describe('the terms of a grant are no goals', () => {
  it('what one recipient may get: "单个企业可达200万元"', () => {
    expect(goals(measures('对新建海外仓按投入给予资金支持，单个企业可达200万元。'))).toEqual([]);
  });

  it('near miss: the count of projects after a bar set for one of them is a goal', () => {
    expect(goals(measures('引进单个投资10亿元以上的项目5个。'))).toEqual([['5个', '个']]);
  });

  it('a share paid at once: "总额的50%给予一次性补助"', () => {
    expect(goals(measures('按照平台实际完成投资总额的50%给予一次性补助。'))).toEqual([]);
  });

  it('the bar a recipient must clear, written before the noun it bounds: "收入超过5000万元企业"', () => {
    expect(goals(measures('每成功招引1个年主营业务收入超过5000万元新材料企业，给予招引企业奖励。'))).toEqual([]);
  });

  it('near miss: a level to exceed, with no noun after it, is a goal', () => {
    expect(goals(measures('全省软件业务收入超过5000万元。'))).toEqual([['超过5000万元', '万元']]);
  });

  it('"对…的企业，给予…": the clauses before the noun the 的 qualifies are the bar, in an item opened by its number', () => {
    expect(goals(measures('对平台内创业项目年收入总计超过1亿元、5亿元、10亿元的平台主体企业，分别给予20万元、50万元、100万元的一次性奖补。'))).toEqual([]);
    expect(goals(measures('对建设面积3000平方米以上，且年交易额500万美元以上的海外仓，按投入给予一次性支持。'))).toEqual([]);
  });

  it('near miss: 对 and a noun its 的 qualifies, with no grant after them, leave the goal a goal', () => {
    expect(goals(measures('对新建成100个充电站的园区，开展绩效评估。'))).toEqual([['100个', '个']]);
  });
});

describe('a cut to make again: "再降10%"', () => {
  it('a one-character 降 right before the figure commits to it, as 达 does', () => {
    expect(goals(measures('中小企业宽带和专线平均资费再降10%。'))).toEqual([['10%', '%']]);
  });
});

describe('names and brackets as a converted page writes them', () => {
  it('a verb that reaches its object opens no name: the actor of the sentence keeps the work', () => {
    const text = '某市若干措施\n一、支持措施\n1. 鼓励资源聚合商建设聚合平台，并接入市虚拟电厂管理中心参与电网调控。\n';
    expect(tasks(text)).toEqual([]);
  });

  it('near miss: the centre named as the subject of 参与 is a unit', () => {
    const text = '某市若干措施\n一、支持措施\n1. 市虚拟电厂管理中心参与电网调控。\n';
    expect(tasks(text)).toEqual(['1.1 prose /市虚拟电厂管理中心/']);
  });

  it('a clause in brackets a converter escaped ("\\[A、B负责\\]") is read as the bracket it stands for', () => {
    const text = '某市若干措施\n\n一、支持措施\n\n**1.提升充电能力。** 加快公共快充站升级改造。\\[市发展改革委、市场监管局负责\\]\n';
    expect(compile({ path: 'p.md', value: text }).registry.tasks.filter((t) => t.form !== null).map((t) => `${t.path} ${t.form} ${t.responsible.join('|')}`))
      .toEqual(['1.1 clause 市发展改革委|市场监管局']);
  });
});

describe('apparent power: "万千伏安"', () => {
  it('千伏安 and 兆伏安 are units of measure whole, not 千伏 and a stray 安', () => {
    const text = '某市工作方案\n一、工作目标\n到2027年，可调节负荷容量达到120万千伏安，新增变电容量30兆伏安。\n';
    expect(goals(text)).toEqual([['120万千伏安', '万千伏安'], ['30兆伏安', '兆伏安']]);
  });
});

describe('a 职责分工 section as a city\'s departments write it', () => {

  it('"负责配合X…": the duty is to help, so the unit assists (X, whom it helps, leads)', () => {
    expect(duties('市财政局：负责配合市房产局制定资金使用管理制度。')).toEqual(['1 prose 市房产局/市财政局/']);
  });

  it('near miss: "负责参与…" takes on a part of the work: one unit alone leads it', () => {
    expect(duties('省妇联负责参与婴幼儿家庭教育指导服务。')).toEqual(['1 prose 省妇联//']);
  });

  it('a list of departments with 应急局 among them is read whole (应急 opens names, though the modal 应 opens none)', () => {
    expect(duties('市教育局、市科技局、应急局、审计局、体育局等其他行业部门按照有关责任分工，负责督促落实房屋定期体检工作。'))
      .toEqual(['1 prose //市教育局|市科技局|应急局|审计局|体育局']);
  });

  it('a class its 的 qualifies completes none of the items of its qualifier into names', () => {
    expect(duties('房屋体检活动由具备工作场所、仪器设备、人员配备等方面条件的体检机构承担。')).toEqual([]);
  });

  it('near miss: a list shortened before its kind word is still completed', () => {
    expect(duties('由市财政、民政部门负责资金保障。')).toEqual(['1 prose //市财政部门|市民政部门']);
  });

  it('"由…政府公共资金统筹支付": the government\'s funds pay, the government does not', () => {
    expect(duties('对于多业主住宅，体检经费由房屋养老金或政府公共资金统筹支付。')).toEqual([]);
  });
});

describe('a catch-all over levels after a joiner', () => {

  it('"A及各区、县（市）政府" names two units: A, and every district\'s and county\'s government', () => {
    expect(duties('由市自然资源局及各区、县（市）政府负责在土地出让成本中统筹安排。')).toEqual(['1 prose //市自然资源局|各区、县(市)政府']);
    expect(duties('由国务院税务主管部门及各省、自治区、直辖市和计划单列市税务局负责确定。')).toEqual(['1 prose //国务院税务主管部门|各省、自治区、直辖市和计划单列市税务局']);
  });

  it('near miss: a joiner between two names parts them as before', () => {
    expect(duties('由市财政局和市审计局负责资金监管。')).toEqual(['1 prose //市财政局|市审计局']);
  });
});

describe('verbs that summon, copy in or qualify', () => {
  const article = (line: string) => tasks(`某评价考核办法\n第一章　总则\n第一条　${line}\n`);

  it('"抄送X等负责部门": the report is copied to X, who is given no work', () => {
    expect(article('各省党委和政府开展自评，并按时将自评报告报党中央、国务院，抄送国家发展改革委等评价考核负责部门。')).toEqual([]);
  });

  it('"会同有关部门约谈该省党委和政府": those summoned help no one', () => {
    expect(article('逾期整改不到位的，由国家发展改革委会同有关部门约谈该省党委和政府主要负责人。')).toEqual(['1.1 prose 国家发展改革委/有关部门/']);
  });

  it('"对所负责指标进行评估": 所 makes 负责 a qualifier, and the sentence gives no one work by it', () => {
    expect(article('各有关部门对所负责指标全国年度进展情况进行评估。')).toEqual([]);
  });

  it('near miss: "各有关部门负责指标评估" is a duty', () => {
    expect(article('各有关部门负责指标全国年度进展情况评估。')).toEqual(['1.1 prose 各有关部门//']);
  });
});

describe('levels with the levels that rank with them in brackets, in a shortened list', () => {

  it('"市、县（市、区）财政部门": the city\'s takes the kind alone, not the county\'s brackets', () => {
    expect(duties('由市、县（市、区）财政部门负责资金保障。')).toEqual(['1 prose //市财政部门|县(市、区)财政部门']);
  });

  it('"县（市）、区主管部门": a bracketed level alone is completed by the kind after it', () => {
    expect(duties('由县（市）、区主管部门负责抽样检测。')).toEqual(['1 prose //县(市)主管部门|区主管部门']);
  });
});

describe('a role noun in the object a preposition opens', () => {
  it('"对参建各方责任主体追究…责任": those held to account lead nothing; the unit\'s 配合 makes it assist', () => {
    const text = '某市工作方案\n一、部门分工\n市城乡建设部门：办理建设工程施工许可，配合城管执法部门依法查处违法建设行为，并对参建各方责任主体追究相应行政责任。\n';
    expect(tasks(text)).toEqual(['1 prose 城管执法部门/市城乡建设部门/']);
  });

  it('near miss: a unit that is the work\'s 第一责任人, no preposition before it, leads it', () => {
    const text = '某市工作方案\n一、部门分工\n建设单位是工程质量的第一责任人。\n';
    expect(tasks(text)).toEqual(['1 prose 建设单位//']);
  });
});

describe('"YYYY年度" before the goals of that year', () => {
  /** [figure, deadline] of every target. */
  const due = (text: string) => compile({ path: 'p.txt', value: text }).registry.targets.map((t) => [t.text, t.deadline]);

  it('a year of the document or later, with 度, dates the goals of its clause', () => {
    expect(due('某市房地产工作方案\n一、工作目标\n确定全市2023年度新建商品住房销售价格涨幅控制目标为7%。\n\n某市人民政府\n2022年12月1日\n'))
      .toEqual([['7%', '2023']]);
  });

  it('near miss: "YYYY年度起" starts, a report of the year ("年度工作报告") and a list of years date nothing', () => {
    const dated = (line: string) => due(`某市房地产工作方案\n一、工作目标\n${line}\n\n某市人民政府\n2024年1月5日\n`);
    expect(dated('2025年度起，全市新建住宅执行绿色建筑标准的覆盖率达到100%。')).toEqual([['100%', null]]);
    expect(dated('2025年度工作报告显示，全市新增就业岗位1.2万个。')).toEqual([['1.2万个', null]]);
    expect(dated('2024年度、2025年度分别完成改造100个、200个。')).toEqual([['100个', null], ['200个', null]]);
    expect(dated('2023年度新建保障性住房1000套。')).toEqual([['1000套', null]]);
  });

  it('near miss: an earlier year with 度 reports, and dates nothing', () => {
    expect(due('某市房地产工作方案\n一、工作目标\n根据2020年度考核结果，新建保障性住房1000套。\n\n某市人民政府\n2022年12月1日\n'))
      .toEqual([['1000套', null]]);
  });
});

describe('near misses a review of the round found (each failed on the round\'s first reading of its rule)', () => {
  const goalsIn = (line: string) => goals(`某市工作方案\n一、主要目标\n${line}\n`);

  it('为 a few words before a role noun is the copula: the unit is the role\'s holder', () => {
    expect(duties('建设单位为工程质量第一责任人。')).toEqual(['1 prose 建设单位//']);
  });

  it('names that hold 覆盖 or 依托 are names in a clause', () => {
    expect(duties('完善网络基础设施。（市网络覆盖攻坚指挥部负责）')).toEqual(['1 clause 市网络覆盖攻坚指挥部//']);
    expect(duties('建设创新平台。（各依托单位负责）')).toEqual(['1 clause 各依托单位//']);
  });

  it('the 所 of a unit\'s name before 负责 is no qualifying 所: the work is still given, and a township\'s 所 is a unit', () => {
    expect(duties('市卫生健康委负责，各乡镇卫生院、村卫生所负责具体实施。')).toEqual(['1 prose //市卫生健康委|各乡镇卫生院|村卫生所']);
    expect(duties('乡镇财政所、镇农技站负责资金拨付。')).toEqual(['1 prose //乡镇财政所|镇农技站']);
  });

  it('near miss: a place (住所, 场所) is no unit', () => {
    expect(duties('经营场所负责人应当落实安全责任。')).toEqual([]);
  });

  it('"公共" after an office opens a section of it (read as the office), not the government\'s money', () => {
    expect(duties('市卫生健康委公共卫生处负责疫情监测。')).toEqual(['1 prose 市卫生健康委//']);
  });

  it('"负责配合饲料质量监管": 配合 opening a noun is no help; the unit does the work', () => {
    expect(duties('市农业农村局负责配合饲料质量监管。')).toEqual(['1 prose 市农业农村局//']);
  });

  it('a time phrase is no part of a name ("应急响应期间各成员单位"), and a list opened by 应急局 is read', () => {
    expect(duties('应急响应期间各成员单位负责值守。')).toEqual([]);
    expect(duties('应急局、审计局负责督促落实。')).toEqual(['1 prose //应急局|审计局']);
  });

  it('a catch-all over levels after 以及 or 与', () => {
    expect(duties('由市财政局以及各区、县（市）政府负责资金保障。')).toEqual(['1 prose //市财政局|各区、县(市)政府']);
  });

  it('the count of a name\'s levels is its own: "省（区、市）、市县两级财政部门"', () => {
    expect(duties('由省（区、市）、市县两级财政部门负责资金保障。')).toEqual(['1 prose //省(区、市)财政部门|市县两级财政部门']);
  });

  it('a citation by number with 文件 after it, or a space instead of a comma', () => {
    expect(tasks(list('（某发〔2021〕9号文件，省发展改革委负责）'))).toEqual(['1.1 clause 省发展改革委//']);
    expect(tasks(list('（某发〔2021〕9号 省发展改革委负责）'))).toEqual(['1.1 clause 省发展改革委//']);
  });

  it('对接, 对口, and a 对-clause followed by no grant keep their goals', () => {
    expect(goalsIn('到2025年，对全市1000个行政村的污水设施，按标准完成改造。')).toEqual([['1000个', '个']]);
    expect(goalsIn('到2025年，对口帮扶10个脱贫村的产业项目，按计划全部建成。')).toEqual([['10个', '个']]);
  });

  it('a level bounded before a noun that is no recipient is a goal: "总值超过5000亿元台阶"', () => {
    expect(goalsIn('到2025年，地区生产总值超过5000亿元台阶。')).toEqual([['超过5000亿元', '亿元']]);
  });

  it('what one of many is to reach is a goal; what one recipient may get is not, however written', () => {
    expect(goalsIn('到2025年，单个园区产值达200亿元。')).toEqual([['200亿元', '亿元']]);
    expect(goals(measures('对新建海外仓给予支持，单一企业最高可达200万元。'))).toEqual([]);
    expect(goals(measures('按照平台投资总额的50%给予一次性资金奖励。'))).toEqual([]);
  });

  it('"500千伏安全稳定" is 千伏 before 安全', () => {
    expect(goalsIn('到2025年，建成500千伏安全稳定的骨干网架。').map(([text]) => text)).not.toContain('500千伏安');
  });
});

describe('a unit column\'s short names, with the role each is given', () => {
  const row = (cell: string) => compile({ path: 't.txt', value: ['某县重点任务分工表', '序号', '重点任务', '责任单位', '1', '推进农田水利建设', cell, ''].join('\n') })
    .registry.tasks.filter((t) => t.form === 'table').map((t) => `${t.lead.join('|')}/${t.assist.join('|')}/${t.responsible.join('|')}`);

  it('"县农业牵头、县水利配合": a lead and a helper', () => {
    expect(row('县农业牵头、县水利配合')).toEqual(['县农业/县水利/']);
  });

  it('near miss: "县乡两级" and "省市县联动" are no units', () => {
    expect(row('县乡两级')).toEqual([]);
    expect(row('省市县联动')).toEqual([]);
  });
});
