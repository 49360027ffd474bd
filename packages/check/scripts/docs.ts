/**
 * Writes the generated docs: docs/rules/*.md and docs/registry-format.md.
 * Run with `pnpm --filter @policyc/check docs` (or `UPDATE=1 pnpm test`); a test fails when the
 * committed pages differ from what this would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocs } from './render-docs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
for (const [path, content] of Object.entries(renderDocs())) {
  mkdirSync(dirname(root + path), { recursive: true });
  writeFileSync(root + path, content);
  process.stdout.write(`wrote ${path}\n`);
}
