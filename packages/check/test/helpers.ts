import { emitAll } from '@policyc/emit';
import type { Registry } from '@policyc/model';
import { checkFiles, type CheckOptions, type CheckResult } from '../src/index.js';
import { SMALL_SOURCE, SMALL_TEXT, smallRegistry } from '../../emit/test/fixtures/small.js';

export { SMALL_SOURCE, SMALL_TEXT, smallRegistry };

/** The small fixture's outputs as check input files, with the policy text, under `dir/`. */
export function fixtureFiles(registry: Registry = smallRegistry(), dir = 'reg', text = SMALL_TEXT): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(emitAll(registry))) files[`${dir}/${name}`] = content;
  files[`${dir}/${SMALL_SOURCE}`] = text;
  return files;
}

export function checkRecord(files: Record<string, string>, options: CheckOptions = {}): CheckResult {
  return checkFiles(Object.entries(files).map(([path, content]) => ({ path, content })), options);
}

/** `rule-id file:line:col` for each message: what the position tests compare. */
export function where(result: CheckResult): string[] {
  return result.messages.map((m) => `${m.ruleId} ${m.file}:${m.line ?? '-'}:${m.column ?? '-'}`);
}

/** Replaces `from` (which must occur) in a text. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`edit: text has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The 1-based line and column of the `nth` occurrence of `needle` in `text`. */
export function lineColumn(text: string, needle: string, nth = 1): string {
  let offset = -1;
  for (let i = 0; i < nth; i += 1) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}
