/**
 * A registry.json or registry.ts on disk that differs from the printing of the primary's data in a
 * few items is judged by those items alone (issue 8: memory). The test is differential: for
 * made-up registries and hand edits of every kind (in an item, in two, far apart, around the
 * items, a syntax error, a schema violation, a type error, a statement policyc does not write),
 * the report with the item view must be the report of the whole read, message for message (rule,
 * words, file, line, column, end, pointer, related places, code frames). Where the view cannot
 * say what the whole read says, the file is read whole: the cases say which way each one takes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Registry } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { checkFilesWith, type ReadingOptions } from '../src/check.js';
import { formatHuman, formatJson, loadInputs, type CheckResult } from '../src/index.js';
import { fixtureFiles, smallRegistry } from './helpers.js';

/**
 * The small registry's tasks and targets repeated `times` under new ids, the units' lists of
 * tasks made to match: a clean registry some 80 KB long as registry.ts, whose one item is
 * well under an eighth of the file.
 */
function madeUp(times: number): Registry {
  const registry = smallRegistry();
  for (let n = 1; n < times; n++) {
    registry.tasks.push(...smallRegistry().tasks.map((task) => ({ ...task, id: `${task.id}-${n}` })));
    registry.targets.push(...smallRegistry().targets.map((target) => ({ ...target, id: `${target.id}-${n}`, partOf: target.partOf && `${target.partOf}-${n}` })));
  }
  for (const unit of registry.units) {
    unit.leads = registry.tasks.filter((task) => task.lead.includes(unit.id)).map((task) => task.id);
    unit.assists = registry.tasks.filter((task) => task.assist.includes(unit.id)).map((task) => task.id);
    unit.shares = registry.tasks.filter((task) => task.responsible.includes(unit.id)).map((task) => task.id);
  }
  return registry;
}

const PRINTED = fixtureFiles(madeUp(12));

/** `text` with the `nth` occurrence (1-based) of `from` replaced; the test fails if there is none. */
function replaceNth(text: string, from: string, to: string, nth = 1): string {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(from, at + 1);
    if (at < 0) throw new Error(`no ${nth}th ${JSON.stringify(from)}`);
  }
  return `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
}

function replaceLast(text: string, from: string, to: string): string {
  const at = text.lastIndexOf(from);
  if (at < 0) throw new Error(`no ${JSON.stringify(from)}`);
  return `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
}

/** The text of the item of a list (indented four spaces, as policyc prints it) holding the `nth` occurrence of `needle`, with its line break. */
function itemAround(text: string, needle: string, nth = 1): string {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const start = text.lastIndexOf('\n    {\n', at) + 1;
  const end = text.indexOf('\n    }', at) + '\n    }'.length;
  const comma = text[end] === ',' ? 1 : 0;
  return text.slice(start, end + comma + 1);
}

interface Case {
  what: string;
  file: 'registry.ts' | 'registry.json' | 'registry.yaml';
  edit: (text: string) => string;
  /** How the files other than the primary are read with the item view. */
  read: Partial<Record<'registry.json' | 'registry.ts', 'items' | 'whole' | 'unread'>>;
}

const TASK_ITEM_TS = (text: string) => itemAround(text, "id: 'task-2.2-4'");
const TARGET_ITEM_JSON = (text: string) => itemAround(text, '"id": "target-1-2-5"');

