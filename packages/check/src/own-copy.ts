/**
 * `text` in a string of its own. A message outlives the file it quotes: V8 keeps a substring (what
 * the YAML reader gives for each value, what a parser cuts from the policy) as a view into the text
 * it was cut from, so a reason naming a target kept the whole 55 MB registry.yaml alive after the
 * checker let go of it (15,000 such messages: 90 MB of a check's peak). Joining and cutting again
 * makes V8 copy the characters into a new string, which holds nothing else.
 */
export function ownCopy(text: string): string {
  return `${text} `.slice(0, -1);
}

/**
 * `value` with every string in it (keys aside: V8 copies a key into a name of its own) an
 * `ownCopy`: what the `yaml` package reads is cut from the file's text, and one such string left
 * in the data holds the whole text for as long as the data lives. Objects and arrays are changed
 * in place, each once (an alias shares them, and may make them cyclic).
 */
export function withOwnStrings<T>(value: T, seen = new Set<object>()): T {
  if (typeof value === 'string') return ownCopy(value) as T;
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  const container = value as Record<string, unknown>;
  for (const key of Object.keys(container)) container[key] = withOwnStrings(container[key], seen);
  return value;
}
