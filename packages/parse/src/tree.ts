/**
 * Pass two, second half: the lossless tree. Every character lands in exactly one leaf.
 */
import { gluedTitleEnd } from './glued-title.js';
import { styleKey } from './markers.js';
import { isCompleteTitle, type FieldRange } from './header.js';
import type { HeadingPlacement } from './depth.js';
import { contentEnd, isIdeographCode, isSpaceCode, type Line, type MarkupMask } from './lines.js';
import type { PositionMap } from './position.js';
import { runsOn } from './wrap.js';
import type {
  FlowContent, Header, HeaderField, Heading, Inline, Marker, MarkerStyle, Markup, Paragraph, Plan, Root, Section, Whitespace,
} from './types.js';

export interface TreeInput {
  text: string;
  lines: Line[];
  mask: MarkupMask;
  positions: PositionMap;
  header: FieldRange[];
  /** Where the header ends and the body begins. */
  bodyStart: number;
  closing: FieldRange[];
  plan: FieldRange | null;
  headings: HeadingPlacement[];
  /** The width the text was hard-wrapped at (wrap.ts), or null. */
  wrap?: number | null;
  /** What a document viewer put into the text (chunks.ts), if anything. */
  inserted?: Array<{ start: number; end: number }> | undefined;
  /** Where each table with rows ends (tables.ts): the text after it goes back to the table's section. */
  tableEnds?: number[];
}

/** Outline markers a page may set alone on a line, their title on the next (not a table's numbers, nor an article's). */
const MARKER_ALONE_TITLED_BELOW: ReadonlySet<MarkerStyle> = new Set(['cn-comma', 'cn-paren', 'chapter', 'section']);
/**
 * Longest title set on the line under its bare marker, its closing 。 or colon aside: a heading's
 * title, shorter than a line of a document's body (28 characters in the standard layout).
 */
const TITLE_UNDER_MARKER_MAX = 20;
/** A sentence's marks, or a table's cell separators: the line under a bare marker is then no title. */
const NOT_A_TITLE_UNDER_MARKER = /[。；;，,！!？?|｜]/u;

