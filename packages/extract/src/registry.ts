/**
 * Tree in, registry out: sections, tasks with their units by role, the unit table, targets.
 */
import { SCHEMA_ID, SCHEMA_VERSION, type Registry, type Role, type SourceFile, type Span, type Target, type Task, type Unit } from '@policyc/model';
import { COMPARATOR_SIGNS, createPositionMap, GOAL_COLUMN, MEASURE_COLUMN, PRESENT_COLUMN, type Heading, type Marker, type MarkerStyle, type Root, type TableRow } from '@policyc/parse';
import { readMeta } from './meta.js';
import { readOutline, type OutlineEntry } from './outline.js';
import { cutReading, simplifiedReading } from './script.js';
import { isUnitName } from './units/names.js';
import { findRiders } from './units/rider.js';
import { partitionPoint } from './search.js';
import { extractTargets, type TextBlock } from './targets/index.js';
import { carriedRow, findClauses, findConvention, findDuties, isActorName, normalizeUnitName, readRow, spacedTableGoals, withoutScopeNote, type ProseContext, type ResponsibilityClause, type UnitMention } from './units/index.js';

export interface ExtractOptions {
  /** The file the document was read from, recorded in `document.source` (policyc's compile fills it in). */
  source?: SourceFile | null;
}

const ROLES: Role[] = ['lead', 'assist', 'responsible'];

/** Headings under which a document states aims, not tasks ("总体要求", "基本原则", "主要目标"). */
const NOT_TASKS = /总体要求|总体思路|指导思想|基本原则|发展原则|工作原则|主要目标|发展目标|工作目标|总体目标|目标任务$/u;

