import { basename } from 'node:path';
import { firstDifference, show, type Difference } from '../diff.js';
import type { ItemView } from '../files/registry-file.js';
import type { ReleasedPrimary } from '../types.js';
import { defineRule, yaml } from './define.js';

export const agreement = defineRule({
  id: 'agreement',
  severity: 'error',
  origin: 'registry',
  perFile: true,
  summary: 'registry.yaml, registry.json and the data in registry.ts say the same thing.',
  description:
    'The three files are outputs of one compile; a hand edit to one of them (usually the YAML) makes them disagree. ' +
    'Each file is compared with the YAML (or, without one, the JSON) by deep equality; the first difference is named ' +
    'by its JSON pointer and reported where it is written in the file that differs. Recompile, or carry the edit over.',
  check(context) {
    const reference = context.primary;
    const released = reference?.data === undefined ? context.released : undefined;
    if (!reference || (reference.data === undefined && !released)) return;
    for (const file of context.files) {
      if (file === reference || file.kind === 'schema' || file.data === undefined) continue;
      // The primary's data let go: its digest tells an equal file at once, and where a file that
      // differs first differs (an item of a list, say); that part is read again from the primary
      // and compared, so that the message names the first difference.
      const difference = released
        ? (file.view ? differenceInItems(file.view, released) : differenceFromDigest(file.data, released))
        : firstDifference(file.data, reference.data);
      if (!difference) continue;
      context.report({
        file,
        pointer: difference.pointer,
        reason: `${basename(file.path)} differs from ${basename(reference.path)} at ${difference.pointer || '/'}: ${show(difference.left)} here, ${show(difference.right)} there`,
      });
    }
  },
  examples: {
    fail: [
      {
        title: 'The YAML was edited, the JSON was not',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-1
                lead: [省教育厅]
          `,
          'registry.json': '{\n  "tasks": [\n    {\n      "id": "task-1",\n      "lead": ["省财政厅"]\n    }\n  ]\n}\n',
        },
        messages: [
          'registry.json:5:16-5:22: registry.json differs from registry.yaml at /tasks/0/lead/0: "省财政厅" here, "省教育厅" there',
        ],
      },
    ],
    pass: [
      {
        title: 'The same data in both files, keys in any order',
        files: {
          'registry.yaml': yaml`
            tasks:
              - lead: [省财政厅]
                id: task-1
          `,
          'registry.json': '{\n  "tasks": [\n    {\n      "id": "task-1",\n      "lead": ["省财政厅"]\n    }\n  ]\n}\n',
        },
        messages: [],
      },
    ],
  },
});

/** `firstDifference(data, primary's data)`, from the primary's digest and the differing part read again; undefined when equal or unreadable. */
function differenceFromDigest(data: unknown, released: ReleasedPrimary): Difference | undefined {
  const part = released.digest.firstDifferingPart(data);
  if (!part) return undefined;
  if (part.key === '') {
    const whole = released.reread();
    return whole && firstDifference(data, whole.value);
  }
  const reference = released.reread(part);
  if (!reference) return undefined;
  const entry = (data as Record<string, unknown>)[part.key];
  const here = part.index === undefined ? entry : (entry as unknown[])[part.index];
  return firstDifference(here, reference.value, part.index === undefined ? [part.key] : [part.key, part.index]);
}

/**
 * `differenceFromDigest` of a file read by its differing items: the rest of it is the primary's
 * data printed, so the first difference is in the first of them that differs from the primary's
 * item at its index (the checker reads whole a file whose items were added or removed without any
 * of them differing so: the first difference would then be past them).
 */
function differenceInItems(view: ItemView, released: ReleasedPrimary): Difference | undefined {
  const part = released.digest.firstDifferingItem(view.list, view.from, view.items);
  if (part?.index === undefined) return undefined;
  const reference = released.reread(part);
  if (!reference) return undefined;
  return firstDifference(view.items[part.index - view.from], reference.value, [part.key, part.index]);
}
