import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Target } from '@policyc/model';
import type { ReportModel } from '../model.js';
import { deferEach } from '../chunks.js';
import { part, placeLabel, scrollTable, sourceLink } from './links.js';

const COMPARATOR_SIGNS: Record<string, string> = { eq: '=', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈', range: '区间' };

/** 目标指标: what is measured, the figure as written, how it compares, and by when. */
export function renderTargets(model: ReportModel, linked: boolean): Element {
  const { targets } = model.registry;
  if (targets.length === 0) return part('targets', '目标指标', h('p', { className: ['empty'] }, '没有识别到量化目标。'));
  const head = h('thead', h('tr', ['指标', '目标值', '比较', '数值', '期限', '章节', '出处'].map((t) => h('th', { scope: 'col' }, t))));
  const body = h('tbody', deferEach(targets, (target) => h('tr', { dataTarget: model.targetKeys.get(target.id) },
    h('td', target.metric ?? ''),
    h('td', { className: ['figure'] }, sourceLink(model.targetKeys.get(target.id), target.text, linked)),
    h('td', COMPARATOR_SIGNS[target.comparator] ?? String(target.comparator ?? '')),
    h('td', valueLabel(target)),
    h('td', target.deadline ?? ''),
    h('td', { className: ['path'] }, target.path),
    h('td', { className: ['place'] }, placeLabel(target.position)))));
  return part('targets', '目标指标', scrollTable(h('table', { className: ['targets'] }, head, body), '目标指标表'));
}

function valueLabel(target: Target): string {
  const unit = target.unit ?? '';
  if (target.comparator === 'range') return `${target.min ?? '?'}–${target.max ?? '?'}${unit}`;
  return target.value === null || target.value === undefined ? '' : `${target.value}${unit}`;
}
