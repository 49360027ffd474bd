import type { Registry } from '@policyc/model';

/** The ids and paths one policy uses, each list in registry order without repeats. */
export interface PolicyIds {
  sectionIds: string[];
  sectionPaths: string[];
  taskIds: string[];
  unitIds: string[];
  targetIds: string[];
}

export function policyIds(registry: Registry): PolicyIds {
  return {
    sectionIds: distinct(registry.sections.map((s) => s.id)),
    sectionPaths: distinct(registry.sections.map((s) => s.path)),
    taskIds: distinct(registry.tasks.map((t) => t.id)),
    unitIds: distinct(registry.units.map((u) => u.id)),
    targetIds: distinct(registry.targets.map((t) => t.id)),
  };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
