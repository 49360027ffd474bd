import { emitSchema, narrowSchema } from '@policyc/emit';
import { parse } from 'yaml';
import { coerceRegistry } from '../coerce.js';
import { basename } from 'node:path';
import { firstDifference, show } from '../diff.js';
import { defineRule, yaml } from './define.js';

export const schemaDrift = defineRule({
  id: 'schema-drift',
  severity: 'error',
  origin: 'registry',
  perFile: true,
  summary: 'registry.schema.json is the published schema narrowed to this registry\'s own ids.',
  description:
    'Apps validate against `registry.schema.json`, whose enums list the policy\'s unit, task, section and target ids. ' +
    'When the registry gains or loses an id (a hand edit, a recompile without `--format all`), the schema is stale. ' +
    'The first difference is named by its JSON pointer in the schema file. Regenerate it with `policyc compile --format all`.',
  check(context) {
    const schemaFile = context.files.find((f) => f.kind === 'schema' && f.data !== undefined);
    if (!schemaFile || !context.primary || context.primary.data === undefined) return;
    // The ids and the title are all it reads, the same in any key order: no ordered copy of the
    // whole registry (tens of megabytes for a 20 MB policy), as `emitSchema` makes none.
    const expected = narrowSchema(context.registry);
    const difference = firstDifference(schemaFile.data, expected);
    if (!difference) return;
    context.report({
      file: schemaFile,
      pointer: difference.pointer,
      reason: `${basename(schemaFile.path)} is stale at ${difference.pointer}: ${show(difference.left)} here, ${show(difference.right)} for ${basename(context.primary.path)}`,
    });
  },
  examples: {
    fail: [
      {
        title: 'A unit added to the YAML after the schema was written',
        files: { 'registry.yaml': withUnits(['省财政厅', '省教育厅']), 'registry.schema.json': schemaFor(['省财政厅']) },
        messages: [
          'registry.schema.json:355:21-355:22: registry.schema.json is stale at /$defs/Task/properties/lead/items/enum/1: nothing here, "省教育厅" for registry.yaml',
        ],
      },
    ],
    pass: [
      {
        title: 'The schema written for this registry',
        files: { 'registry.yaml': withUnits(['省财政厅']), 'registry.schema.json': schemaFor(['省财政厅']) },
        messages: [],
      },
    ],
  },
});

function withUnits(units: string[]): string {
  return yaml`
    document: { title: 示例 }
    units:
${units.map((u) => `      - { id: ${u} }`).join('\n')}
  `;
}

function schemaFor(units: string[]): string {
  return emitSchema(coerceRegistry(parse(withUnits(units))));
}
