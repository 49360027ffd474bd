/**
 * Bounded resources through the CLI (issue 8): input nested too deep is refused or read as plain
 * text instead of aborting Node or taking minutes (the .docx decompression limit through the CLI
 * is tested in packages/core/test/docx-limits.test.ts). Growth is compared between two sizes in one run (4× the input
 * must take well under 16× the time), never against a wall-clock limit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../packages/cli/src/run.js';
import { ROOT } from './support/corpus.js';
import { growthAsync } from './support/growth.js';

const dir = mkdtempSync(join(tmpdir(), 'policyc-resources-'));

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir });
  return { code, stdout, stderr };
}

/** The CLI in a process of its own: a native abort (exit 134) cannot take the test runner down. */
function spawnCli(...argv: string[]) {
  return spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), ...argv], { cwd: ROOT, encoding: 'utf8' });
}

/** Time at 4n over time at n, n doubled from `start` until a run takes long enough to measure. */
const growth = (make: (n: number) => () => Promise<unknown>, start: number) => growthAsync(make, { start, maxN: 1_000_000 });

const POLICY = '某市关于推进某项工作的实施方案\n一、重点任务\n（一）建设平台。到2025年建成平台5个。（牵头单位：市科技局）\n';

describe('nesting limits', () => {
  it('check refuses a YAML registry nested 70k deep with a syntax problem, not a native abort', () => {
    const path = join(dir, 'deep-flow.registry.yaml');
    writeFileSync(path, `document:\n  title: ${'['.repeat(70_000)}${']'.repeat(70_000)}\n`);
    const result = spawnCli('check', path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Nested more than 1000 levels deep: not read');
  }, 60_000);

  it('check refuses deep block nesting ("- - -" and indentation) and stays linear in it', async () => {
    writeFileSync(join(dir, 'dashes.registry.yaml'), `${'- '.repeat(70_000)}x\n`);
    const dashes = await cli('check', 'dashes.registry.yaml', '--format', 'json');
    expect([dashes.code, dashes.stdout]).toEqual([1, expect.stringContaining('Nested more than 1000 levels deep')]);
    const indented = Array.from({ length: 1_500 }, (_, k) => `${' '.repeat(k)}k:`).join('\n');
    writeFileSync(join(dir, 'indented.registry.yaml'), `${indented} 1\n`);
    expect((await cli('check', 'indented.registry.yaml', '--format', 'json')).stdout).toContain('Nested more than 1000 levels deep');
    const check = (n: number) => {
      const name = `flow-${n}.registry.yaml`;
      writeFileSync(join(dir, name), `document: ${'['.repeat(n)}${']'.repeat(n)}\n`);
      return () => cli('check', name, '--format', 'json');
    };
    expect(await growth(check, 50_000)).toBeLessThan(8);
  }, 60_000);

  it('compile reads Markdown nested 100k brackets deep as plain text, in linear time', async () => {
    writeFileSync(join(dir, 'deep.md'), `# 某市实施方案\n\n一、重点任务\n\n（一）建设平台。（牵头单位：市科技局）\n\n${'['.repeat(100_000)}\n`);
    const deep = await cli('compile', 'deep.md', '--format', 'json');
    expect(deep.code).toBe(0);
    expect(JSON.parse(deep.stdout).tasks).toHaveLength(1);
    const compile = (n: number) => {
      const name = `brackets-${n}.md`;
      writeFileSync(join(dir, name), `${POLICY}${'['.repeat(n)}\n`);
      return () => cli('compile', name, '--format', 'json');
    };
    expect(await growth(compile, 25_000)).toBeLessThan(8);
  }, 60_000);

  it('compile reads Markdown nested in many block quotes without a stack overflow', async () => {
    writeFileSync(join(dir, 'quotes.md'), `${POLICY}${'>'.repeat(20_000)} 深层引用\n`);
    const quotes = await cli('compile', 'quotes.md', '--format', 'json');
    expect([quotes.code, quotes.stderr]).toEqual([0, '']);
  }, 60_000);
});
