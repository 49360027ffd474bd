/**
 * Carrying a team's hand edits over to a recompiled registry: `policyc compile --merge`.
 *
 * What counts as an edit: a task's `extra` fields (policyc never writes them), and a `deadline`
 * (完成时限) that differs from what the last compile wrote for that task (the baseline, which the
 * CLI keeps in `.policyc.json`). Every other field is policyc's reading of the policy and comes
 * from the new text: a revised text that changes a task's units or wording is the news.
 *
 * Which task an edit belongs to: a task's id follows its numbering, so a task inserted before it
 * shifts every id after it, and the id alone would move edits onto their neighbours. Tasks are
 * paired one to one, in three rounds over those still unpaired:
 *   1. `id` — the same id with the same title: the task kept its place;
 *   2. `title` — the same title, found once on each side: the task was renumbered;
 *   3. `text` — the pairing of `diff` (@policyc/compare): title, text and units by weighted bigram
 *      similarity, at or above its threshold: the task was reworded, retitled or moved.
 * An edit whose task is not paired (the task left the policy, or was rewritten past recognition)
 * is returned in `unplaced`, never dropped.
 */
import { diff } from '@policyc/compare';
import type { Registry, Task, TaskDeadline, TaskExtra } from '@policyc/model';

/** The fields of a task as the last compile wrote them, by task id (see `MergeOptions.baseline`). */
export type MergeBaseline = Readonly<Record<string, { deadline: Pick<TaskDeadline, 'text' | 'year'> | null }>>;

export interface MergeOptions {
  /**
   * What the last compile wrote, by task id: a deadline in the edited registry that differs
   * from it is a team's edit. Without a baseline no deadline counts as edited (a difference
   * could be either side's), and only `extra` fields are carried.
   */
  baseline?: MergeBaseline | undefined;
}

/** A task as a merge reports it. */
export interface MergeTaskRef {
  id: string;
  path: string;
  title: string;
}

/** The hand edits of one task. */
export interface TaskEdit {
  extra?: TaskExtra;
  /** The edited deadline (null: the team removed it), when it differs from the baseline. */
  deadline?: TaskDeadline | null;
}

export interface PlacedEdit {
  /** The task in the edited registry. */
  from: MergeTaskRef;
  /** The task of the recompiled registry that now carries the edit. */
  to: MergeTaskRef;
  /** How the two were paired (see the module comment). */
  by: 'id' | 'title' | 'text';
  /** The fields carried over: `extra.状态`, `deadline` … */
  fields: string[];
}

export interface UnplacedEdit {
  /** The task in the edited registry, found in no task of the recompiled one. */
  task: MergeTaskRef;
  edit: TaskEdit;
  fields: string[];
}

export interface MergeResult {
  /** The recompiled registry with every placed edit on its task. */
  registry: Registry;
  placed: PlacedEdit[];
  unplaced: UnplacedEdit[];
}

/**
 * Keeps the hand edits of `edited` on the tasks of `recompiled` they belong to. Pure: neither
 * argument is changed. Never throws on registries that follow the model.
 */
export function mergeRegistry(edited: Registry, recompiled: Registry, options: MergeOptions = {}): MergeResult {
  const pairs = pairTasks(edited, recompiled);
  const tasks = recompiled.tasks.map((task) => ({ ...task }));
  const placed: PlacedEdit[] = [];
  const unplaced: UnplacedEdit[] = [];
  edited.tasks.forEach((task, i) => {
    const edit = editOf(task, options.baseline);
    const fields = editedFields(edit);
    if (fields.length === 0) return;
    const pair = pairs.get(i);
    if (!pair) {
      unplaced.push({ task: ref(task), edit, fields });
      return;
    }
    const target = tasks[pair.index]!;
    if (edit.extra) target.extra = { ...target.extra, ...edit.extra };
    if (edit.deadline !== undefined) target.deadline = movedDeadline(edit.deadline, target);
    placed.push({ from: ref(task), to: ref(target), by: pair.by, fields });
  });
  return { registry: { ...recompiled, tasks }, placed, unplaced };
}

function editOf(task: Task, baseline: MergeBaseline | undefined): TaskEdit {
  const edit: TaskEdit = {};
  if (isObject(task.extra) && Object.keys(task.extra).length > 0) edit.extra = task.extra;
  const compiled = baseline && Object.hasOwn(baseline, task.id) ? baseline[task.id] : undefined;
  if (compiled && !sameDeadline(compiled.deadline, task.deadline ?? null)) edit.deadline = task.deadline ?? null;
  return edit;
}

