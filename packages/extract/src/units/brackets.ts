/**
 * Bracket pairing in one linear pass. Any opening bracket pairs with the next unmatched closing
 * one, whatever its shape, since sources mix （） with () and 〔〕; a stray closer with nothing open
 * is ignored, and an opener nothing closes is closed by its line's end (see below). Only the
 * outermost pairs no longer than a clause can be are returned, so they are disjoint and the
 * clauses inside them are read once each.
 */

import { nextInClass } from '../search.js';

/** Brackets by UTF-16 code (1 opens, 2 closes): every character of every section is looked up. */
const BRACKET = new Uint8Array(0x10000);
for (const ch of '（(〔[【［〖') BRACKET[ch.charCodeAt(0)] = 1;
for (const ch of '）)〕]】］〗') BRACKET[ch.charCodeAt(0)] = 2;
/** The characters of the table above, as a class the regex engine seeks (see `nextInClass`). */
const ANY_BRACKET = /[（(〔[【［〖）)〕\]】］〗]/g;

/** The longest stretch, brackets included, that is read as one clause. */
export const MAX_CLAUSE = 1000;

export interface Pair {
  /** Offset of the opening bracket. */
  open: number;
  /** Offset of the closing bracket, or of the line's end that closes an opener nothing closes. */
  close: number;
  /** Offset after the pair: after its closing bracket, or at that line's end. */
  end: number;
}

/** Outermost bracket pairs of length ≤ MAX_CLAUSE, in text order. */
export function outermostPairs(text: string): Pair[] {
  // Opening brackets in text order, each with its closer (-1 while unmatched). Only brackets are
  // kept, not a slot per character: most of a text is no bracket.
  const opens: number[] = [];
  const closes: number[] = [];
  const stack: number[] = []; // indices into `opens`
  // From bracket to bracket: most of a text is none.
  for (let i = nextInClass(ANY_BRACKET, text, 0); i < text.length; i = nextInClass(ANY_BRACKET, text, i + 1)) {
    const kind = BRACKET[text.charCodeAt(i)];
    if (kind === 1) {
      stack.push(opens.length);
      opens.push(i);
      closes.push(-1);
    } else if (kind === 2 && stack.length > 0) closes[stack.pop() as number] = i;
  }
  const out: Pair[] = [];
  let covered = -1;
  // The end of the line of the opener read, and whether a closer ends that line (each line feed
  // sought once: openers come in text order).
  let lineEnd = -1;
  let endsClosed = false;
  for (let k = 0; k < opens.length; k++) {
    const i = opens[k] as number;
    // A bracket the text never closes is closed by the end of its line ("…设备。（牵头单位：A、B" over
    // the next item; "（责任单位：各县〔市、区〕人民政府"): a page that dropped its closer, or an excerpt cut
    // off inside it. Not where the line ends with a closer, which closed a pair opened after it
    // ("（2021—2025年…（责任单位：A）" keeps its pair).
    if (closes[k]! < 0 && lineEnd < i) {
      const lf = text.indexOf('\n', i);
      lineEnd = lf < 0 ? text.length : lf;
      let last = lineEnd - 1;
      while (last > i && /\s/u.test(text[last]!)) last--;
      endsClosed = BRACKET[text.charCodeAt(last)] === 2;
    }
    const c = closes[k]! >= 0 ? closes[k]! : endsClosed ? -1 : lineEnd;
    if (c < 0 || i <= covered || c - i + 1 > MAX_CLAUSE) continue;
    out.push({ open: i, close: c, end: closes[k]! >= 0 ? c + 1 : c });
    covered = c;
  }
  return out;
}
