/**
 * The policy parser: text in, lossless tree and messages out. Never throws on any input.
 */
import { continuedCandidates, placeHeadings, type DepthMessage } from './depth.js';
import { viewerChunks } from './chunks.js';
import { isDateLine, isPlanTitleLine, mentionsAttachment, opensAttachedText, readHeader } from './header.js';
import { candidatesFrom, contentEnd, contentStart, findCandidates, splitLines, splitParagraphs, type Candidate, type Line, type MarkupMask } from './lines.js';
import { markdownMask } from './markdown.js';
import { toHalfWidthDigits } from './numerals.js';
import { matchMarker } from './markers.js';
import { createPositionMap } from './position.js';
import { withoutContents } from './contents.js';
import { pageDecorationMask, siteNoticeAtStart } from './decoration.js';
import { readTables } from './tables.js';
import { buildTree } from './tree.js';
import { wrapWidth } from './wrap.js';
import type { MarkerStyle, Root } from './types.js';

const HEADER_STOPPERS = new Set<MarkerStyle>(['chapter', 'section', 'article', 'cn-comma', 'cn-paren']);

export interface ParseOptions {
  /** Read the input as Markdown (headings, bold, lists are markup around the policy text). */
  markdown?: boolean;
}

export interface ParseMessage extends DepthMessage {
  severity: 'warning' | 'info';
}

export interface ParseResult {
  tree: Root;
  messages: ParseMessage[];
}

export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const lines = splitLines(text, options.markdown === true);
  const chunks = viewerChunks(text, lines);
  const markup = withMarkup(options.markdown ? markdownMask(text) : null, chunks?.mask ?? null);
  // The header reads a page's metadata rows by their pipes ("发布单位 |"), and keeps them.
  const mask = withMarkup(markup?.slice() ?? null, pageDecorationMask(text, lines));
  const positions = createPositionMap(text);

  // Lines first: a line a heading marker opens ends the header (a first-level scheme at any
  // number, since excerpts and later parts of a plan start past 1; other schemes at 1). So does
  // a table's header line: a task list published alone ("某某重点任务分工表") opens its table
  // right under its title, and the short cells "序号 工作任务 …" would read as the title going on.
  const body = splitParagraphs(text, lines);
  const bodyCandidates = findCandidates(text, body, mask, 0);
  // Most documents need no splitting into paragraphs: their lines hold the same candidates.
  const sameLines = body.length === lines.length && body.every((line, k) => line === lines[k]);
  const tableHeaders = readTables(text, body, mask, 0, bodyCandidates).headers;
  const starts = confirmedGluedTops(sameLines ? bodyCandidates : findCandidates(text, lines, mask, 0));
  // …and so does a list an excerpt opens in mid-count ("32、…" over "33、…").
  const continued = continuedCandidates(starts);
  const lineStarts = new Set([
    ...starts
      .filter((c) => c.atLineStart && !(c.asItem && c.style !== 'decimal') && (c.ordinal === 1 || HEADER_STOPPERS.has(c.style) || continued.has(c)))
      .map((c) => contentStart(text, lines[c.line]!.start, lines[c.line]!.end, mask)),
    ...tableHeaders,
  ]);
  // A document-sharing page's notice opening the text is no part of the header either.
  const notice = siteNoticeAtStart(text, lines);
  const headerMask = notice === null ? markup : withMarkup(markup?.slice() ?? null, new Uint8Array(text.length).fill(1, notice.start, notice.end));
  const header = readHeader(text, lines, headerMask, (start) => lineStarts.has(start));

  // Then structure, on lines as paragraphs: which markers are headings, how deep.
  const candidates = itemsBeforeFigures(decimalTopsWithSubs(withoutCitedDocuments(withoutContents(withAttachments(candidatesFrom(bodyCandidates, text, body, mask, header.bodyStart), text, body, mask, header.bodyStart, Math.max(0, ...header.closing.map((f) => f.start))), text, body, mask), text, body)));
  const tables = readTables(text, body, mask, header.bodyStart, candidates);
  const withRows = [...candidates.filter((c) => !tables.inside(c.line)), ...tables.rows].sort((a, b) => a.start - b.start);
  const { headings, messages } = placeHeadings(withUnnumberedDivision(withRows, text, body, mask, header.bodyStart), text);
  const tree = buildTree({
    text, lines: body, mask, positions,
    header: header.fields, bodyStart: header.bodyStart, closing: header.closing, plan: header.plan,
    headings, wrap: wrapWidth(text, body), inserted: chunks?.inserted, tableEnds: tables.ends,
  });
  return {
    tree,
    messages: messages.map((m) => ({ ...m, severity: 'warning' })),
  };
}

