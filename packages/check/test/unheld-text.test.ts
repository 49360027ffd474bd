/**
 * A large registry.yaml on disk lets its text go once read (issue 8: memory): the places of its
 * values and the lines of its code frames are read again from disk (`files/disk-text.ts`). The
 * tests are differential: every place, and every report, must be what the text held gives.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFilesWith } from '../src/check.js';
import { readYamlFile } from '../src/files/yaml-file.js';
import { formatHuman, formatJson, loadInputs } from '../src/index.js';
import { edit, fixtureFiles } from './helpers.js';

const PRINTED = fixtureFiles();
const YAML = PRINTED['reg/registry.yaml']!;

function written(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-unheld-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Every JSON pointer into `value` (the root's too), escaped as RFC 6901 says. */
function pointers(value: unknown, at = ''): string[] {
  const found = [at];
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) found.push(...pointers(child, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`));
  }
  return found;
}

const VARIANTS: Array<[string, string]> = [
  ['as printed', YAML],
  ['with CRLF line ends', YAML.replaceAll('\n', '\r\n')],
  ['with comments and blank lines', YAML.replace('\ntasks:\n', '\n# the tasks\ntasks:  # edited by hand\n\n')],
  ['with a character outside the BMP', edit(YAML, 'title: 建设种植基地\n', 'title: 建设😀种植基地\n')],
  ['with an item read by the yaml package (a folded scalar)', edit(YAML, 'title: 建设种植基地\n', 'title: >-\n      建设\n      种植基地\n')],
  ['with a flow list over two lines', edit(YAML, 'title: 建设种植基地\n', 'title: 建设种植基地\n    extra: [1, 2,\n      3]\n')],
];

describe('a YAML registry read from disk with its text let go', () => {
  it.each(VARIANTS)('places every value where the text held places it: %s', (_, text) => {
    const path = written('registry.yaml', text);
    const held = readYamlFile('registry.yaml', text);
    const unheld = readYamlFile('registry.yaml', text, 'yaml', path);
    expect(unheld.unheld).toEqual({ absolutePath: path, length: text.length });
    expect(unheld.text).toBe('');
    expect(unheld.data).toEqual(held.data);
    for (const pointer of [...pointers(held.data), '/tasks/9999', '/nothing/0']) {
      for (const key of [false, true]) expect(unheld.locate(pointer, key), `${pointer} ${key}`).toEqual(held.locate(pointer, key));
    }
  });

  it('holds the text of a file whose bytes are not its UTF-8 (an invalid byte read as U+FFFD)', () => {
    const at = YAML.indexOf('title: 建设种植基地') + 'title: 建设'.length;
    const bytes = Buffer.concat([Buffer.from(YAML.slice(0, at)), Buffer.from([0xff]), Buffer.from(YAML.slice(at))]);
    const text = bytes.toString('utf8');
    expect(text).toContain('建设\uFFFD种植基地');
    const file = readYamlFile('registry.yaml', text, 'yaml', written('registry.yaml', bytes));
    expect(file.data).toEqual(readYamlFile('registry.yaml', text).data);
    expect(file.unheld).toBeUndefined();
    expect(file.text).toBe(text);
  });

  it('places nothing, and throws nothing, once the file has changed on disk', () => {
    const path = written('registry.yaml', YAML);
    const file = readYamlFile('registry.yaml', YAML, 'yaml', path);
    expect(file.locate('/tasks/0/title')).toEqual(readYamlFile('registry.yaml', YAML).locate('/tasks/0/title'));
    expect(file.locate('/tasks/0/title').start.line).toBeGreaterThan(1);
    // A reader that has not read the item yet (one that has keeps what it parsed of it).
    const other = readYamlFile('registry.yaml', YAML, 'yaml', path);
    writeFileSync(path, YAML.slice(0, YAML.indexOf('\ntasks:\n')));
    expect(other.locate('/tasks/0/title').start.line).toBe(1);
    writeFileSync(path, '');
    expect(other.locate('/tasks/1/lead/0').start.line).toBe(1);
  });

  it.each([
    ['clean', YAML],
    ['with a schema violation and an unknown property (code frames in registry.yaml)', edit(YAML, 'value: 100\n', 'value: 十\n    note: 1\n')],
    ['with a task\'s title changed (registry.json and registry.ts differ)', edit(YAML, 'title: 建设种植基地\n', 'title: 建设种植基地（改）\n')],
  ])('reports what the text held reports: %s', async (_, text) => {
    const root = mkdtempSync(join(tmpdir(), 'policyc-unheld-'));
    const files = { ...PRINTED, 'reg/registry.yaml': text };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const loaded = await loadInputs(Object.keys(files), root, { defer: true });
    const held = checkFilesWith(loaded.files, {}, { unheldFrom: Number.POSITIVE_INFINITY });
    const unheld = checkFilesWith(loaded.files, {}, { unheldFrom: 0 });
    expect(formatJson(unheld)).toBe(formatJson(held));
    expect(formatHuman(unheld)).toBe(formatHuman(held));
    expect(unheld.contents).toEqual(held.contents);
  }, 120_000);
});
