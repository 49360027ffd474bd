/**
 * Golden directories: each `examples/<case>/` holds a policy and the outputs policyc commits
 * for it (registry.json, registry.yaml, registry.ts, registry.schema.json, messages.txt).
 * The test regenerates them and fails on any drift; `UPDATE=1 pnpm test` rewrites them, and
 * the diff is reviewed like any other change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emitAll } from '@policyc/emit';
import { compile, readPolicy } from 'policyc';
import { describe, expect, it } from 'vitest';
import { exampleDocs } from './support/corpus.js';

const update = process.env.UPDATE === '1';

// As `policyc compile <policy> --out <its folder>` writes them: read from disk (encoding detected,
// bytes hashed), the source's path from the registry's folder.
const examples = await Promise.all(exampleDocs().map(async (doc) => {
  const file = await readPolicy(doc.path);
  file.data.bytes = readFileSync(doc.path);
  return { ...doc, result: compile(file, { registryDir: dirname(doc.path) }) };
}));

describe.each(examples)('example $id', (doc) => {
  const dir = dirname(doc.path);
  const { registry, messages } = doc.result;
  const files: Record<string, string> = {
    ...emitAll(registry),
    'messages.txt': messages.map((m) => `${m.line}:${m.column}: ${m.ruleId}: ${m.reason}\n`).join(''),
  };
  for (const [name, content] of Object.entries(files)) {
    it(`${name} is up to date`, () => {
      const path = join(dir, name);
      if (update) writeFileSync(path, content);
      expect(content, `${path} drifted: run UPDATE=1 pnpm test and review the diff`).toBe(readFileSync(path, 'utf8'));
    });
  }
});
