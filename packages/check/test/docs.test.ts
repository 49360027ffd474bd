/**
 * The committed docs are what the generator writes: rule pages from the rules' examples, the
 * format page from the schema. `UPDATE=1 pnpm test` (or `pnpm --filter @policyc/check docs`) rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/index.js';
import { renderDocs } from '../scripts/render-docs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pages = renderDocs();

describe('generated docs', () => {
  for (const [path, content] of Object.entries(pages)) {
    it(`${path} is up to date`, () => {
      if (process.env['UPDATE'] || !existsSync(root + path)) {
        mkdirSync(dirname(root + path), { recursive: true });
        writeFileSync(root + path, content);
      }
      expect(readFileSync(root + path, 'utf8')).toBe(content);
    });
  }

  it('has a page for every rule and no page for a rule that is gone', () => {
    const committed = readdirSync(`${root}docs/rules`).filter((f) => f !== 'README.md').sort();
    expect(committed).toEqual(RULES.map((r) => `${r.id}.md`).sort());
  });
});
