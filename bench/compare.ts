/**
 * trace and diff over a 100-document folder (issue 11: "in seconds"): the corpus policies
 * compiled once and repeated up to 100 registries; each traced against the next one, and each
 * diffed against a revised copy (a task dropped, the tasks after it renumbered, every figure
 * raised, a lead and an assisting unit swapped).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff, trace } from '@policyc/compare';
import type { Registry, Target } from '@policyc/model';
import { compile } from 'policyc';
import { table } from './measure.js';

export function benchCompare(corpus: string, documents = 100): string {
  const files = readdirSync(corpus).filter((f) => /\.(txt|md)$/u.test(f)).sort();
  if (files.length === 0) return `no policies in ${corpus}`;
  const compiled = files.map((f) => compile({ path: join(corpus, f), value: readFileSync(join(corpus, f), 'utf8') }).registry);
  const folder = Array.from({ length: documents }, (_, k) => compiled[k % compiled.length]!);
  const revised = folder.map(revise);
  const tasks = folder.reduce((n, r) => n + r.tasks.length, 0);

  const traced = seconds(() => folder.forEach((r, k) => trace(r, folder[(k + 1) % folder.length]!)));
  let changed = 0;
  const diffed = seconds(() => folder.forEach((r, k) => (changed += diff(r, revised[k]!).changed ? 1 : 0)));

  const rows: (string | number)[][] = [['what', 'seconds', 'ms a pair', '']];
  rows.push([`trace: ${documents} pairs (each registry against the next)`, traced.toFixed(2), ((traced * 1000) / documents).toFixed(1), '']);
  rows.push([`diff: ${documents} registries against a revised copy`, diffed.toFixed(2), ((diffed * 1000) / documents).toFixed(1), `${changed} changed`]);
  return `${table(rows)}\n(${documents} registries from the ${files.length} corpus policies, ${tasks} tasks in all; compiled once, outside the timing)`;
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

/** A revision of `r`: its middle task dropped and the later tasks of that section renumbered, figures raised, one task's units swapped. */
function revise(r: Registry): Registry {
  const dropped = Math.floor(r.tasks.length / 2);
  const section = r.tasks[dropped]?.path.split('.').slice(0, -1).join('.');
  const tasks = r.tasks.filter((_, k) => k !== dropped).map((t, k) => {
    const renumbered = k >= dropped && section !== undefined && t.path.startsWith(`${section}.`) ? { ...t, path: shift(t.path) } : t;
    return k === 0 ? { ...renumbered, lead: renumbered.assist.slice(0, 1), assist: [...renumbered.lead, ...renumbered.assist.slice(1)] } : renumbered;
  });
  const raise = (x: number | null) => (x === null ? null : x * 1.1);
  const targets = r.targets.map((t): Target => ({ ...t, value: raise(t.value), min: raise(t.min), max: raise(t.max) }));
  return { ...r, tasks, targets };
}

/** "3.4" → "3.3": the number a task takes when the one before it goes. */
function shift(path: string): string {
  const parts = path.split('.');
  const last = Number(parts.at(-1));
  return Number.isInteger(last) && last > 1 ? [...parts.slice(0, -1), String(last - 1)].join('.') : path;
}
