/**
 * Quantities that are not targets, from the shared corpus: precision matters as much as recall.
 * Each phrase comes from the document named beside it; none of them may yield a target.
 */
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../src/targets/clauses.js';
import { scanQuantities } from '../src/targets/figures.js';
import { extractTargets } from '../src/targets/index.js';
import { nonTargetReason } from '../src/targets/nontargets.js';

function targets(text: string, title = '') {
  return extractTargets([{ path: '1', title, text, offset: 0 }]);
}

describe('never targets', () => {
  it.each([
    // dates, document numbers, titles of other documents
    ['qinghai-pharma', '为深入贯彻落实《国务院办公厅关于促进医药产业健康发展的指导意见》（国办发〔2016〕11号）精神，现提出如下实施意见。'],
    ['ndrc-2019-860-tax-credit', '按照《社会信用体系建设规划纲要（2014-2020年）》要求，自2019年1月1日起全面施行。'],
    ['sh-2016-lingang', '特制定本意见，政策期限为2016年至2018年。'],
    // plan and slogan names, ordinals
    ['qinghai-pharma', '全面贯彻党的十八大和十八届三中、四中、五中、六中全会精神，按照“五位一体”总体布局和“四个全面”战略布局要求。'],
    ['qinghai-pharma', '按照“两化”融合要求促进传统中藏药产业改造升级。'],
    ['gov-2018-129-consumption-poverty', '深入贯彻党的十九大精神，推进“三改一整”工作，建设“一带一路”。'],
    ['sh-2020-disaster-prevention', '构建五级防灾减灾救灾队伍体系，建设千里海塘、千里江堤，筑牢四道防线。'],
    ['gov-2018-117-incentives', '将该省（区、市）具备条件的交通建设项目优先列入三年滚动计划。'],
    // model names
    ['qinghai-pharma', '推动生物三维（3Ｄ）打印技术、数据芯片等新技术在医药领域的应用。'],
    ['sh-2021-beidou', '形成北斗与5G、卫星互联网、物联网融合发展的态势，开展基于北斗三号的关键核心技术攻关。'],
    // facts about today
    ['qinghai-pharma', '依托区内藏药品种占全国60％以上的产业优势和多项在研项目储备。'],
    ['gov-2019-4-vocational-education', '各地在继续巩固落实好高等职业教育生均财政拨款水平达到12000元的基础上，逐步提高拨款水平。'],
    ['gov-2018-117-incentives', '国务院决定，将2016年实施的24项督查激励措施调整增加为30项督查激励措施。'],
    // eligibility thresholds, benefits and ceilings
    ['gov-2018-39-employment', '符合创业担保贷款申请条件的人员自主创业的，可申请最高不超过15万元的创业担保贷款。'],
    ['gov-2018-39-employment', '小微企业当年新招用符合条件的人员数量达到企业现有在职职工人数25%（超过100人的企业达到15%）并与其签订1年以上劳动合同的，可申请最高不超过300万元的创业担保贷款。'],
    ['gov-2018-39-employment', '将就业见习补贴范围扩展至16—24岁失业青年；组织失业青年参加3—12个月的就业见习。'],
    ['gov-2018-39-employment', '可返还其上年度实际缴纳失业保险费的50%。'],
    ['gz-2024-5-housing', '所有家庭成员均年满60周岁的，家庭收入、家庭财产标准放宽到上述标准的130％。'],
    ['gz-2024-5-housing', '补贴标准为建筑面积每平方米37元。按上述公式计算每户每月住房租赁补贴不足200元的，按照200元／月予以发放。'],
    ['gz-2024-5-housing', '经审核不再符合公共租赁住房保障资格的，给予6个月的过渡期，过渡期内发放住房租赁补贴的50％。'],
    ['gz-2024-5-housing', '应当在1个月内结清有关费用并腾退公共租赁住房，暂时无法腾退的，承租人可申请最长不超过6个月的过渡期。'],
    ['sh-2016-lingang', '每满1年积2分，满5年后开始计入总积分，最高分值为20分。持证及参保年限可缩短至5年。'],
    ['tianhe-2026-kindergarten', '教育部门办幼儿园2026年面向社会电脑派位招生的比例为90%。小班的入园年龄为3周岁。'],
    ['tianhe-2026-kindergarten', '选择1所教育部门办幼儿园进行报名，派位程序为网上报名的所有幼儿分别赋予1个随机号码。'],
    ['gov-2018-117-incentives', '优先支持其行政区域内1家符合条件的国家自主创新示范区或国家高新技术产业开发区扩区。'],
    // rules, frequencies and spans rather than goals
    ['gov-2019-4-vocational-education', '职业院校、应用型本科高校相关专业教师原则上从具有3年以上企业工作经历并具有高职以上学历的人员中公开招聘。'],
    ['gov-2019-4-vocational-education', '职业院校、应用型本科高校教师每年至少1个月在企业或实训基地实训，落实教师5年一周期的全员轮训制度。'],
    ['gov-2019-4-vocational-education', '原则上每5年修订1次职业院校专业目录，学校每年调整1次专业。'],
    ['gov-2019-4-vocational-education', '总体要求与目标：经过5—10年左右时间，职业教育基本完成由政府举办为主向政府统筹管理、社会多元办学的格局转变。'],
    ['gov-2020-43-task-division', '2020年底前将商标变更、续展业务办理时限压缩一半。'],
    ['gov-2018-39-employment', '各省、自治区、直辖市人民政府要在本意见印发之日起30日内，制定出台具体实施办法。'],
    ['gov-2019-4-vocational-education', '启动“学历证书+若干职业技能等级证书”制度试点（以下称1+X证书制度试点）工作。'],
  ])('%s: %s', (_doc, text) => {
    expect(targets(text)).toEqual([]);
  });
});

