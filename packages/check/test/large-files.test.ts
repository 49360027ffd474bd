/**
 * The readers and the type-check on registries of long policies (issue 8): a `registry.ts` is read
 * with the scanner, a `registry.yaml` an entry and an item at a time, and the type-check runs a
 * slice of the data at a time. Each must give what reading the whole syntax tree or document
 * gives: the same data, problems and places.
 */
import { createHash } from 'node:crypto';
import { emitAll, emitTypeScript, typeScriptPieces } from '@policyc/emit';
import type { Registry } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../src/files/json-file.js';
import { toPointer } from '../src/files/pointer.js';
import type { RegistryFile } from '../src/files/registry-file.js';
import { declarationsOf, literalOf, readTree, readTsFile } from '../src/files/ts-file.js';
import { printedItems, printedTypeScript } from '../src/files/ts-printed.js';
import { jsonTopIndex } from '../src/files/json-top.js';
import { parseYaml, readYamlFile, readYamlPart, readYamlPartFromLines, topIndex, yamlLocator } from '../src/files/yaml-file.js';
import { typeCheck, typeCheckFile } from '../src/typecheck.js';
import { smallRegistry } from './helpers.js';

/** The small registry's tasks and targets repeated under new ids, one unit leading them all. */
function repeated(times: number): Registry {
  const registry = smallRegistry();
  for (let n = 1; n < times; n++) {
    registry.tasks.push(...smallRegistry().tasks.map((task) => ({ ...task, id: `${task.id}-${n}` })));
    registry.targets.push(...smallRegistry().targets.map((target) => ({ ...target, id: `${target.id}-${n}`, partOf: null })));
  }
  registry.units[0] = { ...registry.units[0]!, leads: registry.tasks.map((task) => task.id) };
  return registry;
}

const files = emitAll(repeated(120));
/** Smaller, for the tests that locate every value (each a parse of the item that holds it). */
const small = emitAll(repeated(30));

/** Every JSON pointer into `data`, and some that lead nowhere. */
function pointers(data: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, segments: (string | number)[]) => {
    found.push(toPointer(segments));
    if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...segments, key]);
  };
  walk(data, []);
  return [...found, '/tasks/99999/id', '/nothing/here', '/tasks/1.5', '/document/nothing/x', '/tasks/0/nothing/x'];
}

function samePlaces(file: RegistryFile, reference: (pointer: string, key?: boolean) => unknown): void {
  for (const pointer of pointers(file.data)) {
    for (const key of [false, true]) expect(file.locate(pointer, key), `${pointer} ${key}`).toEqual(reference(pointer, key));
  }
}

