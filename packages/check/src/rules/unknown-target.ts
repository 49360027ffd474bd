import { defineRule, yaml } from './define.js';

export const unknownTarget = defineRule({
  id: 'unknown-target',
  severity: 'error',
  origin: 'registry',
  summary: 'A target\'s partOf names another target that exists.',
  description:
    '`partOf` links a part ("其中人工种植…") to the total it breaks down. A link to a missing target, or to the target ' +
    'itself, cannot be checked by parts-sum and is usually a leftover of an edit.',
  check(context) {
    const ids = new Set(context.registry.targets.map((t) => t.id));
    context.registry.targets.forEach((target, i) => {
      if (target.partOf === null) return;
      if (target.partOf === target.id) {
        context.report({ pointer: `/targets/${i}/partOf`, reason: `Target ${target.id} is part of itself` });
      } else if (!ids.has(target.partOf)) {
        context.report({ pointer: `/targets/${i}/partOf`, reason: `Target ${target.id || i} is part of '${target.partOf}', but there is no such target` });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'A part of a total that is not there',
        files: {
          'registry.yaml': yaml`
            targets:
              - { id: target-1-1, partOf: null }
              - { id: target-1-2, partOf: target-1-9 }
          `,
        },
        messages: [
          'registry.yaml:3:31-3:41: Target target-1-2 is part of \'target-1-9\', but there is no such target',
        ],
      },
    ],
    pass: [
      {
        title: 'A part of an existing total',
        files: {
          'registry.yaml': yaml`
            targets:
              - { id: target-1-1, partOf: null }
              - { id: target-1-2, partOf: target-1-1 }
          `,
        },
        messages: [],
      },
    ],
  },
});
