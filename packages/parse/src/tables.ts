/**
 * Tables, as text extraction leaves them: a numbered row of a task-division or indicator table
 * (its 序号 cell "1", "2" …) is a heading under the table's heading (at the top level when the
 * table has none: a task list published alone, its header line ending the document header, see
 * `headers`), titled by its name cell (工作任务 / 重点任务 / 改革举措 / 指标名称 …); its other
 * cells are kept so that units and deadlines can be read by column. Three layouts are read:
 *
 * - one cell a line: the header cells each on a line (序号, 工作任务, 牵头单位 …), then rows, each
 *   opened by a line that is only its number; each cell may close with the page's column
 *   separator ("序号 |", "1 |", "|" for an empty cell), which decoration.ts marks as markup;
 * - one row a line, cells separated by tabs or runs of spaces;
 * - Markdown pipe tables ("| 序号 | 工作任务 | … |").
 *
 * Group rows inside a table ("一、知识产权保护方面（共5项）") are headings of their own scheme;
 * continuation rows without a number belong to the row before them. Set one row a line, a group row
 * is often its text alone (a cell spanning the row, the empty cells after it dropped): it is told
 * from a heading after the table by the numbered row that follows it. Anything else inside a table
 * (the "1." "（1）" of a cell's own enumeration) is cell text, not a heading.
 */
import { contentEnd, contentStart, isSpaceCode, type Candidate, type Line, type MarkupMask } from './lines.js';
import { matchMarker, matchNamedOrdinal, type MarkerMatch } from './markers.js';
import { parseOrdinal, toHalfWidthDigits } from './numerals.js';
import { alignCells, CATEGORY_COLUMN, columnKind, holdsUnits, UNIT_KIND_WORDS, type ColumnKind } from './cells.js';

export interface CellRange {
  /** The header cell's text, white space removed; null if unknown. */
  column: string | null;
  start: number;
  end: number;
}

export interface RowRange {
  cells: CellRange[];
  /** The cell that names the row (its title); -1 when the row has none. */
  name: number;
}

export interface TableReading {
  /** Row candidates (style 'row') and group-row candidates, with their cells. */
  rows: Candidate[];
  /** Whether a line lies inside a table (its markers are cell text unless they are rows). */
  inside: (line: number) => boolean;
  /** Where each table's header line (the one holding its 序号 cell) begins, for tables with rows. */
  headers: number[];
  /** Where each table with rows ends (the end of its last line): the text after it is its section's, no row's. */
  ends: number[];
}

/** Reads every table in [from, text.length). */
/** Highest number a table's first row may carry (an excerpt's): beyond it, a figure. */
const MAX_FIRST_ROW = 999;

