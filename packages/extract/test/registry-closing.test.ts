/**
 * The registry over what the outline reads: a clause line closing an item after its sub-items
 * makes the item a task (its sub-items included), and a goal cell of 0 in an indicator table sets
 * no target. Made-up 责任分解 and 考核指标 excerpts.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

const registryOf = (text: string) => compile({ path: 'plan.txt', value: text }).registry;

describe('a clause line closing an item after its sub-list', () => {
  const text = [
    '某市防灾减灾体系建设规划责任分解',
    '一、体制机制建设',
    '1.完善预案体系',
    '（1）加强预案管理，规范编制、备案和修订工作。',
    '（2）推进基层预案编制，实现全覆盖。',
    '（责任单位：市直各有关单位、各县（市、区）人民政府）',
    '2.健全会商机制',
    '（1）建立部门会商制度。',
    '（2）完善信息共享。',
    '（责任单位：市应急管理局）',
    '',
  ].join('\n');
  const registry = registryOf(text);

  it('gives the item the clause\'s units, not its last sub-item', () => {
    const byPath = new Map(registry.tasks.map((t) => [t.path, t]));
    expect(byPath.get('1.1')?.responsible).toEqual(['市直各有关单位', '各县（市、区）人民政府'].map((n) => registry.units.find((u) => u.name === n)?.id));
    // A single unit named by a 责任单位 clause leads the task.
    expect(byPath.get('1.2')?.lead).toEqual([registry.units.find((u) => u.name === '市应急管理局')?.id]);
    expect(registry.tasks.some((t) => t.path === '1.1.2' || t.path === '1.2.2')).toBe(false);
  });

  it('runs the task from the item\'s heading to the clause\'s end', () => {
    const task = registry.tasks.find((t) => t.path === '1.1')!;
    expect(task.text.startsWith('1.完善预案体系')).toBe(true);
    expect(task.text).toContain('（1）加强预案管理');
    expect(task.text.endsWith('（责任单位：市直各有关单位、各县（市、区）人民政府）')).toBe(true);
  });

  it('leaves sub-items that close with clauses of their own as they are', () => {
    const own = registryOf('一、体制机制建设\n1.完善预案体系\n（1）加强预案管理。\n（责任单位：市应急管理局）\n（2）推进预案精简。\n（责任单位：市司法局）\n');
    expect(own.tasks.map((t) => t.path)).toEqual(['1.1.1', '1.1.2']);
  });
});

describe('goal cells of 0', () => {
  const table = (goals: string[]) => [
    '某县乡村振兴年度考核指标',
    '一、考核指标',
    '序号\t指标名称\t单位\t年度目标\t责任单位',
    ...goals.map((g, k) => `${k + 1}\t${['新增高标准农田', '新增生猪存栏', '新建农村公路'][k]}\t${['万亩', '万头', '公里'][k]}\t${g}\t县农业农村局`),
    '',
  ].join('\n');

  it('set no target, while the other rows keep theirs', () => {
    const registry = registryOf(table(['0', '0.0', '12']));
    expect(registry.targets.map((t) => [t.path, t.value, t.unit])).toEqual([['1.3', 12, '公里']]);
  });

  it('leave a figure written with a zero in it alone', () => {
    const registry = registryOf(table(['10', '0.5', '0']));
    expect(registry.targets.map((t) => [t.path, t.value])).toEqual([['1.1', 10], ['1.2', 0.5]]);
  });
});
