import { defineRule, yaml } from './define.js';

export const registrySyntax = defineRule({
  id: 'registry-syntax',
  severity: 'error',
  origin: 'registry',
  perFile: true,
  summary: 'Every registry file parses: YAML 1.2, strict JSON, or a TypeScript literal.',
  description:
    'A file that does not parse cannot be checked any further. Hand edits to `registry.yaml` most often break it ' +
    'through indentation or a key written twice; the position is where the parser stopped. `registry.ts` is read ' +
    'without running it, and holds only what policyc writes: exported types and interfaces, and `export const registry` ' +
    'with a literal; any other statement (a call, an assignment, a loop, an import) is an error, since importing the file would run it.',
  check(context) {
    for (const file of context.files) {
      for (const problem of file.problems) context.report({ file, place: problem.place, reason: problem.reason });
    }
  },
  examples: {
    fail: [
      {
        title: 'A key written twice in a hand-edited YAML file',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-1
                lead: [省财政厅]
                lead: [省教育厅]
          `,
        },
        messages: ['registry.yaml:4:5-4:6: Map keys must be unique'],
      },
      {
        title: 'A trailing comma in JSON',
        files: { 'registry.json': '{\n  "units": [],\n}\n' },
        messages: ["registry.json:3:1-3:2: Invalid JSON: Expected a property name in double quotes, found '}' (a trailing comma?)"],
      },
      {
        title: 'Code appended to registry.ts, which any importer would run',
        files: { 'registry.ts': "export const registry = { units: [] } as const;\nObject.prototype.isAdmin = true;\n" },
        messages: [
          'registry.ts:2:1-2:33: registry.ts holds a statement policyc does not write (ExpressionStatement `Object.prototype.isAdmin = true;`): importing the file would run it; regenerate registry.ts',
        ],
      },
    ],
    pass: [
      {
        title: 'Well-formed YAML',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-1
                lead: [省财政厅]
          `,
        },
        messages: [],
      },
    ],
  },
});
