import { at, defineRule, yaml } from './define.js';
import { label } from './target-label.js';

const TEXT = '培育产值20-10亿元企业2户。\n';
const GOOD = '培育产值10-20亿元企业2户。\n';

export const rangeOrder = defineRule({
  id: 'range-order',
  severity: 'error',
  origin: 'policy',
  summary: 'A range\'s lower bound is not above its upper bound.',
  description:
    'A target written as a range ("10-20亿元") has `min` and `max`. A minimum above the maximum is a typo in the policy ' +
    'or bounds read in the wrong order. The finding points at the figure in the policy.',
  check(context) {
    context.registry.targets.forEach((target, i) => {
      if (target.min !== null && target.max !== null && target.min > target.max) {
        context.report({ pointer: `/targets/${i}/min`, reason: `Target ${label(target)} has min ${target.min} above max ${target.max}` });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'Bounds in the wrong order',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            targets:
              - { id: target--1, text: 20-10亿元, comparator: range, min: 20, max: 10, position: ${at(TEXT, '20-10亿元')} }
          `,
        },
        messages: [
          'policy.txt:1:5-1:12: Target target--1 (20-10亿元) has min 20 above max 10',
        ],
      },
    ],
    pass: [
      {
        title: 'An ordered range',
        source: { path: 'policy.txt', text: GOOD },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            targets:
              - { id: target--1, text: 10-20亿元, comparator: range, min: 10, max: 20, position: ${at(GOOD, '10-20亿元')} }
          `,
        },
        messages: [],
      },
    ],
  },
});
