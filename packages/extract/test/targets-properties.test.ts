/**
 * extractTargets on any input: it never throws, every offset lies inside its block, the output is
 * well formed, and the time grows linearly with the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTargets, type TextBlock } from '../src/targets/index.js';

/** Characters that exercise every rule: figures, units, comparators, marks, quotes, years. */
const ALPHABET = [
  ...'0123456789０１２.．,，、。；：（）()《》“”〔〕-—～至到',
  ...'一二两三五十百千万亿半之分多余几',
  ...'个所家项户%％倍番元亩年月日内前底末',
  '以上', '以下', '左右', '不少于', '超过', '达到', '建设', '分别', '均', '其中', '每年', '比', '截至', '的', '可',
  '到2020年，', '“十三五”末', '2021年底前', '目标：', '\n', 'A', 'G', ' ',
];

const block = fc.record({
  path: fc.constantFrom('', '1', '1.1', '1.2', '2', '2.1.3'),
  title: fc.constantFrom('', '发展目标', '主要任务', '发展基础', '2025年目标'),
  text: fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((parts) => parts.join('')),
});

function withOffsets(list: { path: string; title: string; text: string }[]): TextBlock[] {
  let offset = 0;
  return list.map((b) => {
    const out = { ...b, offset };
    offset += b.text.length;
    return out;
  });
}

describe('extractTargets on any input', () => {
  it('never throws; offsets lie within their block; ids are unique and numbered per path', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (list) => {
        const blocks = withOffsets(list);
        const found = extractTargets(blocks);
        const ids = new Set<string>();
        for (const t of found) {
          const owner = blocks.find((b) => b.path === t.path && t.start >= b.offset && t.end <= b.offset + b.text.length);
          expect(owner, `${t.id} at ${t.start}-${t.end}`).toBeDefined();
          expect(t.start).toBeLessThan(t.end);
          expect(ids.has(t.id)).toBe(false);
          ids.add(t.id);
          expect(t.id.startsWith(`target-${t.path === '' ? '0' : t.path}-`)).toBe(true);
          if (t.comparator === 'range') {
            expect(t.min).not.toBeNull();
            expect(t.max!).toBeGreaterThan(t.min!);
          } else {
            expect(Number.isFinite(t.value)).toBe(true);
          }
          if (t.partOf !== null) expect(ids.has(t.partOf)).toBe(true);
          expect(t.deadline === null || /^\d{4}$/u.test(t.deadline)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('survives malformed blocks', () => {
    const bad = [null, { path: 3, title: null, text: '建设10个', offset: 0 }, { text: 42 }] as unknown as TextBlock[];
    expect(() => extractTargets(bad)).not.toThrow();
    expect(extractTargets(undefined as unknown as TextBlock[])).toEqual([]);
  });
});

describe('time', () => {
  function ms(text: string): number {
    const t = performance.now();
    extractTargets([{ path: '1', title: '发展目标', text, offset: 0 }]);
    return performance.now() - t;
  }

  it('reads a 1 MB line of digits and 十百千 in about a second at most', () => {
    const chars = '0123456789十百千';
    let seed = 11;
    let line = '';
    for (let i = 0; i < 1 << 20; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      line += chars[seed % chars.length];
    }
    expect(ms(line)).toBeLessThan(3000);
  });

  it.each([
    ['figures and verbs', '建设1个，达到10%以上；'],
    ['one long clause', 'A及B分别达到150个'],
    ['lead-ins', '到2020年，'],
    ['quotes and titles', '“《1个'],
    ['ranges', '1-2-3至4个'],
  ])('grows linearly: %s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(160_000 / unit.length));
    ms(small); // warm-up
    const a = Math.max(1, ms(small));
    const b = ms(large);
    // 8× the input; a quadratic cost would take 64×.
    expect(b / a).toBeLessThan(24);
  });
});
