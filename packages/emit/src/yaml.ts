import type { Registry } from '@policyc/model';
import { Document, isMap, isSeq, Scalar, visit, type Node } from 'yaml';
import { canonicalRegistry } from './canonical.js';
import { generatedBy, sourceRef } from './source-ref.js';

/** Fixed print settings: never fold long lines (policy sentences are long), two-space indent. */
const PRINT = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true } as const;

/**
 * `registry.yaml`: the canonical registry as YAML 1.2, block style for a person to read and edit.
 * Source points are printed inline (`{ line: 3, column: 1, offset: 40 }`) and each task carries a
 * comment naming its source line. Strings a YAML 1.1 reader would take for something else are
 * quoted, so PyYAML and the like read the same data as the JSON.
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
    Scalar(_, node) {
      if (typeof node.value === 'string' && readsOtherwiseInYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE;
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

/**
 * The YAML 1.1 schema's implicit tags other than `str`, as the `yaml` library defines them: bool
 * (`yes`, `NO`, `on`, `y`), null (`~`), int (`0777` octal, `1_000`, `1:20` sexagesimal), float
 * (`.inf`), timestamp (`2018-12-21`), merge (`<<`). The 1.2 core schema resolves none of these, so
 * the 1.2 printer would leave them plain.
 */
const YAML_11_TESTS: readonly RegExp[] = new Document(null, { version: '1.1' }).schema.tags
  .filter((tag) => tag.tag !== 'tag:yaml.org,2002:str' && tag.test instanceof RegExp)
  .map((tag) => tag.test!);

/**
 * What 1.1 readers resolve beyond the library's tags: booleans and nulls in any letter case
 * (readers differ in which spellings they accept), and `=`, the 1.1 `!!value` key, which PyYAML
 * resolves (and then fails to construct) but the `yaml` library does not implement.
 */
const OTHER_READERS = /^(?:y|yes|n|no|on|off|true|false|null|=)$/iu;

/** Whether a plain scalar with this text would not read back as a string under YAML 1.1. */
function readsOtherwiseInYaml11(text: string): boolean {
  return OTHER_READERS.test(text) || YAML_11_TESTS.some((test) => test.test(text));
}