/** Where a heading's title ends: the first 。, the line end, or the next heading, whichever is first. */
export function titleEnd(text: string, lines: Line[], h: HeadingPlacement, nextStart: number, mask: MarkupMask, wrap: number | null = null, cuts: ReadonlySet<number> | null = null): number {
  let line = lines[h.candidate.line]!;
  // An attachment label alone on its line ("附件2", "附件：") is titled by the line under it.
  if (h.candidate.style === 'attachment' && /^[：:]?$/u.test(text.slice(h.candidate.end, contentEnd(text, h.candidate.end, line.end, mask)).trim())) {
    const k = nextTextLine(text, lines, h.candidate.line + 1, mask);
    if (k >= 0) {
      const under = lines[k]!;
      let end = contentEnd(text, under.start, under.end, mask);
      // A title set over two lines ("促进3岁以下婴幼儿照护服务发展" / "工作部门职责分工"): the first
      // runs long, as a line a title wraps at does, and does not close with a genre word; the two
      // together do, and the second is short. (A short first line is a title of its own, the line
      // under it a caption or the text: "重点任务台账" / "市级统筹政策".)
      const second = lines[nextTextLine(text, lines, k + 1, mask)];
      const first = text.slice(under.start, end).trim();
      if (second !== undefined && second.start < nextStart && first.length >= WRAPPED_TITLE_LINE_MIN && !isCompleteTitle(first)) {
        const secondEnd = contentEnd(text, second.start, second.end, mask);
        const both = `${text.slice(under.start, end).trim()}${text.slice(second.start, secondEnd).trim()}`;
        if (secondEnd - second.start <= SECOND_TITLE_LINE_MAX && !/[。；，,;]/u.test(both) && isCompleteTitle(both)) end = secondEnd;
      }
      return Math.min(end, Math.max(nextStart, h.candidate.end));
    }
  }
  // "一、" alone on its line, "发展环境" on the next: a page broke the heading after its marker. The
  // line under it titles it when it is short and no sentence, no table's row, and not a line a
  // hard-wrapped text runs to its width (a text under a bare marker runs on).
  if (MARKER_ALONE_TITLED_BELOW.has(h.candidate.style) && contentEnd(text, h.candidate.end, line.end, mask) <= afterSpaces(text, h.candidate.end, line.end)) {
    const k = nextTextLine(text, lines, h.candidate.line + 1, mask);
    const under = k >= 0 ? lines[k]! : undefined;
    if (under !== undefined && under.start < nextStart) {
      const end = contentEnd(text, under.start, Math.min(under.end, nextStart), mask);
      const title = text.slice(under.start, end).trim().replace(/[。：:]$/u, '');
      const runsToWidth = wrap !== null && runsOn(text, under.start, end, wrap);
      if (title.length > 0 && title.length <= TITLE_UNDER_MARKER_MAX && !NOT_A_TITLE_UNDER_MARKER.test(title) && !runsToWidth) return end;
    }
  }
  // A line a document viewer cut into chunks (chunks.ts) goes on into the next chunk: the title runs
  // over the cut to its 。 or the next line's end.
  for (let k = h.candidate.line, hops = 0; cuts !== null && cuts.has(line.end) && k + 1 < lines.length && lines[k + 1]!.start < nextStart && hops < MAX_WRAPPED_LINES; hops++) line = lines[++k]!;
  const limit = Math.min(line.end, nextStart);
  // "**（二）市场监督管理部门：** 现场抽检…": a Markdown page sets a run-in title in bold with its
  // marker, and the bold's close ends it as a 。 would.
  const bold = isBoldMark(text, h.candidate.start - 2);
  // Whether the title holds text yet (not only spaces and emphasis marks): kept as the loop goes,
  // so that no mark makes it look back over the line.
  let titled = false;
  for (let i = h.candidate.end; i < limit; i++) {
    if (text[i] === '。') return i + 1;
    // (Not a bold run holding the marker alone, "**（一）** **制定…规划。**", nor one that another
    // follows: a converter may set each run of a title in bold of its own, "**建设结构完善的** **城市**".)
    // A mark closes where it follows text, not a space (one after a space opens the next run).
    if (bold && titled && isBoldMark(text, i) && !isSpaceCode(text.charCodeAt(i - 1)) && !isBoldMark(text, afterSpaces(text, i + 2, text.length))) {
      return withoutClause(text, h.candidate.end, i);
    }
    if (!titled && !isSpaceCode(text.charCodeAt(i)) && text[i] !== '*' && text[i] !== '_') titled = true;
    if (isSpaceCode(text.charCodeAt(i)) && i > h.candidate.end && opensParagraph(text, i, limit)) return i;
  }
  const wrapped = wrap === null || limit < line.end ? -1 : wrappedTitleEnd(text, lines, h.candidate.line, nextStart, wrap, mask, RUN_IN.has(h.candidate.style));
  if (wrapped >= 0) return wrapped;
  return withoutClause(text, h.candidate.end, contentEnd(text, h.candidate.end, limit, mask));
}

/**
 * The name cell of a table row's heading, when it has one that ends after its marker and before
 * the next heading: the row's heading runs to its end (on the next line when cells are set a line
 * each). A row numbered inside its name cell ("1.积极推进…。要…") is an item of running text set in
 * a table: its title ends at its first 。, as a heading's in the text does.
 */
function rowName(text: string, placement: HeadingPlacement, nextStart: number): { start: number; end: number } | undefined {
  const c = placement.candidate;
  const cell = c.row && c.row.name >= 0 ? c.row.cells[c.row.name] : undefined;
  const name = cell && cell.start === c.start ? { start: cell.start, end: sentenceEnd(text, c.end, cell.end) } : cell;
  return name && name.end > c.end && name.end <= nextStart ? name : undefined;
}

/** Where a heading's title ends, and the row's name cell it is read from, if any. */
interface TitleRead {
  end: number;
  name: { start: number; end: number } | undefined;
}

