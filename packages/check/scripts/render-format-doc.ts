/**
 * docs/registry-format.md: the registry format, generated from the published JSON Schema so the
 * page and the validator cannot disagree.
 */
import { registrySchema, SCHEMA_ID, SCHEMA_VERSION } from '@policyc/model';

type Schema = { [key: string]: unknown };

export function renderFormatDoc(): Record<string, string> {
  const root = registrySchema as unknown as Schema;
  const defs = registrySchema.$defs as unknown as Record<string, Schema>;
  const lines = [
    '<!-- Generated from packages/model/src/schema.ts by `pnpm --filter @policyc/check docs`. Do not edit. -->',
    '',
    '# The registry format',
    '',
    `${String(root['description'])}`,
    '',
    `- Schema: JSON Schema draft 2020-12, \`$id\` \`${SCHEMA_ID}\``,
    `- Version: \`schemaVersion\` \`${SCHEMA_VERSION}\``,
    '- Files: `registry.json` and `registry.yaml` hold the same data; `registry.ts` holds it as',
    '  `export const registry = { … } as const satisfies Registry` with literal unions of the policy\'s ids;',
    '  `registry.schema.json` is this schema narrowed to one policy (its ids as enums).',
    '- Positions (`Span`) are against the original policy text: 1-based line and column, 0-based offset,',
    '  counted in UTF-16 code units.',
    '',
    '## Registry',
    '',
    ...table(root),
    ...Object.entries(defs).flatMap(([name, schema]) => [`## ${name}`, '', ...(schema['description'] ? [String(schema['description']), ''] : []), ...table(schema)]),
  ];
  return { 'docs/registry-format.md': `${lines.join('\n').trimEnd()}\n` };
}

function table(schema: Schema): string[] {
  const properties = schema['properties'] as Record<string, Schema>;
  const required = new Set(schema['required'] as string[]);
  const rows = Object.entries(properties).map(([name, property]) => {
    const notes = [property['description'], constraint(property)].filter(Boolean).join(' ');
    return `| \`${name}\` | ${typeText(property)} | ${required.has(name) ? 'yes' : 'no'} | ${notes.replaceAll('|', '\\|')} |`;
  });
  const closed = schema['additionalProperties'] === false ? ['No other properties are allowed.', ''] : [];
  return ['| property | type | required | notes |', '|---|---|---|---|', ...rows, '', ...closed];
}

function typeText(schema: Schema): string {
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = ref.replace('#/$defs/', '');
    return `[${name}](#${name.toLowerCase()})`;
  }
  if (Array.isArray(schema['anyOf'])) return (schema['anyOf'] as Schema[]).map(typeText).join(' \\| ');
  if (Array.isArray(schema['enum'])) return (schema['enum'] as unknown[]).map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (schema['type'] === 'array') return `${typeText(schema['items'] as Schema)}[]`;
  return String(schema['type'] ?? 'any');
}

/** Patterns and bounds, in words, wherever they sit (inside an `anyOf` too). */
function constraint(schema: Schema): string {
  const parts: string[] = [];
  const visit = (s: Schema) => {
    if (typeof s['pattern'] === 'string') parts.push(`Pattern \`${s['pattern']}\`.`);
    if (typeof s['minimum'] === 'number') parts.push(`At least ${s['minimum']}.`);
    for (const branch of (s['anyOf'] as Schema[] | undefined) ?? []) visit(branch);
    if (s['items']) visit(s['items'] as Schema);
  };
  visit(schema);
  return parts.join(' ');
}
