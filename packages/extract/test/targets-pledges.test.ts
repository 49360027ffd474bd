/**
 * A year's list of practical projects (实事), as district governments publish it (probe 45): each
 * numbered item is a pledge, and its counts are the goals, whatever verb states them ("开设40个…",
 * "为10个老旧小区实施…"). Made-up items in that style, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';

const LIST = [
  '某区人民政府办公室关于印发《2024年区政府要完成的与人民生活密切相关的实事》的通知',
  '各街道办事处，区政府各委、办、局：',
  '现将《2024年区政府要完成的与人民生活密切相关的实事》印发给你们，请抓紧组织实施。',
  '',
  '1.既有多层住宅加装电梯新增300台。',
  '2.50个小区新增电动自行车充电设施；为12个老旧小区实施消防设施改造。',
  '3.开设30个小学生暑期托管班办班点。',
  '4.460个居村综合文化活动室提供不少于2000场文化活动。',
];

const targetsOf = (lines: string[]) => compile({ path: 'p.txt', value: lines.join('\n') }).registry.targets.map((t) => `${t.path} ${t.value}${t.unit} ${t.comparator}`);

describe('a list of the year\'s practical projects', () => {
  it('reads every count of its items as a goal, and a heading\'s number as no part of a figure', () => {
    expect(targetsOf(LIST)).toEqual([
      '1 300台 eq', '2 50个 eq', '2 12个 eq', '3 30个 eq', '4 460个 eq', '4 2000场 gte',
    ]);
  });

  it('near miss: a report on the same projects states progress, not goals', () => {
    const report = [LIST[0]!.replace('的通知', '推进情况的通报'), ...LIST.slice(1)];
    expect(targetsOf(report)).not.toContain('3 30个 eq');
  });

  it('near miss: another notice\'s items need their own evidence of a goal', () => {
    const other = [LIST[0]!.replace(/实事/gu, '工作安排'), ...LIST.slice(1)];
    expect(targetsOf(other)).not.toContain('3 30个 eq');
    // 实事 in a title that lists no pledges: "坚持实事求是", a campaign to 办实事.
    for (const title of ['某县关于坚持实事求是做好统计工作的通知', '某县开展“我为群众办实事”实践活动的实施方案']) {
      expect(targetsOf([title, ...LIST.slice(1)])).not.toContain('3 30个 eq');
    }
  });

  it('a heading\'s number is no part of a figure its title opens with, in any document', () => {
    const plan = ['某县关于加快充电设施建设的通知', '1.加快公共充电网络建设。', '2.500个公共充电桩年底前建成投用。'];
    expect(targetsOf(plan)).toContain('2 500个 eq');
  });
});
