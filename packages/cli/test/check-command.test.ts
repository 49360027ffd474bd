import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitAll } from '@policyc/emit';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/check-command.js';
import { SMALL_SOURCE, SMALL_TEXT, smallRegistry } from '../../emit/test/fixtures/small.js';

function workspace(edit?: (yaml: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'policyc-cli-'));
  mkdirSync(join(root, 'reg'));
  for (const [name, content] of Object.entries(emitAll(smallRegistry()))) {
    writeFileSync(join(root, 'reg', name), name === 'registry.yaml' && edit ? edit(content) : content);
  }
  writeFileSync(join(root, 'reg', SMALL_SOURCE), SMALL_TEXT);
  return root;
}

async function cli(args: string[], cwd: string, dependencies = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCheck(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd }, dependencies);
  return { code, stdout, stderr };
}

const unknownUnit = (yaml: string) => yaml.replace('    assist:\n      - 省发展改革委', '    assist:\n      - 省发展改革局');

describe('policyc check', () => {
  it('exits 0 and says so on a clean registry folder', async () => {
    const { code, stdout, stderr } = await cli(['reg'], workspace());
    expect([code, stdout, stderr]).toEqual([0, 'No problems in 5 files.\n', '']);
  });

  it('exits 1 with a tsc-like report when a hand edit breaks the YAML', async () => {
    const { code, stdout } = await cli(['reg', '--no-typecheck'], workspace(unknownUnit));
    expect(code).toBe(1);
    expect(stdout).toContain("reg/registry.yaml:93:9 - error unknown-unit: Task task-2.1 names unit '省发展改革局'");
    expect(stdout).toContain('> 93 |       - 省发展改革局');
  });

  it('prints JSON and SARIF on request', async () => {
    const root = workspace(unknownUnit);
    const json = await cli(['reg', '--format', 'json', '--no-typecheck'], root);
    expect(JSON.parse(json.stdout).messages.map((m: { ruleId: string }) => m.ruleId)).toContain('unknown-unit');
    const sarif = await cli(['reg', '--format=sarif', '--no-typecheck'], root);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
    expect(sarif.code).toBe(1);
  });

  it('checks single files, and reads --source for the policy text', async () => {
    const root = workspace();
    writeFileSync(join(root, 'policy.txt'), SMALL_TEXT);
    const { code } = await cli(['reg/registry.yaml', '--source', 'policy.txt'], root);
    expect(code).toBe(0);
  });

  it('passes the injected parser\'s findings through', async () => {
    const parse = () => ({ messages: [{ ruleId: 'heading-glued', reason: 'Heading （二） is glued', start: 10, end: 13 }] });
    const { code, stdout } = await cli(['reg', '--no-typecheck'], workspace(), { parse });
    expect(code).toBe(0);
    expect(stdout).toContain('reg/small.txt:1:11 - warning heading-glued: Heading （二） is glued');
  });

  it('prints its usage on --help and exits 0', async () => {
    const { code, stdout } = await cli(['--help'], workspace());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: policyc check <dir \| files…>/u);
    expect(stdout).toContain('--format <f>      human (default), json or sarif');
  });

  it.each([
    [['reg', '--format', 'xml'], 'policyc check: unknown format "xml" (expected human, json, sarif)'],
    [['missing-dir'], 'policyc check: missing-dir: no such file or directory'],
    [[], 'policyc check: nothing to check: give a registry folder or files'],
    [['reg', '--bogus'], "policyc check: Unknown option '--bogus'"],
    [['reg', '--source', 'nope.txt'], 'policyc check: nope.txt: no such file'],
  ])('exits 2 with a clear error for %j', async (args, error) => {
    const { code, stderr, stdout } = await cli(args, workspace());
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toContain(error);
    expect(stdout).toBe('');
  });
});
