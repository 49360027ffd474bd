import { defineRule, yaml } from './define.js';

export const unknownSection = defineRule({
  id: 'unknown-section',
  severity: 'error',
  origin: 'registry',
  summary: 'Every task\'s section, every target\'s section and every section\'s parent exists.',
  description:
    'Tasks and targets sit in sections, named by path ("2.1"); sections name their parent the same way. A task or ' +
    'target with the path "" sits before the first heading. A path that names no section is left over from a renumbering.',
  check(context) {
    const paths = new Set(context.registry.sections.map((s) => s.path));
    context.registry.sections.forEach((section, i) => {
      if (section.parent !== null && !paths.has(section.parent)) {
        context.report({ pointer: `/sections/${i}/parent`, reason: `Section ${section.id || i} has parent '${section.parent}', but there is no such section` });
      }
    });
    context.registry.tasks.forEach((task, i) => {
      if (task.path !== '' && !paths.has(task.path)) {
        context.report({ pointer: `/tasks/${i}/path`, reason: `Task ${task.id || i} is in section '${task.path}', but there is no such section` });
      }
    });
    context.registry.targets.forEach((target, i) => {
      if (target.path !== '' && !paths.has(target.path)) {
        context.report({ pointer: `/targets/${i}/path`, reason: `Target ${target.id || i} is in section '${target.path}', but there is no such section` });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'A task and a target in a section that is not there',
        files: {
          'registry.yaml': yaml`
            sections:
              - { id: sec-1, path: "1", parent: null }
            tasks:
              - { id: task-1.1, path: "1.1" }
            targets:
              - { id: target-2-1, path: "2" }
          `,
        },
        messages: [
          'registry.yaml:4:27-4:32: Task task-1.1 is in section \'1.1\', but there is no such section',
          'registry.yaml:6:29-6:32: Target target-2-1 is in section \'2\', but there is no such section',
        ],
      },
    ],
    pass: [
      {
        title: 'Everything in an existing section (or before the first heading)',
        files: {
          'registry.yaml': yaml`
            sections:
              - { id: sec-1, path: "1", parent: null }
              - { id: sec-1.1, path: "1.1", parent: "1" }
            tasks:
              - { id: task-1.1, path: "1.1" }
            targets:
              - { id: target--1, path: "" }
          `,
        },
        messages: [],
      },
    ],
  },
});
