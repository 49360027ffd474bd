/**
 * Two versions of the reference policy, the second edited as a revision would be: a task
 * inserted (the tasks after it renumber), a target raised, a lead and an assisting unit swapped,
 * a task retitled. Every kind of change is reported, and the renumbered tasks are not.
 */
import { createAjv } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { diff, diffSchema, formatDiff, formatJson } from '../src/index.js';
import type { Change } from '../src/index.js';
import { compileText, example, registry } from './helpers.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** Inserts `paragraph` as item （n） of the part headed `part`, renumbering the items after it. */
function insertItem(text: string, part: string, n: number, paragraph: string): string {
  const start = text.indexOf(part);
  const next = text.indexOf('\n　　', text.indexOf('（一）', start));
  const end = nextPart(text, start + part.length);
  let body = text.slice(start, end);
  for (let k = NUMERALS.length - 2; k >= n - 1; k--) body = body.replace(`\n　　（${NUMERALS[k]}）`, `\n　　（${NUMERALS[k + 1]}）`);
  const at = body.indexOf(`\n　　（${NUMERALS[n]}）`);
  expect(next, 'the part has items').toBeGreaterThan(0);
  expect(at, 'the item to insert before').toBeGreaterThan(0);
  return text.slice(0, start) + body.slice(0, at) + `\n　　（${NUMERALS[n - 1]}）${paragraph}\n` + body.slice(at) + text.slice(end);
}

/** Where the next top-level part ("四、") begins after `from`. */
function nextPart(text: string, from: number): number {
  const m = /\n　　[一二三四五六七八九十]{1,2}、/gu;
  m.lastIndex = from;
  return m.exec(text)?.index ?? text.length;
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.includes(from), `the text holds ${from}`).toBe(true);
  return text.replace(from, to);
}

const base = example('qinghai-pharma').text;
let edited = insertItem(base, '三、重点任务', 3, '发展智慧药房，完善零售网络。推动药品零售连锁经营，支持零售药店开展远程药事服务和网上药品销售。\n\n　　负责单位：省商务厅牵头，省卫生计生委、省食品药品监管局配合。');
edited = replaceOnce(edited, '工业增加值175亿元', '工业增加值200亿元');
edited = replaceOnce(edited, '深化对外合作，拓展发展空间', '深化开放合作，拓展国际市场');
// In the clause of 加强科技创新, the lead and the first assisting unit change places.
const science = edited.indexOf('加强科技创新');
const clause = edited.indexOf('负责单位：省科技厅牵头，省发展改革委', science);
edited = edited.slice(0, clause) + edited.slice(clause).replace('负责单位：省科技厅牵头，省发展改革委', '负责单位：省发展改革委牵头，省科技厅');

const before = compileText('v1.txt', base);
const after = compileText('v2.txt', edited);
const result = diff(before, after);
const of = <K extends Change['kind']>(kind: K) => result.changes.filter((c): c is Extract<Change, { kind: K }> => c.kind === kind);

describe('diff of two versions of a policy', () => {
  it('finds the edits made', () => {
    expect(after.tasks.length).toBe(before.tasks.length + 1);
    expect(of('task-added').map((c) => c.new.title)).toEqual(['发展智慧药房，完善零售网络']);
    expect(of('task-retitled').map((c) => [c.old.title, c.new.title])).toEqual([['深化对外合作，拓展发展空间', '深化开放合作，拓展国际市场']]);
    expect(of('unit-role').map((c) => [c.new.title, c.unit, c.from, c.to]).sort()).toEqual([
      ['加强科技创新，提高核心竞争能力', '省发展改革委', 'assist', 'lead'],
      ['加强科技创新，提高核心竞争能力', '省科技厅', 'lead', 'assist'],
    ]);
    expect(of('target-changed').map((c) => [c.new.metric, c.fields])).toEqual([
      ['全省医药产业工业增加值', [{ field: 'value', from: 175, to: 200 }]],
    ]);
    expect(result.changed).toBe(true);
    expect(formatJson(result)).toContain('"task-added"');
  });

  it('reports renumbered tasks as renumbered, not as changed', () => {
    expect(of('task-removed')).toEqual([]);
    expect(of('task-moved')).toEqual([]);
    expect(of('target-added')).toEqual([]);
    expect(of('target-removed')).toEqual([]);
    // Only the task whose clause was edited reads differently.
    expect(of('task-reworded').map((c) => c.new.title)).toEqual(['加强科技创新，提高核心竞争能力']);
    const shifted = result.renumbered.map((r) => [r.old.path, r.new.path]);
    expect(shifted).toContainEqual(['3.3', '3.4']);
    expect(shifted).toContainEqual(['3.11', '3.12']);
    expect(shifted.every(([a, b]) => a !== b)).toBe(true);
    expect(result.summary.matched).toBe(before.tasks.length);
  });

  it('follows its JSON Schema and prints one line a change', () => {
    const validate = createAjv().compile(diffSchema);
    expect(validate(JSON.parse(formatJson(result))), JSON.stringify(validate.errors)).toBe(true);
    const text = formatDiff(result);
    expect(text.split('\n').filter((l) => /^ {2}\S/u.test(l)).length).toBe(result.changes.length + 1);
    expect(text).toContain('task added');
    expect(formatDiff(result, { color: true })).toContain('\u001b[');
    expect(text).not.toContain('\u001b[');
  });

  it('finds nothing between a version and itself', () => {
    const same = diff(before, compileText('v1-again.txt', base));
    expect(same).toMatchObject({ changed: false, changes: [], renumbered: [] });
    expect(formatDiff(same)).toContain('no changes');
  });

  it('reports a task moved to another place, and only that one', () => {
    const tasks = [
      { path: '1.1', title: '加快中药材种植基地建设', text: '加快中药材种植基地建设，推广规范化种植技术。' },
      { path: '1.2', title: '完善药品流通体系', text: '完善药品流通体系，发展现代医药物流配送。' },
      { path: '1.3', title: '加强医药人才培养', text: '加强医药人才培养，引进高层次研发人才。' },
      { path: '2.1', title: '强化财政资金支持', text: '强化财政资金支持，设立产业发展引导基金。' },
    ];
    const [a, b, c, d] = tasks as [(typeof tasks)[0], (typeof tasks)[0], (typeof tasks)[0], (typeof tasks)[0]];
    const moved = diff(registry(tasks), registry([{ ...b, path: '1.1' }, { ...c, path: '1.2' }, { ...a, path: '2.1' }, { ...d, path: '2.2' }]));
    expect(moved.changes.map((ch) => [ch.kind, 'new' in ch ? ch.new.path : ''])).toEqual([['task-moved', '2.1']]);
    expect(moved.renumbered.map((r) => r.new.path)).toEqual(['1.1', '1.2', '2.2']);
  });

  it('never prints a changed text as alike 1.00', () => {
    const science = before.tasks.find((t) => t.title === '加强科技创新，提高核心竞争能力')!;
    const task = { path: science.path, title: science.title, text: science.text };
    // The lead and an assisting unit swap places: a long text that changes in a bigram or two.
    const swapped = diff(registry([task]), registry([{ ...task, text: task.text.replace('省科技厅牵头，省发展改革委', '省发展改革委牵头，省科技厅') }]));
    expect(swapped.changes).toEqual([expect.objectContaining({ kind: 'task-reworded', similarity: expect.any(Number) })]);
    expect((swapped.changes[0] as { similarity: number }).similarity).toBeGreaterThan(0.99);
    expect(formatDiff(swapped)).toContain(`${task.path} ${task.title} (text alike 0.99)`);
  });
});
