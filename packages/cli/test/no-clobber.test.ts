/**
 * `policyc compile --out` never loses what a user has, and its file failures are one-line
 * messages: folders per input that cannot collide or leave `--out`, hand-edited registry.yaml
 * kept unless `--force`, and EISDIR / EEXIST / ENOTDIR / EACCES / a missing input / EPIPE
 * reported in a line while the other inputs go on. Driven through `run(argv, io)` in temp dirs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/support/corpus.js';
import { quietOnClose } from '../src/bin.js';
import { run } from '../src/run.js';
import { OUTPUT_FORMATS } from '@policyc/emit';

/** A made-up implementation plan in the style of real ones; `marker` tells the copies apart. */
const policy = (marker: string) => `关于推进${marker}工作的实施方案

一、总体要求
（一）加强组织领导。各区要建立${marker}工作协调机制，明确责任分工。（牵头单位：市发展改革委；配合单位：市财政局）

二、重点任务
（二）推进${marker}改造。到2026年，完成改造项目30个。（牵头单位：市工业和信息化局）
`;

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

/** A temp folder holding `files` (path → text); a path ending in `/` is made a folder. */
function workspace(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'policyc-clobber-'));
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('/')) mkdirSync(join(root, path), { recursive: true });
    else {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  }
  return root;
}

const read = (...parts: string[]) => readFileSync(join(...parts), 'utf8');
const titleOf = (...parts: string[]) => JSON.parse(read(...parts, 'registry.json')).document.title as string;
/** Every stderr line is a `policyc:` message; no stack frame, no Node error text. */
const oneLineMessages = (stderr: string) => {
  const lines = stderr.split('\n').filter(Boolean);
  for (const line of lines) expect(line).toMatch(/^policyc: /u);
  expect(stderr).not.toMatch(/^\s+at |Error:|illegal operation/mu);
  return lines;
};
const isRoot = process.getuid?.() === 0;

describe('policyc compile --out: one folder per input, inside --out', () => {
  it('inputs with the same base name get distinct folders, the extension kept only where needed', async () => {
    const root = workspace({ 'a/policy.txt': policy('甲'), 'b/policy.txt': policy('乙'), 'a/policy.md': policy('丙') });
    const { code, stdout, stderr } = await cli(root, 'compile', 'a/policy.txt', 'b/policy.txt', 'a/policy.md', '--out', 'd');
    expect([code, stderr]).toEqual([0, '']);
    // Beside the folders, a batch's index across the documents (index.json, index.xlsx).
    expect(readdirSync(join(root, 'd')).filter((name) => !name.startsWith('index.')).sort()).toEqual(['a', 'b']);
    expect(readdirSync(join(root, 'd', 'a')).sort()).toEqual(['policy-md', 'policy-txt']);
    expect(readdirSync(join(root, 'd', 'b'))).toEqual(['policy']);
    // Each folder holds its own input's registry: none was overwritten by another.
    expect(titleOf(root, 'd/a/policy-txt')).toBe('关于推进甲工作的实施方案');
    expect(titleOf(root, 'd/b/policy')).toBe('关于推进乙工作的实施方案');
    expect(titleOf(root, 'd/a/policy-md')).toBe('关于推进丙工作的实施方案');
    // The summary names each folder under one input only.
    const folders = stdout.split('\n').filter((l) => l.startsWith('  wrote ')).map((l) => dirname(l.slice('  wrote '.length)));
    expect([...new Set(folders)].sort()).toEqual(['d/a/policy-md', 'd/a/policy-txt', 'd/b/policy']);
    expect(folders).toHaveLength(3 * OUTPUT_FORMATS.length);
  });

  it('an input named "...txt" stays inside --out', async () => {
    const root = workspace({ '...txt': policy('甲'), 'other.txt': policy('乙') });
    mkdirSync(join(root, 'out', 'd'), { recursive: true });
    const { code, stderr } = await cli(root, 'compile', '...txt', 'other.txt', '--out', 'out/d', '--quiet');
    expect([code, stderr]).toEqual([0, '']);
    expect(readdirSync(join(root, 'out'))).toEqual(['d']);
    expect(readdirSync(join(root, 'out', 'd')).filter((name) => !name.startsWith('index.')).sort()).toEqual(['_..', 'other']);
    expect(titleOf(root, 'out/d/_..')).toBe('关于推进甲工作的实施方案');
  });

  it('the same input twice, and an input beside a folder of inputs, never share or nest folders', async () => {
    const root = workspace({ 'a.txt': policy('甲'), 'a/b.txt': policy('乙'), 'c.txt': policy('丙') });
    const { code } = await cli(root, 'compile', 'a.txt', 'a/b.txt', 'c.txt', 'c.txt', '--out', 'd', '--quiet');
    expect(code).toBe(0);
    expect(readdirSync(join(root, 'd')).filter((name) => !name.startsWith('index.')).sort()).toEqual(['a', 'a-txt', 'c-txt', 'c-txt-2']);
    expect(readdirSync(join(root, 'd', 'a'))).toEqual(['b']);
    expect(titleOf(root, 'd/a-txt')).toBe('关于推进甲工作的实施方案');
    expect(titleOf(root, 'd/c-txt-2')).toBe('关于推进丙工作的实施方案');
  });
});

