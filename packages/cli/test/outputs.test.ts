import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitAll } from '@policyc/emit';
import { describe, expect, it } from 'vitest';
import { RECORD_NAME, writeOutputs } from '../src/outputs.js';
import { smallRegistry } from '../../emit/test/fixtures/small.js';

describe('writeOutputs', () => {
  it('writes every format into a new directory and returns the paths, in order', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'policyc-out-')), 'nested', 'out');
    const written = await writeOutputs(smallRegistry(), dir);
    const names = ['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json', 'registry.xlsx', 'registry.html'];
    expect(written).toEqual({ status: 'written', paths: names.map((name) => join(dir, name)) });
    const emitted = emitAll(smallRegistry());
    for (const name of names.slice(0, 4)) expect(readFileSync(join(dir, name), 'utf8')).toBe(emitted[name]);
    // The workbook is a zip file; the report one HTML page.
    expect(readFileSync(join(dir, 'registry.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(join(dir, 'registry.html'), 'utf8')).toMatch(/^<!doctype html>/iu);
  });

  it('writes only the formats asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policyc-out-'));
    expect(await writeOutputs(smallRegistry(), dir, ['yaml'])).toEqual({ status: 'written', paths: [join(dir, 'registry.yaml')] });
    expect(readdirSync(dir).sort()).toEqual([RECORD_NAME, 'registry.yaml']);
  });
});