/**
 * Where each heading's title ends (`titleEnd`, or a row's name cell), then cut where a page ran
 * the paragraph into it (glued-title.ts). A noun phrase and a verb are as often a sentence's
 * subject and predicate ("（二）补助对象在本县居住满一年的农户…"), so a scheme ("一、", "（一）" … of
 * the body, or of one attachment) is cut only where its own headings bear the page out: two or
 * more of its titles run into their paragraphs, more than there are titles that are sentences (long,
 * or closed by 。 with their text after them, as a document that keeps its breaks writes them) —
 * or one such title, where the heading shares its line with the next or the last (the page lost
 * its breaks there). Never a rule's articles or chapters, whose text has no run-in title.
 */
function headingTitleEnds(input: TreeInput, cuts: ReadonlySet<number> | null): TitleRead[] {
  const { text, headings } = input;
  const reads: TitleRead[] = [];
  const glued: number[] = [];
  const keys: string[] = [];
  const tally = new Map<string, { glued: number; sentences: number }>();
  let part = 0;
  headings.forEach((placement, h) => {
    const c = placement.candidate;
    const nextStart = headings[h + 1]?.candidate.start ?? text.length;
    const name = rowName(text, placement, nextStart);
    const end = name ? name.end : titleEnd(text, input.lines, placement, nextStart, input.mask, input.wrap ?? null, cuts);
    reads.push({ end, name });
    if (c.style === 'attachment') part++;
    const key = `${part} ${styleKey(c)}`;
    keys.push(key);
    const from = afterSpaces(text, c.end, end);
    const cut = name || NO_RUN_IN_TITLE.has(c.style) ? -1 : gluedTitleEnd(text, from, end);
    glued.push(cut);
    const counts = tally.get(key) ?? { glued: 0, sentences: 0 };
    tally.set(key, counts);
    if (cut >= 0) counts.glued++;
    else if (end - from > SHORT_TITLE || (text[end - 1] === '。' && contentEnd(text, end, input.lines[c.line]!.end, input.mask) > end)) counts.sentences++;
  });
  const line = (h: number) => headings[h]?.candidate.line;
  return reads.map((read, h) => {
    if (glued[h]! < 0) return read;
    const { glued: g, sentences } = tally.get(keys[h]!)!;
    const sharesLine = line(h - 1) === line(h) || line(h + 1) === line(h);
    return (sharesLine ? g >= sentences : g >= 2 && g > sentences) ? { ...read, end: glued[h]! } : read;
  });
}
/** A title longer than this reads as a sentence ("加强组织领导", "建立健全长效管理机制" do not). */
const SHORT_TITLE = 15;
/** Schemes whose divisions have no run-in title: a rule's articles, chapters and sections, and attachments. */
const NO_RUN_IN_TITLE = new Set<MarkerStyle>(['article', 'chapter', 'section', 'attachment']);

