/**
 * Tables of HTML and Word policies, as text the parser reads as tables: one row a line, its cells
 * separated by tabs (the parser's row-per-line layout, see packages/parse/src/tables.ts).
 *
 * A browser's innerText, and mammoth's raw text, lose what a reader sees in a table: merged cells
 * (colspan / rowspan, Word's gridSpan / vMerge) leave rows short and columns shifted, and a cell's
 * paragraphs break its row over several lines. Here the table is first laid out on a grid, as the
 * HTML table model does, then each grid row is written out:
 *
 * - a cell's own line breaks become spaces, so a cell stays one cell;
 * - a cell spanning columns fills its first column; the others stay empty;
 * - a cell spanning rows is repeated in the rows below it that open a record of their own (their
 *   序号 cell is new and not empty: the lead unit shared by rows 2 and 3 is the lead of both),
 *   and left empty in rows that continue the record above (the parser then adds their cells to
 *   that record instead of reading the same unit twice);
 * - a header set over two rows ("责任单位" above "牵头单位 | 配合单位") becomes one header line
 *   naming each column by its lowest header cell, whether the other header cells span both rows
 *   or stand in the first row only, the cells under them left empty.
 *
 * Tables a reader would not take for data (one column, fewer than two rows, or a cell as long as
 * a page: the layout tables of web pages) are left to the caller's ordinary text.
 */

/** A cell as the source gives it: its text and spans (the HTML attributes, Word's merges). */
export interface SourceCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

interface Slot {
  text: string;
  /** Where the cell that covers this slot starts. */
  row: number;
  col: number;
}

/** The header cell of the column that numbers a table's records. */
const NUMBER_HEADER = '序号';
/** Longer than any cell of a data table: a cell holding this much is a page laid out in a table. */
const MAX_CELL = 2000;
/** Longest header cell ("指标内容及分值", "完成时限"). */
const HEADER_NAME_MAX = 12;
/** The HTML limits on spans (a larger colspan is read as this), also guarding the grid's size. */
const MAX_COLSPAN = 1000;

/** The table as lines, one grid row a line, cells separated by tabs; null when it is no data table. */
export function renderTable(rows: SourceCell[][], caption = ''): string | null {
  const grid = layOut(rows);
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  if (grid.length < 2 || width < 2) return null;
  if (grid.some((r) => r.some((s) => s !== undefined && s.text.length > MAX_CELL))) return null;

  const header = findHeader(grid);
  const key = header?.col ?? -1;
  const lines: string[] = [];
  const title = cellText(caption);
  if (title !== '') lines.push(title);
  for (let r = 0; r < grid.length; r++) {
    if (header && r > header.first && r <= header.last) continue; // merged into the header line
    const row = grid[r]!;
    let cells: string[];
    if (header && r === header.first) cells = headerCells(grid, header.first, header.last, width);
    else {
      const keySlot = key >= 0 ? row[key] : undefined;
      const opensRecord = keySlot !== undefined && keySlot.row === r && keySlot.text !== '';
      cells = [];
      for (let c = 0; c < width; c++) {
        const s = row[c];
        if (s === undefined || s.col !== c) cells.push(''); // no cell, or a spanned column
        else if (s.row === r) cells.push(s.text);
        else cells.push(opensRecord && c !== key ? s.text : ''); // a spanned row
      }
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) lines.push(cells.join('\t'));
  }
  return lines.join('\n');
}

/** A cell's text on one line: each run of white space (line breaks, tabs, 　) one space. */
export function cellText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The HTML table model, simplified: each cell takes the first free slot of its row. */
function layOut(rows: SourceCell[][]): (Slot | undefined)[][] {
  const grid: (Slot | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const row = grid[r]!;
    let c = 0;
    for (const cell of cells) {
      while (row[c] !== undefined) c++;
      const colSpan = span(cell.colSpan, MAX_COLSPAN);
      // rowspan="0" reaches the end of the table; no span reaches past it.
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : span(cell.rowSpan, rows.length - r);
      const slot: Slot = { text: cellText(cell.text), row: r, col: c };
      for (let i = r; i < r + rowSpan; i++) {
        // Overlapping spans (malformed input): the cell placed first keeps the slot.
        for (let j = c; j < c + colSpan; j++) grid[i]![j] ??= slot;
      }
      c += colSpan;
    }
  });
  // Slots no cell covers are holes; make them explicit so that every row reads left to right.
  for (const row of grid) for (let c = 0; c < row.length; c++) if (!(c in row)) row[c] = undefined;
  return grid;
}

function span(value: number, max: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.min(Math.floor(value), max) : 1;
}

/** The 序号 header cell: its column, and the rows the header spans. */
function findHeader(grid: (Slot | undefined)[][]): { col: number; first: number; last: number } | null {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    for (let c = 0; c < row.length; c++) {
      const s = row[c];
      if (s === undefined || s.row !== r || s.col !== c || s.text.replace(/\s+/gu, '') !== NUMBER_HEADER) continue;
      let last = r;
      while (last + 1 < grid.length && grid[last + 1]![c] === s) last++;
      while (last + 1 < grid.length && splitsHeader(grid, last, c)) last++;
      return { col: c, first: r, last };
    }
  }
  return null;
}

/**
 * Whether the row under header row `r` goes on the header: Word tables often split one header
 * cell ("责任单位" over "牵头单位 | 配合单位") without merging the others down, so the row below
 * is empty but for the names under the split cell. It is a header row when its 序号 cell is empty
 * and each of its own cells is a short name standing under a header cell that spans columns.
 */
function splitsHeader(grid: (Slot | undefined)[][], r: number, key: number): boolean {
  const above = grid[r]!;
  const row = grid[r + 1]!;
  if ((row[key]?.text ?? '') !== '') return false;
  let named = false;
  for (let c = 0; c < row.length; c++) {
    const s = row[c];
    if (s === undefined || s.row !== r + 1 || s.col !== c || s.text === '') continue;
    const over = above[c];
    const spansColumns = over !== undefined && (above[c - 1] === over || above[c + 1] === over);
    if (!spansColumns || !isHeaderName(s.text)) return false;
    named = true;
  }
  return named;
}

/** A header cell's text: a short name ("牵头单位", "配合单位"), not a number or a clause. */
function isHeaderName(text: string): boolean {
  const t = text.replace(/\s+/gu, '');
  return t.length >= 2 && t.length <= HEADER_NAME_MAX && !/^[0-9０-９]+$/u.test(t) && !/[。；;，,：:、]/u.test(t);
}

/** Each column named by the lowest header cell over it (a merged header names all its columns). */
function headerCells(grid: (Slot | undefined)[][], first: number, last: number, width: number): string[] {
  const cells: string[] = [];
  for (let c = 0; c < width; c++) {
    let name = '';
    for (let r = last; r >= first && name === ''; r--) name = grid[r]![c]?.text ?? '';
    cells.push(name);
  }
  return cells;
}