describe('registry.ts read with the scanner', () => {
  it('gives the data, problems and places reading the syntax tree gives', () => {
    const text = small['registry.ts']!;
    const file = readTsFile('r/registry.ts', text);
    const tree = readTree('r/registry.ts', text);
    expect(file.data).toEqual(tree.data);
    expect(file.problems).toEqual([]);
    samePlaces(file, (pointer, key) => tree.locate(pointer, key));
  });

  it('reads the literals a hand edit may write: keywords and numbers as keys, `-` numbers, comments, templates', () => {
    const text = [
      'export type X = string;',
      '/** data */',
      "export const registry = { default: 1, 'a b': -2.5e3, 3: `t`, __proto__: { x: [] }, /* c */ n: null, t: true, f: false, 'q\\'': [1, [2], {}], } as const;",
      '',
    ].join('\n');
    const file = readTsFile('registry.ts', text);
    const tree = readTree('registry.ts', text);
    expect(file.data).toEqual(tree.data);
    expect(Object.getPrototypeOf(file.data)).toEqual(Object.getPrototypeOf(tree.data));
    samePlaces(file, (pointer, key) => tree.locate(pointer, key));
  });

  it('leaves what is not a plain literal to the syntax tree, which says where it is', () => {
    for (const data of ['{ ...other }', "{ a: 'x' as string }", '{ a: f() }', '{ [k]: 1 }', '{ a }', '[1,,2]']) {
      const text = `const other = {};\nexport const registry = ${data};\n`;
      expect(readTsFile('registry.ts', text)).toMatchObject({ data: readTree('registry.ts', text).data, problems: readTree('registry.ts', text).problems });
    }
  });

  it('reports statements around the data where they are written', () => {
    const text = `${files['registry.ts']!}eval('1');\n`;
    expect(readTsFile('registry.ts', text).problems).toEqual(readTree('registry.ts', text).problems);
    expect(readTsFile('registry.ts', text).problems).toHaveLength(1);
  });

  it('keeps a syntax tree of the declarations only', () => {
    const file = readTsFile('registry.ts', files['registry.ts']!);
    const { source } = declarationsOf(file);
    expect(source.getFullText()).toContain('export type TaskId');
    expect(source.getFullText()).not.toContain(repeated(1).tasks[0]!.text);
  });

  it('type-checks the data a slice at a time, with the diagnostics of the whole file', () => {
    let n = 0;
    // A unit no union has in a few tasks far apart, and a number for a string.
    const broken = files['registry.ts']!
      .replace(/lead: \['([^']+)'\]/gu, (all, unit: string) => (n++ % 90 === 7 ? `lead: ['${unit}X']` : all))
      .replace('recurring: false,', 'recurring: 3,');
    const file = readTsFile('registry.ts', broken);
    const whole = typeCheck(broken);
    expect(whole.length).toBeGreaterThanOrEqual(3);
    expect(typeCheckFile(file, { sliceChars: 4000 })).toEqual(whole);
  }, 60_000);

  it('checks the id unions whole where a type could need every member (a mapped type)', () => {
    // A union member no value names, and a type that needs a key for each member (and takes any
    // other): only the whole union finds the key missing, so the slices must not narrow the unions.
    const units = repeated(120).units.map((unit) => `'${unit.id}': 1`).join(', ');
    const broken = files['registry.ts']!
      .replace(/(export type UnitId =[^;]*);/u, "$1 | '省未用厅';")
      .replace('export interface Registry {', 'export interface Registry {\n  readonly weights: { readonly [K in UnitId]: number } & { readonly [name: string]: number };')
      .replace("schemaVersion: '", `weights: { ${units} }, schemaVersion: '`);
    const whole = typeCheck(broken);
    expect(whole.map((d) => d.reason).join('\n')).toContain('省未用厅');
    expect(typeCheckFile(readTsFile('registry.ts', broken), { sliceChars: 4000 })).toEqual(whole);
  }, 60_000);

  it('reports a problem outside the lists once, even where the whole file\'s check hides it behind others', () => {
    const broken = files['registry.ts']!.replace('recurring: false,', 'recurring: 3,').replace("schemaVersion: '", "stray: 1, schemaVersion: '");
    const whole = typeCheck(broken);
    const sliced = typeCheckFile(readTsFile('registry.ts', broken), { sliceChars: 4000 });
    expect(sliced).toEqual(expect.arrayContaining(whole));
    // The excess property is reported by the slices without the broken item.
    expect(sliced.filter((d) => d.reason.includes("'stray'"))).toHaveLength(1);
  }, 60_000);
});