/** The first offset from `at` (before `limit`) that holds no space (line breaks included: a Markdown paragraph goes on over them). */
function afterSpaces(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Whether Markdown's strong emphasis ("**", "__") stands at `at`. */
function isBoldMark(text: string, at: number): boolean {
  return at >= 0 && (text.startsWith('**', at) || text.startsWith('__', at));
}

/** The index of the first line from `from` on that holds text, or -1. */
function nextTextLine(text: string, lines: readonly Line[], from: number, mask: MarkupMask): number {
  for (let j = from; j < lines.length; j++) if (contentEnd(text, lines[j]!.start, lines[j]!.end, mask) > lines[j]!.start) return j;
  return -1;
}

/** Longest second line of an attachment's title set over two lines. */
const SECOND_TITLE_LINE_MAX = 30;
/** Shortest first line of such a title: a title wraps only once a line is near full (GB/T 9704 sets some 15–20 characters a line). */
const WRAPPED_TITLE_LINE_MIN = 12;

/** Lines a wrapped title runs on over at most. */
const MAX_WRAPPED_LINES = 4;
/**
 * Items whose title is the first sentence of their paragraph ("1.完善…机制，优" / "化议事程序，…。"):
 * it runs on to its 。. Other headings (第三章, 一、, （一）) are titled by a line of their own, which a
 * PDF's width may happen to reach: it goes on only as a short tail, never into the body.
 */
const RUN_IN = new Set<MarkerStyle>(['arabic-dot', 'arabic-paren', 'circled']);

/**
 * A heading's title in a hard-wrapped text (see wrap.ts), when its line runs to the wrap width: it
 * goes on over the lines after, to the end of the first line short of the width (a paragraph's
 * last), or, for a run-in title (`runIn`), to its first 。 ("1.完善…机制，优" / "化议事程序，…。").
 * -1 when the heading's line ends short of the width or with a mark that ends it there, when the
 * next line opens a heading, or when a title of its own line would run into its body.
 */
function wrappedTitleEnd(text: string, lines: Line[], at: number, nextStart: number, wrap: number, mask: MarkupMask, runIn: boolean): number {
  let k = at;
  for (let n = 0; n < MAX_WRAPPED_LINES; n++) {
    const line = lines[k]!;
    const end = contentEnd(text, line.start, line.end, mask);
    if (!runsOn(text, line.start, end, wrap)) return n === 0 ? -1 : end;
    const next = lines[k + 1];
    if (next === undefined || next.start >= nextStart) return n === 0 ? -1 : end;
    const to = Math.min(next.end, nextStart);
    if (runIn) for (let i = next.start; i < to; i++) if (text[i] === '。') return i + 1;
    if (!runIn && runsOn(text, next.start, contentEnd(text, next.start, to, mask), wrap)) return -1;
    k++;
  }
  return runIn ? contentEnd(text, lines[k]!.start, Math.min(lines[k]!.end, nextStart), mask) : -1;
}

/** Just after the first 。 in [start, end), else `end`. */
function sentenceEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end - 1; i++) if (text[i] === '。') return i + 1;
  return end;
}

/**
 * A heading line that closes with its own responsibility clause ("一、就业促进工程（责任单位：
 * A、B）"): the clause assigns the section's units and is no part of its name, as a run-in
 * heading's title stops at its 。. Returns where the title ends: before the clause, else `end`.
 */
function withoutClause(text: string, start: number, end: number): number {
  const close = text.charCodeAt(end - 1);
  if (close !== 0xff09 && close !== 0x29) return end; // ） )
  let depth = 0;
  for (let i = end - 1; i > start; i--) {
    const code = text.charCodeAt(i);
    if (code === 0xff09 || code === 0x29) depth++;
    else if ((code === 0xff08 || code === 0x28) && --depth === 0) {
      return CLAUSE_IN_BRACKETS.test(text.slice(i + 1, end - 1)) ? contentEnd(text, start, i, null) : end;
    }
  }
  return end;
}
/**
 * Bracket content that is a responsibility clause: a unit label, or units closed by a role verb.
 * The parser reads the text as written, so the traditional forms (責任單位, 牽頭, 負責) are listed.
 */
const ROLE_WORDS = '牵头|牽頭|主办|主辦|主责|主責|责任|責任|负责|負責|配合|协助|協助|协办|協辦|参与|參與';
const CLAUSE_IN_BRACKETS = new RegExp(`^(?:${ROLE_WORDS})[^：:（）()]{0,4}[：:]|(?:${ROLE_WORDS})$`, 'u');

/**
 * An indentation inside a line ("…全覆盖　　有效解决…"): two or more spaces, one of them
 * ideographic, followed by a run of text. Bodies set as one line separate paragraphs so; a
 * spaced-out title ("总　　则") is not followed by enough text to be a paragraph.
 */
function opensParagraph(text: string, at: number, limit: number): boolean {
  let j = at;
  let ideographic = false;
  while (j < limit && isSpaceCode(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === 0x3000) ideographic = true;
    j++;
  }
  if (j - at < 2 || !ideographic) return false;
  let k = j;
  while (k < limit && !isSpaceCode(text.charCodeAt(k))) k++;
  return k - j >= PARAGRAPH_MIN;
}

/** Fewest characters after an indentation inside a line for it to open a paragraph. */
const PARAGRAPH_MIN = 8;