const CASES: Case[] = [
  // registry.ts
  { what: 'a title changed', file: 'registry.ts', edit: (t) => replaceNth(t, "title: '建设种植基地',", "title: '建设种植基地（改）',", 5), read: { 'registry.ts': 'items' } },
  { what: 'a unit added to a task\'s list', file: 'registry.ts', edit: (t) => replaceNth(t, "lead: ['省经济和信息化委'],", "lead: ['省经济和信息化委', '省财政厅'],", 4), read: { 'registry.ts': 'items' } },
  { what: 'a unit the policy does not have (a type error)', file: 'registry.ts', edit: (t) => replaceNth(t, "lead: ['省经济和信息化委'],", "lead: ['省不存在厅'],", 3), read: { 'registry.ts': 'items' } },
  { what: 'a number written as text (a schema violation and a type error)', file: 'registry.ts', edit: (t) => replaceNth(t, 'value: 100,', "value: '十',", 5), read: { 'registry.ts': 'items' } },
  { what: 'a property the schema does not have', file: 'registry.ts', edit: (t) => replaceNth(t, "      path: '2.2',", "      path: '2.2',\n      note: 'x',", 3), read: { 'registry.ts': 'items' } },
  { what: 'two neighbouring items', file: 'registry.ts', edit: (t) => replaceNth(replaceNth(t, "deadline: '2020',", "deadline: '2021',", 10), "deadline: '2020',", "deadline: '2022',", 11), read: { 'registry.ts': 'items' } },
  { what: 'the first task and the last target', file: 'registry.ts', edit: (t) => replaceLast(replaceNth(t, "title: '壮大骨干企业',", "title: '壮大',", 1), 'value: 85,', 'value: 86,'), read: { 'registry.ts': 'whole' } },
  { what: 'the first task', file: 'registry.ts', edit: (t) => replaceNth(t, "title: '壮大骨干企业',", "title: '壮大',", 1), read: { 'registry.ts': 'items' } },
  { what: 'the last target', file: 'registry.ts', edit: (t) => replaceLast(t, 'value: 85,', 'value: 86,'), read: { 'registry.ts': 'items' } },
  { what: 'items far apart', file: 'registry.ts', edit: (t) => replaceNth(replaceNth(t, "title: '建设种植基地',", "title: '甲',", 1), "title: '建设种植基地',", "title: '乙',", 11), read: { 'registry.ts': 'whole' } },
  { what: 'the document\'s title (around the items)', file: 'registry.ts', edit: (t) => replaceNth(t, "title: '关于加快发展示范产业的实施意见',", "title: '关于',"), read: { 'registry.ts': 'whole' } },
  { what: 'a comma left out inside an item (a syntax error)', file: 'registry.ts', edit: (t) => replaceNth(t, "path: '2.2',", "path: '2.2'", 3), read: { 'registry.ts': 'whole' } },
  { what: 'a statement policyc does not write', file: 'registry.ts', edit: (t) => `${t}console.log(registry);\n`, read: { 'registry.ts': 'whole' } },
  { what: 'a call in place of a value inside an item', file: 'registry.ts', edit: (t) => replaceNth(t, "path: '2.2',", "path: String(2.2),", 3), read: { 'registry.ts': 'whole' } },
  { what: 'a comment and spaces inside an item (the same data)', file: 'registry.ts', edit: (t) => replaceNth(t, "      path: '2.2',", "      // checked\n      path:   \"2.2\",", 3), read: { 'registry.ts': 'items' } },
  { what: 'a task removed (its id still in TaskId)', file: 'registry.ts', edit: (t) => t.replace(TASK_ITEM_TS(t), ''), read: { 'registry.ts': 'whole' } },
  { what: 'a target repeated (its items\' ids not those they stand in for)', file: 'registry.ts', edit: (t) => { const item = itemAround(t, "id: 'target-1-2-5'"); return t.replace(item, item + item); }, read: { 'registry.ts': 'whole' } },
  { what: 'a target added under a new id', file: 'registry.ts', edit: (t) => { const item = itemAround(t, "id: 'target-1-2-5'"); return t.replace(item, item + item.replace("'target-1-2-5'", "'target-new'")); }, read: { 'registry.ts': 'whole' } },
  { what: 'the list closed inside an item', file: 'registry.ts', edit: (t) => replaceNth(t, "      path: '2.2',", "    }],\n    extra: [{\n      path: '2.2',", 3), read: { 'registry.ts': 'whole' } },
  // registry.json
  { what: 'a title changed', file: 'registry.json', edit: (t) => replaceNth(t, '"title": "建设种植基地",', '"title": "建设种植基地（改）",', 5), read: { 'registry.json': 'items' } },
  { what: 'a unit added to a task\'s list', file: 'registry.json', edit: (t) => replaceNth(t, '"lead": [\n        "省经济和信息化委"\n      ],', '"lead": [\n        "省经济和信息化委",\n        "省财政厅"\n      ],', 4), read: { 'registry.json': 'items' } },
  { what: 'a number written as text', file: 'registry.json', edit: (t) => replaceNth(t, '"value": 100,', '"value": "十",', 5), read: { 'registry.json': 'items' } },
  { what: 'a property the schema does not have', file: 'registry.json', edit: (t) => replaceNth(t, '      "path": "2.2",', '      "path": "2.2",\n      "note": 1,', 3), read: { 'registry.json': 'items' } },
  { what: 'two neighbouring items', file: 'registry.json', edit: (t) => replaceNth(replaceNth(t, '"deadline": "2020",', '"deadline": "2021",', 10), '"deadline": "2020",', '"deadline": "2022",', 11), read: { 'registry.json': 'items' } },
  { what: 'the first item of the first list', file: 'registry.json', edit: (t) => replaceNth(t, '"title": "主要目标"', '"title": "目标"'), read: { 'registry.json': 'items' } },
  { what: 'the last target', file: 'registry.json', edit: (t) => replaceLast(t, '"value": 85,', '"value": 86,'), read: { 'registry.json': 'items' } },
  { what: 'items far apart', file: 'registry.json', edit: (t) => replaceNth(replaceNth(t, '"title": "建设种植基地",', '"title": "甲",', 1), '"title": "建设种植基地",', '"title": "乙",', 11), read: { 'registry.json': 'whole' } },
  { what: 'the document\'s title (around the items)', file: 'registry.json', edit: (t) => replaceNth(t, '"title": "关于加快发展示范产业的实施意见",', '"title": "关于",'), read: { 'registry.json': 'whole' } },
  { what: 'a comma left out inside an item (a syntax error)', file: 'registry.json', edit: (t) => replaceNth(t, '"path": "2.2",', '"path": "2.2"', 3), read: { 'registry.json': 'items' } },
  { what: 'a trailing comma inside an item', file: 'registry.json', edit: (t) => replaceNth(t, '"partOf": null,\n      "position"', '"partOf": null,,\n      "position"', 7), read: { 'registry.json': 'items' } },
  { what: 'a string left open inside an item (its line break the error)', file: 'registry.json', edit: (t) => replaceNth(t, '"path": "2.2",', '"path": "2.2,', 3), read: { 'registry.json': 'items' } },
  { what: 'a bad escape inside an item', file: 'registry.json', edit: (t) => replaceNth(t, '"path": "2.2",', '"path": "2.\\q2",', 3), read: { 'registry.json': 'items' } },
  { what: 'a target removed', file: 'registry.json', edit: (t) => t.replace(TARGET_ITEM_JSON(t), ''), read: { 'registry.json': 'items' } },
  { what: 'a target added under a new id', file: 'registry.json', edit: (t) => { const item = TARGET_ITEM_JSON(t); return t.replace(item, item + item.replace('"target-1-2-5"', '"target-new"')); }, read: { 'registry.json': 'items' } },
  { what: 'the last target repeated at the end of its list', file: 'registry.json', edit: (t) => { const item = itemAround(t, '"id": "target-1-6-11"').trimEnd(); return t.replace(`${item}\n`, `${item},\n${item}\n`); }, read: { 'registry.json': 'items' } },
  { what: 'a comma before a closing brace inside an item', file: 'registry.json', edit: (t) => replaceNth(t, '      "path": "2.2",', '    }],\n    "extra": [{\n      "path": "2.2",', 3), read: { 'registry.json': 'items' } },
  { what: 'the list closed between two items', file: 'registry.json', edit: (t) => replaceNth(t, '    },\n    {\n      "id": "task-2.2-2"', '    }\n  ],\n  "extra": [\n    {\n      "id": "task-2.2-2"'), read: { 'registry.json': 'whole' } },
  { what: 'an item that is no object', file: 'registry.json', edit: (t) => t.replace(TARGET_ITEM_JSON(t), '    "target",\n'), read: { 'registry.json': 'items' } },
  // registry.yaml, the primary: the other two then differ from its data in one item.
  { what: 'a title changed in the primary', file: 'registry.yaml', edit: (t) => replaceNth(t, 'title: 建设种植基地\n', 'title: 建设种植基地（改）\n', 5), read: { 'registry.json': 'items', 'registry.ts': 'items' } },
  { what: 'a target removed from the primary', file: 'registry.yaml', edit: (t) => t.replace(/\n {2}- id: target-1-2-5\n[\s\S]*?(?=\n {2}- id:)/u, ''), read: { 'registry.json': 'items', 'registry.ts': 'whole' } },
  { what: 'an error in the primary (nothing is compared unread)', file: 'registry.yaml', edit: (t) => replaceNth(t, 'value: 100\n', 'value: 十\n', 5), read: { 'registry.json': 'whole', 'registry.ts': 'whole' } },
];

