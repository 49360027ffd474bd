/**
 * The 任务分工表 as plain rows, shared by the workbook and the CSV: what each column of each
 * sheet holds, computed once from the registry, with no spreadsheet library involved.
 */
import type { Comparator, Registry, Role, Span, Target, Task } from '@policyc/model';

/** The columns of sheet 1 (任务分工), in order. */
export const TASK_COLUMNS = ['序号', '任务', '主要内容', '牵头单位', '配合单位', '责任单位', '完成时限', '目标', '出处'] as const;

/** The columns of sheet 2 (各单位任务清单), in order; a unit's name heads its block. */
export const UNIT_COLUMNS = ['职责', '序号', '任务', '主要内容', '完成时限', '出处'] as const;

/** The columns of sheet 3 (目标指标), in order. */
export const TARGET_COLUMNS = ['序号', '指标', '目标值', '比较', '单位', '期限', '原文', '出处'] as const;

/** How unit names are joined in one cell, as 任务分工表 write them. */
export const UNIT_SEPARATOR = '、';

/** 主要内容 is cut to about this many characters, at a sentence end when one is near. */
export const DEFAULT_SUMMARY_LENGTH = 120;

export interface TaskRow {
  /** 1-based, in registry order. */
  index: number;
  taskId: string;
  /** Path and title: "3.1 立足资源禀赋，调整产业布局". */
  task: string;
  /** The task's text without its heading and responsibility clauses, on one line, shortened. */
  summary: string;
  /** The task's full text as written. */
  text: string;
  lead: string;
  assist: string;
  responsible: string;
  deadline: string;
  /** The task's targets, one a line. */
  targets: string;
  /** "line:column" of the task's start. */
  source: string;
}

export interface UnitTaskRow {
  role: Role;
  /** 职责 as a 任务分工表 says it: 牵头, 配合, 责任. */
  roleLabel: string;
  /** The task's 序号 on sheet 1. */
  index: number;
  task: string;
  summary: string;
  deadline: string;
  source: string;
}

export interface UnitBlock {
  unitId: string;
  name: string;
  /** The block's rows: what the unit leads, then assists, then shares. */
  rows: UnitTaskRow[];
}

export interface TargetRow {
  index: number;
  targetId: string;
  metric: string;
  /** The figure, or "min–max" for a range; null when the text gives none. */
  value: number | string | null;
  comparator: string;
  unit: string;
  deadline: string;
  text: string;
  source: string;
}

export interface RowOptions {
  /** Characters of task text kept in 主要内容 (default 120). */
  summaryLength?: number;
}

export const ROLE_LABELS: Record<Role, string> = { lead: '牵头', assist: '配合', responsible: '责任' };

const COMPARATOR_LABELS: Record<Comparator, string> = {
  eq: '达到', gte: '不低于', gt: '高于', lte: '不高于', lt: '低于', approx: '约', range: '介于',
};

/** "12:55": where a node starts, or "" when it has no position. */
export function lineColumn(position: Span | null | undefined): string {
  const start = position?.start;
  return typeof start?.line === 'number' && typeof start.column === 'number' ? `${start.line}:${start.column}` : '';
}

/** Sheet 1's rows, one per task, in registry order. */
export function taskRows(registry: Registry, options: RowOptions = {}): TaskRow[] {
  const names = unitNames(registry);
  const targets = targetsByTask(registry);
  const limit = options.summaryLength ?? DEFAULT_SUMMARY_LENGTH;
  return (registry.tasks ?? []).map((task, i) => ({
    index: i + 1,
    taskId: task.id,
    task: taskLabel(task),
    summary: shorten(taskBody(task), limit),
    text: task.text ?? '',
    lead: joinUnits(task.lead, names),
    assist: joinUnits(task.assist, names),
    responsible: joinUnits(task.responsible, names),
    deadline: task.deadline?.text ?? '',
    targets: (targets.get(task) ?? []).map(targetLabel).join('\n'),
    source: lineColumn(task.position),
  }));
}

/** Sheet 2's blocks, one per unit in registry order. */
export function unitBlocks(registry: Registry, options: RowOptions = {}): UnitBlock[] {
  const rows = taskRows(registry, options);
  const byId = new Map(rows.map((row) => [row.taskId, row]));
  const roles: [Role, 'leads' | 'assists' | 'shares'][] = [['lead', 'leads'], ['assist', 'assists'], ['responsible', 'shares']];
  return (registry.units ?? []).map((unit) => ({
    unitId: unit.id,
    name: unit.name || unit.id,
    rows: roles.flatMap(([role, key]) =>
      (unit[key] ?? []).flatMap((taskId) => {
        const row = byId.get(taskId);
        // A task id the registry does not hold (a hand-edited registry) has nothing to show.
        if (!row) return [];
        return [{ role, roleLabel: ROLE_LABELS[role], index: row.index, task: row.task, summary: row.summary, deadline: row.deadline, source: row.source }];
      })),
  }));
}

