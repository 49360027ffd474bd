/**
 * Target families found on held-out city plans: a list of verb-object clauses under one goal verb
 * mixing counts and measures, a bare year leading in the goals of its own year, and a figure that
 * only qualifies a noun the next figure counts. Made-up sentences in the style of such plans, each
 * family with near-misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets, type TargetDraft } from '../src/targets/index.js';

function targets(text: string, { title = '', documentYear = null as number | null } = {}): TargetDraft[] {
  return extractTargets([{ path: '1', title: '', text, offset: 0 }], { title, documentYear });
}

/** [figure, unit, comparator, deadline] of each target. */
function brief(list: TargetDraft[]): [string, string | null, string, string | null][] {
  return list.map((t) => [String(t.value), t.unit, t.comparator, t.deadline]);
}

describe('a list of objects under one goal verb, counts and measures mixed', () => {
  it.each([
    ['力争全年盘活闲置企业12家，盘活存量土地350亩。', [['12', '家', 'eq', null], ['350', '亩', 'eq', null]]],
    ['新建污水管网18公里，改造提升泵站4座。', [['18', '公里', 'eq', null], ['4', '座', 'eq', null]]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it.each([
    // an amount in the next clause is a term, not one more object
    ['力争全年盘活闲置企业12家，每亩补助3万元。', [['12', '家', 'eq', null]]],
    // a new sentence is no item of the list
    ['力争全年盘活闲置企业12家。园区现有存量土地350亩。', [['12', '家', 'eq', null]]],
  ])('not: %s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
});

describe('a bare year opening a sentence leads in that year\'s goals', () => {
  it.each([
    // dated in the year it names
    ['2026年，力争全区研发经费投入强度达到3.1%。', { documentYear: 2026 }, [['3.1', '%', 'eq', '2026']]],
    // undated, but its title plans from that year on
    ['2023年，全市新建充电桩1200个以上，新建孵化平台8个以上。', { title: '某市充电基础设施建设三年行动方案（2023—2025年）' }, [['1200', '个', 'gte', '2023'], ['8', '个', 'gte', '2023']]],
  ])('%s', (text, options, expected) => {
    expect(brief(targets(text, options))).toEqual(expected);
  });

  it.each([
    // a year before the document's own tells what was done
    ['2024年，全区新建充电桩900个。', { documentYear: 2025 }],
    // a year naming a report, not leading in goals
    ['2026年度报告显示，全区新建充电桩900个。', { documentYear: 2026 }],
    // undated, with no span in the title: the year says nothing of when
    ['2023年，全市新建充电桩1200个以上。', { title: '某市充电基础设施建设行动方案' }],
  ])('not: %s', (text, options) => {
    expect(targets(text, options).map((t) => t.deadline)).not.toContain(text.slice(0, 4));
  });
});

describe('a figure in the modifier of a counted noun', () => {
  it.each([
    ['到2027年，培育年销售收入超50亿元、具有较强竞争力的骨干企业3家。', [['3', '家', 'eq', '2027']]],
    ['到2027年，培育年产值超20亿元的链主企业4家。', [['4', '家', 'eq', '2027']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it.each([
    // two goals of a list, the second no noun the first qualifies
    ['到2027年，实现产值超50亿元、新增规上企业3家。', [['50', '亿元', 'gt', '2027'], ['3', '家', 'eq', '2027']]],
  ])('not: %s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
});

describe('an annual list of work and who answers for it dates its goals', () => {
  it('due in the year its title names', () => {
    expect(brief(targets('力争全年盘活闲置企业12家。', { title: '2026年产业园区重点工作及责任清单' }))).toEqual([['12', '家', 'eq', '2026']]);
  });

  it('not: a list of rules', () => {
    expect(brief(targets('力争全年盘活闲置企业12家。', { title: '某市市场准入负面清单（2026年）' }))).toEqual([['12', '家', 'eq', null]]);
  });
});
