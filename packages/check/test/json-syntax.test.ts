import { describe, expect, it } from 'vitest';
import { findJsonError } from '../src/files/json-syntax.js';

describe('findJsonError', () => {
  it.each([
    ['{"a": 1,}', 8, "Expected a property name in double quotes, found '}' (a trailing comma?)"],
    ['[1, 2,]', 6, "Unexpected ']' (a trailing comma?)"],
    ["{'a': 1}", 1, "Expected a property name in double quotes, found '''"],
    ['{"a" 1}', 5, "Expected ':' after a property name, found '1'"],
    ['{"a": 1 "b": 2}', 8, "Expected ',' or '}', found '\"'"],
    ['{"a": "x', 8, 'Unterminated string'],
    ['{"a": "\\q"}', 7, 'Bad escape \\q'],
    ['{"a": 01}', 7, "Expected ',' or '}', found '1'"],
    ['{"a": tru}', 6, "Unexpected 't'"],
    ['{} {}', 3, "Unexpected '{' after the JSON value"],
    ['', 0, 'Unexpected end of file'],
  ])('%j fails at offset %i: %s', (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonError(text)).toEqual({ offset, reason });
  });

  it.each(['{}', '[]', '{"a": [1, -2.5e3, "\\u00e9\\n", true, false, null]}', ' 1 '])('accepts valid JSON %j', (text) => {
    expect(findJsonError(text)).toBeUndefined();
  });
});
