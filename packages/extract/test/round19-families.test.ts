/**
 * Families first met on documents the compiler had never seen (round 19's probes: Party and
 * township plans, institutions' own duty lists, market regulation, energy and water). Made-up
 * text in the style of such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';

/** The targets of a document: path, text, value, unit, comparator, deadline. */
const targets = (text: string) =>
  compile(text).registry.targets.map((t) => `${t.path} ${t.text} ${t.value ?? `${t.min}-${t.max}`} ${t.unit} ${t.comparator} ${t.deadline ?? '-'}`);

describe('items under a heading that is an office\'s name alone are that office\'s duties', () => {
  const rules = (...lines: string[]) => ['某学院教学管理职责分工细则', '一、教学运行管理', ...lines].join('\n');

  it('"（一）各二级学院" and "（二）教务处" over items "1、负责…": each item is led by the office above it', () => {
    expect(tasks(rules(
      '（一）各二级学院',
      '1、负责编制本学院课程教学计划。',
      '2、负责组织本学院期末考试。',
      '（二）教务处',
      '1、负责全院教学运行的统筹安排。',
      '2、负责教学事故的认定和处理。',
    ))).toEqual(['1.1.1 prose 各二级学院//', '1.1.2 prose 各二级学院//', '1.2.1 prose 教务处//', '1.2.2 prose 教务处//']);
  });

  it('the name and a noun of its duties ("（二）教务处职责", "（三）实训中心岗位职责") head the office\'s items too', () => {
    expect(tasks(rules(
      '（一）教务处职责',
      '1、负责全院教学运行的统筹安排。',
      '（二）实训中心岗位职责',
      '1、负责实训室的日常管理。',
      '（三）工作职责',
      '1、负责教学档案的整理。',
    ))).toEqual(['1.1.1 prose 教务处//', '1.2.1 prose 实训中心//']);
  });

  it('the office assists where the item helps another ("配合…"), and leads those it works with ("会同…")', () => {
    expect(tasks(rules(
      '（一）县农业农村局',
      '1、配合县财政局做好资金拨付。',
      '2、会同县住建局推进农房改造。',
    ))).toEqual(['1.1.1 prose 县财政局/县农业农村局/', '1.1.2 prose 县农业农村局/县住建局/']);
  });

  it('near misses: a topic heading, a heading with text of its own, a role\'s noun, an item naming its own actor', () => {
    expect(tasks(rules(
      '（一）课程建设方面',
      '1、负责制定课程建设规划。',
      '（二）教务处',
      '教务处下设考务办公室',
      '1、负责排定全院课表。',
      '（三）责任单位',
      '1、负责教学档案的整理。',
      '（四）教务处',
      '1、学生处负责学生学籍管理工作。',
    ))).toEqual([]);
  });
});

describe('"责任主体" beside another unit label: the principal leads, the other label\'s units assist', () => {
  const plan = (clause: string) => ['某县移风易俗专项行动实施方案', '一、重点任务', `（一）治理高额彩礼。建立村规民约约束机制。${clause}`].join('\n');

  it('"〔责任主体：各乡（镇）党委；责任单位：县文明办、县妇联〕"', () => {
    expect(tasks(plan('〔责任主体：各乡（镇）党委；责任单位：县文明办、县妇联〕'))).toEqual(['1.1 clause 各乡(镇)党委/县文明办|县妇联/']);
  });

  it('"主要责任单位" before "责任单位" leads it too; listed after it, the two answer together', () => {
    expect(tasks(plan('〔主要责任单位：县民政局；责任单位：县财政局〕'))).toEqual(['1.1 clause 县民政局/县财政局/']);
    expect(tasks(plan('〔责任单位：县文明办；责任主体：各乡（镇）党委〕'))).toEqual(['1.1 clause //县文明办|各乡(镇)党委']);
  });

  it('a table read as the clause is: "责任主体 | 责任单位" columns', () => {
    const table = ['某县移风易俗工作任务分解表', '序号 | 工作任务 | 责任主体 | 责任单位 |', '1 | 治理高额彩礼 | 各乡镇 | 县文明办、县妇联 |'].join('\n');
    expect(tasks(table)).toEqual(['1 table 各乡镇/县文明办|县妇联/']);
    const reversed = ['某县移风易俗工作任务分解表', '序号 | 工作任务 | 责任单位 | 责任主体 |', '1 | 治理高额彩礼 | 县文明办、县妇联 | 各乡镇 |'].join('\n');
    expect(tasks(reversed)).toEqual(['1 table //县文明办|县妇联|各乡镇']);
  });

  it('near misses: "责任主体" alone shares the duty; "责任单位" alone shares it; a named lead leads them all', () => {
    expect(tasks(plan('〔责任主体：各乡（镇）党委、县直各部门〕'))).toEqual(['1.1 clause //各乡(镇)党委|县直各部门']);
    expect(tasks(plan('〔责任单位：县文明办、县妇联〕'))).toEqual(['1.1 clause //县文明办|县妇联']);
    expect(tasks(plan('〔牵头单位：县文明办；责任主体：各乡（镇）党委〕'))).toEqual(['1.1 clause 县文明办/各乡(镇)党委/']);
  });
});

describe('words that open no unit\'s name and end none', () => {
  const plan = (...lines: string[]) => ['某县防汛抗旱工作方案', '一、职责分工', ...lines].join('\n');

  it('"履行…职责" after a unit\'s label: the verb opens no name, the label names the actor', () => {
    expect(tasks(plan('县应急管理局：履行县防指办公室职责，负责防汛抗旱应急救援工作。'))).toEqual(['1 prose 县应急管理局//']);
    expect(tasks(plan('县水利局：行使县防指水利分指挥部职能，负责江河湖库的防汛安全。'))).toEqual(['1 prose 县水利局//']);
  });

  it('nor is the verb inside a name: "县应急管理局履行…职责，负责…" is the 局 that 负责', () => {
    expect(tasks(plan('县应急管理局履行县防指办公室职责，负责防汛抗旱应急救援工作。'))).toEqual(['1 prose 县应急管理局//']);
  });

  it('干部 are persons: "党员干部…参与" names no unit beside the one that leads', () => {
    expect(tasks(plan('县文明委负责统筹指导，党员干部特别是领导干部要带头参与创建活动。'))).toEqual(['1 prose 县文明委//']);
  });

  it('near miss: an organisation whose name holds 干部 ("县干部学院") is one', () => {
    expect(tasks(plan('县干部学院负责组织专题培训。'))).toEqual(['1 prose 县干部学院//']);
  });
});

describe('a count per so many people ("5批次/千人") is one figure and its unit', () => {
  const goals = (sentence: string) => targets(`某县食品安全工作要点\n一、工作目标\n到2025年，${sentence}\n二、重点任务\n加强抽检监测。\n`);

  it('the base after the slash is part of the unit, not a figure of its own', () => {
    expect(goals('食品抽检量达到5批次/千人以上，社区健身点达到1.5个/万人。')).toEqual(['1 5批次/千人以上 5 批次/千人 gte 2025', '1 1.5个/万人 1.5 个/万人 eq 2025']);
  });

  it('near miss: a slash before anything else ends the unit ("3项/年" keeps 项)', () => {
    expect(goals('开展专项检查3项/年。')).toEqual(['1 3项 3 项 eq 2025']);
  });
});
