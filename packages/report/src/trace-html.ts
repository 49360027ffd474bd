import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type {
  DeadlineVerdict, DocumentRef, Implementation, LocalAddition, NationalTaskTrace, Scores, TargetComparison, TargetRef, TargetVerdict, TaskRef, TraceResult,
} from '@policyc/compare';
import type { Registry, Task } from '@policyc/model';
import { STYLE } from './assets.js';
import { renderPage } from './page.js';
import { part, scrollTable } from './parts/links.js';
import { TRACE_SCRIPT, TRACE_STYLE } from './trace-assets.js';

export interface TraceHtmlOptions {
  /** The provincial registry the trace was made from: each of its tasks then shows its units and text. */
  provincial?: Registry;
  /** The national registry, likewise. */
  national?: Registry;
}

/** What a task's row can show beyond the trace: its units by role and its text, from the registry. */
interface TaskDetails {
  units: string;
  text: string;
}

const VERDICT_LABELS: Record<TargetVerdict, string> = { stricter: '更严', looser: '更宽', equal: '相同', 'not-comparable': '无法比较' };
const DEADLINE_LABELS: Record<DeadlineVerdict, string> = { earlier: '更早', later: '更晚', same: '相同', unknown: '—' };
const COMPARATOR_SIGNS: Record<string, string> = { eq: '=', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈', range: '区间' };
const UPTAKE = { taken: 'taken', notTaken: 'not-taken' } as const;

/**
 * A trace (`trace` of `@policyc/compare`) as one self-contained HTML page in the report's style:
 * each national task with the provincial tasks implementing it (score, its parts, shared words,
 * units matched across levels, deadlines), filterable to the tasks taken up or not; the national
 * tasks not taken up; the local additions; the targets side by side with a verdict. Every
 * document string is escaped; the same input gives the same bytes.
 */
export function emitTraceHtml(result: TraceResult, options: TraceHtmlOptions = {}): string {
  const nationalDetails = detailsOf(options.national);
  const provincialDetails = detailsOf(options.provincial);
  const rowIds = new Map(result.tasks.map((t, index) => [t.task.id, `n${index}`]));
  const title = `${docTitle(result.provincial)} → ${docTitle(result.national)}`;
  return renderPage({
    title: `${title} · 贯彻落实对照`,
    style: STYLE + TRACE_STYLE,
    script: TRACE_SCRIPT,
    body: [
      renderHeader(result, title, options),
      h('main', { className: ['layout', 'single'] }, h('div', { className: ['data'] },
        renderNational(result, nationalDetails, provincialDetails),
        renderNotTakenUp(result.notTakenUp, rowIds, nationalDetails),
        renderLocalAdditions(result.localAdditions, rowIds, provincialDetails),
        renderTargets(result.targets))),
    ],
  });
}

function renderHeader(result: TraceResult, title: string, options: TraceHtmlOptions): Element {
  const s = result.summary;
  const side = (label: string, ref: DocumentRef, registry: Registry | undefined) => {
    const meta: [string, string | null | undefined][] = [
      ['文号', ref.docNumber], ['发文机关', registry?.document.issuer], ['日期', registry?.document.date], ['来源', ref.source],
    ];
    return h('div',
      h('p', { className: ['side-label'] }, `${label}：${docTitle(ref)}`),
      h('dl', { className: ['meta'] }, meta.filter(([, value]) => value).map(([name, value]) => h('div', h('dt', name), h('dd', value!)))));
  };
  return h('header', { className: ['top'] },
    h('h1', title),
    h('div', { className: ['side-by-side'] }, side('省级文件', result.provincial, options.provincial), side('国家文件', result.national, options.national)),
    h('p', { className: ['counts-line'] },
      `国家任务 ${s.nationalTasks} 项，已落实 ${s.covered} 项、未落实 ${s.nationalTasks - s.covered} 项 · 省级任务 ${s.provincialTasks} 项，其中地方新增 ${s.localAdditions} 项 · 对照目标 ${s.targetPairs} 组 · 匹配阈值 ${num(result.threshold)}`),
    h('nav', { className: ['jump'], ariaLabel: '对照各部分' },
      [['national', '国家任务落实情况'], ['not-taken-up', '未落实'], ['local', '地方新增'], ['goals', '目标对照']].map(([id, label]) => h('a', { href: `#${id}` }, label!))));
}

/** 国家任务落实情况: a row per national task, its implementations in one cell, and the filter the script drives. */
function renderNational(result: TraceResult, national: Map<string, TaskDetails>, provincial: Map<string, TaskDetails>): Element {
  const filter = h('div', { className: ['filter'] },
    h('label', '落实情况 ', h('select', { id: 'f-uptake' },
      h('option', { value: '' }, '全部'), h('option', { value: UPTAKE.taken }, '已落实'), h('option', { value: UPTAKE.notTaken }, '未落实'))),
    h('output', { id: 'f-count', htmlFor: ['f-uptake'] }, `共 ${result.tasks.length} 项国家任务`));
  const rows = result.tasks.map((t, index) => nationalRow(t, `n${index}`, national, provincial));
  return part('national', '国家任务落实情况', filter, stackTable('trace', ['路径', '国家任务', '省级落实任务（相似度 · 依据 · 时限）'], rows, '国家任务落实表'));
}

function nationalRow(t: NationalTaskTrace, id: string, national: Map<string, TaskDetails>, provincial: Map<string, TaskDetails>): Element {
  const taken = t.implementedBy.length > 0;
  return h('tr', { id, className: ['anchor'], dataUptake: taken ? UPTAKE.taken : UPTAKE.notTaken },
    h('td', { className: ['path'] }, taskLabel(t.task)),
    h('td', { className: ['title'] }, taskCell(t.task, national)),
    h('td', { className: ['impl'] }, taken
      ? h('ul', { className: ['impl'] }, t.implementedBy.map((m) => h('li', implementation(m, provincial))))
      : h('span', { className: ['missing'] }, '✗ 未落实')));
}

function implementation(m: Implementation, provincial: Map<string, TaskDetails>): ElementContent[] {
  const content: ElementContent[] = [
    h('div', h('span', { className: ['path'] }, `${taskLabel(m.task)} `), ...taskCell(m.task, provincial)),
    h('div', { className: ['parts'] }, h('span', { className: ['score'] }, num(m.score)), ` （${scoreParts(m)}）`),
  ];
  const { grams, units } = m.evidence;
  if (grams.length + units.length > 0) {
    content.push(h('div', { className: ['evidence'] },
      grams.length > 0 ? ['共有字词 ', ...grams.map((g) => h('span', { className: ['gram'] }, g))] : [],
      units.length > 0 ? [grams.length > 0 ? ' · ' : '', '单位对应 ', ...units.map((u) => h('span', { className: ['unit-pair'] }, `${u.a} ↔ ${u.b}`))] : []));
  }
  if (m.deadlines !== null) {
    content.push(h('div', { className: ['deadlines'] }, `时限：国家 ${m.deadlines.national ?? '—'} · 省级 ${m.deadlines.provincial ?? '—'}`));
  }
  return content;
}

function renderNotTakenUp(tasks: TaskRef[], rowIds: Map<string, string>, national: Map<string, TaskDetails>): Element {
  if (tasks.length === 0) return part('not-taken-up', '未落实的国家任务', h('p', { className: ['empty', 'ok'] }, '每项国家任务都有省级任务落实。'));
  return part('not-taken-up', '未落实的国家任务', h('ul', tasks.map((t) => h('li',
    h('a', { href: `#${rowIds.get(t.id) ?? ''}` }, taskLabel(t)), ' ', ...taskCell(t, national)))));
}

/** 地方新增: provincial tasks with no national source, and the nearest national task they were compared with. */
function renderLocalAdditions(additions: LocalAddition[], rowIds: Map<string, string>, provincial: Map<string, TaskDetails>): Element {
  if (additions.length === 0) return part('local', '地方新增（无国家来源）', h('p', { className: ['empty'] }, '没有地方新增任务。'));
  const rows = additions.map((a) => h('tr',
    h('td', { className: ['path'] }, taskLabel(a.task)),
    h('td', { className: ['title'] }, taskCell(a.task, provincial)),
    h('td', { className: ['nearest'] }, a.nearest === null ? '无相近任务' : [
      h('a', { href: `#${rowIds.get(a.nearest.task.id) ?? ''}` }, taskLabel(a.nearest.task)), ` ${a.nearest.task.title} `,
      h('span', { className: ['score'] }, num(a.nearest.score)), ` （${scoreParts(a.nearest)}）`])));
  return part('local', '地方新增（无国家来源）', stackTable('local', ['路径', '省级任务', '最接近的国家任务'], rows, '地方新增任务表'));
}

/** 目标对照: each pair of targets on the same metric, national then provincial, and how the province's stands. */
function renderTargets(targets: TargetComparison[]): Element {
  if (targets.length === 0) return part('goals', '目标对照', h('p', { className: ['empty'] }, '两份文件没有同一指标的量化目标。'));
  const rows = targets.map((t) => h('tr', { dataVerdict: t.verdict },
    h('td', { className: ['metric'] }, metricLabel(t)),
    ...targetCells(t.national),
    ...targetCells(t.provincial),
    h('td', { className: ['verdict', `v-${t.verdict}`] }, VERDICT_LABELS[t.verdict], h('span', { className: ['reason'] }, t.reason)),
    h('td', { className: ['deadline-verdict'] }, DEADLINE_LABELS[t.deadline])));
  const heads = ['指标', '国家目标', '国家比较', '国家期限', '省级目标', '省级比较', '省级期限', '结论', '期限对比'];
  return part('goals', '目标对照', stackTable('goals', heads, rows, '目标对照表'));
}

/** A table that scrolls in its box on a narrow desk and becomes cards on a phone, each cell labelled by its column head. */
function stackTable(name: string, heads: string[], rows: Element[], label: string): Element {
  for (const row of rows) {
    row.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'td')
      .forEach((cell, index) => { if (heads[index] !== undefined) cell.properties.dataLabel = heads[index]; });
  }
  const head = h('thead', h('tr', heads.map((t) => h('th', { scope: 'col' }, t))));
  return scrollTable(h('table', { className: [name, 'stack'] }, head, h('tbody', rows)), label);
}