/** Sheet 3's rows, one per target, in registry order. */
export function targetRows(registry: Registry): TargetRow[] {
  return (registry.targets ?? []).map((target, i) => ({
    index: i + 1,
    targetId: target.id,
    metric: target.metric ?? '',
    value: target.comparator === 'range' ? rangeText(target) : target.value,
    comparator: COMPARATOR_LABELS[target.comparator] ?? String(target.comparator ?? ''),
    unit: target.unit ?? '',
    deadline: target.deadline ? `${target.deadline}年` : '',
    text: target.text ?? '',
    source: lineColumn(target.position),
  }));
}

/**
 * Which targets each task carries: a target belongs to every task whose span holds it; a target
 * that lies in no task's span (a goal stated in the section's lead-in) belongs to the tasks of
 * its own section path.
 */
export function targetsByTask(registry: Registry): Map<Task, Target[]> {
  const tasks = registry.tasks ?? [];
  const result = new Map<Task, Target[]>(tasks.map((task) => [task, []]));
  for (const target of registry.targets ?? []) {
    const offset = target.position?.start?.offset;
    const holders = typeof offset === 'number' ? tasks.filter((task) => contains(task.position, offset)) : [];
    const owners = holders.length > 0 ? holders : tasks.filter((task) => task.path === target.path);
    for (const task of owners) result.get(task)!.push(target);
  }
  return result;
}

function contains(span: Span | undefined, offset: number): boolean {
  const start = span?.start?.offset;
  const end = span?.end?.offset;
  return typeof start === 'number' && typeof end === 'number' && offset >= start && offset < end;
}

/** "全省医药产业工业增加值：175亿元（2020年）". */
function targetLabel(target: Target): string {
  const what = target.metric ? `${target.metric}：${target.text}` : target.text;
  return target.deadline ? `${what}（${target.deadline}年）` : what;
}

function rangeText(target: Target): string | null {
  if (target.min === null && target.max === null) return null;
  return `${target.min ?? ''}–${target.max ?? ''}`;
}

function taskLabel(task: Task): string {
  return [task.path, task.title].filter(Boolean).join(' ');
}

function unitNames(registry: Registry): Map<string, string> {
  return new Map((registry.units ?? []).map((unit) => [unit.id, unit.name || unit.id]));
}

function joinUnits(ids: readonly string[] | undefined, names: Map<string, string>): string {
  return (ids ?? []).map((id) => names.get(id) ?? id).join(UNIT_SEPARATOR);
}

/**
 * The task's text as 主要内容 shows it: its heading (marker and title, already in 任务) and its
 * responsibility clauses (already in the unit columns) taken out, its lines joined.
 */
export function taskBody(task: Task): string {
  let text = task.text ?? '';
  for (const clause of task.clauses ?? []) if (clause) text = text.split(clause).join('');
  // A bracketed clause taken out leaves its brackets behind, empty.
  text = joinLines(text.split('（）').join('').split('()').join(''));
  const title = task.title ?? '';
  // The heading is the marker, the title and its closing mark: drop it when the text opens with it.
  const at = title ? text.indexOf(title) : -1;
  if (at >= 0 && at <= 8) {
    let end = at + title.length;
    while (end < text.length && '。：:．.，'.includes(text[end]!)) end += 1;
    if (end < text.length) text = text.slice(end);
  }
  return text.trim();
}

/** Lines joined as Chinese text joins them: without a space, except between two Latin words. */
function joinLines(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  let out = '';
  for (const line of lines) {
    const gap = isLatin(out.at(-1)) && isLatin(line[0]) ? ' ' : '';
    out += gap + line;
  }
  return out;
}

function isLatin(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}

/** `text` cut to about `limit` characters: at the last sentence end past half of it, else hard, with "…". */
export function shorten(text: string, limit: number): string {
  const chars = Array.from(text);
  if (limit <= 0 || chars.length <= limit) return text;
  const head = chars.slice(0, limit);
  let cut = -1;
  for (let i = head.length - 1; i >= limit / 2; i -= 1) {
    if ('。；;！？'.includes(head[i]!)) { cut = i + 1; break; }
  }
  return `${head.slice(0, cut > 0 ? cut : limit).join('')}…`;
}
