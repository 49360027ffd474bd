/**
 * Two families of target phrasing met on held-out policies (probe 9), each written here as a
 * made-up sentence in their style, with near misses: a figure that names the kind of thing a
 * count counts ("3—5个百亿企业"), and a lead-in deadline after an introduction that cites the
 * documents it follows by their titles and numbers.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets, type TargetDraft } from '../src/targets/index.js';

function targets(text: string, { title = '', path = '1' } = {}): TargetDraft[] {
  return extractTargets([{ path, title, text, offset: 0 }]);
}

/** [text, deadline] of each target. */
function brief(list: TargetDraft[]): [string, string | null][] {
  return list.map((t) => [t.text, t.deadline]);
}

describe('a figure right after a count names the kind of thing counted', () => {
  it.each([
    ['到2025年，力争培育3—5个百亿企业。', [['3—5个', '2025']]],
    ['到2026年，建成2个千亩园区，打造4个万人社区。', [['2个', '2026'], ['4个', '2026']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it.each([
    // the figure after a comma is a goal of its own
    ['到2025年，培育龙头企业5家，产值达到100亿元。', [['5家', '2025'], ['100亿元', '2025']]],
    // a count and a measure listed one after the other, each with its own verb
    ['到2025年，新建站点3个，新增面积20万平方米。', [['3个', '2025'], ['20万平方米', '2025']]],
  ])('near miss: %s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
});

describe('a lead-in deadline after an introduction citing documents', () => {
  it('governs the goals of its paragraph, though the citations make the introduction long', () => {
    const text = '根据《某某市推进某某产业高质量发展行动方案（2021-2025年）》（某府〔2020〕8号）和市某某委等五部门《关于加快某某发展的实施意见》（某委〔2020〕6号）相关目标任务，到2025年，全市某某综合覆盖率达到95%以上，某某体系初步建立。某某服务覆盖率达到80%。';
    expect(brief(targets(text, { title: '发展目标' }))).toEqual([['95%以上', '2025'], ['80%', '2025']]);
  });

  it('a long clause that introduces nothing: "到2025年" set off by commas still leads in the goals after it', () => {
    const text = '全市某某产业持续壮大，某某企业数量稳步增长，某某服务体系不断完善，某某基础设施建设加快推进，到2025年，某某综合覆盖率达到95%以上。某某服务覆盖率达到80%。';
    expect(brief(targets(text))).toEqual([['95%以上', '2025'], ['80%', '2025']]);
  });

  it('near miss: after a long clause, a year with no comma after it dates its own sentence only', () => {
    const text = '全市某某产业持续壮大，某某企业数量稳步增长，某某服务体系不断完善，某某基础设施建设加快推进，到2025年某某综合覆盖率达到95%以上。某某服务覆盖率达到80%。';
    expect(brief(targets(text))).toEqual([['95%以上', '2025'], ['80%', null]]);
  });
});