export function readTables(text: string, lines: Line[], mask: MarkupMask, from: number, candidates: Candidate[]): TableReading {
  const rows: Candidate[] = [];
  const regions: [number, number][] = [];
  const headers: number[] = [];
  const lineStarts = candidates.filter((c) => c.atLineStart);
  const starts = new Map(lineStarts.map((c) => [c.line, c] as const));
  const cell = (k: number) => {
    const l = lines[k]!;
    const start = contentStart(text, l.start, l.end, mask);
    return { start, end: contentEnd(text, start, l.end, mask) };
  };
  const squeezed = (k: number) => {
    const c = cell(k);
    return text.slice(c.start, c.end).replace(/\s+/gu, '');
  };
  const ends: number[] = [];
  const found = (k: number, end: number, rowsBefore: number) => {
    regions.push([k, end]);
    if (rows.length > rowsBefore) {
      headers.push(cell(k).start);
      ends.push(lines[end]!.end);
    }
  };
  // A table's header holds a 序号 (序號) cell: a line without one (its characters perhaps spaced
  // apart) is not read as a header, which spares splitting every paragraph into cells, and every
  // 有序 or 程序 of the text. The next such place is kept track of as the lines go by.
  let nextXu = numberHeaderFrom(text, 0);
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.end <= from) continue;
    if (nextXu >= 0 && nextXu < lines[k]!.start) nextXu = numberHeaderFrom(text, lines[k]!.start);
    // A header without one names a column of units by its role ("责任部门", "牵头单位"). It is a
    // short line: only those are searched, a paragraph that labels its units ("负责单位：…") is not.
    const line = (nextXu < 0 || nextXu >= lines[k]!.end) && lines[k]!.end - lines[k]!.start <= MAX_HEADER_LINE ? text.slice(lines[k]!.start, lines[k]!.end) : '';
    if (line !== '' && UNIT_COLUMN.test(line)) {
      const rowsBefore = rows.length;
      // A row of cells is set apart by pipes, tabs or wide gaps; a cell alone on its line is short.
      const split = SEPARATED.test(line) ? splitRow(k, 2) : null;
      if (split && split.every((c) => isHeaderText(text.slice(c.start, c.end)))) {
        const end = rowPerLineUnnumbered(k, split);
        if (end > k) {
          found(k, end, rowsBefore);
          k = end;
        }
      } else if (line.trim().length <= COLUMN_CELL_MAX + 2 && isColumnCell(k)) {
        // (The length first: a longer line is no header cell, and is not squeezed to be sure.)
        const { first, end } = cellPerLineUnnumbered(k);
        if (end > k) {
          found(first, end, rowsBefore);
          k = end;
        }
      }
      continue;
    }
    if (nextXu < 0 || nextXu >= lines[k]!.end) continue;
    const rowsBefore = rows.length;
    if (isNumberHeader(squeezed(k))) {
      const end = cellPerLine(k);
      if (end > k) {
        found(k, end, rowsBefore);
        k = end;
      }
      continue;
    }
    const split = splitRow(k);
    const cellsSplit = split && split.some((c) => isNumberHeader(text.slice(c.start, c.end).replace(/\s+/gu, '')));
    // A header whose cells single spaces part ("序号 工 作 任 务 牵头负责部门"): its rows are too.
    const header = cellsSplit ? split : spacedHeader(k);
    if (header) {
      // Its rows set a row a line, or a cell a line under the header set as a row ("序号 涉及部门
      // 职责分工" over "1" / "市教育局" / "负责…"): a row's number alone on the next line.
      const next = nextLine(k);
      const end = next !== null && numberOn(next) === 1 ? cellRowsUnder(k, header) : rowPerLine(k, header, !cellsSplit);
      if (end > k) {
        found(k, end, rowsBefore);
        k = end;
      }
    }
  }
  return { rows, inside: (line) => regions.some(([a, b]) => line >= a && line <= b), headers, ends };

  /** A table whose rows are set one cell a line under a header set as a row on line `at`; returns its last line. */
  function cellRowsUnder(at: number, header: CellRange[]): number {
    const columns = header.map((c) => text.slice(c.start, c.end).replace(/\s+/gu, ''));
    const numberAt = columns.findIndex(isNumberHeader);
    return cellRows(at, at, at, columns.slice(numberAt + 1), columns.slice(0, numberAt), numberAt > 0);
  }

  /** A table set one cell a line, its header's 序号 cell on line `at`; returns its last line. */
  function cellPerLine(at: number): number {
    // The header: the short lines around 序号 (a one-character line is a group cell written downwards).
    let first = at;
    while (first - 1 >= 0 && isHeaderCell(first - 1)) first--;
    // Header cells may stand a blank line apart, as a page's table cells do once flattened.
    // A totals row under it ("总分" over "100") is no column.
    let last = at;
    for (let j = nextLine(at); j !== null && isHeaderCell(j) && !isTotalsRow(j); j = nextLine(j)) last = j;
    // Columns before 序号 ("考核项目", "类别"): a group's cell, merged down its rows, stands before
    // the number of the group's first row.
    const leading: string[] = [];
    for (let j = previousLine(at); j !== null && isHeaderCell(j) && LEADING_COLUMN.test(squeezed(j)); j = previousLine(j)) leading.unshift(squeezed(j));
    const columnLines: number[] = [];
    for (let k = at + 1; k <= last; k++) if (squeezed(k) !== '') columnLines.push(k);
    // The first group's cell, after the header and before the first row's number, names no column.
    let groupCells = 0;
    while (groupCells < leading.length && columnLines.length > 2 && !COLUMN_WORD.test(squeezed(columnLines[columnLines.length - 1]!))) {
      columnLines.pop();
      groupCells++;
    }
    const rowsFrom = last;
    // Header cells each a blank line apart are paragraphs (a page's table as Markdown or a word
    // processor flattens it): a row's cell is then a paragraph, its lines wrapped inside the cell.
    // The rows must be set so too: a blank line after the first row's number.
    const headerLines = [at, ...columnLines];
    const firstNumber = nextLine(last);
    const paragraphs = headerLines.length >= 3 && headerLines.every((k, i) => i === 0 || k > headerLines[i - 1]! + 1)
      && firstNumber !== null && numberOn(firstNumber) > 0 && firstNumber + 1 < lines.length && squeezed(firstNumber + 1) === '';
    return cellRows(at, first, rowsFrom, withBracketedNotes(columnLines.map(squeezed)), leading, groupCells > 0, false, paragraphs);
  }

  /**
   * A table set one cell a line whose header has no 序号 cell ("工作任务", "具体要求", "责任科室",
   * "时限要求", each on its line): its rows are still opened by their numbers alone on a line, the
   * number column left unnamed. A group's cell, merged down its rows, stands before the number of
   * its first row, as the cells of columns before 序号 do; how many such columns there are is read
   * from the lines between the header and the first row's number. `at` is a line of the header;
   * returns the header's first line and the table's last (`end` is `at` when there is no table).
   */
  function cellPerLineUnnumbered(at: number): { first: number; end: number } {
    const none = { first: at, end: at };
    // No more header cells are sought around it than a header has: every line of a long run of
    // column words ("牵头单位" over and over) is asked, so the run is read a bounded way (linear).
    let first = at;
    let seen = 0;
    for (let j = previousLine(at); j !== null && isColumnCell(j) && seen++ <= MAX_COLUMNS; j = previousLine(j)) first = j;
    let last = at;
    for (let j = nextLine(at); j !== null && isColumnCell(j) && seen++ <= 2 * MAX_COLUMNS; j = nextLine(j)) last = j;
    const headerLines: number[] = [];
    for (let k = first; k <= last; k++) if (squeezed(k) !== '') headerLines.push(k);
    const header = withBracketedNotes(headerLines.map(squeezed));
    if (header.length < 3 || header.length > MAX_COLUMNS || !header.some((c) => holdsUnits(columnKind(c))) || !header.some((c) => NAME_COLUMN.test(c))) return none;
    // Rows numbered inside their task cell ("1. 生产总值增长7.5%以上。" under "一、主要预期指标"): the
    // first line after the header and the groups' lines opens with an item's number, 1.
    let firstItem = nextLine(last);
    while (firstItem !== null && groupMarkerAt(cell(firstItem).start)) firstItem = nextLine(firstItem);
    if (firstItem !== null && itemNumberAt(cell(firstItem).start)?.ordinal === 1) {
      const end = cellRows(at, first, last, header, [], false, true);
      return end > at ? { first, end } : none;
    }
    // The first row's number, after the cells (at most all but two columns' worth) of its group.
    let groupLines = 0;
    let numberLine = nextLine(last);
    while (numberLine !== null && !ROW_NUMBER.test(squeezed(numberLine)) && groupLines <= header.length - 2) {
      groupLines++;
      numberLine = nextLine(numberLine);
    }
    if (numberLine === null || groupLines > header.length - 2 || numberOn(numberLine) !== 1) return none;
    const rowsFrom = previousLine(numberLine)!;
    const end = cellRows(at, first, rowsFrom, header.slice(groupLines), header.slice(0, groupLines), groupLines > 0);
    return end > at ? { first, end } : none;
  }

  /** The group's marker opening the text at `at` ("一、主要预期指标", "（一）…"), or null. */
  function groupMarkerAt(at: number): MarkerMatch | null {
    const marker = matchMarker(text, at, true);
    if (marker !== null) return GROUP_STYLES.has(marker.style) ? marker : null;
    return matchNamedOrdinal(text, at); // "行动一：…": a table's group numbered by a word
  }

  /**
   * A totals row's label on line `k` ("总分" over "100"): its figure follows, and is no first row's
   * number. (A column named 合计 is followed by the header's next cell, not a figure.)
   */
  function isTotalsRow(k: number): boolean {
    if (!TOTALS_ROW.test(squeezed(k))) return false;
    const figure = nextLine(k);
    return figure !== null && SUBTOTAL.test(squeezed(figure)) && numberOn(figure) !== 1;
  }

  /** The number alone on line `k` ("3", "3.", "(3)"), 0 when the line holds none. */
  function numberOn(k: number): number {
    const n = ROW_NUMBER.exec(squeezed(k));
    return n === null ? 0 : Number(toHalfWidthDigits(n[1]!));
  }

  /** Whether line `k` is a header cell set on a line of its own (`isColumnHeaderCell`). */
  function isColumnCell(k: number): boolean {
    return isColumnHeaderCell(squeezed(k));
  }

  /**
   * The rows of a table set one cell a line, after its header: `columns` are the header's columns
   * after the row number, `leading` those before it (a group's cell, merged down its rows); rows
   * are read from the line after `rowsFrom`. Returns the table's last line, `at` if it has no rows.
   */
  function cellRows(at: number, first: number, rowsFrom: number, columns: string[], leading: string[], startsGrouped: boolean, inCell = false, paragraphs = false): number {
    // A run of short lines longer than any header (a list of names) is no table's header.
    if (columns.length < 2 || columns.length + leading.length > MAX_COLUMNS) return at;
    const name = nameColumn(columns);
    const kinds = [...columnKinds(columns), ...leading.map(() => 'group' as const)];
    // A heading of a scheme open before the table ("（四）" after a table under "（三）") ends it.
    const before = new Set<string>();
    for (const c of lineStarts) {
      if (c.line >= first) break;
      if (c.style !== 'attachment') before.add(c.style);
    }
    const endsTable = (k: number) => before.has(starts.get(k)?.style!);
    // An item list's count opened afresh inside a row short of its cells, going on within the line
    // ("1.《某法》第八条；2.…" in a 设定依据 column), is the cell's own enumeration, though its
    // scheme is open before the table.
    const isCellEnumeration = (k: number) => {
      const c = starts.get(k)!;
      return open !== null && open.lines.length < columns.length - 1 && c.ordinal === 1 && CELL_ITEM_STYLES.has(c.style)
        && text.slice(c.end, lines[k]!.end).includes(secondItem(c.value));
    };
    const rowsAtStart = rows.length;
    let previous = 0;
    let grouped = startsGrouped;
    // A row's cells by the line each opens on and the line it ends on (the same but in paragraphs).
    let open: { candidate: Candidate; lines: number[]; ends: number[] } | null = null;
    let end = rowsFrom;
    const close = (more: boolean) => {
      if (!open) return;
      // Before another row, the last lines may be the next group's cell (in a column before 序号).
      const { ends } = open;
      const cells = assignCells(open.lines.map((k, i) => ({ start: cell(k).start, end: cell(ends[i]!).end })), columns, more ? kinds : kinds.slice(0, columns.length), name, (c) => text.slice(c.start, c.end).replace(/\s+/gu, ''));
      const named = cells.findIndex((c) => c.column === columns[name]);
      // Numbered inside its task cell, a row has no 序号 cell of its own.
      open.candidate.row = inCell
        ? { cells, name: named >= 0 ? named : 0 }
        : { cells: [{ column: NUMBER_HEADER, start: open.candidate.start, end: open.candidate.end }, ...cells], name: (named >= 0 ? named : 0) + 1 };
      open = null;
    };
    for (let k = rowsFrom + 1; k < lines.length; k++) {
      const t = squeezed(k);
      if (t === '') continue;
      if (ATTACHMENT.test(t) || RECORD_LINE.test(t)) break;
      // The header again, where the page broke (a printed table repeats it on every page): no row's
      // cells. It ends the row before it where the next row's number follows it; a row the page
      // broke in two goes on after it.
      const repeated = repeatedHeaderEnd(k, columns);
      if (repeated > k) {
        const after = nextLine(repeated);
        if (after === null || numberOn(after) > 0) close(false);
        k = repeated;
        continue;
      }
      if (inCell) {
        const c = cell(k);
        const item = itemNumberAt(c.start);
        if (item && (item.ordinal === previous + 1 || (item.ordinal === 1 && (grouped || previous === 0)))) {
          close(true);
          const candidate: Candidate = { style: 'row', value: item.value, ordinal: item.ordinal, level: 1, start: c.start, end: c.start + item.value.length, line: k, atLineStart: true, before: '', afterSpace: false };
          rows.push(candidate);
          open = { candidate, lines: [k], ends: [k] };
          previous = item.ordinal;
          grouped = false;
          end = k;
          continue;
        }
      }
      const ordinal = inCell ? 0 : numberOn(k);
      // An excerpt may open mid-count ("80" / "81" under the header): the number on the line right
      // after the header opens the first row whatever it is.
      const firstRow = previous === 0 && open === null && k === nextLine(rowsFrom) && ordinal <= MAX_FIRST_ROW;
      if (ordinal > 0 && (firstRow || opensRow(k, ordinal, previous, grouped, open?.lines.length ?? -1, kinds.slice(0, columns.length)))) {
        close(true);
        const c = cell(k);
        const candidate: Candidate = { style: 'row', value: text.slice(c.start, c.end), ordinal, level: 1, start: c.start, end: c.end, line: k, atLineStart: true, before: '', afterSpace: false };
        rows.push(candidate);
        open = { candidate, lines: [], ends: [] };
        previous = ordinal;
        grouped = false;
        end = k;
        continue;
      }
      const c = cell(k);
      // A group numbered by a word stands between rows, never inside a row short of its cells.
      const marker = groupMarkerAt(c.start);
      const betweenRows = marker?.style !== 'named' || open === null || open.lines.length >= columns.length - 1;
      const group = marker === null || !betweenRows ? null : groupSpan(k, marker, previous, inCell);
      if (marker && group) {
        close(false);
        // A row of the table (its one cell the group's name), as group rows of the other layouts are.
        const name = { start: c.start, end: cell(group.titleLine).end };
        rows.push({ ...marker, start: c.start, end: c.start + marker.value.length, line: k, atLineStart: true, before: '', afterSpace: false, row: { cells: [{ column: null, ...name }], name: 0 } });
        grouped = true;
        end = group.last;
        k = group.last;
        continue;
      }
      // A table's totals row ("总分" over "100"), under its header or after its last row: no row of
      // tasks, and no cells of the row before it.
      if ((open === null || open.lines.length > 1) && isTotalsRow(k)) {
        close(false);
        k = nextLine(k)!;
        end = k;
        continue;
      }
      if (t.length === 1 && !open) {
        grouped = true; // a group cell written downwards, one character a line
        end = k;
        continue;
      }
      if (endsTable(k) && !isCellEnumeration(k)) break;
      // Cells set as paragraphs: a sentence of running text after the last row, once that row has
      // had all its cells, is the text after the table. Before another row, or short, it is one
      // more cell (a cell set in two paragraphs); a row's cells reach that row's number within
      // ROW_AHEAD paragraphs, however many items a long cell lists.
      if (paragraphs && open !== null && open.lines.length >= columns.length && t.length >= RUNNING_TEXT_MIN && /[。；;]$/u.test(t) && !rowAhead(k, previous + 1, ROW_AHEAD)) break;
      if (open === null && previous === 0) {
        rows.length = rowsAtStart; // no row after the header: not a table, nor its group rows
        return at;
      }
      if (open && paragraphs && open.lines.length > 0 && open.ends.at(-1) === k - 1) {
        open.ends[open.ends.length - 1] = k; // the cell's text wrapped onto the next line
        end = k;
        continue;
      }
      if (open) {
        open.lines.push(k);
        open.ends.push(k);
      }
      // A cell that falls in the table's measure column ("单位": "岁", "‰") is the row's own, whatever the unit.
      if (t.length === 1 && open && open.lines.length > 1 && !ROW_NUMBER.test(t) && !MEASURE_CELL.test(t) && kinds[open.lines.length - 1] !== 'measure') {
        // It follows the previous row's cells: it belongs to the next group, not the row.
        open.lines.pop();
        open.ends.pop();
        close(false);
        grouped = true;
      }
      end = k;
    }
    close(false);
    return end;
  }

  /**
   * The last line of the table's header set again from line `k` (its 序号 cell, or its first column
   * when it has none, then its columns in order: two lines at the least), or `k` when none starts there.
   */
  function repeatedHeaderEnd(k: number, columns: readonly string[]): number {
    let i = isNumberHeader(squeezed(k)) ? 0 : squeezed(k) === columns[0] ? 1 : -1;
    if (i < 0) return k;
    let last = k;
    for (let j = nextLine(k); j !== null && i < columns.length; j = nextLine(j), i++) {
      if (squeezed(j) === columns[i]) {
        last = j;
        continue;
      }
      // A cell whose note stands on the line after it ("责任股室" / "(单位)"), read as one column.
      const note = nextLine(j);
      if (note === null || `${squeezed(j)}${squeezed(note)}` !== columns[i]) break;
      last = note;
      j = note;
    }
    return last > k ? last : k;
  }

  /**
   * Whether a number alone on line `k` opens a row: the next number, or a numbering begun again
   * (after a group, or a first row); not a figure in a row's own cells ("1" in a 目标 column),
   * which comes before the row has had most of its cells, or is followed by the same number again
   * before the one after it.
   */
  function opensRow(k: number, ordinal: number, previous: number, grouped: boolean, openLines: number, kinds: readonly ColumnKind[]): boolean {
    if (nextLine(k) === null) return false;
    const columns = kinds.length;
    const restart = ordinal === 1 || (grouped && ordinal > previous);
    if (ordinal !== previous + 1 && !restart) return false;
    if (ordinal !== previous + 1 && openLines >= 0 && openLines < Math.min(3, columns - 1)) return false;
    // The row's own figure cell, due right after its name (a 分值 column), is no next row though it
    // be the next number — when that number opens a row again soon after ("6" "深化…" "7" "…" "7").
    // (Only there: further on, a header may have taken a group's cell for a column.)
    const figureDue = openLines === 1 && columns > 1 && kinds[1] === 'figure';
    // Looked ahead no further than two rows' worth of cells (four for a figure's number, a row's
    // cells often running over lines): linear.
    const window = figureDue ? 4 * columns + 4 : 2 * columns + 2;
    let seen = 0;
    for (let j = nextLine(k); j !== null && seen < window; j = nextLine(j), seen++) {
      const o = numberOn(j);
      if (o === 0) continue;
      if (o === ordinal && seen >= 1) return false;
      if (o === ordinal + 1 && !figureDue) return true;
    }
    return true;
  }

  /** Whether a row numbered `ordinal` opens within `window` lines from line `k` (bounded: linear). */
  function rowAhead(k: number, ordinal: number, window: number): boolean {
    let seen = 0;
    for (let j: number | null = k; j !== null && seen < window; j = nextLine(j), seen++) if (numberOn(j) === ordinal) return true;
    return false;
  }

  function previousLine(k: number): number | null {
    for (let j = k - 1; j >= 0; j--) if (squeezed(j) !== '') return j;
    return null;
  }

  /**
   * The lines of a group row opened by `marker` on line `k`, when a row opens after them, or after
   * further group rows (nested groups, "一、" over "（一）"): the marker's line; the title under a
   * marker set alone on its line ("一、" over "巩固工作成果"); a subtotal under them ("12", "12分"),
   * which is no row's number when a number or a group's marker follows it, or when it stands under
   * a title of its own line and does not go on with the count. Null for no group row. The walk over
   * further group rows is bounded (groups nest a few deep): linear over a run of marker lines.
   */
  function groupSpan(k: number, marker: MarkerMatch, previous: number, inCell = false): { titleLine: number; last: number } | null {
    const own = headOf(k, marker, previous, inCell);
    // A group row with a subtotal may hold more cells of its own (a merged cell the flattening set
    // here), before the row that goes on with the count.
    if (own.last !== own.titleLine && !inCell) {
      let j = nextLine(own.last);
      for (let n = 0; j !== null && n < MAX_GROUP_CELLS && !ROW_NUMBER.test(squeezed(j)) && !groupMarkerAt(cell(j).start); n++) j = nextLine(j);
      const ordinal = j === null ? 0 : numberOn(j);
      if (ordinal === 1 || ordinal === previous + 1) return { titleLine: own.titleLine, last: previousLine(j!)! };
    }
    let j = nextLine(own.last);
    // A group numbered by a word may hold a sub-group named without a number ("行动二：…" over
    // "旧区改造" over row 4): one such name, then the rows.
    let subGroupAllowed = marker.style === 'named' && !inCell;
    // Groups with no rows of their own ("二、…" straight over "三、…", in an excerpt of a longer
    // table) are siblings, not nested groups: walked over apart from the depth, a bounded number.
    let siblings = 0;
    let sibling = marker.ordinal;
    for (let depth = 0; j !== null && depth < MAX_GROUP_DEPTH;) {
      if (inCell ? itemNumberAt(cell(j).start) !== null : ROW_NUMBER.test(squeezed(j))) return own;
      const inner = groupMarkerAt(cell(j).start);
      if (!inner && subGroupAllowed && isGroupTitle(j, false)) {
        subGroupAllowed = false;
        j = nextLine(j);
        depth++;
        continue;
      }
      if (!inner) return null;
      // (A sibling goes on with the count: "二、" over "三、"; "二、" over "五、" is walked as before.)
      const isSibling = inner.style === marker.style && depth === 0 && inner.ordinal === sibling + 1;
      if (isSibling ? ++siblings > MAX_EMPTY_GROUPS : ++depth >= MAX_GROUP_DEPTH) return null;
      if (isSibling) sibling = inner.ordinal;
      j = nextLine(headOf(j, inner, previous, inCell).last);
    }
    return null;
  }

  /** A group row's own lines from its marker's line `k`: see groupSpan. */
  function headOf(k: number, marker: MarkerMatch, previous: number, inCell: boolean): { titleLine: number; last: number } {
    let titleLine = k;
    let j = nextLine(k);
    const alone = squeezed(k).length === marker.value.replace(/\s+/gu, '').length;
    if (j !== null && alone && isGroupTitle(j, inCell)) {
      titleLine = j;
      j = nextLine(j);
    }
    if (j === null || inCell || !SUBTOTAL.test(squeezed(j))) return { titleLine, last: titleLine };
    const ownOrdinal = numberOn(j);
    // A row's number is followed by its name, never by another number or a group's marker; under a
    // title of its own line, a figure that does not go on with the count is the group's too.
    const after = nextLine(j);
    const subtotal = (after !== null && (ROW_NUMBER.test(squeezed(after)) || groupMarkerAt(cell(after).start) !== null))
      || (titleLine !== k && ownOrdinal !== 1 && ownOrdinal !== previous + 1);
    return subtotal ? { titleLine, last: j } : { titleLine, last: titleLine };
  }

  /** A group's name on line `j`, under its marker: a short phrase, not a number, a sentence, a marker or a row's item. */
  function isGroupTitle(j: number, inCell: boolean): boolean {
    const t = squeezed(j);
    return t.length >= 2 && t.length <= GROUP_TITLE_MAX && !ROW_NUMBER.test(t) && !/[。；;]$/u.test(t) && groupMarkerAt(cell(j).start) === null
      && !(inCell && itemNumberAt(cell(j).start) !== null);
  }

  function nextLine(k: number): number | null {
    for (let j = k + 1; j < lines.length; j++) if (squeezed(j) !== '') return j;
    return null;
  }

  function isHeaderCell(k: number): boolean {
    return isHeaderText(squeezed(k));
  }

  /**
   * A header line set with single spaces: its words, where a run of one-character words is one
   * letter-spaced name ("工 作 任 务" → 工作任务). A header opens with its 序号 cell and has
   * 3 or more columns, each a short name; null otherwise.
   */
  function spacedHeader(k: number): CellRange[] | null {
    const words = wordsOf(k);
    const columns: CellRange[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const prev = columns[columns.length - 1];
      const single = w.end - w.start === 1;
      if (single && prev && i > 0 && words[i - 1]!.end - words[i - 1]!.start === 1) prev.end = w.end;
      else columns.push({ column: null, start: w.start, end: w.end });
    }
    if (columns.length < 3 || !isNumberHeader(text.slice(columns[0]!.start, columns[0]!.end))) return null;
    return columns.every((c) => isHeaderText(text.slice(c.start, c.end))) ? columns : null;
  }

  /** The runs of non-space characters of line `k`, at most MAX_WORDS (a header or a row is short). */
  function wordsOf(k: number): { start: number; end: number }[] {
    const l = lines[k]!;
    const start = contentStart(text, l.start, l.end, mask);
    const end = contentEnd(text, start, l.end, mask);
    const words: { start: number; end: number }[] = [];
    let i = start;
    while (i < end && words.length <= MAX_WORDS) {
      const from = i;
      while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
      words.push({ start: from, end: i });
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
    }
    return words;
  }

  /**
   * The cells of a row of a table set with single spaces, aligned to its `count` columns: the
   * words before the name column and after it take a column each, the words between them are
   * the name cell (a task may hold a space); null for a line of one word.
   */
  function spacedRow(k: number, count: number, name: number): CellRange[] | null {
    const words = wordsOf(k);
    if (words.length < 2 || words.length > MAX_WORDS) return null;
    if (words.length <= count) return words.map((w) => ({ column: null, ...w }));
    const after = count - name - 1;
    const cells: CellRange[] = words.slice(0, name).map((w) => ({ column: null, ...w }));
    cells.push({ column: null, start: words[name]!.start, end: words[words.length - after - 1]!.end });
    for (const w of words.slice(words.length - after)) cells.push({ column: null, ...w });
    return cells;
  }

  /** A table set one row a line, its header on line `at`; returns its last line. */
  function rowPerLine(at: number, header: CellRange[], spaced = false): number {
    const columns = header.map((c) => text.slice(c.start, c.end).replace(/\s+/gu, ''));
    const numberAt = columns.findIndex(isNumberHeader);
    let name = nameColumn(columns.slice(numberAt + 1)) + numberAt + 1;
    /** A line's cells: split at tabs, pipes or wide gaps; in a single-spaced table, at its words. */
    const splitLine = (k: number): CellRange[] | null => {
      const wide = splitRow(k, 1);
      if (!spaced || (wide && wide.length >= columns.length)) return wide;
      return spacedRow(k, columns.length, name);
    };
    /**
     * The line's group marker and the cell that names the group. Either its only filled cell is its
     * first, and opens with a heading marker of any scheme ("一、" under an attachment, "（一）" under
     * "三、", "（1）" …) but a bare number, the 序号 cell's own form; or its 序号 cell is a Chinese
     * numeral alone ("一"), the group's name in the name cell.
     */
    const groupMarker = (cells: CellRange[]): { marker: MarkerMatch; start: number; name: number } | null => {
      const filled = (c: CellRange | undefined) => c !== undefined && c.end > c.start;
      const first = cells[numberAt];
      const numeral = first ? text.slice(first.start, first.end) : '';
      const bare = CN_NUMERAL.exec(numeral);
      if (bare && filled(cells[name]) && cells.every((c, i) => i === numberAt || i === name || !filled(c))) {
        const ordinal = parseOrdinal(bare[1]!);
        if (ordinal !== null && ordinal > 0) return { marker: { style: 'cn-comma', value: numeral, ordinal, level: 1 }, start: first!.start, name };
      }
      if (!filled(cells[0]) || cells.slice(1).some(filled)) return null;
      const marker = matchMarker(text, cells[0]!.start, true);
      return marker && !(marker.style === 'decimal' && marker.level === 1) ? { marker, start: cells[0]!.start, name: 0 } : null;
    };
    /** The ordinal in the line's 序号 cell, 0 if there is none. */
    const rowNumber = (cells: CellRange[]) => {
      const first = cells[numberAt];
      const number = first && cells.length >= 2 ? ROW_NUMBER.exec(text.slice(first.start, first.end).replace(/\s+/gu, '')) : null;
      return number ? Number(toHalfWidthDigits(number[1]!)) : 0;
    };
    /**
     * A group row is followed by a numbered row, or by another group row that is; a line that
     * only looks like one ("三、保障措施" after the table) is followed by running text and ends it.
     */
    const opens = new Map<number, boolean>();
    const opensRows = (k: number): boolean => {
      const known = opens.get(k);
      if (known !== undefined) return known;
      // Every group row in a run shares the answer: found once for the run (linear, however long).
      const run: number[] = [k];
      let answer = false;
      for (let j = nextLine(k); j !== null; j = nextLine(j)) {
        const cells = splitLine(j);
        if (!cells) break;
        if (rowNumber(cells) > 0) {
          answer = true;
          break;
        }
        if (!groupMarker(cells)) break;
        run.push(j);
      }
      for (const j of run) opens.set(j, answer);
      return answer;
    };
    /**
     * A numbered row with fewer cells than the header lost a cell merged from the row above (a
     * 领域 or 类别 written on a group's first row only) or its empty last ones: its cells after the
     * number are placed by what each holds (`alignCells`), not by their order alone.
     */
    const shortRow = (cells: CellRange[]): CellRange[] => {
      const rest = cells.slice(numberAt + 1);
      const placed = alignCells(rest.map((c) => text.slice(c.start, c.end).replace(/\s+/gu, '')), columns.slice(numberAt + 1).map(columnKind), name - numberAt - 1);
      return [
        ...cells.slice(0, numberAt + 1).map((c, i) => ({ column: columns[i] ?? null, start: c.start, end: c.end })),
        ...rest.map((c, i) => ({ column: columns[numberAt + 1 + placed[i]!] ?? null, start: c.start, end: c.end })),
      ];
    };
    const misplaced = (cells: CellRange[]): boolean => {
      const inUnitColumn = cells.filter((_, i) => holdsUnits(columnKind(columns[i] ?? '')));
      return inUnitColumn.length === 0 || inUnitColumn.some((c) => /[。；;]\s*$/u.test(text.slice(c.start, c.end)));
    };
    /**
     * The last line of the open row when its cells wrapped from line `k` on: the line before the
     * next row's number (the count going on) within ROW_WRAP_LINES lines; -1 when none follows.
     */
    const wrappedRowEnd = (k: number): number => {
      let last = -1;
      let seen = 0;
      for (let j: number | null = k; j !== null && seen < ROW_WRAP_LINES; j = nextLine(j), seen++) {
        const cells = splitLine(j);
        if (cells !== null && rowNumber(cells) === previous + 1) return last;
        if (endsWrappedCells(j, cells)) return -1;
        last = j;
      }
      return -1;
    };
    /** A heading, a group row, the header set again or a sentence of running text (one piece, closed by 。) on line `j`. */
    const endsWrappedCells = (j: number, cells: CellRange[] | null): boolean => {
      if (starts.has(j) || (cells !== null && groupMarker(cells) !== null)) return true;
      const t = squeezed(j);
      if (t.includes(NUMBER_HEADER)) return true;
      const c = cell(j);
      return t.length >= RUNNING_TEXT_MIN && /[。；;]$/u.test(t) && !/\s/u.test(text.slice(c.start, c.end));
    };
    /**
     * The lines `from`..`last` of a row whose first line set `cells` from the left: the words of
     * its last line fill the last columns (where it holds two or more: "…区农投公司。 2023年12月底"
     * is 协同配合单位 and 完成期限), and every other line goes on with the cell the first line ended
     * in ("区科技局" over "区商务局" over "区药投公司": one 主要责任单位 cell).
     */
    const wrapRow = (cells: CellRange[], from: number, last: number) => {
      const open = cells[cells.length - 1]!;
      const words = wordsOf(last);
      const free = columns.length - cells.length;
      const placed = words.length >= 2 ? Math.min(words.length, free) : 0;
      const goesOn = words.length - placed;
      if (last > from) open.end = cell(previousLine(last)!).end;
      if (goesOn > 0) open.end = words[goesOn - 1]!.end;
      words.slice(goesOn).forEach((w, i) => cells.push({ column: columns[columns.length - placed + i] ?? null, start: w.start, end: w.end }));
    };
    let end = at;
    let open: Candidate | null = null;
    let previous = 0;
    let grouped = false;
    for (let k = at + 1; k < lines.length; k++) {
      const t = squeezed(k);
      if (t === '') continue;
      if (/^\|?[-:|\s]+$/u.test(t) && t.includes('-')) {
        end = k; // the Markdown delimiter row
        continue;
      }
      const cells = splitLine(k);
      // A row of a single-spaced table whose cells wrapped onto lines of their own runs on to the
      // next row's number: its lines are its cells going on (see `wrapRow`).
      if (spaced && open?.row && (cells === null || (rowNumber(cells) === 0 && !groupMarker(cells)))) {
        const last = wrappedRowEnd(k);
        if (last >= k) {
          wrapRow(open.row.cells, k, last);
          end = last;
          k = last;
          continue;
        }
      }
      if (!cells) break;
      const ordinal = rowNumber(cells);
      // A short row lacks its last cells, as GFM pads a row, unless its order alone misplaces them:
      // no cell in a unit column, or a sentence in one (a merged cell before them): then each cell
      // is placed by what it holds.
      const short = ordinal > 0 && !spaced && numberAt >= 0 && cells.length < columns.length && misplaced(cells);
      const labelled = short ? shortRow(cells) : cells.map((c, i) => ({ column: columns[i] ?? null, start: c.start, end: c.end }));
      // Trailing empty cells are dropped when lines are trimmed: a short row must go on the numbering.
      const numbered = ordinal > 0 && (cells.length >= 3 || ordinal === previous + 1 || (previous === 0 && ordinal === 1) || (grouped && (ordinal === 1 || ordinal > previous)));
      const group = numbered ? null : groupMarker(cells);
      const leadingTab = text[lines[k]!.start] === '\t';
      if (numbered) {
        const first = cells[numberAt]!;
        const candidate: Candidate = {
          style: 'row', value: text.slice(first.start, first.end), ordinal, level: 1,
          start: first.start, end: first.end, line: k, atLineStart: true, before: '', afterSpace: false,
          row: { cells: labelled, name: short ? labelled.findIndex((c) => c.column === columns[name]) : name < cells.length ? name : -1 },
        };
        rows.push(candidate);
        open = candidate;
        previous = ordinal;
        grouped = false;
      } else if (group && opensRows(k)) {
        // A group row ("一、平台建设" spanning the table): a heading at its level; the table goes on.
        const { marker, start } = group;
        rows.push({ ...marker, start, end: start + marker.value.length, line: k, atLineStart: true, before: '', afterSpace: false, row: { cells: labelled, name: group.name } });
        open = null;
        grouped = true;
      } else if (open?.row && !spaced && (cells.length >= 3 || leadingTab)) {
        // A continuation row (its 序号 cell merged, so empty): its cells belong to the numbered row above.
        open.row.cells.push(...labelled.filter((c) => c.end > c.start));
      } else if (open?.row && !spaced && PIPE_IN_LINE.test(squeezed(k)) && open.row.cells.length + cells.length <= columns.length) {
        // The last cells of a row that a line break inside a cell carried onto a line of their own
        // ("…。 | 王某 6678008 |" under a row short of them): the columns after the row's own cells.
        const from = open.row.cells.length;
        open.row.cells.push(...cells.map((c, i) => ({ column: columns[from + i] ?? null, start: c.start, end: c.end })).filter((c) => c.end > c.start));
      } else if (previous === 0 && !grouped && !spaced && cells[numberAt]?.end === cells[numberAt]?.start && cells.every((c) => c.end === c.start || isHeaderText(text.slice(c.start, c.end)))) {
        // The header's second line ("责任单位" above "牵头单位 | 配合单位"), its 序号 cell merged with
        // the line above so empty, as its columns stay in place: its cells name their columns.
        cells.forEach((c, i) => {
          if (c.end > c.start) columns[i] = text.slice(c.start, c.end).replace(/\s+/gu, '');
        });
        name = nameColumn(columns.slice(numberAt + 1)) + numberAt + 1;
      } else if (cells.length < 3 || spaced) break;
      end = k;
    }
    return end;
  }

  /**
   * A table set one row a line whose header has no 序号 cell ("工作任务 | 具体要求 | 责任部门 |"),
   * with a column of units and one of tasks: each row is numbered inside the cell of its task
   * ("1.积极推进…"), the numbers running on through the table. A group's cell, merged down its
   * rows, is written on its first row only ("一、做好…。 | 1.… | 财务科 |"), so the cells of the
   * rows after it stand a column to the left: a row's cells are placed from its number's cell on,
   * that cell in the column the table's full rows have it in. `at` is the header's line; returns
   * the table's last line (`at` when no row follows).
   */
  function rowPerLineUnnumbered(at: number, header: CellRange[]): number {
    const columns = header.map((c) => text.slice(c.start, c.end).replace(/\s+/gu, ''));
    const kinds = columns.map(columnKind);
    if (!kinds.some(holdsUnits) || !columns.some((c) => NAME_COLUMN.test(c))) return at;
    const filled = (c: CellRange) => c.end > c.start;
    const rowsBefore = rows.length;
    /** The column of a row's numbered cell: where a row with every cell has it. */
    let taskColumn = -1;
    let previous = 0;
    let end = at;
    for (let k = at + 1; k < lines.length; k++) {
      const t = squeezed(k);
      if (t === '') continue;
      // The Markdown delimiter row, and rows of empty cells (a page's table whose cells it dropped).
      if (/^[-:|]+$/u.test(t)) {
        end = k;
        continue;
      }
      // Running text after the table: a line whose cells nothing sets apart.
      const cells = SEPARATED.test(text.slice(lines[k]!.start, lines[k]!.end)) ? splitRow(k, 1) : null;
      if (!cells) break;
      let count = cells.length;
      while (count > 0 && !filled(cells[count - 1]!)) count--;
      // The leading cells that open with a group's marker, one per level of a table that sets its
      // groups in columns of their own ("| 一、… | （一）… | 1.… | 责任单位 |"; a row whose groups are
      // merged from the rows above has fewer, or none). The row's number opens the first cell after
      // them that is not empty: a number further on ("加强项目建设 | 1.推进…；2.加快…") is a cell's own
      // enumeration, and no row of this layout.
      const groups: { cell: CellRange; column: number; marker: MarkerMatch }[] = [];
      let opening = -1;
      for (let i = 0; i < count; i++) {
        const c = cells[i]!;
        if (!filled(c)) continue;
        const marker = groupMarkerAt(c.start);
        if (marker === null) {
          opening = i;
          break;
        }
        groups.push({ cell: c, column: i, marker });
      }
      const numbered = opening >= 0 && itemNumberAt(cells[opening]!.start) !== null ? opening : -1;
      // A group cell of a lone group row, or over a numbered row: the groups' headings, each at its
      // level; the rows nest under them.
      if (groups.length > 0 && (numbered > 0 || opening < 0)) {
        for (const { cell: c, column, marker } of groups) {
          rows.push({ ...marker, start: c.start, end: c.start + marker.value.length, line: k, atLineStart: true, before: '', afterSpace: false, row: { cells: [{ column: columns[column] ?? null, start: c.start, end: c.end }], name: 0 } });
        }
        end = k;
        if (numbered < 0) continue;
      }
      if (numbered < 0) {
        // A row with no number of its own goes on the numbered row above (its task or its units
        // broken over two rows), as a continuation row of a table with a 序号 column does.
        const open = rows.length > rowsBefore ? rows[rows.length - 1] : undefined;
        if (open?.style !== 'row' || open.row === undefined || count === 0) break;
        const offset = Math.max(0, columns.length - cells.length);
        open.row.cells.push(...cells.slice(0, count).flatMap((c, i) => (filled(c) ? [{ column: columns[offset + i] ?? null, start: c.start, end: c.end }] : [])));
        end = k;
        continue;
      }
      const number = itemNumberAt(cells[numbered]!.start)!;
      // (An excerpt may open mid-count, "14.改扩建…" the first row under the header: it opens the rows.)
      const firstRow = previous === 0 && number.ordinal <= MAX_FIRST_ROW;
      if (number.ordinal !== previous + 1 && number.ordinal !== 1 && !firstRow) break;
      if (taskColumn < 0 && count >= columns.length) taskColumn = numbered;
      // Before a full row, a short row's cells are the last columns' (the group's merged away).
      const column = taskColumn >= 0 ? taskColumn : Math.max(0, columns.length - (count - numbered));
      const rest = cells.slice(numbered + 1, count);
      const placed = alignCells(rest.map((c) => text.slice(c.start, c.end).replace(/\s+/gu, '')), kinds.slice(column + 1));
      const task = cells[numbered]!;
      const labelled: CellRange[] = [
        { column: columns[column] ?? null, start: task.start, end: task.end },
        ...rest.map((c, i) => ({ column: columns[column + 1 + placed[i]!] ?? null, start: c.start, end: c.end })),
      ];
      rows.push({
        style: 'row', value: number.value, ordinal: number.ordinal, level: 1,
        start: task.start, end: task.start + number.value.length, line: k, atLineStart: true, before: '', afterSpace: false,
        row: { cells: labelled, name: 0 },
      });
      previous = number.ordinal;
      end = k;
    }
    if (previous > 0) return end;
    // No numbered row: the group rows read on the way are no table's either.
    rows.length = rowsBefore;
    return at;
  }

  /** The item number opening a cell ("1.", "2、"), or null. */
  function itemNumberAt(at: number): MarkerMatch | null {
    const marker = matchMarker(text, at, true);
    return marker && marker.style === 'arabic-dot' ? marker : null;
  }

  /**
   * The cells of a line set as a row: split at "|" (a line opened or closed by one), else at tabs
   * or runs of two or more spaces; null if it
   * has fewer than `least` (a header has 3 or more; inside a table a row may be shorter).
   */
  function splitRow(k: number, least = 3): CellRange[] | null {
    const l = lines[k]!;
    // Leading tabs are empty cells (a continuation row: "\t\t区财政局").
    const start = text[l.start] === '\t' ? l.start : contentStart(text, l.start, l.end, mask);
    const end = contentEnd(text, start, l.end, mask);
    if (end <= start) return null;
    // A Markdown row opens with a pipe; a row a page set with pipes between its cells may open
    // without one but closes with one ("1 | 推动… | 县教体局 |"). Either is cut at its pipes alone.
    if (text[start] === '|' || text[end - 1] === '|') {
      const cells = pipeCells(text, start, end).map((c) => ({ column: null, ...c }));
      return cells.length >= least ? cells : null;
    }
    const cells: CellRange[] = [];
    let i = start;
    let cellStart = i;
    const push = (to: number) => {
      const s = contentStart(text, cellStart, to, null);
      cells.push({ column: null, start: s, end: contentEnd(text, s, to, null) });
    };
    while (i < end) {
      if (text[i] === '\t') {
        // Each tab ends a cell: two in a row leave an empty cell between them.
        push(i);
        cellStart = ++i;
        continue;
      }
      if (isSpaceCode(text.charCodeAt(i)) && isSpaceCode(text.charCodeAt(i + 1)) && text[i + 1] !== '\t') {
        push(i);
        while (i < end && isSpaceCode(text.charCodeAt(i)) && text[i] !== '\t') i++;
        cellStart = i;
        continue;
      }
      i++;
    }
    if (cellStart < end) push(end);
    return cells.length >= least ? cells : null;
  }
}

