/**
 * The command line through `run(argv, io)`: exit codes, what goes to stdout and stderr, and the
 * files `compile --out` writes. The io captures both streams; the working directory is the
 * repository root, so the shipped examples are the inputs.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateRegistry } from '@policyc/model';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../../test/support/corpus.js';
import { run } from '../src/run.js';

const QINGHAI = 'examples/qinghai-pharma/qinghai-pharma.txt';
const NATIONAL = 'examples/national-pharma/national-pharma.txt';
/** What `--out` holds: the six outputs of `--format all` and the record of their hashes (see outputs.ts). */
const FILES = ['.policyc.json', 'registry.html', 'registry.json', 'registry.schema.json', 'registry.ts', 'registry.xlsx', 'registry.yaml'];

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT });
  return { code, stdout, stderr };
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(resolve(ROOT, path))).digest('hex');
const tempDir = () => mkdtempSync(join(tmpdir(), 'policyc-run-'));
/** The registry `compile` builds for a repository file, as JSON data. */
const registryOf = (path: string) => compile({ path: resolve(ROOT, path), value: readFileSync(resolve(ROOT, path), 'utf8') }).registry;

describe('policyc: help, version, unknown commands', () => {
  it.each([[['--help']], [['-h']], [['help']], [[]]])('%j prints the usage and exits 0', async (argv: string[]) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('policyc compile <file | folder | glob | -…>');
    expect(stdout).toContain('policyc check');
  });

  it('--version prints a version', async () => {
    const { code, stdout } = await cli('--version');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+\n$/u);
  });

  it('compile --help prints the compile options and exits 0', async () => {
    const { code, stdout, stderr } = await cli('compile', '--help');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Usage: policyc compile/u);
    for (const option of ['--out <dir>', '--format', '--quiet']) expect(stdout).toContain(option);
  });

  it('an unknown command exits 2 with the command named on stderr and the usage', async () => {
    const { code, stdout, stderr } = await cli('frobnicate', QINGHAI);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('unknown command "frobnicate"');
    expect(stderr).toContain('Usage:');
  });
});

