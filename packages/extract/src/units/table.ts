/**
 * Task-division tables flattened to one cell per line, as HTML-to-text conversion leaves them:
 *
 *   序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限     ← header cells, one per line
 *   1 / 加强… / 省发展改革委 / 省财政厅、省科技厅 / 2020年底
 *
 * After a header that has role columns, every run of consecutive lines that are nothing but unit
 * lists is one clause; the i-th line of a run takes the i-th role column's role (a cell that says
 * its own roles, "A牵头，B配合", keeps them). Without such a header no bare line is a clause.
 */
import { ASSIST_WORDS, GOAL_COLUMN, LEAD_WORDS, pipeCells, PRESENT_COLUMN, SUBJECT_COLUMN } from '@policyc/parse';
import { MAX_CLAUSE } from './brackets.js';
import { MAX_UNIT_COLUMN, parseBody, placeCell, roleOfUnitColumn, type Tag, type TaggedSpan } from './clause.js';
import type { Found } from './find.js';
import { insideAny } from './spans.js';
import { compact, type View } from './view.js';
import { isPlaceName, isTotalName } from './names.js';
import { isBlankCode } from '../targets/scan.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  for (let from = 0; from <= text.length;) {
    const lf = text.indexOf('\n', from);
    const i = lf < 0 ? text.length : lf;
    let a = from;
    let b = i;
    // By char code: every line of every section is trimmed, and `text[a]` makes a string.
    while (a < b && isWhiteCode(text.charCodeAt(a))) a++;
    while (b > a && isWhiteCode(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
    from = i + 1;
  }
  return out;
}

/** What `/\s/` matches, by char code: a blank within a line (see scan.ts) or a line feed. */
function isWhiteCode(code: number): boolean {
  return code === 10 || isBlankCode(code);
}

function roleOfHeader(cell: string): Tag | null {
  // Every line is asked, and most are paragraphs: counted only as far as a header can reach.
  let length = 0;
  for (let i = 0; i < cell.length; i++) if (!isWhiteCode(cell.charCodeAt(i)) && ++length > MAX_UNIT_COLUMN + MAX_COLUMN_NOTE) return null;
  const header = cell.replace(/[\s\u3000]/g, '');
  // A line alone names a column only with a word of answering for the work: a kind word alone
  // ("单位" over "家", a measure's column) or a class ("相关单位", a site's "部门" tab) names none.
  return ANSWERING_WORD.test(header) ? roleOfUnitColumn(header) : null;
}
/** The most a note in brackets after a unit column's name adds ("（列第一位的为牵头单位）"). */
const MAX_COLUMN_NOTE = 18;
const ANSWERING_WORD = new RegExp(`${LEAD_WORDS}|${ASSIST_WORDS}|责任|负责`, 'u');

/** A text column's header ("目标任务", "工作任务", "序号", "完成时限"): a short name, no unit column. */
const TEXT_HEADER_RE = /^(?:序号|序號|[^\s，,。；;：:、]{0,4}(?:任务|任務|举措|措施|指标|事项|项目|内容|目标|时限|时间|备注))$/u;
/** Longest text column header, white space aside. */
const MAX_TEXT_HEADER = 8;
/** Most lines one unit cell is broken over ("市政 / 府办 / 公厅"). */
const MAX_CELL_LINES = 4;

/** A header cell's column: a unit column's role, 'text' for a text column, null for no header. */
function columnOfHeader(cell: string): Tag | 'text' | null {
  return roleOfHeader(cell) ?? (isTextHeader(cell) ? 'text' : null);
}

/**
 * A column of a table set a row a line: a unit column's role, 'place' for a column of places
 * ("县（市）", "地区", "乡镇": SUBJECT_COLUMN, as the parser's tables read it), 'text' for a text
 * column, null for no header. (A place alone on its line is no header: only rows are read so.)
 */
type RowColumn = Tag | 'place' | 'text' | null;
function rowColumnOfHeader(cell: string): RowColumn {
  return roleOfHeader(cell) ?? (SUBJECT_COLUMN.test(cell.replace(/\s/gu, '')) ? 'place' : null) ?? (isTextHeader(cell) ? 'text' : null);
}

/** Whether `cell` is a text column's header ("目标任务", "完成时限"). */
function isTextHeader(cell: string): boolean {
  // Every short line of a section is asked (headings, list items): counted only as far as a
  // header can reach, before a squeezed copy is made for the pattern.
  if (cell.length > MAX_TEXT_HEADER * 4) return false;
  // A figure column's unit in brackets after its name ("到位外资目标（万美元）") is no part of the name.
  const name = cell.replace(HEADER_UNIT_RE, '');
  let length = 0;
  for (let i = 0; i < name.length; i++) if (!isWhiteCode(name.charCodeAt(i)) && ++length > MAX_TEXT_HEADER) return false;
  return TEXT_HEADER_RE.test(name.replace(/[\s\u3000]/g, ''));
}
const HEADER_UNIT_RE = /[（(][^（）()\d]{1,6}[）)]$/u;

