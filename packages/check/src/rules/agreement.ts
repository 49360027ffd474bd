import { basename } from 'node:path';
import { firstDifference, show } from '../diff.js';
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
      // The primary's data let go: its digest tells an equal file at once; a file that differs
      // is compared with the data read again, so that the message names the first difference.
      if (released?.digest.matches(file.data)) continue;
      const referenceData = released ? released.reread() : reference.data;
      if (referenceData === undefined) continue;
      const difference = firstDifference(file.data, referenceData);
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
