/**
 * One top-level member of a JSON object, read from the text a piece at a time without parsing
 * the rest: `document` (and its `source`) of a `registry.json` that may be a hundred megabytes.
 */

/** The longest member value taken, in characters: a `document` is a few hundred. */
const MAX_MEMBER = 1 << 20;

/**
 * The value of the top-level member `key` of the JSON object the pieces spell, parsed; undefined
 * when the text is not an object, has no such member (before it goes wrong), or the value does not
 * parse. Only the member's own text is held, and reading stops once it is complete.
 */
export function jsonMember(pieces: Iterable<string>, key: string): unknown {
  let depth = 0;
  let inString = false;
  let escaped = false;
  // Depth 1: whether the next string is a member name, the name read last, and the value taken.
  let expectName = false;
  let name: string[] | undefined;
  let lastName = '';
  let capture: string[] | undefined;
  let captured = 0;
  let started = false;
  for (const piece of pieces) {
    let from = 0;
    for (let i = 0; i < piece.length; i++) {
      const ch = piece[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') {
          inString = false;
          if (name) {
            name.push(piece.slice(from, i));
            lastName = name.join('');
            name = undefined;
          }
        }
        continue;
      }
      if (!started) {
        if (ch === '\uFEFF' || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') continue;
        if (ch !== '{') return undefined;
        started = true;
        depth = 1;
        expectName = true;
        continue;
      }
      if (ch === '"') {
        inString = true;
        if (depth === 1 && expectName && !capture) {
          name = [];
          from = i + 1;
          expectName = false;
        }
      } else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return capture ? finish(capture, piece.slice(from, i)) : undefined;
      } else if (depth === 1 && ch === ',') {
        if (capture) return finish(capture, piece.slice(from, i));
        expectName = true;
      } else if (depth === 1 && ch === ':' && lastName === key && !capture) {
        capture = [];
        from = i + 1;
      }
    }
    if (name) name.push(piece.slice(from));
    if (capture) {
      capture.push(piece.slice(from));
      captured += piece.length - from;
      if (captured > MAX_MEMBER) return undefined;
    }
  }
  return undefined;
}

function finish(capture: string[], last: string): unknown {
  try {
    return JSON.parse(capture.join('') + last);
  } catch {
    return undefined;
  }
}
