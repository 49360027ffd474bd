import { defineRule, yaml } from './define.js';

const LISTS = [
  ['sections', 'id'],
  ['sections', 'path'],
  ['tasks', 'id'],
  ['units', 'id'],
  ['targets', 'id'],
] as const;

export const uniqueIds = defineRule({
  id: 'unique-ids',
  severity: 'error',
  origin: 'registry',
  summary: 'Section ids and paths, task ids, unit ids and target ids are each unique.',
  description:
    'Tasks name units and sections by id, targets name their total by id, and apps key their records by id; a ' +
    'repeated id makes every one of those references ambiguous. The second occurrence is reported, naming the first.',
  check(context) {
    for (const [list, field] of LISTS) {
      const first = new Map<string, number>();
      context.registry[list].forEach((item, index) => {
        const value = (item as unknown as Record<string, string>)[field]!;
        if (value === '') return;
        const earlier = first.get(value);
        if (earlier === undefined) first.set(value, index);
        else context.report({ pointer: `/${list}/${index}/${field}`, reason: `${list}/${index} repeats the ${field} '${value}' of ${list}/${earlier}` });
      });
    }
  },
  examples: {
    fail: [
      {
        title: 'Two tasks with one id',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
              - id: task-2.1
          `,
        },
        messages: [
          'registry.yaml:3:9-3:17: tasks/1 repeats the id \'task-2.1\' of tasks/0',
        ],
      },
    ],
    pass: [
      {
        title: 'Distinct ids',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
              - id: task-2.2
          `,
        },
        messages: [],
      },
    ],
  },
});
