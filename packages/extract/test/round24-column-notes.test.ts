/**
 * Round 24: a unit column's header with a note in brackets after its name — the column's role
 * ("责任单位（牵头）", "责任部门(配合)") or the table's convention ("责任单位（列第一位的为牵头单位）").
 * The name says the column holds units, the note how to read them. Made-up tables in the style of a
 * city's task-division table, set as Markdown, a cell a line, and a row a line with spaces.
 */
import { describe, expect, it } from 'vitest';
import { columnNoteRole, withoutColumnNote } from '@policyc/parse';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';

const markdown = (header: string[], rows: string[][]) =>
  ['某市体育设施建设任务分工方案', '一、重点任务', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const ROWS = [
  ['1', '新建改建社区健身中心10个', '市体育局', '市住房城乡建设局、市自然资源局', '2025年底'],
  ['2', '推进学校体育场地向社会开放', '市教育局', '市体育局', '长期坚持'],
];

describe('a role in the note after a unit column\'s name', () => {
  it('"责任单位（牵头）" beside 配合单位: the column\'s units lead, the header cell is no duty', () => {
    expect(tasks(markdown(['序号', '工作任务', '责任单位（牵头）', '配合单位', '完成时限'], ROWS))).toEqual([
      '1.1 table 市体育局/市住房城乡建设局|市自然资源局/',
      '1.2 table 市教育局/市体育局/',
    ]);
  });

  it('"责任部门(配合)" after a lead column: the noted column\'s units assist', () => {
    expect(tasks(markdown(['序号', '工作任务', '牵头部门', '责任部门(配合)', '完成时限'], ROWS))).toEqual([
      '1.1 table 市体育局/市住房城乡建设局|市自然资源局/',
      '1.2 table 市教育局/市体育局/',
    ]);
  });

  it('the same header in a table set a cell a line', () => {
    const text = ['某县体育设施建设任务分工', '一、重点任务', '序号', '工作任务', '责任单位（牵头）', '配合单位', '完成时限',
      '1', '新建改建社区健身中心10个', '县体育局', '县住房城乡建设局、县自然资源局', '2025年底',
      '2', '推进学校体育场地向社会开放', '县教育局', '县体育局', '长期坚持'].join('\n');
    expect(tasks(text)).toEqual(['1.1 table 县体育局/县住房城乡建设局|县自然资源局/', '1.2 table 县教育局/县体育局/']);
  });
});

describe('the table\'s convention in the note after a unit column\'s name', () => {
  it('"责任单位（列第一位的为牵头单位）": each row\'s first unit leads, the rest assist', () => {
    const rows = ROWS.map(([n, task, lead, helpers, due]) => [n!, task!, `${lead}、${helpers}`, due!]);
    expect(tasks(markdown(['序号', '工作任务', '责任单位（列第一位的为牵头单位）', '完成时限'], rows))).toEqual([
      '1.1 table 市体育局/市住房城乡建设局|市自然资源局/',
      '1.2 table 市教育局/市体育局/',
    ]);
  });

  it('near miss: a note that is a kind or a measure gives no role — the units answer together', () => {
    const rows = ROWS.map(([n, task, lead, helpers, due]) => [n!, task!, `${lead}、${helpers}`, due!]);
    expect(tasks(markdown(['序号', '工作任务', '责任单位（部门）', '完成时限'], rows))).toEqual([
      '1.1 table //市体育局|市住房城乡建设局|市自然资源局',
      '1.2 table //市教育局|市体育局',
    ]);
  });
});

describe('reading a header\'s note', () => {
  it('a role word alone is the column\'s role; any other note none', () => {
    expect(['责任单位（牵头）', '责任单位(牵头单位)', '责任部门（配合）', '责任单位（协同部门）', '责任单位（部门）', '责任单位（列第一位的为牵头单位）', '目标值（%）']
      .map(columnNoteRole)).toEqual(['lead', 'lead', 'assist', 'assist', null, null, null]);
  });

  it('near miss: levels in brackets are a column of places\' name, kept whole', () => {
    expect(['各县（市、区）', '市（州）', '乡镇（街道）'].map(withoutColumnNote)).toEqual(['各县（市、区）', '市（州）', '乡镇（街道）']);
    expect(withoutColumnNote('责任单位（列第一位的为牵头单位）')).toBe('责任单位');
  });

  it('near miss: a line naming a unit with its role in brackets is still a duty', () => {
    expect(tasks(['某市体育设施建设方案', '一、重点任务', '（一）完善健身设施。', '市体育局（牵头）'].join('\n'))).toEqual(['1.1 prose 市体育局//']);
  });
});
