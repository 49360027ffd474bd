/**
 * The checker on the real examples, compiled from their policy texts: no errors as compiled, and
 * a mistyped part of a total in the policy text is caught by parts-sum at the total.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { emitAll } from '@policyc/emit';
import type { Registry } from '@policyc/model';
import { checkFiles, type CheckResult } from '@policyc/check';
import { compile } from 'policyc';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';

const examples = new URL('../../../examples/', import.meta.url);
const policies = readdirSync(examples, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(new URL(`${dir.name}/`, examples)).filter((f) => f.endsWith('.txt')).map((f) => `${dir.name}/${f}`));

function compileAndCheck(path: string, text: string): { registry: Registry; result: CheckResult } {
  const { registry } = compile(new VFile({ path, value: text }));
  const dir = path.replace(/\/[^/]+$/u, '');
  const files = Object.entries(emitAll(registry)).map(([name, content]) => ({ path: `${dir}/${name}`, content }));
  files.push({ path, content: text });
  return { registry, result: checkFiles(files, { typecheck: false }) };
}

describe.each(policies)('examples/%s', (policy) => {
  const text = readFileSync(new URL(policy, examples), 'utf8');
  const { registry, result } = compileAndCheck(policy, text);

  it('compiles to outputs that check without errors', () => {
    expect(result.messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId} ${m.file}:${m.line}: ${m.reason}`)).toEqual([]);
  });

  // Every total the policy breaks down into parts: its parts add up, and a mistyped part is caught.
  const totals = registry.targets.filter((t) => registry.targets.filter((p) => p.partOf === t.id).length >= 2);
  it.runIf(totals.length > 0).each(totals.map((t) => [t.id, t] as const))('parts of %s add up; a mistyped copy fails', (_, total) => {
    const last = registry.targets.filter((p) => p.partOf === total.id).at(-1)!;
    const written = text.slice(last.position.start.offset, last.position.end.offset);
    const digits = /\d+/u.exec(written)!;
    const mistyped = written.replace(digits[0], String(Number(digits[0]) + 1));
    const broken = text.slice(0, last.position.start.offset) + mistyped + text.slice(last.position.end.offset);
    const { result: brokenResult } = compileAndCheck(policy, broken);
    const found = brokenResult.messages.filter((m) => m.ruleId === 'parts-sum');
    expect(found.map((m) => [m.file, m.line, m.column])).toEqual([[policy, total.position.start.line, total.position.start.column]]);
  });
});
