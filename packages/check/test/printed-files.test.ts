/**
 * A registry.json or registry.ts on disk whose text is exactly what policyc prints for the
 * primary's data is not read (issue 8: memory): it could say nothing else. For registry.ts that
 * holds only while the primary's rules find no error, since policyc's printing of data with an
 * error (a unit no list names) does not compile. Either way the report must be the one the files
 * get when they are given with their text and judged in full.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitAll } from '@policyc/emit';
import type { Registry } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { checkFiles, formatJson, loadInputs } from '../src/index.js';
import { SMALL_SOURCE, SMALL_TEXT, smallRegistry } from './helpers.js';

/** The check of `files` given with their text, and of the same files read from disk. */
async function givenAndOnDisk(files: Record<string, string>): Promise<[string, string]> {
  const given = checkFiles(Object.entries(files).map(([path, content]) => ({ path, content })));
  const root = mkdtempSync(join(tmpdir(), 'policyc-printed-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const loaded = await loadInputs(Object.keys(files), root, { defer: true });
  return [formatJson(given), formatJson(checkFiles(loaded.files))];
}

/** Every output of `registry` under reg/, with the policy text; registry.yaml from `primary`. */
function outputs(registry: Registry, primary: Registry = registry): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(emitAll(registry))) files[`reg/${name}`] = content;
  files['reg/registry.yaml'] = emitAll(primary)['registry.yaml']!;
  files[`reg/${SMALL_SOURCE}`] = SMALL_TEXT;
  return files;
}

describe('files printed from the primary\'s data', () => {
  it('give the same report unread as read, on a clean registry', async () => {
    const [given, onDisk] = await givenAndOnDisk(outputs(smallRegistry()));
    expect(onDisk).toBe(given);
  });

  it('are read when the primary has an error: a registry.ts naming an unknown unit still fails to compile', async () => {
    const broken = smallRegistry();
    broken.tasks[0]!.lead = ['省经济和信息化局'];
    const [given, onDisk] = await givenAndOnDisk(outputs(broken));
    expect(JSON.parse(given).messages.some((m: { ruleId: string; file: string }) => m.ruleId === 'ts-compile' && m.file === 'reg/registry.ts')).toBe(true);
    expect(onDisk).toBe(given);
  }, 60_000);

  it('are type-checked when only some rules run: a dangling unit is then named by no rule before', () => {
    const broken = smallRegistry();
    broken.tasks[0]!.lead = ['省经济和信息化局'];
    const files = Object.entries(outputs(broken)).map(([path, content]) => ({ path, content }));
    const found = checkFiles(files, { rules: ['ts-compile'] }).messages;
    expect(found.some((m) => m.ruleId === 'ts-compile' && m.file === 'reg/registry.ts' && m.reason.includes('省经济和信息化局'))).toBe(true);
  }, 60_000);
});
