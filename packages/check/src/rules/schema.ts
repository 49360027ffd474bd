import { itemSchemaFindings, publishedSchemaFindings } from '../schema-errors.js';
import { defineRule, yaml } from './define.js';

export const schema = defineRule({
  id: 'schema',
  severity: 'error',
  origin: 'registry',
  perFile: true,
  summary: 'Every registry file validates against the published JSON Schema (all errors, each at its line).',
  description:
    'The JSON, the YAML and the TypeScript data are each validated with ajv against the registry schema ' +
    '(see docs/registry-format.md). Every violation is reported, at the line and column of the value in that file ' +
    '(for an unknown property, at its name), with the policy sentence the value came from as a related place.',
  check(context) {
    for (const file of context.files) {
      if (file.kind === 'schema' || file.data === undefined) continue;
      // A file read by its differing items (the rest the printing of valid data): those items alone.
      const findings = file.view ? itemSchemaFindings(file.view.list, file.view.from, file.view.items) ?? [] : publishedSchemaFindings(file.data);
      for (const finding of findings) {
        context.report({ file, pointer: finding.pointer, key: finding.key, reason: finding.reason });
      }
    }
  },
  examples: {
    fail: [
      {
        title: 'A hand edit that writes a number as text and misspells a property',
        files: {
          'registry.yaml': yaml`
            schemaVersion: 2.0.0
            document: { title: null, docNumber: null, addressees: [], issuer: null, date: null, planTitle: null, source: null, convention: null }
            sections: []
            tasks: []
            units: []
            targets:
              - id: target-1
                path: ""
                text: 10亿元
                metric: null
                value: 十
                min: null
                max: null
                unit: 亿元
                comparator: eq
                kind: level
                deadline: "2020"
                inclusive: null
                aggregation: null
                baseline: null
                recurring: false
                partOf: null
                positon: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } }
          `,
        },
        messages: [
          'registry.yaml:7:5-7:17: /targets/0 must have required property \'position\'',
          'registry.yaml:11:12-11:13: /targets/0/value must be number or null',
          'registry.yaml:23:5-23:12: /targets/0 has unknown property \'positon\'',
        ],
      },
    ],
    pass: [
      {
        title: 'An empty but complete registry',
        files: {
          'registry.yaml': yaml`
            schemaVersion: 2.0.0
            document: { title: null, docNumber: null, addressees: [], issuer: null, date: null, planTitle: null, source: null, convention: null }
            sections: []
            tasks: []
            units: []
            targets: []
          `,
        },
        messages: [],
      },
    ],
  },
});