describe('registry.ts type-checked only where it is not as policyc prints it', () => {
  const registry = repeated(120);
  const text = emitTypeScript(registry);
  const printed = printedTypeScript(typeScriptPieces(registry));
  // A unit no union has, in one task: what a hand edit of one item looks like.
  const editOne = (from: string) => {
    let n = 0;
    return from.replace(/lead: \['([^']+)'\]/gu, (all, unit: string) => (n++ === 50 ? `lead: ['${unit}X']` : all));
  };

  it('knows the printed file as printed, item by item', () => {
    const file = readTsFile('registry.ts', text);
    const items = printedItems(text, literalOf(file)!, printed)!;
    expect([...items.values()].flat().every(Boolean)).toBe(true);
    expect(printed.text).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('tells the edited item from the printed ones', () => {
    const file = readTsFile('registry.ts', editOne(text));
    const items = printedItems(file.text, literalOf(file)!, printed)!;
    expect(items.get('tasks')!.filter((same) => !same)).toHaveLength(1);
    expect(items.get('targets')!.every(Boolean)).toBe(true);
  });

  it('reports what the whole file\'s check reports for an edited item', () => {
    const edited = editOne(text);
    const whole = typeCheck(edited);
    expect(whole).toHaveLength(1);
    expect(typeCheckFile(readTsFile('registry.ts', edited), { printed, sliceChars: 4000 })).toEqual(whole);
  }, 60_000);

  it('does not type-check the items printed as policyc prints them', () => {
    // Printed from data whose unit is in no union: the printing does not compile, yet the items
    // are taken as printed (the check asks for them only when the data is clean), so skipped.
    const dangling = repeated(120);
    dangling.tasks[50] = { ...dangling.tasks[50]!, lead: ['省不存在厅'] };
    const danglingText = emitTypeScript(dangling);
    expect(typeCheck(danglingText)).toHaveLength(1);
    const file = readTsFile('registry.ts', danglingText);
    expect(typeCheckFile(file, { printed: printedTypeScript(typeScriptPieces(dangling)), sliceChars: 4000 })).toEqual([]);
    expect(typeCheckFile(file, { sliceChars: 4000 })).toEqual(typeCheck(danglingText));
  }, 60_000);

  it('type-checks every item when the text around them was edited (the unions, say)', () => {
    const edited = editOne(text).replace(/(export type UnitId =[^;]*);/u, "$1 | '省新增厅';");
    const file = readTsFile('registry.ts', edited);
    expect(printedItems(file.text, literalOf(file)!, printed)).toBeUndefined();
    expect(typeCheckFile(file, { printed, sliceChars: 4000 })).toEqual(typeCheck(edited));
  }, 60_000);
});

describe('registry.yaml read an entry and an item at a time', () => {
  const wholeRead = (text: string) => {
    const { doc, lineCounter } = parseYaml(text);
    return { data: doc.errors.length > 0 ? undefined : doc.toJS(), errors: doc.errors.length, locate: yamlLocator(text, doc, lineCounter) };
  };

  it('reads a part from the lines of a file as from its whole text', () => {
    const text = small['registry.yaml']!;
    const data = readYamlFile('registry.yaml', text).data as Record<string, unknown>;
    const variants = [text, text.replaceAll('\n', '\r\n'), text.replace('\ntasks:\n', '\n# the tasks\ntasks:  # edited by hand\n\n')];
    for (const variant of variants) {
      const lines = variant.split('\n');
      for (const [key, value] of Object.entries(data)) {
        if (!Array.isArray(value)) {
          expect(readYamlPartFromLines(lines, { key }), key).toEqual(readYamlPart(variant, { key }));
          continue;
        }
        for (let index = 0; index <= value.length; index++) {
          expect(readYamlPartFromLines(lines, { key, index }), `${key}/${index}`).toEqual(readYamlPart(variant, { key, index }));
        }
      }
      expect(readYamlPartFromLines(lines, { key: 'nothing' })).toEqual({ value: undefined });
    }
    expect(readYamlPartFromLines(['units: []', 'tasks:', '  - id: a', '  - id: b'], { key: 'tasks', index: 1 })).toEqual({ value: { id: 'b' } });
    expect(readYamlPartFromLines(['units: [x, y]'], { key: 'units', index: 1 })).toEqual({ value: 'y' });
    // Left to the whole read: a quoted key, a byte-order mark, items that are not a block list.
    expect(readYamlPartFromLines(['"tasks":', '  - id: a'], { key: 'tasks', index: 0 })).toBeUndefined();
    expect(readYamlPartFromLines(['\uFEFFtasks:', '  - id: a'], { key: 'tasks', index: 0 })).toBeUndefined();
    expect(readYamlPartFromLines(['tasks:', '  a: 1'], { key: 'tasks', index: 0 })).toBeUndefined();
    // A key written otherwise than plain ("tasks :") may be the one asked for: not found is unsure.
    expect(readYamlPartFromLines(['tasks :', '  - a'], { key: 'tasks', index: 0 })).toBeUndefined();
    expect(readYamlPartFromLines(['units: []', 'tasks:', '  - a'], { key: 'targets', index: 0 })).toEqual({ value: undefined });
  });

  it('reads one entry or one item alone as the whole read has it', () => {
    const text = small['registry.yaml']!;
    const data = readYamlFile('registry.yaml', text).data as Record<string, unknown>;
    for (const [key, value] of Object.entries(data)) {
      if (!Array.isArray(value)) {
        expect(readYamlPart(text, { key })).toEqual({ value });
        continue;
      }
      value.forEach((item, index) => expect(readYamlPart(text, { key, index })).toEqual({ value: item }));
      expect(readYamlPart(text, { key, index: value.length })).toEqual({ value: undefined });
    }
    expect(readYamlPart(text, { key: 'nothing' })).toEqual({ value: undefined });
    // A whole list is left to the whole read.
    expect(readYamlPart(text, { key: 'tasks' })).toBeUndefined();
    expect(readYamlPart('- a\n- b\n', { key: 'tasks', index: 0 })).toBeUndefined();
  });

  it('gives the data and places reading the whole document gives', () => {
    const text = small['registry.yaml']!;
    const whole = wholeRead(text);
    const file = readYamlFile('registry.yaml', text);
    expect(file.data).toEqual(whole.data);
    samePlaces(file, whole.locate);
  });

  it('reads hand-edited layouts the same, and leaves the rest to the whole document', () => {
    const texts = [
      '# edited\n$schema: x\n"document":\n  title: "a\n    b"\ntasks:\n- id: a\n  lead:\n  - x\n  # gone\n- id: b\n  text: >\n    folded\n\n# end\nunits: []\n',
      '%YAML 1.2\n---\ntasks:\n  - "yes"\n  - 2018-12-21\n  - ~\n  -\n  - - 1\n    - 2\n  - |\n    block\n     more\n',
      'document: &d\n  title: t\ntasks:\n  - id: a\n    copy: *d\n',
      'tasks:\n  - id: a\n  - id: b\nnull: 3\n\'x y\': [1,\n  2]\n',
      'a: 1\na: 2\n',
      'a: 1\n---\nb: 2\n',
      'tasks:\n  - id: a\n   bad: 1\n',
      'tasks:\n  - id: a\n    text: "multi\n  - not an item"\n',
    ];
    for (const text of texts) {
      const whole = wholeRead(text);
      const file = readYamlFile('registry.yaml', text);
      expect(file.data, text).toEqual(whole.data);
      expect(file.problems.length > 0, text).toBe(whole.errors > 0);
      if (file.data !== undefined) samePlaces(file, whole.locate);
    }
  });

  it('finds places in JSON the same way', () => {
    const text = small['registry.json']!;
    const { doc, lineCounter } = parseYaml(text);
    samePlaces(readJsonFile('registry.json', text), yamlLocator(text, doc, lineCounter));
  });

  it('finds the top level of JSON in one pass where the yaml document has it', () => {
    const texts = [
      small['registry.json']!,
      // On one line: each place parses the line, so a short registry.
      JSON.stringify(JSON.parse(emitAll(smallRegistry())['registry.json']!)),
      '\uFEFF{ "a" : [ 1 , "x,]}" , {"b":[2,{}]} ,[] ] ,"a":3, "c\\"d": null, "e": -1.5e3, "f": "\\"}" }\n',
      '{}',
      '  {\r\n\t"tasks": []\r\n}\r\n',
    ];
    for (const text of texts) {
      expect(jsonTopIndex(text), text.slice(0, 40)).toEqual(topIndex(parseYaml(text).doc));
      const { doc, lineCounter } = parseYaml(text);
      samePlaces(readJsonFile('registry.json', text), yamlLocator(text, doc, lineCounter));
    }
    // Not an object: left to the yaml document.
    for (const text of ['[1, 2]', '"x"', '{"a": 1', '{"a" 1}']) expect(jsonTopIndex(text)).toBeUndefined();
  });
});
