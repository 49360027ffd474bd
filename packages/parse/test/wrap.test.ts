/**
 * Text copied out of a PDF, hard-wrapped at the PDF's width, and a page that glosses characters with
 * their pinyin inline (ruby text copied as "一(yī)、", "關(guān)于"). Made-up excerpts in their style.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy, wrapWidth } from '@policyc/parse';
import { compile } from 'policyc';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { toSource } from '../src/leaves.js';

const sections = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

/** A paragraph of `n` lines of 24 characters (48 columns), the last one shorter. */
const paragraph = (n: number) => Array.from({ length: n }, (_, k) => (k === n - 1 ? '推进示范区建设。' : '加快推进产业园区基础设施建设完善公共服务配套设施建设'.slice(0, 24))).join('\n');

describe('wrapWidth', () => {
  it('is the width most longer lines end at', () => {
    expect(wrapWidth(paragraph(30))).toBe(48);
  });
  it('near miss: a text written a paragraph a line has no width', () => {
    const lines = Array.from({ length: 30 }, (_, k) => '推进示范区建设'.repeat(1 + (k % 7)) + '。');
    expect(wrapWidth(lines.join('\n'))).toBeNull();
  });
  it('near miss: too few lines say nothing', () => {
    expect(wrapWidth(paragraph(5))).toBeNull();
  });
  it('near miss: a list of fields a line, some lines wider than the rest, was not wrapped', () => {
    const rows = Array.from({ length: 14 }, (_, k) => [`${k + 1}.推进第${k + 1}批老旧小区配套设施工程建设`, '责任单位：区住建局、区财政局、区城管局、各街道', `完成时限：2024年${(k % 12) + 1}月底前完成`]);
    expect(wrapWidth(rows.flat().join('\n'))).toBeNull();
  });
  it('counts a narrow character as one column: digits and spaces do not make a line wide', () => {
    const lines = Array.from({ length: 30 }, () => '到2025年，全市建成示范园区10个以上，带动就业人员超过');
    // 23 wide characters and 6 digits: 52 columns, though 29 characters.
    expect(wrapWidth(lines.join('\n'))).toBe(52);
  });
});

describe('a heading title wrapped by the PDF', () => {
  // 24 characters a line (48 columns): the wrap width of the text around the headings.
  const filler = paragraph(24);
  it('runs on to the short line that ends it', () => {
    const text = `${filler}\n一、健全城市社区治理体系，加强社区服务设施建设的统\n筹推进\n${filler}`;
    expect(sections(text)[0]).toBe('1 一、 健全城市社区治理体系，加强社区服务设施建设的统筹推进');
  });
  it('a run-in title runs on to its 。', () => {
    const text = `${filler}\n1.完善社区议事协商对居民公共事务的协调处理机制优\n化议事程序全面提升社区抓服务抓管理抓安全的能力。加\n强社区居委会对各类服务组织的指导。\n${filler}`;
    expect(sections(text)[0]).toBe('1 1. 完善社区议事协商对居民公共事务的协调处理机制优化议事程序全面提升社区抓服务抓管理抓安全的能力');
  });
  it('the tree stays lossless and valid', () => {
    const text = `${filler}\n一、健全城市社区治理体系，加强社区服务设施建设的统\n筹推进\n${filler}`;
    const { tree } = parsePolicy(text);
    expect(toSource(tree)).toBe(text);
    expectValidTree(tree, text);
  });
  it('near miss: a heading of a level (（一）) reaching the width does not run into its indented body', () => {
    const text = `${filler}\n（二）深化重点领域改革持续优化营商环境激发市场\n　　各街道要全面落实各项改革举措。\n${filler}`;
    expect(sections(text)[0]).toBe('1 （二） 深化重点领域改革持续优化营商环境激发市场');
  });
  it('near miss: a line short of the width ends the title', () => {
    const text = `${filler}\n一、健全城市社区治理体系\n加强社区服务设施建设的统筹推进，推进社区治理体系建设。\n${filler}`;
    expect(sections(text)[0]).toBe('1 一、 健全城市社区治理体系');
  });
  it('near miss: a chapter title that reaches the width does not run into its body', () => {
    const text = `${filler}\n第三章　健全城乡供水保障体系，提升供水安全保障水平\n通过完善水源地保护和城乡供水管网建设，有序推进城乡\n供水一体化，提升供水保障能力。\n${filler}`;
    expect(sections(text)[0]).toBe('1 第三章 健全城乡供水保障体系，提升供水安全保障水平');
  });
  it('near miss: without a wrap width (lines of every length) nothing runs on', () => {
    const text = '一、健全城市社区治理体系，加强社区服务设施建设的统\n筹推进\n二、推进示范区建设';
    expect(sections(text)[0]).toBe('1 一、 健全城市社区治理体系，加强社区服务设施建设的统');
  });
});

describe('pinyin glosses copied inline', () => {
  it('a numeral glossed before its 、 is a heading marker', () => {
    const text = '某市2023年重点工作任务\n一(yī)、实施创新驱动发展战略\n1.建设重点实验室\n二(èr)、推动产业升级\n1.培育龙头企业';
    expect(sections(text)).toEqual(['1 一(yī)、 实施创新驱动发展战略', '1.1 1. 建设重点实验室', '2 二(èr)、 推动产业升级', '2.1 1. 培育龙头企业']);
  });
  it('a title long only by its glosses is still a title', () => {
    const gloss = '某市人民政府辦公廳關(guān)于印發(fā)某市國民經(jīng)濟和社會(huì)發(fā)展第十四個(gè)五年規劃和遠景目標綱要重點任務(wù)分工方案的通知';
    const text = `${gloss}\n某政辦〔2022〕8號\n各區人民政府：\n現印發給你們。\n一、主要指標分工`;
    const { document } = compile({ path: 'p.txt', value: text }).registry;
    expect(document.title).toBe(gloss);
    expect(document.docNumber).toBe('某政辦〔2022〕8號');
  });
  it('near miss: a bracketed word that is no gloss leaves the marker alone', () => {
    expect(sections('某市工作要点\n一(试行)、实施创新驱动发展战略\n二、推动产业升级')).toEqual(['1 二、 推动产业升级']);
  });
});
