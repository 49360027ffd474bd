import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Role } from '@policyc/model';
import { deferEach } from '../chunks.js';
import { ROLE_MARKS, ROLES, type ReportModel } from '../model.js';
import { part, scrollTable, sourceLink } from './links.js';
import { unitIds, unitLinks } from './tasks.js';

/**
 * 单位 × 任务: a row per unit, a column per task, 牵/配/责 where the unit has a role, and the
 * unit's counts at the end (its workload in this policy).
 */
export function renderMatrix(model: ReportModel, linked: boolean): Element {
  const { tasks } = model.registry;
  if (model.units.length === 0) return part('matrix', '单位 × 任务', h('p', { className: ['empty'] }, '没有识别到责任单位。'));
  const roles = tasks.map((task) => {
    const byUnit = new Map<string, Role[]>();
    for (const role of ROLES) for (const id of unitIds(task, role)) byUnit.set(id, [...(byUnit.get(id) ?? []), role]);
    return byUnit;
  });
  const head = h('thead', h('tr',
    h('th', { scope: 'col', className: ['unit'] }, '单位'),
    deferEach(tasks, (task) => h('th', { scope: 'col', title: task.title }, sourceLink(model.taskKeys.get(task.id), task.path || '—', linked, task.title))),
    h('th', { scope: 'col' }, '牵 · 配 · 责')));
  // A row a batch, and its cells (one per task) a batch at a time.
  const body = h('tbody', deferEach(model.units, (unit) => {
    const counts = { lead: 0, assist: 0, responsible: 0 };
    for (const byUnit of roles) for (const role of byUnit.get(unit.id) ?? []) counts[role]++;
    return h('tr',
      h('th', { scope: 'row', className: ['unit'] }, unitLinks(model, [unit.id], linked)),
      deferEach(roles, (byUnit) => {
        const unitRoles = byUnit.get(unit.id) ?? [];
        return h('td', { className: unitRoles.length > 0 ? ['role', `r-${unitRoles[0]}`] : [] }, unitRoles.map((r) => ROLE_MARKS[r]).join(''));
      }),
      h('td', { className: ['counts'] }, `${counts.lead} · ${counts.assist} · ${counts.responsible}`));
  }, 1));
  return part('matrix', '单位 × 任务', scrollTable(h('table', { className: ['matrix'] }, head, body), '单位任务矩阵'));
}
