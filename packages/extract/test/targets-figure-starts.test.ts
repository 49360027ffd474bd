/**
 * The figure starts of a block are found once and walked by both readers of figures: the quantity
 * scan and the year mentions. A year mention may only open where a figure may, or the mention
 * reader, which no longer looks at the other characters, would miss it.
 */
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../src/targets/clauses.js';
import { findTimeMentions } from '../src/targets/deadlines.js';
import { figureStarts, scanQuantities } from '../src/targets/figures.js';

describe('figure starts', () => {
  it('lists every character a figure or a year may open with, in order, and nothing else', () => {
    const text = '到2025年，新增三所学校，２０２６年底前建成两个中心；半数以上乡镇覆盖。';
    const starts = figureStarts(text);
    expect(starts.map((i) => text[i]).join('')).toBe('2025三２０２６两半');
    expect([...starts]).toEqual([...starts].sort((a, b) => a - b));
  });

  it('holds every character a year mention may open with', () => {
    // The characters the mention reader asks at (its MENTION_START): each must be a figure start.
    for (const ch of '0123456789０１２３４５６７８９一二两三四五六七八九十') expect(figureStarts(`到${ch}`), ch).toEqual([1]);
  });

  it('finds the year mentions written with each numeral, through the figure starts', () => {
    const years = ['2025年', '２０２５年', '二〇二五年', '三年内', '两年内', '十年内', '用五年时间', '经过四年努力'];
    for (const year of years) {
      const text = `力争${year}，建成示范区3个。`;
      expect(findTimeMentions(shapeOf(text), 2021).length, year).toBeGreaterThan(0);
    }
  });

  it('gives the same mentions and quantities whether the starts are passed in or found', () => {
    const text = '到2025年，全市新增养老床位1200张以上，三年内建成社区服务中心15个，2023年底前完成改造任务的一半。';
    const shape = shapeOf(text);
    const starts = figureStarts(text);
    expect(findTimeMentions(shape, 2022, 2022, starts)).toEqual(findTimeMentions(shape, 2022, 2022));
    expect(scanQuantities(text, starts)).toEqual(scanQuantities(text));
    expect(scanQuantities(text).map((q) => text.slice(q.start, q.end))).toContain('1200张以上');
  });
});
