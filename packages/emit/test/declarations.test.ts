/**
 * The interfaces of `registry.ts` are printed by ts-morph at build time
 * (scripts/generate-declarations.ts): the committed file is what the script prints for the
 * current schema, and the emitter writes it as it stands. `UPDATE=1 npx vitest run
 * packages/emit/test/declarations.test.ts` rewrites it (as `pnpm --filter @policyc/emit
 * generate` does); review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declarationsSource, GENERATED_PATH, printDeclarations } from '../scripts/generate-declarations.js';
import { emitTypeScript } from '../src/index.js';
import { REGISTRY_DECLARATIONS } from '../src/ts/declarations.generated.js';
import { smallRegistry } from './fixtures/small.js';

describe('the registry declarations printed at build time', () => {
  it('the committed file is what the generator writes for the current schema', () => {
    const expected = declarationsSource();
    if (process.env.UPDATE === '1') writeFileSync(GENERATED_PATH, expected);
    expect(readFileSync(GENERATED_PATH, 'utf8') === expected, `${GENERATED_PATH} is stale: run \`pnpm --filter @policyc/emit generate\` (or UPDATE=1) and review the diff`).toBe(true);
  });

  it('the module holds the printed text as it was printed (escapes round-trip)', () => {
    expect(REGISTRY_DECLARATIONS).toBe(printDeclarations());
    expect(REGISTRY_DECLARATIONS).toMatch(/^export interface Registry \{$/mu);
  });

  it('registry.ts carries them between the id unions and the data', () => {
    const text = emitTypeScript(smallRegistry());
    const at = text.indexOf(REGISTRY_DECLARATIONS);
    expect(at).toBeGreaterThan(text.indexOf('export type TargetId'));
    expect(at).toBeLessThan(text.indexOf('export const registry'));
  });
});
