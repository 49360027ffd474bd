import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '@policyc/check';
import type { Registry, Span } from '@policyc/model';
import * as api from '../src/index.js';
import { emitHtml, emitHtmlChunks, type ReportCheckResult } from '../src/index.js';
import { HOSTILE, POLICY } from './fixtures/policy.js';
import { byClass, byId, byTag, classes, compileText, find, findAll, parseReport, textOf } from './helpers.js';

/** The text of every source piece marked with `key`, joined: what a click on `key` marks. */
function markedText(tree: Element | ReturnType<typeof parseReport>['tree'], key: string): string {
  const text = find(tree, byClass('text'));
  return findAll(text, (el) => classes(el).includes(`x-${key}`)).map(textOf).join('');
}

function slice(source: string, span: Span): string {
  return source.slice(span.start.offset, span.end.offset);
}

const taskRows = (tree: ReturnType<typeof parseReport>['tree']) =>
  findAll(find(tree, (el) => el.tagName === 'table' && classes(el).includes('tasks')), byTag('tbody')).flatMap((body) => findAll(body, byTag('tr')));

describe('@policyc/report public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['emitHtml', 'emitHtmlChunks', 'emitTraceHtml']);
  });
});

describe('emitHtml', () => {
  const registry = compileText(POLICY);
  const html = emitHtml(registry, { sourceText: POLICY });
  const { tree, errors } = parseReport(html);

  it('lists in a task\'s row the targets of its section and of the sections below it, and no others', () => {
    // Made-up paths: "3.1" holds "3.1" and "3.1.2" but not "3.10"; "" holds only "".
    const paths = ['3.1', '3.10', '3.1.2', '', '3', '3.1'];
    const edited: Registry = {
      ...registry,
      tasks: ['3', '3.1', '3.10', ''].map((path, i) => ({ ...registry.tasks[0]!, id: `task-${i}`, path })),
      targets: paths.map((path, i) => ({ ...registry.targets[0]!, id: `target-${i}`, path, text: `目标${i}`, partOf: null })),
    };
    const rows = taskRows(parseReport(emitHtml(edited)).tree);
    const listed = (row: Element) => [...textOf(find(row, byClass('targets'))).matchAll(/目标\d/gu)].map((m) => m[0]);
    expect(rows.map(listed)).toEqual([['目标0', '目标1', '目标2', '目标4', '目标5'], ['目标0', '目标2', '目标5'], ['目标1'], ['目标3']]);
  });

  it('is a well-formed HTML5 document', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('has a row per task, in order, with its title, path and units by role', () => {
    expect(registry.tasks.length).toBeGreaterThan(3);
    const rows = taskRows(tree);
    expect(rows.map((row) => textOf(find(row, byClass('title'))))).toEqual(registry.tasks.map((t) => t.title));
    expect(rows.map((row) => textOf(find(row, byClass('path'))))).toEqual(registry.tasks.map((t) => t.path));
    const units = (row: Element) => findAll(row, byClass('units')).map(textOf);
    expect(rows.map(units)).toEqual(registry.tasks.map((t) => [t.lead, t.assist, t.responsible].map((ids) => ids.join('、'))));
  });

  it('lists every section in the outline and every target in the targets table', () => {
    const outline = textOf(find(tree, byId('outline')));
    for (const section of registry.sections) expect(outline).toContain(`${section.marker}${section.title}`);
    const targets = findAll(find(tree, byId('targets')), byClass('figure')).map(textOf);
    expect(targets).toEqual(registry.targets.map((t) => t.text));
  });

  it('fills the unit × task matrix with 牵/配/责 as the units\' task lists say', () => {
    const rows = findAll(find(find(tree, byId('matrix')), byTag('tbody')), byTag('tr'));
    expect(rows).toHaveLength(registry.units.length);
    registry.units.forEach((unit, index) => {
      const cells = findAll(rows[index]!, byTag('td')).slice(0, -1).map(textOf);
      const has = (mark: string) => registry.tasks.filter((_, i) => cells[i]!.includes(mark)).map((t) => t.id);
      expect([has('牵'), has('配'), has('责')]).toEqual([unit.leads, unit.assists, unit.shares]);
    });
  });

  it('gives each row the unit keys per role that the filter reads', () => {
    const options = findAll(find(tree, byId('f-unit')), byTag('option')).slice(1);
    const keyOf = new Map(options.map((o) => [textOf(o), String(o.properties.value)]));
    taskRows(tree).forEach((row, index) => {
      const task = registry.tasks[index]!;
      expect(row.properties.dataLead).toBe(task.lead.map((id) => keyOf.get(id)).join(' '));
      expect(row.properties.dataAssist).toBe(task.assist.map((id) => keyOf.get(id)).join(' '));
      expect(row.properties.dataResponsible).toBe(task.responsible.map((id) => keyOf.get(id)).join(' '));
    });
  });

  it('shows the policy text whole and marks exactly each task\'s, target\'s and unit mention\'s span', () => {
    expect(textOf(find(tree, byClass('text')))).toBe(POLICY);
    registry.tasks.forEach((task, index) => expect(markedText(tree, `t${index}`)).toBe(slice(POLICY, task.position)));
    registry.targets.forEach((target, index) => expect(markedText(tree, `g${index}`)).toBe(slice(POLICY, target.position)));
    registry.units.forEach((unit, index) => {
      expect(markedText(tree, `u${index}`)).toBe(unit.occurrences.map((span) => slice(POLICY, span)).join(''));
      expect(unit.occurrences.map((span) => slice(POLICY, span))).toEqual(unit.occurrences.map(() => unit.name));
    });
  });

  it('links every task title to an anchor at the start of its span', () => {
    const links = findAll(find(tree, byId('tasks')), (el) => el.tagName === 'a' && classes(el).length === 0 && el.properties.dataGo !== undefined);
    const titleLinks = taskRows(tree).map((row) => find(find(row, byClass('title')), byTag('a')));
    expect(links.length).toBeGreaterThanOrEqual(titleLinks.length);
    for (const link of titleLinks) {
      const key = String(link.properties.dataGo);
      expect(link.properties.href).toBe(`#src-${key}`);
      expect(findAll(tree, byId(`src-${key}`))).toHaveLength(1);
    }
  });

  it('locates spans by line and column when a hand-edited registry has no offsets', () => {
    const edited = structuredClone(registry) as Registry;
    for (const task of edited.tasks) {
      for (const point of [task.position.start, task.position.end]) delete (point as Partial<typeof point>).offset;
    }
    const parsed = parseReport(emitHtml(edited, { sourceText: POLICY })).tree;
    registry.tasks.forEach((task, index) => expect(markedText(parsed, `t${index}`)).toBe(slice(POLICY, task.position)));
  });

  it('marks spans that cross each other piece by piece', () => {
    const crossing = structuredClone(registry) as Registry;
    const [first, second] = crossing.tasks;
    // The first task's span now runs into the second's: the shared text carries both marks.
    first!.position = { start: first!.position.start, end: second!.position.start };
    second!.position = { start: { ...first!.position.start, offset: first!.position.start.offset + 5 }, end: second!.position.end };
    const parsed = parseReport(emitHtml(crossing, { sourceText: POLICY })).tree;
    expect(markedText(parsed, 't0')).toBe(slice(POLICY, first!.position));
    expect(markedText(parsed, 't1')).toBe(slice(POLICY, second!.position));
    expect(textOf(find(parsed, byClass('text')))).toBe(POLICY);
  });

  it('skips spans outside the text instead of failing', () => {
    const broken = structuredClone(registry) as Registry;
    broken.tasks[0]!.position = { start: { line: 999, column: 1, offset: 99_999 }, end: { line: 999, column: 9, offset: 100_007 } };
    const parsed = parseReport(emitHtml(broken, { sourceText: POLICY })).tree;
    expect(markedText(parsed, 't0')).toBe('');
    expect(taskRows(parsed)).toHaveLength(registry.tasks.length);
  });

  it('is byte-identical on every run', () => {
    expect(emitHtml(compileText(POLICY), { sourceText: POLICY })).toBe(html);
  });

  it('loads nothing from elsewhere: every link is in-page and the CSP allows only its own script', () => {
    const urls = findAll(tree, () => true).flatMap((el) => ['href', 'src', 'action', 'srcSet'].map((p) => el.properties[p]).filter((v) => v !== undefined));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(String(url)).toMatch(/^#/);
    const [script, ...others] = findAll(tree, byTag('script'));
    expect(others).toEqual([]);
    const csp = String(find(tree, (el) => el.properties.httpEquiv !== undefined).properties.content);
    const hash = createHash('sha256').update(textOf(script!)).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
  });

  it('without the policy text lists everything but links nothing', () => {
    const parsed = parseReport(emitHtml(registry)).tree;
    expect(taskRows(parsed)).toHaveLength(registry.tasks.length);
    expect(findAll(parsed, (el) => el.properties.dataGo !== undefined)).toEqual([]);
    expect(findAll(parsed, byClass('text'))).toEqual([]);
    expect(textOf(find(parsed, byId('source')))).toContain('未附原文');
  });
});

describe('emitHtml on untrusted documents', () => {
  const registry = compileText(POLICY);
  const evil = '<script>alert("x")</script>\'"&amp;<img src=x onerror=alert(1)>';
  const hostile = structuredClone(registry) as Registry;
  hostile.document.title = `${evil}</title>`;
  hostile.tasks[0]!.title = evil;
  hostile.tasks[0]!.text = `</pre>${evil}`;
  hostile.tasks[0]!.deadline = { text: evil, year: null, position: hostile.tasks[0]!.position };
  hostile.units[0]!.name = `${evil}"><b>`;
  hostile.targets[0]!.text = evil;
  hostile.targets[0]!.metric = `"'${evil}`;
  hostile.sections[0]!.title = evil;
  const result: ReportCheckResult = { messages: [{ reason: evil, ruleId: `${evil}`, severity: 'error', file: `${evil}.yaml`, line: 1, column: 1 }] };
  const html = emitHtml(hostile, { sourceText: HOSTILE + POLICY, checkResults: result });
  const { tree, errors } = parseReport(html);

  it('keeps markup in every document string inert: one script, no injected element', () => {
    expect(errors).toEqual([]);
    expect(findAll(tree, byTag('script'))).toHaveLength(1);
    expect(findAll(tree, byTag('img'))).toEqual([]);
    expect(findAll(tree, byTag('b'))).toEqual([]);
    expect(findAll(tree, byTag('i'))).toEqual([]);
    expect(findAll(tree, byTag('pre'))).toHaveLength(1);
    // In text `<` is escaped; in a quoted attribute value it is inert as it is (HTML's own rules).
    expect(html).toContain('&#x3C;script>alert(');
  });

  it('shows each hostile string as the text it is', () => {
    expect(textOf(find(tree, byTag('title')))).toBe(`${evil}</title> · 任务分工报告`);
    expect(textOf(find(tree, byTag('h1')))).toBe(`${evil}</title>`);
    const row = taskRows(tree)[0]!;
    expect(textOf(find(row, byClass('title')))).toBe(evil);
    expect(find(find(row, byClass('title')), byTag('a')).properties.title).toBe(`</pre>${evil}`);
    expect(textOf(find(row, byClass('deadline')))).toBe(evil);
    expect(textOf(find(tree, byId('f-unit')))).toContain(`${evil}"><b>`);
    expect(textOf(find(tree, byClass('figure')))).toBe(evil);
    expect(textOf(find(tree, byId('problems')))).toContain(evil);
    expect(textOf(find(tree, byClass('text')))).toBe(HOSTILE + POLICY);
  });
});

describe('emitHtml with check results', () => {
  const registry = compileText(POLICY, 'dir/policy.txt');
  const task = registry.tasks[1]!;
  const result: ReportCheckResult = {
    messages: [
      { reason: 'the deadline is past', ruleId: 'deadline-past', severity: 'warning', file: 'out/policy.txt', line: task.position.start.line, column: task.position.start.column, place: task.position },
      { reason: 'missing key', ruleId: 'schema', severity: 'error', file: 'out/registry.yaml', line: 3, column: 1, place: { line: 3, column: 1, offset: 20 } },
    ],
  };
  const { tree } = parseReport(emitHtml(registry, { sourceText: POLICY, checkResults: result }));

  it('lists every message with its severity, place and rule', () => {
    const rows = findAll(find(find(tree, byId('problems')), byTag('tbody')), byTag('tr'));
    expect(rows.map((row) => findAll(row, byTag('td')).map(textOf))).toEqual([
      ['警告', `out/policy.txt:${task.position.start.line}:${task.position.start.column}`, 'the deadline is past', 'deadline-past'],
      ['错误', 'out/registry.yaml:3:1', 'missing key', 'schema'],
    ]);
  });

  it('marks a message placed in the policy text there, and links only that one', () => {
    expect(markedText(tree, 'p0')).toBe(slice(POLICY, task.position));
    expect(markedText(tree, 'p1')).toBe('');
    const links = findAll(find(tree, byId('problems')), (el) => el.properties.dataGo !== undefined);
    expect(links.map((el) => el.properties.dataGo)).toEqual(['p0']);
  });

  it('says so when the check found nothing', () => {
    const parsed = parseReport(emitHtml(registry, { checkResults: { messages: [] } })).tree;
    expect(textOf(find(parsed, byId('problems')))).toContain('没有发现问题');
  });
});

describe('emitHtml with a real check result', () => {
  it('takes @policyc/check\'s result as it is and lists each of its messages', () => {
    const registry = compileText(POLICY, 'policy.txt');
    const edited = structuredClone(registry) as Registry;
    edited.tasks[0]!.lead = ['某个未列出的单位'];
    const checked = checkFiles(
      [{ path: 'out/registry.json', content: JSON.stringify(edited) }],
      { source: { path: 'out/policy.txt', text: POLICY }, typecheck: false },
    );
    const result: ReportCheckResult = checked;
    expect(result.messages.length).toBeGreaterThan(0);
    const { tree } = parseReport(emitHtml(edited, { sourceText: POLICY, checkResults: result }));
    const rows = findAll(find(find(tree, byId('problems')), byTag('tbody')), byTag('tr'));
    expect(rows.map((row) => textOf(findAll(row, byTag('td'))[2]!))).toEqual(checked.messages.map((m) => m.reason));
  });
});

describe('emitHtmlChunks', () => {
  const registry = compileText(POLICY, 'policy.txt');
  const task = registry.tasks[0]!;
  const result: ReportCheckResult = {
    messages: [{ reason: 'deadline <past> & gone', ruleId: 'deadline-past', severity: 'warning', file: 'policy.txt', line: task.position.start.line, column: task.position.start.column, place: task.position }],
  };

  it('gives, joined, the page emitHtml gives', () => {
    for (const options of [{}, { sourceText: POLICY }, { sourceText: POLICY, checkResults: result }, { checkResults: { messages: [] } }]) {
      expect([...emitHtmlChunks(registry, options)].join('')).toBe(emitHtml(registry, options));
    }
  });

  it('escapes every document string as emitHtml does, in the text and the tables alike', () => {
    const text = `${HOSTILE}&lt;&#x3C;\u{1F600}${POLICY}`;
    const hostile = compileText(text, 'policy.txt');
    const html = [...emitHtmlChunks(hostile, { sourceText: text })].join('');
    expect(html).toBe(emitHtml(hostile, { sourceText: text }));
    const { tree, errors } = parseReport(html);
    expect(errors).toEqual([]);
    expect(textOf(find(tree, byClass('text')))).toBe(text);
    expect(findAll(tree, byTag('script'))).toHaveLength(1);
  });

  it('comes in pieces that do not grow with the document', () => {
    // The same policy repeated: the tasks, the matrix's columns and the marked text all grow.
    const largest = (copies: number) => {
      const text = Array.from({ length: copies }, () => POLICY).join('\n');
      const pieces = [...emitHtmlChunks(compileText(text), { sourceText: text })];
      return { count: pieces.length, largest: Math.max(...pieces.map((piece) => piece.length)), total: pieces.join('').length };
    };
    const small = largest(150);
    const big = largest(300);
    expect(big.total).toBeGreaterThan(1.8 * small.total);
    expect(big.count).toBeGreaterThan(small.count);
    expect(big.largest).toBeLessThan(1.2 * small.largest);
  });
});
