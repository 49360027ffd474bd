/**
 * findClauses on hostile input: it never throws, its offsets stay inside the text, and long
 * runs that could make a backtracking matcher explode finish with the right answer. (How fast
 * is a matter for the benchmarks; here it only has to finish.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClauses, normalizeUnitName, type ResponsibilityClause, type UnitMention } from '../src/units/index.js';

const MB = 1 << 20;

describe('long runs', () => {
  it.each([
    ['、', '、'.repeat(MB)],
    ['（责任单位：', '（责任单位：'.repeat(MB / 6)],
    ['（一）', '（一）'.repeat(MB / 3)],
    ['unclosed （', '（'.repeat(MB)],
    ['nested brackets', '（'.repeat(MB / 2) + '）'.repeat(MB / 2)],
    ['和 inside one clause', `。（${'市科委和'.repeat(MB / 4)}负责）`],
    ['负责。', '负责。'.repeat(MB / 3)],
    ['a list with no verb', `责任单位：${'市科委、'.repeat(MB / 4)}`],
  ])('%s: no clause', (_name, text) => {
    expect(findClauses(text, 0, null)).toEqual([]);
  });

  it.each([
    ['、', `${'、'.repeat(MB)}x`, 'x'],
    ['等', `x${'等'.repeat(MB)}`, 'x'],
    ['spaces', `${' '.repeat(MB)}x`, 'x'],
  ])('normalizeUnitName trims a run of %s', (_name, raw, want) => {
    expect(normalizeUnitName(raw)).toBe(want);
  });

  it('reads every clause of a megabyte of clauses', () => {
    const n = Math.floor(MB / 10);
    const found = findClauses('推进。（财政部负责）'.repeat(n), 0, null);
    expect(found).toHaveLength(n);
    expect(found[n - 1]).toMatchObject({ start: (n - 1) * 10 + 3, lead: [{ name: '财政部' }] });
  });
});

// Characters that build clauses, so random strings often come close to one.
const pieces = [
  '（', '）', '(', ')', '〔', '〕', '、', '，', '；', '。', '：', '\n', '\u3000', ' ', '等', '和', '及', '由',
  '牵头', '负责', '配合', '会同', '按职责分工负责', '责任单位：', '牵头单位：', '负责单位：', '适用范围：',
  '市科委', '财政部', '各地区', '国务院相关部门', '有关部门和单位', '各市（州）人民政府', '工业和信息化部',
  '列第一位者为牵头单位', '（一）', '二、', '3．', '牵头单位', '配合单位',
];
const clauseLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(clauseLike, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 }));

describe('properties', () => {
  it('never throws, and every offset lies inside the text and its clause', () => {
    fc.assert(
      fc.property(anyText, fc.nat(10_000), (text, base) => {
        const found = findClauses(text, base);
        let last = base;
        for (const c of found) {
          expect(c.start).toBeGreaterThanOrEqual(last);
          expect(c.end).toBeLessThanOrEqual(base + text.length);
          expect(c.start).toBeLessThan(c.end);
          expect(text.slice(c.start - base, c.end - base)).toBe(c.text);
          for (const u of [...c.lead, ...c.assist, ...c.responsible]) {
            expect(u.start).toBeGreaterThanOrEqual(c.start);
            expect(u.end).toBeLessThanOrEqual(c.end);
            expect(u.name.length).toBeGreaterThan(0);
            // A name written shortened ("市、区财政部门", "市人力资源和社会保障、民政部门") is
            // completed from its list by a level before it or a kind word after it: what is written
            // at its place (less a list's 等) stands whole inside the name.
            expect(normalizeUnitName(u.name)).toContain(normalizeUnitName(text.slice(u.start - base, u.end - base)).replace(/等/gu, ''));
          }
          last = c.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizeUnitName never throws and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = normalizeUnitName(raw);
        expect(normalizeUnitName(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same clauses whatever the base', () => {
    const rebase = (cs: ResponsibilityClause[], by: number): ResponsibilityClause[] => {
      const unit = (u: UnitMention): UnitMention => ({ ...u, start: u.start - by, end: u.end - by });
      return cs.map((c) => ({
        ...c,
        start: c.start - by,
        end: c.end - by,
        lead: c.lead.map(unit),
        assist: c.assist.map(unit),
        responsible: c.responsible.map(unit),
      }));
    };
    fc.assert(
      fc.property(clauseLike, fc.nat(10_000), (text, base) => {
        expect(rebase(findClauses(text, base), base)).toEqual(findClauses(text, 0));
      }),
      { numRuns: 300 },
    );
  });
});
