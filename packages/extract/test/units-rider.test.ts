/**
 * A rider ("以下各项工作均需各县（市、区）政府落实，不再列出") adds its units to every later task that
 * names units (probes 34 and 46, and three more that state one). Made-up plans in that style.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { findRiders } from '../src/units/rider.js';

const PLAN = [
  '某市大气污染防治实施方案',
  '一、重点任务',
  '（一）调整产业结构',
  '1.严格环境准入。完成环境准入清单编制工作。（市生态环境局牵头，市发展改革局、市工业和信息化局参与，各县（市、区）政府负责落实。以下各项工作均需各县（市、区）政府落实，不再列出）',
  '2.整治工业企业。基本完成全市整治任务。（市工业和信息化局牵头，市生态环境局参与）',
  '3.淘汰落后产能。（各县（市、区）政府负责，市工业和信息化局配合）',
  '4.加强宣传引导。营造良好氛围。',
].join('\n');

describe('a rider', () => {
  it('is read with its units, however the list is bracketed, and passed over where it names none', () => {
    expect(findRiders('以下各项工作均需各县（市、区）政府落实，不再列出').map((r) => r.units.map((u) => u.name))).toEqual([['各县（市、区）政府']]);
    expect(findRiders('以下任务均需各区政府、开发区管委会落实,不再一一列出').map((r) => r.units.map((u) => u.name))).toEqual([['各区政府', '开发区管委会']]);
    // A clause of its own between the units and 不再列出.
    expect(findRiders('以下均需各县区政府落实，区政府无相关职能的，由市直部门负责，不再列出').map((r) => r.units.map((u) => u.name))).toEqual([['各县区政府']]);
    // 以下 inside the unit list: the rider opens at the 以下 before it.
    expect(findRiders('以下各项工作均需县级以下人民政府落实，不再列出').map((r) => r.units.map((u) => u.name))).toEqual([['县级以下人民政府']]);
    // Near misses: no units, no 不再列出.
    expect(findRiders('以下各项工作均需认真落实，不再列出')).toEqual([]);
    expect(findRiders('以下各项工作均需各县（市、区）政府落实。')).toEqual([]);
    // A blanket sentence hands the tasks to its units alone: no rider.
    expect(findRiders('以下各项均由县发展改革局负责落实，不再一一列出。')).toEqual([]);
  });

  it('adds its units to every later task that names units, as assisting, where they are not named already', () => {
    const { registry } = compile({ path: 'p.txt', value: PLAN });
    const name = new Map(registry.units.map((u) => [u.id, u.name]));
    const roles = registry.tasks.map((t) => [t.path, t.lead.map((id) => name.get(id)), t.assist.map((id) => name.get(id))]);
    expect(roles).toEqual([
      ['1.1.1', ['市生态环境局'], ['市发展改革局', '市工业和信息化局', '各县（市、区）政府']],
      ['1.1.2', ['市工业和信息化局'], ['市生态环境局', '各县（市、区）政府']],
      // It leads here: it does not assist as well.
      ['1.1.3', ['各县（市、区）政府'], ['市工业和信息化局']],
    ]);
    // A section that names no unit is not one the rider reaches: no task of its own.
    expect(registry.tasks.some((t) => t.path === '1.1.4')).toBe(false);
  });

  it('near miss: a rider in one attached plan does not reach the next', () => {
    const notice = [
      '某市人民政府办公室关于印发两个方案的通知', '各县（市、区）人民政府：', '现将两个方案印发给你们，请认真贯彻执行。',
      '附件1', '某市大气污染防治实施方案',
      '1.严格环境准入。（市生态环境局牵头，各县（市、区）政府负责落实。以下各项工作均需各县（市、区）政府落实，不再列出）',
      '2.整治工业企业。（市工业和信息化局牵头）',
      '附件2', '某市机关事务管理改革方案',
      '1.规范公务用车管理。（市机关事务局牵头，市财政局配合）',
    ].join('\n');
    const { registry } = compile({ path: 'p.txt', value: notice });
    const name = new Map(registry.units.map((u) => [u.id, u.name]));
    expect(registry.tasks.map((t) => [t.path, t.assist.map((id) => name.get(id))])).toEqual([
      ['1.1', ['各县（市、区）政府']],
      ['1.2', ['各县（市、区）政府']],
      ['2.1', ['市财政局']],
    ]);
  });

  it('near miss: a task before the rider keeps its own units', () => {
    const earlier = PLAN.replace('4.加强宣传引导。营造良好氛围。', '').replace('1.严格环境准入。', '0.建立工作机制。（市生态环境局负责）\n1.严格环境准入。');
    const { registry } = compile({ path: 'p.txt', value: earlier });
    const name = new Map(registry.units.map((u) => [u.id, u.name]));
    expect(registry.tasks[0]!.assist.map((id) => name.get(id))).toEqual([]);
  });
});

describe('a rider that names every task ("各项任务均需…落实，不再列出")', () => {
  const plan = [
    '某省2026年实施设备更新政策措施', '一、支持设备更新',
    '1.落实国家支持政策。积极争取资金。（责任单位：省发展改革委、经济和信息化厅按职责分工负责；各项任务均需市县政府落实，不再列出）',
    '2.推进重点行业更新。（经济和信息化厅牵头，财政厅配合）', '3.加强要素保障。（责任单位：自然资源厅、生态环境厅按职责分工负责）',
  ].join('\n');

  it('holds for the task whose clause holds it and every task after; beside a lead its units assist, beside units that share the work they share it', () => {
    const { registry } = compile({ path: 'p.txt', value: plan });
    const name = new Map(registry.units.map((u) => [u.id, u.name]));
    const names = (ids: string[]) => ids.map((id) => name.get(id));
    expect(registry.tasks.map((t) => [t.path, names(t.lead), names(t.assist), names(t.responsible)])).toEqual([
      ['1.1', [], [], ['省发展改革委', '经济和信息化厅', '市县政府']],
      ['1.2', ['经济和信息化厅'], ['财政厅', '市县政府'], []],
      ['1.3', [], [], ['自然资源厅', '生态环境厅', '市县政府']],
    ]);
  });

  it('near miss: "以下各项…" holds for the tasks after it only', () => {
    const below = plan.replace('各项任务均需市县政府落实', '以下各项任务均需市县政府落实');
    const { registry } = compile({ path: 'p.txt', value: below });
    const name = new Map(registry.units.map((u) => [u.id, u.name]));
    expect(registry.tasks[0]!.responsible.map((id) => name.get(id))).toEqual(['省发展改革委', '经济和信息化厅']);
  });
});
