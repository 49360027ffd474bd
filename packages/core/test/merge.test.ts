/**
 * mergeRegistry: a team's hand edits (extra fields, a changed deadline) follow their task into a
 * registry compiled from a revised text, by id, by title, then by text; what has no task left is
 * reported. The policies are made up, in the style of an 实施方案.
 */
import type { Registry } from '@policyc/model';
import { compile, mergeRegistry, type MergeBaseline } from '@policyc/core';
import { describe, expect, it } from 'vitest';

const HEAD = '某市推进数字经济高质量发展实施方案\n\n一、重点任务\n';
const INFRA = '（{n}）夯实数字基础设施。新建5G基站3000个，推动光纤网络覆盖全部城区。（市工业和信息化局牵头，市发展改革委配合，2025年底前完成）\n';
const DATA = '（{n}）培育数据要素市场。建设市级数据交易平台，探索数据资产登记制度。（市数据局牵头，市财政局配合，2026年底前完成）\n';
const INDUSTRY = '（{n}）推进产业数字化转型。支持规模以上工业企业开展智能化改造，建设一批智能工厂。（市工业和信息化局负责）\n';
const PLANNING = '（{n}）加强统筹协调。建立数字经济发展联席会议制度，定期研究重大事项。（市发展改革委牵头）\n';
const NUMERALS = ['一', '二', '三', '四', '五'];

/** A policy of these task paragraphs, numbered in order. */
function policy(...tasks: string[]): Registry {
  return compile(HEAD + tasks.map((task, i) => task.replace('{n}', NUMERALS[i]!)).join('')).registry;
}

const byTitle = (registry: Registry, title: string) => registry.tasks.find((task) => task.title === title)!;

/** What a compile wrote into the fields teams edit (as the CLI records it). */
function baselineOf(registry: Registry): MergeBaseline {
  return Object.fromEntries(registry.tasks.map((t) => [t.id, { deadline: t.deadline && { text: t.deadline.text, year: t.deadline.year } }]));
}

/** The first version, with a team's edits: 状态 and a later deadline on the infrastructure task, a note on the industry task. */
function editedFirstVersion(): { edited: Registry; baseline: MergeBaseline } {
  const compiled = policy(INFRA, DATA, INDUSTRY);
  const edited = structuredClone(compiled);
  const infra = byTitle(edited, '夯实数字基础设施');
  infra.extra = { 状态: '进行中', 进度: 0.4, 督办人: ['张明'] };
  infra.deadline = { ...infra.deadline!, text: '2025年6月底前', year: '2025' };
  byTitle(edited, '推进产业数字化转型').extra = { 备注: '待市政府常务会审议' };
  return { edited, baseline: baselineOf(compiled) };
}

