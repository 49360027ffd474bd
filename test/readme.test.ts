/**
 * The README's promises: it opens with the two commands, CI runs the second one exactly, and
 * the summary it shows is what the compiler prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/gu)].map((m) => m[1]!.trim());

describe('README', () => {
  it('opens with the install-and-compile command, then the test command', () => {
    expect(blocks[0]).toMatch(/^npx -y pnpm@10 install && npx -y pnpm@10 policyc compile examples\/qinghai-pharma\/qinghai-pharma\.txt/u);
    expect(blocks[1]).toMatch(/^npx -y pnpm@10 install .*&& npx -y pnpm@10 test$/u);
  });

  it('is what .ci/run runs', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain(`\n${blocks[1]}\n`);
  });

  it('shows the summary the reference example compiles to', () => {
    const path = join(ROOT, 'examples/qinghai-pharma/qinghai-pharma.txt');
    const { registry } = compile({ path, value: readFileSync(path, 'utf8') });
    const withUnits = registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0).length;
    expect(readme).toContain(`${registry.sections.length} sections · ${registry.tasks.length} tasks (${withUnits} with units) · ${registry.units.length} units · ${registry.targets.length} targets`);
  });
});
