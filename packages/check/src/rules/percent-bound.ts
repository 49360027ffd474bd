import { at, defineRule, yaml } from './define.js';
import { label } from './target-label.js';

const TEXT = '良种覆盖率达到105％，年均增长120％。\n';

/** Kinds whose percentage is a part of a whole; growth and change may exceed 100 %. */
const BOUNDED = new Set(['share', 'level', 'count']);

export const percentBound = defineRule({
  id: 'percent-bound',
  severity: 'error',
  origin: 'policy',
  summary: 'A share or coverage in percent is at most 100 %.',
  description:
    'A share, a coverage or a rate measured as a level cannot exceed 100 %. Growth and change may (增长120％ is ' +
    'possible), so targets of kind `growth` and `change` are not checked. The finding points at the figure.',
  check(context) {
    context.registry.targets.forEach((target, i) => {
      if (target.unit !== '%' || !BOUNDED.has(target.kind)) return;
      for (const field of ['value', 'min', 'max'] as const) {
        const figure = target[field];
        if (figure !== null && figure > 100) {
          context.report({ pointer: `/targets/${i}/${field}`, reason: `Target ${label(target)} is ${figure}%, above 100%` });
          return;
        }
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'A coverage above 100 %',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            targets:
              - { id: target--1, text: 105％, metric: 良种覆盖率, value: 105, unit: "%", kind: share, position: ${at(TEXT, '105％')} }
          `,
        },
        messages: [
          'policy.txt:1:8-1:12: Target target--1 (良种覆盖率 105％) is 105%, above 100%',
        ],
      },
    ],
    pass: [
      {
        title: 'Growth may exceed 100 %',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            targets:
              - { id: target--2, text: 120％, metric: 年均增长, value: 120, unit: "%", kind: growth, position: ${at(TEXT, '120％')} }
          `,
        },
        messages: [],
      },
    ],
  },
});