/**
 * The cells of a row set one a line, to their columns, aligned by what each line looks like and
 * what each column holds (`alignCells`); lines aligned to a column past the row's own (the next
 * group's cell) are left out.
 */
function assignCells(cells: { start: number; end: number }[], columns: string[], kinds: ColumnKind[], name: number, cellText: (c: { start: number; end: number }) => string): CellRange[] {
  const at = alignCells(cells.map(cellText), kinds, name);
  const out: CellRange[] = [];
  cells.forEach((c, i) => {
    if (at[i]! < columns.length) out.push({ column: columns[at[i]!]!, ...c });
  });
  return out;
}

const PIPE = 0x7c;
/** A pipe, half- or full-width, anywhere in a line. */
const PIPE_IN_LINE = /[|｜]/u;
const FULL_WIDTH_PIPE = 0xff5c; // ｜

/**
 * The cells of a row set with pipes in `text[start, end)` (its content's bounds), each trimmed: a
 * pipe (or a full-width one) ends a cell, and one that opens or closes the row parts none ("| A | B |",
 * "1 | 推动… | 县教体局 |"). Read by the parser's tables and by the extractor's rows in running text.
 */
export function pipeCells(text: string, start: number, end: number): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  const isPipe = (code: number) => code === PIPE || code === FULL_WIDTH_PIPE;
  let cellStart = start < end && isPipe(text.charCodeAt(start)) ? start + 1 : start;
  const push = (to: number) => {
    const s = contentStart(text, cellStart, to, null);
    cells.push({ start: s, end: contentEnd(text, s, to, null) });
  };
  for (let i = cellStart; i < end; i++) {
    if (!isPipe(text.charCodeAt(i))) continue;
    push(i);
    cellStart = i + 1;
  }
  if (cellStart < end) push(end);
  return cells;
}

