/**
 * Where strict JSON text first goes wrong, and why, in words that do not depend on the Node
 * version (V8's JSON.parse messages change between releases and do not always give an offset).
 * Only called after JSON.parse has failed.
 */
export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

class Stop extends Error {
  constructor(readonly offset: number, readonly reason: string) {
    super(reason);
  }
}

export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const describe = (at: number) => (at >= text.length ? 'end of file' : `'${text[at]}'`);
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`Unexpected ${describe(i)}`);
  };
  const string = () => {
    i += 1;
    while (i < text.length && text[i] !== '"') {
      const c = text[i]!;
      if (c < ' ') fail('Control character in a string (write it as an escape)');
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/u.test(text.slice(i + 2, i + 6))) fail('Bad \\u escape');
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next) || next === '') fail(`Bad escape \\${next}`);
        i += 2;
        continue;
      }
      i += 1;
    }
    if (i >= text.length) fail('Unterminated string');
    i += 1;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/u.exec(text.slice(i));
    if (!match) fail(`Unexpected ${describe(i)}`);
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(`Unexpected ${describe(i)}${c === ']' || c === '}' ? ' (a trailing comma?)' : ''}`);
  };
  const object = () => {
    i += 1;
    space();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(`Expected a property name in double quotes, found ${describe(i)}${text[i] === '}' ? ' (a trailing comma?)' : ''}`);
      string();
      space();
      if (text[i] !== ':') fail(`Expected ':' after a property name, found ${describe(i)}`);
      i += 1;
      value();
      space();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '}') {
        i += 1;
        return;
      }
      fail(`Expected ',' or '}', found ${describe(i)}`);
    }
  };
  const array = () => {
    i += 1;
    space();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === ']') {
        i += 1;
        return;
      }
      fail(`Expected ',' or ']', found ${describe(i)}`);
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail(`Unexpected ${describe(i)} after the JSON value`);
    return undefined;
  } catch (error) {
    // Anything else is nesting too deep to walk: no place better than the file's start.
    return error instanceof Stop ? { offset: error.offset, reason: error.reason } : undefined;
  }
}