describe('reasons', () => {
  const reasons = (text: string) => {
    const shape = shapeOf(text);
    return scanQuantities(text).map((q) => nonTargetReason(shape, q));
  };

  it.each([
    ['《“十三五”规划（2016-2020年）》', 'in-title'],
    ['“四个全面”', 'in-quote'],
    ['〔2016〕', 'in-brackets'],
    ['2020年', 'date'],
    ['第3个', 'ordinal'],
    ['3D打印', 'name'],
    ['5G基站', 'name'],
    ['年满60周岁', 'age'],
    ['2019年1月1日起', 'date'],
    ['建立一个平台', 'article'],
    ['每平方米37元', 'rate'],
    ['最高不超过15万元', 'ceiling'],
    ['满5年', 'threshold'],
    ['已建成充电桩2万个', 'status'],
    ['达到12000元的基础上', 'foundation'],
    ['超过5年的，可申请', 'condition'],
    ['可缩短至5年', 'permission'],
    ['30日内', 'time-limit'],
    ['经过5年时间', 'time-span'],
    ['打造千亿级产业集群', 'grade'],
    ['力争进入全国前10位', 'ordinal'],
    ['制定三年行动计划', 'plan-name'],
    ['审批时间由20个工作日压缩至10个工作日', 'from-value'],
    ['增加到2021年的5481万公里', 'dated'],
  ])('%s → %s', (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });

  it('lets a plain goal through', () => {
    expect(reasons('建设50所高水平高等职业学校')).toEqual([null]);
  });
});

describe('reports of the past', () => {
  it('takes nothing from a section that reviews the past', () => {
    const text = '（一）数字基础设施实现跨越式发展。建成153家国家绿色数据中心，上网人数达10.32亿人。';
    const blocks = [
      { path: '1', title: '我国数字经济发展成效显著', text: '一、我国数字经济发展成效显著\n', offset: 0 },
      { path: '1.1', title: '数字基础设施实现跨越式发展', text, offset: 15 },
    ];
    expect(extractTargets(blocks)).toEqual([]);
  });

  it('takes nothing after 截至 in the same sentence', () => {
    expect(targets('截至2022年6月，我国数据中心机架总规模超过590万标准机架，建成153家国家绿色数据中心。')).toEqual([]);
  });

  it('takes nothing before a bracketed date note at the sentence\'s end ("（截止2024年底）")', () => {
    expect(targets('本区建成应急避难场所234处，总面积406.65万平方米，人均避难面积约2.15平方米（截止2024年底）。')).toEqual([]);
  });

  it('near miss: a bracket that reports a fact beside a goal leaves the goal before it', () => {
    const found = targets('到2027年，应急避难场所达到300处（截至2024年底已建成234处）。');
    expect(found.map((t) => t.value)).toEqual([300]);
  });

  it('takes nothing governed by a year before the document\'s own', () => {
    const blocks = [
      { path: '1', title: '', text: '一、“十三五”期间，全省累计新增就业120万人。\n', offset: 0 },
      { path: '2', title: '', text: '二、到2025年，全省新增就业100万人。\n2021年6月1日\n', offset: 30 },
    ];
    expect(extractTargets(blocks).map((t) => [t.value, t.deadline])).toEqual([[100, '2025']]);
  });
});
