import type { Target } from '@policyc/model';
import { at, defineRule, yaml } from './define.js';
import { label } from './target-label.js';

const TEXT = '种植面积达到50万亩（其中人工种植20万亩、野生抚育25万亩）。\n';
const GOOD = '种植面积达到50万亩（其中人工种植20万亩、野生抚育30万亩）。\n';

export const partsSum = defineRule({
  id: 'parts-sum',
  severity: 'error',
  origin: 'policy',
  summary: 'Parts listed under a total ("其中…") add up to it.',
  description:
    'A total followed by its breakdown ("50万亩（其中人工种植20万亩、野生抚育30万亩）") links each part to the total ' +
    'through `partOf`. When two or more parts in the same unit are given, they must add up to the total; a single ' +
    'part ("其中…") must not exceed it. Ranges and parts in another unit are not summed. The finding points at the total.',
  check(context) {
    const targets = context.registry.targets;
    targets.forEach((total, i) => {
      const parts = targets.filter((t) => t !== total && t.partOf === total.id && total.id !== '');
      if (parts.length === 0 || total.value === null || !parts.every((p) => summable(p, total))) return;
      const sum = parts.reduce((s, p) => s + p.value!, 0);
      const tolerance = 1e-9 * Math.max(1, Math.abs(total.value));
      const wrong = parts.length === 1 ? sum > total.value + tolerance : Math.abs(sum - total.value) > tolerance;
      if (!wrong) return;
      const terms = parts.map((p) => p.value).join(' + ');
      context.report({
        pointer: `/targets/${i}/value`,
        reason: parts.length === 1
          ? `Target ${label(total)}: its part ${terms}${total.unit ?? ''} is larger than the total`
          : `Target ${label(total)}: its parts add up to ${round(sum)}${total.unit ?? ''} (${terms}), not ${total.value}${total.unit ?? ''}`,
      });
    });
  },
  examples: {
    fail: [
      {
        title: 'A mistyped part',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            targets:
              - { id: target--1, text: 50万亩, value: 50, unit: 万亩, partOf: null, position: ${at(TEXT, '50万亩')} }
              - { id: target--2, text: 20万亩, value: 20, unit: 万亩, partOf: target--1, position: ${at(TEXT, '20万亩')} }
              - { id: target--3, text: 25万亩, value: 25, unit: 万亩, partOf: target--1, position: ${at(TEXT, '25万亩')} }
          `,
        },
        messages: [
          'policy.txt:1:7-1:11: Target target--1 (50万亩): its parts add up to 45万亩 (20 + 25), not 50万亩',
        ],
      },
    ],
    pass: [
      {
        title: 'Parts that add up',
        source: { path: 'policy.txt', text: GOOD },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            targets:
              - { id: target--1, text: 50万亩, value: 50, unit: 万亩, partOf: null, position: ${at(GOOD, '50万亩')} }
              - { id: target--2, text: 20万亩, value: 20, unit: 万亩, partOf: target--1, position: ${at(GOOD, '20万亩')} }
              - { id: target--3, text: 30万亩, value: 30, unit: 万亩, partOf: target--1, position: ${at(GOOD, '30万亩')} }
          `,
        },
        messages: [],
      },
    ],
  },
});

function summable(part: Target, total: Target): boolean {
  return part.value !== null && part.comparator !== 'range' && total.comparator !== 'range' && part.unit === total.unit;
}

/** Sums of decimals print without binary noise (0.1 + 0.2 → 0.3). */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
