/**
 * What a page or its converter set around the policy's text, marked as markup so that the grammar
 * reads the text alone: the column separators of a flattened table, and the bullet glyphs a page
 * sets before its items.
 *
 * A page's table flattened one cell a line keeps the column separators of the converter that
 * flattened it: each cell's line closes with " |", the empty cells after the last filled one add a
 * run of pipes ("附件 | |||||||||", "成果 形式 | |||||||||||"), and a row of empty cells is a line of
 * pipes alone ("|", "||||||||||"). The separators are the page's, not the policy's: they are marked
 * as markup, so that "附件 | ||||" is the label "附件", a cell "县财政局 |" names 县财政局, and a line
 * of pipes is an empty line between cells (in a Markdown pipe table too, whose row of empty cells
 * says nothing). A Markdown pipe row with text ("| 1 | 任务 | 县财政局 |"), opened by a pipe, keeps
 * its pipes, which part its cells.
 */
import { DOC_NUMBER } from './header.js';
import { isSpaceCode, type Line } from './lines.js';

const PIPE = 0x7c;

/**
 * A bullet glyph opening a line ("◈1. 中小企业宽带…", "◆（一）…", "● 加强组织领导"): a web page's
 * list decoration, not the policy's. Before a heading marker it would hide the marker; elsewhere it
 * is no word of the text. (Not "·", which joins the parts of a name, nor "○", a zero in dates.)
 */
const BULLET = /[•▪■□●◆◇◈▲△▶►★☆❖✦➢➤◎]/u;

/**
 * The decoration's offsets as a mask (1 on each pipe and the spaces between them, each bullet and
 * the spaces after it), or null when the text has none.
 */
export function pageDecorationMask(text: string, lines: readonly Line[]): Uint8Array | null {
  let mask: Uint8Array | null = null;
  const mark = (start: number, end: number) => {
    mask ??= new Uint8Array(text.length);
    mask.fill(1, start, end);
  };
  const blurb = blurbBeforeRepeatedTitle(text, lines);
  if (blurb !== null) mark(blurb.start, blurb.end);
  const notice = siteNoticeAtStart(text, lines);
  if (notice !== null) mark(notice.start, notice.end);
  for (const line of lines) {
    const bullet = bulletEnd(text, line);
    if (bullet > line.start) mark(line.start, bullet);
    const kind = lineKind(text, line);
    if (kind === 'pipes') mark(line.start, line.end);
    if (kind !== 'text') continue;
    const run = trailingSeparators(text, line);
    if (run < line.end) mark(run, line.end);
  }
  return mask;
}

/**
 * A document-sharing page prints the document's title, then its own blurb ("合集下载", numbered
 * notices "1、下载文档前请自行甄别…"), then the title again where the document begins: the lines
 * between the two titles are the page's. Only a short run of lines, with no document number and no
 * line closing in a colon between them (a notice issuing a plan under the plan's own title keeps
 * its number and addressees). Null when the first line's title does not come again.
 */
function blurbBeforeRepeatedTitle(text: string, lines: readonly Line[]): { start: number; end: number } | null {
  const content = (line: Line) => text.slice(line.start, line.end).replace(/\s+/gu, '');
  const first = lines.findIndex((line) => content(line) !== '');
  if (first < 0) return null;
  const title = content(lines[first]!);
  if (title.length < TITLE_MIN || title.length > TITLE_MAX || !/[\u4e00-\u9fff]/u.test(title)) return null;
  let between = 0;
  let blurbLines = 0;
  for (let k = first + 1; k < lines.length && k <= first + BLURB_LINES_MAX + 1; k++) {
    const line = lines[k]!;
    const words = content(line);
    if (words === title) return blurbLines >= BLURB_LINES_MIN ? { start: lines[first + 1]!.start, end: lines[k - 1]!.end } : null;
    if (words === '') continue;
    between += words.length;
    blurbLines++;
    // (An attachment's label between the two is the document's: "标题 / 附件 / 标题 / 序号 …".)
    if (between > BLURB_CHARS_MAX || /[：:]$/u.test(words) || DOC_NUMBER.test(words) || ATTACHMENT_LABEL.test(words)) return null;
  }
  return null;
}
/**
 * A document-sharing page's notice opening the text, before anything of the document: a short label
 * alone on its line ("温馨提示：", "下载说明：") and numbered items about the page itself — each speaks
 * of its files, downloads or service ("1. 部分包含数学公式的文件，查看预览时可能显示错乱…", "2. 本文档由用户上传…").
 * Its numbers are no headings of the document. Null when the text opens otherwise, or an item speaks
 * of anything else (a policy's own first lines are never about downloading it).
 */
