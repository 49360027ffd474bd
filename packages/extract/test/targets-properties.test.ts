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

// Speed is measured by `pnpm bench`; these only guard against blow-ups (catastrophic
// backtracking would not finish a megabyte within the generous timeout) and check that long
// inputs are read whole.
describe('long inputs', () => {
  const run = (text: string) => extractTargets([{ path: '1', title: '发展目标', text, offset: 0 }]);

  it('reads a 1 MB line of digits and 十百千', () => {
    const chars = '0123456789十百千';
    let seed = 11;
    let line = '';
    for (let i = 0; i < 1 << 20; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      line += chars[seed % chars.length];
    }
    const targets = run(line);
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
    for (const t of targets) expect(t.end).toBeLessThanOrEqual(line.length);
  }, 30_000);

  it.each([
    ['figures and verbs', '建设1个，达到10%以上；'],
    ['ranges', '1-2-3至4个'],
    ['reported speech', '他说：“到2020年，建设1个。”'],
    ['spans and introductions', '根据规划，2023—2025年，由2020年的1个增长至2025年的2个。'],
    ['shares of a noun', '确保50%的社区建成超30万元的中心，'],
  ])('finds eight times the targets in eight times the text: %s', (_name, unit) => {
    const small = run(unit.repeat(2_000)).length;
    expect(small).toBeGreaterThan(0);
    expect(run(unit.repeat(16_000)).length).toBe(8 * small);
  }, 30_000);
});
