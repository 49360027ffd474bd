/**
 * Task-division tables read by column: the parser makes each numbered row a section and keeps its
 * cells with their column headers (序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限 …), however
 * the table arrived (a cell a line, a row a line, Markdown, HTML, Word). A unit column's header
 * gives the role of the units no word in the cell marks: 牵头单位 → lead, 配合单位 → assist, and
 * any other unit column (责任单位, 指导部门, 实施主体) is read by the clause rules (one unit
 * leads, several share). A cell that says its own roles ("A牵头，B配合") keeps them.
 */
import { ABBREVIATED_UNIT, SUBJECT_COLUMN, UNIT_KIND_WORDS, withoutColumnNote, type TableRow } from '@policyc/parse';
import { MAX_CLAUSE, outermostPairs } from './brackets.js';
import { assignRoles, parseBody, placeCell, PRINCIPAL_NOUN_RE, roleOfUnitColumn, tagOfLabel, type Tag, type TaggedSpan } from './clause.js';
import { conventionAt, findConvention, type LeadConvention } from './convention.js';
import { isUnitName } from './names.js';
import { simplifiedWord } from '../script.js';
import type { ResponsibilityClause } from './types.js';
import { compact, mentions, type View } from './view.js';

// A unit column's header and the role it gives its units: `roleOfUnitColumn` (clause.ts), the
// grammar flattened tables read too, its roles a label's, so the three agree.
const DEADLINE_COLUMN_RE = /^(?:完成|办结|实施)?(?:时限|时间|期限)$|^时间(?:节点|安排|要求|进度)$|^进度安排$/u;
/** A header as written, NFKC, no whitespace ("牵 头 单 位" → "牵头单位"): its role is read with its note ("责任单位（牵头）"). */
function columnHeader(column: string | null): string {
  return (column ?? '').normalize('NFKC').replace(/\s+/gu, '');
}
/** A header as the column rules read it: no note in brackets after it ("责任股室(单位)"). */
function columnName(column: string | null): string {
  return withoutColumnNote(columnHeader(column));
}

/** The units of a table row, as one assignment with `form: 'table'`; null when it names none. */
export function readRow(row: TableRow, text: string, convention: LeadConvention | null): ResponsibilityClause | null {
  const s: string[] = [];
  const map: number[] = [];
  const units: TaggedSpan[] = [];
  let first = -1;
  let last = -1;
  let deadline: ResponsibilityClause['deadline'];
  // Principal units lead beside a column of helpers, or before another column of units answering
  // for the task ("责任主体 | 责任单位", as a clause's labels read), unless a column of leads stands
  // there too; that later column's units then assist.
  const columnNames = row.cells.map((cell) => columnName(cell.column));
  const columnRoles = row.cells.map((cell) => roleOfUnitColumn(columnHeader(cell.column)));
  const principalAt = columnNames.findIndex((name, k) => columnRoles[k] === 'plain' && PRINCIPAL_NOUN_RE.test(name));
  const answeringAfter = principalAt >= 0 && columnRoles.some((role, k) => k > principalAt && role === 'plain' && !PRINCIPAL_NOUN_RE.test(columnNames[k]!));
  const helped = (columnRoles.includes('assist') || answeringAfter) && !columnRoles.includes('lead');
  // Beside a filled cell of a column of the units that answer (a lead's, or one of plain role:
  // "县（市、区） | 目标 | 责任单位"), a row's place only says whose figures it holds.
  const answered = row.cells.some((cell, k) => (columnRoles[k] === 'lead' || columnRoles[k] === 'plain') && cell.value.trim() !== '');
  for (const cell of row.cells) {
    const start = cell.position.start.offset;
    const end = cell.position.end.offset;
    if (start === undefined || end === undefined) continue;
    if (first < 0 || start < first) first = start;
    if (end > last) last = end;
    // In a traditional text (read from its simplified copy, which differs from the cell as written)
    // the header is converted too: "負責單位" names the same column as "负责单位".
    const read = text.slice(start, end);
    const header = columnHeader(read !== cell.value && cell.column !== null ? simplifiedWord(cell.column) : cell.column);
    const column = withoutColumnNote(header);
    if (deadline === undefined && DEADLINE_COLUMN_RE.test(column) && cell.value.trim() !== '') {
      // The place of the note itself, without the cell's padding.
      const lead = cell.value.length - cell.value.trimStart().length;
      const text = cell.value.trim();
      deadline = { text, start: start + lead, end: Math.min(end, start + lead + text.length) };
    }
    // A target-division table's column of places ("县（市）", "地区"): each row's place answers for its figures.
    const subject = !answered && SUBJECT_COLUMN.test(column);
    const plainRole = roleOfUnitColumn(header) ?? (subject ? 'plain' : null);
    const principal = plainRole === 'plain' && PRINCIPAL_NOUN_RE.test(column);
    const role = plainRole === 'plain' && helped ? (principal ? 'lead' : answeringAfter ? 'assist' : plainRole) : plainRole;
    if (role === null || end - start > MAX_CLAUSE) continue;
    // A place is named by its whole cell, by its level: a parser's row is read alone, with no
    // other cells of its column to show the column names places.
    const place = subject ? placeCell(text, start, end, role, false) : null;
    const view = place?.view ?? spacedNames(text, start, end) ?? compact(text, start, end);
    const body = place?.body ?? parseBody(view.s, 0, view.s.length, role) ?? unitsBeforeConvention(view.s, role) ?? abbreviatedNames(view.s, role, SECTION_COLUMN_RE.exec(column)?.[1]);
    if (body === null) continue;
    const shift = map.length;
    s.push(view.s);
    map.push(...view.map);
    for (const u of body.units) units.push({ ...u, start: u.start + shift, end: u.end + shift });
  }
  if (units.length === 0 || first < 0) return null;
  const view: View = { s: s.join(''), map };
  const roles = assignRoles(units, conventionAt(convention, first, last));
  return {
    start: first,
    end: last,
    text: text.slice(first, last),
    form: 'table',
    ...(deadline === undefined ? {} : { deadline }),
    lead: mentions(view, roles.lead, 0),
    assist: mentions(view, roles.assist, 0),
    responsible: mentions(view, roles.responsible, 0),
  };
}

