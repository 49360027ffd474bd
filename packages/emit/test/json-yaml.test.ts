import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { validateRegistry, SCHEMA_ID } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { canonicalRegistry, emitJson, emitYaml } from '../src/index.js';
import { smallRegistry } from './fixtures/small.js';

/**
 * The small registry with strings a YAML 1.1 reader (PyYAML, SnakeYAML, go-yaml v2) resolves to
 * something other than a string when they are written plain: a timestamp, booleans in their 1.1
 * spellings, an octal, a sexagesimal, numbers with underscores, null and float spellings.
 */
function yaml11Lookalikes() {
  const registry = smallRegistry();
  registry.document = { ...registry.document, date: '2018-12-21', docNumber: '2018-12-21 10:00:00', issuer: '省人民政府办公厅', convention: '~' };
  registry.document.addressees = ['y', 'N', 'yes', 'Off', 'ON', 'True', 'yEs', 'Null', 'NULL', '.inf', '-.Inf', '.NaN', '<<', '='];
  registry.sections[1]!.title = '0777';
  registry.sections[2]!.marker = '1:20';
  registry.sections[3]!.title = '1_000';
  registry.sections[4]!.title = '0b1010';
  registry.sections[5]!.title = '0x_1F';
  registry.tasks[0]!.clauses = ['190:20:30.15', '6.8523015e+5', '1_000.5', '+12_345', '2001-12-14t21:59:43.10-05:00'];
  registry.units[0]!.id = 'NO';
  registry.units[0]!.name = 'off';
  registry.tasks[0]!.lead = ['NO'];
  return registry;
}

/** The same registry with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

describe('emitJson', () => {
  it('writes $schema and schemaVersion first, and validates against the published schema', () => {
    const json = JSON.parse(emitJson(smallRegistry()));
    expect(Object.keys(json).slice(0, 2)).toEqual(['$schema', 'schemaVersion']);
    expect(json.$schema).toBe(SCHEMA_ID);
    expect(validateRegistry(json).errors).toEqual([]);
  });

  it('prints the same bytes whatever order the keys were built in', () => {
    const registry = smallRegistry();
    expect(emitJson(reversedKeys(registry) as typeof registry)).toBe(emitJson(registry));
  });

  it('keeps array order as given (nothing is sorted)', () => {
    const registry = smallRegistry();
    registry.units.reverse();
    expect(JSON.parse(emitJson(registry)).units.map((u: { id: string }) => u.id)).toEqual(registry.units.map((u) => u.id));
  });

  it('keeps keys the schema does not know rather than dropping them', () => {
    const registry = { ...smallRegistry(), extra: 1 } as ReturnType<typeof smallRegistry>;
    expect(JSON.parse(emitJson(registry)).extra).toBe(1);
  });
});

describe('emitYaml', () => {
  it('reads back as the same data as the JSON', () => {
    const registry = smallRegistry();
    expect(parse(emitYaml(registry))).toEqual(JSON.parse(emitJson(registry)));
  });

  it('is YAML 1.2 with no parse errors or warnings', () => {
    const doc = parseDocument(emitYaml(smallRegistry()));
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(emitYaml(smallRegistry())).toContain('%YAML 1.2\n---\n');
  });

  it('names each task\'s source line in a comment above it', () => {
    const registry = smallRegistry();
    const lines = emitYaml(registry).split('\n');
    registry.tasks.forEach((task) => {
      const at = lines.indexOf(`  - id: ${task.id}`);
      expect(lines[at - 1]).toBe(`  # small.txt:${task.position.start.line}`);
    });
  });

  it('says "line N" when the registry does not name its source', () => {
    const registry = smallRegistry();
    registry.document.source = null;
    expect(emitYaml(registry)).toContain(`  # line ${registry.tasks[0]!.position.start.line}\n  - id: task-2.1`);
  });

  it('prints source points inline and everything else in block style', () => {
    const yaml = emitYaml(smallRegistry());
    expect(yaml).toMatch(/^ {6}start: \{ line: 7, column: 3, offset: \d+ \}$/mu);
    expect(yaml).not.toMatch(/^[^#]*: \{ (?!line)/mu);
  });

  it('never folds a long sentence over lines', () => {
    const registry = smallRegistry();
    registry.tasks[0]!.text = '加强'.repeat(200);
    expect(emitYaml(registry)).toContain(`text: ${'加强'.repeat(200)}\n`);
  });

  it('quotes strings that would otherwise read as numbers, so paths and years stay strings', () => {
    const data = parse(emitYaml(smallRegistry()));
    expect(data.sections[0].path).toBe('1');
    expect(data.targets[0].deadline).toBe('2020');
  });

  it('applies YAML 1.1 resolution when parsed back as 1.1 (a self-check of the test below)', () => {
    expect(parse('date: 2018-12-21', { version: '1.1' }).date).toBeInstanceOf(Date);
    expect(parse('unit: NO\nmarker: 1:20\ntitle: 0777', { version: '1.1' })).toEqual({ unit: false, marker: 80, title: 511 });
    expect(parse('date: 2018-12-21\nunit: NO', { version: '1.2' })).toEqual({ date: '2018-12-21', unit: 'NO' });
  });

  it('quotes every string a YAML 1.1 reader would take for a date, boolean, number or null', () => {
    const registry = yaml11Lookalikes();
    const json = JSON.parse(emitJson(registry));
    const text = emitYaml(registry);
    expect(parse(text, { version: '1.1' })).toEqual(json);
    expect(parse(text, { version: '1.2' })).toEqual(json);
    expect(text).toContain('date: "2018-12-21"\n');
    expect(text).toContain('  - id: "NO"\n');
    // `=` is the 1.1 value key: PyYAML fails on it plain; the `yaml` library reads it as a string either way.
    expect(text).toContain('    - "="\n');
  });

  it('leaves ordinary text plain', () => {
    const yaml = emitYaml(yaml11Lookalikes());
    expect(yaml).toContain('issuer: 省人民政府办公厅\n');
    expect(yaml).toContain('    marker: 一、\n');
  });

  it('is the canonical registry and nothing else', () => {
    const registry = smallRegistry();
    expect(parse(emitYaml(registry))).toEqual(canonicalRegistry(registry));
  });
});

describe('the yaml package is loaded only for YAML output', () => {
  // A fresh process each: `yaml` is loaded with require on first use, so require's cache tells.
  const loadsYaml = (emitter: 'emitJson' | 'emitYaml') => {
    const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', `
      import { createRequire } from 'node:module';
      const emit = await import('@policyc/emit');
      const { smallRegistry } = await import(${JSON.stringify(new URL('./fixtures/small.ts', import.meta.url).href)});
      const text = emit[process.argv[1]](smallRegistry());
      const cache = Object.keys(createRequire(import.meta.url).cache);
      process.stdout.write(JSON.stringify({ length: text.length, yaml: cache.some((path) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]/.test(path)) }));
    `, emitter], { cwd: fileURLToPath(new URL('../../..', import.meta.url)), encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const { length, yaml } = JSON.parse(child.stdout) as { length: number; yaml: boolean };
    expect(length).toBeGreaterThan(0);
    return yaml;
  };

  it('emitting JSON does not load it; emitting YAML does', () => {
    expect(loadsYaml('emitJson')).toBe(false);
    expect(loadsYaml('emitYaml')).toBe(true);
  }, 30_000);
});