/** `files` written under a new directory, checked from disk as `reading` says; how each registry file was read. */
async function checkOnDisk(files: Record<string, string>, reading: ReadingOptions): Promise<{ result: CheckResult; read: Map<string, string> }> {
  const root = mkdtempSync(join(tmpdir(), 'policyc-item-view-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const loaded = await loadInputs(Object.keys(files), root, { defer: true });
  const read = new Map<string, string>();
  const result = checkFilesWith(loaded.files, {}, { ...reading, onRead: (path, how) => read.set(path.replace(/^reg\//u, ''), how) });
  return { result, read };
}

describe('a file read by the items that differ from the printing', () => {
  it.each(CASES)('reports what the whole read reports: $file, $what', async ({ file, edit, read }) => {
    const files = { ...PRINTED, [`reg/${file}`]: edit(PRINTED[`reg/${file}`]!) };
    expect(files[`reg/${file}`]).not.toBe(PRINTED[`reg/${file}`]);
    const whole = await checkOnDisk(files, { itemView: false });
    const items = await checkOnDisk(files, { itemView: true });
    expect(formatJson(items.result)).toBe(formatJson(whole.result));
    expect(formatHuman(items.result)).toBe(formatHuman(whole.result));
    for (const [name, how] of Object.entries(read)) expect(items.read.get(name), name).toBe(how);
  }, 120_000);

  it('reads only the primary whole after a one-task edit: registry.json and registry.ts by their items', async () => {
    const files: Record<string, string> = { ...PRINTED, 'reg/registry.yaml': replaceNth(PRINTED['reg/registry.yaml']!, 'title: 建设种植基地\n', 'title: 建设种植基地（改）\n', 5) };
    const { result, read } = await checkOnDisk(files, {});
    expect([...read]).toEqual([['registry.yaml', 'whole'], ['registry.schema.json', 'whole'], ['registry.json', 'items'], ['registry.ts', 'items']]);
    // Each names the task's title, where it is written in the file.
    const agreement = result.messages.filter((m) => m.ruleId === 'agreement').map((m) => `${m.file}:${m.line}:${m.column} ${m.reason}`);
    expect(agreement).toEqual([
      `reg/registry.json:${lineOf(files['reg/registry.json']!, '"title": "建设种植基地"', 5)}:16 registry.json differs from registry.yaml at /tasks/10/title: "建设种植基地" here, "建设种植基地（改）" there`,
      `reg/registry.ts:${lineOf(files['reg/registry.ts']!, "title: '建设种植基地'", 5)}:14 registry.ts differs from registry.yaml at /tasks/10/title: "建设种植基地" here, "建设种植基地（改）" there`,
    ]);
  }, 120_000);
});

function lineOf(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  return text.slice(0, at).split('\n').length;
}
