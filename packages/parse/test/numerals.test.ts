import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHINESE_NUMERAL_CHARS, isChineseNumeralChar, parseChineseNumeral, parseOrdinal, readNumeral, toHalfWidthDigits,
} from '../src/numerals.js';

describe('parseChineseNumeral (heading ordinals)', () => {
  it.each([
    ['十一', 11], ['二十五', 25], ['三千', 3000], ['一万二千', 12000], ['二〇二〇', 2020], ['两', 2], ['十', 10],
    // the financial forms of amounts written in full
    ['壹佰贰拾', 120], ['叁万伍仟', 35000], ['一亿二千万', 120_000_000],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumeral('')).toBeNull();
    expect(parseChineseNumeral('十a')).toBeNull();
  });

  it('keeps the helpers the heading parser uses', () => {
    expect(parseOrdinal('１２')).toBe(12);
    expect(parseOrdinal('（')).toBeNull();
    expect(toHalfWidthDigits('１．５，')).toBe('1.5,');
    expect(isChineseNumeralChar('亿')).toBe(true);
    expect(isChineseNumeralChar('个')).toBe(false);
    expect([...CHINESE_NUMERAL_CHARS].every(isChineseNumeralChar)).toBe(true);
  });
});

/** Reads the figure at the start of `text`. */
const read = (text: string) => readNumeral(text, 0);

describe('readNumeral: figures in running text', () => {
  it.each([
    // [text, value, multiplier, end of what is read]
    ['175亿元', 175, '亿', 4],
    ['1.2亿千瓦', 1.2, '亿', 4], // 千 of 千瓦 starts the unit, it does not scale the figure
    ['350万亩', 350, '万', 4],
    ['1.5万', 1.5, '万', 4],
    ['5千万元', 5, '千万', 3],
    ['1,200个', 1200, '', 5],
    ['１２％', 12, '', 2], // full-width digits
    ['1．5倍', 1.5, '', 3], // full-width decimal point
    ['三千家', 3000, '', 2],
    ['三百万亩', 300, '万', 3],
    ['一万二千户', 12000, '', 4],
    ['两个', 2, '', 1],
    ['百项', 100, '', 1],
    ['三点五', 3.5, '', 3],
    ['二〇二〇年', 2020, '', 4],
  ])('%s → %d (multiplier "%s")', (text, value, multiplier, end) => {
    const n = read(text);
    expect(n?.value).toBe(value);
    expect(n?.multiplier).toBe(multiplier);
    expect(n?.multiplierEnd).toBe(end);
  });

  it('reads 百分之N as a percentage', () => {
    expect(read('百分之十五')).toMatchObject({ value: 15, percent: true, multiplierEnd: 5 });
    expect(read('百分之5')).toMatchObject({ value: 5, percent: true });
  });

  it('reads halves: 一半, 半个月', () => {
    expect(read('一半以上')).toMatchObject({ value: 0.5, end: 2 });
    expect(read('半个月')).toMatchObject({ value: 0.5, end: 1 });
    // 半 as a word is no figure
    expect(read('半导体')).toBeNull();
  });

  it('reads vague pairs as two figures, never as 23', () => {
    expect(read('两三个')).toMatchObject({ value: 2, upper: 3 });
    expect(read('三五个')).toMatchObject({ value: 3, upper: 5 });
    expect(read('十七八个')).toMatchObject({ value: 17, upper: 18 });
    expect(read('二三十个')).toMatchObject({ value: 20, upper: 30 });
    expect(read('七八千')).toMatchObject({ value: 7000, upper: 8000 });
  });

  it('does not read an item marker and a year as a decimal ("3．2020年底前")', () => {
    expect(read('3．2020年底前')).toMatchObject({ value: 3, end: 1 });
    expect(read('1.5年')).toMatchObject({ value: 1.5 });
  });

  it('refuses ill-formed runs such as plan names', () => {
    expect(read('十三五')).toBeNull();
    expect(read('万众')).toBeNull();
  });

  it('reads from the given offset and says nothing elsewhere', () => {
    expect(readNumeral('达到70%', 2)?.value).toBe(70);
    expect(readNumeral('达到70%', 0)).toBeNull();
    expect(readNumeral('', 0)).toBeNull();
    expect(readNumeral('12', 5)).toBeNull();
    expect(readNumeral('12', -1)).toBeNull();
  });
});

describe('readNumeral: robustness', () => {
  // Speed is for `pnpm bench`; a quadratic reader would not finish these within the timeout.
  it('reads a 1 MB line of digits and 十百千, and megabyte runs in one go', () => {
    const chars = '0123456789十百千';
    let seed = 7;
    let line = '';
    for (let i = 0; i < 1 << 20; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      line += chars[seed % chars.length];
    }
    let i = 0;
    let figures = 0;
    while (i < line.length) {
      const n = readNumeral(line, i);
      if (n) expect(n.end).toBeLessThanOrEqual(line.length);
      i = n ? Math.max(i + 1, n.multiplierEnd) : i + 1;
      if (n) figures++;
    }
    expect(figures).toBeGreaterThan(0);
    expect(readNumeral('十百千'.repeat(350_000), 0)).not.toBeNull();
    expect(readNumeral('9'.repeat(1 << 20), 0)?.value).toBe(Infinity);
  }, 30_000);

  it('never throws, and what it reads lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789０１２.．,一二两三十百千万亿半个之分%点'.split('')), maxLength: 40 }), fc.nat(45), (text, at) => {
        const n = readNumeral(text, at);
        if (n) {
          expect(n.start).toBe(at);
          expect(n.end).toBeGreaterThan(at);
          expect(n.multiplierEnd).toBeGreaterThanOrEqual(n.end);
          expect(n.multiplierEnd).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