/**
 * A header cell's text: a short name, not a number, a marker or a clause. A column of figures may
 * be named at more length, the unit of its figures in brackets after the name ("单位GDP能耗降低率
 * 目标任务(%)"), as long as it holds no figure of its own.
 */
function isHeaderText(cell: string): boolean {
  const t = cell.replace(/\s+/gu, '');
  const longest = FIGURES_COLUMN.test(t) && !/[0-9０-９]/u.test(t) ? FIGURES_HEADER_MAX : HEADER_CELL_MAX;
  return t.length >= 2 && t.length <= longest && !ROW_NUMBER.test(t) && !/[。；;，,：:、]/u.test(t) && matchMarker(t, 0, true) === null;
}
const FIGURES_HEADER_MAX = 24;

/**
 * A table's header cell set on a line of its own that names a column ("责任科室", "时限要求",
 * "主要目标"; white space removed): short, as a title ending in the same words ("某局重点任务") is not.
 */
export function isColumnHeaderCell(cell: string): boolean {
  return cell.length <= COLUMN_CELL_MAX && isHeaderText(cell) && COLUMN_WORD.test(cell);
}

/**
 * Whether `line` is a table's header set a row a line with spaces between its cells ("项目名称 服务
 * 对象 服务内容 支出责任 牵头负责单位"): three or more cells, each a header's few words, one of them a
 * column of units. A title spaced out as a PDF sets it ("关 于 印 发 …") names no column.
 */
