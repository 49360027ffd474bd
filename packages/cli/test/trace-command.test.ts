/**
 * `policyc trace` through `run(argv, io)`: the reference provincial policy against the national
 * guidance it implements, given as texts, registry folders, registry.json and registry.yaml;
 * the JSON form against its schema; colours; what makes it exit 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { traceSchema } from '@policyc/compare';
import { createAjv } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/support/corpus.js';
import { INPUT_EXTENSIONS } from 'policyc';
import { POLICY_EXTENSIONS, wantsColor } from '../src/compare-inputs.js';
import { run } from '../src/run.js';
import { readmeExamples, showsPrinted } from './readme-examples.js';

const QINGHAI = 'examples/qinghai-pharma/qinghai-pharma.txt';
const NATIONAL = 'examples/national-pharma/national-pharma.txt';
const ANSI = /\u001b\[\d+m/u;

async function cli(argv: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

describe('policyc trace on the examples', () => {
  it('gives the same trace from the texts and from their registries in any form', async () => {
    const fromTexts = await cli(['trace', QINGHAI, NATIONAL, '--format', 'json', '--quiet']);
    expect(fromTexts.code).toBe(0);
    expect(fromTexts.stderr).toBe('');
    for (const [provincial, national] of [
      ['examples/qinghai-pharma', 'examples/national-pharma'],
      ['examples/qinghai-pharma/registry.json', 'examples/national-pharma/registry.yaml'],
      ['examples/qinghai-pharma/registry.yaml', NATIONAL],
    ]) {
      const fromRegistries = await cli(['trace', provincial!, national!, '--format=json']);
      expect([fromRegistries.code, fromRegistries.stderr]).toEqual([0, '']);
      expect(fromRegistries.stdout, `${provincial} ${national}`).toBe(fromTexts.stdout);
    }
  });

  it('prints JSON that follows the trace schema and names each side by its policy file', async () => {
    const { stdout } = await cli(['trace', 'examples/qinghai-pharma', 'examples/national-pharma', '--format', 'json']);
    const result = JSON.parse(stdout);
    const validate = createAjv().compile(traceSchema);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    // A registry's source is a path from its own folder; the trace gives it from the working folder.
    expect(result.provincial.source).toBe(QINGHAI);
    expect(result.national).toMatchObject({ docNumber: '国办发〔2016〕11号', source: NATIONAL });
    expect(result.summary.covered).toBeGreaterThan(0);
    expect(result.summary.covered + result.notTakenUp.length).toBe(result.summary.nationalTasks);
  });

  it('prints the human report, uncoloured unless asked', async () => {
    const plain = await cli(['trace', 'examples/qinghai-pharma', 'examples/national-pharma', '--no-color']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^examples\/qinghai-pharma\/qinghai-pharma\.txt → 国务院办公厅关于促进医药产业健康发展的指导意见\n/u);
    for (const heading of ['national tasks', 'local additions (no national source)', 'targets (provincial against national)']) expect(plain.stdout).toContain(`\n${heading}\n`);
    expect(plain.stdout).toContain('国家发展改革委 ↔ 省发展改革委');
    expect(plain.stdout).not.toMatch(ANSI);
    const coloured = await cli(['trace', 'examples/qinghai-pharma', 'examples/national-pharma', '--color']);
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout.replace(/\u001b\[\d+m/gu, '')).toBe(plain.stdout);
  });

  it('prints the HTML page with --format html: every national task, the same bytes from texts and registries', async () => {
    const fromRegistries = await cli(['trace', 'examples/qinghai-pharma', 'examples/national-pharma', '--format', 'html']);
    expect([fromRegistries.code, fromRegistries.stderr]).toEqual([0, '']);
    expect(fromRegistries.stdout.startsWith('<!doctype html>')).toBe(true);
    const result = JSON.parse((await cli(['trace', 'examples/qinghai-pharma', 'examples/national-pharma', '--format', 'json'])).stdout);
    const rows = fromRegistries.stdout.match(/<tr id="n\d+"[^>]*data-uptake="(?:taken|not-taken)"/gu) ?? [];
    expect(rows).toHaveLength(result.summary.nationalTasks);
    for (const t of result.tasks) expect(fromRegistries.stdout).toContain(`>${t.task.title}</span>`);
    expect(fromRegistries.stdout).toContain('data-verdict="stricter"');
    const fromTexts = await cli(['trace', QINGHAI, NATIONAL, '-f', 'html', '--quiet']);
    expect(fromTexts.code).toBe(0);
    expect(fromTexts.stdout).toBe(fromRegistries.stdout);
  });

  it('prints the compiler\'s warnings on a policy text to stderr, unless --quiet', async () => {
    const noisy = await cli(['trace', QINGHAI, 'examples/national-pharma', '--format', 'json']);
    expect(noisy.code).toBe(0);
    expect(noisy.stderr).toMatch(/^examples\/qinghai-pharma\/qinghai-pharma\.txt:\d+:\d+: warning .*\(heading-glued\)$/mu);
  });
});

describe('the README', () => {
  it('shows what policyc trace prints on the examples', async () => {
    const example = readmeExamples().find((e) => /policyc trace /u.test(e.command));
    expect(example, 'a trace example under "Trace and diff"').toBeDefined();
    const argv = /policyc (trace [^#\n]*)/u.exec(example!.command)![1]!.trim().split(/\s+/u);
    const { code, stdout } = await cli([...argv, '--no-color']);
    expect(code).toBe(0);
    expect(showsPrinted(example!.shown, stdout), stdout).toBe(true);
    expect(example!.shown.split('\n').filter((l) => l.trim() !== '…').length).toBeGreaterThan(10);
  });
});

describe('policyc trace: colour by default only on a terminal that takes colours', () => {
  const stream = (isTTY: boolean, colors: boolean) => ({ isTTY, hasColors: () => colors }) as unknown as NodeJS.WriteStream;
  it.each([
    [{}, stream(true, true), true],
    [{}, stream(true, false), false],
    [{}, stream(false, true), false],
    [{ color: true }, stream(false, false), true],
    [{ 'no-color': true }, stream(true, true), false],
  ])('%j on a stream (tty %#) → %s', (flags, out, expected) => {
    expect(wantsColor(flags, out)).toBe(expected);
  });
});

describe('policyc trace: inputs it cannot use exit 2', () => {
  it('prints its usage on --help, and is listed in policyc --help', async () => {
    const help = await cli(['trace', '--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: policyc trace <provincial> <national>/u);
    expect((await cli(['--help'])).stdout).toContain('policyc trace <provincial> <national>');
  });

  it.each([
    [[QINGHAI], /give two inputs/u],
    [[QINGHAI, NATIONAL, 'third.txt'], /give two inputs/u],
    [[QINGHAI, NATIONAL, '--format', 'sarif'], /unknown format "sarif" \(expected human, json, html\)/u],
    [[QINGHAI, NATIONAL, '--threshold', '2'], /--threshold takes a number from 0 to 1/u],
    [[QINGHAI, NATIONAL, '--bogus'], /Unknown option '--bogus'/u],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(['trace', ...argv]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });

  it('names each input it cannot read, and why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policyc-trace-'));
    writeFileSync(join(dir, 'broken.json'), '{"tasks": [');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ schemaVersion: '3.0.0', tasks: 'none' }));
    writeFileSync(join(dir, 'registry.ts'), readFileSync(join(ROOT, 'examples/qinghai-pharma/registry.ts')));
    writeFileSync(join(dir, 'notes.csv'), 'a,b\n');
    const cases: [string, RegExp][] = [
      ['missing.txt', /cannot read missing\.txt: no such file/u],
      ['broken.json', /cannot read broken\.json: not JSON/u],
      ['other.json', /cannot read other\.json: not a registry policyc reads \(model 3\.0\.0, .*required/u],
      ['registry.ts', /registry\.ts is not read here/u],
      ['notes.csv', /neither a registry .* nor a policy text/u],
      ['.', /no registry\.json or registry\.yaml or registry\.yml in this folder/u],
    ];
    for (const [input, message] of cases) {
      const { code, stdout, stderr } = await cli(['trace', input, join(ROOT, 'examples/national-pharma')], dir);
      expect([code, stdout], input).toEqual([2, '']);
      expect(stderr, input).toMatch(message);
    }
    // Both bad inputs are named, not just the first.
    const both = await cli(['trace', 'missing.txt', 'broken.json'], dir);
    expect(both.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('the inputs trace and diff compile on the spot', () => {
  it('are the files readPolicy reads: the extensions written out in compare-inputs agree with policyc\'s', () => {
    expect([...POLICY_EXTENSIONS].sort()).toEqual([...INPUT_EXTENSIONS].sort());
  });
});
