/**
 * Tree in, registry out: sections, tasks with their units by role, the unit table, targets.
 */
import { SCHEMA_ID, SCHEMA_VERSION, type Registry, type Role, type Span, type Task, type Unit } from '@policyc/model';
import { createPositionMap, type Root } from '@policyc/parse';
import { readMeta } from './meta.js';
import { readOutline, type OutlineEntry } from './outline.js';
import { extractTargets, type TextBlock } from './targets/index.js';
import { findClauses, findConvention, normalizeUnitName, type ResponsibilityClause, type UnitMention } from './units/index.js';

export interface ExtractOptions {
  /** Where the document came from (a file name), recorded in `document.source`. */
  source?: string | null;
}

const ROLES: Role[] = ['lead', 'assist', 'responsible'];

/** Headings under which a document states aims, not tasks ("总体要求", "基本原则", "主要目标"). */
const NOT_TASKS = /总体要求|总体思路|指导思想|基本原则|发展原则|工作原则|主要目标|发展目标|工作目标|总体目标|目标任务$/u;

export function extractRegistry(tree: Root, text: string, options: ExtractOptions = {}): Registry {
  const positions = createPositionMap(text);
  const document = readMeta(tree, options.source ?? null);
  const outline = readOutline(tree);
  const convention = findConvention(text);
  if (convention) document.convention = convention.sentence;

  const clauses = outline.entries.map((e) => findClauses(text.slice(e.ownStart, e.ownEnd), e.ownStart, convention));
  const anyClause = clauses.some((c) => c.length > 0);

  const units = new Map<string, Unit>();
  const tasks: Task[] = [];
  const byPath = new Map(outline.entries.map((e) => [e.record.path, e]));
  outline.entries.forEach((entry, i) => {
    const found = clauses[i]!;
    if (found.length === 0) {
      if (!anyClause && isTaskLeaf(entry, byPath)) tasks.push(newTask(entry, `task-${entry.record.path}`, entry.ownStart, entry.ownEnd, []));
      return;
    }
    // One task per clause: a section whose paragraphs each close with their own clause holds
    // that many tasks, each the text from the previous clause (or the heading) to its clause.
    let from = entry.ownStart;
    found.forEach((clause, n) => {
      const id = n === 0 ? `task-${entry.record.path}` : `task-${entry.record.path}-${n + 1}`;
      const task = newTask(entry, id, from, clause.end, [clause]);
      for (const role of ROLES) for (const mention of clause[role]) assign(task, role, mention);
      tasks.push(task);
      from = clause.end;
    });
  });

  const blocks: TextBlock[] = [];
  if (outline.preamble) blocks.push({ path: '', title: '', text: text.slice(outline.preamble.start, outline.preamble.end), offset: outline.preamble.start });
  for (const e of outline.entries) blocks.push({ path: e.record.path, title: e.record.title, text: text.slice(e.ownStart, e.ownEnd), offset: e.ownStart });
  const targets = extractTargets(blocks).map(({ start, end, ...t }) => ({ ...t, position: positions.span(start, end) as Span }));

  return {
    $schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    document,
    sections: outline.entries.map((e) => e.record),
    tasks,
    units: [...units.values()],
    targets,
  };

  function newTask(entry: OutlineEntry, id: string, start: number, end: number, found: ResponsibilityClause[]): Task {
    return {
      id,
      path: entry.record.path,
      title: entry.record.title,
      text: text.slice(start, end).trim(),
      lead: [],
      assist: [],
      responsible: [],
      clauses: found.map((c) => c.text),
      position: positions.span(start, end) as Span,
    };
  }

  function assign(task: Task, role: Role, mention: UnitMention): void {
    const unit = unitFor(mention);
    if (!task[role].includes(unit.id)) task[role].push(unit.id);
    const list = role === 'lead' ? unit.leads : role === 'assist' ? unit.assists : unit.shares;
    if (!list.includes(task.id)) list.push(task.id);
  }

  function unitFor(mention: UnitMention): Unit {
    const id = normalizeUnitName(mention.name);
    let unit = units.get(id);
    if (!unit) {
      unit = { id, name: mention.name.trim(), occurrences: [], leads: [], assists: [], shares: [] };
      units.set(id, unit);
    }
    unit.occurrences.push(positions.span(mention.start, mention.end) as Span);
    return unit;
  }
}

/** With no responsibility clause anywhere, the tasks are the leaf headings outside aims sections. */
function isTaskLeaf(entry: OutlineEntry, byPath: ReadonlyMap<string, OutlineEntry>): boolean {
  if (!entry.isLeaf) return false;
  for (let at: OutlineEntry | undefined = entry; at; at = at.parent === null ? undefined : byPath.get(at.parent)) {
    if (NOT_TASKS.test(at.record.title)) return false;
  }
  return true;
}
