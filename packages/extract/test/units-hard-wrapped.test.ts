/**
 * A policy copied out of a PDF keeps the PDF's line breaks: a line that runs to the width goes on
 * in the next, mid-word as often as not ("…重要问题由" / "街道党工委讨论决定", "园区党工" / "委、…").
 * Duties and labelled clauses read on over such breaks, and only over those: a line short of the
 * width, or one that ends its sentence, ends there. Made-up text in the style of a 任务分解方案.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { findClauses, findDuties } from '../src/units/index.js';
import { R, roles } from './support/roles.js';

/** `text` hard-wrapped at `chars` characters a line, as a PDF's lines are. */
function hardWrap(text: string, chars: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    for (let i = 0; i < paragraph.length; i += chars) out.push(paragraph.slice(i, i + chars));
  }
  return out.join('\n');
}

// 20 characters a line: 40 columns.
const WRAP = 40;

describe('duties in running text go on over a wrap', () => {
  it('由 at a line end names the units on the next line', () => {
    const text = '健全社区协商机制，规范议事，涉及事项由\n社区居委会组织讨论，全面提升服务水平。';
    expect(findDuties(text, 0, { wrap: WRAP }).map(roles)).toEqual([R(['社区居委会'])]);
  });
  it('without a wrap width the same break parts the sentence', () => {
    const text = '健全社区协商机制，规范议事，涉及事项由\n社区居委会组织讨论，全面提升服务水平。';
    expect(findDuties(text, 0, {}).map(roles)).toEqual([]);
  });
  it('near miss: a line short of the width ends its paragraph', () => {
    const text = '涉及事项由\n社区居委会组织讨论。';
    expect(findDuties(text, 0, { wrap: WRAP }).map(roles)).toEqual([]);
  });
  it('near miss: a line wider than the width was not wrapped at it', () => {
    const text = '健全社区协商议事机制，规范议事程序，推进涉及事项由\n社区居委会组织讨论，全面提升服务水平。';
    expect(findDuties(text, 0, { wrap: WRAP }).map(roles)).toEqual([]);
  });
  it('near miss: a next line that opens with a label or an indent opens a line of its own', () => {
    expect(findClauses('责任单位：区委编办、区民政局、区财政局\n完成时限：2024年底前', 0, null, WRAP).flatMap((c) => roles(c).responsible)).toEqual(['区委编办', '区民政局', '区财政局']);
    expect(findDuties('健全社区协商机制，规范议事，涉及事项由\n　　社区居委会组织讨论。', 0, { wrap: WRAP }).map(roles)).toEqual([]);
  });
  it('near miss: a line that ends its sentence at the width ends there', () => {
    const text = '健全社区协商议事机制，规范议事程序，提升服务。\n区民政局负责指导。';
    expect(findDuties(text, 0, { wrap: WRAP }).map(roles)).toEqual([R(['区民政局'])]);
  });
});

describe('a labelled clause goes on over a wrap', () => {
  const text = '牵头单位：区城管执法局\n协办单位：区住建局、区生态环境局、开发\n区管委会、各街道办事处';
  it('a unit name split by the wrap is read whole, and the list goes on', () => {
    expect(findClauses(text, 0, null, WRAP).map(roles)).toEqual([R(['区城管执法局'], ['区住建局', '区生态环境局', '开发区管委会', '各街道办事处'])]);
  });
  it('near miss: without a wrap width the list ends at its line', () => {
    expect(findClauses(text, 0, null, null).flatMap((c) => roles(c).assist)).not.toContain('各街道办事处');
  });
});

describe('a hard-wrapped document, compiled', () => {
  const body = [
    '为推进城市精细化管理，建设整洁有序、安全便利的城市环境，结合本区实际，制定如下任务分解方案。',
    '一、完善城市管理体制机制，提升城市精细化管理的整体水平',
    '1.健全城市管理统筹协调机制，明确部门职责边界，涉及城市管理的重大事项、重点任务由区城市管理委员会研究决定，全面提升统筹协调、综合执法和应急处置能力。加强网格化管理，推动管理力量下沉，确保问题及时发现、及时处置，确保各项管理措施落到实处。',
    '牵头单位：区城管执法局',
    '协办单位：区住建局、区生态环境局、开发区管委会、各街道办事处、各社区居委会',
    '2.完善市容环境长效管护机制，规范户外广告设置，推进背街小巷环境整治，完善区级统筹、街道落实、社区参与的工作机制，建立健全巡查、督办、考核的工作制度，提高市容环境管理水平，切实解决群众反映强烈的突出问题。',
    '牵头单位：区市容环卫中心',
    '协办单位：区市场监管局、各街道办事处',
    '3.推进城市管理智慧化建设，整合城市管理数据资源，完善城市运行管理服务平台功能，推动视频监控、物联感知等设施共建共享，提升城市管理问题发现、派遣、处置、核查的闭环管理效率。',
    '牵头单位：区大数据中心',
  ].join('\n');
  const text = hardWrap(body, 25);
  const { registry } = compile({ path: 'plan.txt', value: text });
  it('titles run on over the wrap: a level\'s to the line short of the width, a run-in item\'s to its 。', () => {
    expect(registry.sections.map((s) => s.title)).toEqual([
      '完善城市管理体制机制，提升城市精细化管理的整体水平',
      '健全城市管理统筹协调机制，明确部门职责边界，涉及城市管理的重大事项、重点任务由区城市管理委员会研究决定，全面提升统筹协调、综合执法和应急处置能力',
      '完善市容环境长效管护机制，规范户外广告设置，推进背街小巷环境整治，完善区级统筹、街道落实、社区参与的工作机制，建立健全巡查、督办、考核的工作制度，提高市容环境管理水平，切实解决群众反映强烈的突出问题',
      '推进城市管理智慧化建设，整合城市管理数据资源，完善城市运行管理服务平台功能，推动视频监控、物联感知等设施共建共享，提升城市管理问题发现、派遣、处置、核查的闭环管理效率',
    ]);
  });
  it('units split by a wrap are read whole', () => {
    const units = registry.tasks.filter((t) => t.path === '1.1').flatMap((t) => [...t.lead, ...t.assist]);
    expect(units).toEqual(expect.arrayContaining(['区城管执法局', '区住建局', '区生态环境局', '开发区管委会', '各街道办事处', '各社区居委会', '区城市管理委员会']));
  });
});