describe('policyc compile: input and argument errors exit 2', () => {
  it('a missing file: "cannot read <path>: no such file", nothing on stdout', async () => {
    const { code, stdout, stderr } = await cli('compile', 'no/such/policy.txt');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('policyc: cannot read no/such/policy.txt: no such file\n');
  });

  it('a file of an unsupported kind names the kinds policyc reads', async () => {
    const { code, stderr } = await cli('compile', 'policy.pdf');
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read .*policy\.pdf: policyc reads .*\.txt/u);
  });

  it('no input file', async () => {
    const { code, stderr } = await cli('compile');
    expect(code).toBe(2);
    expect(stderr).toContain('no input file');
  });

  it('an unknown format names the formats there are', async () => {
    const { code, stdout, stderr } = await cli('compile', QINGHAI, '--format', 'xml');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('unknown format "xml" (expected json, yaml, ts, schema, xlsx, html, csv, all)');
  });

  it('an unknown option', async () => {
    const { code, stderr } = await cli('compile', QINGHAI, '--frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('--frobnicate');
  });

  it.each([
    [[QINGHAI, NATIONAL]],
    [[QINGHAI, '--format', 'all']],
  ])('%j without --out: several inputs or formats need --out', async (argv) => {
    const { code, stdout, stderr } = await cli('compile', ...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('several inputs or formats need --out <dir>');
  });
});

describe('policyc compile to stdout', () => {
  it('--format json prints a registry that validates, with the document\'s sections', async () => {
    const { code, stdout } = await cli('compile', QINGHAI, '--format', 'json');
    expect(code).toBe(0);
    const registry = JSON.parse(stdout);
    expect(validateRegistry(registry)).toEqual({ valid: true, errors: [] });
    // On stdout, the registry is taken to be saved in the working folder: the path is from there.
    expect(registry.document.source).toEqual({ path: QINGHAI, sha256: sha256Of(QINGHAI), encoding: 'utf-8', format: 'txt' });
    expect(registry.sections.map((s: { path: string }) => s.path)).toEqual(registryOf(QINGHAI).sections.map((s) => s.path));
  });

  it('json is the default format', async () => {
    const [plain, json] = [await cli('compile', QINGHAI), await cli('compile', QINGHAI, '--format', 'json')];
    expect(plain.stdout).toBe(json.stdout);
  });

  it('--format yaml parses to the same data as --format json', async () => {
    const [yaml, json] = [await cli('compile', QINGHAI, '--format', 'yaml'), await cli('compile', QINGHAI, '-f', 'json')];
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).not.toBe(json.stdout);
    expect(parseYaml(yaml.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it('parser warnings go to stderr as path:line:column lines, not into the output', async () => {
    const { code, stdout, stderr } = await cli('compile', QINGHAI);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter(Boolean).map((l) => l.replace(/: warning .*\((\S+)\)$/u, ' $1'))).toEqual([
      `${QINGHAI}:105:57 heading-glued`,
      `${QINGHAI}:107:55 heading-glued`,
    ]);
    expect(stdout).not.toContain('heading-glued');
  });

  it('--quiet leaves stderr empty', async () => {
    const { code, stderr } = await cli('compile', QINGHAI, '--quiet');
    expect([code, stderr]).toEqual([0, '']);
  });
});

describe('policyc compile --out', () => {
  it('writes the four files and prints a summary with the counts', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli('compile', QINGHAI, '--out', dir);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(FILES);
    const r = registryOf(QINGHAI);
    const assigned = r.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0).length;
    expect(stdout.split('\n')).toEqual([
      `${QINGHAI}: (untitled)`,
      `  ${r.sections.length} sections · ${r.tasks.length} tasks (${assigned} with units) · ${r.units.length} units · ${r.targets.length} targets`,
      ...['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json', 'registry.xlsx', 'registry.html'].map((f) => `  wrote ${join(dir, f)}`),
      '',
    ]);
    expect(r.sections.length).toBeGreaterThan(0);
  });

  it('the files written are the registry printed to stdout', async () => {
    const dir = tempDir();
    await cli('compile', QINGHAI, '--out', dir, '--quiet');
    const json = await cli('compile', QINGHAI, '--format', 'json');
    // Apart from `$schema`, which names the schema file beside it when there is one, and the
    // source's path, which is from the folder the registry is in.
    const withoutSchemaRef = (text: string) => {
      const data = JSON.parse(text);
      return { ...data, $schema: undefined, document: { ...data.document, source: { ...data.document.source, path: undefined } } };
    };
    expect(withoutSchemaRef(readFileSync(join(dir, 'registry.json'), 'utf8'))).toEqual(withoutSchemaRef(json.stdout));
    expect(withoutSchemaRef(JSON.stringify(parseYaml(readFileSync(join(dir, 'registry.yaml'), 'utf8'))))).toEqual(withoutSchemaRef(json.stdout));
    expect(JSON.parse(readFileSync(join(dir, 'registry.schema.json'), 'utf8'))).toHaveProperty('$schema');
    // The two fields left out above, as they must be in the folder.
    const written = JSON.parse(readFileSync(join(dir, 'registry.json'), 'utf8'));
    expect(written.$schema).toBe('./registry.schema.json');
    expect(join(dir, written.document.source.path)).toBe(resolve(QINGHAI));
  });

  it('--out with one --format writes only that file', async () => {
    const dir = tempDir();
    const { code } = await cli('compile', QINGHAI, '--out', dir, '--format', 'yaml', '--quiet');
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.policyc.json', 'registry.yaml']);
  });

  it('--format with a comma list writes those files and no others', async () => {
    const dir = tempDir();
    const { code } = await cli('compile', QINGHAI, '--out', dir, '--format', 'ts, json,ts', '--quiet');
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.policyc.json', 'registry.json', 'registry.ts']);
  });

  it('a comma list with an unknown format names it and writes nothing', async () => {
    const dir = tempDir();
    const { code, stderr } = await cli('compile', QINGHAI, '--out', dir, '--format', 'json,xml');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown format "xml"');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('several inputs: one folder per input, its path from the inputs\' common folder, and a summary for each', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli('compile', QINGHAI, NATIONAL, '--out', dir);
    expect(code).toBe(0);
    // Beside the folders, the index of every unit's tasks across the two documents.
    expect(readdirSync(dir).sort()).toEqual(['index.json', 'index.xlsx', 'national-pharma', 'qinghai-pharma']);
    for (const name of ['national-pharma', 'qinghai-pharma']) expect(readdirSync(join(dir, name, name)).sort()).toEqual(FILES);
    expect(stdout).toContain(`${QINGHAI}: (untitled)\n`);
    expect(stdout).toContain(`${NATIONAL}: 国务院办公厅关于促进医药产业健康发展的指导意见\n`);
  });

  it('a missing input among several is reported, the others are still written, exit 2', async () => {
    const dir = tempDir();
    const { code, stderr } = await cli('compile', 'missing.txt', NATIONAL, '--out', dir, '--quiet');
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read missing.txt: no such file');
    expect(readdirSync(dir).sort()).toEqual(['examples', 'index.json', 'index.xlsx']);
    expect(readdirSync(join(dir, 'examples'))).toEqual(['national-pharma']);
  });
});
