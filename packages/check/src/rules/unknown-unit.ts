import { defineRule, yaml } from './define.js';

const ROLES = ['lead', 'assist', 'responsible'] as const;

export const unknownUnit = defineRule({
  id: 'unknown-unit',
  severity: 'error',
  origin: 'registry',
  summary: 'Every unit a task names is in the registry\'s units.',
  description:
    'A task\'s `lead`, `assist` and `responsible` lists hold unit ids. An id that is not in `units` is usually a ' +
    'hand edit with a typo or a unit that was renamed in one place only.',
  check(context) {
    const units = new Set(context.registry.units.map((u) => u.id));
    context.registry.tasks.forEach((task, t) => {
      for (const role of ROLES) {
        task[role].forEach((unit, u) => {
          if (unit !== '' && !units.has(unit)) {
            context.report({ pointer: `/tasks/${t}/${role}/${u}`, reason: `Task ${task.id || t} names unit '${unit}' as ${role}, but units has no such unit` });
          }
        });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'A misspelt unit in a hand-edited task',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
                lead: [省财政厅]
                assist: [省教肓厅]
            units:
              - id: 省财政厅
              - id: 省教育厅
          `,
        },
        messages: [
          'registry.yaml:4:14-4:18: Task task-2.1 names unit \'省教肓厅\' as assist, but units has no such unit',
        ],
      },
    ],
    pass: [
      {
        title: 'Every unit named exists',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
                lead: [省财政厅]
                assist: [省教育厅]
            units:
              - id: 省财政厅
              - id: 省教育厅
          `,
        },
        messages: [],
      },
    ],
  },
});