export function extractRegistry(tree: Root, text: string, options: ExtractOptions = {}): Registry {
  const positions = createPositionMap(text);
  const document = readMeta(tree, options.source ?? null);
  const outline = readOutline(tree, text);
  // What the readers match against: the text itself, or a copy of its length: simplified from
  // traditional script (same offsets), pinyin glosses and a viewer's chunk counters taken out of the
  // words they split (the characters after a cut move within their run; `startIn`/`endIn` put them back).
  const simplified = simplifiedReading(text);
  const cutCopy = cutReading(simplified ?? text, tree.data?.inserted);
  const reading = cutCopy?.reading ?? simplified ?? text;
  const copied = cutCopy !== null || simplified !== null;
  /** Where the copy's offset `at` stands in the text, as a span's start. */
  const startIn = (at: number): number => (cutCopy === null ? at : cutCopy.original[at] ?? at);
  /** Where the copy's offset `at` stands in the text, as a span's end: a run's end stays, a cut inside one follows its last character. */
  const endIn = (at: number): number => (cutCopy === null || at === 0 || cutCopy.original[at] === at ? at : startIn(at - 1) + 1);
  /** The text's span for the copy's `[start, end)`. */
  const spanIn = (start: number, end: number) => positions.span(startIn(start), endIn(end)) as Span;
  const inserted = tree.data?.inserted ?? [];
  /**
   * The text of the copy's `[start, end)`, as written (a gloss in a name is the name as the page
   * writes it), but for what a document viewer inserted into it: its counters are no one's words.
   */
  const sliceIn = (start: number, end: number): string => {
    const from = startIn(start);
    const to = endIn(end);
    let out = '';
    let at = from;
    for (const span of inserted) {
      if (span.start >= to) break;
      if (span.end <= at) continue;
      out += text.slice(at, Math.max(at, span.start));
      at = Math.max(at, span.end);
    }
    return out + text.slice(at, Math.max(at, to));
  };
  /** The original of `[start, end)` as written, whitespace removed (names, notes). */
  const written = (start: number, end: number, read: string): string =>
    copied ? sliceIn(start, end).replace(/[\s\u3000]+/gu, '') : read;
  let writtenOf: Map<string, string> | undefined;
  /** `name`, read in the simplified copy, in the characters the text itself writes. */
  const asTheTextWrites = (name: string): string => {
    if (simplified === null) return name;
    if (writtenOf === undefined) {
      writtenOf = new Map();
      for (let i = 0; i < text.length; i++) if (simplified.charCodeAt(i) !== text.charCodeAt(i) && !writtenOf.has(simplified[i]!)) writtenOf.set(simplified[i]!, text[i]!);
    }
    let out = '';
    for (const ch of name) out += writtenOf.get(ch) ?? ch;
    return out;
  };
  // A text hard-wrapped by its PDF: duties, clauses and figures go on over its line breaks. The
  // parser read the width once, for its titles; the three readers below take the same.
  const wrap = tree.data?.wrap ?? null;
  const convention = findConvention(reading);
  if (convention) document.convention = convention.sentence;

  // Where the text ends, trailing blanks aside: an excerpt may stop inside its last clause.
  const documentEnd = reading.trimEnd().length;
  // Each section's own text sliced once, shared by the three readers below.
  const ownTexts = outline.entries.map((e) => reading.slice(e.ownStart, e.ownEnd));
  // …and its text after its subsections (after a table of its rows), if any.
  const tailTexts = outline.entries.map((e) => e.tails.map((t) => ({ start: t.start, text: reading.slice(t.start, t.end) })));
  // The last numbered row read with units, and its section's parent: the rows after it in the same
  // group that have no unit cell carry its units (a cell merged down them).
  let above: { parent: string | null; row: TableRow; clause: ResponsibilityClause } | null = null;
  const clauses = outline.entries.map((e, i) => {
    // A table row is read by its columns; its text cells are not running text.
    if (e.node.row !== undefined) {
      const row = readRow(e.node.row, reading, convention);
      // (A group row's rows have another parent: a merged cell ends with its group.)
      if (e.node.style === 'row' && row !== null) above = { parent: e.parent, row: e.node.row, clause: row };
      else if (e.node.style === 'row' && above !== null && above.parent === e.parent) {
        const carried = carriedRow(e.node.row, reading, above);
        return carried === null ? [] : [carried];
      }
      return row === null ? [] : [row];
    }
    const own = findClauses(ownTexts[i] as string, e.ownStart, convention, wrap, documentEnd);
    const tail = tailTexts[i]!.flatMap((t) => findClauses(t.text, t.start, convention, wrap, documentEnd));
    // A clause line closing the item after its sub-items: the task runs from the item's start
    // (its sub-items included) to the clause's end, the way a clause task runs to its clause.
    if (e.closing === null) return [...own, ...tail];
    return [...own, ...tail, ...findClauses(reading.slice(e.closing.start, e.closing.end), e.closing.start, convention, wrap)];
  });
  const anyClause = clauses.some((c) => c.length > 0);
  const byPath = new Map(outline.entries.map((e) => [e.record.path, e]));
  // Whether a section is a lead-in whose items each get their unit's part: asked of each child.
  const leadIns = new Map<OutlineEntry, boolean>();
  const isLeadIn = (parent: OutlineEntry): boolean => {
    let leadIn = leadIns.get(parent);
    if (leadIn === undefined) leadIns.set(parent, (leadIn = readsAsLeadIn(reading.slice(parent.ownStart, parent.ownEnd).trim())));
    return leadIn;
  };
  const duties = outline.entries.map((e, i) => {
    if (e.node.row !== undefined) return [];
    const context = proseContext(e, clauses[i] ?? [], byPath, text, reading, isLeadIn, wrap);
    const own = findDuties(ownTexts[i] as string, e.ownStart, context);
    return [...own, ...tailTexts[i]!.flatMap((t) => findDuties(t.text, t.start, context))];
  });

  const units = new Map<string, Unit>();
  /**
   * The tasks already in each unit's list, per role. Keyed by the unit itself (one object per
   * id) rather than by a string of role, unit and task built per mention: a long document names
   * thousands of mentions, and each such string was garbage as soon as it was looked up.
   */
  const listed = new Map<Unit, Record<Role, Set<string>>>();
  const tasks: Task[] = [];
  const blanketSentences = new Map<string, ResponsibilityClause>();
  // Duties stated before the first heading, and in a notice's own text, belong to the path "".
  // So do clauses there: a document with no headings ("…措施。（责任单位：县商务局、县农业农村局）")
  // closes its paragraphs with them as a plan's items do.
  for (const region of [outline.notice, outline.preamble]) {
    if (region === null) continue;
    const slice = reading.slice(region.start, region.end);
    const own = findClauses(slice, region.start, convention, wrap, documentEnd);
    const found = [...own, ...findDuties(slice, region.start, { taken: own, wrap })].sort((a, b) => a.start - b.start);
    // A clause's task runs from the previous clause's end, as in a section.
    let from = region.start;
    for (const clause of found) {
      pushTask('', '', `task-preamble-${tasks.length + 1}`, clause.form === 'prose' ? clause.start : from, clause.end, clause);
      if (clause.form !== 'prose') from = clause.end;
    }
  }
  outline.entries.forEach((entry, i) => {
    const found = [...clauses[i]!, ...duties[i]!].sort((a, b) => a.start - b.start);
    if (found.length === 0) {
      if (!anyClause && isTaskLeaf(entry, byPath)) tasks.push(newTask(entry.record.path, entry.record.title, `task-${entry.record.path}`, entry.ownStart, entry.ownEnd, null));
      return;
    }
    // One task per clause: a section whose paragraphs each close with their own clause holds
    // that many tasks, each the text from the previous clause (or the heading) to its clause.
    // A duty in running text is a task of its own sentence.
    let from = entry.ownStart;
    found.forEach((clause, n) => {
      const id = n === 0 ? `task-${entry.record.path}` : `task-${entry.record.path}-${n + 1}`;
      if (clause.form === 'prose') pushTask(entry.record.path, entry.record.title, id, clause.start, clause.end, clause);
      else {
        pushTask(entry.record.path, entry.record.title, id, from, clause.end, clause);
        from = clause.end;
      }
    });
  });

  applyBlankets(tasks, outline.entries, byPath);
  // Tasks in document order: a clause task starts where the previous clause ended, so it may
  // open before a prose duty of the same section that was found first.
  tasks.sort((x, y) => x.position.start.offset - y.position.start.offset);
  applyRiders(tasks);

  const blocks: TextBlock[] = [];
  const tails: TextBlock[] = [];
  /** Goal cells read with their row's unit written in; a target's place is kept inside its cell. */
  const goalCellEnds: { start: number; end: number }[] = [];
  const cellEnd = (start: number, end: number): number => {
    const cell = cellHolding(goalCellEnds, start);
    return cell === undefined ? end : Math.min(end, cell.end);
  };
  /** A title as read: in a traditional text, its simplified copy ("工作目標" → "工作目标"), found in the section's text. */
  const titleRead = (e: OutlineEntry): string => {
    const title = e.record.title;
    if (!copied || title === '') return title;
    const at = text.slice(e.ownStart, e.ownEnd).indexOf(title);
    return at < 0 ? title : reading.slice(e.ownStart + at, e.ownStart + at + title.length);
  };
  if (outline.preamble) blocks.push({ path: '', title: '', text: reading.slice(outline.preamble.start, outline.preamble.end), offset: outline.preamble.start });
  const headers = new Map<string | null, ColumnRead>();
  for (const [i, e] of outline.entries.entries()) {
    const cells = e.node.row === undefined ? [] : goalCells(e.node.row, headers);
    // An indicator table's row: its goal columns hold the targets, due in the column's year; its
    // other cells (name, unit, present value) hold none.
    if (cells.length > 0) {
      for (const c of cells) {
        blocks.push({ path: e.record.path, title: titleRead(e), text: c.text, offset: c.start, goalColumn: { year: c.year } });
        goalCellEnds.push(c);
      }
    }
    else if (e.node.row === undefined) {
      const own = ownTexts[i] as string;
      blocks.push({ path: e.record.path, title: titleRead(e), text: own, offset: e.ownStart, markerEnd: own.startsWith(e.record.marker) ? e.record.marker.length : 0 });
      // A table of units and their figures in the section's text, set a row a line: its goal cells.
      for (const c of spacedTableGoals(own, e.ownStart)) {
        blocks.push({ path: e.record.path, title: titleRead(e), text: c.text, offset: c.start, goalColumn: { year: null } });
        goalCellEnds.push(c);
      }
    } else blocks.push({ path: e.record.path, title: titleRead(e), text: withoutReports(ownTexts[i] as string, e.ownStart, e.node.row, headers), offset: e.ownStart });
    // The section's text after a table of its rows, read as its own text is, in its place after them.
    for (const t of tailTexts[i]!) tails.push({ path: e.record.path, title: titleRead(e), text: t.text, offset: t.start, continuesSection: true });
  }
  for (const tail of tails) {
    const next = blocks.findIndex((b) => b.offset > tail.offset);
    blocks.splice(next < 0 ? blocks.length : next, 0, tail);
  }
  // Sought by halving, once per target: an indicator table may hold hundreds of goal cells.
  goalCellEnds.sort((x, y) => x.start - y.start);
  // Each target's fields written out rather than spread from its draft: a rest and a spread copy
  // property by property on V8's slow path, and a long document has thousands of targets.
  // A table row's deadline column ("完成时限": "2014年12月底前") ties the goals its other cells state
  // to that year, as a lead-in ties a paragraph's: the column heads the whole row.
  const rowYears = new Map<string, string>();
  for (const task of tasks) if (task.form === 'table' && task.deadline?.year) rowYears.set(task.path, task.deadline.year);
  // Regulations are set out in articles (第一条 …); plans and opinions in 一、（一）1.
  const rules = outline.entries.filter((e) => e.node.style === 'article').length >= MIN_ARTICLES;
  const targets: Target[] = extractTargets(blocks, { documentYear: document.date?.slice(0, 4) ?? null, docNumber: document.docNumber, title: document.title, rules, wrap }).map((t) => ({
    id: t.id,
    metric: t.metric,
    path: t.path,
    // A figure read in the simplified copy is quoted as written, and so is its unit ("80萬人": 萬人).
    text: copied && reading.slice(t.start, t.end) === t.text ? sliceIn(t.start, t.end) : t.text,
    value: t.value,
    min: t.min,
    max: t.max,
    unit: copied ? writtenUnit(t.unit, t.unitEnd) : t.unit,
    comparator: t.comparator,
    kind: t.kind,
    deadline: t.deadline ?? rowYears.get(t.path) ?? null,
    inclusive: t.inclusive,
    aggregation: t.aggregation,
    baseline: t.baseline,
    recurring: t.recurring,
    partOf: t.partOf,
    position: spanIn(t.start, cellEnd(t.start, t.end)),
  }));

  return {
    $schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    document,
    sections: outline.entries.map((e) => e.record),
    tasks,
    units: [...units.values()],
    targets,
  };

  /** The unit read as `unit` (NFKC of the simplified copy) ending at `end`, as the original writes it. */
  function writtenUnit(unit: string | null, end: number): string | null {
    if (unit === null || end < unit.length) return unit;
    const start = end - unit.length;
    // The copy has the original's offsets: where it holds the unit, the original holds it as written.
    return reading.slice(start, end).normalize('NFKC') === unit ? sliceIn(start, end).normalize('NFKC') : unit;
  }

  function newTask(path: string, title: string, id: string, start: number, end: number, found: ResponsibilityClause | null): Task {
    return {
      id,
      path,
      title,
      text: sliceIn(start, end).trim(),
      form: found === null ? null : found.form,
      evidence: found === null ? null : { text: sliceIn(found.start, found.end), position: spanIn(found.start, found.end) },
      deadline:
        found?.deadline === undefined
          ? null
          : { text: written(found.deadline.start, found.deadline.end, found.deadline.text), year: yearOf(found.deadline.text), position: spanIn(found.deadline.start, found.deadline.end) },
      lead: [],
      assist: [],
      responsible: [],
      clauses: found === null || found.form === 'prose' ? [] : [sliceIn(found.start, found.end)],
      position: spanIn(start, end),
    };
  }

  /**
   * "以下各项均由A负责落实，不再一一列出": every task section below the sentence's heading (the
   * whole document for a preamble) that names no unit of its own gets the sentence's units.
   */
  function applyBlankets(all: Task[], entries: readonly OutlineEntry[], paths: ReadonlyMap<string, OutlineEntry>): void {
    const blankets = all.filter((t) => t.form === 'prose' && blanketSentences.has(t.id));
    // Per path: the index of its unit-less task (a leaf of a task section), or -1 when a task
    // there names units of its own (which a blanket sentence never overrides).
    const slot = new Map<string, number>();
    all.forEach((t, i) => {
      const named = t.lead.length + t.assist.length + t.responsible.length > 0;
      if (named) slot.set(t.path, -1);
      else if (!slot.has(t.path)) slot.set(t.path, i);
    });
    for (const blanket of blankets) {
      const source = blanketSentences.get(blanket.id) as ResponsibilityClause;
      const scope = blanket.path;
      for (const entry of entries) {
        const path = entry.record.path;
        const inside = scope === '' || path.startsWith(`${scope}.`);
        if (!inside || !isTaskLeaf(entry, paths) || slot.get(path) === -1) continue;
        const task = newTask(path, entry.record.title, `task-${path}`, entry.ownStart, entry.ownEnd, source);
        for (const role of ROLES) for (const mention of source[role]) assign(task, role, mention);
        const at = slot.get(path);
        if (at === undefined) all.push(task);
        else all.splice(at, 1, task);
        slot.set(path, -1);
      }
    }
  }

  function pushTask(path: string, title: string, id: string, start: number, end: number, found: ResponsibilityClause): void {
    const task = newTask(path, title, id, start, end, found);
    for (const role of ROLES) for (const mention of found[role]) assign(task, role, mention);
    tasks.push(task);
    if (found.blanket === true) blanketSentences.set(id, found);
  }

  /**
   * "以下各项工作均需各县（市、区）政府落实，不再列出": the rider's units take part in every clause
   * or table row after it (in its attached text, when it stands in one) that gives units, where
   * they are not named already: they assist a lead, and share the work of units that share it.
   * (A task that names no unit is a blanket sentence's to fill, see applyBlankets.)
   */
  function applyRiders(all: Task[]): void {
    for (const rider of findRiders(reading)) {
      // "以下…" holds for the tasks after it; "各项任务均需…" for the one whose clause holds it too.
      const after = startIn(rider.end);
      const from = rider.everyTask ? startIn(rider.start) : after;
      // Stated inside an attached text, it holds for that text only: another attached plan is not
      // "below" it.
      let holder: OutlineEntry | undefined;
      for (const e of outline.entries) {
        if (e.ownStart > rider.start) break;
        holder = e;
      }
      const top = holder === undefined ? undefined : byPath.get(holder.record.path.split('.')[0]!);
      const scope = top !== undefined && top.node.style === 'attachment' ? top.record.path : null;
      const riding = rider.units.map(unitFor);
      for (const task of all) {
        const evidence = task.evidence?.position;
        const reached = rider.everyTask ? (evidence?.end.offset ?? -1) >= from : (evidence?.start.offset ?? -1) >= after;
        if ((task.form !== 'clause' && task.form !== 'table') || !reached) continue;
        if (scope !== null && task.path !== scope && !task.path.startsWith(`${scope}.`)) continue;
        // Beside a lead they assist; where the task's units share the work with no lead, they share it too.
        const role = task.lead.length > 0 || task.responsible.length === 0 ? 'assist' : 'responsible';
        for (const unit of riding) {
          if (!task.lead.includes(unit.id) && !task.responsible.includes(unit.id) && !task.assist.includes(unit.id)) assignUnit(task, role, unit);
        }
      }
    }
  }

  function assign(task: Task, role: Role, mention: UnitMention): void {
    assignUnit(task, role, unitFor(mention));
  }

  function assignUnit(task: Task, role: Role, unit: Unit): void {
    // A lead listed again among the task's other units ("牵头单位：A" over "责任单位：A、B、C")
    // leads it, and assists no one in it (ROLES puts lead first).
    if (role !== 'lead' && task.lead.includes(unit.id)) return;
    if (!task[role].includes(unit.id)) task[role].push(unit.id);
    // A unit's task lists grow with the document (a lead office leads hundreds of tasks): the
    // pairs already listed are kept in a set, not sought in the list.
    let byRole = listed.get(unit);
    if (byRole === undefined) {
      byRole = { lead: new Set(), assist: new Set(), responsible: new Set() };
      listed.set(unit, byRole);
    }
    if (byRole[role].has(task.id)) return;
    byRole[role].add(task.id);
    (role === 'lead' ? unit.leads : role === 'assist' ? unit.assists : unit.shares).push(task.id);
  }

  function unitFor(mention: UnitMention): Unit {
    // A name completed from a shortened list has no single place to be read back from: in a
    // traditional text its characters are written back as the text writes them ("相关县政府" →
    // "相關縣政府"), each one as the text has it wherever it differs from its simplified copy.
    // A note of the unit's scope ("（含开发区…，下同）") is no part of its name.
    const asWritten = withoutScopeNote(!copied ? mention.name
      : mention.end - mention.start < mention.name.length ? asTheTextWrites(mention.name) : written(mention.start, mention.end, mention.name));
    const id = normalizeUnitName(asWritten);
    let unit = units.get(id);
    if (!unit) {
      unit = { id, name: asWritten.trim(), occurrences: [], leads: [], assists: [], shares: [] };
      units.set(id, unit);
    }
    unit.occurrences.push(spanIn(mention.start, mention.end));
    return unit;
  }
}

