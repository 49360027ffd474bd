/**
 * Pass one's candidates: the parser reads them once from the document's start and takes those
 * from the body's start on out of that reading, which must equal reading from there afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatesFrom, findCandidates, splitLines } from '../src/lines.js';

/** Lines in the style of a plan: headings of every scheme, sentences with markers inside them. */
const PIECES = ['一、总体要求', '（一）工作目标。', '1.加强领导；2.完善机制。', '第一章 总则', '3.5G网络', '　　推进建设。（二）落实责任', '1.1 编制目的', '', '某市实施方案'];

describe('candidatesFrom', () => {
  it('equals findCandidates from the same offset, wherever the offset falls', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), fc.nat(), (parts, at) => {
        const text = parts.join('\n');
        const lines = splitLines(text);
        const from = at % (text.length + 1);
        const all = findCandidates(text, lines, null, 0);
        expect(candidatesFrom(all, text, lines, null, from)).toEqual(findCandidates(text, lines, null, from));
      }),
    );
  });

  it('reads the line the offset falls inside afresh: what stands before the offset is dropped', () => {
    const text = '某市实施方案\n一、总体要求。（一）工作目标\n（二）基本原则';
    const lines = splitLines(text);
    const all = findCandidates(text, lines, null, 0);
    expect(all.map((c) => c.value)).toEqual(['一、', '（一）', '（二）']);
    const fresh = candidatesFrom(all, text, lines, null, text.indexOf('总体'));
    expect(fresh.map((c) => [c.value, c.atLineStart])).toEqual([['（一）', false], ['（二）', true]]);
  });
});