function targetCells(t: TargetRef): Element[] {
  return [
    h('td', { className: ['figure'], title: `${t.path} · ${t.metric ?? ''}` }, t.text),
    h('td', { className: ['comparator'] }, `${COMPARATOR_SIGNS[t.comparator] ?? String(t.comparator ?? '')} ${valueLabel(t)}`.trim()),
    h('td', { className: ['deadline'] }, t.deadline ?? ''),
  ];
}

/** One metric when both sides name it alike, else both ("主营业务收入年均增速 / 年"). */
function metricLabel(t: TargetComparison): string {
  const a = t.national.metric ?? '?';
  const b = t.provincial.metric ?? '?';
  return a === b ? a : `${a} / ${b}`;
}

function valueLabel(t: TargetRef): string {
  const unit = t.unit ?? '';
  if (t.comparator === 'range') return `${t.min ?? '?'}–${t.max ?? '?'}${unit}`;
  return t.value === null ? '' : `${t.value}${unit}`;
}

/** A task's title, its text on hover and its units below, when the registry is at hand. */
function taskCell(t: TaskRef, details: Map<string, TaskDetails>): ElementContent[] {
  const found = details.get(t.id);
  const title = h('span', { className: ['task-title'], title: found?.text || undefined }, t.title || '（无标题）');
  return found?.units ? [title, h('div', { className: ['units-of'] }, found.units)] : [title];
}