/** Articles that make a document a body of rules: a plan may number a few measures 第一条 …. */
const MIN_ARTICLES = 5;

/** A body's name is short; a longer title is a sentence about the section. */
const MAX_HEADING_UNIT = 16;

/** The year a deadline names ("2020年底前" → "2020"); null for "长期", "持续推进". */
function yearOf(deadline: string): string | null {
  const m = /(?:19|20)\d{2}/u.exec(deadline.normalize('NFKC'));
  return m === null ? null : m[0];
}

/**
 * A cell that is only a figure and a comparator word, tested on the trimmed cell: the spaces
 * around the figure are trimmed, not matched by `\s*` on both sides of an optional word (which
 * backtracks quadratically over a long run of spaces).
 */
const BARE_FIGURE_RE = new RegExp(`^(?:[${COMPARATOR_SIGNS}]\\s*)?[\\d.]+(?:\\s*(?:以上|以下|左右|以内|及以上|及以下))?$`, 'u');
/** The figure opening a bare figure's cell, its sign with it: where the unit goes. */
const CELL_FIGURE_RE = new RegExp(`^(\\s*(?:[${COMPARATOR_SIGNS}]\\s*)?[\\d.]+)`, 'u');
/** A goal cell holding only zero ("0", "0.0", "0以上"). */
const ZERO_GOAL_RE = /^0(?:\.0+)?(?:以上|以下|左右|以内)?$/u;
/**
 * Columns of anything but figures (属性, 单位, 序号): with the parser's columns of present values
 * (PRESENT_COLUMN), the columns whose header names a goal or a year but that set none.
 */