/** Adds the rows of `run` to `out` as one clause, if any; the next run (empty). */
function flushRun(run: { line: Line; view: View; units: TaggedSpan[] }[], out: Found[]): { line: Line; view: View; units: TaggedSpan[] }[] {
  if (run.length > 0) out.push(merge(run));
  return [];
}

/** Clauses read from flattened task tables; `taken` (sorted) are clauses found otherwise. */
export function tableCells(text: string, taken: readonly Found[]): Found[] {
  const out: Found[] = [];
  const all = lines(text);
  let columns: Tag[] = [];
  // No closure to close the run: this runs once per section, most of which hold no table.
  let run: { line: Line; view: View; units: TaggedSpan[] }[] = [];
  // Where the run of header lines that is no keyed header ends (see below): each run is walked once.
  let unkeyedUntil = -1;
  for (let k = 0; k < all.length; k++) {
    const line = all[k] as Line;
    // A table set a row a line, its cells parted by pipes, under a header with a unit column.
    const piped = line.text.includes('|') || line.text.includes('｜') ? pipeHeader(text, line) : null;
    if (piped !== null) {
      run = flushRun(run, out);
      columns = [];
      k = readRows(text, all, k + 1, piped, PIPE_ROWS, taken, out) - 1;
      continue;
    }
    // A table set a row a line, its cells parted by spaces, under a header of short names one of
    // which is a unit column ("责任单位 外贸出口目标 实到外资目标" over "某某区 1900 300").
    const spaced = columns.length === 0 ? spacedHeader(line) : null;
    if (spaced !== null) {
      const end = readRows(text, all, k + 1, spaced, SPACED_ROWS, taken, out);
      if (end > k + 1) {
        run = flushRun(run, out);
        k = end - 1;
        continue;
      }
    }
    const role = roleOfHeader(line.text);
    if (k >= unkeyedUntil && (role !== null || (columns.length === 0 && isTextHeader(line.text)))) {
      // A header with text columns among its unit columns ("牵头单位 / 目标任务 / 责任单位"):
      // its rows are read cell by cell, keyed by the header's columns.
      const header = headerRun(all, k);
      if (isKeyed(header.columns)) {
        run = flushRun(run, out);
        columns = [];
        k = readKeyedRows(text, all, header.end, header.columns, taken, out) - 1;
        continue;
      }
      // No later line of the run is a keyed header's first either: what follows it is a part of it.
      unkeyedUntil = header.end;
    }
    if (role !== null) {
      // A new header row: gather its role columns in order.
      run = flushRun(run, out);
      if (k === 0 || roleOfHeader((all[k - 1] as Line).text) === null) columns = [];
      columns.push(role);
      continue;
    }
    if (columns.length === 0 || insideAny(taken, line.start)) {
      run = flushRun(run, out);
      continue;
    }
    const column = columns[run.length % columns.length] as Tag;
    const view = line.text.length > MAX_CLAUSE ? null : compact(text, line.start, line.end);
    const body = view === null ? null : parseBody(view.s, 0, view.s.length, column);
    if (view === null || body === null) {
      run = flushRun(run, out);
      continue;
    }
    run.push({ line, view, units: body.units });
  }
  flushRun(run, out);
  return out;
}

/** A pipe row's header, when a cell of it names a unit column: each cell's column. */
function pipeHeader(text: string, line: Line): RowColumn[] | null {
  const cells = pipeCells(text, line.start, line.end);
  if (cells.length < 2) return null;
  const columns = cells.map((c) => rowColumnOfHeader(text.slice(c.start, c.end)));
  return columns.some((c) => c !== null && c !== 'text') ? columns : null;
}

/**
 * How a table set a row a line parts its cells: by pipes, or by spaces. Pipes mark a row whatever it
 * holds, so a row of another shape (a cell left empty, a note) is passed over and the table ends at
 * a line without them. Spaces part the words of any line, so a spaced table is read strictly: rows of
 * the header's cells whose unit cells name units, up to the first line that is not one or a blank
 * line (the signature under the table, "某县人民政府 2024年1月20日", is no row).
 */
