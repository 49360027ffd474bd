/**
 * The shape of a block's running text that target rules look at: clauses, sentences and the
 * spans quoted as names (“…”) or titles (《…》). The marks are found once per block, in one pass
 * when the first question is asked, so every later question ("where does this clause start?") is
 * a binary search among them.
 */
import { partitionPoint } from '../search.js';

/** Clause ends: a figure's clause runs between two of these. */
const CLAUSE_END = '，,；;。！!？?：:\n';
/** Sentence ends. */
const SENTENCE_END = '。！!？?\n';

/**
 * What each UTF-16 code is, as bits: the shape is read for every character of every block, so
 * a table lookup by char code stands in for a set of one-character strings (which would need a
 * string made for each character).
 */
const IS_CLAUSE_END = 1;
const IS_SENTENCE_END = 2;
const IS_OPENER = 4;
const IS_SPEECH_MARK = 8;
const IS_LINE_END = 16;
const IS_CLOSER = 32;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const ch of CLAUSE_END) CHAR_CLASS[ch.charCodeAt(0)]! |= IS_CLAUSE_END;
for (const ch of SENTENCE_END) CHAR_CLASS[ch.charCodeAt(0)]! |= IS_SENTENCE_END;
CHAR_CLASS[10]! |= IS_LINE_END;

const OPENERS: Record<string, { close: string; kind: SpanKind }> = {
  '《': { close: '》', kind: 'title' },
  '〈': { close: '〉', kind: 'title' },
  '“': { close: '”', kind: 'quote' },
  '‘': { close: '’', kind: 'quote' },
  '「': { close: '」', kind: 'quote' },
  '『': { close: '』', kind: 'quote' },
  '〔': { close: '〕', kind: 'docnum' },
  '[': { close: ']', kind: 'docnum' },
  '【': { close: '】', kind: 'docnum' },
};

/** What a protected span holds: a title of another document, a quoted name, a bracketed year. */
export type SpanKind = 'title' | 'quote' | 'docnum';
const KIND_CODE: Record<SpanKind, number> = { title: 1, quote: 2, docnum: 3 };
const CODE_KIND: (SpanKind | null)[] = [null, 'title', 'quote', 'docnum'];
for (const [ch, { close }] of Object.entries(OPENERS)) {
  CHAR_CLASS[ch.charCodeAt(0)]! |= IS_OPENER;
  CHAR_CLASS[close.charCodeAt(0)]! |= IS_CLOSER;
}
for (const ch of '，。；！？') CHAR_CLASS[ch.charCodeAt(0)]! |= IS_SPEECH_MARK;

export interface TextShape {
  text: string;
  /** Offset where the clause holding an offset starts (0 for an offset outside the text). */
  clauseStart(at: number): number;
  /** Offset where the clause holding an offset ends, its end mark excluded (the text's length outside it). */
  clauseEnd(at: number): number;
  sentenceStart(at: number): number;
  sentenceEnd(at: number): number;
  /** Offset where the paragraph (line) holding an offset starts. */
  paragraphStart(at: number): number;
  /** The outermost protected span covering an offset (see `spanAt`), as a code of KIND_CODE (0: none). */
  spanCode(at: number): number;
}

/**
 * The shape of `text`, read on first use in one pass that records only where the marks are (a
 * clause mark every dozen characters or so) and the protected spans: each question is then a
 * binary search among them. Most blocks are asked nothing or about a few figures, and a
 * document has thousands of blocks: tables of one entry per character cost more than the rules.
 */
export function shapeOf(text: string): TextShape {
  return new MarkShape(text);
}

/**
 * Where the marks of each kind stand in a text, in order, and its protected spans. Arrays of small
 * integers as they were filled: V8 reads them as fast as typed arrays, and a copy into one cost a
 * third of the pass.
 */
interface Marks {
  clause: readonly number[];
  sentence: readonly number[];
  line: readonly number[];
  /** Outermost spans, in order and disjoint: start, end (exclusive), kind code, repeated. */
  spans: readonly number[];
}

class MarkShape implements TextShape {
  private marks: Marks | null = null;

  constructor(readonly text: string) {}

  private get read(): Marks {
    return (this.marks ??= readMarks(this.text));
  }

