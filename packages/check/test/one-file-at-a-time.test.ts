/**
 * A check of files left on disk (issue 8: memory) reads a registry's files one at a time and
 * skips reading a registry.json that prints the primary's data exactly. What it reports must be
 * what the check of the same files given with their text reports, message for message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitAll } from '@policyc/emit';
import { describe, expect, it } from 'vitest';
import { fileTextDigest, jsonTextDigest, sha256 } from '../src/files/hash.js';
import { jsonMember } from '../src/files/json-member.js';
import { collectGarbage } from '../src/collect.js';
import { readRegistryFile } from '../src/files/read.js';
import { checkFiles, formatHuman, formatJson, loadInputs, type CheckOptions } from '../src/index.js';
import { edit, fixtureFiles, smallRegistry } from './helpers.js';

function onDisk(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'policyc-one-at-a-time-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** The report of the files given with their text, and of the same files left on disk. */
async function bothWays(files: Record<string, string>, options: CheckOptions = {}) {
  const root = onDisk(files);
  const given = checkFiles(Object.entries(files).map(([path, content]) => ({ path, content })), options);
  const loaded = await loadInputs(Object.keys(files), root, { defer: true });
  expect(loaded.problems).toEqual([]);
  const deferred = checkFiles(loaded.files, options);
  return { given, deferred };
}

const OPTIONS: CheckOptions = { typecheck: false };

describe('a check of files on disk, one at a time', () => {
  it('reports nothing on a clean registry, and holds no file\'s text', async () => {
    const { given, deferred } = await bothWays(fixtureFiles(), OPTIONS);
    expect(formatJson(deferred)).toBe(formatJson(given));
    expect(deferred.messages).toEqual([]);
    // The policy text came with its text; no registry file had a message to frame.
    expect(Object.keys(deferred.contents)).toEqual(['reg/small.txt']);
  });

  it('reports the same messages when the YAML was edited, and keeps of the files the lines they point into', async () => {
    const files = fixtureFiles();
    files['reg/registry.yaml'] = edit(files['reg/registry.yaml']!, 'lead:\n', 'lead:\n      - 省不存在厅\n');
    const { given, deferred } = await bothWays(files, OPTIONS);
    expect(given.errorCount).toBeGreaterThan(0);
    expect(formatJson(deferred)).toBe(formatJson(given));
    // The same report, code frames and all, from the lines kept of each file read from disk.
    expect(formatHuman(deferred)).toBe(formatHuman(given));
    for (const message of deferred.messages) {
      if (message.line === undefined) continue;
      const kept = deferred.contents[message.file]!.split('\n');
      const whole = given.contents[message.file]!.split('\n');
      expect(kept.length, message.file).toBe(whole.length);
      expect(kept[message.line - 1], message.file).toBe(whole[message.line - 1]);
      // …and no more of them than the frames show.
      expect(kept.filter((line) => line !== '').length).toBeLessThan(whole.filter((line) => line !== '').length);
    }
  });

  it('reads a registry.json that differs from the YAML, and says where', async () => {
    const files = fixtureFiles();
    files['reg/registry.json'] = edit(files['reg/registry.json']!, '"省', '"市');
    const { given, deferred } = await bothWays(files, OPTIONS);
    expect(given.messages.map((m) => `${m.ruleId} ${m.file}`)).toContain('agreement reg/registry.json');
    expect(formatJson(deferred)).toBe(formatJson(given));
  });

  it('reads a registry.json whose keys are in another order (the same data, printed otherwise)', async () => {
    const files = fixtureFiles();
    const data = JSON.parse(files['reg/registry.json']!) as Record<string, unknown>;
    files['reg/registry.json'] = `${JSON.stringify(Object.fromEntries(Object.entries(data).reverse()), null, 2)}\n`;
    const { given, deferred } = await bothWays(files, OPTIONS);
    expect(given.messages).toEqual([]);
    expect(formatJson(deferred)).toBe(formatJson(given));
  });

  it('takes the JSON as the primary when the YAML does not parse, as with the texts given', async () => {
    const files = fixtureFiles();
    files['reg/registry.yaml'] = `${files['reg/registry.yaml']!}\n  : broken: [\n`;
    const { given, deferred } = await bothWays(files, OPTIONS);
    expect(given.messages.map((m) => m.ruleId)).toContain('registry-syntax');
    expect(formatJson(deferred)).toBe(formatJson(given));
  });

  it('gives the same schema findings in every file when the data breaks the schema', async () => {
    const files = fixtureFiles();
    const data = JSON.parse(files['reg/registry.json']!) as { tasks: Array<Record<string, unknown>> };
    data.tasks[0]!['extra'] = 1;
    const broken = emitAll(smallRegistry());
    files['reg/registry.json'] = `${JSON.stringify(data, null, 2)}\n`;
    files['reg/registry.yaml'] = edit(broken['registry.yaml']!, '\n    path:', '\n    extra: 1\n    path:');
    const { given, deferred } = await bothWays(files, OPTIONS);
    expect(given.messages.filter((m) => m.ruleId === 'schema').map((m) => m.file)).toEqual(expect.arrayContaining(['reg/registry.json', 'reg/registry.yaml']));
    expect(formatJson(deferred)).toBe(formatJson(given));
  });
});

