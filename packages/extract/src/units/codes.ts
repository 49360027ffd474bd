/**
 * Character classes as lookup tables by UTF-16 code. The scans of this folder ask one of every
 * character they pass (list ends, sentence ends, joiners); a typed array answers that at a
 * fraction of the cost of `Set.has`. A code past the end of a string (NaN) is in no class.
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