export function buildTree(input: TreeInput): Root {
  const { text, positions } = input;
  const root: Root = { type: 'root', children: [], position: positions.span(0, text.length) };
  if (input.wrap !== undefined && input.wrap !== null) root.data = { wrap: input.wrap };
  if (input.inserted !== undefined && input.inserted.length > 0) root.data = { ...root.data, inserted: input.inserted };
  const cuts = input.inserted === undefined || input.inserted.length === 0 ? null : new Set(input.inserted.map((span) => span.start));

  const inlines = (start: number, end: number): Inline[] => splitInlines(input, start, end);
  // A division without a number has no marker leaf: leaves are never empty. A marker that markup
  // splits ("**1** **.**") is a leaf for each run of its characters, the markup between them its own.
  const markerLeaves = (c: HeadingPlacement['candidate']): (Marker | Inline)[] => {
    if (c.value === '') return [];
    const leaf = (start: number, end: number): Marker => ({ type: 'marker', value: text.slice(start, end), style: c.style, ordinal: c.ordinal, position: positions.span(start, end) });
    if (text.slice(c.start, c.end) === c.value) return [leaf(c.start, c.end)];
    const out: (Marker | Inline)[] = [];
    let k = c.start;
    while (k < c.end) {
      let j = k;
      if (input.mask?.[k] !== 1 && !isSpaceCode(text.charCodeAt(k))) {
        while (j < c.end && input.mask?.[j] !== 1 && !isSpaceCode(text.charCodeAt(j))) j++;
        out.push(leaf(k, j));
      } else {
        while (j < c.end && (input.mask?.[j] === 1 || isSpaceCode(text.charCodeAt(j)))) j++;
        out.push(...inlines(k, j));
      }
      k = j;
    }
    return out;
  };
  const whitespace = (start: number, end: number): Whitespace => ({ type: 'whitespace', value: text.slice(start, end), position: positions.span(start, end) });

  // The header: its fields, with the white space between them.
  let cursor = 0;
  if (input.header.length > 0) {
    const header: Header = { type: 'header', children: [], position: positions.span(0, 0) };
    for (const f of input.header) {
      if (f.start > cursor) pushGap(header.children, cursor, f.start);
      header.children.push(fieldNode(f));
      cursor = f.end;
    }
    const end = Math.max(cursor, Math.min(input.bodyStart, text.length));
    if (end > cursor) pushGap(header.children, cursor, end);
    cursor = end;
    header.position = positions.span(header.children[0]?.position.start.offset ?? 0, cursor);
    root.children.push(header);
  }

  // The body: header-like fields after the notice (signature, date, plan title), paragraphs and sections.
  const stops = [...input.closing, ...(input.plan ? [input.plan] : [])].sort((a, b) => a.start - b.start);
  type Container = Root | Plan | Section;
  const stack: Container[] = [root];
  const top = () => stack[stack.length - 1]!;
  const append = (node: FlowContent) => (top().children as FlowContent[]).push(node);

  const flow = (start: number, end: number) => {
    // Paragraphs line by line; indentation and line endings stay as white space between them.
    let i = start;
    while (i < end) {
      let j = i;
      while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
      if (j > i) append(whitespace(i, j));
      if (j >= end) break;
      let k = j;
      while (k < end && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
      const stop = contentEnd(text, j, k, null);
      const p: Paragraph = { type: 'paragraph', children: inlines(j, stop), position: positions.span(j, stop) };
      append(p);
      i = stop;
    }
  };

  const headings = input.headings;
  const titleReads = headingTitleEnds(input, cuts);
  const tableEnds = input.tableEnds ?? [];
  let tableEnd = 0;
  const sectionCount = new Map<Container, number>();
  let stopIndex = 0;
  for (let h = 0; h <= headings.length; h++) {
    const placement = headings[h];
    const segmentEnd = placement ? placement.candidate.start : text.length;
    // Fields that stand between here and the next heading (only before the first heading).
    while (stopIndex < stops.length && stops[stopIndex]!.start < segmentEnd && stops[stopIndex]!.start >= cursor) {
      const f = stops[stopIndex++]!;
      flow(cursor, f.start);
      if (f === input.plan) {
        const plan: Plan = { type: 'plan', title: f.value, children: [fieldNode(f)], position: positions.span(f.start, text.length) };
        append(plan);
        stack.push(plan);
      } else append(fieldNode(f));
      cursor = f.end;
    }
    // A table's rows are sections only as far as the table: the text after its last row is the
    // section's the table stands in ("专栏 …主要指标" then the paragraphs under the table).
    while (tableEnd < tableEnds.length && tableEnds[tableEnd]! < segmentEnd) {
      const at = tableEnds[tableEnd++]!;
      if (at < cursor) continue;
      flow(cursor, at);
      cursor = at;
      while (top().type === 'section' && (top() as Section).row !== undefined) stack.pop();
    }
    flow(cursor, segmentEnd);
    if (!placement) break;
    const c = placement.candidate;
    // An attachment's label ends a plan set out under the attachment before it ("附件1:某某方案"
    // over the plan): the next attachment is the first one's sibling, not a section of its plan.
    if (c.style === 'attachment') {
      const firstSection = stack.findIndex((node) => node.type === 'section');
      if (firstSection > 0 && stack.slice(firstSection).some((node) => node.type === 'plan')) stack.length = firstSection;
    }
    while (top().type === 'section' && (top() as Section).depth >= placement.depth) stack.pop();
    const { name, end } = titleReads[h]!;
    // A division without a number has no marker leaf: leaves are never empty.
    const heading: Heading = { type: 'heading', children: [...markerLeaves(c), ...inlines(c.end, end)], position: positions.span(c.start, end) };
    const parent = top();
    // A plan set out inside an attachment's section ("附件：某某方案" over the plan's own title):
    // its sections are numbered under that section's, as an attachment's headings are.
    const numbering = parent.type === 'plan' ? stack.findLast((node): node is Section => node.type === 'section') ?? parent : parent;
    const siblings = sectionCount.get(numbering) ?? 0;
    sectionCount.set(numbering, siblings + 1);
    const parentPath = numbering.type === 'section' ? numbering.path + '.' : '';
    const section: Section = {
      type: 'section',
      depth: placement.depth,
      path: parentPath + String(siblings + 1),
      marker: c.value,
      style: c.style,
      ordinal: c.ordinal,
      // A name cell wrapped over lines joins as a wrapped title does, with nothing between; the
      // title, as any heading's, runs to the first 。 ("推进海绵城市建设。城市建成区…" → "推进海绵城市建设。").
      title: name ? joinWrapped(text.slice(Math.max(name.start, c.end), sentenceEnd(text, Math.max(name.start, c.end), name.end))) : headingTitle(heading),
      children: [heading],
      position: positions.span(c.start, end),
    };
    if (c.row) section.row = { cells: c.row.cells.map((cell) => ({ column: cell.column, value: text.slice(cell.start, cell.end), position: positions.span(cell.start, cell.end) })) };
    append(section);
    stack.push(section);
    cursor = end;
  }
  fixSpans(root, positions);
  return root;

  function pushGap(into: Header['children'], start: number, end: number): void {
    // Between header fields there is only white space, or text that is not a field: keep both.
    let i = start;
    while (i < end) {
      let j = i;
      while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
      if (j > i) into.push(whitespace(i, j));
      if (j >= end) break;
      let k = j;
      while (k < end && !isSpaceCode(text.charCodeAt(k))) k++;
      const chunk = inlines(j, k);
      if (chunk.every((n) => n.type === 'markup')) into.push(...(chunk as Markup[]));
      else into.push({ type: 'masthead', value: text.slice(j, k), children: chunk, position: positions.span(j, k) });
      i = k;
    }
  }

  function fieldNode(f: FieldRange): HeaderField {
    return { type: f.type, value: f.value, children: inlines(f.start, f.end), position: positions.span(f.start, f.end) };
  }
}

/** The kind of leaf the character at `k` belongs to. (Not a closure: inlines are split per paragraph.) */
function inlineKindAt(text: string, mask: MarkupMask, k: number): Inline['type'] {
  return mask?.[k] === 1 ? 'markup' : isSpaceCode(text.charCodeAt(k)) ? 'whitespace' : 'text';
}

/**
 * Where the run of text (neither white space nor markup) from `i` ends, before `end`. Every
 * character of a document is in some leaf, and most are in text runs: a tight loop by char code,
 * with the markup mask asked only when there is one.
 */
function textRunEnd(text: string, mask: MarkupMask, i: number, end: number): number {
  let j = i;
  if (mask === null) {
    while (j < end && !isSpaceCode(text.charCodeAt(j))) j++;
  } else {
    while (j < end && mask[j] !== 1 && !isSpaceCode(text.charCodeAt(j))) j++;
  }
  return j;
}

/** Splits [start, end) into white space, markup and text leaves. */
function splitInlines(input: TreeInput, start: number, end: number): Inline[] {
  const { text, mask, positions } = input;
  const out: Inline[] = [];
  let i = start;
  while (i < end) {
    const kind = inlineKindAt(text, mask, i);
    let j = i + 1;
    if (kind === 'text') j = textRunEnd(text, mask, j, end);
    else while (j < end && inlineKindAt(text, mask, j) === kind) j++;
    out.push({ type: kind, value: text.slice(i, j), position: positions.span(i, j) });
    i = j;
  }
  return out;
}

const LINE_BREAK = /[\n\r]/u;

/** A cell's lines joined with nothing between, each trimmed (split, not a regex: linear on any run of spaces). */
function joinWrapped(cell: string): string {
  return cell.split('\n').map((line) => line.trim()).join('');
}

/** The title a heading carries: its text after the marker, a leading colon and trailing 。：; dropped. */
function headingTitle(heading: Heading): string {
  let title = '';
  const children = heading.children;
  // The first character of the next text leaf after each child (NaN where none): one pass back.
  const nextText = new Array<number>(children.length);
  let ahead = NaN;
  for (let i = children.length - 1; i >= 0; i--) {
    nextText[i] = ahead;
    const child = children[i]!;
    if (child.type === 'text') ahead = child.value.charCodeAt(0);
  }
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text') title += child.value;
    // A line break inside a title is a wrap (see wrappedTitleEnd): the lines join with nothing
    // between. A space between two runs of emphasis inside Chinese ("**建设** **产业园区。**") only
    // parts the runs, as a converter from a word processor leaves them.
    else if (child.type === 'whitespace' && !LINE_BREAK.test(child.value) && !partsEmphasisRuns(children, i, title, nextText[i]!)) title += child.value;
  }
  // "附件2：某某名单": the colon after a label is not part of the title. Nor are question marks
  // that open it ("第一章??总则"): a page that lost its spaces in an encoding writes them as "?",
  // and no title opens with a question.
  return withoutClosingPunctuation(title.trim().replace(/^[：:?？]+/u, '')).trim();
}