export function isSpacedColumnHeader(line: string): boolean {
  const cells = line.trim().split(/[ \t\u3000]+/u);
  return cells.length >= MIN_SPACED_HEADER_CELLS && cells.every(isHeaderText) && cells.some((cell) => holdsUnits(columnKind(cell)));
}
/** Fewest cells of a header set a row a line with spaces. */
const MIN_SPACED_HEADER_CELLS = 3;

/**
 * The column that names a row: a task, measure, indicator or duties column (not one sorting rows
 * into kinds, "事项分类"; a 部门职责清单's 职责, not its 部门), else the first.
 */
function nameColumn(columns: string[]): number {
  const task = taskAfterKinds(columns);
  if (task >= 0) return task;
  // A column of figures is named by what it counts and its unit ("分阶段任务（亩）"): no row's name.
  const named = (c: string) => NAME_COLUMN.test(c) && !FIGURES_COLUMN.test(c);
  const at = columns.findIndex((c) => named(c) && !CATEGORY_COLUMN.test(c));
  return at >= 0 ? at : Math.max(0, columns.findIndex(named));
}

/**
 * A header's cells with a note in brackets on a line of its own ("责任股室" over "(单位)", "投资" over
 * "（万元）") joined to the column it qualifies: a header cell wrapped in its cell, no column of its own.
 */
