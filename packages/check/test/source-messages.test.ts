/**
 * The parser's messages on the policy text, as the heading rules read them: each placed by its
 * offsets through one index of the text's lines (issue 8: built once a message, a 20 MB policy's
 * 2,000 messages took half a minute), and kept without what else the parser's message holds.
 */
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../src/index.js';
import { parserFindings, plainSourceMessages } from '../src/source-messages.js';
import type { SourceMessage } from '../src/types.js';
import { growth } from '../../../test/support/growth.js';

/** A policy of `lines` lines, and a message on the start of every tenth. */
function policy(lines: number): { text: string; messages: SourceMessage[] } {
  const line = '（一）推进示范工作。建立工作机制。';
  const text = Array.from({ length: lines }, () => line).join('\n');
  const messages = Array.from({ length: Math.floor(lines / 10) }, (_, k) => ({ ruleId: 'heading-glued', reason: `第${k}处`, start: k * 10 * (line.length + 1), end: k * 10 * (line.length + 1) + 3 }));
  return { text, messages };
}

describe('parserFindings', () => {
  it('places a message given by offsets at its line and column', () => {
    const { text, messages } = policy(30);
    const found = parserFindings(messages, 'heading-glued', { path: 'p.txt', text });
    expect(found.map((f) => `${f.place.start.line}:${f.place.start.column}-${f.place.end.line}:${f.place.end.column}`)).toEqual(['1:1-1:4', '11:1-11:4', '21:1-21:4']);
    expect(parserFindings(messages, 'heading-sequence', { path: 'p.txt', text })).toEqual([]);
  });

  it('grows linearly with the text and its messages together', () => {
    const make = (n: number) => {
      const { text, messages } = policy(n);
      return () => parserFindings(messages, 'heading-glued', { path: 'p.txt', text });
    };
    // Four times the text with four times the messages: an index per message took sixteen times as long.
    expect(growth(make, { start: 2_000 })).toBeLessThan(8);
  });
});

describe('plainSourceMessages', () => {
  it('keeps the fields the rules read, and nothing else a message holds', () => {
    const tree = { type: 'root', children: [] };
    const message = { ruleId: 'heading-sequence', reason: '（三）跳过了（二）', place: { start: { line: 2, column: 1 }, end: { line: 2, column: 4 } }, ancestors: [tree], file: 'p.txt' };
    expect(plainSourceMessages([message])).toEqual([{ ruleId: 'heading-sequence', reason: '（三）跳过了（二）', place: { start: { line: 2, column: 1 }, end: { line: 2, column: 4 } } }]);
    expect(plainSourceMessages([{ reason: 'x', start: 3, end: 5 }])).toEqual([{ ruleId: null, reason: 'x', start: 3, end: 5 }]);
  });
});

describe('the parse of a long policy', () => {
  const text = '（一）推进示范工作。'.repeat(450_000);
  const files = [{ path: 'r/registry.yaml', content: 'document: { source: p.txt }\nsections: []\n' }, { path: 'r/p.txt', content: text }];

  // That it runs before the registry is read (its tree and the registry's data never held together)
  // is what `pnpm bench` measures; here, that it runs once and its messages are reported.
  it('runs once when a rule reads it, and its messages are reported', () => {
    let calls = 0;
    const parse = () => {
      calls++;
      return { messages: [{ ruleId: 'heading-glued', reason: 'Heading （一） is glued', start: 10, end: 13, ancestors: [{ type: 'root' }] }] };
    };
    const result = checkFiles(files, { typecheck: false, parse, rules: ['heading-glued', 'heading-sequence'] });
    expect(calls).toBe(1);
    expect(result.messages.map((m) => `${m.ruleId} ${m.file}:${m.line}:${m.column} ${m.reason}`)).toEqual(['heading-glued r/p.txt:1:11 Heading （一） is glued']);
  });

  it('does not run when no rule reads it', () => {
    let calls = 0;
    checkFiles(files, { typecheck: false, parse: () => (calls++, { messages: [] }), rules: ['unique-ids'] });
    expect(calls).toBe(0);
  });
});