const NOT_FIGURE_COLUMN_RE = /属性|序号|单位$/u; // (单位 closing a header: a unit column; "单位GDP能耗…" counts per unit of GDP)

/** What a table's header says of its column, for goal cells: read once per header, not per row. */
interface ColumnRead {
  /** The column gives the indicator's measure ("单位"). */
  measure: boolean;
  /** The column holds goals, due in `year` (its header's year, or null). */
  goal: boolean;
  year: string | null;
  /** The column reports on the work done ("落实情况"): its figures are facts. */
  report: boolean;
  /** The unit of its figures its header gives in brackets ("降低率目标(%)"), or ''. */
  unit: string;
}
/** A unit in brackets closing a figure column's header (NFKC: "（万元）" reads "(万元)"). */
const HEADER_UNIT_RE = /\(([^()\d]{1,6})\)$/u;

/** The reading of a header, from `headers` (filled as headers are met: a table's rows share them). */
function columnRead(headers: Map<string | null, ColumnRead>, header: string | null): ColumnRead {
  let read = headers.get(header);
  if (read === undefined) {
    const column = (header ?? '').normalize('NFKC').replace(/\s+/gu, '');
    read = {
      measure: MEASURE_COLUMN.test((header ?? '').replace(/\s+/gu, '')),
      // The parser's vocabulary of figure columns (GOAL_COLUMN: "目标值", "2025年", "预期值").
      goal: GOAL_COLUMN.test(column) && !PRESENT_COLUMN.test(column) && !NOT_FIGURE_COLUMN_RE.test(column),
      year: yearOf(column),
      report: REPORT_COLUMN_RE.test(column),
      unit: HEADER_UNIT_RE.exec(column)?.[1] ?? '',
    };
    headers.set(header, read);
  }
  return read;
}

