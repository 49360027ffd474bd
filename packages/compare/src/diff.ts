/**
 * `diff(old, new)`: what changed between two versions of one policy. Tasks are matched by the
 * same measure as `trace` (title, text, units), one to one, so an inserted task that renumbers
 * the ones after it shows as one task added, not as every later task changed.
 */
import type { Registry, Role, Task } from '@policyc/model';
import { bigrams, plainText } from './grams.js';
import { TaskMatcher } from './match.js';
import { pairTargets, targetRef } from './targets.js';
import { clampThreshold, documentRef, taskRef } from './trace.js';
import type { Change, ChangeKind, DiffOptions, DiffResult, TargetFieldChange, TaskRef } from './types.js';

export const DIFF_THRESHOLD = 0.3;

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'task-added', 'task-removed', 'task-moved', 'task-retitled', 'task-reworded', 'unit-role', 'task-deadline',
  'target-added', 'target-removed', 'target-changed',
];

/** Compares two versions of a policy. Never throws on registries that follow the model. */
export function diff(oldRegistry: Registry, newRegistry: Registry, options: DiffOptions = {}): DiffResult {
  const threshold = clampThreshold(options.threshold, DIFF_THRESHOLD);
  const olds = oldRegistry.tasks;
  const news = newRegistry.tasks;
  const matches = matchTasks(oldRegistry, newRegistry, threshold);
  const newOf = new Map(matches.map(([i, j]) => [i, j]));
  const oldOf = new Map(matches.map(([i, j]) => [j, i]));
  const moved = movedTasks(olds, news, matches);

  const changes: Change[] = [];
  const renumbered: DiffResult['renumbered'] = [];
  news.forEach((tn, j) => {
    const i = oldOf.get(j);
    if (i === undefined) {
      changes.push({ kind: 'task-added', new: taskRef(tn) });
      return;
    }
    const to = olds[i] as Task;
    const pair = { old: taskRef(to), new: taskRef(tn) };
    if (moved.has(i)) changes.push({ kind: 'task-moved', ...pair });
    else if (to.path !== tn.path) renumbered.push(pair);
    if (compact(to.title) !== compact(tn.title)) changes.push({ kind: 'task-retitled', ...pair });
    const [bodyOld, bodyNew] = [body(to), body(tn)];
    if (bodyOld !== bodyNew) changes.push({ kind: 'task-reworded', ...pair, similarity: setDice(bigrams(bodyOld), bigrams(bodyNew)) });
    changes.push(...unitRoleChanges(to, tn, pair));
    const [dOld, dNew] = [to.deadline?.text ?? null, tn.deadline?.text ?? null];
    if (dOld !== dNew) changes.push({ kind: 'task-deadline', ...pair, from: dOld, to: dNew });
  });
  olds.forEach((to, i) => {
    if (!newOf.has(i)) changes.push({ kind: 'task-removed', old: taskRef(to) });
  });

  const targetPairs = pairTargets(oldRegistry.targets, newRegistry.targets, { byKind: true });
  const pairedOld = new Set(targetPairs.map((p) => p.a));
  const pairedNew = new Set(targetPairs.map((p) => p.b));
  for (const p of targetPairs) {
    const fields: TargetFieldChange[] = [];
    for (const field of ['value', 'min', 'max', 'comparator', 'unit', 'deadline'] as const) {
      if (p.a[field] !== p.b[field]) fields.push({ field, from: p.a[field], to: p.b[field] });
    }
    if (fields.length > 0) changes.push({ kind: 'target-changed', old: targetRef(p.a), new: targetRef(p.b), fields });
  }
  for (const t of newRegistry.targets) if (!pairedNew.has(t)) changes.push({ kind: 'target-added', new: targetRef(t) });
  for (const t of oldRegistry.targets) if (!pairedOld.has(t)) changes.push({ kind: 'target-removed', old: targetRef(t) });

  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) counts[c.kind]++;
  return {
    kind: 'diff',
    old: documentRef(oldRegistry),
    new: documentRef(newRegistry),
    changed: changes.length > 0,
    changes,
    renumbered,
    summary: { matched: matches.length, counts },
  };
}

