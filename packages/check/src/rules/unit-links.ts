import type { Task, Unit } from '@policyc/model';
import { defineRule, yaml } from './define.js';

/** A unit's list and the task role it mirrors. */
const PAIRS: [keyof Pick<Unit, 'leads' | 'assists' | 'shares'>, keyof Pick<Task, 'lead' | 'assist' | 'responsible'>][] = [
  ['leads', 'lead'],
  ['assists', 'assist'],
  ['shares', 'responsible'],
];

export const unitLinks = defineRule({
  id: 'unit-links',
  severity: 'error',
  origin: 'registry',
  summary: 'A unit\'s leads, assists and shares mirror the tasks\' lead, assist and responsible lists.',
  description:
    'The registry records each responsibility twice: on the task (who leads it) and on the unit (what it leads), ' +
    'so that both questions are one lookup. A hand edit to one side only leaves them disagreeing; each side is ' +
    'reported where the entry is missing.',
  check(context) {
    const tasks = new Map(context.registry.tasks.map((t) => [t.id, t]));
    const units = new Map(context.registry.units.map((u) => [u.id, u]));
    context.registry.units.forEach((unit, u) => {
      for (const [list, role] of PAIRS) {
        unit[list].forEach((taskId, i) => {
          const task = tasks.get(taskId);
          if (task && !task[role].includes(unit.id)) {
            context.report({ pointer: `/units/${u}/${list}/${i}`, reason: `Unit ${unit.id} ${list} ${taskId}, but ${taskId} does not name it in ${role}` });
          }
        });
      }
    });
    context.registry.tasks.forEach((task, t) => {
      for (const [list, role] of PAIRS) {
        task[role].forEach((unitId, i) => {
          const unit = units.get(unitId);
          if (unit && !unit[list].includes(task.id)) {
            context.report({ pointer: `/tasks/${t}/${role}/${i}`, reason: `Task ${task.id} names ${unitId} in ${role}, but the unit's ${list} leave it out` });
          }
        });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'A lead added to the task but not to the unit',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
                lead: [省财政厅, 省教育厅]
            units:
              - id: 省财政厅
                leads: [task-2.1]
              - id: 省教育厅
                leads: []
          `,
        },
        messages: [
          'registry.yaml:3:18-3:22: Task task-2.1 names 省教育厅 in lead, but the unit\'s leads leave it out',
        ],
      },
    ],
    pass: [
      {
        title: 'Both sides agree',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
                lead: [省财政厅]
                assist: [省教育厅]
            units:
              - id: 省财政厅
                leads: [task-2.1]
              - id: 省教育厅
                assists: [task-2.1]
          `,
        },
        messages: [],
      },
    ],
  },
});