interface RowForm {
  cells(text: string, line: Line): Line[];
  strict: boolean;
}
const PIPE_ROWS: RowForm = {
  cells: (text, line) => pipeCells(text, line.start, line.end).map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end) })),
  strict: false,
};
const SPACED_ROWS: RowForm = { cells: (_, line) => spacedCells(line), strict: true };

/**
 * Reads the rows under a header from line `k`; returns the line after the table. A row is one clause
 * spanning its line (the text of the row's task): the units of its unit cells, each cell's names
 * parted by 、 or by the spaces a page sets between them ("安监站 安监所"). A row of totals ("合计",
 * "全市") names no unit and is passed over. `rows`, when given, gets each row's cells.
 */
function readRows(text: string, all: readonly Line[], k: number, columns: readonly RowColumn[], form: RowForm, taken: readonly Found[], out: Found[], rows?: Line[][]): number {
  let j = k;
  /** Whether a row above named its place by its level ("港区"): the column is one of places. */
  let levelledAbove = false;
  for (; j < all.length; j++) {
    const line = all[j] as Line;
    if (insideAny(taken, line.start)) break;
    if (form.strict && (line.text.length > MAX_CLAUSE || (j > k && blankLineBetween(text, all[j - 1]!.end, line.start)))) break;
    if (!form.strict && !line.text.includes('|') && !line.text.includes('｜')) break;
    const cells = rowCells(text, form.cells(text, line), columns.length, columns.at(-1) === 'text' && form.strict);
    if (form.strict ? cells.length !== columns.length : Math.abs(cells.length - columns.length) > 1) break;
    if (isTotalName(cells[0]?.text.replace(/[\s\u3000]/gu, '') ?? '')) continue;
    // Beside a filled cell of a column of the units that answer ("县（市、区） | 目标 | 责任部门"), a
    // row's place only says whose figures it holds: the unit names who answers for them.
    const answered = columns.some((column, c) => (column === 'lead' || column === 'plain') && (cells[c]?.text.trim() ?? '') !== '');
    const row: { line: Line; view: View; units: TaggedSpan[] }[] = [];
    let unitCells = 0;
    columns.forEach((column, c) => {
      const cell = cells[c];
      if (column === null || column === 'text' || (column === 'place' && answered)) return;
      unitCells++;
      if (cell === undefined || cell.end - cell.start > MAX_CLAUSE || cell.start === cell.end) return;
      // A place is named by its whole cell, in a row of the figures divided among places: a row
      // without one ("春种 | 夏种", a header's second line) names no place. A town may be named
      // alone ("沙溪") once a row above has named a place by its level ("港区（含浮桥）").
      const place = column === 'place' && cells.some((other) => other !== cell && DIGIT_RE.test(other.text)) ? placeCell(text, cell.start, cell.end, 'plain', levelledAbove) : null;
      if (place !== null && !levelledAbove) levelledAbove = isPlaceName(place.view.s);
      const view = place?.view ?? cellView(text, cell.start, cell.end);
      const body = place?.body ?? parseBody(view.s, 0, view.s.length, column === 'place' ? 'plain' : column);
      if (body !== null) row.push({ line: cell, view, units: body.units });
    });
    if (form.strict && row.length !== unitCells) break;
    if (row.length === 0) continue;
    out.push(merge(row, line));
    rows?.push(cells);
  }
  return j;
}

/** A row's cells, the words past the header's count joined into its last cell when that holds text ("县应急局 2024年 6月底"). */
function rowCells(text: string, cells: Line[], count: number, joinLast: boolean): Line[] {
  if (!joinLast || cells.length <= count) return cells;
  const last = cells[count - 1]!;
  const end = cells[cells.length - 1]!.end;
  return [...cells.slice(0, count - 1), { start: last.start, end, text: text.slice(last.start, end) }];
}

/** Whether a blank line stands between offsets `from` and `to` (two line breaks with only blanks between). */
function blankLineBetween(text: string, from: number, to: number): boolean {
  const first = text.indexOf('\n', from);
  if (first < 0 || first >= to) return false;
  const second = text.indexOf('\n', first + 1);
  return second >= 0 && second < to;
}

/**
 * A header whose cells spaces part ("责任单位 外贸出口目标 实到外资目标"): each cell a unit column or a
 * text column's short name, one of them a unit column; each cell's column. Null for any other line
 * (a sentence, a unit list, a heading).
 */
