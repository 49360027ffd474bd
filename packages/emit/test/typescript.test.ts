import { describe, expect, it } from 'vitest';
import { emitJson, emitTypeScript, typeScriptPieces } from '../src/index.js';
import { preambleDuty, smallRegistry } from './fixtures/small.js';
import { hoverDoc, runModule, typeCheck } from './helpers.js';

describe('emitTypeScript', () => {
  const registry = smallRegistry();
  const text = emitTypeScript(registry);

  it('compiles under strict with zero diagnostics', () => {
    expect(typeCheck(text)).toEqual([]);
  });

  it('exports data equal to the JSON output', async () => {
    const module = await runModule(text);
    expect(module['registry']).toEqual(JSON.parse(emitJson(registry)));
  });

  it('declares literal unions of the policy\'s units, tasks and section paths', () => {
    expect(text).toContain("export type UnitId =\n  | '省经济和信息化委'\n  | '省发展改革委'\n");
    expect(text).toContain("export type TaskId =\n  | 'task-2.1'\n  | 'task-2.2'\n  | 'task-3.1';");
    expect(text).toMatch(/export type SectionPath =\n {2}\| '1'\n/u);
    expect(text).toContain('readonly lead: readonly UnitId[];');
  });

  it('fails to compile when a hand edit names an unknown unit', () => {
    const edited = text.replace("lead: ['省经济和信息化委'],", "lead: ['省不存在厅'],");
    expect(edited).not.toBe(text);
    const diagnostics = typeCheck(edited);
    expect(diagnostics.join('\n')).toMatch(/'"省不存在厅"' is not assignable to type 'UnitId'/u);
  });

  it('types a task\'s form as the literal union of forms, and refuses any other', () => {
    expect(text).toContain("readonly form: 'clause' | 'table' | 'prose' | null;");
    expect(text).toContain('readonly evidence: Evidence | null;');
    const edited = text.replace("form: 'clause',", "form: 'sentence',");
    expect(edited).not.toBe(text);
    expect(typeCheck(edited).join('\n')).toMatch(/'"sentence"' is not assignable to type '[^']*"prose"[^']*'/u);
  });

  it('types a task\'s deadline, its year a string or null, and refuses a year given as a number', () => {
    expect(text).toContain('readonly deadline: TaskDeadline | null;');
    expect(text).toContain('readonly year: string | null;');
    const edited = text.replace("year: '2020',", 'year: 2020,');
    expect(edited).not.toBe(text);
    expect(typeCheck(edited).join('\n')).toMatch(/'number' is not assignable to type 'string'/u);
  });

  it('compiles a prose duty before the first heading (path "")', () => {
    const withDuty = smallRegistry();
    withDuty.tasks.unshift(preambleDuty());
    withDuty.units.find((u) => u.id === '省财政厅')!.leads.push('task-preamble-1');
    expect(typeCheck(emitTypeScript(withDuty))).toEqual([]);
  });

  it('shows a task\'s policy sentence on hover', () => {
    const doc = hoverDoc(text, 'registry.tasks[1].id');
    expect(doc).toContain(registry.tasks[1]!.text);
    expect(doc).toContain('From small.txt:15.');
  });

  it('writes text that would break a literal or a comment safely', async () => {
    const tricky = smallRegistry();
    tricky.tasks[0]!.text = "它's \"引号\" `反引` \\ 反斜杠 */ 注释\n第二行\u2028";
    tricky.document.title = "a'b";
    const output = emitTypeScript(tricky);
    expect(typeCheck(output)).toEqual([]);
    const module = await runModule(output);
    expect(module['registry']).toEqual(JSON.parse(emitJson(tricky)));
  });

  it('declares `never` for an empty id list and still compiles', () => {
    const empty = smallRegistry();
    empty.units = [];
    for (const task of empty.tasks) task.lead = task.assist = task.responsible = [];
    const output = emitTypeScript(empty);
    expect(output).toContain('export type UnitId = never;');
    expect(typeCheck(output)).toEqual([]);
  });

  it('prints the same text on every run', () => {
    expect(emitTypeScript(smallRegistry())).toBe(text);
  });
});

describe('typeScriptPieces', () => {
  it('joins to the text emitTypeScript prints, each list item given apart, in order', () => {
    const registry = smallRegistry();
    const pieces = [...typeScriptPieces(registry)];
    expect(pieces.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('')).toBe(emitTypeScript(registry));
    const items = pieces.filter((piece) => typeof piece !== 'string');
    expect(items.filter((item) => item.list === 'tasks').map((item) => item.index)).toEqual(registry.tasks.map((_, i) => i));
    // Each item is the printed object alone: from its brace to its brace, no indent, no comma.
    for (const item of items) expect(item.text).toMatch(/^\{[\s\S]*\}$/u);
    expect(items.find((item) => item.list === 'tasks' && item.index === 0)!.text).toContain(`id: '${registry.tasks[0]!.id}'`);
  });
});
