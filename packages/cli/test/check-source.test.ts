/**
 * `policyc check` after `policyc compile --out`: the registry records its policy (path from the
 * registry's folder, hash, encoding, format), and check finds it there, says when it is missing or
 * changed, takes folders of output folders, and refuses a registry.ts that holds code.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';

/** A made-up policy whose second heading skips a number: heading-sequence reads the policy text to say so. */
const POLICY = [
  '关于推进某项工作的实施方案',
  '一、重点任务',
  '（一）推进项目建设。加快建设进度。（牵头单位：市发展改革委；配合单位：市财政局）',
  '（三）完善配套政策。到2025年，建成示范项目10个。（牵头单位：市财政局）',
  '',
].join('\n');

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

/** A workspace with policies under src/ compiled into out/ (one folder per input). */
async function compiled(policies: Record<string, Buffer | string>): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'policyc-src-'));
  for (const [path, content] of Object.entries(policies)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const { code, stderr } = await cli(root, 'compile', ...Object.keys(policies), '--out', 'out', '--quiet');
  expect([code, stderr]).toEqual([0, '']);
  return root;
}

type Json = { document: { source: { path: string; sha256: string | null; encoding: string | null; format: string } | null } };
const registryIn = (dir: string): Json => JSON.parse(readFileSync(join(dir, 'registry.json'), 'utf8')) as Json;

