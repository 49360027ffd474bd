/**
 * Round 25: headings a page set apart from their titles. Made-up text in the style of a national
 * plan reposted by a site (held-out probe 161 showed both forms).
 *
 * - A marker alone on its line ("一、"), its title on the next ("发展环境"): the line under it titles
 *   it when it is short and no sentence.
 * - Question marks where a page lost its spaces in an encoding ("第一章??总则", "第一条?为…"): no
 *   title opens with a question.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { parsePolicy } from '@policyc/parse';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const outline = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

const plan = (...lines: string[]) => ['某省“十四五”消防工作规划', ...lines].join('\n');

describe('a marker alone on its line, its title on the next', () => {
  const text = plan('一、', '发展环境', '（一）取得的新进展。', '各地区各部门认真贯彻决策部署，火灾防控能力大力提升。', '二、', '总体要求', '（一）指导思想', '坚持预防为主、防消结合。');

  it('the line under the marker titles it', () => {
    expect(outline(text)).toEqual(['1 一、 发展环境', '1.1 （一） 取得的新进展', '2 二、 总体要求', '2.1 （一） 指导思想']);
  });

  it('the tree stays lossless and valid', () => {
    const { tree } = parsePolicy(text);
    expectValidTree(tree, text);
  });

  it('near miss: a sentence under the bare marker is the section\'s text, no title', () => {
    const sentence = plan('一、', '各地区各部门认真贯彻决策部署，火灾防控能力大力提升。', '二、总体要求');
    expect(outline(sentence)).toEqual(['1 一、 ', '2 二、 总体要求']);
  });

  it('near miss: a line a hard-wrapped text runs to its width, or a table\'s row, is no title', () => {
    const wrapped = plan('一、', '各地区各部门认真贯彻党中央国务院决策部署全面加强', '和改革消防工作，大力提升火灾防控能力，取得显著成', '效，为保障人民生命财产安全作出了重要贡献。', '二、总体要求', '各地区各部门认真贯彻党中央国务院决策部署全面加强', '和改革消防工作，大力提升火灾防控能力，取得显著成', '效，为保障人民生命财产安全作出了重要贡献。');
    expect(outline(wrapped)[0]).toBe('1 一、 ');
    const table = plan('一、', '| 序号 | 任务 | 责任单位 |', '| --- | --- | --- |', '| 1 | 排查隐患 | 县消防救援大队 |', '二、总体要求');
    expect(outline(table)[0]).toBe('1 一、 ');
  });

  it('near miss: a long line under the bare marker is no title', () => {
    const long = plan('一、', '各地区各部门认真贯彻党中央国务院决策部署全面加强和改革消防工作大力提升火灾防控能力', '二、总体要求');
    expect(outline(long)[0]).toBe('1 一、 ');
  });
});

describe('question marks a page wrote for its spaces', () => {
  it('"第一章??总则", "第一条?为…": the marks open no title', () => {
    const text = ['某州消防安全责任制实施办法', '第一章??总则', '第一条?为进一步健全消防安全责任制，结合本州实际，制定本办法。', '第二条?各级人民政府全面负责本地区消防工作。'].join('\n');
    expect(outline(text)).toEqual([
      '1 第一章 总则',
      '1.1 第一条 为进一步健全消防安全责任制，结合本州实际，制定本办法',
      '1.2 第二条 各级人民政府全面负责本地区消防工作',
    ]);
  });
});

describe('a rule\'s first division glued on its title', () => {
  const title = (text: string) => compile({ path: 'p.txt', value: text }).registry.document.title;
  const RULE = ['某区自然灾害预警预防管理办法第一条为加强预警预防管理工作，依据有关规定，制定本办法。', '第二条区应急管理局负责统筹协调预警体系的组织管理。', '第三条各镇街负责辖区防灾应急准备管理。'].join('\n');

  it('"某区某某管理办法第一条为…" over "第二条…": the article is a heading, the words before it the title', () => {
    expect(outline(RULE)).toEqual(['1 第一条 为加强预警预防管理工作，依据有关规定，制定本办法', '2 第二条 区应急管理局负责统筹协调预警体系的组织管理', '3 第三条 各镇街负责辖区防灾应急准备管理']);
    expect(title(RULE)).toBe('某区自然灾害预警预防管理办法');
  });

  it('the first chapter glued on the title, the first article on the chapter\'s short title', () => {
    const text = ['1某某普查办法第一章 总 则第一条 根据有关法律，制定本办法。第二条 普查的目的是全面掌握发展情况。', '第三条 普查在各级人民政府的统一领导下进行。'].join('\n');
    expect(outline(text).slice(0, 2)).toEqual(['1 第一章 总 则', '1.1 第一条 根据有关法律，制定本办法']);
  });

  it('the tree stays lossless and valid', () => {
    expectValidTree(parsePolicy(RULE).tree, RULE);
  });

  it('near miss: a citation of a rule\'s article ("根据本办法第一条，…"): the article after it is a first, not a second', () => {
    const text = ['某区自然灾害预警预防管理实施细则', '一、总则', '根据本办法第一条，结合本区实际，制定本细则。', '第一条区应急管理局负责统筹协调预警体系。', '第二条各镇街负责辖区防灾应急准备管理。'];
    expect(outline(text.join('\n'))).toEqual(['1 一、 总则', '1.1 第一条 区应急管理局负责统筹协调预警体系', '1.2 第二条 各镇街负责辖区防灾应急准备管理']);
  });

  it('near miss: no second article on a line of its own — the rule is not laid out in lines there', () => {
    const text = '某区自然灾害预警预防管理办法第一条为加强预警预防管理工作，制定本办法。\n本办法自印发之日起施行。';
    expect(outline(text)).toEqual([]);
  });
});
