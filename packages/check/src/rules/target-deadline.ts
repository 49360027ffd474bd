import { at, defineRule, yaml } from './define.js';
import { label } from './target-label.js';

const TEXT = '到2020年，产业增加值达到100亿元；鼓励企业新增产能50万吨。\n';

export const targetDeadline = defineRule({
  id: 'target-deadline',
  severity: 'info',
  origin: 'policy',
  summary: 'A target says by when it is due.',
  description:
    'A target with no year ("到2020年") cannot be tracked against time. Policies often set the year once for a whole ' +
    'list; a target outside it is worth a look, not an error.',
  check(context) {
    context.registry.targets.forEach((target, i) => {
      if (target.deadline === null) {
        context.report({ pointer: `/targets/${i}/deadline`, reason: `Target ${label(target)} has no deadline` });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'A figure with no year',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            targets:
              - { id: target--2, text: 50万吨, deadline: null, position: ${at(TEXT, '50万吨')} }
          `,
        },
        messages: [
          'policy.txt:1:29-1:33: Target target--2 (50万吨) has no deadline',
        ],
      },
    ],
    pass: [
      {
        title: 'A figure due by a year',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            targets:
              - { id: target--1, text: 100亿元, deadline: "2020", position: ${at(TEXT, '100亿元')} }
          `,
        },
        messages: [],
      },
    ],
  },
});