/**
 * The units of a row that has no unit cell of its own, under the row before it that has one: a
 * unit cell merged down several rows is written on the first of them only, as a page's table or
 * its Markdown copy leaves it. Null when the row has a unit cell of its own, belongs to another
 * table (its columns are not the row above's), or states its own duty ("区财政局负责…").
 */
export function carriedRow(row: TableRow, text: string, above: { row: TableRow; clause: ResponsibilityClause }): ResponsibilityClause | null {
  if (row.cells.some((cell) => roleOfUnitColumn(columnHeader(cell.column)) !== null)) return null;
  const columns = new Set(above.row.cells.map((cell) => cell.column));
  if (!row.cells.every((cell) => columns.has(cell.column))) return null;
  const first = row.cells[0]?.position.start.offset;
  const last = row.cells.at(-1)?.position.end.offset;
  if (first === undefined || last === undefined) return null;
  const own = text.slice(first, last);
  if (OWN_DUTY_RE.test(own)) return null;
  // A unit cell merged down the rows is no deadline cell merged with it: each row keeps its own.
  const { deadline: _, ...units } = above.clause;
  return { ...units, start: first, end: last, text: own };
}

/** A row that states who does its work in its own words: it carries no units from above. */
const OWN_DUTY_RE = /负责|牵头|由/u;

/**
 * A cell whose names are parted by spaces alone ("县教体局 各相关乡镇政府"), as a list: each part a
 * whole name, read with "、" for the spaces (mapped to the last of them). In a cell a space parts
 * what a table set side by side; a name a space cuts in two ("省发展 改革委") leaves a part that is
 * no name, and is read whole. Null when the cell is not such a list.
 */
function spacedNames(text: string, start: number, end: number): View | null {
  const parts: View[] = [];
  // A part may list names of its own ("…局 各县市区政府、 开发区管委会"): its closing 、 is the list's.
  for (const m of text.slice(start, end).matchAll(/[^\s、，,]+/gu)) parts.push(compact(text, start + m.index, start + m.index + m[0].length));
  if (parts.length < 2 || parts.length > MAX_SPACED_NAMES || !parts.every((p) => isUnitName(p.s))) return null;
  const map: number[] = [];
  for (const [k, part] of parts.entries()) {
    if (k > 0) map.push(part.map[0]! - 1);
    map.push(...part.map);
  }
  return { s: parts.map((p) => p.s).join('、'), map };
}
/** More parts than this are a sentence's words, not a list of names. */
const MAX_SPACED_NAMES = 12;

/**
 * The units of a unit cell that closes with the table's convention in brackets ("A、B、C（列在首位
 *的为牵头部门，有关部门按职责分工负责，下同）"): the note says how to read every row's list
 * (`findConvention` finds it in the whole text), so the cell's units are the list before it. The
 * note may say more than the convention, which the clause grammar would not take for a note.
 */
function unitsBeforeConvention(s: string, role: Tag): ReturnType<typeof parseBody> {
  const last = outermostPairs(s).at(-1);
  if (last === undefined || last.open === 0 || s.slice(last.end).trim() !== '') return null;
  if (findConvention(s.slice(last.open + 1, last.close)) === null) return null;
  return parseBody(s, 0, last.open, role);
}

/**
 * The units of a unit cell that writes them short ("县农业", "市发改、区城管", "县农业牵头、县水利配合"):
 * the column says the cell holds units, so names cut to their level and first words are read as
 * written, as a clerk copying the table would, each with the role a word after it gives. Every part
 * must be such a name; null otherwise.
 */
function abbreviatedNames(s: string, role: Tag, section?: string): ReturnType<typeof parseBody> {
  const units: TaggedSpan[] = [];
  let hasRoleWord = false;
  for (const m of s.matchAll(/[^、，,；;]+/gu)) {
    const said = ROLE_AFTER_NAME.exec(m[0]);
    const name = said === null ? m[0] : m[0].slice(0, said.index);
    if (!ABBREVIATED_UNIT.test(name) && !(section !== undefined && isSectionName(name, section))) return null;
    hasRoleWord ||= said !== null;
    units.push({ start: m.index, end: m.index + name.length, tag: said === null ? role : tagOfLabel(said[0]) });
  }
  return units.length === 0 ? null : { units, hasRoleWord };
}

/**
 * A column of an office's sections ("责任股室", "责任科室", "牵头处室"): its cells name sections by
 * their word alone ("文化宣传股", "旅游股"), as no running text would name a body.
 */
const SECTION_COLUMN_RE = /([股科处])室$/u;
/**
 * A section's name in such a column: a few characters closed by the column's section word ("旅游股");
 * not a catch-all over sections ("各股", "相关股室").
 */
function isSectionName(name: string, section: string): boolean {
  return name.length >= 2 && name.length <= MAX_SECTION_NAME && name.endsWith(section) && /^[\u4e00-\u9fff]+$/u.test(name) && !/^(?:各|相关|有关|其他|其它)/u.test(name);
}
const MAX_SECTION_NAME = 10;

/** A role word closing a part of a unit cell ("县农业牵头", "县水利配合"). */
const ROLE_AFTER_NAME = /(?:牵头|配合|协助|负责)$/u;
