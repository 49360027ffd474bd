import type { ts } from 'ts-morph';
import { lineIndex, placeOf } from '../files/lines.js';
import { declarationsOf } from '../files/ts-file.js';
import type { Registry } from '@policyc/model';
import { tsMorph } from '../typecheck.js';
import { defineRule } from './define.js';

/**
 * Each union `registry.ts` declares, and where the ids of its own data it must list exactly are:
 * the field of each item of a list. Read from the data as it is, not from a coerced copy of it (a
 * 20 MB policy's registry: 70 MB for the copy, beside the file's text and data).
 */
export const UNIONS: Record<string, [list: keyof Registry, field: string]> = {
  SectionId: ['sections', 'id'],
  SectionPath: ['sections', 'path'],
  TaskId: ['tasks', 'id'],
  UnitId: ['units', 'id'],
  TargetId: ['targets', 'id'],
};

/** The non-empty strings at `field` of the items of `data[list]` (what the schema has as ids). */
function idsOf(data: unknown, [list, field]: [keyof Registry, string]): string[] {
  const items = data !== null && typeof data === 'object' && Object.hasOwn(data, list) ? (data as Record<string, unknown>)[list] : undefined;
  if (!Array.isArray(items)) return [];
  const ids: string[] = [];
  for (const item of items) {
    const id = item !== null && typeof item === 'object' && Object.hasOwn(item, field) ? (item as Record<string, unknown>)[field] : undefined;
    if (typeof id === 'string' && id !== '') ids.push(id);
  }
  return ids;
}

export const tsIdUnions = defineRule({
  id: 'ts-id-unions',
  severity: 'error',
  origin: 'registry',
  perFile: true,
  summary: 'The id unions in registry.ts list exactly the ids of its data.',
  description:
    'The type-check only proves that the data stays within the unions. A hand edit that widens a union (adds a unit ' +
    'to `UnitId`) would let a typo compile; one that leaves an id out breaks every app that names it. Each union is ' +
    'compared with the ids of the data; extra members are reported where they are written, missing ones at the union.',
  check(context) {
    for (const file of context.files) {
      // A file read by its differing items is read so only when their ids are those of the items they
      // stand in for: its unions are the printing's, and so are the ids of its data.
      if (file.kind !== 'ts' || file.data === undefined || file.view) continue;
      const { ts } = tsMorph();
      // The unions and interfaces only: the data literal is not part of this tree.
      const { source, offset } = declarationsOf(file);
      // The file's lines are indexed only when a finding is placed: most files have none.
      let pointAt: ReturnType<typeof lineIndex> | undefined;
      const placeOfNode = (node: ts.Node) => placeOf((pointAt ??= lineIndex(file.text)), offset(node.getStart(source)), offset(node.getEnd()));
      for (const statement of source.statements) {
        if (!ts.isTypeAliasDeclaration(statement)) continue;
        const union = Object.hasOwn(UNIONS, statement.name.text) ? UNIONS[statement.name.text] : undefined;
        if (!union) continue;
        const wanted = new Set(idsOf(file.data, union));
        const members = literalMembers(statement.type);
        const seen = new Set<string>();
        for (const member of members) {
          seen.add(member.text);
          if (!wanted.has(member.text)) {
            context.report({
              file,
              place: placeOfNode(member),
              reason: `${statement.name.text} lists '${member.text}', which the registry data does not have`,
            });
          }
        }
        const missing = [...wanted].filter((id) => !seen.has(id));
        if (missing.length > 0) {
          context.report({
            file,
            place: placeOfNode(statement.name),
            reason: `${statement.name.text} leaves out ${missing.map((id) => `'${id}'`).join(', ')}`,
          });
        }
      }
    }
  },
  examples: {
    fail: [
      {
        title: 'A unit added to the union but not to the data',
        files: {
          'registry.ts': [
            'export type UnitId =',
            "  | '省财政厅'",
            "  | '省教育厅';",
            'export const registry = {',
            "  units: [{ id: '省财政厅' }],",
            '} as const;',
            '',
          ].join('\n'),
        },
        messages: [
          'registry.ts:3:5-3:11: UnitId lists \'省教育厅\', which the registry data does not have',
        ],
      },
    ],
    pass: [
      {
        title: 'The union and the data agree',
        files: {
          'registry.ts': [
            "export type UnitId = '省财政厅';",
            'export const registry = {',
            "  units: [{ id: '省财政厅' }],",
            '} as const;',
            '',
          ].join('\n'),
        },
        messages: [],
      },
    ],
  },
});

function literalMembers(type: ts.TypeNode): ts.StringLiteral[] {
  const { ts } = tsMorph();
  const types = ts.isUnionTypeNode(type) ? type.types : [type];
  return types.flatMap((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal] : []));
}
