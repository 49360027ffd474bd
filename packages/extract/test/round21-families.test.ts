/**
 * Families first met on documents the compiler had never seen (round 21), and round 20's reading
 * of tables joined across the two readers of tables set a row a line. Made-up text in the style of
 * such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';

/** The targets of a document: path, value, unit, comparator, deadline. */
const targets = (text: string) =>
  compile({ path: 'p.txt', value: text }).registry.targets.map((t) => `${t.path} ${t.value ?? `${t.min}-${t.max}`} ${t.unit} ${t.comparator} ${t.deadline ?? '-'}`);

describe('a table set a row a line whose rows are places ("乡镇 到位资金目标" over "东城镇 30"), as a column of places is read in the parser\'s tables', () => {
  const plan = (...table: string[]) => ['某县2024年招商引资目标任务分解方案', '一、目标任务', '全县全年引进到位资金100亿元，各乡镇目标任务如下：', '金额单位：亿元', ...table, '', '二、保障措施', '（一）加强领导。各乡镇要成立工作专班。'].join('\n');

  it('cells parted by spaces: each row is its place\'s, its goals targets in the table\'s unit', () => {
    const table = plan('乡镇 到位资金目标', '东城镇 30', '西河乡 20', '全县 50');
    expect(tasks(table)).toEqual(['1 table 东城镇//', '1 table 西河乡//']);
    expect(targets(table)).toEqual(['1 100 亿元 eq 2024', '1 30 亿元 eq 2024', '1 20 亿元 eq 2024']);
  });

  it('cells parted by pipes, the column of places named "县（市、区）"', () => {
    expect(tasks(plan('县（市、区） | 到位资金目标', '甲山县 | 30', '乙水市 | 20'))).toEqual(['1 table 甲山县//', '1 table 乙水市//']);
  });

  it('a town named alone ("沙溪"), its letters spaced to fill a pipe table\'s cell ("城 厢"), or with a note of what it takes in ("港区（含浮桥）")', () => {
    expect(tasks(plan('地区 | 能耗降幅目标(%)', '全市 | 3.4', '港区（含浮桥） | 3.4', '城 厢 | 3.4', '沙溪 | 3.5'))).toEqual(['1 table 港区//', '1 table 城厢//', '1 table 沙溪//']);
    expect(tasks(plan('地区 到位资金目标', '甲山镇 40', '沙溪 30', '浏河 20'))).toEqual(['1 table 甲山镇//', '1 table 沙溪//', '1 table 浏河//']);
  });

  it('near misses: a town is named alone only under a place named by its level; a measure, a state or a total is no place', () => {
    expect(tasks(plan('地区 | 到位资金目标', '沙溪 | 30', '浏河 | 20'))).toEqual([]);
    expect(tasks(plan('地区 | 到位资金目标', '甲山县 | 15', '平均 | 15', '其他 | 5', '备注 | 8', '全市平均 | 3'))).toEqual(['1 table 甲山县//']);
    expect(tasks(plan('乡镇 | 2024年 | 2025年', '甲山镇 | 5% | 6%', '增长率 | 5% | 6%', '目标值 | 1 | 2'))).toEqual(['1 table 甲山镇//']);
    expect(tasks(plan('县（市、区） | 完成情况', '甲山县 | 20', '尚未完成 | 20', '全县（含开发区） | 3'))).toEqual(['1 table 甲山县//']);
  });

  it('near misses: a place column\'s cell that names no place, or a header with no column of places or units, gives no row', () => {
    expect(tasks(plan('乡镇 到位资金目标', '各乡镇要积极 30'))).toEqual([]);
    expect(tasks(plan('地区 | 到位资金目标', '其中 | 30', '要求完成 | 20'))).toEqual([]);
    // a header's second line names its columns, no place
    expect(tasks(plan('序号 | 乡镇 | 分阶段任务（亩） | 合计 |', '春种 | 夏种 | |', '1 | 东城镇 | 20 | 20 |'))).toEqual(['1.1 table 东城镇//']);
    expect(tasks(plan('类别 到位资金目标', '东城镇 30', '西河乡 20'))).toEqual([]);
  });
});

describe('the actor of a sentence does not go on into the next sentence where that one has a subject of its own', () => {
  const section = (...sentences: string[]) => ['某省第三次文物普查实施意见', '三、实地开展调查', sentences.join('')].join('\n');

  it('"…的单位和个人，要…配合普查机构…": a class of bodies or persons opening a sentence is its subject; no unit of the sentence before helps', () => {
    expect(tasks(section('甲县于2023年9月先行开展试点。', '省内使用和管理不可移动文物的单位和个人，要按照有关规定，配合普查机构按时填报普查信息。'))).toEqual([]);
    expect(tasks(section('甲县负责试点工作。', '广大群众，要配合普查机构如实填报。'))).toEqual(['1 prose 甲县//']);
  });

  it('…with a modal right after the class ("广大群众要配合…"), in traditional script too', () => {
    expect(tasks(section('甲县负责试点工作。', '广大群众要配合普查机构如实填报。'))).toEqual(['1 prose 甲县//']);
    expect(tasks(section('甲县负责试点工作。', '相關單位和個人，要配合普查機構如實填報。'))).toEqual(['1 prose 甲县//']);
  });

  it('near misses: a sentence opened by a connective ("同时，要配合…"), or a class after a verb or a preposition ("对…的企业，", "督促…企业，": its object), goes on with the actor before it', () => {
    expect(tasks(section('县教育局负责学生资助工作。', '同时，要配合县财政局做好资金拨付。'))).toEqual(['1 prose 县教育局//', '1 prose 县财政局/县教育局/']);
    expect(tasks(section('县应急管理局负责安全生产监管。', '对违法违规的企业，要配合县市场监管局依法查处。'))).toEqual(['1 prose 县应急管理局//', '1 prose 县市场监管局/县应急管理局/']);
    expect(tasks(section('县应急管理局负责安全生产监管。', '督促辖区内企业，配合县市场监管局依法查处。'))).toEqual(['1 prose 县应急管理局//', '1 prose 县市场监管局/县应急管理局/']);
  });

  it('a verb or an adverb opens no unit\'s name: "已选择甲县…" has 甲县 for its object, no actor "已选择甲县" to help', () => {
    expect(tasks(section('已选择甲县于2023年9月先行开展试点，配合省普查机构完成试点工作。'))).toEqual([]);
    expect(tasks(section('甲县于2023年9月先行开展试点，配合省普查机构完成试点工作。'))).toEqual(['1 prose 省普查机构/甲县/']);
    // near miss: a name that opens with a word an adverb also is ("曾都区…") stays a name
    expect(tasks(section('曾都区文化和旅游局负责辖区普查工作。'))).toEqual(['1 prose 曾都区文化和旅游局//']);
  });
});

describe('a catch-all over towns and state farms ("各乡镇场", as "各镇街" is over towns and streets)', () => {
  const plan = (clause: string) => ['某县社会信用体系建设分工方案', '一、重点任务', `1.推进信用制度建设。各部门分别制定信用规章制度。${clause}`].join('\n');

  it('"（县直有关部门、各乡镇场负责）": both are the item\'s units', () => {
    expect(tasks(plan('（县直有关部门、各乡镇场负责）'))).toEqual(['1.1 clause //县直有关部门|各乡镇场']);
  });

});
