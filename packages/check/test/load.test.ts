import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachSources, check, loadInputs } from '../src/index.js';
import { fixtureFiles } from './helpers.js';

function writeFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'policyc-check-'));
  mkdirSync(join(root, 'reg'));
  for (const [path, content] of Object.entries(fixtureFiles())) writeFileSync(join(root, path), content);
  // Examples are packages: a directory check must not take their package.json for a registry.
  writeFileSync(join(root, 'reg', 'package.json'), '{"name": "not a registry"}');
  writeFileSync(join(root, 'reg', 'notes.docx'), '');
  return root;
}

describe('loadInputs', () => {
  it('reads a directory\'s registry files and the policy text its document.source names', async () => {
    const root = writeFixture();
    const { files: loaded, problems } = await loadInputs(['reg'], root);
    const files = await attachSources(loaded, { cwd: root });
    expect(problems).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['reg/registry.yaml', 'reg/registry.json', 'reg/registry.ts', 'reg/registry.schema.json', 'reg/small.txt']);
  });

  it('finds the policy text for a registry file given on its own too', async () => {
    const root = writeFixture();
    const files = await attachSources((await loadInputs(['reg/registry.json'], root)).files, { cwd: root });
    expect(files.map((f) => f.path)).toEqual(['reg/registry.json', 'reg/small.txt']);
  });

  it('reports what it cannot read, as sentences', async () => {
    const root = writeFixture();
    mkdirSync(join(root, 'empty'));
    const { problems } = await loadInputs(['missing', 'empty', 'reg/notes.docx'], root);
    expect(problems).toEqual([
      'missing: no such file or directory',
      'empty: no registry files (registry.yaml, registry.yml, registry.json, registry.ts, registry.schema.json)',
      'reg/notes.docx: not a registry file (.yaml, .json, .ts) or a policy text (.txt, .md)',
    ]);
  });
});

describe('check(dir)', () => {
  it('checks a directory: clean fixture, no messages', async () => {
    const root = writeFixture();
    const result = await check(join(root, 'reg'), { typecheck: false });
    expect(result.messages).toEqual([]);
    expect(result.files).toHaveLength(5);
  });

  it('turns an unreadable input into an `input` error instead of throwing', async () => {
    const result = await check(join(tmpdir(), 'policyc-no-such-dir'));
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['input', 'error']]);
    expect(result.errorCount).toBe(1);
  });
});
