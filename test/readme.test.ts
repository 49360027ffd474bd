/**
 * The README's promises: it opens with the two commands, CI runs the second one exactly, the
 * summary it shows is what the compiler prints, and it says what every dependency is for.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

  it('says what each dependency of the workspace is for', () => {
    const manifests = ['package.json', 'bench/package.json', ...readdirSync(join(ROOT, 'packages')).map((dir) => `packages/${dir}/package.json`)];
    const names = new Set<string>();
    for (const manifest of manifests) {
      const json = JSON.parse(readFileSync(join(ROOT, manifest), 'utf8')) as Record<string, Record<string, string> | undefined>;
      for (const name of [...Object.keys(json.dependencies ?? {}), ...Object.keys(json.devDependencies ?? {})]) names.add(name);
    }
    const table = readme.slice(readme.indexOf('## Dependencies'), readme.indexOf('## Layout'));
    // The workspace's own packages and type declarations (@types/…) go with what they describe.
    const undescribed = [...names].filter((name) => !name.startsWith('@policyc/') && name !== 'policyc' && !name.startsWith('@types/'))
      .filter((name) => !table.includes(name));
    expect(undescribed).toEqual([]);
  });
});