describe('policyc compile --out: a hand-edited registry.yaml is kept', () => {
  it('recompiling unedited outputs replaces them', async () => {
    const root = workspace({ 'p.txt': policy('甲') });
    await cli(root, 'compile', 'p.txt', '--out', 'd', '--quiet');
    writeFileSync(join(root, 'p.txt'), policy('乙'));
    const { code, stderr } = await cli(root, 'compile', 'p.txt', '--out', 'd', '--quiet');
    expect([code, stderr]).toEqual([0, '']);
    expect(read(root, 'd/registry.yaml')).toContain('关于推进乙工作的实施方案');
  });

  it('an edited registry.yaml: exit 1, one line saying how to proceed, no output of that input touched; --force overwrites', async () => {
    const root = workspace({ 'p.txt': policy('甲') });
    await cli(root, 'compile', 'p.txt', '--out', 'd', '--quiet');
    const edited = `${read(root, 'd/registry.yaml')}# 已与市财政局核对\n`.replace('市财政局', '市财政局（预算处）');
    writeFileSync(join(root, 'd/registry.yaml'), edited);
    const json = read(root, 'd/registry.json');
    writeFileSync(join(root, 'p.txt'), policy('乙'));

    const refused = await cli(root, 'compile', 'p.txt', '--out', 'd');
    expect([refused.code, refused.stdout]).toEqual([1, '']);
    const lines = oneLineMessages(refused.stderr);
    expect(lines.filter((l) => l.includes('registry.yaml'))).toEqual([
      expect.stringMatching(/^policyc: d\/registry\.yaml was edited since policyc wrote it and is left as is: .*merge.*--force overwrites/u),
    ]);
    expect(read(root, 'd/registry.yaml')).toBe(edited);
    expect(read(root, 'd/registry.json')).toBe(json);

    const forced = await cli(root, 'compile', 'p.txt', '--out', 'd', '--force', '--quiet');
    expect([forced.code, forced.stderr]).toEqual([0, '']);
    expect(read(root, 'd/registry.yaml')).not.toContain('预算处');
    expect(read(root, 'd/registry.yaml')).toContain('关于推进乙工作的实施方案');
    expect(titleOf(root, 'd')).toBe('关于推进乙工作的实施方案');
  });

  it('one input\'s edited registry.yaml does not stop the others', async () => {
    const root = workspace({ 'x/p.txt': policy('甲'), 'y/p.txt': policy('乙') });
    await cli(root, 'compile', 'x/p.txt', 'y/p.txt', '--out', 'd', '--quiet');
    writeFileSync(join(root, 'd/x/p/registry.yaml'), 'document:\n  title: 手工改写\n');
    writeFileSync(join(root, 'y/p.txt'), policy('丙'));
    const { code, stderr } = await cli(root, 'compile', 'x/p.txt', 'y/p.txt', '--out', 'd', '--quiet');
    expect(code).toBe(1);
    expect(oneLineMessages(stderr)).toHaveLength(1);
    expect(read(root, 'd/x/p/registry.yaml')).toBe('document:\n  title: 手工改写\n');
    expect(titleOf(root, 'd/y/p')).toBe('关于推进丙工作的实施方案');
  });

  it('a registry.yaml policyc has no record of writing counts as edited', async () => {
    const root = workspace({ 'p.txt': policy('甲'), 'd/registry.yaml': 'tasks: []\n' });
    const { code, stderr } = await cli(root, 'compile', 'p.txt', '--out', 'd', '--quiet');
    expect(code).toBe(1);
    expect(stderr).toContain('d/registry.yaml was edited');
    expect(read(root, 'd/registry.yaml')).toBe('tasks: []\n');
  });

  it('--format json alone leaves an edited registry.yaml out of it', async () => {
    const root = workspace({ 'p.txt': policy('甲'), 'd/registry.yaml': 'tasks: []\n' });
    const { code } = await cli(root, 'compile', 'p.txt', '--out', 'd', '--format', 'json', '--quiet');
    expect(code).toBe(0);
    expect(titleOf(root, 'd')).toBe('关于推进甲工作的实施方案');
  });
});