/** The goal cells of an indicator-table row, with the year their column names. */
function goalCells(row: TableRow, headers: Map<string | null, ColumnRead>): { start: number; end: number; year: string | null; text: string }[] {
  const out: { start: number; end: number; year: string | null; text: string }[] = [];
  // "森林覆盖率 | % | 45以上": the figure's unit stands in a column of its own.
  const unit = row.cells.find((c) => columnRead(headers, c.column).measure)?.value.trim() ?? '';
  for (const cell of row.cells) {
    const column = columnRead(headers, cell.column);
    const start = cell.position.start.offset;
    const end = cell.position.end.offset;
    if (start === undefined || end === undefined || !column.goal) continue;
    const value = cell.value;
    // A goal of 0 ("年度目标 | 0") commits to nothing for the year: the row sets no goal there.
    if (ZERO_GOAL_RE.test(value.trim().normalize('NFKC'))) continue;
    // A bare figure, maybe with a comparator ("45以上", "6左右"), takes the unit after its number:
    // the row's measure, else the one its column's header gives in brackets ("降低率目标(%)").
    const cellUnit = unit !== '' ? unit : column.unit;
    const text = cellUnit !== '' && BARE_FIGURE_RE.test(value.trim()) ? value.replace(CELL_FIGURE_RE, `$1${cellUnit}`) : value;
    out.push({ start, end, year: column.year, text });
  }
  return out;
}

