/**
 * A document viewer's chunk counters. Document-sharing sites show a file as numbered chunks of a
 * fixed size, and text copied from them keeps the numbers: every line opens with the next one
 * ("1、某市关于…的实施方案为贯彻…", "2、户提供融资担保…"), and a line ends wherever the chunk ran
 * out, inside a sentence or a word ("个体工商" | "2、户"). The counters are the viewer's, not the
 * document's: they are marked as markup, so that no counter is read as a heading and the title
 * after the first is read where it stands; and the extractor reads the text without them and the
 * breaks before them, so that a sentence, a name or a figure cut between two chunks is read whole.
 */
import { isSpaceCode, type Line } from './lines.js';

/** Shortest chunk: a numbered list's items are sentences, a viewer's chunks hundreds of characters. */
const MIN_CHUNK = 200;

/** What a sentence, a clause or a title may end with; a chunk cut at a fixed size mostly does not. */
const SENTENCE_END = /[。；;！!？?：:，,、”"’）)》】\]…]$/u;

const COUNTER = /[0-9]{1,3}、/y;

/** How far a chunk's length may stray from the first's (a counter of more digits, a trailing space). */
const SIZE_TOLERANCE = 2;

/**
 * The counters' offsets as a mask (1 on every character of a counter) and what the viewer inserted
 * into the document's text (each counter, with the line break before it), or null when the text is
 * not set in a viewer's chunks: from the first line opening with 1、 on (the page before it aside),
 * every line that holds text opens with the next counter, there are two lines or more, every line
 * but the last is long and of one length, and the lines but the last mostly end inside a sentence
 * (at least half of them, and one at the least).
 */
export function viewerChunks(text: string, lines: readonly Line[]): { mask: Uint8Array; inserted: Array<{ start: number; end: number }> } | null {
  const counters: { start: number; end: number; line: Line }[] = [];
  for (const line of lines) {
    let start = line.start;
    while (start < line.end && isSpaceCode(text.charCodeAt(start))) start++;
    if (start === line.end) continue;
    COUNTER.lastIndex = start;
    const m = COUNTER.exec(text);
    const counter = m === null ? 0 : Number(m[0].slice(0, -1));
    // The site's page around the viewer (the file's name, size, pages, a blurb) comes before the
    // first chunk; from the first chunk on, every line is one.
    if (counters.length === 0 && counter !== 1) continue;
    if (counter !== counters.length + 1) return null;
    counters.push({ start, end: COUNTER.lastIndex, line });
  }
  if (counters.length < 2) return null;
  const cut = counters.slice(0, -1);
  if (cut.some((c) => c.line.end - c.start < MIN_CHUNK)) return null;
  // A chunk is cut at a fixed size: the lines but the last are one length (a list's items are not).
  const size = cut[0]!.line.end - cut[0]!.start;
  if (cut.some((c) => Math.abs(c.line.end - c.start - size) > SIZE_TOLERANCE)) return null;
  const midSentence = cut.filter((c) => !SENTENCE_END.test(text.slice(c.line.start, c.line.end).trimEnd())).length;
  if (midSentence * 2 < cut.length) return null;
  const mask = new Uint8Array(text.length);
  for (const c of counters) mask.fill(1, c.start, c.end);
  // What the viewer put into the text: the first counter, and each later one with the line break
  // (and any indentation) before it, where the chunk before it was cut.
  const inserted = counters.map((c, k) => ({ start: k === 0 ? c.start : counters[k - 1]!.line.end, end: c.end }));
  return { mask, inserted };
}
