/**
 * A Markdown page converted from a word processor sets a numeral and its point in bold runs of
 * their own ("**1** **.** **开展…。**"): the marker is read on its content, markup and the spaces
 * beside it left out, and the tree keeps every character (the marker a leaf per run of its own
 * characters). Made-up 行动计划 in the style of a city's plan.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';

const outline = (text: string, markdown = true) => {
  const { tree } = parsePolicy(text, { markdown });
  expectValidTree(tree, text);
  return sections(tree).map((s) => `${s.path} ${s.marker} ${s.title}`);
};

const plan = (items: string[]) => ['一、重点任务', '', '（一）建设创新载体', '', ...items.flatMap((item) => [item, '']), '（二）完善配套服务', ''].join('\n');

describe('a marker split by emphasis in a Markdown page', () => {
  it('reads a numeral and its point set in bold runs of their own', () => {
    const text = plan(['**1** **.** **开展关键技术研发。** 支持高校开展研究，由市科技局负责。', '**2** **.** **建设** **产业园区。** 完善配套设施。']);
    expect(outline(text)).toEqual(['1 一、 重点任务', '1.1 （一） 建设创新载体', '1.1.1 1. 开展关键技术研发', '1.1.2 2. 建设产业园区', '1.2 （二） 完善配套服务']);
  });

  it('reads a numeral closed in bold before its point', () => {
    const text = plan(['**1**.开展关键技术研发。支持研究。', '**2**．建设产业园区。完善设施。']);
    expect(outline(text).slice(2, 4)).toEqual(['1.1.1 1. 开展关键技术研发', '1.1.2 2． 建设产业园区']);
  });

  it('keeps a figure in bold at a line start a figure', () => {
    const text = plan(['**1** **亿元** 专项资金用于支持研发。', '**2024** **年** 完成建设。']);
    expect(outline(text).filter((s) => s.startsWith('1.1.'))).toEqual([]);
  });

  it('reads an item whose first words are a figure, split from its point by markup, as an item', () => {
    const text = ['一、补贴对象', '', '**1**.**80**周岁以上的老年人；', '', '**2**.纯老家庭中的老年人；', '', '二、补贴标准', ''].join('\n');
    expect(outline(text).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '1.1 1.', '1.2 2.', '2 二、']);
  });

  it('reads a number whose point a backslash escapes ("1\\. 开展…", as Pandoc writes it) as an item', () => {
    const text = plan(['1\\. 开展关键技术研发。支持研究。', '2\\. 建设产业园区。完善设施。']);
    expect(outline(text).slice(2, 4)).toEqual(['1.1.1 1. 开展关键技术研发', '1.1.2 2. 建设产业园区']);
  });

  it('near miss: an escaped character that opens no marker stays text ("\\*注：…")', () => {
    const text = plan(['\\*注：本项由各区负责。', '说明。']);
    expect(outline(text).filter((s) => s.startsWith('1.1.'))).toEqual([]);
  });

  it('reads plain text as written: spaces alone do not join a numeral to a point', () => {
    const text = plan(['1  . 开展关键技术研发。', '2  . 建设产业园区。']);
    expect(outline(text, false).filter((s) => s.startsWith('1.1.'))).toEqual([]);
  });
});
