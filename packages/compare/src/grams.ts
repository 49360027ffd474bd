/**
 * The text measure: IDF-weighted Dice over character bigrams.
 *
 * Chinese has no spaces between words, and a policy's two-character words (创新, 质量, 物流) are
 * what tell its tasks apart, so a text is cut into the bigrams of its runs of letters: heading
 * markers, punctuation, digits and spaces are separators, never part of a bigram. Words every task
 * uses (加强, 发展, 推进) would make every pair look alike, so each bigram weighs its inverse
 * document frequency over the tasks of both registries, and two bigram sets A, B compare as
 *
 *     sim(A, B) = 2 · Σ_{g ∈ A∩B} w(g) / (Σ_{g ∈ A} w(g) + Σ_{g ∈ B} w(g)),   w(g) = ln(1 + N / df(g))
 *
 * (1 for equal sets, 0 for disjoint ones). The sums over A∩B come from an inverted index
 * (bigram → the tasks holding it), so only pairs that share a bigram are ever visited.
 */

/** A heading marker opening a line: "（四）", "4．", "一、", "第三章", "(2)". */
const LINE_MARKER_RE = /(^|\n)[ \t\u3000]*(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节条部分]{1,2}|[（(][一二三四五六七八九十百零〇\d]{1,4}[）)]|[一二三四五六七八九十百零〇\d]{1,4}[、．.])/gu;
/** What separates bigrams: anything that is not a letter (ideographs are letters). */
const SEPARATOR_RE = /[^\p{L}]+/u;

/** The text as compared: NFKC, heading markers blanked (a renumbered task reads the same). */
export function plainText(text: string): string {
  return String(text).normalize('NFKC').replace(LINE_MARKER_RE, '$1 ');
}

/** The distinct character bigrams of `text` (a one-letter run counts as a gram of its own). */
export function bigrams(text: string): Set<string> {
  return new Set(gramCounts(text).keys());
}

/** How often each bigram of `text` occurs. */
export function gramCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (g: string) => out.set(g, (out.get(g) ?? 0) + 1);
  for (const run of plainText(text).toLowerCase().split(SEPARATOR_RE)) {
    let previous: string | null = null;
    let length = 0;
    for (const ch of run) {
      if (previous !== null) add(previous + ch);
      previous = ch;
      length++;
    }
    if (length === 1) add(previous as string);
  }
  return out;
}

/** Inverse document frequencies over a collection of gram sets. */
export class Weights {
  private readonly df = new Map<string, number>();
  /** Weights already computed; emptied when a document is added. */
  private readonly cache = new Map<string, number>();
  private docs = 0;

  add(grams: Iterable<string>): void {
    this.docs++;
    this.cache.clear();
    for (const g of new Set(grams)) this.df.set(g, (this.df.get(g) ?? 0) + 1);
  }

  /** ln(1 + N / df): a gram in every document still weighs a little (ln 2). */
  of(gram: string): number {
    let w = this.cache.get(gram);
    if (w === undefined) {
      w = Math.log(1 + Math.max(1, this.docs) / Math.max(1, this.df.get(gram) ?? 0));
      this.cache.set(gram, w);
    }
    return w;
  }

  /** The share of documents holding `gram`. */
  spread(gram: string): number {
    return this.docs === 0 ? 0 : (this.df.get(gram) ?? 0) / this.docs;
  }

  total(grams: Iterable<string>): number {
    let sum = 0;
    for (const g of grams) sum += this.of(g);
    return sum;
  }
}

/**
 * An inverted index over gram sets: gram → the ids of the sets that hold it. Grams held by more
 * than half of a large collection (STOP_SPREAD, from STOP_MIN sets on) are left out: they weigh
 * the least, and their postings would make a lookup visit nearly every pair.
 */
export class GramIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(sets: readonly Set<string>[], weights: Weights) {
    const large = sets.length >= STOP_MIN;
    sets.forEach((set, id) => {
      for (const g of set) {
        if (large && weights.spread(g) > STOP_SPREAD) continue;
        const list = this.postings.get(g);
        if (list === undefined) this.postings.set(g, [id]);
        else list.push(id);
      }
    });
  }

  /** Σ w(g) over the grams `query` shares with each indexed set, by set id (only ids sharing one). */
  shared(query: Iterable<string>, weights: Weights): Map<number, number> {
    const sums = new Map<number, number>();
    for (const g of query) {
      const list = this.postings.get(g);
      if (list === undefined) continue;
      const w = weights.of(g);
      for (const id of list) sums.set(id, (sums.get(id) ?? 0) + w);
    }
    return sums;
  }
}

const STOP_MIN = 50;
const STOP_SPREAD = 0.5;

/** Weighted Dice from the shared sum and the two totals; 0 when both are empty. */
export function dice(shared: number, totalA: number, totalB: number): number {
  const denominator = totalA + totalB;
  return denominator <= 0 ? 0 : Math.min(1, (2 * shared) / denominator);
}

/** The grams two sets share, heaviest first (the evidence a match shows). */
export function sharedGrams(a: Set<string>, b: Set<string>, weights: Weights, limit: number): string[] {
  const out: string[] = [];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) out.push(g);
  return out.sort((x, y) => weights.of(y) - weights.of(x) || (x < y ? -1 : x > y ? 1 : 0)).slice(0, limit);
}