function editedFields(edit: TaskEdit): string[] {
  return [...Object.keys(edit.extra ?? {}).map((name) => `extra.${name}`), ...(edit.deadline === undefined ? [] : ['deadline'])];
}

function sameDeadline(a: Pick<TaskDeadline, 'text' | 'year'> | null, b: Pick<TaskDeadline, 'text' | 'year'> | null): boolean {
  return a === null || b === null ? a === b : a.text === b.text && a.year === b.year;
}

/**
 * The edited deadline on its new task: the team's text and year, at the place the new text
 * states the task's deadline (or, stating none, at the task), since the old place points into
 * the old text.
 */
function movedDeadline(deadline: TaskDeadline | null, task: Task): TaskDeadline | null {
  if (deadline === null) return null;
  return { text: deadline.text, year: deadline.year, position: task.deadline?.position ?? task.position };
}

/** Edited task index → recompiled task index, and the round that paired them. */
function pairTasks(edited: Registry, recompiled: Registry): Map<number, { index: number; by: PlacedEdit['by'] }> {
  const pairs = new Map<number, { index: number; by: PlacedEdit['by'] }>();
  const taken = new Set<number>();
  const pair = (i: number, j: number, by: PlacedEdit['by']) => {
    pairs.set(i, { index: j, by });
    taken.add(j);
  };
  const olds = edited.tasks;
  const news = recompiled.tasks;

  // 1. The same id and title: the first unpaired task of that id (ids repeat only in odd registries).
  const byId = indexBy(news, (task) => task.id);
  olds.forEach((task, i) => {
    const j = byId.get(task.id)?.find((k) => !taken.has(k) && compact(news[k]!.title) === compact(task.title));
    if (j !== undefined) pair(i, j, 'id');
  });

  // 2. A title found once among the unpaired tasks of each side.
  const unpairedOld = (i: number) => !pairs.has(i);
  const oldTitles = indexBy(olds, (task, i) => (unpairedOld(i) && compact(task.title) !== '' ? compact(task.title) : undefined));
  const newTitles = indexBy(news, (task, j) => (!taken.has(j) && compact(task.title) !== '' ? compact(task.title) : undefined));
  for (const [title, [i, ...moreOld]] of oldTitles) {
    const candidates = newTitles.get(title) ?? [];
    if (moreOld.length === 0 && candidates.length === 1) pair(i!, candidates[0]!, 'title');
  }

  // 3. The rest by similarity, as `diff` pairs the tasks of two versions.
  const restOld = olds.map((_, i) => i).filter(unpairedOld);
  const restNew = news.map((_, j) => j).filter((j) => !taken.has(j));
  if (restOld.length > 0 && restNew.length > 0) {
    const left = { ...edited, tasks: restOld.map((i) => olds[i]!) };
    const right = { ...recompiled, tasks: restNew.map((j) => news[j]!) };
    const result = diff(left, right);
    // Every pair `diff` made is named by a change of a task or by `renumbered`, except a task kept
    // word for word at its place, which round 1 paired already.
    const named = [...result.renumbered, ...result.changes.flatMap((change) => (PAIRED_CHANGES.has(change.kind) ? [change as { old: MergeTaskRef; new: MergeTaskRef }] : []))];
    const oldIndex = indexBy(left.tasks, (task) => task.id);
    const newIndex = indexBy(right.tasks, (task) => task.id);
    for (const { old, new: next } of named) {
      const i = oldIndex.get(old.id)?.map((p) => restOld[p]!).find(unpairedOld);
      const j = newIndex.get(next.id)?.map((p) => restNew[p]!).find((k) => !taken.has(k));
      if (i !== undefined && j !== undefined) pair(i, j, 'text');
    }
  }
  return pairs;
}

/** The changes of `diff` that name a pair of tasks. */
const PAIRED_CHANGES = new Set(['task-moved', 'task-retitled', 'task-reworded', 'unit-role', 'task-deadline']);

/** The positions of the items by key, in order; items keyed undefined are left out. */
function indexBy<T>(items: readonly T[], key: (item: T, index: number) => string | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, index) => {
    const k = key(item, index);
    if (k === undefined) return;
    const list = out.get(k);
    if (list) list.push(index);
    else out.set(k, [index]);
  });
  return out;
}

/** A title without its spaces (a re-typed title may differ in them alone). */
function compact(text: string | undefined): string {
  return String(text ?? '').replace(/\s+/gu, '');
}

function ref(task: Task): MergeTaskRef {
  return { id: task.id, path: task.path, title: task.title };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
