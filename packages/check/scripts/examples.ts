/**
 * Runs a rule's documented examples: the same table drives the rule tests and the docs pages.
 */
import { checkFiles } from '../src/index.js';
import type { CheckMessage, RuleDefinition, RuleExample } from '../src/index.js';

/** A message as the examples write it: `file:L:C-L:C: reason`. */
export function messageLine(message: CheckMessage): string {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  const where = place ? `:${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : '';
  return `${message.file}${where}: ${message.reason}`;
}

/** The messages one rule reports on one example (that rule alone runs). */
export function runExample(rule: RuleDefinition, example: RuleExample): string[] {
  const files = Object.entries(example.files).map(([path, content]) => ({ path, content }));
  const result = checkFiles(files, { rules: [rule.id], ...(example.source ? { source: example.source } : {}) });
  return result.messages.map(messageLine);
}
