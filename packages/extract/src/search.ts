/**
 * Bisection in sorted data: spans, cells, marks and mentions in text order are sought by halving,
 * once per question, and every such search is this one.
 */

/**
 * The first index in `[0, n)` at which `before(i)` is false, where `before` holds on a prefix of
 * the indices and nowhere after it (a partition point): `n` when it holds everywhere. With
 * `before = (i) => xs[i] < x` on ascending `xs`, the number of elements below `x`.
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first offset at or after `from` whose character `pattern` matches, or `text.length`;
 * `pattern` is a global regex of one character class (no `u` flag: a match is one UTF-16 code).
 * A scan to the next character of a sparse class (a bracket, a space or a line end in Chinese
 * text) runs faster in the regex engine than a loop of table lookups. Not for dense classes
 * (numerals, clause marks): there the call per character found costs more than it saves; nor for
 * a class of many scattered CJK characters, which the engine tests range by range.
 */
export function nextInClass(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex - 1 : text.length;
}
