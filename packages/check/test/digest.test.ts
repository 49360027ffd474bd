/**
 * While the other registry files are read, the checker keeps of the primary's data only a digest
 * of each list item (issue 8: memory). Equal digests must mean `firstDifference` finds nothing, and
 * a file that differs must get the message it got when the primary's data was kept: the first
 * difference, read from the primary again.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitAll } from '@policyc/emit';
import type { Registry } from '@policyc/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestData, type DataDigest } from '../src/digest.js';
import { firstDifference } from '../src/diff.js';
import { checkFiles, formatJson, loadInputs } from '../src/index.js';
import { SMALL_SOURCE, SMALL_TEXT, smallRegistry } from './helpers.js';

/** Whether the digest finds no difference in `data`. */
const matches = (digest: DataDigest, data: unknown) => digest.firstDifferingPart(data) === undefined;

describe('the digest of a registry\'s data', () => {
  const data = { schemaVersion: '3.0.0', document: { title: '实施方案' }, tasks: [{ id: 'task-1', lead: ['省财政厅'], n: 1 }, { id: 'task-2', lead: [] }] };

  it('matches the same data, keys in any order', () => {
    const digest = digestData(data)!;
    expect(matches(digest, structuredClone(data))).toBe(true);
    expect(matches(digest, { tasks: [{ n: 1, lead: ['省财政厅'], id: 'task-1' }, { lead: [], id: 'task-2' }], document: { title: '实施方案' }, schemaVersion: '3.0.0' })).toBe(true);
  });

  it('does not match data that differs anywhere, however little', () => {
    const digest = digestData(data)!;
    const variants: unknown[] = [
      { ...data, tasks: [data.tasks[0], { id: 'task-2', lead: ['省教育厅'] }] },
      { ...data, tasks: [{ ...data.tasks[0], n: -0 }, data.tasks[1]] },
      { ...data, tasks: [{ ...data.tasks[0], n: '1' }, data.tasks[1]] },
      { ...data, tasks: [data.tasks[0], { id: 'task-2', lead: [], extra: undefined }] },
      { ...data, tasks: [data.tasks[0]] },
      { ...data, tasks: { 0: data.tasks[0], 1: data.tasks[1] } },
      { ...data, document: { title: '实施方案 ' } },
      { ...data, units: [] },
      { tasks: data.tasks, document: data.document },
      [data],
      null,
    ];
    for (const variant of variants) expect(matches(digest, variant), JSON.stringify(variant)).toBe(false);
  });

  it('never matches data in which firstDifference finds a difference', () => {
    const registryLike = fc.dictionary(fc.constantFrom('a', 'b', 'tasks', 'units'), fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }), fc.jsonValue({ maxDepth: 3 })));
    fc.assert(
      fc.property(registryLike, registryLike, (left, right) => {
        const digest = digestData(right)!;
        expect(matches(digest, right)).toBe(true);
        if (matches(digest, left)) expect(firstDifference(left, right)).toBeUndefined();
        else expect(firstDifference(left, right)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('names the part that holds the first difference firstDifference finds', () => {
    const registryLike = fc.dictionary(fc.constantFrom('a', 'b', 'tasks', 'units'), fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }), fc.jsonValue({ maxDepth: 3 })));
    const at = (data: Record<string, unknown>, key: string, index?: number) => (index === undefined ? data[key] : (data[key] as unknown[] | undefined)?.[index]);
    fc.assert(
      fc.property(registryLike, registryLike, (left, right) => {
        const part = digestData(right)!.firstDifferingPart(left);
        const whole = firstDifference(left, right);
        if (!part) {
          expect(whole).toBeUndefined();
          return;
        }
        const path = part.index === undefined ? [part.key] : [part.key, part.index];
        expect(firstDifference(at(left, part.key, part.index), at(right, part.key, part.index), path)).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });
});

/** A registry whose task list is long, so that a difference lies deep in it. */
function longRegistry(): Registry {
  const registry = smallRegistry();
  const [first] = registry.tasks;
  const tasks = Array.from({ length: 40 }, (_, i) => ({ ...first!, id: `task-9.${i + 1}` }));
  return { ...registry, tasks: [...registry.tasks, ...tasks] };
}

describe('firstDifference on keys an object inherits', () => {
  it('reads own keys only', () => {
    expect(firstDifference({ constructor: 1 }, {})).toEqual({ pointer: '/constructor', left: 1, right: undefined });
    expect(firstDifference({}, { toString: 'x' })).toEqual({ pointer: '/toString', left: undefined, right: 'x' });
    expect(digestData({})!.firstDifferingPart({ constructor: 1 })).toEqual({ key: 'constructor' });
  });
});

describe('agreement with the primary\'s data let go', () => {
  it('names the first difference deep in a list, in every file that differs, as with the data kept', async () => {
    const registry = longRegistry();
    const edited = structuredClone(registry);
    edited.tasks[37]!.assist = ['省财政厅', '省发展改革委'];
    const emitted = emitAll(registry);
    const files: Record<string, string> = {
      'reg/registry.yaml': emitAll(edited)['registry.yaml']!,
      'reg/registry.json': emitted['registry.json']!,
      'reg/registry.ts': emitted['registry.ts']!,
      [`reg/${SMALL_SOURCE}`]: SMALL_TEXT,
    };
    const given = checkFiles(Object.entries(files).map(([path, content]) => ({ path, content })), { typecheck: false });
    const agreement = given.messages.filter((m) => m.ruleId === 'agreement').map((m) => `${m.file}: ${m.reason}`);
    expect(agreement).toEqual([
      'reg/registry.json: registry.json differs from registry.yaml at /tasks/37/assist/0: "省发展改革委" here, "省财政厅" there',
      'reg/registry.ts: registry.ts differs from registry.yaml at /tasks/37/assist/0: "省发展改革委" here, "省财政厅" there',
    ]);
    // Each where the value is written in its own file.
    const json = given.messages.find((m) => m.ruleId === 'agreement' && m.file === 'reg/registry.json')!;
    const line = files['reg/registry.json']!.split('\n')[json.line! - 1]!;
    expect(line.slice(json.column! - 1)).toMatch(/^"省发展改革委"/u);

    // The same files on disk: the primary is read again from its file for the detail.
    const root = mkdtempSync(join(tmpdir(), 'policyc-digest-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const loaded = await loadInputs(Object.keys(files), root, { defer: true });
    expect(formatJson(checkFiles(loaded.files, { typecheck: false }))).toBe(formatJson(given));
  });

  it('names the first difference whatever the edit: an item added or removed, an entry changed, added or removed', () => {
    const registry = longRegistry();
    // The data files only: an edit may leave data the TypeScript emitter cannot print.
    const emitted = emitAll(registry, ['json', 'yaml']);
    const edits: Array<(data: Registry) => unknown> = [
      (data) => ({ ...data, tasks: [...data.tasks, { ...data.tasks[3]!, id: 'task-new' }] }),
      (data) => ({ ...data, tasks: data.tasks.slice(0, -2) }),
      (data) => ({ ...data, document: { ...data.document, title: '另一个方案' } }),
      (data) => ({ ...data, extra: { note: '手工添加' } }),
      (data) => ({ ...data, units: undefined }),
      (data) => ({ ...data, tasks: { many: true } }),
    ];
    for (const edit of edits) {
      const edited = emitAll(JSON.parse(JSON.stringify(edit(structuredClone(registry)))) as Registry, ['json', 'yaml']);
      const files = [
        { path: 'reg/registry.yaml', content: edited['registry.yaml']! },
        { path: 'reg/registry.json', content: emitted['registry.json']! },
        { path: `reg/${SMALL_SOURCE}`, content: SMALL_TEXT },
      ];
      const found = checkFiles(files, { typecheck: false }).messages.filter((m) => m.ruleId === 'agreement');
      const expected = firstDifference(JSON.parse(emitted['registry.json']!), JSON.parse(edited['registry.json']!))!;
      expect(found.map((m) => m.pointer)).toEqual([expected.pointer]);
    }
  });

  it('finds nothing when the files say the same, and a schema file is still judged against the primary', () => {
    const registry = longRegistry();
    const emitted = emitAll(registry);
    const files = Object.entries(emitted).map(([name, content]) => ({ path: `reg/${name}`, content }));
    const clean = checkFiles([...files, { path: `reg/${SMALL_SOURCE}`, content: SMALL_TEXT }], { typecheck: false });
    expect(clean.messages.filter((m) => m.ruleId === 'agreement' || m.ruleId === 'schema-drift')).toEqual([]);
    // A schema written for a registry with one task less is stale for this one.
    const stale = emitAll({ ...registry, tasks: registry.tasks.slice(0, -1) })['registry.schema.json']!;
    const withStale = files.map((file) => (file.path.endsWith('registry.schema.json') ? { ...file, content: stale } : file));
    const result = checkFiles([...withStale, { path: `reg/${SMALL_SOURCE}`, content: SMALL_TEXT }], { typecheck: false });
    expect(result.messages.map((m) => m.ruleId)).toContain('schema-drift');
  });
});
