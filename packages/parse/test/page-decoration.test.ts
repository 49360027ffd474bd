/**
 * A web page's list decoration: a bullet glyph before each item ("◈1. …", "◆（一）…", "● …") is
 * the page's, not the policy's. It is markup, so the heading marker after it is read, and no word
 * of the text keeps it. Made-up lines in the style of a 政策清单 page, with near misses.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';

const headings = (text: string) => {
  const { tree } = parsePolicy(text, {});
  expectValidTree(tree, text);
  return sections(tree).map((s) => `${s.path} ${s.marker} ${s.title}`);
};

describe('a bullet glyph before a heading marker', () => {
  it('"◈1." opens item 1, its title without the glyph', () => {
    const text = ['某省支持实体经济发展政策清单', '一、稳定供应链支持政策', '', '◈1. 中小企业宽带资费再降10%。取消港口建设费。', '', '◈2．对新建冷库予以补助。', ''].join('\n');
    expect(headings(text)).toEqual(['1 一、 稳定供应链支持政策', '1.1 1. 中小企业宽带资费再降10%', '1.2 2． 对新建冷库予以补助']);
  });

  it('other glyphs, and spaces after them, are decoration too', () => {
    const text = ['某县工作方案', '◆ 一、工作目标', '★（一）完善服务网络。', '● （二）提升服务质量。'].join('\n');
    expect(headings(text)).toEqual(['1 一、 工作目标', '1.1 （一） 完善服务网络', '1.2 （二） 提升服务质量']);
  });
});

describe('near misses', () => {
  it('a glyph inside a line is the text\'s, and a middle dot opening a line is no bullet', () => {
    const text = ['某县工作方案', '一、工作目标', '打造“太行至尊◆王莽岭”品牌。', '·1. 不是标题的一行'].join('\n');
    expect(headings(text)).toEqual(['1 一、 工作目标']);
  });
});