/** Whether the white space at `i` stands between two markup leaves with Chinese on both sides (`after`: the next text's first code). */
function partsEmphasisRuns(children: Heading['children'], i: number, before: string, after: number): boolean {
  if (children[i - 1]?.type !== 'markup' || children[i + 1]?.type !== 'markup') return false;
  return isIdeographCode(before.charCodeAt(before.length - 1)) && isIdeographCode(after);
}

/** What a title closes with that is no part of it: sentence marks, and a table's cell separator ("一、… |"). */
const CLOSING_PUNCTUATION = new Set(['。', '：', ':', '；', ';', '，', ',', '|', '｜', ' ', '\u3000']);

/** The title without the 。：；， it closes with, trimmed by index (an end-anchored regex is quadratic on a long run). */
function withoutClosingPunctuation(title: string): string {
  let end = title.length;
  while (end > 0 && CLOSING_PUNCTUATION.has(title[end - 1] as string)) end--;
  return title.slice(0, end);
}

/** Parents span from their first to their last child. */
function fixSpans(node: Root | Plan | Section, positions: PositionMap): void {
  for (const child of node.children) if (child.type === 'section' || child.type === 'plan') fixSpans(child, positions);
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (node.type !== 'root' && first && last) node.position = positions.span(first.position.start.offset!, last.position.end.offset!);
}
