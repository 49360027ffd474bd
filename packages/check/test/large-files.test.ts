/**
 * The readers and the type-check on registries of long policies (issue 8): a `registry.ts` is read
 * with the scanner, a `registry.yaml` an entry and an item at a time, and the type-check runs a
 * slice of the data at a time. Each must give what reading the whole syntax tree or document
 * gives: the same data, problems and places.
 */
import { emitAll } from '@policyc/emit';
import type { Registry } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../src/files/json-file.js';
import { toPointer } from '../src/files/pointer.js';
import type { RegistryFile } from '../src/files/registry-file.js';
import { declarationsOf, readTree, readTsFile } from '../src/files/ts-file.js';
import { parseYaml, readYamlFile, yamlLocator } from '../src/files/yaml-file.js';
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
    expect(typeCheckFile(file, 4000)).toEqual(whole);
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
    expect(typeCheckFile(readTsFile('registry.ts', broken), 4000)).toEqual(whole);
  }, 60_000);

  it('reports a problem outside the lists once, even where the whole file\'s check hides it behind others', () => {
    const broken = files['registry.ts']!.replace('recurring: false,', 'recurring: 3,').replace("schemaVersion: '", "stray: 1, schemaVersion: '");
    const whole = typeCheck(broken);
    const sliced = typeCheckFile(readTsFile('registry.ts', broken), 4000);
    expect(sliced).toEqual(expect.arrayContaining(whole));
    // The excess property is reported by the slices without the broken item.
    expect(sliced.filter((d) => d.reason.includes("'stray'"))).toHaveLength(1);
  }, 60_000);
});

describe('registry.yaml read an entry and an item at a time', () => {
  const wholeRead = (text: string) => {
    const { doc, lineCounter } = parseYaml(text);
    return { data: doc.errors.length > 0 ? undefined : doc.toJS(), errors: doc.errors.length, locate: yamlLocator(text, doc, lineCounter) };
  };

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
});