function withBracketedNotes(columns: string[]): string[] {
  const out: string[] = [];
  for (const c of columns) {
    if (out.length > 0 && BRACKETED_NOTE_CELL.test(c)) out[out.length - 1] += c;
    else out.push(c);
  }
  return out;
}
const BRACKETED_NOTE_CELL = /^[（(][^（）()]{1,6}[）)]$/u;

/**
 * A task column after a column named only by the indicator ("指标" / "工作任务"): the
 * kinds sort the rows, their cells merged down the rows of a kind, and the task names each row.
 * -1 when the columns are not so set (a kind column alone names its rows, "指标" / "2025年目标").
 */
function taskAfterKinds(columns: string[]): number {
  const task = columns.findIndex((c) => TASK_COLUMN.test(c) && !FIGURES_COLUMN.test(c));
  // (Right after it, in a table of no goals: an indicator table names its rows by the indicator,
  // "指标" / "2025年目标" / "主要措施", whatever columns of measures follow.)
  return task > 0 && KIND_COLUMN.test(columns[task - 1]!) && columns.slice(0, task - 1).every((c) => !NAME_COLUMN.test(c)) && !columns.some((c) => columnKind(c) === 'figure') ? task : -1;
}
/** A column of tasks or measures (not a target's, "目标任务"). */
const TASK_COLUMN = /^(?!目标)[\u4e00-\u9fff]{0,4}(?:任务|任務|举措|舉措|措施|事项|事項)$/u;
/**
 * A column named by the indicator alone, that sorts rows into kinds when a task column follows
 * ("指标" / "工作任务": "公共文化服务" over the tasks that serve it). Not 领域 or 类别, which as often
 * fill every row beside their task (see CATEGORY_COLUMN).
 */