function detailsOf(registry: Registry | undefined): Map<string, TaskDetails> {
  const details = new Map<string, TaskDetails>();
  if (!registry) return details;
  const names = new Map(registry.units.map((unit) => [unit.id, unit.name || unit.id]));
  // Unit lists are written with "、" between names, as 任务分工 tables write them.
  const list = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])].map((id) => names.get(id) ?? id).join('、');
  const roles = (task: Task) => [['牵头', list(task.lead)], ['配合', list(task.assist)], ['责任', list(task.responsible)]]
    .filter(([, units]) => units !== '').map(([role, units]) => `${role}：${units}`).join('；');
  for (const task of registry.tasks) if (!details.has(task.id)) details.set(task.id, { units: roles(task), text: task.text ?? '' });
  return details;
}

/**
 * A task's number, told apart from the others of its section as the text report does
 * (task-4.1, task-4.1-2 → "4.1", "4.1#2").
 */
function taskLabel(t: TaskRef): string {
  if (t.path === '') return t.id.startsWith('task-preamble-') ? `（前言 #${t.id.slice('task-preamble-'.length)}）` : '（前言）';
  if (t.id === `task-${t.path}`) return t.path;
  const prefix = `task-${t.path}-`;
  return t.id.startsWith(prefix) ? `${t.path}#${t.id.slice(prefix.length)}` : `${t.path} [${t.id}]`;
}

function scoreParts(s: Scores): string {
  return `标题 ${num(s.title)} · 正文 ${num(s.text)}${s.units === null ? '' : ` · 单位 ${num(s.units)}`}`;
}

const num = (x: number) => x.toFixed(2);
const docTitle = (d: DocumentRef) => d.title ?? d.source ?? '（无标题）';

