import { describe, expect, it } from 'vitest';
import { shorten, taskBody } from '../src/rows.js';
import { targetsByTask, taskRows, unitBlocks } from '../src/index.js';
import { textWidth, wrappedLines } from '../src/width.js';
import { compileText, PLAN_TEXT } from './helpers.js';

describe('shorten', () => {
  it('keeps a text within the limit as it is', () => {
    expect(shorten('推进改革。', 10)).toBe('推进改革。');
  });

  it('cuts at the last sentence end past half the limit', () => {
    expect(shorten('第一句话写完。第二句话也写完了。第三句', 16)).toBe('第一句话写完。第二句话也写完了。…');
  });

  it('cuts hard when no sentence ends in the second half', () => {
    expect(shorten('一二三四五六七八九十甲乙丙丁', 10)).toBe('一二三四五六七八九十…');
  });
});

describe('taskBody', () => {
  it('drops the heading and the bracketed clause and joins the lines', () => {
    const registry = compileText('一、重点任务\n（一）加强队伍建设。选好配强干部。\n　　完善考核办法。（市委组织部牵头，市人力资源社会保障局配合）\n');
    expect(taskBody(registry.tasks[0]!)).toBe('选好配强干部。完善考核办法。');
  });

  it('keeps a space where a line break falls between two Latin words', () => {
    const registry = compileText('一、重点任务\n（一）推进网络升级。部署IPv6\nSDN网络。（市通信管理局负责）\n');
    expect(taskBody(registry.tasks[0]!)).toBe('部署IPv6 SDN网络。');
  });
});

describe('targetsByTask', () => {
  it('gives each target to the task whose text holds it, and a lead-in target to the tasks of its section', () => {
    const registry = compileText([
      '一、重点任务',
      '（一）扩大有效投资。到2025年，完成投资200亿元。（市发展改革委负责）',
      '（二）稳定就业。城镇新增就业1万人。（市人力资源社会保障局负责）',
    ].join('\n'));
    const byTask = targetsByTask(registry);
    const texts = registry.tasks.map((t) => (byTask.get(t) ?? []).map((g) => g.text));
    expect(texts).toEqual([['200亿元'], ['1万人']]);
    const leadIn = { ...registry.targets[0]!, path: registry.tasks[1]!.path, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } };
    const moved = targetsByTask({ ...registry, targets: [leadIn] });
    expect(registry.tasks.map((t) => moved.get(t)!.length)).toEqual([0, 1]);
  });
});

describe('rows', () => {
  const plan = compileText(PLAN_TEXT);

  it('numbers the tasks in registry order', () => {
    expect(taskRows(plan).map((r) => r.index)).toEqual(plan.tasks.map((_, i) => i + 1));
  });

  it('gives every unit a block holding each of its tasks once per role', () => {
    const blocks = unitBlocks(plan);
    expect(blocks.map((b) => b.name)).toEqual(plan.units.map((u) => u.name));
    for (const [i, unit] of plan.units.entries()) expect(blocks[i]!.rows).toHaveLength(unit.leads.length + unit.assists.length + unit.shares.length);
  });
});

describe('width', () => {
  it('counts CJK characters and full-width punctuation as 2, Latin letters and digits as 1', () => {
    expect(textWidth('中文ab12')).toBe(8);
    expect(textWidth('，“”')).toBe(6);
  });

  it('counts the lines a wrapped cell takes, line breaks included', () => {
    expect(wrappedLines('一二三四五', 5)).toBe(3);
    expect(wrappedLines('一\n二', 20)).toBe(2);
  });
});
