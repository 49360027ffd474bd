/**
 * `readPlainItem` (issue 8): the items of a long `registry.yaml` read straight into values, without
 * a `yaml` document each. What it reads must be what the `yaml` package reads, value and span;
 * what it does not take is left to the package (undefined), never read differently.
 */
import { emitAll } from '@policyc/emit';
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPlainItem } from '../src/files/yaml-plain.js';
import { smallRegistry } from './helpers.js';

/** The `yaml` package's reading of a text holding one list item: its value, and the spans `readPlainItem` gives. */
function packageRead(text: string) {
  const doc = yaml.parseDocument(text, { version: '1.2' });
  const seq = doc.contents;
  if (doc.errors.length > 0 || !yaml.isSeq(seq) || seq.items.length !== 1) return undefined;
  const item = seq.items[0] as yaml.Node;
  return { value: (doc.toJS() as unknown[])[0], dash: seq.range![0], start: item.range![0], end: item.range![1] };
}

/** The items of each top-level list of a YAML text as policyc writes it: from each `  - ` line to the next (or the next key). */
function items(text: string): string[] {
  return text.split(/^(?=\S)/mu).flatMap((entry) => entry.split(/^(?= {2}- )/mu).slice(1));
}

describe('readPlainItem', () => {
  it('reads every item policyc writes, as the yaml package reads it', () => {
    const pieces = items(emitAll(smallRegistry())['registry.yaml']!);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) {
      const plain = readPlainItem(yaml, piece, 0, piece.length);
      expect(plain, piece).toBeDefined();
      expect(plain, piece).toEqual(packageRead(piece));
    }
  });

  it('reads hand-edited scalars, flows, blocks and comments the same', () => {
    const pieces = [
      '  - id: a # edited\n    value: 0o17\n    min: -5\n    max: .inf\n    baseline: ~\n    ratio: 1.50\n    big: 1e3\n',
      "  - path: '1.2'   # quoted\n    title: \"发展\\t原则 \\u00e9\\\\ \\\"x\\\"\"\n    note: 'it''s'\n    flag: True\n    empty:\n",
      '  - assist: [省发展改革委, \'省科技厅\', "x"]\n    position: { line: 6, column: 3, offset: 166 }\n    none: []\n    nothing: {}\n',
      '  - text: |-\n      line one\n\n      　　line two\n        indented\n    # between\n    clip: |\n      kept\n\n\n    after: 1\n',
      '  - lead:\n      - 省财政厅\n      # a comment among items\n      - 省教育厅\n    occurrences:\n      - start: { line: 1, column: 1, offset: 0 }\n        end: { line: 1, column: 5, offset: 4 }\n',
      '  - id: a\n    text: a:b and a#b -x\n    parent: null\n\n  # trailing comment\n',
    ];
    for (const piece of pieces) {
      const plain = readPlainItem(yaml, piece, 0, piece.length);
      expect(plain, piece).toBeDefined();
      expect(plain, piece).toEqual(packageRead(piece));
    }
  });

  it('leaves to the yaml package what it does not read', () => {
    const pieces = [
      '  - form: &f prose\n',
      '  - form: *f\n',
      '  - form: !!str 3\n',
      '  - title: a\tb\n',
      '  - text: |+\n      kept\n\n',
      '  - text: >\n      folded\n',
      '  - text: |2\n      indented\n',
      '  - text: "multi\n      line"\n',
      '  - text: plain\n      continued\n',
      '  - id: a\n    id: b\n',
      '  - __proto__: x\n',
      '  - "quoted key": 1\n',
      '  - list: [a, b, ]\n',
      '  - list: [a, [b]]\n',
      '  - lead:\n    - same column\n',
      '  - id: a\r\n',
      '  - scalar\n',
      '  - id: a\n  - id: b\n',
    ];
    for (const piece of pieces) expect(readPlainItem(yaml, piece, 0, piece.length), piece).toBeUndefined();
  });

  it('reads an item where it lies in a longer text, in that text\'s offsets', () => {
    const text = 'tasks:\n  - id: a\n    lead:\n      - x\n  - id: b\n';
    const from = text.indexOf('  - id: b');
    const plain = readPlainItem(yaml, text, from, text.length);
    expect(plain).toEqual({ value: { id: 'b' }, dash: from + 2, start: from + 4, end: text.length });
  });
});