describe('policyc compile: file failures are one-line messages, and the other inputs go on', () => {
  it('a folder named x.txt holding no policy: "cannot read x.txt: a folder with no policy file…", exit 2, the next input still written', async () => {
    const root = workspace({ 'x.txt/': '', 'good.txt': policy('甲') });
    const { code, stdout, stderr } = await cli(root, 'compile', 'x.txt', 'good.txt', '--out', 'd');
    expect(code).toBe(2);
    expect(oneLineMessages(stderr)).toEqual(['policyc: cannot read x.txt: a folder with no policy file (.txt .md .markdown .html .htm .docx) in it']);
    expect(stdout).toContain('good.txt: 关于推进甲工作的实施方案');
    expect(titleOf(root, 'd/good')).toBe('关于推进甲工作的实施方案');
  });

  it('a missing input and a folder input among good ones: a line each, exit 2', async () => {
    const root = workspace({ 'dir.md/': '', 'good.txt': policy('甲') });
    const { code, stderr } = await cli(root, 'compile', 'missing.txt', 'dir.md', 'good.txt', '--out', 'd', '--quiet');
    expect(code).toBe(2);
    expect(oneLineMessages(stderr)).toEqual([
      'policyc: cannot read missing.txt: no such file',
      'policyc: cannot read dir.md: a folder with no policy file (.txt .md .markdown .html .htm .docx) in it',
    ]);
    expect(existsSync(join(root, 'd/good/registry.json'))).toBe(true);
  });

  it('--out naming an existing file (EEXIST): one line naming it, exit 2', async () => {
    const root = workspace({ 'p.txt': policy('甲'), 'taken': 'not a folder' });
    const { code, stdout, stderr } = await cli(root, 'compile', 'p.txt', '--out', 'taken');
    expect([code, stdout]).toEqual([2, '']);
    expect(oneLineMessages(stderr)).toEqual(['policyc: cannot write taken: a file of that name is in the way (give a folder)']);
    expect(read(root, 'taken')).toBe('not a folder');
  });

  it('--out below an existing file (ENOTDIR), with several inputs: a line for each, exit 2', async () => {
    const root = workspace({ 'p.txt': policy('甲'), 'q.txt': policy('乙'), 'taken': 'not a folder' });
    const { code, stderr } = await cli(root, 'compile', 'p.txt', 'q.txt', '--out', 'taken/sub', '--quiet');
    expect(code).toBe(2);
    const lines = oneLineMessages(stderr);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^policyc: cannot write taken\/sub\S*: a part of the path is a file, not a folder$/u);
  });

  it.skipIf(isRoot)('--out into a read-only folder (EACCES): one line, exit 2', async () => {
    const root = workspace({ 'p.txt': policy('甲'), 'ro/': '' });
    chmodSync(join(root, 'ro'), 0o555);
    const { code, stderr } = await cli(root, 'compile', 'p.txt', '--out', 'ro/d', '--quiet');
    expect(code).toBe(2);
    expect(oneLineMessages(stderr)).toEqual(['policyc: cannot write ro/d: permission denied']);
  });

  it('the worst outcome sets the exit code: an edited registry.yaml (1) and a missing input (2) give 2', async () => {
    const root = workspace({ 'p.txt': policy('甲'), 'd/p/registry.yaml': 'tasks: []\n' });
    const { code, stderr } = await cli(root, 'compile', 'p.txt', 'gone/p.txt', '--out', 'd', '--quiet');
    expect(code).toBe(2);
    expect(oneLineMessages(stderr)).toHaveLength(2);
  });
});

describe('policyc compile | head: EPIPE ends quietly', () => {
  it('a writer whose reader has gone stops writing and does not throw', () => {
    const stream = Object.assign(new EventEmitter(), { written: [] as string[], write(text: string) { this.written.push(text); return true; } });
    const writer = quietOnClose(stream as unknown as NodeJS.WritableStream);
    writer.write('a');
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    writer.write('b');
    expect([stream.written, writer.failure]).toEqual([['a'], undefined]);
  });

  it('the real command piped into a reader that stops early: no trace, exit 0', () => {
    const input = join(workspace({ 'big.txt': policy('甲').repeat(400) }), 'big.txt');
    const result = spawnSync('bash', ['-c', `node --conditions=source --import tsx packages/cli/src/bin.ts compile '${input}' --quiet | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8' });
    expect([result.status, result.stderr]).toEqual([0, '']);
  }, 30_000);
});