describe('mergeRegistry', () => {
  it('the made-up policy reads as expected (a self-check of this test)', () => {
    const first = policy(INFRA, DATA, INDUSTRY);
    expect(first.tasks.map((t) => [t.id, t.title, t.deadline?.text ?? null])).toEqual([
      ['task-1.1', '夯实数字基础设施', '2025年底前'],
      ['task-1.2', '培育数据要素市场', '2026年底前'],
      ['task-1.3', '推进产业数字化转型', null],
    ]);
  });

  it('keeps the edits on their task when a task inserted before it shifts every id', () => {
    const { edited, baseline } = editedFirstVersion();
    const revised = policy(PLANNING, INFRA, DATA, INDUSTRY);
    const { registry, placed, unplaced } = mergeRegistry(edited, revised, { baseline });
    const infra = byTitle(registry, '夯实数字基础设施');
    expect(infra.id).toBe('task-1.2');
    expect(infra.extra).toEqual({ 状态: '进行中', 进度: 0.4, 督办人: ['张明'] });
    expect(infra.deadline).toMatchObject({ text: '2025年6月底前', year: '2025' });
    // The deadline points into the new text, where the new text states it.
    expect(infra.deadline!.position).toEqual(byTitle(revised, '夯实数字基础设施').deadline!.position);
    expect(byTitle(registry, '推进产业数字化转型').extra).toEqual({ 备注: '待市政府常务会审议' });
    // The task at the old id is another task now, and got nothing.
    expect(registry.tasks.find((t) => t.id === 'task-1.1')!.extra).toBeUndefined();
    expect(registry.tasks.filter((t) => t.extra).map((t) => t.id)).toEqual(['task-1.2', 'task-1.4']);
    expect(placed.map((p) => [p.from.id, p.to.id, p.by, p.fields])).toEqual([
      ['task-1.1', 'task-1.2', 'title', ['extra.状态', 'extra.进度', 'extra.督办人', 'deadline']],
      ['task-1.3', 'task-1.4', 'title', ['extra.备注']],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('reports an edit whose task left the policy instead of dropping it', () => {
    const { edited, baseline } = editedFirstVersion();
    const revised = policy(PLANNING, INFRA, DATA);
    const { registry, placed, unplaced } = mergeRegistry(edited, revised, { baseline });
    expect(placed.map((p) => p.to.title)).toEqual(['夯实数字基础设施']);
    expect(unplaced).toEqual([{
      task: { id: 'task-1.3', path: '1.3', title: '推进产业数字化转型' },
      edit: { extra: { 备注: '待市政府常务会审议' } },
      fields: ['extra.备注'],
    }]);
    expect(JSON.stringify(registry)).not.toContain('待市政府常务会审议');
  });

  it('finds a retitled, reworded task by its text', () => {
    const { edited, baseline } = editedFirstVersion();
    const retitled = INFRA.replace('夯实数字基础设施', '加快新型基础设施建设').replace('3000个', '3500个');
    const { registry, placed } = mergeRegistry(edited, policy(PLANNING, retitled, DATA, INDUSTRY), { baseline });
    expect(placed[0]).toMatchObject({ from: { id: 'task-1.1' }, to: { id: 'task-1.2', title: '加快新型基础设施建设' }, by: 'text' });
    expect(byTitle(registry, '加快新型基础设施建设').extra).toMatchObject({ 状态: '进行中' });
  });

  it('pairs by id a task that kept its place and title', () => {
    const { edited, baseline } = editedFirstVersion();
    const { placed } = mergeRegistry(edited, policy(INFRA, DATA, INDUSTRY.replace('建设一批智能工厂', '建设一批数字化车间')), { baseline });
    expect(placed.map((p) => [p.from.id, p.to.id, p.by])).toEqual([['task-1.1', 'task-1.1', 'id'], ['task-1.3', 'task-1.3', 'id']]);
  });

  it('takes the deadline from the new text when it was not edited, and from the text when there is no baseline', () => {
    const { edited, baseline } = editedFirstVersion();
    const revised = policy(INFRA.replace('2025年底前', '2027年底前'), DATA, INDUSTRY);
    // Not edited by the team: the revised text's deadline stands.
    expect(byTitle(mergeRegistry(edited, revised, { baseline }).registry, '培育数据要素市场').deadline!.text).toBe('2026年底前');
    // Without a baseline a changed deadline could be either side's: the text's stands, the extra fields still move.
    const { registry, placed } = mergeRegistry(edited, revised);
    expect(byTitle(registry, '夯实数字基础设施').deadline!.text).toBe('2027年底前');
    expect(placed[0]!.fields).toEqual(['extra.状态', 'extra.进度', 'extra.督办人']);
  });

  it('changes neither argument', () => {
    const { edited, baseline } = editedFirstVersion();
    const revised = policy(PLANNING, INFRA, DATA, INDUSTRY);
    const before = [structuredClone(edited), structuredClone(revised)];
    mergeRegistry(edited, revised, { baseline });
    expect([edited, revised]).toEqual(before);
  });
});
