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
    const text = '完善街道议事协调机制，优化决策程序，重大事项由\n街道党工委讨论决定，全面提升服务能力。';
    expect(findDuties(text, 0, { wrap: WRAP }).map(roles)).toEqual([R(['街道党工委'])]);
  });
  it('without a wrap width the same break parts the sentence', () => {
    const text = '完善街道议事协调机制，优化决策程序，重大事项由\n街道党工委讨论决定，全面提升服务能力。';
    expect(findDuties(text, 0, {}).map(roles)).toEqual([]);
  });
  it('near miss: a line short of the width ends its paragraph', () => {
    const text = '重大事项由\n街道党工委讨论决定。';
    expect(findDuties(text, 0, { wrap: WRAP }).map(roles)).toEqual([]);
  });
  it('near miss: a line that ends its sentence at the width ends there', () => {
    const text = '完善街道议事协调机制，优化决策程序，提升服务。\n区民政局负责指导。';
    expect(findDuties(text, 0, { wrap: WRAP }).map(roles)).toEqual([R(['区民政局'])]);
  });
});

describe('a labelled clause goes on over a wrap', () => {
  const text = '牵头单位：区委组织部\n协办单位：区委编办、区民政局、区财政局、园区党工\n委、各街道党工委';
  it('a unit name split by the wrap is read whole, and the list goes on', () => {
    expect(findClauses(text, 0, null, WRAP).map(roles)).toEqual([R(['区委组织部'], ['区委编办', '区民政局', '区财政局', '园区党工委', '各街道党工委'])]);
  });
  it('near miss: without a wrap width the list ends at its line', () => {
    expect(findClauses(text, 0, null, null).flatMap((c) => roles(c).assist)).not.toContain('各街道党工委');
  });
});

describe('a hard-wrapped document, compiled', () => {
  const body = [
    '为贯彻落实全市街道工作会议精神，以首善标准建设文明街道、活力街道、宜居街道、平安街道，现结合本区实际，制定如下任务分解方案。',
    '一、提高城市基层党建工作水平，加强党对基层治理的全面领导',
    '1.完善街道党工委对地区治理重大工作的领导体制机制，优化决策程序，涉及基层治理的重大事项、重点工作由街道党工委讨论决定，全面提升街道抓党建、抓治理、抓服务的领导能力。加强街道社区党组织对地区各类组织和各项工作的领导，推动将党的领导写入各类组织章程，确保基层工作体现党的意志，确保党的路线方针政策在基层有效贯彻落实。',
    '牵头单位：区委组织部',
    '协办单位：区委编办、区民政局、园区党工委、各街道党工委、各社区居委会',
    '2.健全街道综合执法机制，整合基层执法力量，推动执法重心下移，完善街道统筹协调、部门协同配合的工作机制，建立健全联合执法、联动处置的工作制度，提高基层综合执法效能，切实解决群众反映强烈的突出问题。',
    '牵头单位：区司法局',
    '协办单位：区城管执法局、各街道办事处',
  ].join('\n');
  const text = hardWrap(body, 25);
  const { registry } = compile({ path: 'plan.txt', value: text });
  it('titles run on over the wrap: to the line short of the width, or to a run-in title\'s 。', () => {
    expect(registry.sections.map((s) => s.title)).toEqual([
      '提高城市基层党建工作水平，加强党对基层治理的全面领导',
      '完善街道党工委对地区治理重大工作的领导体制机制，优化决策程序，涉及基层治理的重大事项、重点工作由街道党工委讨论决定，全面提升街道抓党建、抓治理、抓服务的领导能力',
      '健全街道综合执法机制，整合基层执法力量，推动执法重心下移，完善街道统筹协调、部门协同配合的工作机制，建立健全联合执法、联动处置的工作制度，提高基层综合执法效能，切实解决群众反映强烈的突出问题',
    ]);
  });
  it('units split by a wrap are read whole', () => {
    const units = registry.tasks.filter((t) => t.path === '1.1').flatMap((t) => [...t.lead, ...t.assist]);
    expect(units).toEqual(expect.arrayContaining(['区委组织部', '区委编办', '区民政局', '园区党工委', '各街道党工委', '各社区居委会', '街道党工委']));
  });
});