function spacedHeader(line: Line): RowColumn[] | null {
  if (line.text.length > MAX_SPACED_HEADER || !/[ \t\u3000]/u.test(line.text)) return null;
  const cells = line.text.split(/[ \t\u3000]+/u);
  if (cells.length < 2 || cells.length > MAX_SPACED_COLUMNS) return null;
  // A header of three or more cells may name its text columns as it likes ("项目名称 服务对象 服务
  // 内容 支出责任 牵头负责单位"): each a few characters of a name; its unit column and the strict
  // rows under it (every row as many cells, its unit cells naming units) say it is a table.
  const named = cells.length >= MIN_NAMED_COLUMNS;
  const columns = cells.map((cell) => rowColumnOfHeader(cell) ?? (named && COLUMN_NAME_RE.test(cell) ? 'text' : null));
  if (columns.some((c) => c === null) || !columns.some((c) => c !== 'text')) return null;
  return columns;
}
/** Longest header line of such a table, and most columns. */
const MAX_SPACED_HEADER = 80;
const MAX_SPACED_COLUMNS = 12;
/** Fewest cells of a header whose text columns may have any name. */
const MIN_NAMED_COLUMNS = 3;
/** A column's name: a few ideographs, no figure, no punctuation. */
const COLUMN_NAME_RE = /^[\u4e00-\u9fff]{2,8}$/u;

/**
 * The goal cells of the tables `tableCells` reads as spaced rows of units and figures ("责任单位 外贸
 * 出口目标 实到外资目标" over "某某区 1900 300", under "金额单位：万美元"): each bare figure in a column
 * of goals (GOAL_COLUMN, not a present value's), with the unit its header gives in brackets
 * ("到位外资（万美元）") or the table's unit line above the header; a figure with no unit is left.
 * Offsets are `base + index in text`.
 */
export function spacedTableGoals(text: string, base: number): { start: number; end: number; text: string }[] {
  const goals: { start: number; end: number; text: string }[] = [];
  const all = lines(text);
  for (let k = 0; k < all.length; k++) {
    const columns = spacedHeader(all[k]!);
    if (columns === null) continue;
    const rows: Line[][] = [];
    const end = readRows(text, all, k + 1, columns, SPACED_ROWS, [], [], rows);
    if (rows.length === 0) continue;
    const headers = spacedCells(all[k]!).map((c) => c.text.normalize('NFKC'));
    const tableUnit = k > 0 ? UNIT_LINE_RE.exec(all[k - 1]!.text.normalize('NFKC'))?.[1] ?? null : null;
    headers.forEach((header, c) => {
      if (!GOAL_COLUMN.test(header) || PRESENT_COLUMN.test(header)) return;
      const unit = BRACKETED_UNIT_RE.exec(header)?.[1] ?? tableUnit;
      if (unit === null) return;
      for (const cells of rows) {
        const cell = cells[c]!;
        if (BARE_NUMBER_RE.test(cell.text)) goals.push({ start: base + cell.start, end: base + cell.end, text: `${cell.text}${unit}` });
      }
    });
    k = end - 1;
  }
  return goals;
}
/** A table's unit line over its header ("金额单位：万美元", "单位:万亩"): its unit. */
const UNIT_LINE_RE = /^(?:金额|计量|数量)?单位[:：]\s*([^\s,，、;；]{1,6})$/u;
/** A unit in brackets closing a column's header ("到位外资(万美元)"). */
const BRACKETED_UNIT_RE = /\(([^()\d]{1,6})\)$/u; // (NFKC: full-width brackets read as these)
const BARE_NUMBER_RE = /^\d+(?:\.\d+)?$/u;
const DIGIT_RE = /[0-9０-９]/u;

/** A line's cells where spaces part them. */
function spacedCells(line: Line): Line[] {
  const cells: Line[] = [];
  for (const m of line.text.matchAll(/[^ \t\u3000]+/gu)) cells.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, text: m[0] });
  return cells;
}

/** A table cell's view with the spaces between names read as the list's separator ("安监站 安监所" → "安监站、安监所"). */
function cellView(text: string, start: number, end: number): View {
  const view = compact(text, start, end);
  if (view.map.length === end - start) return view;
  let s = '';
  const map: number[] = [];
  let piece = 0;
  for (let k = 0; k < view.s.length; k++) {
    // A gap between two characters the compact view joined: a separator where both sides are
    // Chinese, unless what stands before it is a place alone, whose department follows ("某某县
    // 住房和城乡建设局").
    if (k > 0 && view.map[k]! > view.map[k - 1]! + 1 && HAN.test(view.s[k - 1]!) && HAN.test(view.s[k]!) && !PLACE_ALONE.test(s.slice(piece))) {
      s += '、';
      map.push(view.map[k - 1]! + 1);
      piece = s.length;
    }
    s += view.s[k];
    map.push(view.map[k]!);
  }
  return { s, map };
}
const HAN = /[\u4e00-\u9fff]/u;
/** A place's name alone, no body of it: a level ends it. */
const PLACE_ALONE = /^[\u4e00-\u9fff]{1,6}[省市县区镇乡州旗]$/u;

