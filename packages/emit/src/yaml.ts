import type { Registry } from '@policyc/model';
import { Document, isMap, isSeq, visit, type Node } from 'yaml';
import { canonicalRegistry } from './canonical.js';
import { generatedBy, sourceRef } from './source-ref.js';

/** Fixed print settings: never fold long lines (policy sentences are long), two-space indent. */
const PRINT = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true } as const;

/**
 * `registry.yaml`: the canonical registry as YAML 1.2, block style for a person to read and edit.
 * Source points are printed inline (`{ line: 3, column: 1, offset: 40 }`) and each task carries a
 * comment naming its source line.
 */
export function emitYaml(registry: Registry): string {
  const data = canonicalRegistry(registry);
  const doc = new Document(data, { version: '1.2' });
  doc.directives!.yaml.explicit = true;
  doc.commentBefore = ` ${generatedBy(registry)}\n Teams may edit this file; \`policyc check\` reports any edit that breaks the registry.`;
  visit(doc, {
    Map(_, node) {
      if (isPoint(node)) node.flow = true;
    },
  });
  const tasks = doc.get('tasks', true) as Node | undefined;
  if (isSeq(tasks)) {
    tasks.items.forEach((item, index) => {
      const ref = sourceRef(data, data.tasks[index]?.position);
      if (ref && isMap(item)) item.commentBefore = ` ${ref}`;
    });
  }
  return doc.toString(PRINT);
}

function isPoint(node: Node): boolean {
  if (!isMap(node) || node.items.length !== 3) return false;
  const keys = node.items.map((pair) => String((pair.key as { value?: unknown } | null)?.value));
  return keys.join() === 'line,column,offset';
}
