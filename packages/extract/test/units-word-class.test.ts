/**
 * wordAt answers "does one of these words start here?" by char codes, in place of a sticky regex
 * alternation of the same words (actors.ts asks it per clause and per list tried). These tests hold
 * it to the regex on made-up text: words of one, two and three characters, words that are prefixes
 * of others, and indexes at and past the end of the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordAt, wordClass } from '../src/units/codes.js';

const WORDS = ['对', '在', '加强', '加大', '进一步', '组织', '依托', '为'];
const PIECES = ['对', '在', '加', '强', '大', '进', '一', '步', '组', '织', '依', '托', '为', '市', '财政局', '部门', '，', 'a', ' '];

const asRegex = (words: readonly string[]): RegExp => new RegExp(`(?:${words.join('|')})`, 'uy');
const regexAt = (re: RegExp, s: string, k: number): boolean => {
  re.lastIndex = k;
  return re.test(s);
};

describe('wordAt', () => {
  const cls = wordClass(WORDS);
  const re = asRegex(WORDS);

  it('finds words of each length where they start, and nothing inside or after them', () => {
    const s = '市财政局进一步加强对企业的指导';
    expect(wordAt(cls, s, s.indexOf('进一步'))).toBe(true);
    expect(wordAt(cls, s, s.indexOf('一步'))).toBe(false);
    expect(wordAt(cls, s, s.indexOf('加强'))).toBe(true);
    expect(wordAt(cls, s, s.indexOf('对'))).toBe(true);
    expect(wordAt(cls, s, 0)).toBe(false);
    // A prefix of a word at the end of the text is no word.
    expect(wordAt(cls, '市进一', 1)).toBe(false);
    expect(wordAt(cls, '市加', 1)).toBe(false);
  });

  it('says no at and past the end of the text', () => {
    expect(wordAt(cls, '加强', 2)).toBe(false);
    expect(wordAt(cls, '加强', 5)).toBe(false);
    expect(wordAt(cls, '', 0)).toBe(false);
  });

  it('agrees with the regex alternation of the same words at every index', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const s = pieces.join('');
        for (let k = 0; k <= s.length + 1; k++) expect(wordAt(cls, s, k)).toBe(regexAt(re, s, k));
      }),
    );
  });
});