const KIND_COLUMN = /^(?:指标|指標)$/u;

/** The kind of each of a table's columns: a kind column before its task column sorts the rows (a group). */
function columnKinds(columns: string[]): ColumnKind[] {
  const task = taskAfterKinds(columns);
  return columns.map((c, j) => (j < task && KIND_COLUMN.test(c) ? 'group' : columnKind(c)));
}
/** A column header closed by the unit of its figures in brackets: "分阶段任务(亩)", "投资额（万元）". */
const FIGURES_COLUMN = /[（(](?:万|千|百|亿)?(?:亩|元|个|人|户|家|所|座|吨|公顷|平方米|米|千米|公里|辆|台|套|项|%|％)[)）]$/u;

const NUMBER_HEADER = '序号';
/**
 * 序号 or 序號 as a cell squeezed of its white space may have been written ("序 号"): where a
 * header cell can be. Literals around one run of white space: linear.
 */
const NUMBER_HEADER_SCAN = /序\s*[号號]/gu;

/** Where the next place a 序号 header cell may be written starts, at or after `from`; -1 if none. */
function numberHeaderFrom(text: string, from: number): number {
  NUMBER_HEADER_SCAN.lastIndex = from;
  return NUMBER_HEADER_SCAN.exec(text)?.index ?? -1;
}
/** What parts the cells of a row set one a line: a pipe, a tab, a wide gap. */
const SEPARATED = /[|｜\t]|\S[ \u3000]{2}/u;
/**
 * A column of units named by its role ("责任部门", "牵头单位", "责任科室"): a line that may be the
 * header of a table without a 序号 cell. (Not letter-spaced, as "序 号" may be: a header spaced
 * out is read by its 序号.)
 */
