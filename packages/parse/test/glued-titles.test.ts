/**
 * Heading titles a page ran into their paragraph (glued-title.ts): the title is the noun phrase
 * before the sentence, or before the first item of its list. Made-up lines in the style of a
 * county's 实施方案 as 范文 sites and document viewers flatten them, each with a near miss that
 * keeps its title whole.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';

const titles = (text: string) => {
  const { tree } = parsePolicy(text, {});
  expectValidTree(tree, text);
  return sections(tree).map((s) => `${s.marker}${s.title}`);
};
const plan = (...lines: string[]) => ['某县农村人居环境整治工作方案', ...lines].join('\n');

describe('a noun-phrase title run into a sentence', () => {
  it('ends before a preposition, a time, a subject, a unit or an adverb that opens the paragraph', () => {
    expect(titles(plan(
      '一、指导思想以新发展理念为引领，统筹推进全县村庄清洁行动，持续改善农村人居环境。',
      '二、工作目标到2026年，全县行政村生活垃圾收运处置体系覆盖率达到100%。',
      '三、整治范围全县所有行政村及自然村，重点是集镇周边和交通沿线村庄。',
      '四、职责分工县农业农村局负责统筹协调，县住房城乡建设局负责农房风貌管控。',
      '五、工作要求进一步压实乡镇属地责任，确保各项任务按时保质完成。',
    ))).toEqual(['一、指导思想', '二、工作目标', '三、整治范围', '四、职责分工', '五、工作要求']);
  });

  it('goes on over a joiner to the next head noun ("目标及步骤", "组织领导及职责分工")', () => {
    expect(titles(plan(
      '一、目标及步骤全县共有28个行政村，分三批完成改厕任务，每批不少于9个村。',
      '二、组织领导及职责分工为切实加强对整治工作的领导，成立县整治工作领导小组。',
    ))).toEqual(['一、目标及步骤', '二、组织领导及职责分工']);
  });

  it('near misses in a document whose items are sentences: a subject, the copula 为, a colon', () => {
    expect(titles(plan(
      '一、总体要求',
      '（一）服务机构按照服务方案为服务对象提供上门服务，超出服务方案的费用由服务对象自行支付。',
      '（二）派位程序为网上报名的所有幼儿分别赋予一个随机号码，随机号码由系统自动生成。',
      '（三）乡镇主要职责：负责本辖区村庄清洁行动的组织实施，统筹村级保洁队伍建设和日常管理。',
      '（四）工作目标以村庄清洁为重点，统筹推进农村垃圾、污水和厕所一体治理，整体提升村容村貌。',
    ))).toEqual([
      '一、总体要求',
      '（一）服务机构按照服务方案为服务对象提供上门服务，超出服务方案的费用由服务对象自行支付',
      '（二）派位程序为网上报名的所有幼儿分别赋予一个随机号码，随机号码由系统自动生成',
      '（三）乡镇主要职责：负责本辖区村庄清洁行动的组织实施，统筹村级保洁队伍建设和日常管理',
      '（四）工作目标以村庄清洁为重点，统筹推进农村垃圾、污水和厕所一体治理，整体提升村容村貌',
    ]);
  });

  it('near misses: a title that opens as a sentence, a title whole to its line end, a head noun inside a longer word', () => {
    expect(titles(plan(
      '一、以目标为导向推进整治工作落实，确保各项任务取得实效并形成长效机制。',
      '二、确保工作目标全面完成',
      '三、强化目标考核机制，每季度通报一次进展情况并纳入年度综合考核。',
      '四、工作原则上由乡镇组织实施，县直部门加强业务指导和督促检查工作。',
    ))).toEqual([
      '一、以目标为导向推进整治工作落实，确保各项任务取得实效并形成长效机制',
      '二、确保工作目标全面完成',
      '三、强化目标考核机制，每季度通报一次进展情况并纳入年度综合考核',
      '四、工作原则上由乡镇组织实施，县直部门加强业务指导和督促检查工作',
    ]);
  });

  it('a run-in title closed by 。 is read as before', () => {
    expect(titles(plan('（一）总体目标。到2026年，全县农村卫生厕所普及率达到90%以上。'))).toEqual(['（一）总体目标']);
  });
});

describe('a title run into the first item of its list', () => {
  it('ends before "1." or "（一）" that opens the list', () => {
    expect(titles(plan(
      '一、基本原则1.属地管理，分级负责。',
      '2.群众主体，政府引导。',
      '二、深化村庄清洁行动，打造整洁有序的村容村貌1.开展村庄环境集中整治。',
    ))).toEqual(['一、基本原则', '1.属地管理，分级负责', '2.群众主体，政府引导', '二、深化村庄清洁行动，打造整洁有序的村容村貌', '1.开展村庄环境集中整治']);
  });

  it('"（一）" run into a title heads the first item, whose own title is run into its text too', () => {
    expect(titles(plan(
      '三、保障措施（一）组织保障各乡镇要高度重视，切实加强对整治工作的领导。（二）经费保障县财政局要将工作经费纳入年度预算，确保工作顺利开展。',
    ))).toEqual(['三、保障措施', '（一）组织保障', '（二）经费保障']);
  });

  it('near misses: a figure after the point, a second item, a colon before the marker (not this rule\'s to read)', () => {
    expect(titles(plan(
      '一、全县改厕任务1.5万户，年底前全部完成。',
      '二、推进第2、3批村庄整治，确保按期验收。',
      '三、明确责任：1.乡镇负责组织实施。',
    ))).toEqual([
      '一、全县改厕任务1.5万户，年底前全部完成',
      '二、推进第2、3批村庄整治，确保按期验收',
      '三、明确责任：1.乡镇负责组织实施',
    ]);
  });
});
