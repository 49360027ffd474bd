/**
 * `trace(provincial, national)`: which national tasks the provincial policy takes up, by which of
 * its tasks, and how their targets compare.
 */
import type { Registry, Task } from '@policyc/model';
import { round, TaskMatcher, type ScoredPair } from './match.js';
import { compareDeadlines, compareFigures, pairTargets, targetRef } from './targets.js';
import type { DocumentRef, Implementation, LocalAddition, NationalTaskTrace, Scores, TaskRef, TargetComparison, TraceOptions, TraceResult } from './types.js';

export const TRACE_THRESHOLD = 0.2;

export function taskRef(t: Task): TaskRef {
  return { id: t.id, path: t.path, title: t.title };
}

export function documentRef(r: Registry): DocumentRef {
  const d = r.document;
  // Registries of model 1.x name their source as a string, later ones as a file record.
  const source: unknown = d?.source;
  const path = typeof source === 'string' ? source : typeof source === 'object' && source !== null && typeof (source as { path?: unknown }).path === 'string' ? (source as { path: string }).path : null;
  return { title: d?.title ?? null, docNumber: d?.docNumber ?? null, source: path };
}

const scoresOf = (p: ScoredPair): Scores => ({ score: round(p.score), title: round(p.title), text: round(p.text), units: p.units === null ? null : round(p.units) });

/**
 * Traces `provincial` to `national`. A provincial task implements a national one when their
 * score reaches the threshold and the national task is the provincial task's best match or the
 * provincial task is the national task's best: a provincial task that merges two national ones
 * ("优化产业结构，加快质量升级") is linked to both, a generic one is not linked to everything.
 * Never throws on registries that follow the model.
 */
export function trace(provincial: Registry, national: Registry, options: TraceOptions = {}): TraceResult {
  const threshold = clampThreshold(options.threshold, TRACE_THRESHOLD);
  const matcher = new TaskMatcher(national, provincial);
  const pairs = matcher.pairs();
  const bestOfNational = new Map<number, number>();
  const bestOfProvincial = new Map<number, ScoredPair>();
  for (const p of pairs) {
    bestOfNational.set(p.a, Math.max(bestOfNational.get(p.a) ?? 0, p.score));
    const best = bestOfProvincial.get(p.b);
    if (best === undefined || p.score > best.score) bestOfProvincial.set(p.b, p);
  }
  const links = pairs.filter((p) => p.score >= threshold && (p.score === bestOfNational.get(p.a) || p.score === bestOfProvincial.get(p.b)?.score));
  const linked = new Set(links.map((p) => p.b));

  const tasks: NationalTaskTrace[] = national.tasks.map((t, i) => ({
    task: taskRef(t),
    implementedBy: links
      .filter((p) => p.a === i)
      .sort((x, y) => y.score - x.score || x.b - y.b)
      .map((p): Implementation => {
        const task = provincial.tasks[p.b] as Task;
        const deadlines = t.deadline === null && task.deadline === null ? null : { national: t.deadline?.text ?? null, provincial: task.deadline?.text ?? null };
        return { task: taskRef(task), ...scoresOf(p), evidence: matcher.evidence(p.a, p.b), deadlines };
      }),
  }));

  const localAdditions: LocalAddition[] = provincial.tasks.flatMap((t, j) => {
    if (linked.has(j)) return [];
    const best = bestOfProvincial.get(j);
    return [{ task: taskRef(t), nearest: best === undefined ? null : { task: taskRef(national.tasks[best.a] as Task), ...scoresOf(best) } }];
  });

  const targets: TargetComparison[] = pairTargets(national.targets, provincial.targets, { byKind: true }).map((p) => ({
    national: targetRef(p.a),
    provincial: targetRef(p.b),
    score: round(p.score),
    pairedBy: p.pairedBy,
    ...compareFigures(p.a, p.b),
    deadline: compareDeadlines(p.a.deadline, p.b.deadline),
  }));

  const notTakenUp = tasks.filter((t) => t.implementedBy.length === 0).map((t) => t.task);
  return {
    kind: 'trace',
    provincial: documentRef(provincial),
    national: documentRef(national),
    threshold,
    tasks,
    notTakenUp,
    localAdditions,
    targets,
    summary: {
      nationalTasks: national.tasks.length,
      covered: national.tasks.length - notTakenUp.length,
      provincialTasks: provincial.tasks.length,
      localAdditions: localAdditions.length,
      targetPairs: targets.length,
    },
  };
}

/** A threshold in (0, 1], or the default for anything else. */
export function clampThreshold(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1 ? value : fallback;
}
