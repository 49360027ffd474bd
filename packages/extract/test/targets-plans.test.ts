/**
 * Targets of plans of work: an annual plan's year (or a five-year plan's last) from its title, the
 * count that names a programme, a task table titled as indicators, funds a plan arranges, and the
 * units of a plan republished in traditional script, as written.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { planYearOfTitle } from '../src/targets/deadlines.js';

function targets(value: string): [string, string, string | null, string | null][] {
  const { registry } = compile({ path: 'plan.txt', value });
  return registry.targets.map((t) => [t.path, t.text, t.unit, t.deadline]);
}

describe('the year of a plan of work, from its title', () => {
  it('reads an annual plan\'s year, a five-year plan\'s last, and no span', () => {
    expect(planYearOfTitle('2023年全市十项惠民工程实施方案')).toBe(2023);
    expect(planYearOfTitle('某市人民政府办公室关于印发2019年《政府工作报告》重点工作责任分解的通知')).toBe(2019);
    expect(planYearOfTitle('某市人民政府关于落实国民经济和社会发展第十三个五年规划纲要主要目标任务分工的通知')).toBe(2020);
    expect(planYearOfTitle('某省“十四五”规划实施方案')).toBe(2025);
    expect(planYearOfTitle('某市产业发展三年行动计划（2021—2023年）')).toBeNull();
    expect(planYearOfTitle('某市国土空间规划（2021年-2035年）')).toBeNull();
    expect(planYearOfTitle('关于2019年度考核结果的通报')).toBeNull();
    expect(planYearOfTitle('某市关于促进民营经济发展的若干意见')).toBeNull();
  });

  it('reads a year\'s list of measures, and a title that keeps the spaces of its PDF', () => {
    expect(planYearOfTitle('某自治区2024年推动产业高质量发展政策清单')).toBe(2024);
    expect(planYearOfTitle('某自治区 2023 年推动产业高质量发展政策清单')).toBe(2023);
    // near misses: a list of rules names no year's work; a span is no single year
    expect(planYearOfTitle('某市2024年市场准入负面清单')).toBeNull();
    expect(planYearOfTitle('某市 2021 — 2023 年产业发展政策清单')).toBeNull();
  });

  it('reads one year written twice (a page heading set over the title) as that year, two years as none', () => {
    expect(planYearOfTitle('2024年某区政府民生实事项目2024年某区政府民生实事任务分解方案')).toBe(2024);
    expect(planYearOfTitle('2023年某区政府民生实事项目2024年某区政府民生实事任务分解方案')).toBeNull();
  });

  it('makes the plan\'s year the deadline of its targets that name none', () => {
    const plan = [
      '2023年全市民生实事实施方案',
      '一、稳定扩大就业',
      '全市城镇新增就业6万人，城镇调查失业率控制在5.5%以内。',
      '二、推进教育发展',
      '到2025年，新建改扩建中小学10所。',
      '',
    ].join('\n');
    expect(targets(plan)).toEqual([
      ['1', '6万人', '万人', '2023'],
      ['1', '5.5%以内', '%', '2023'],
      ['2', '10所', '所', '2025'],
    ]);
  });

  it('sets no year from a multi-year plan\'s span, nor from a plan dated after its year', () => {
    const span = ['某市产业发展三年行动计划（2021—2023年）', '一、发展目标', '全市规模以上工业增加值年均增长8%。', ''].join('\n');
    expect(targets(span).map((t) => t[3])).toEqual([null]);
    const report = ['2019年全市民生实事实施方案', '一、稳定就业', '全市城镇新增就业6万人。', '', '某市人民政府', '2020年3月1日', ''].join('\n');
    expect(targets(report).map((t) => t[3])).toEqual([null]);
  });

  it('takes the year the preamble\'s lead into the body names, when the title names none', () => {
    const body = ['一、主要指标', '（一）地区生产总值增长7%左右。（市发展改革委负责）', '（二）新增城镇就业5万人以上。（市人力资源社会保障局负责）', ''];
    const leadIn = (sentence: string) => targets(['某市人民政府关于落实《政府工作报告》重点工作责任分工的意见', sentence, ...body].join('\n')).map((t) => t[3]);
    expect(leadIn('现就2019年《政府工作报告》确定的重点工作任务提出责任分工意见如下：')).toEqual(['2019', '2019']);
    // The year of a document it quotes, a span, or a year of no plan of work: none.
    expect(leadIn('现就落实《2018年全市重点工作任务》提出意见如下：')).toEqual([null, null]);
    expect(leadIn('现就2019—2021年重点工作任务提出责任分工意见如下：')).toEqual([null, null]);
    expect(leadIn('为做好2019年经济运行工作，现提出如下意见：')).toEqual([null, null]);
    // A title that names a period of its own: the preamble's year is not the plan's.
    const spanned = targets(['某市安全生产三年行动方案（2024—2026年）', '为贯彻落实2024年重点工作任务部署，制定本方案如下：', ...body].join('\n'));
    expect(spanned.map((t) => t[3])).toEqual([null, null]);
  });

  it('reads the year of an attachment titled on the line below its label', () => {
    const notice = [
      '各区人民政府，市政府各部门：',
      '现将《2021年政府工作报告重点工作责任分解》印发给你们，请认真贯彻执行。',
      '附件',
      '2021年政府工作报告重点工作责任分解',
      '一、扩大有效投资',
      '1.加快重大项目建设。全年完成固定资产投资1200亿元以上。（市发展改革委牵头）',
      '',
    ].join('\n');
    const found = targets(notice).find((t) => t[1] === '1200亿元以上');
    expect(found?.[3]).toBe('2021');
  });
});

describe('funds a plan arranges', () => {
  it('are targets where the plan states them', () => {
    const plan = [
      '2023年全市民生实事实施方案',
      '市委、市政府决定2023年继续办好民生实事。剔除重复内容，各级财政共计划安排85.6亿元。',
      '一、稳定扩大就业',
      '加强组织领导，落实工作责任。',
      '',
    ].join('\n');
    expect(targets(plan)).toEqual([['', '85.6亿元', '亿元', '2023']]);
  });
});

describe('a count that names a programme', () => {
  it('is no target; a count in figures or a bounded count is', () => {
    const plan = [
      '某市民生工程实施方案',
      '一、总体安排',
      '市委、市政府决定继续实施十项民生工程，新建12项重大水利工程，至少建设三个示范工程。',
      '',
    ].join('\n');
    expect(targets(plan).map((t) => t[1])).toEqual(['12项', '至少建设三个']);
  });
});

describe('a task table titled as indicators', () => {
  it('makes the figures of its rows goals, due in the year of the plan', () => {
    const notice = [
      '某省人民政府办公厅关于印发2022年《政府工作报告》量化指标任务分工的通知',
      '各市人民政府，省政府各部门：',
      '一、各部门要按照分工抓紧制定工作方案，推动按时完成任务。',
      '二、省政府办公厅将加强跟踪督办。',
      '2022年《政府工作报告》量化指标任务分工',
      '序号 工作任务 牵头单位',
      '1 居民消费价格涨幅3%左右 省发展改革委',
      '2 公路水路投资800亿元以上 省交通运输厅',
      '3 安排省级专项资金50亿元 省财政厅',
      '',
    ].join('\n');
    expect(targets(notice).map((t) => [t[1], t[3]])).toEqual([
      ['3%左右', '2022'],
      ['800亿元以上', '2022'],
      ['50亿元', '2022'],
    ]);
  });

  it('reads no goals from the rows of a table titled otherwise', () => {
    const notice = [
      '某省人民政府办公厅关于印发重点工作任务分工的通知',
      '各市人民政府，省政府各部门：',
      '一、各部门要按照分工抓紧制定工作方案。',
      '二、省政府办公厅将加强跟踪督办。',
      '重点工作任务分工',
      '序号 工作任务 牵头单位',
      '1 居民消费价格涨幅3%左右 省发展改革委',
      '2 公路水路投资800亿元以上 省交通运输厅',
      '',
    ].join('\n');
    expect(targets(notice)).toEqual([]);
  });
});

describe('a plan in traditional script', () => {
  const plan = [
    '2024年全縣十項民生工程實施方案',
    '一、就業促進工程',
    '（一）工作目標',
    '1.促進城鄉勞動者就業。全縣城鎮新增就業1.2萬人。',
    '2.幫扶困難人員再就業。困難人員再就業3000人。',
    '',
  ].join('\n');

  it('reports units as written, reads its goal titles, and takes the plan\'s year', () => {
    expect(targets(plan)).toEqual([
      ['1.1.1', '1.2萬人', '萬人', '2024'],
      ['1.1.2', '3000人', '人', '2024'],
    ]);
  });
});
