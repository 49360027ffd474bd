/**
 * `emitTraceHtml`: the reference provincial policy traced to the national guidance it implements
 * (both in examples/), read back as a browser parses it; then made-up policies and a trace
 * carrying markup in every string it shows.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { trace, type TraceResult } from '@policyc/compare';
import { emitTraceHtml } from '../src/index.js';
import { byClass, byId, byTag, classes, compileText, find, findAll, parseReport, textOf } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const readExample = (path: string) => compileText(readFileSync(join(root, path), 'utf8'), path);
const provincial = readExample('examples/qinghai-pharma/qinghai-pharma.txt');
const national = readExample('examples/national-pharma/national-pharma.txt');
const result = trace(provincial, national);
const html = emitTraceHtml(result, { provincial, national });
const { tree, errors } = parseReport(html);

const bodyRows = (table: Element) => findAll(find(table, byTag('tbody')), byTag('tr'));
const traceRows = (root: Parameters<typeof find>[0]) => bodyRows(find(root, (el) => el.tagName === 'table' && classes(el).includes('trace')));

describe('emitTraceHtml on the examples', () => {
  it('is a well-formed HTML5 document', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('has a row per national task, in order, each marked taken up or not', () => {
    expect(national.tasks.length).toBeGreaterThan(10);
    const rows = traceRows(tree);
    expect(rows.map((row) => textOf(find(row, byClass('task-title'))))).toEqual(national.tasks.map((t) => t.title));
    const uptake = rows.map((row) => row.properties.dataUptake);
    expect(uptake).toEqual(result.tasks.map((t) => (t.implementedBy.length > 0 ? 'taken' : 'not-taken')));
    // The examples have both kinds, so the filter has rows to hide either way.
    expect(new Set(uptake)).toEqual(new Set(['taken', 'not-taken']));
  });

  it('lists under each national task the provincial tasks implementing it, with score and evidence', () => {
    traceRows(tree).forEach((row, index) => {
      const { implementedBy } = result.tasks[index]!;
      const items = findAll(find(row, byClass('impl')), byTag('li'));
      expect(items.map((li) => textOf(find(li, byClass('task-title'))))).toEqual(implementedBy.map((m) => m.task.title));
      items.forEach((li, i) => {
        const m = implementedBy[i]!;
        expect(textOf(find(li, byClass('score')))).toBe(m.score.toFixed(2));
        expect(findAll(li, byClass('gram')).map(textOf)).toEqual(m.evidence.grams);
        expect(findAll(li, byClass('unit-pair')).map(textOf)).toEqual(m.evidence.units.map((u) => `${u.a} ↔ ${u.b}`));
      });
    });
    // Units matched across levels are shown somewhere on the examples (a national 委 ↔ a provincial one).
    expect(findAll(tree, byClass('unit-pair')).length).toBeGreaterThan(0);
  });

  it('shows each task\'s units from its registry', () => {
    const lead = national.tasks.find((t) => t.lead.length > 0)!;
    const row = traceRows(tree)[national.tasks.indexOf(lead)]!;
    const name = national.units.find((u) => u.id === lead.lead[0])!.name;
    expect(textOf(find(find(row, byClass('title')), byClass('units-of')))).toContain(`牵头：${name}`);
  });

  it('lists the national tasks not taken up and the local additions', () => {
    expect(result.notTakenUp.length).toBeGreaterThan(0);
    const missing = findAll(find(tree, byId('not-taken-up')), byTag('li')).map(textOf);
    expect(missing).toEqual(result.notTakenUp.map((t) => `${t.path} ${t.title}`));
    expect(result.localAdditions.length).toBeGreaterThan(0);
    const local = bodyRows(find(find(tree, byId('local')), byTag('table')));
    expect(local.map((row) => textOf(find(row, byClass('task-title'))))).toEqual(result.localAdditions.map((a) => a.task.title));
    // Each nearest national task links to its row.
    const links = local.flatMap((row) => findAll(row, byTag('a')).map((a) => String(a.properties.href)));
    for (const href of links) expect(find(tree, byId(href.slice(1))).tagName).toBe('tr');
  });

  it('sets the targets side by side: the provincial growth target is stricter than the national floor', () => {
    const rows = bodyRows(find(find(tree, byId('goals')), byTag('table')));
    expect(rows).toHaveLength(result.targets.length);
    const growth = result.targets.findIndex((t) => t.national.comparator === 'gt' && t.national.unit === '%');
    expect(growth).toBeGreaterThanOrEqual(0);
    const row = rows[growth]!;
    const pair = result.targets[growth]!;
    expect(row.properties.dataVerdict).toBe('stricter');
    expect(textOf(find(row, byClass('verdict')))).toBe(`更严${pair.reason}`);
    expect(findAll(row, byClass('figure')).map(textOf)).toEqual([pair.national.text, pair.provincial.text]);
    expect(findAll(row, byClass('comparator')).map(textOf)).toEqual([`> ${pair.national.value}%`, `= ${pair.provincial.value}%`]);
    expect(findAll(row, byClass('deadline')).map(textOf)).toEqual([pair.national.deadline, pair.provincial.deadline]);
  });

  it('gives the same bytes for the same trace, and lets only its own script run', () => {
    expect(emitTraceHtml(trace(provincial, national), { provincial, national })).toBe(html);
    const scripts = findAll(tree, byTag('script'));
    expect(scripts).toHaveLength(1);
    const csp = String(find(tree, (el) => el.tagName === 'meta' && el.properties.httpEquiv !== undefined).properties.content);
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(textOf(scripts[0]!)).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
  });

  it('works from the trace alone, without the registries', () => {
    const bare = parseReport(emitTraceHtml(result)).tree;
    expect(traceRows(bare).map((row) => textOf(find(row, byClass('title'))))).toEqual(national.tasks.map((t) => t.title));
    expect(findAll(bare, byClass('units-of'))).toEqual([]);
  });
});

// Made-up policies whose task titles carry markup: the trace matches them, the page shows them as text.
const NATIONAL = `国务院关于推进<b>数字</b>农业发展的指导意见

一、重点任务
（一）<script>window.__pwned=1</script>建设农业大数据平台。加快农业农村数据资源整合共享。（农业农村部牵头，国家发展改革委配合）
（二）发展智慧农机装备。推广北斗导航自动驾驶农机。（工业和信息化部牵头）
`;
const PROVINCIAL = `某省推进数字农业发展实施方案

一、重点任务
（一）<script>window.__pwned=1</script>建设全省农业大数据平台。整合共享农业农村数据资源。（省农业农村厅牵头，省发展改革委配合）
（二）培育"<img src=x onerror=alert(1)>"特色品牌。（省商务厅牵头）
`;

describe('emitTraceHtml on hostile text', () => {
  const p = compileText(PROVINCIAL, 'provincial.txt');
  const n = compileText(NATIONAL, 'national.txt');
  const traced = trace(p, n);
  const evil = '<img src=x onerror="alert(1)">"\'<script>window.__pwned=2</script>&amp;';
  const hostile: TraceResult = structuredClone(traced);
  hostile.national.title = `${evil}</title>`;
  hostile.provincial.docNumber = evil;
  hostile.tasks[0]!.implementedBy[0]!.evidence.grams.push(evil);
  hostile.tasks[0]!.implementedBy[0]!.evidence.units.push({ a: evil, b: evil, key: evil });
  hostile.tasks[0]!.implementedBy[0]!.deadlines = { national: evil, provincial: null };
  hostile.targets.push({
    national: { id: 'x', path: '1', text: evil, metric: evil, comparator: 'gte', value: 1, min: null, max: null, unit: evil, deadline: evil },
    provincial: { id: 'y', path: '1', text: evil, metric: evil, comparator: 'gte', value: 2, min: null, max: null, unit: evil, deadline: evil },
    score: 1, pairedBy: 'metric', verdict: 'stricter', reason: evil, deadline: 'same',
  });
  const html = emitTraceHtml(hostile, { provincial: p, national: n });
  const { tree, errors } = parseReport(html);

  it('matches the made-up tasks whose titles hold a script tag', () => {
    expect(traced.tasks[0]!.task.title).toContain('<script>');
    expect(traced.tasks[0]!.implementedBy.map((m) => m.task.id)).toEqual([p.tasks[0]!.id]);
  });

  it('keeps markup in every string inert: one script, no injected element', () => {
    expect(errors).toEqual([]);
    expect(findAll(tree, byTag('script'))).toHaveLength(1);
    expect(findAll(tree, byTag('img'))).toEqual([]);
    expect(findAll(tree, byTag('b'))).toEqual([]);
  });

  it('shows each hostile string as the text it is', () => {
    expect(textOf(find(tree, byTag('title')))).toContain(`${evil}</title>`);
    const row = traceRows(tree)[0]!;
    expect(textOf(find(row, byClass('task-title')))).toBe(traced.tasks[0]!.task.title);
    expect(find(find(row, byClass('impl')), byClass('task-title')).properties.title).toBe(p.tasks[0]!.text);
    expect(findAll(row, byClass('gram')).map(textOf).at(-1)).toBe(evil);
    expect(findAll(row, byClass('unit-pair')).map(textOf).at(-1)).toBe(`${evil} ↔ ${evil}`);
    const goal = bodyRows(find(find(tree, byId('goals')), byTag('table'))).at(-1)!;
    expect(findAll(goal, byClass('figure')).map(textOf)).toEqual([evil, evil]);
    expect(textOf(find(goal, byClass('metric')))).toBe(evil);
  });
});
