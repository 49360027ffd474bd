import { at, defineRule, yaml } from './define.js';

const TEXT = '二、重点任务\n（一）壮大骨干企业。支持企业兼并重组。\n（二）建设种植基地。推进基地建设。（省农牧厅牵头）\n';

export const taskNoLead = defineRule({
  id: 'task-no-lead',
  severity: 'error',
  origin: 'policy',
  summary: 'Every task has a lead unit, or units that share it.',
  description:
    'A task registry exists to say who does what. A task with neither a `lead` nor `responsible` units has no owner: ' +
    'either the policy sentence carries no responsibility clause (the policy\'s gap, worth raising with its drafters) ' +
    'or the clause was not recognised (a compiler gap). The finding points at the task\'s sentence in the policy. ' +
    'A policy that names no unit for any task in a clause or a task table (a guidance addressed to every department ' +
    'alike, whose few duties are stated in running text) is not checked.',
  check(context) {
    const tasks = context.registry.tasks;
    // Duties in running text (form: prose) do not make a policy one that names a unit per task.
    const named = (task: (typeof tasks)[number]): boolean => task.lead.length + task.assist.length + task.responsible.length > 0;
    if (!tasks.some((task) => named(task) && task.form !== 'prose')) return;
    tasks.forEach((task, i) => {
      if (task.lead.length === 0 && task.responsible.length === 0) {
        context.report({ pointer: `/tasks/${i}/lead`, reason: `Task ${task.id || i}${task.title ? ` (${task.title})` : ''} has no lead and no responsible unit` });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'A task sentence with no responsibility clause',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            tasks:
              - id: task-2.1
                title: 壮大骨干企业
                lead: []
                responsible: []
                position: ${at(TEXT, '（一）壮大骨干企业。支持企业兼并重组。')}
              - id: task-2.2
                title: 建设种植基地
                lead: [省农牧厅]
                position: ${at(TEXT, '（二）建设种植基地。推进基地建设。（省农牧厅牵头）')}
          `,
        },
        messages: [
          'policy.txt:2:1-2:20: Task task-2.1 (壮大骨干企业) has no lead and no responsible unit',
        ],
      },
    ],
    pass: [
      {
        title: 'A policy that assigns no task to any unit',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            tasks:
              - { id: task-2.1, title: 壮大骨干企业, lead: [], responsible: [], position: ${at(TEXT, '（一）壮大骨干企业。支持企业兼并重组。')} }
          `,
        },
        messages: [],
      },
      {
        title: 'A task with a lead',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            tasks:
              - id: task-2.2
                title: 建设种植基地
                lead: [省农牧厅]
                position: ${at(TEXT, '（二）建设种植基地。推进基地建设。（省农牧厅牵头）')}
          `,
        },
        messages: [],
      },
    ],
  },
});
