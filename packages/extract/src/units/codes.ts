/**
 * Character classes as lookup tables by UTF-16 code. The scans of this folder ask one of every
 * character they pass (list ends, sentence ends, joiners); a typed array answers that at a
 * fraction of the cost of `Set.has`. A code past the end of a string (NaN) is in no class, but
 * looking it up takes V8's slow path: a loop that may ask one should bound its index instead.
 */

/** A class holding `codes`: `table[code] === 1` for its members. */
export function codeClass(codes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const code of codes) table[code] = 1;
  return table;
}

/** The class of the characters of `chars`. */
export function charClass(chars: Iterable<string>): Uint8Array {
  return codeClass([...chars].map((ch) => ch.charCodeAt(0)));
}

/**
 * A closed class of words (BMP characters), asked whether one of them starts at a given index.
 * By char codes: no string is made, and no regex runs, whose alternation of a long word list
 * tries its words one by one at every index asked (≈ 80 ns a question for a list of 200).
 */
export interface WordClass {
  /** Words of one character, and the first characters of the longer ones (a quick no). */
  one: Uint8Array;
  first: Uint8Array;
  /** Words of two characters, as pairCode numbers. */
  two: ReadonlySet<number>;
  longer: readonly string[];
}

/** Two characters as one number (a code past the end of a string gives NaN: in no set). */
export function pairCode(s: string, k: number): number {
  return s.charCodeAt(k) * 0x10000 + s.charCodeAt(k + 1);
}

export function wordClass(words: Iterable<string>): WordClass {
  const list = [...words];
  return {
    one: charClass(list.filter((w) => w.length === 1)),
    first: charClass(list.map((w) => w[0] as string)),
    two: new Set(list.filter((w) => w.length === 2).map((w) => pairCode(w, 0))),
    longer: list.filter((w) => w.length > 2),
  };
}

/** Whether a word of `cls` starts at `s[k]`. */
export function wordAt(cls: WordClass, s: string, k: number): boolean {
  // Checked first: a lookup by a code past the end (NaN) takes V8's slow path.
  if (k >= s.length || cls.first[s.charCodeAt(k)] !== 1) return false;
  if (cls.one[s.charCodeAt(k)] === 1 || cls.two.has(pairCode(s, k))) return true;
  for (const w of cls.longer) if (s.startsWith(w, k)) return true;
  return false;
}