/** One-to-one pairs [old index, new index], best score first, each at or above the threshold. */
function matchTasks(a: Registry, b: Registry, threshold: number): [number, number][] {
  const pairs = new TaskMatcher(a, b).pairs().filter((p) => p.score >= threshold);
  // Ties (a task repeated word for word) go to the pair closest in document order.
  pairs.sort((x, y) => y.score - x.score || Math.abs(x.a - x.b) - Math.abs(y.a - y.b) || x.a - y.a);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: [number, number][] = [];
  for (const p of pairs) {
    if (usedA.has(p.a) || usedB.has(p.b)) continue;
    usedA.add(p.a);
    usedB.add(p.b);
    out.push([p.a, p.b]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

const parentOf = (path: string) => (path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '');

/**
 * Old indexes of the matched tasks that moved: those whose section is not the counterpart of
 * their old section (the new section most of its tasks went to, so a renumbered or retitled
 * section is still the same one), and those out of order among the others (outside a longest
 * run that keeps its order).
 */
function movedTasks(olds: readonly Task[], news: readonly Task[], matches: readonly [number, number][]): Set<number> {
  const votes = new Map<string, Map<string, number>>();
  for (const [i, j] of matches) {
    const from = parentOf((olds[i] as Task).path);
    const to = parentOf((news[j] as Task).path);
    const tally = votes.get(from) ?? new Map<string, number>();
    tally.set(to, (tally.get(to) ?? 0) + 1);
    votes.set(from, tally);
  }
  const counterpart = new Map<string, string>();
  for (const [from, tally] of votes) {
    let best: [string, number] = ['', -1];
    for (const [to, n] of tally) if (n > best[1]) best = [to, n];
    counterpart.set(from, best[0]);
  }
  const moved = new Set<number>();
  for (const [i, j] of matches) if (counterpart.get(parentOf((olds[i] as Task).path)) !== parentOf((news[j] as Task).path)) moved.add(i);
  const inOrder = longestIncreasing(matches.map(([, j]) => j));
  matches.forEach(([i], k) => {
    if (!inOrder.has(k)) moved.add(i);
  });
  return moved;
}

/** Positions of a longest strictly increasing subsequence (patience sorting, n log n). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // positions of the smallest tail of each length
  const prev: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((v, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1] as number;
    tails[lo] = k;
  });
  const out = new Set<number>();
  for (let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; k >= 0; k = prev[k] as number) out.add(k);
  return out;
}

/** A title as compared: NFKC, no white space, no closing punctuation. */
function compact(s: string): string {
  return String(s).normalize('NFKC').replace(/[\s\u3000。.;；]+/gu, '');
}

/** A task's text without its heading marker, its title and white space: what a rewording changes. */
function body(t: Task): string {
  const text = compact(plainText(t.text));
  const title = compact(t.title);
  const at = title.length > 0 ? text.indexOf(title) : -1;
  return at < 0 ? text : text.slice(0, at) + text.slice(at + title.length);
}

function setDice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return Math.round(((2 * shared) / (a.size + b.size)) * 1000) / 1000;
}

const ROLES: readonly Role[] = ['lead', 'responsible', 'assist'];

/** The role each unit of a task plays (the first of lead, responsible, assist it is listed in). */
function rolesOf(t: Task): Map<string, Role> {
  const out = new Map<string, Role>();
  for (const role of ROLES) for (const unit of t[role]) if (!out.has(unit)) out.set(unit, role);
  return out;
}

function unitRoleChanges(a: Task, b: Task, pair: { old: TaskRef; new: TaskRef }): Change[] {
  const ra = rolesOf(a);
  const rb = rolesOf(b);
  const out: Change[] = [];
  for (const unit of new Set([...ra.keys(), ...rb.keys()])) {
    const from = ra.get(unit) ?? null;
    const to = rb.get(unit) ?? null;
    if (from !== to) out.push({ kind: 'unit-role', ...pair, unit, from, to });
  }
  return out;
}
