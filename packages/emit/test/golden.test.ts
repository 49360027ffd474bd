/**
 * The emitted files are committed next to the fixture; any change in output shows up as a diff.
 * `UPDATE=1 pnpm test` rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitAll } from '../src/index.js';
import { smallRegistry } from './fixtures/small.js';

const dir = new URL('./fixtures/small/', import.meta.url);

describe('golden outputs of the small fixture', () => {
  const files = emitAll(smallRegistry());
  for (const [name, content] of Object.entries(files)) {
    it(`${name} is byte-identical to the committed file`, () => {
      const file = new URL(name, dir);
      if (process.env['UPDATE'] || !existsSync(file)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, content);
      }
      expect(content).toBe(readFileSync(file, 'utf8'));
    });
  }
});
