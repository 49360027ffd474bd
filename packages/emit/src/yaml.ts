import { createRequire } from 'node:module';
import type { Registry } from '@policyc/model';
import type * as Yaml from 'yaml';
import type { Node } from 'yaml';
import { canonicalItem, canonicalShell } from './canonical.js';
import { generatedBy, sourceRef } from './source-ref.js';

const require = createRequire(import.meta.url);
let yamlModule: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use: some 70 modules that only the YAML output needs, so
 * `--format json` does not pay for them. `require` (yaml ships CommonJS) keeps `emitYaml` synchronous.
 */
function yaml(): typeof Yaml {
  yamlModule ??= require('yaml') as typeof Yaml;
  return yamlModule;
}

/** Fixed print settings: never fold long lines (policy sentences are long), two-space indent. */
const PRINT = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true } as const;

/**
 * `registry.yaml`: the canonical registry as YAML 1.2, block style for a person to read and edit.
 * Source points are printed inline (`{ line: 3, column: 1, offset: 40 }`) and each task carries a
 * comment naming its source line. Strings a YAML 1.1 reader would take for something else are
 * quoted, so PyYAML and the like read the same data as the JSON.
 *
 * The lists (sections, tasks, units, targets) are printed an item at a time and indented into
 * place, byte for byte what printing the whole registry gives: a `yaml` Document of the whole
 * registry holds a node object for every value, several times the text it prints (some 400 MB
 * for a 20 MB policy), all at once. `$schema` always comes first, so the header has a group to go on.
 */
export function emitYaml(registry: Registry): string {
  return [...yamlChunks(registry)].join('');
}

/** `emitYaml`'s text in pieces, as it is printed: the header group, then each list's key and items. */
export function* yamlChunks(registry: Registry): Generator<string> {
  const { Document } = yaml();
  const data = canonicalShell(registry);
  let group: Record<string, unknown> = {};
  let first = true;
  const flush = (): string | undefined => {
    if (!first && Object.keys(group).length === 0) return undefined;
    const doc = new Document(group, { version: '1.2' });
    if (first) {
      doc.directives!.yaml.explicit = true;
      doc.commentBefore = ` ${generatedBy(registry)}\n Teams may edit this file; \`policyc check\` reports any edit that breaks the registry.`;
    }
    first = false;
    group = {};
    return print(doc);
  };
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value) || value.length === 0) {
      group[key] = value;
      continue;
    }
    const header = flush();
    if (header !== undefined) yield header;
    // The key as the printer writes a key (quoted if it must be), then each item nested under it.
    yield `${print(new Document(key, { version: '1.2' })).trimEnd()}:\n`;
    for (const item of value as unknown[]) {
      const ref = key === 'tasks' ? sourceRef(data, (item as Partial<Registry['tasks'][number]> | null)?.position) : null;
      yield* itemChunks(canonicalItem(key, item), ref);
    }
  }
  const rest = flush();
  if (rest !== undefined) yield rest;
}

/** Lists inside an item longer than this are printed this many values at a time. */
const SLICE = 256;

/**
 * One item of a top-level list, as an item of that list, its comment (`ref`) before it. A long
 * list inside it (a unit's `occurrences` and `leads`: thousands of spans and task ids in a long
 * policy) is printed a slice at a time in place of a stand-in value, each slice as a list of its
 * own indented into place: the printer holds a node for every value of what it prints, and
 * builds its text, at once, some 150 MB for the units of a 20 MB policy.
 */
function* itemChunks(item: unknown, ref: string | null): Generator<string> {
  const lists = new Map<string, unknown[]>();
  let shown = item;
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const copy: Record<string, unknown> = { ...item };
    for (const [key, value] of Object.entries(copy)) {
      if (!Array.isArray(value) || value.length <= SLICE) continue;
      // Letters, digits and hyphens only: the printer writes it plain, on a line of its own.
      const standIn = `policyc-list-${lists.size}-${STAND_IN_NONCE}`;
      lists.set(standIn, value);
      copy[key] = [standIn];
    }
    if (lists.size > 0) shown = copy;
  }
  const text = printItem(shown, ref);
  // Each stand-in must be found once, as the only value on its line; else print it whole.
  const places = [...lists.keys()].map((standIn) => text.indexOf(`- ${standIn}\n`));
  if (places.some((at, i) => at < 0 || text.indexOf([...lists.keys()][i]!, at + 2 + [...lists.keys()][i]!.length) >= 0)) {
    yield printItem(item, ref);
    return;
  }
  let from = 0;
  for (const [i, [standIn, list]] of [...lists].entries()) {
    const at = places[i]!;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const indent = text.slice(lineStart, at);
    yield text.slice(from, lineStart);
    for (let start = 0; start < list.length; start += SLICE) {
      yield print(new (yaml().Document)(list.slice(start, start + SLICE), { version: '1.2' })).replace(/^(?=.)/gmu, indent);
    }
    from = at + standIn.length + 3;
  }
  yield text.slice(from);
}

/** Random, so that no policy's text can hold a stand-in. */
const STAND_IN_NONCE = Math.random().toString(36).slice(2);

function printItem(item: unknown, ref: string | null): string {
  const doc = new (yaml().Document)([item], { version: '1.2' });
  const node = (doc.contents as Yaml.YAMLSeq).items[0] as Node;
  if (ref && yaml().isMap(node)) node.commentBefore = ` ${ref}`;
  // Blank lines stay blank (inside a block scalar the printer writes them without indentation).
  return print(doc).replace(/^(?=.)/gmu, '  ');
}

/** Prints one document with the fixed settings, points in flow style, 1.1 look-alikes quoted. */
function print(doc: Yaml.Document): string {
  const { Scalar, visit } = yaml();
  visit(doc, {
    Map(_, node) {
      if (isPoint(node)) node.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && readsOtherwiseInYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString(PRINT);
}

function isPoint(node: Node): boolean {
  if (!yaml().isMap(node) || node.items.length !== 3) return false;
  const keys = node.items.map((pair) => String((pair.key as { value?: unknown } | null)?.value));
  return keys.join() === 'line,column,offset';
}

/**
 * The YAML 1.1 schema's implicit tags other than `str`, as the `yaml` library defines them: bool
 * (`yes`, `NO`, `on`, `y`), null (`~`), int (`0777` octal, `1_000`, `1:20` sexagesimal), float
 * (`.inf`), timestamp (`2018-12-21`), merge (`<<`). The 1.2 core schema resolves none of these, so
 * the 1.2 printer would leave them plain.
 */
let yaml11Tests: readonly RegExp[] | undefined;

function yaml11(): readonly RegExp[] {
  yaml11Tests ??= new (yaml().Document)(null, { version: '1.1' }).schema.tags
    .filter((tag) => tag.tag !== 'tag:yaml.org,2002:str' && tag.test instanceof RegExp)
    .map((tag) => tag.test!);
  return yaml11Tests;
}

/**
 * What 1.1 readers resolve beyond the library's tags: booleans and nulls in any letter case
 * (readers differ in which spellings they accept), and `=`, the 1.1 `!!value` key, which PyYAML
 * resolves (and then fails to construct) but the `yaml` library does not implement.
 */
const OTHER_READERS = /^(?:y|yes|n|no|on|off|true|false|null|=)$/iu;

/** Whether a plain scalar with this text would not read back as a string under YAML 1.1. */
function readsOtherwiseInYaml11(text: string): boolean {
  return OTHER_READERS.test(text) || yaml11().some((test) => test.test(text));
}