describe('the digest of a registry.json printed from data', () => {
  const registry = emitAll(smallRegistry());
  const text = registry['registry.json']!;

  it('is the digest of the file policyc writes, read a piece at a time', () => {
    const root = onDisk({ 'registry.json': text });
    expect(jsonTextDigest(JSON.parse(text))).toBe(sha256(text));
    expect(fileTextDigest(join(root, 'registry.json'))).toBe(sha256(text));
  });

  it('is that of JSON.stringify for data of any shape it takes', () => {
    for (const data of [{}, { a: [] }, { a: [1, [2, { b: null }], 'x\ny'], b: { c: [true] } }, { __proto__: null, n: -1.5e-7 }]) {
      expect(jsonTextDigest(data)).toBe(sha256(`${JSON.stringify(data, null, 2)}\n`));
    }
  });

  it('is undefined for data JSON would not give back as it is', () => {
    // eslint-disable-next-line no-sparse-arrays
    for (const data of [{ a: -0 }, { a: [Number.NaN] }, { a: { b: undefined } }, { a: [1, , 2] }, { a: new Date(0) }, [1], 'text']) {
      expect(jsonTextDigest(data), JSON.stringify(data)).toBeUndefined();
    }
  });
});

describe('one member of a JSON object, read in pieces', () => {
  const text = '\uFEFF{ "$schema": "x", "a\\"b": { "document": 1 }, "document": { "source": { "path": "p.txt" }, "t": "}],\\"" }, "tasks": [';

  it('is found however the text is cut, before the text goes wrong', () => {
    for (const size of [1, 2, 3, 7, text.length]) {
      const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
      expect(jsonMember(pieces, 'document'), String(size)).toEqual({ source: { path: 'p.txt' }, t: '}],"' });
    }
  });

  it('is undefined when the object has no such member, or the text is no object', () => {
    expect(jsonMember(['{"a": {"document": 1}}'], 'document')).toBeUndefined();
    expect(jsonMember(['["document", 1]'], 'document')).toBeUndefined();
    expect(jsonMember(['{"document": {'], 'document')).toBeUndefined();
    expect(jsonMember(['{"document": 2}'], 'document')).toBe(2);
  });
});

describe('what a check of files on disk keeps once it returns', () => {
  it('no registry file\'s text, though its messages quote values read from it', async () => {
    // A long registry.yaml (its tasks repeated) whose one target without a year gets a message in
    // the policy text quoting the target's id, as the YAML reader cut it from the file.
    const registry = smallRegistry();
    for (let n = 1; n < 4000; n++) registry.tasks.push(...smallRegistry().tasks.map((task) => ({ ...task, id: `${task.id}-${n}` })));
    registry.units[0] = { ...registry.units[0]!, leads: registry.tasks.filter((task) => task.lead.length > 0).map((task) => task.id) };
    registry.targets[0] = { ...registry.targets[0]!, id: 'target-1-1-repeated', deadline: null };
    const files = fixtureFiles(registry);
    const yamlChars = files['reg/registry.yaml']!.length;
    const root = onDisk(files);
    const loaded = await loadInputs(Object.keys(files).filter((path) => !path.endsWith('.txt')), root, { defer: true });
    const source = { path: 'reg/small.txt', text: files['reg/small.txt']! };
    delete files['reg/registry.yaml'];
    // A first run loads and compiles what the check uses: not what the second keeps.
    checkFiles(loaded.files, { ...OPTIONS, source, rules: ['target-deadline'] });
    // The least of three runs: a file's text kept would be kept by every run, while what the engine
    // allocates for itself now and then (code optimised under a busy machine's timing) is not.
    let kept = Infinity;
    let result: ReturnType<typeof checkFiles> | undefined;
    for (let run = 0; run < 3; run++) {
      collectGarbage();
      const before = process.memoryUsage().heapUsed;
      result = checkFiles(loaded.files, { ...OPTIONS, source, rules: ['target-deadline'] });
      collectGarbage();
      kept = Math.min(kept, process.memoryUsage().heapUsed - before);
      if (run < 2) result = undefined;
    }
    result = result!;
    expect(result.messages.map((m) => `${m.ruleId} ${m.file}`)).toEqual(['target-deadline reg/small.txt']);
    expect(result.messages[0]!.reason).toContain('target-1-1-repeated');
    // The text read would take two bytes a character (it holds Chinese): keeping it would keep at least that.
    expect(kept).toBeLessThan(yamlChars / 4);
  });
});

describe('the data read from a registry.yaml', () => {
  // Measured in a process of its own: in the test runner's worker, other files' allocations and
  // the collector's timing under load blur a heap figure of a few megabytes.
  const heapKept = (what: 'items' | 'top'): { kept: number; chars: number } => {
    const script = fileURLToPath(new URL('./support/heap-kept.mts', import.meta.url));
    const run = spawnSync(process.execPath, ['--expose-gc', '--conditions=source', '--import', 'tsx', script, what], { encoding: 'utf8', cwd: fileURLToPath(new URL('../../..', import.meta.url)) });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as { kept: number; chars: number };
  };

  // The text (mostly a comment a team wrote inside a task) takes two bytes a character: a string of
  // the data still pointing into it would keep all of it.
  it('holds none of the text in the items of its lists (read by the plain reader)', () => {
    const { kept, chars } = heapKept('items');
    expect(kept).toBeLessThan(chars);
  });

  it('holds none of the text in its top-level scalars and maps (read by the yaml package)', () => {
    const { kept, chars } = heapKept('top');
    expect(kept).toBeLessThan(chars);
  });
});

describe('strings of their own, in data with aliases', () => {
  it('reads a value an alias shares once, and as the yaml package reads it', () => {
    const text = 'document: &doc\n  title: 关于加快发展示范产业的实施意见的通知\n  notes: [第一条说明文字很长很长很长, *doc]\nplan: *doc\n';
    const { data, problems } = readRegistryFile('registry.yaml', text)!;
    expect(problems).toEqual([]);
    const read = data as { document: { title: string; notes: unknown[] }; plan: unknown };
    expect(read.plan).toBe(read.document);
    expect(read.document.notes[1]).toBe(read.document);
    expect(read.document.title).toBe('关于加快发展示范产业的实施意见的通知');
  });
});
