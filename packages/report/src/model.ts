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
  return { registry, taskKeys, units, unitsById, targetKeys, sectionKeys };
}

/** The targets stated in a task's section or below it. */
export function targetsOfTask(registry: Registry, path: string): Registry['targets'] {
  return registry.targets.filter((target) =>
    target.path === path || (path !== '' && target.path.startsWith(`${path}.`)));
}


export const ROLES = ['lead', 'assist', 'responsible'] as const;

/** Column heads and matrix marks, as 任务分工 tables write them. */
export const ROLE_LABELS = { lead: '牵头单位', assist: '配合单位', responsible: '责任单位' } as const;
export const ROLE_MARKS = { lead: '牵', assist: '配', responsible: '责' } as const;
