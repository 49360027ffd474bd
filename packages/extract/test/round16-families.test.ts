/**
 * Families first met on documents the compiler had never seen (round 16's probes: openings of
 * pages with task-division tables, work-report breakdowns, action plans). Made-up text in the
 * style of such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

/** Every task with units, as "path form lead|…/assist|…/responsible|…". */
const tasks = (text: string) =>
  compile({ path: 'p.txt', value: text })
    .registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0)
    .map((t) => `${t.path} ${t.form} ${[t.lead, t.assist, t.responsible].map((us) => us.join('|')).join('/')}`);

/** A work report's breakdown table set a cell a paragraph, under the given unit columns. */
const breakdown = (leadColumn: string, assistColumn: string) => tasks([
  '某区2025年重点工作任务分解表', '', '序号', '', '重点工作任务', '', leadColumn, '', assistColumn, '',
  '1', '', '地区生产总值增长6%左右。', '', '区发改委', '', '区统计局、区财政局。', '',
  '2', '', '新建幼儿园3所。', '', '区教育局', '', '区住建局、各镇人民政府。', '',
].join('\n'));

describe('a unit column\'s header is read by one grammar: qualifier, role words, kind word', () => {
  it('a qualifier before a role word, and two role words, name unit columns ("主要责任单位", "协同配合单位")', () => {
    expect(breakdown('主要责任单位', '协同配合单位')).toEqual([
      '1 table 区发改委/区统计局|区财政局/',
      '2 table 区教育局/区住建局|各镇人民政府/',
    ]);
    expect(breakdown('牵头责任部门', '配合责任部门')).toEqual([
      '1 table 区发改委/区统计局|区财政局/',
      '2 table 区教育局/区住建局|各镇人民政府/',
    ]);
  });

  it('a plain role column with several units shares the row among them, as a 责任单位 label does', () => {
    expect(breakdown('主要责任单位', '备注')).toEqual(['1 table 区发改委//', '2 table 区教育局//']);
  });

  it('near miss: a scope or a qualifier with no role word names no unit column ("工作单位", "主要单位")', () => {
    expect(breakdown('工作单位', '主要单位')).toEqual([]);
  });
});
