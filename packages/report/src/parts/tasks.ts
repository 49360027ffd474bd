import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Role, Task } from '@policyc/model';
import { deferEach } from '../chunks.js';
import { ROLE_LABELS, ROLES, targetsOfTask, type ReportModel } from '../model.js';
import { joined, part, placeLabel, scrollTable, sourceLink } from './links.js';

const ROLE_FILTER_LABELS = { lead: '牵头', assist: '配合', responsible: '责任' } as const;

/**
 * 任务分工: one row per task, with the filter the script drives. Each row lists its units' keys
 * per role in `data-lead` / `data-assist` / `data-responsible`, which is all the filter reads.
 */
export function renderTasks(model: ReportModel, linked: boolean): Element {
  const { tasks } = model.registry;
  const filter = h('div', { className: ['filter'] },
    h('label', '单位 ', h('select', { id: 'f-unit' }, h('option', { value: '' }, '全部单位'),
      model.units.map((unit) => h('option', { value: unit.key }, unit.name)))),
    h('label', '角色 ', h('select', { id: 'f-role' }, h('option', { value: '' }, '全部角色'),
      ROLES.map((role) => h('option', { value: role }, ROLE_FILTER_LABELS[role])))),
    h('output', { id: 'f-count', htmlFor: ['f-unit', 'f-role'] }, `共 ${tasks.length} 项任务`));
  const head = h('thead', h('tr', ['路径', '任务', ...ROLES.map((r) => ROLE_LABELS[r]), '完成时限', '目标', '出处'].map((t) => h('th', { scope: 'col' }, t))));
  const body = h('tbody', deferEach(tasks, (task) => taskRow(model, task, linked)));
  return part('tasks', '任务分工', filter, scrollTable(h('table', { className: ['tasks'] }, head, body), '任务分工表'));
}

function taskRow(model: ReportModel, task: Task, linked: boolean): Element {
  const roleKeys = (role: Role) => unitIds(task, role).map((id) => model.unitsById.get(id)!.key).join(' ');
  const title = task.title || shorten(task.text);
  return h('tr', { dataTask: model.taskKeys.get(task.id), dataLead: roleKeys('lead'), dataAssist: roleKeys('assist'), dataResponsible: roleKeys('responsible') },
    h('td', { className: ['path'] }, task.path),
    h('td', { className: ['title'] }, sourceLink(model.taskKeys.get(task.id), title, linked, task.text)),
    ROLES.map((role) => h('td', { className: ['units'] }, unitLinks(model, unitIds(task, role), linked))),
    h('td', { className: ['deadline'] }, task.deadline?.text ?? ''),
    h('td', { className: ['targets'] }, joined(targetsOfTask(model, task.path).map((target) =>
      sourceLink(model.targetKeys.get(target.id), target.text, linked, target.metric ?? undefined)))),
    h('td', { className: ['place'] }, placeLabel(task.position)));
}

export function unitIds(task: Task, role: Role): string[] {
  const ids = role === 'lead' ? task.lead : role === 'assist' ? task.assist : task.responsible;
  return [...new Set(ids ?? [])];
}

/** Unit names linked to their mentions in the text (only units the registry gives places for). */
export function unitLinks(model: ReportModel, ids: readonly string[], linked: boolean): ElementContent[] {
  return joined(ids.map((id) => {
    const unit = model.unitsById.get(id);
    const hasPlaces = (unit?.occurrences.length ?? 0) > 0;
    return sourceLink(hasPlaces ? unit?.key : undefined, unit?.name ?? id, linked);
  }));
}

/** The first 40 characters, for a task that has no title of its own. */
function shorten(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text;
}