/** Both masks' markup: a character either marks is markup. */
function withMarkup(a: MarkupMask, b: MarkupMask): MarkupMask {
  if (a === null || b === null) return a ?? b;
  for (let i = 0; i < b.length; i++) if (b[i] === 1) a[i] = 1;
  return a;
}

/**
 * A note in brackets inside a title, words on both sides of it ("…区县（自治县、市）外经贸…"): a slip
 * of the pen there ("（自治县。市）") ends no sentence. A bracket that opens or closes the line is no
 * such note ("（此件公开发布。）").
 */
const BRACKETED_NOTE = /(?<=[^\s（(])[（(][^（）()\n]{0,20}[）)](?=[^\s）)])/gu;

/**
 * Attachments. "附件：" (or "附件：1.…　2.…") before the signature is the list of attachments:
 * what it names are files, not sections. An attachment itself, after the body, is a top-level
 * section continuing the body's numbering: its label ("附件", "附件2") opens a line, and its
 * own title follows on the next line, glued on ("附件1突发…标准") or after a colon ("附件2：…").
 * The attached text's headings nest under it.
 */
function withAttachments(candidates: Candidate[], text: string, lines: Line[], mask: MarkupMask, from: number, listEnd: number): Candidate[] {
  const lineText = (k: number) => {
    const start = contentStart(text, lines[k]!.start, lines[k]!.end, mask);
    return text.slice(start, contentEnd(text, start, lines[k]!.end, mask));
  };
  const labels: Candidate[] = [];
  /** Lines where an attached text opens: attachment labels, and the label over a notice's plan. */
  const opened: number[] = [];
  let list = -1;
  const firstText = lines.findIndex((_, k) => lineText(k) !== '');
  // The last line each attachment title is given a label on ("附件" over it, "附件2：" before it).
  const labelledAt = new Map<string, number>();
  lines.forEach((line, k) => {
    if (line.end <= from) return;
    const m = ATTACHMENT_LABEL.exec(lineText(k));
    if (m) labelledAt.set(squeezed(m[0].length === lineText(k).length ? nextText(k) : lineText(k).slice(m[0].length)), k);
  });
  lines.forEach((line, k) => {
    if (line.end <= from) return;
    const t = lineText(k);
    const m = ATTACHMENT_LABEL.exec(t);
    if (!m) return;
    const label = m[0].replace(/[\s：:]+$/u, '');
    const rest = t.slice(m[0].length);
    const numbered = m[1] !== undefined;
    const colon = /[：:]/u.test(m[0]);
    const title = rest === '' ? nextText(k) : rest;
    // "附件" alone is titled by the next line; a title on the label's line needs a number ("附件1…", "附件2：…").
    if (rest !== '' && !numbered && !colon) return; // "附件所列项目…": text that mentions the attachment
    if (rest !== '' && !colon && mentionsAttachment(t)) return; // "附件1所列项目…": the same, numbered
    // "附件：某方案" on one line names the file a notice attaches; "附件：" alone is titled by the next line.
    // A text that opens on a numbered label with its title glued on is the attached text itself,
    // set as one run with its body ("附件1某市…职责当发生…"): the label heads it however long the run.
    const opensText = numbered && !colon && rest !== '' && k === firstText && opensAttachedText(t);
    const titledOnLine = colon && !numbered && rest !== '';
    // "附件：某表" whose title a later label heads is an entry naming it (in a list, in a table of
    // contents): it opens nothing, and lists no lines after it.
    if (titledOnLine && (labelledAt.get(squeezed(rest)) ?? -1) > k) return;
    const start = contentStart(text, line.start, line.end, mask);
    // After the signature, "附件：某表" over the attached text itself (its table, its first line;
    // no other label) heads it: the label and the title were set on one line. Not a file's name.
    const ownTitle = titledOnLine && listEnd > 0 && start > listEnd && !FILE_NAME.test(rest);
    const isHeading = opensText || (title !== '' && (!titledOnLine || ownTitle) && !ATTACHMENT_LABEL.test(title) && (rest === '' || numbered || ownTitle) && matchMarker(title, 0, true) === null && title.length <= TITLE_MAX && !/[。；;]/u.test(title.replace(BRACKETED_NOTE, '')));
    // The label over the plan a notice issues makes that plan an attachment like any other (path
    // "1" after a notice with no headings, its 一、 "1.1"), as GB/T 9704 sets an attached text.
    const titleLine = rest === '' ? nextNonEmpty(k) : k;
    // Labels before the signature, one under another, or with nothing after them list the attachments.
    const after = nextText(titleLine);
    if (!isHeading || start < listEnd || (!opensText && (after === '' || (rest !== '' && ATTACHMENT_LABEL.test(after))))) {
      if (list < 0) list = k;
      return;
    }
    opened.push(k);
    labels.push({
      style: 'attachment', value: text.slice(start, start + label.length), ordinal: numbered ? Number(toHalfWidthDigits(m[1]!)) : 1, level: 1,
      start, end: start + label.length, line: k, atLineStart: true, before: '', afterSpace: false,
    });
  });
  const firstLabel = opened.find((line) => line > list) ?? lines.length;
  // A page that dropped the label over the attached text: after the list, the signature and the
  // date, the text's own title line heads it as a label would, its numbering starting again under it.
  const unlabelled = list >= 0 && firstLabel === lines.length ? unlabelledAttachment(list) : null;
  if (unlabelled !== null) labels.push(unlabelled);
  // The list runs to the first attachment's label; with none, to the signature and date after it
  // (a page that dropped the label over the attached text, its headings after the date).
  const listEndsAt = unlabelled !== null ? unlabelled.start - 1 : list >= 0 && listEnd > lines[list]!.end ? listEnd : Infinity;
  const kept = list < 0 ? candidates : candidates.filter((c) => c.line < list || c.line > firstLabel || c.start > listEndsAt);
  return [...kept, ...labels].sort((a, b) => a.start - b.start);

  /**
   * The title line of an attached text whose label the page dropped, after a notice with headings
   * of its own: within a few lines of the list, a date (the notice's signature over it), then a
   * line that spells a name the list gives or titles a plan, with headings of its own after it.
   */
  function unlabelledAttachment(listLine: number): Candidate | null {
    // A notice with no headings of its own reads such a text as the plan it wraps (the header's
    // plan, its headings at the top level).
    if (!candidates.some((c) => c.line < listLine && c.atLineStart)) return null;
    const names = new Set<string>();
    let dated = -1;
    for (let k = listLine, seen = 0; k < lines.length && seen <= CLOSING_LINES; k++) {
      const t = lineText(k);
      if (t === '') continue;
      seen++;
      const m = ATTACHMENT_LABEL.exec(t);
      const name = bareTitle(m ? t.slice(m[0].length) : t).replace(/^[0-9０-９]{1,2}[.．、]/u, '');
      if (name.length >= 4) names.add(name);
      if (isDateLine(t)) {
        dated = k;
        break;
      }
    }
    if (dated < 0) return null;
    let j = nextNonEmpty(dated);
    // "（此件公开发布）" and such notes under the date.
    while (j < lines.length && /^[（(][^（）()]{1,12}[）)]$/u.test(lineText(j))) j = nextNonEmpty(j);
    if (j >= lines.length) return null;
    const title = bareTitle(lineText(j));
    if (!names.has(title) && !isPlanTitleLine(title)) return null;
    if (!candidates.some((c) => c.line > j && c.atLineStart)) return null;
    const start = contentStart(text, lines[j]!.start, lines[j]!.end, mask);
    return { style: 'attachment', value: '', ordinal: 1, level: 1, start, end: start, line: j, atLineStart: true, before: '', afterSpace: false, unnumbered: true };
  }

  /** A title as compared: no spaces, no emphasis marks a Markdown page sets it in. */
  function bareTitle(line: string): string {
    return line.replace(/[\s*_]+/gu, '');
  }

  function squeezed(title: string): string {
    return title.replace(/\s+/gu, '');
  }

  function nextNonEmpty(k: number): number {
    for (let j = k + 1; j < lines.length; j++) if (lineText(j) !== '') return j;
    return lines.length;
  }

  function nextText(k: number): string {
    const j = nextNonEmpty(k);
    return j < lines.length ? lineText(j) : '';
  }
}

