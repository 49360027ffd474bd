/**
 * The one pass over a block (scan.ts) stands in for three readers: it must find the same figure
 * starts as `figureStarts`, measure lines as the printed page does (a wide character two columns,
 * a surrogate pair one wide character, trailing blanks not at all), and let the fold skip a block
 * only where folding it would change nothing.
 */
import { describe, expect, it } from 'vitest';
import { figureStarts } from '../src/targets/figures.js';
import { foldText } from '../src/targets/fold.js';
import { wrapWidth } from './support/wrap.js';
import { scanBlock, WrapTally } from '../src/targets/scan.js';

/** Display width of a line as written by hand: two columns for a wide code point, one below U+0100. */
function columns(line: string): number {
  let w = 0;
  for (const ch of line.replace(/\s+$/u, '')) w += ch.codePointAt(0)! <= 0xff ? 1 : 2;
  return w;
}

describe('block scan', () => {
  it('finds the figure starts figureStarts finds', () => {
    const texts = [
      '到2025年，全市新增三所学校，２０２６年底前建成两个中心；半数以上乡镇覆盖。',
      '　　（一）加强统筹。市发展改革委牵头，各区县人民政府负责。\n　　（二）完善机制，力争用五年时间达到92 %以上。',
      '',
      '𠀋𠀋一百二十个 ',
    ];
    for (const text of texts) expect(scanBlock(text, new WrapTally()).figureStarts, text).toEqual([...figureStarts(text)]);
  });

  it('measures a hard-wrapped text at the width its lines were wrapped to', () => {
    // Lines of 20 wide characters (40 columns), some holding figures, a trailing space or a
    // character outside the BMP (one wide character, two UTF-16 codes).
    const body = '各地区各部门要按照𠀋职责分工抓好落实确保各项任务按期完成取得实效并定期报送进展情况';
    const lines: string[] = [];
    for (let k = 0; k < 30; k++) {
      const line = Array.from(body).slice(k % 5, (k % 5) + 20).join('');
      lines.push(k % 3 === 0 ? `${line}  ` : line);
    }
    expect(lines.every((l) => columns(l) === 40)).toBe(true);
    expect(wrapWidth([lines.join('\n')])).toBe(40);
    // The same lines given block by block are counted together.
    expect(wrapWidth([lines.slice(0, 12).join('\n'), lines.slice(12).join('\n')])).toBe(40);
  });

  it('finds no wrap width in a text written a paragraph a line', () => {
    const lines = Array.from({ length: 30 }, (_, k) => `　　（${k + 1}）加强统筹协调${'完善工作机制'.repeat(1 + (k % 7))}。`);
    expect(wrapWidth([lines.join('\n')])).toBeNull();
  });

  it('lets the fold skip only blocks it would leave as they are', () => {
    const texts = [
      '　　加强统筹，完善机制。', // indented: blanks, none by a figure
      '到 2025 年，覆盖率达到 92 %。',
      '达到92% 以上', // a blank after a percent sign
      '新增3 所学校', // a blank after a digit
      '提高到 500 万\n亩以上，建成示范区。',
      '无空格的一段话，含数字2025年。',
    ];
    for (const width of [null, 12]) {
      for (const text of texts) {
        const scan = scanBlock(text, new WrapTally());
        const folded = foldText(text, width, scan);
        const plain = foldText(text, width);
        expect(folded.text, text).toBe(plain.text);
        for (let at = 0; at <= folded.text.length; at++) expect(folded.sourceAt(at)).toBe(plain.sourceAt(at));
      }
    }
    // The blanks by figures are seen, and only those.
    expect(texts.map((t) => scanBlock(t, new WrapTally()).blankByFigure)).toEqual([false, true, true, true, true, false]);
  });
});
