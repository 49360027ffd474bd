import type { Registry, Span } from '@policyc/model';

/**
 * The registry's items under short keys (`t3` task, `u5` unit, `g2` target, `s7` section, `p0`
 * problem): the report links a table cell to its source span by key, so no unit name or other
 * document text ever reaches a class name, an id or the script.
 */
export interface ReportUnit {
  id: string;
  name: string;
  key: string;
  occurrences: Span[];
}

export interface ReportModel {
  registry: Registry;
  taskKeys: Map<string, string>;
  /** Every unit a task names, registry order first, then ids only tasks name (a hand-edited registry). */
  units: ReportUnit[];
  unitsById: Map<string, ReportUnit>;
  targetKeys: Map<string, string>;
  sectionKeys: Map<string, string>;
  /** The targets stated in each section or below it, by section path, in registry order. */
  targetsUnder: Map<string, Registry['targets']>;
}

export function buildModel(registry: Registry): ReportModel {
  const taskKeys = new Map<string, string>();
  registry.tasks.forEach((task, index) => { if (!taskKeys.has(task.id)) taskKeys.set(task.id, `t${index}`); });
  const units: ReportUnit[] = [];
  const unitsById = new Map<string, ReportUnit>();
  const addUnit = (id: string, name: string, occurrences: Span[]) => {
    if (unitsById.has(id)) return;
    const unit = { id, name, key: `u${units.length}`, occurrences };
    unitsById.set(id, unit);
    units.push(unit);
  };
  for (const unit of registry.units) addUnit(unit.id, unit.name || unit.id, unit.occurrences ?? []);
  for (const task of registry.tasks) {
    for (const id of [...task.lead ?? [], ...task.assist ?? [], ...task.responsible ?? []]) addUnit(id, id, []);
  }
  const targetKeys = new Map<string, string>();
  registry.targets.forEach((target, index) => { if (!targetKeys.has(target.id)) targetKeys.set(target.id, `g${index}`); });
  const sectionKeys = new Map<string, string>();
  registry.sections.forEach((section, index) => { if (!sectionKeys.has(section.path)) sectionKeys.set(section.path, `s${index}`); });
  return { registry, taskKeys, units, unitsById, targetKeys, sectionKeys, targetsUnder: targetsUnder(registry) };
}

/** The targets stated in a task's section or below it. */
export function targetsOfTask(model: ReportModel, path: string): Registry['targets'] {
  return model.targetsUnder.get(path) ?? [];
}

/**
 * Each target filed under its own path and every path above it ("3.1.2" under "3", "3.1" and
 * "3.1.2"; a target before the first heading under "" alone): a lookup per task, where
 * filtering every target for every task took minutes for a long policy.
 */
function targetsUnder(registry: Registry): Map<string, Registry['targets']> {
  const under = new Map<string, Registry['targets']>();
  const file = (path: string, target: Registry['targets'][number]) => {
    const list = under.get(path);
    if (list) list.push(target);
    else under.set(path, [target]);
  };
  for (const target of registry.targets) {
    const path = target.path ?? '';
    for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) if (dot > 0) file(path.slice(0, dot), target);
    file(path, target);
  }
  return under;
}


export const ROLES = ['lead', 'assist', 'responsible'] as const;

/** Column heads and matrix marks, as 任务分工 tables write them. */
export const ROLE_LABELS = { lead: '牵头单位', assist: '配合单位', responsible: '责任单位' } as const;
export const ROLE_MARKS = { lead: '牵', assist: '配', responsible: '责' } as const;
