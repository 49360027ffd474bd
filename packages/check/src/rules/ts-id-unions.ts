import type { ts } from 'ts-morph';
import { coerceRegistry } from '../coerce.js';
import { lineIndex, placeOf } from '../files/lines.js';
import { declarationsOf } from '../files/ts-file.js';
import type { Registry } from '@policyc/model';
import { tsMorph } from '../typecheck.js';
import { defineRule } from './define.js';

/** Each union `registry.ts` declares, and the ids of its own data it must list exactly. */
const UNIONS: Record<string, (registry: Registry) => string[]> = {
  SectionId: (r) => r.sections.map((s) => s.id),
  SectionPath: (r) => r.sections.map((s) => s.path),
  TaskId: (r) => r.tasks.map((t) => t.id),
  UnitId: (r) => r.units.map((u) => u.id),
  TargetId: (r) => r.targets.map((t) => t.id),
};

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
      if (file.kind !== 'ts' || file.data === undefined) continue;
      const { ts } = tsMorph();
      const registry = coerceRegistry(file.data);
      // The unions and interfaces only: the data literal is not part of this tree.
      const { source, offset } = declarationsOf(file);
      const pointAt = lineIndex(file.text);
      const placeOfNode = (node: ts.Node) => placeOf(pointAt, offset(node.getStart(source)), offset(node.getEnd()));
      for (const statement of source.statements) {
        if (!ts.isTypeAliasDeclaration(statement)) continue;
        const ids = UNIONS[statement.name.text];
        if (!ids) continue;
        const wanted = new Set(ids(registry).filter((id) => id !== ''));
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