/** Columns of a task table that report on the work ("落实情况", "完成情况", "工作进展"): facts, not goals. */
// Not 进度 ("实施进度", "完成进度"): the parser reads such a column as the row's schedule.
const REPORT_COLUMN_RE = /^(?:工作)?(?:落实|完成|进展|推进|执行|办理|实施)情况$|^(?:工作)?进展$/u;

/**
 * A table row's text (`own`, starting at source offset `offset`) with its report cells blanked, the
 * offsets kept: a 落实情况 cell's "新增学位5500个" says what was done, and is no goal of the row.
 */
function withoutReports(own: string, offset: number, row: TableRow, headers: Map<string | null, ColumnRead>): string {
  let out = own;
  for (const cell of row.cells) {
    const start = cell.position.start.offset;
    const end = cell.position.end.offset;
    if (start === undefined || end === undefined || !columnRead(headers, cell.column).report) continue;
    const from = Math.max(0, start - offset);
    const to = Math.min(out.length, end - offset);
    if (to > from) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * The cell of `cells` (sorted by start; table cells do not overlap, so at most one holds a
 * place) that holds `offset`, or undefined.
 */
function cellHolding<C extends { start: number; end: number }>(cells: readonly C[], offset: number): C | undefined {
  // The last cell that starts at or before `offset`.
  const cell = cells[partitionPoint(cells.length, (k) => (cells[k] as C).start <= offset) - 1];
  return cell !== undefined && offset < cell.end ? cell : undefined;
}

/** Words of a lead-in that hands each listed item's unit its part ("下列单位按职责提供…："). */
const LEAD_IN_DUTY_RE = /职责|责任|负责|提供|承担/u;

/**
 * A section's own text (trimmed) that leads in items each given their unit's part: it ends in a
 * colon, and its last words speak of duties. The colon is read off the last character: a regex
 * anchored at the end (`/[：:]$/`) scans the whole text for colons, and a parent's text is long.
 * Read once per parent (see `isLeadIn` in extractRegistry), not once per child.
 */
function readsAsLeadIn(own: string): boolean {
  const last = own.charCodeAt(own.length - 1);
  return (last === 0xff1a || last === 0x3a) && LEAD_IN_DUTY_RE.test(own.slice(-120)); // ： :
}

/**
 * The unit a section's heading names when the heading is that name alone ("（一）学院",
 * "2.运检部：") or that name and a noun of its duties ("（二）教务处职责"), and the section has no
 * text of its own before its items; null otherwise. The heading holds the name whole, so it is
 * judged as a complete name (an office's "教务处" is one, which running text would not take:
 * "学科", "查处"), not as a subject in running text ("农业农村发展方面" is a topic there).
 */
function unitOfBareHeading(section: OutlineEntry, text: string, reading: string): ProseContext['headingUnit'] {
  // A chapter, a section or an attachment names a topic ("第二章 管理机构"), not an office.
  if (TOPIC_STYLES.has(section.node.style)) return null;
  const title = section.record.title.replace(/[：:]$/u, '');
  // A role's or a class's noun ("责任单位", "成员单位", "有关部门") names no office whose duties follow.
  if (ROLE_OR_CLASS_NOUN_RE.test(title)) return null;
  if (title.length < 2 || title.length > MAX_HEADING_UNIT) return null;
  const own = text.slice(section.ownStart, section.ownEnd).trimEnd().replace(/[：:]$/u, '');
  if (!own.endsWith(title)) return null;
  const start = section.ownStart + own.length - title.length;
  const name = reading.slice(start, start + title.length);
  if (isUnitName(name)) return { name: title, start, end: start + title.length, inherited: true };
  // "一、生产技术科业务保安责任制", "（二）教务处职责": the name, then its duties' noun.
  const duties = DUTIES_NOUN_RE.exec(name);
  if (duties === null) return null;
  for (let end = duties.index; end >= 2; end--) {
    if (duties.index - end > MAX_DUTIES_QUALIFIER) break;
    if (isUnitName(name.slice(0, end))) return { name: title.slice(0, end), start, end: start + end, inherited: true };
  }
  return null;
}
/** Styles of headings that name a topic, never an office: chapters, sections and attachments. */
const TOPIC_STYLES = new Set<MarkerStyle>(['chapter', 'section', 'attachment']);
/** A role's or a class's noun standing for units the text names elsewhere. */
const ROLE_OR_CLASS_NOUN_RE = /^(?:责任|成员|牵头|配合|协办|主办|承办|参与|有关|相关|管理|组织|工作|职能|主管|实施|办理)(?:单位|部门|机构|机关)$/u;
/** A noun of duties closing a heading after the unit whose duties its items list. */
const DUTIES_NOUN_RE = /(?:职责|职能|责任制|工作职责|主要职责|岗位职责)$/u;
/** Most characters between the name and that noun ("业务保安" in "…科业务保安责任制"). */
const MAX_DUTIES_QUALIFIER = 6;

/** What the duty reader needs to know of a section beyond its text. */
function proseContext(
  entry: OutlineEntry,
  clauses: readonly ResponsibilityClause[],
  byPath: ReadonlyMap<string, OutlineEntry>,
  text: string,
  reading: string,
  isLeadIn: (parent: OutlineEntry) => boolean,
  wrap: number | null,
): ProseContext {
  // Loops, not `find` with a closure made per section: a document has thousands of sections.
  let heading: Heading | undefined;
  for (const c of entry.node.children) {
    if (c.type === 'heading') {
      heading = c;
      break;
    }
  }
  let marker: Marker | undefined;
  for (const c of heading?.children ?? []) {
    if (c.type === 'marker') {
      marker = c;
      break;
    }
  }
  // A heading that is a body's name ("1.监督组。", "三、医学救援组。", "（1）综合协调组：由…组成。"),
  // not a sentence about one.
  const title = (entry.record.title.split(/[：:]/u)[0] ?? '').replace(/[*_#]/gu, '');
  // Sought in the section's own text only; a title not found there (markup inside it) names no unit.
  const own = text.slice(entry.ownStart, entry.ownEnd);
  const at = title.length === 0 ? -1 : own.indexOf(title);
  let headingUnit: ProseContext['headingUnit'] = null;
  // The title is tested as read (simplified) and kept as written.
  if (at >= 0 && title.length <= MAX_HEADING_UNIT && !title.includes('的') && isActorName(reading.slice(entry.ownStart + at, entry.ownStart + at + title.length))) {
    headingUnit = { name: title, start: entry.ownStart + at, end: entry.ownStart + at + title.length };
  }
  const parent = entry.parent === null ? undefined : byPath.get(entry.parent);
  // "（二）教务处" over "1、负责制订…" "2、负责组织…": items under a heading that is a unit's name
  // and nothing more are that unit's duties.
  if (headingUnit === null && parent !== undefined) headingUnit = unitOfBareHeading(parent, text, reading);
  const underLeadIn = parent !== undefined && isLeadIn(parent);
  // The optional fields set in place: a spread of a conditional object copies on V8's slow path,
  // and every section pays it.
  const context: ProseContext = { taken: clauses, headingUnit, underLeadIn, wrap };
  const bodyStart = marker?.position?.end.offset;
  if (bodyStart !== undefined) context.bodyStart = bodyStart;
  const headingEnd = heading?.position?.end.offset;
  if (headingEnd !== undefined) context.headingEnd = headingEnd;
  return context;
}

/** With no responsibility clause anywhere, the tasks are the leaf headings outside aims sections. */
function isTaskLeaf(entry: OutlineEntry, byPath: ReadonlyMap<string, OutlineEntry>): boolean {
  if (!entry.isLeaf) return false;
  for (let at: OutlineEntry | undefined = entry; at; at = at.parent === null ? undefined : byPath.get(at.parent)) {
    if (NOT_TASKS.test(at.record.title)) return false;
  }
  return true;
}
