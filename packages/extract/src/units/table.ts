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
import { MAX_CLAUSE } from './brackets.js';
import { parseBody, type Tag, type TaggedSpan } from './clause.js';
import type { Found } from './find.js';
import { insideAny } from './spans.js';
import { compact, type View } from './view.js';

const ROLE_HEADER_RE =
  /^(?:(牵头|主办|主责)|(配合|协助|协办|参与)|责任|负责)(?:单位|部门|处室)$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let a = from;
      let b = i;
      while (a < b && /[\s\u3000]/.test(text[a] as string)) a++;
      while (b > a && /[\s\u3000]/.test(text[b - 1] as string)) b--;
      if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
      from = i + 1;
    }
  }
  return out;
}

function roleOfHeader(cell: string): Tag | null {
  const m = ROLE_HEADER_RE.exec(cell.replace(/[\s\u3000]/g, ''));
  if (m === null) return null;
  return m[1] !== undefined ? 'lead' : m[2] !== undefined ? 'assist' : 'plain';
}

/** Clauses read from flattened task tables; `taken` (sorted) are clauses found otherwise. */
export function tableCells(text: string, taken: readonly Found[]): Found[] {
  const out: Found[] = [];
  const all = lines(text);
  let columns: Tag[] = [];
  let run: { line: Line; view: View; units: TaggedSpan[] }[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(merge(run));
    run = [];
  };
  for (let k = 0; k < all.length; k++) {
    const line = all[k] as Line;
    const role = roleOfHeader(line.text);
    if (role !== null) {
      // A new header row: gather its role columns in order.
      flush();
      if (k === 0 || roleOfHeader((all[k - 1] as Line).text) === null) columns = [];
      columns.push(role);
      continue;
    }
    if (columns.length === 0 || insideAny(taken, line.start)) {
      flush();
      continue;
    }
    const column = columns[run.length % columns.length] as Tag;
    const view = line.text.length > MAX_CLAUSE ? null : compact(text, line.start, line.end);
    const body = view === null ? null : parseBody(view.s, 0, view.s.length, column);
    if (view === null || body === null) {
      flush();
      continue;
    }
    run.push({ line, view, units: body.units });
  }
  flush();
  return out;
}

/** One clause from a run of cell lines; unit offsets are kept against a view of the whole run. */
function merge(run: { line: Line; view: View; units: TaggedSpan[] }[]): Found {
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
    start: first.line.start,
    end: last.line.end,
    view: { s: s.join(''), map },
    body: { units, hasRoleWord: true },
    fromTable: true,
  };
}
