/**
 * The shape of a block's running text that target rules look at: clauses, sentences and the
 * spans quoted as names (“…”) or titles (《…》). Computed once per block in one pass, so every
 * later question ("where does this clause start?") is answered in constant time.
 */

/** Clause ends: a figure's clause runs between two of these. */
const CLAUSE_END = new Set(['，', ',', '；', ';', '。', '！', '!', '？', '?', '：', ':', '\n']);
/** Sentence ends. */
const SENTENCE_END = new Set(['。', '！', '!', '？', '?', '\n']);

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

export interface TextShape {
  text: string;
  /** Offset where the clause holding each offset starts. */
  clauseStart: Int32Array;
  /** Offset where the clause holding each offset ends (its end mark excluded). */
  clauseEnd: Int32Array;
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  /** Offset where the paragraph (line) holding each offset starts. */
  paragraphStart: Int32Array;
  /** The innermost protected span covering each offset (see `spanAt`). */
  spans: Uint8Array;
}

export function shapeOf(text: string): TextShape {
  const n = text.length;
  const clauseStart = new Int32Array(n + 1);
  const clauseEnd = new Int32Array(n + 1);
  const sentenceStart = new Int32Array(n + 1);
  const sentenceEnd = new Int32Array(n + 1);
  const paragraphStart = new Int32Array(n + 1);
  let c = 0;
  let s = 0;
  let p = 0;
  for (let i = 0; i <= n; i++) {
    clauseStart[i] = c;
    sentenceStart[i] = s;
    paragraphStart[i] = p;
    const ch = text[i];
    if (ch !== undefined && CLAUSE_END.has(ch)) c = i + 1;
    if (ch !== undefined && SENTENCE_END.has(ch)) s = i + 1;
    if (ch === '\n') p = i + 1;
  }
  let ce = n;
  let se = n;
  for (let i = n; i >= 0; i--) {
    const ch = text[i];
    if (ch !== undefined && CLAUSE_END.has(ch)) ce = i;
    if (ch !== undefined && SENTENCE_END.has(ch)) se = i;
    clauseEnd[i] = ce;
    sentenceEnd[i] = se;
  }
  return { text, clauseStart, clauseEnd, sentenceStart, sentenceEnd, paragraphStart, spans: protectedSpans(text) };
}

/**
 * Marks quoted and titled spans. An opener whose closer does not come before the end of its
 * line protects nothing (a stray mark must not swallow the rest of a document). Nesting is
 * tracked up to a small depth; the outermost span decides.
 */
function protectedSpans(text: string): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(n);
  // Each line is scanned once, pairing openers with closers on a stack of bounded depth.
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && text[i] !== '\n') continue;
    const stack: { at: number; close: string; kind: SpanKind }[] = [];
    for (let j = lineStart; j < i; j++) {
      const ch = text[j]!;
      // A closer ends the innermost span it matches; stray openers above it are dropped.
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.close !== ch) k--;
      if (k >= 0) {
        const span = stack[k]!;
        stack.length = k;
        // A quotation that holds a sentence is reported speech, not a name: its text is running text.
        if (span.kind === 'quote' && isSpeech(text, span.at + 1, j)) continue;
        // Inner spans are filled first and then overwritten by the enclosing one: the outermost decides.
        out.fill(KIND_CODE[span.kind], span.at, j + 1);
        continue;
      }
      const open = OPENERS[ch];
      if (open && stack.length < 8) stack.push({ at: j, close: open.close, kind: open.kind });
    }
    lineStart = i + 1;
  }
  return out;
}

/** Names and slogans are short and unpunctuated ("四个全面", "一网通办"); speech is neither. */
const MAX_NAME = 40;

function isSpeech(text: string, from: number, to: number): boolean {
  if (to - from > MAX_NAME) return true;
  for (let i = from; i < to; i++) if ('，。；！？'.includes(text[i]!)) return true;
  return false;
}

/** The protected span kind covering `at`, or null. */
export function spanAt(shape: TextShape, at: number): SpanKind | null {
  return CODE_KIND[shape.spans[at] ?? 0] ?? null;
}
