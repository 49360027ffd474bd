import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Registry, Span } from '@policyc/model';
import { SCRIPT, STYLE } from './assets.js';
import type { ReportCheckMessage, ReportCheckResult } from './check-result.js';
import { buildModel, type ReportModel } from './model.js';
import { deferHtml } from './chunks.js';
import { renderPage, renderPageChunks, type Page } from './page.js';
import { part } from './parts/links.js';
import { renderMatrix } from './parts/matrix.js';
import { renderOutline } from './parts/outline.js';
import { problemKey, renderProblems } from './parts/problems.js';
import { renderSource, type SourceMark } from './parts/source.js';
import { renderTargets } from './parts/targets.js';
import { renderTasks } from './parts/tasks.js';

export interface HtmlReportOptions {
  /** The policy text the registry was compiled from: shown with every extracted item highlighted. */
  sourceText?: string;
  /** What `@policyc/check` found: listed, and marked in the policy text where they point there. */
  checkResults?: ReportCheckResult;
}

/**
 * The registry as one self-contained HTML page (inline style and script, no network): outline,
 * task table filterable by unit and role, unit × task matrix, targets, the policy text with its
 * tasks, units and targets highlighted, and the check results. Every document string is escaped;
 * the same input gives the same bytes.
 */
export function emitHtml(registry: Registry, options: HtmlReportOptions = {}): string {
  return renderPage(reportPage(registry, options));
}

/**
 * The page of `emitHtml` in pieces, made as they are read: joined, they are its text. Writing
 * them as they come (to a file, a stream) never holds the page whole, nor the many nodes of its
 * big parts (the highlighted text, the task rows, the matrix), which grow with the document.
 * The registry and the options must not change until the last piece is read.
 */
export function emitHtmlChunks(registry: Registry, options: HtmlReportOptions = {}): Iterable<string> {
  return renderPageChunks(reportPage(registry, options));
}

function reportPage(registry: Registry, options: HtmlReportOptions): Page {
  const model = buildModel(registry);
  const text = options.sourceText;
  const linked = text !== undefined;
  const inSource = (message: ReportCheckMessage) => linked && isPolicyFile(message.file, registry) && placeSpan(message) !== null;
  const parts: Element[] = [
    renderOutline(model, linked),
    renderTasks(model, linked),
    renderMatrix(model, linked),
    renderTargets(model, linked),
  ];
  if (options.checkResults) parts.push(renderProblems(options.checkResults, inSource));
  const source = text === undefined
    ? part('source', '政策原文', h('p', { className: ['empty'] }, '未附原文：生成报告时提供原文即可在此查看并定位每一项。'))
    : renderSourcePart(text, marksOf(model, options.checkResults, inSource));
  source.properties.className = ['part', 'source'];

  const title = documentTitle(registry);
  return {
    title: `${title} · 任务分工报告`,
    style: STYLE,
    script: SCRIPT,
    body: [
      renderHeader(registry, title, options.checkResults !== undefined),
      h('main', { className: ['layout'] }, h('div', { className: ['data'] }, parts), source),
    ],
  };
}

function renderHeader(registry: Registry, title: string, withProblems: boolean): Element {
  const { document } = registry;
  const meta: [string, string | null][] = [
    ['文号', document.docNumber], ['发文机关', document.issuer], ['日期', document.date], ['来源', sourcePath(registry)],
  ];
  const withUnits = registry.tasks.filter((t) => (t.lead?.length ?? 0) + (t.assist?.length ?? 0) + (t.responsible?.length ?? 0) > 0).length;
  const jumps: [string, string][] = [['outline', '目录'], ['tasks', '任务分工'], ['matrix', '单位 × 任务'], ['targets', '目标指标'],
    ...(withProblems ? [['problems', '检查结果'] as [string, string]] : []), ['source', '政策原文']];
  return h('header', { className: ['top'] },
    h('h1', title),
    h('dl', { className: ['meta'] }, meta.filter(([, value]) => value).map(([label, value]) => h('div', h('dt', label), h('dd', value!)))),
    h('p', { className: ['counts-line'] },
      `${registry.sections.length} 个章节 · ${registry.tasks.length} 项任务（${withUnits} 项有责任单位）· ${registry.units.length} 个单位 · ${registry.targets.length} 个目标`),
    h('nav', { className: ['jump'], ariaLabel: '报告各部分' }, jumps.map(([id, label]) => h('a', { href: `#${id}` }, label))));
}

function renderSourcePart(text: string, marks: SourceMark[]): Element {
  const legend = h('ul', { className: ['legend'] },
    h('li', { className: ['hl-task'] }, '任务'), h('li', { className: ['hl-unit'] }, '单位'),
    h('li', { className: ['hl-target'] }, '目标'), h('li', { className: ['hl-problem'] }, '问题'));
  return part('source', '政策原文', legend, h('pre', { className: ['text'] }, deferHtml(() => renderSource(text, marks))));
}

/** Every span the page links to, in a fixed order: sections, tasks, targets, unit mentions, problems. */
function marksOf(model: ReportModel, result: ReportCheckResult | undefined, inSource: (m: ReportCheckMessage) => boolean): SourceMark[] {
  const { registry } = model;
  const marks: SourceMark[] = [];
  for (const section of registry.sections) marks.push({ key: model.sectionKeys.get(section.path)!, kind: 'section', span: section.position });
  for (const task of registry.tasks) marks.push({ key: model.taskKeys.get(task.id)!, kind: 'task', span: task.position });
  for (const target of registry.targets) marks.push({ key: model.targetKeys.get(target.id)!, kind: 'target', span: target.position });
  for (const unit of model.units) for (const span of unit.occurrences) marks.push({ key: unit.key, kind: 'unit', span });
  result?.messages.forEach((message, index) => {
    const span = inSource(message) ? placeSpan(message) : null;
    if (span) marks.push({ key: problemKey(index), kind: 'problem', span });
  });
  // An edited registry may lack a position; such an item is listed but has nothing to mark.
  return marks.filter((mark) => mark.span && typeof mark.span === 'object' && mark.span.start && mark.span.end);
}

/** A message's place as a span (a point becomes a one-character span). */
function placeSpan(message: ReportCheckMessage): Span | null {
  const place = message.place;
  if (!place) return null;
  if ('start' in place && place.start && typeof place.start === 'object') {
    const end = 'end' in place && place.end ? place.end : place.start;
    return { start: place.start, end } as Span;
  }
  const point = place as Span['start'];
  return { start: point, end: { ...point, column: point.column + 1, offset: point.offset + 1 } };
}

/** Whether a message's file is the policy text (the registry's source, by file name). */
function isPolicyFile(file: string | null | undefined, registry: Registry): boolean {
  const source = sourcePath(registry);
  return Boolean(file && source && baseName(file) === baseName(source));
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function documentTitle(registry: Registry): string {
  const { document } = registry;
  return document.title ?? document.planTitle ?? sourcePath(registry) ?? '（无标题）';
}

/**
 * The policy file's path: `document.source` is a path in registries of schema 2.0 and an object
 * with a `path` in later ones; the report reads both, as it is given registries of either.
 */
function sourcePath(registry: Registry): string | null {
  const source: unknown = registry.document.source;
  if (typeof source === 'string') return source;
  if (source && typeof source === 'object' && typeof (source as { path?: unknown }).path === 'string') return (source as { path: string }).path;
  return null;
}