/** "附件", "附件2", "附件 2：" at a line start (the label of an attachment or of the list of them). */
const ATTACHMENT_LABEL = /^附\s{0,2}件\s{0,2}([0-9０-９]{1,2})?\s{0,2}[：:]?\s{0,2}/u;
/** An attachment named as a file ("附件：某表.xlsx"): a link to download, no text that follows. */
const FILE_NAME = /\.(?:docx?|xlsx?|wps|et|pdf|ofd|zip|rar)$/iu;
/** Longest attachment title. */
const TITLE_MAX = 60;
/** How many lines the list of attachments and the signature run to before the date. */
const CLOSING_LINES = 8;

/**
 * "总　　则" over 第一节…第四节, then 第一章: a document whose 节 (or 条) open before its first 章
 * has a first division without a number, named on the line before them. It is a section of its
 * own at the 章 level, so that the chapters after it count on from 2.
 */
function withUnnumberedDivision(candidates: Candidate[], text: string, lines: Line[], mask: MarkupMask, from: number): Candidate[] {
  const chapter = candidates.findIndex((c) => c.atLineStart && c.style === 'chapter');
  const lower = candidates.findIndex((c) => c.atLineStart && (c.style === 'section' || c.style === 'article'));
  if (chapter < 0 || lower < 0 || lower > chapter) return candidates;
  const first = candidates[lower]!;
  for (let k = first.line - 1; k >= 0 && (k >= (candidates[lower - 1]?.line ?? -1) + 1); k--) {
    const line = lines[k]!;
    if (line.start < from) return candidates; // the header's title, not a division
    const start = contentStart(text, line.start, line.end, mask);
    const name = text.slice(start, line.end).trimEnd();
    if (name === '') continue;
    if (!DIVISION_NAME.test(name)) return candidates;
    const division: Candidate = {
      style: 'chapter', value: '', ordinal: 0, level: 1, start, end: start, line: k, atLineStart: true, before: '', afterSpace: false, unnumbered: true,
    };
    return [...candidates.slice(0, lower), division, ...candidates.slice(lower)];
  }
  return candidates;
}

