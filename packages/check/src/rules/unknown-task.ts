import { defineRule, yaml } from './define.js';

const LISTS = ['leads', 'assists', 'shares'] as const;

export const unknownTask = defineRule({
  id: 'unknown-task',
  severity: 'error',
  origin: 'registry',
  summary: 'Every task a unit lists (leads, assists, shares) exists.',
  description:
    'Each unit lists the tasks it leads, assists and shares, by task id. An id that is not among the tasks is left ' +
    'over from a deleted or renumbered task.',
  check(context) {
    const tasks = new Set(context.registry.tasks.map((t) => t.id));
    context.registry.units.forEach((unit, u) => {
      for (const list of LISTS) {
        unit[list].forEach((task, t) => {
          if (task !== '' && !tasks.has(task)) {
            context.report({ pointer: `/units/${u}/${list}/${t}`, reason: `Unit ${unit.id || u} ${list} '${task}', but there is no such task` });
          }
        });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'A unit still lists a task that was renumbered',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
            units:
              - id: 省财政厅
                leads: [task-2.2]
          `,
        },
        messages: [
          'registry.yaml:5:13-5:21: Unit 省财政厅 leads \'task-2.2\', but there is no such task',
        ],
      },
    ],
    pass: [
      {
        title: 'The task exists',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
            units:
              - id: 省财政厅
                leads: [task-2.1]
          `,
        },
        messages: [],
      },
    ],
  },
});
