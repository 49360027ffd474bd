/**
 * The one bisection the extractor uses (spans, cells, marks, mentions): `partitionPoint` against a
 * linear scan, and the span lookups built on it; and `nextInClass`, the scan to a sparse character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextInClass, partitionPoint } from '../src/search.js';
import { insideAny, overlapsAny } from '../src/units/spans.js';

describe('partitionPoint', () => {
  it('is the first index where the prefix test fails, as a scan finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scan = sorted.findIndex((v) => !(v < x));
        expect(partitionPoint(sorted.length, (k) => sorted[k]! < x)).toBe(scan < 0 ? sorted.length : scan);
        const scanAtOrBelow = sorted.findIndex((v) => v > x);
        expect(partitionPoint(sorted.length, (k) => sorted[k]! <= x)).toBe(scanAtOrBelow < 0 ? sorted.length : scanAtOrBelow);
      }),
    );
  });

  it('gives 0 for no elements and n when the test holds everywhere', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(5, () => true)).toBe(5);
    expect(partitionPoint(5, () => false)).toBe(0);
  });
});

describe('span lookups', () => {
  /** Disjoint sorted spans from a list of (gap, length) pairs. */
  const spansArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 })), { maxLength: 12 }).map((parts) => {
    const out: { start: number; end: number }[] = [];
    let at = 0;
    for (const [gap, length] of parts) {
      out.push({ start: at + gap, end: at + gap + length });
      at += gap + length;
    }
    return out;
  });

  it('agree with a scan over the spans', () => {
    fc.assert(
      fc.property(spansArb, fc.integer({ min: -2, max: 80 }), fc.integer({ min: 0, max: 6 }), (spans, i, width) => {
        expect(insideAny(spans, i)).toBe(spans.some((s) => s.start <= i && i < s.end));
        expect(overlapsAny(spans, i, i + width)).toBe(spans.some((s) => s.start < i + width && i < s.end));
      }),
    );
  });
});

describe('nextInClass', () => {
  it('finds the next character of the class at or after an offset, as a scan does', () => {
    const brackets = /[（）()]/g;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('字', '（', '）', '(', ')', 'a', '。'), { maxLength: 30 }).map((cs) => cs.join('')), fc.integer({ min: 0, max: 32 }), (text, from) => {
        let scan = from;
        while (scan < text.length && !'（）()'.includes(text[scan]!)) scan++;
        expect(nextInClass(brackets, text, from)).toBe(Math.min(scan, text.length));
      }),
    );
  });
});