/** A division's name: a few characters, letter-spaced in PDF text ("总    则"), no punctuation. */
const DIVISION_NAME = /^[\u4e00-\u9fff](?:[ \u3000\u00a0]{0,6}[\u4e00-\u9fff]){1,7}$/u;

/**
 * "1、《中华人民共和国森林法》（2019 年修订）": a list of the documents a plan rests on names
 * them; its items have no text of their own and open no sections.
 */
function withoutCitedDocuments(candidates: Candidate[], text: string, lines: Line[]): Candidate[] {
  return candidates.filter((c) => !(c.atLineStart && LIST_STYLES.has(c.style) && CITED_DOCUMENT.test(text.slice(c.end, lines[c.line]!.end))));
}

const LIST_STYLES = new Set<MarkerStyle>(['arabic-dot', 'arabic-paren', 'circled']);
/** A line that is a document's title: 《…》, perhaps a year or a revision note after it, no sentence. */
const CITED_DOCUMENT = /^\s{0,4}《[^》。\n]{1,80}(?:》[^。；;，,\n]{0,20})?$/u;

/** A line opening "1 " is a decimal heading only in a document that also numbers "1.1". */
function decimalTopsWithSubs(candidates: Candidate[]): Candidate[] {
  const hasSubs = candidates.some((c) => c.style === 'decimal' && c.level > 1);
  return hasSubs ? confirmedGluedTops(candidates) : candidates.filter((c) => !(c.style === 'decimal' && c.level === 1));
}

