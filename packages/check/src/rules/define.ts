import type { RuleDefinition } from '../types.js';

/** Where each rule's page is published (docs/rules/<id>.md in the repository). */
export const RULE_DOCS_URL = 'https://policyc.dev/rules/';

/** A rule definition with its docs URL filled in from its id. */
export function defineRule(rule: Omit<RuleDefinition, 'url'>): RuleDefinition {
  return { ...rule, url: `${RULE_DOCS_URL}${rule.id}` };
}

/** Example files are YAML written as indented template literals; this strips the indentation. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/u, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => /^ */u.exec(l)![0].length));
  return `${text.split('\n').map((l) => l.slice(indent)).join('\n').trimEnd()}\n`;
}

/** The position of `needle` in an example's policy text, as a YAML flow map. */
export function at(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`example text has no ${needle}`);
  const point = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split('\n').length;
    return `{ line: ${line}, column: ${o - before.lastIndexOf('\n')}, offset: ${o} }`;
  };
  return `{ start: ${point(offset)}, end: ${point(offset + needle.length)} }`;
}