describe('compile records the source', () => {
  it('as a path from the registry\'s folder, with its hash, encoding and format', async () => {
    const root = await compiled({ 'src/a/policy.txt': POLICY, 'src/b/policy.html': `<html><head><meta charset="utf-8"></head><body><p>${POLICY.replaceAll('\n', '</p><p>')}</p></body></html>` });
    const text = registryIn(join(root, 'out/a/policy')).document.source!;
    expect(text).toEqual({ path: '../../../src/a/policy.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/u), encoding: 'utf-8', format: 'txt' });
    expect(resolve(root, 'out/a/policy', text.path)).toBe(join(root, 'src/a/policy.txt'));
    const html = registryIn(join(root, 'out/b/policy')).document.source!;
    expect([html.path, html.format]).toEqual(['../../../src/b/policy.html', 'html']);
  });

  it('hashes the bytes as read, and names the encoding they were decoded from', async () => {
    const bytes = iconv.encode(POLICY, 'gbk');
    const root = await compiled({ 'policy.txt': bytes });
    const source = registryIn(join(root, 'out')).document.source!;
    expect(source.encoding).toMatch(/^gb/u);
    const { createHash } = await import('node:crypto');
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('check finds the source through the registry', () => {
  it('runs the source rules on the policy and names its path, in the report and in SARIF', async () => {
    const root = await compiled({ 'src/policy.txt': POLICY });
    const human = await cli(root, 'check', 'out', '--no-typecheck');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('src/policy.txt:4:1 - warning heading-sequence');
    expect(human.stdout).not.toContain('source-file');
    const sarif = JSON.parse((await cli(root, 'check', 'out', '--no-typecheck', '--format', 'sarif')).stdout);
    const uris = sarif.runs[0].results.flatMap((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations.map((l) => l.physicalLocation.artifactLocation.uri));
    expect(uris).toContain('src/policy.txt');
  });

  it('reads a GBK policy in the encoding it was compiled from', async () => {
    const root = await compiled({ 'src/policy.txt': iconv.encode(POLICY, 'gbk') });
    const { stdout } = await cli(root, 'check', 'out', '--no-typecheck');
    expect(stdout).toContain('src/policy.txt:4:1 - warning heading-sequence');
    expect(stdout).toContain('（三）完善配套政策');
  });

  it('warns, naming the path it looked at, when the source is missing; the source rules are skipped', async () => {
    const root = await compiled({ 'src/policy.txt': POLICY });
    renameSync(join(root, 'src/policy.txt'), join(root, 'src/moved.txt'));
    const { code, stdout } = await cli(root, 'check', 'out', '--no-typecheck');
    expect(code).toBe(0);
    expect(stdout).toContain('warning source-file: The policy text was not found at src/policy.txt');
    expect(stdout).toContain('the rules that read the policy were skipped');
    expect(stdout).not.toMatch(/^src\/policy\.txt:/mu);
  });

  it('warns, with the reason, when the source is there but no longer reads as text', async () => {
    const root = await compiled({ 'src/policy.txt': POLICY });
    writeFileSync(join(root, 'src/policy.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const { code, stdout } = await cli(root, 'check', 'out', '--no-typecheck');
    expect(code).toBe(0);
    expect(stdout).toContain('warning source-file: The policy text at src/policy.txt could not be read (');
  });

  it('gives the source to every registry compiled from it', async () => {
    const root = await compiled({ 'src/policy.txt': POLICY });
    expect((await cli(root, 'compile', 'src/policy.txt', '--out', 'again', '--quiet')).code).toBe(0);
    const { stdout } = await cli(root, 'check', 'out', 'again', '--no-typecheck', '--format', 'json');
    const result = JSON.parse(stdout) as { files: string[]; messages: { ruleId: string; related: { file: string }[] }[] };
    expect(result.messages.map((m) => m.ruleId)).not.toContain('source-file');
    const entries = result.messages.filter((m) => m.ruleId === 'heading-sequence').flatMap((m) => m.related.map((r) => r.file));
    expect(entries).toEqual(expect.arrayContaining(['out/registry.yaml', 'again/registry.yaml']));
    expect(result.files.filter((f) => f === 'src/policy.txt')).toHaveLength(1);
  });

  it('warns that the source changed since compiling, and says to recompile', async () => {
    const root = await compiled({ 'src/policy.txt': POLICY });
    writeFileSync(join(root, 'src/policy.txt'), POLICY.replace('加快建设进度', '加快建设进度，确保按期完成'));
    const { code, stdout } = await cli(root, 'check', 'out', '--no-typecheck');
    expect(code).toBe(0);
    expect(stdout).toContain('warning source-file: src/policy.txt changed since the registry was compiled');
    expect(stdout).toContain('recompile');
  });

  it('finds the source of a registry of schema 2 by its bare file name', async () => {
    const root = await compiled({ 'policy.txt': POLICY });
    const dir = join(root, 'old');
    mkdirSync(dir);
    writeFileSync(join(dir, 'policy.txt'), POLICY);
    const registry = JSON.parse(readFileSync(join(root, 'out/registry.json'), 'utf8'));
    registry.document.source = 'policy.txt';
    writeFileSync(join(dir, 'registry.json'), JSON.stringify(registry, null, 2));
    const { stdout } = await cli(root, 'check', 'old/registry.json', '--no-typecheck', '--format', 'json');
    const messages = JSON.parse(stdout).messages as { ruleId: string; file: string }[];
    expect(messages.filter((m) => m.ruleId === 'heading-sequence').map((m) => m.file)).toContain('old/policy.txt');
    expect(messages.map((m) => m.ruleId)).not.toContain('source-file');
  });
});

describe('check takes folders recursively', () => {
  it('checks every output folder below the one given, skipping node_modules and dot-folders', async () => {
    const root = await compiled({ 'src/a/policy.txt': POLICY, 'src/b/policy.txt': POLICY });
    for (const hidden of ['out/node_modules/pkg', 'out/.cache']) {
      mkdirSync(join(root, hidden), { recursive: true });
      writeFileSync(join(root, hidden, 'registry.json'), '{ not json');
    }
    const { code, stdout, stderr } = await cli(root, 'check', 'out', '--no-typecheck', '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const files = JSON.parse(stdout).files as string[];
    expect(files).toEqual(expect.arrayContaining(['out/a/policy/registry.json', 'out/b/policy/registry.json', 'src/a/policy.txt', 'src/b/policy.txt']));
    expect(files.some((f) => f.includes('node_modules') || f.includes('.cache'))).toBe(false);
  });

  it('does not follow a link back up the tree', async () => {
    const root = await compiled({ 'src/a/policy.txt': POLICY, 'src/b/policy.txt': POLICY });
    symlinkSync(join(root, 'out'), join(root, 'out/a/loop'), 'dir');
    const { code, stdout } = await cli(root, 'check', 'out', '--no-typecheck', '--format', 'json');
    expect(code).toBe(0);
    expect((JSON.parse(stdout).files as string[]).filter((f) => f.endsWith('registry.json'))).toEqual(['out/a/policy/registry.json', 'out/b/policy/registry.json']);
  });

  it('still says so when a folder holds no registry anywhere', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policyc-src-'));
    mkdirSync(join(root, 'empty/deeper'), { recursive: true });
    const { code, stderr } = await cli(root, 'check', 'empty');
    expect(code).toBe(2);
    expect(stderr).toContain('empty: no registry files');
  });
});

describe('check fails a registry.ts that holds code', () => {
  it.each([
    ['an eval', 'eval("globalThis.x = 1");'],
    ['a prototype pollution', 'Object.prototype.polluted = true;'],
    ['an endless loop', 'for (;;) {}'],
  ])('%s appended to a valid registry.ts', async (_, code) => {
    const root = await compiled({ 'policy.txt': POLICY });
    const path = join(root, 'out/registry.ts');
    writeFileSync(path, `${readFileSync(path, 'utf8')}${code}\n`);
    const result = await cli(root, 'check', 'out/registry.ts', '--no-typecheck');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error registry-syntax: registry.ts holds a statement policyc does not write');
    expect(result.stdout).toContain(code.slice(0, 20));
  });

  it('passes the registry.ts policyc wrote', async () => {
    const root = await compiled({ 'policy.txt': POLICY });
    const result = await cli(root, 'check', 'out/registry.ts', '--no-typecheck', '--format', 'json');
    expect(JSON.parse(result.stdout).errorCount).toBe(0);
  });
});