const UNIT_COLUMN = new RegExp(`(?:责任|牵头|配合|主办|承办|负责|推进)\\s*(?:${UNIT_KIND_WORDS})`, 'u');

/** The 序号 header cell, in traditional script too (序號). */
const isNumberHeader = (cell: string) => cell === NUMBER_HEADER || cell === '序號';
const NAME_COLUMN = /任务|任務|举措|舉措|措施|指标|指標|名称|名稱|事项|事項|项目|項目|工作|职责|職責/u;
/** A row's number alone in its 序号 cell: "1", "1.", "1、", or bracketed, "(1)", "（1）". */
const ROW_NUMBER = /^[（(]?([0-9０-９]{1,3})(?:[）)]|[.．、])?$/u;
/** A group's number alone in the 序号 cell ("一", "十二", "三、"). */
const CN_NUMERAL = /^([一二三四五六七八九十]{1,3})、?$/u;
const ATTACHMENT = /^附件[0-9０-９]{0,2}/u;
/**
 * A line of the record closing a document (GB/T 9704 版记): "抄送：…", and the printing office and
 * date, "某县人民政府办公室 2019年9月10日印发" (not a cell that says a plan "已于2024年3月1日印发").
 */
const RECORD_LINE = /^(?:抄送|抄报)[：:]|(?:办公室|办公厅|政府|厅|局|委|部|院)[ \u3000]{0,4}[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日印发$/u;
/** A column before 序号 that holds a group's cell ("考核项目", "类别", "领域"). */
const LEADING_COLUMN = /(?:项目|类别|分类|类型|领域|板块|方面|部分|层级)$/u;
/** What a header cell names: a column of units, text, figures or dates (a group's own name does not). */
const COLUMN_WORD = new RegExp(`(?:${UNIT_KIND_WORDS}|主体|目标|指标|内容|任务|举措|措施|事项|项目|时限|时间|期限|分值|备注|标准|要求|名称|值|量|率|进度|安排|成果|形式|依据|说明|类别|领域|责任人|领导)$`, 'u');
/** A one-character unit of measure in a row's own cells ("个", "%"), not a group cell written downwards. */
const MEASURE_CELL = /^[个亩吨斤头只人户家项座所张台辆套处条名次件篇米元%‰\-—－]$/u;
const GROUP_STYLES = new Set(['chapter', 'section', 'cn-comma', 'cn-paren']);
/** Longest name of a group written on the line under its marker. */
const GROUP_TITLE_MAX = 40;
/** Most group rows a row may stand under (一、 over （一） over …): bounds the walk past them. */
const MAX_GROUP_DEPTH = 4;
/** Most groups with no rows that stand in a row before one that has some. */
const MAX_EMPTY_GROUPS = 12;
/** Most further lines a group row with a subtotal may hold before its first row. */
const MAX_GROUP_CELLS = 4;
/** A subtotal or a total's figure in its own cell: "12", "12分", "100.5". */
const SUBTOTAL = /^[0-9０-９]{1,4}(?:[.．][0-9０-９]{1,2})?分?$/u;
/** The label of a table's totals row ("总分", "合计"). */
const TOTALS_ROW = /^(?:总分|總分|合计|合計|总计|總計)$/u;
/** Shortest sentence read as the running text after a table rather than as one more cell. */
const RUNNING_TEXT_MIN = 20;
/** How far ahead, in non-empty lines, the next row's number is sought: a long cell's items and all. */
const ROW_AHEAD = 60;

/** The marker of item 2 in the scheme of an item 1's: "1." → "2.", "（１）" → "（２）", "①" → "②". */
function secondItem(first: string): string {
  return /[1１]/u.test(first) ? first.replace(/[1１]/u, (d) => (d === '1' ? '2' : '２')) : String.fromCharCode(first.charCodeAt(0) + 1);
}

/** The schemes a cell enumerates its own items with ("1." "（1）" "①"). */
const CELL_ITEM_STYLES = new Set(['arabic-dot', 'arabic-paren', 'circled']);
/** Most columns a table set one cell a line has (its rows are aligned over them). */
const MAX_COLUMNS = 24;
/** Most words a line set with single spaces has as a header or a row. */
const MAX_WORDS = 12;
/** Most lines a row of a single-spaced table wraps over before the next row's number. */
const ROW_WRAP_LINES = 8;
/** Longest line a header without a 序号 cell is read from (8 columns of 12 characters, and separators). */
const MAX_HEADER_LINE = 128;
/** Longest header cell of a table without a 序号 cell to say where its header is ("责任单位及责任人"). */
const COLUMN_CELL_MAX = 8;
/** Longest header cell ("指标内容及分值", "完成时限"). */
const HEADER_CELL_MAX = 12;