/**
 * The run of header lines (a cell a line) that starts at line `k`: its columns in order and the
 * line after it. A keyed header holds unit columns and text columns both (`isKeyed`).
 */
function headerRun(all: readonly Line[], k: number): { columns: (Tag | 'text')[]; end: number } {
  const columns: (Tag | 'text')[] = [];
  let j = k;
  for (; j < all.length; j++) {
    const c = columnOfHeader((all[j] as Line).text);
    if (c === null) break;
    columns.push(c);
  }
  return { columns, end: j };
}

/** Whether a run of header lines is a keyed header: text columns among unit columns. */
function isKeyed(columns: readonly (Tag | 'text')[]): boolean {
  return columns.includes('text') && columns.some((c) => c !== 'text');
}

/**
 * Reads the rows of a table set one cell a line under a keyed header, from line `k`; returns the
 * line after the table. A unit cell may be broken over a few lines (joined, it is a unit list); a
 * text cell runs until the next unit cell. A row is one clause; a row without units ends the table.
 */
function readKeyedRows(text: string, all: readonly Line[], k: number, columns: readonly (Tag | 'text')[], taken: readonly Found[], out: Found[]): number {
  let j = k;
  while (j < all.length) {
    const first = all[j] as Line;
    if (insideAny(taken, first.start) || columnOfHeader(first.text) !== null) break;
    const row: { line: Line; view: View; units: TaggedSpan[] }[] = [];
    let c = 0;
    while (c < columns.length && j < all.length) {
      const column = columns[c] as Tag | 'text';
      if (column === 'text') {
        // The text runs on until a line that opens the next unit cell.
        j++;
        while (j < all.length && c + 1 < columns.length && columns[c + 1] !== 'text' && unitCellAt(text, all, j, columns[c + 1] as Tag) === null && columnOfHeader((all[j] as Line).text) === null) j++;
        c++;
        continue;
      }
      const cell = unitCellAt(text, all, j, column, columns[c + 1] === 'text');
      if (cell !== null) {
        row.push(cell.cell);
        j = cell.next;
        c++;
        continue;
      }
      // An empty unit cell: the line belongs to the next text column, if there is one.
      const nextText = columns.indexOf('text', c + 1);
      if (nextText < 0) break;
      c = nextText;
    }
    if (row.length === 0) break;
    out.push(merge(row));
  }
  return j;
}

/**
 * A unit cell that opens at line `j`, joined over up to MAX_CELL_LINES lines; null if none.
 * Before a text column (`greedy`) the longest join that is a unit list is the cell ("市政 / 府办 /
 * 公厅": "市政府办" is a name too); before another unit column each line is a cell of its own.
 */
function unitCellAt(text: string, all: readonly Line[], j: number, role: Tag, greedy = false): { cell: { line: Line; view: View; units: TaggedSpan[] }; next: number } | null {
  const first = all[j] as Line;
  let found: { cell: { line: Line; view: View; units: TaggedSpan[] }; next: number } | null = null;
  for (let q = j; q < Math.min(all.length, j + MAX_CELL_LINES); q++) {
    const last = all[q] as Line;
    if (last.end - first.start > MAX_CLAUSE) break;
    const view = compact(text, first.start, last.end);
    const body = parseBody(view.s, 0, view.s.length, role);
    if (body === null) continue;
    found = { cell: { line: { start: first.start, end: last.end, text: text.slice(first.start, last.end) }, view, units: body.units }, next: q + 1 };
    if (!greedy) break;
  }
  return found;
}

/**
 * One clause from a run of cell lines (or a row's cells, `span` its whole line: the row's task);
 * unit offsets are kept against a view of the whole run.
 */
function merge(run: { line: Line; view: View; units: TaggedSpan[] }[], span?: { start: number; end: number }): Found {
  const first = run[0] as (typeof run)[number];
  const last = run[run.length - 1] as (typeof run)[number];
  const s: string[] = [];
  const map: number[] = [];
  const units: TaggedSpan[] = [];
  for (const cell of run) {
    const shift = map.length;
    s.push(cell.view.s);
    map.push(...cell.view.map);
    for (const u of cell.units) units.push({ ...u, start: u.start + shift, end: u.end + shift });
  }
  return {
    start: span?.start ?? first.line.start,
    end: span?.end ?? last.line.end,
    view: { s: s.join(''), map },
    body: { units, hasRoleWord: true },
    fromTable: true,
  };
}
