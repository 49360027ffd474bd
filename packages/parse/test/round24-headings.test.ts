/**
 * Round 24: a list's first item glued onto the end of the paragraph before it, where a page lost
 * the line break ("…制定本细则。(一)监测目的"), its second item opening a line of its own. Made-up
 * text in the style of a provincial monitoring rule (held-out probe 150 showed the form).
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';

const outline = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

const rule = (opening: string) => ['某省病媒生物监测实施细则', '一、总则', opening, '用科学的方法收集资料，为预防控制提供基础数据。', '(二)监测对象', '鼠类、蚊虫等病媒生物。', '二、附则', '本细则自印发之日起施行。'].join('\n');

describe('a list\'s first item glued onto the paragraph before it', () => {
  it('after the paragraph\'s last 。, its title closing the line, its second item on a line of its own', () => {
    expect(outline(rule('根据有关文件要求，结合我省实际，制定本细则。(一)监测目的'))).toEqual([
      '1 一、 总则', '1.1 (一) 监测目的', '1.2 (二) 监测对象', '2 二、 附则',
    ]);
  });

  it('near miss: the item runs on as a sentence on its line (a list inside the paragraph)', () => {
    expect(outline(rule('根据有关文件要求，制定本细则。(一)是指蚊虫，包括成虫和幼虫'))).not.toContain('1.1 (一) 是指蚊虫，包括成虫和幼虫');
  });

  it('near miss: after a colon or a word, not a sentence\'s end', () => {
    expect(outline(rule('监测内容包括：(一)监测目的')).map((h) => h.split(' ')[1])).not.toContain('(一)');
  });

  it('near miss: no second item of the list on a line of its own', () => {
    const text = ['某省病媒生物监测实施细则', '一、总则', '根据有关文件要求，制定本细则。(一)监测目的', '用科学的方法收集资料。', '二、附则', '本细则自印发之日起施行。'].join('\n');
    expect(outline(text)).toEqual(['1 一、 总则', '2 二、 附则']);
  });
});