/**
 * A bare top number glued to its title ("1总则") is a heading only where the next decimal
 * marker opening a line is its own first child ("1.1制定目的"), or the next top number, itself a
 * heading ("2风险评估" over "3组织体系", "3.1…": a chapter with no sections): elsewhere a short
 * line that opens with a figure is text.
 */
function confirmedGluedTops(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.glued)) return candidates;
  const keep = new Array<boolean>(candidates.length).fill(true);
  let next = -1;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    const n = next >= 0 ? candidates[next] : undefined;
    if (c.glued && n === undefined) keep[k] = false;
    else if (c.glued && n !== undefined) {
      const ownChild = n.level === 2 && n.ordinal === 1 && decimalParts(n.value).prefix === String(c.ordinal);
      keep[k] = ownChild || (n.glued === true && keep[next]! && n.ordinal === c.ordinal + 1);
    }
    if (c.atLineStart && c.style === 'decimal') next = k;
  }
  return candidates.filter((_, k) => keep[k]);
}

/**
 * "3.5G网络全覆盖" after item "2." is item 3, and "11.121人才梯队项目" after item "10." is item 11:
 * a line-start number followed by a figure is an item where it continues the items before it
 * or the next item continues it ("1.80周岁以上的" before "2."), and is not itself the next number
 * of a decimal scheme ("1.2" after "1.1"). Elsewhere a decimal
 * reading stands and a bare figure ("1.5万亩…") is no marker.
 */
function itemsBeforeFigures(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let lastItem = 0;
  let lastDecimal: string | null = null;
  let lastTop: string | null = null;
  for (const [k, c] of candidates.entries()) {
    if (c.titledByMeasure) {
      // "7.1人员返回" under "7.善后处置", or after "7.1…": the next heading of the numbering, not a figure.
      const d = decimalParts(c.value);
      if ((d.last === 1 && (d.prefix === lastTop || d.prefix === lastDecimal)) || lastDecimal === `${d.prefix}.${d.last - 1}`) {
        if (c.level === 2) lastDecimal = `${d.prefix}.${d.last}`;
        const { asItem: _, ...rest } = c;
        out.push(rest);
        continue;
      }
      if (!c.asItem) continue;
    }
    if (c.atLineStart && (c.style === 'arabic-dot' || (c.style === 'decimal' && c.level === 1))) lastTop = String(c.ordinal);
    const item = c.asItem;
    if (item) {
      const decimal = c.style === 'decimal' ? decimalParts(c.value) : null;
      const continuesDecimal = decimal !== null && (decimal.last === 1 || lastDecimal === `${decimal.prefix}.${decimal.last - 1}`);
      // "1.80周岁以上的；" then "2.纯老家庭…": the item after it shows "1." is an item, 80 a figure.
      let j = k + 1;
      while (j < candidates.length && !candidates[j]!.atLineStart) j++;
      const next = candidates[j];
      const continuedByItem = next !== undefined && next.style === 'arabic-dot' && next.ordinal === item.ordinal + 1;
      if (((lastItem > 0 && item.ordinal === lastItem + 1) || continuedByItem) && !continuesDecimal) {
        const { asItem: _, ...rest } = c;
        out.push({ ...rest, style: item.style, value: item.value, ordinal: item.ordinal, level: item.level, end: c.start + item.value.length });
        lastItem = item.ordinal;
        continue;
      }
      if (decimal === null || c.titledByMeasure) continue; // no other reading: a figure, not a marker
    }
    if (c.atLineStart && c.style === 'arabic-dot') lastItem = c.ordinal;
    if (c.style === 'decimal' && c.level === 2) {
      const d = decimalParts(c.value);
      lastDecimal = `${d.prefix}.${d.last}`;
    }
    out.push(c);
  }
  return out;
}

function decimalParts(value: string): { prefix: string; last: number } {
  const parts = toHalfWidthDigits(value).split(/[.．]/u);
  return { prefix: parts.slice(0, -1).join('.'), last: Number(parts.at(-1)) };
}
