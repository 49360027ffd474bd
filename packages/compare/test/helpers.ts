/**
 * Made-up registries for tests: only what compare reads is given, the rest is filled in.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Registry, Target, Task } from '@policyc/model';
// From the workspace's root (a dev dependency there): the compiler depends on compare, not back.
import { compile } from 'policyc';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const at = (offset: number) => ({ start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 2, offset: offset + 1 } });

export interface TaskSpec {
  path: string;
  title: string;
  text?: string;
  lead?: string[];
  assist?: string[];
  responsible?: string[];
  deadline?: string;
}

export type TargetSpec = Partial<Target> & Pick<Target, 'metric' | 'comparator'>;

export function registry(tasks: TaskSpec[], targets: TargetSpec[] = [], title: string | null = null): Registry {
  const built: Task[] = tasks.map((t, k) => ({
    id: `task-${t.path}`,
    path: t.path,
    title: t.title,
    text: t.text ?? `${t.title}。`,
    lead: t.lead ?? [],
    assist: t.assist ?? [],
    responsible: t.responsible ?? [],
    clauses: [],
    form: null,
    evidence: null,
    deadline: t.deadline === undefined ? null : { text: t.deadline, year: /\d{4}/u.exec(t.deadline)?.[0] ?? null, position: at(k) },
    position: at(k * 100),
  }));
  const builtTargets: Target[] = targets.map((t, k) => ({
    id: `target-1.${k + 1}`, path: '1', text: '', value: null, min: null, max: null, unit: '%', kind: 'level', deadline: null, inclusive: null,
    aggregation: null, baseline: null, recurring: false, partOf: null, position: at(k * 10), ...t,
  }));
  return {
    schemaVersion: '2.0.0',
    document: { title, docNumber: null, addressees: [], issuer: null, date: null, planTitle: null, source: null, convention: null },
    sections: [],
    tasks: built,
    units: [],
    targets: builtTargets,
  } as Registry;
}

export function example(name: string): { path: string; text: string } {
  const path = join(ROOT, 'examples', name, `${name}.txt`);
  return { path, text: readFileSync(path, 'utf8') };
}

export function compileText(path: string, text: string): Registry {
  return compile({ path, value: text }).registry;
}