export function siteNoticeAtStart(text: string, lines: readonly Line[]): { start: number; end: number } | null {
  const content = (line: Line) => text.slice(line.start, line.end).trim();
  const first = lines.findIndex((line) => content(line) !== '');
  if (first < 0 || !NOTICE_LABEL.test(content(lines[first]!))) return null;
  let last = -1;
  for (let k = first + 1; k < lines.length; k++) {
    const words = content(lines[k]!);
    if (words === '') continue;
    // The site's contact under its notice ("网站客服：3074922707") is the page's too.
    if (last >= 0 && CONTACT_LINE.test(words)) {
      last = k;
      continue;
    }
    if (!NOTICE_ITEM.test(words)) break;
    if (!SITE_WORDS.test(words)) return null;
    last = k;
  }
  return last < 0 ? null : { start: lines[first]!.start, end: lines[last]!.end };
}
/** A notice's label: a few characters and a colon, alone on the line. */
const NOTICE_LABEL = /^[\u4e00-\u9fff]{2,6}[：:]$/u;
/** A notice's numbered item ("1. ", "2、"). */
const NOTICE_ITEM = /^[0-9０-９]{1,2}\s*[.．、]/u;
/** A label and a telephone or account number alone on a line. */
const CONTACT_LINE = /^[\u4e00-\u9fff]{2,8}[：:]\s*[0-9０-９][0-9０-９\- ]{4,19}$/u;
/** Words a page's notice speaks of itself with: its files, downloads, uploads, previews and service. */
const SITE_WORDS = /下载|下載|上传|上傳|文档|文檔|预览|預覽|本站|客服|付费|付費|浏览器|瀏覽器/u;

/** The shortest and longest first line read as a title that may come again (a title, not a word or a paragraph). */
const TITLE_MIN = 6;
const TITLE_MAX = 80;
/** An attachment's label alone on its line ("附件", "附件2"): the document's, never the page's. */
const ATTACHMENT_LABEL = /^附件[0-9０-９一二三四五六七八九十]*$/u;
/** Most lines and characters a page's blurb between the two titles holds. */
const BLURB_LINES_MAX = 12;
/** Fewest lines a blurb holds (a link and its notices): one line alone is too little to tell. */
const BLURB_LINES_MIN = 2;
const BLURB_CHARS_MAX = 600;

/** Where a bullet opening the line ends, with the spaces after it; the line's start when none opens it. */
function bulletEnd(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === line.end || !BULLET.test(text[i]!)) return line.start;
  i++;
  while (i < line.end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** What a line holds: nothing, text, a pipe row (opened by a pipe, with text), or pipes (and spaces) alone. */
function lineKind(text: string, line: Line): 'blank' | 'text' | 'row' | 'pipes' {
  let i = line.start;
  while (i < line.end && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === line.end) return 'blank';
  if (text.charCodeAt(i) !== PIPE) return 'text';
  for (let j = i; j < line.end; j++) {
    const code = text.charCodeAt(j);
    if (code !== PIPE && !isSpaceCode(code)) return 'row';
  }
  return 'pipes';
}

/**
 * Where the run of separators closing a line of one cell begins (pipes and the spaces among them,
 * after the cell's text), or the line's end when it closes with none or parts cells with pipes.
 */
function trailingSeparators(text: string, line: Line): number {
  let i = line.end;
  let pipes = 0;
  while (i > line.start) {
    const code = text.charCodeAt(i - 1);
    if (code === PIPE) pipes++;
    else if (!isSpaceCode(code)) break;
    i--;
  }
  if (pipes === 0) return line.end;
  // A row set with pipes between its cells ("1 | 推动… | 县教体局 |") keeps its pipes, which part them.
  for (let j = line.start; j < i; j++) if (text.charCodeAt(j) === PIPE) return line.end;
  // The spaces before the first pipe part the cell from it; they are white space, not separators.
  while (i < line.end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