  clauseStart(at: number): number {
    return startAt(this.read.clause, this.text.length, at);
  }

  clauseEnd(at: number): number {
    return endAt(this.read.clause, this.text.length, at);
  }

  sentenceStart(at: number): number {
    return startAt(this.read.sentence, this.text.length, at);
  }

  sentenceEnd(at: number): number {
    return endAt(this.read.sentence, this.text.length, at);
  }

  paragraphStart(at: number): number {
    return startAt(this.read.line, this.text.length, at);
  }

  spanCode(at: number): number {
    const spans = this.read.spans;
    // The last span starting at or before `at`, then whether it reaches past it.
    let lo = 0;
    let hi = spans.length / 3 - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid * 3]! <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && at < spans[found * 3 + 1]! ? spans[found * 3 + 2]! : 0;
  }
}

/** Index of the last mark before `at` (marks ascending), or -1. */
function lastBefore(marks: readonly number[], at: number): number {
  return partitionPoint(marks.length, (k) => marks[k]! < at) - 1;
}

/** Where the stretch holding `at` starts: just past the last mark before it (0 outside the text). */
function startAt(marks: readonly number[], n: number, at: number): number {
  if (!(at >= 0 && at <= n)) return 0;
  const k = lastBefore(marks, at);
  return k < 0 ? 0 : marks[k]! + 1;
}

/** Where the stretch holding `at` ends: at the next mark at or after it, or the text's end. */
function endAt(marks: readonly number[], n: number, at: number): number {
  if (!(at >= 0 && at < n)) return n;
  const k = lastBefore(marks, at) + 1;
  return k < marks.length ? marks[k]! : n;
}

/**
 * One pass over the text: the offsets of its marks, and its quoted and titled spans. An opener
 * whose closer does not come before the end of its line protects nothing (a stray mark must not
 * swallow the rest of a document). Nesting is tracked up to a small depth; the outermost span
 * decides.
 */
function readMarks(text: string): Marks {
  const n = text.length;
  const clause: number[] = [];
  const sentence: number[] = [];
  const line: number[] = [];
  /** Start, end, kind of each span found so far; a span that closes around earlier ones replaces them. */
  const spans: number[] = [];
  // Openers and closers are paired on a stack of bounded depth that each line starts empty.
  const stack: { at: number; close: string; kind: SpanKind }[] = [];
  for (let j = 0; j < n; j++) {
    const code = text.charCodeAt(j);
    const cls = CHAR_CLASS[code]!;
    // Most characters are neither marks nor span marks: nothing to do.
    if (cls === 0) continue;
    if (cls & IS_CLAUSE_END) clause.push(j);
    if (cls & IS_SENTENCE_END) sentence.push(j);
    if (cls & IS_LINE_END) {
      line.push(j);
      stack.length = 0;
      continue;
    }
    if ((cls & (IS_OPENER | IS_CLOSER)) === 0) continue;
    const ch = text[j]!;
    // A closer ends the innermost span it matches; stray openers above it are dropped.
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.close !== ch) k--;
    if (k >= 0) {
      const span = stack[k]!;
      stack.length = k;
      // A quotation that holds a sentence is reported speech, not a name: its text is running text.
      if (span.kind === 'quote' && isSpeech(text, span.at + 1, j)) continue;
      // The spans inside this one give way to it: the outermost decides.
      while (spans.length > 0 && spans[spans.length - 3]! >= span.at) spans.length -= 3;
      spans.push(span.at, j + 1, KIND_CODE[span.kind]);
      continue;
    }
    const open = OPENERS[ch];
    if (open && stack.length < 8) stack.push({ at: j, close: open.close, kind: open.kind });
  }
  return { clause, sentence, line, spans };
}

/** Names and slogans are short and unpunctuated ("四个全面", "一网通办"); speech is neither. */
const MAX_NAME = 40;

function isSpeech(text: string, from: number, to: number): boolean {
  if (to - from > MAX_NAME) return true;
  for (let i = from; i < to; i++) if (CHAR_CLASS[text.charCodeAt(i)]! & IS_SPEECH_MARK) return true;
  return false;
}

/** The protected span kind covering `at`, or null. */
export function spanAt(shape: TextShape, at: number): SpanKind | null {
  return CODE_KIND[shape.spanCode(at)] ?? null;
}
