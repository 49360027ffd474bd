/**
 * Start-up loads only what a command uses: the built CLI's `--help`, `compile --format json` and
 * `--format ts` load neither ts-morph nor TypeScript (`check`'s type-check of an edited registry.ts only), mammoth/rehype
 * (.docx and .html inputs only) nor exceljs/csv-stringify (the workbook and the CSV only). Every module the process loads is recorded, ES modules by a
 * resolve hook and CommonJS ones from the require cache at exit, and the modules bundled into each
 * loaded file of the CLI's bundle from its build's metafile; no timing is involved.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackages } from './support/build.js';
import { ROOT } from './support/corpus.js';

const BIN = join(ROOT, 'packages/cli/bin/policyc.js');
const REFERENCE = join(ROOT, 'examples/qinghai-pharma/qinghai-pharma.txt');
/**
 * The heavy packages, as they appear in a resolved path: besides those above, yaml (YAML output),
 * chardet (text that is not UTF-8), remark/micromark (Markdown input) and ajv's compiler (the
 * registry's validator is generated at build time; only ajv's small runtime helpers may load).
 */
const HEAVY = /[\\/]node_modules[\\/](ts-morph|@ts-morph[\\/]common|typescript|mammoth|rehype-[a-z-]+|hast-util-[a-z-]+|exceljs|csv-stringify|yaml|chardet|remark-parse|micromark|ajv[\\/]dist[\\/](?:core|compile))[\\/]/u;

const RECORDER = `
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
const file = process.env.POLICYC_RECORD;
const require = createRequire(import.meta.url);
register('./hooks.mjs', import.meta.url, { data: { file } });
process.on('exit', () => appendFileSync(file, Object.keys(require.cache).map((path) => path + '\\n').join('')));
`;
const HOOKS = `
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
let file;
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.startsWith('file:')) appendFileSync(file, fileURLToPath(result.url) + '\\n');
  return result;
}
`;

let dir: string;

beforeAll(() => {
  buildPackages();
  dir = mkdtempSync(join(tmpdir(), 'policyc-startup-'));
  writeFileSync(join(dir, 'record.mjs'), RECORDER);
  writeFileSync(join(dir, 'hooks.mjs'), HOOKS);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files a run of the built CLI loaded, and its exit code. */
function loaded(args: string[]): { files: string[]; status: number | null } {
  const record = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(record, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'record.mjs')).href, BIN, ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, POLICYC_RECORD: record },
  });
  const files = readFileSync(record, 'utf8').split('\n').filter(Boolean);
  return { files: [...files, ...files.flatMap(bundledModules)], status: result.status };
}

/**
 * The modules a loaded file of the CLI's bundle holds (its build's metafile says), as paths: a
 * module bundled in is loaded when the file holding it is.
 */
function bundledModules(file: string): string[] {
  const bundle = join(ROOT, 'packages/cli/dist/bundle');
  if (!file.startsWith(bundle)) return [];
  const meta = JSON.parse(readFileSync(join(bundle, 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const output = meta.outputs[relative(join(ROOT, 'packages/cli'), file).split(sep).join('/')];
  return output === undefined ? [] : Object.keys(output.inputs).map((input) => join(ROOT, 'packages/cli', input));
}

const heavy = (files: string[]) => [...new Set(files.flatMap((file) => HEAVY.exec(file)?.[1] ?? []))].sort();

describe('the built CLI loads only what a command uses', () => {
  it('--help loads none of the compiler', () => {
    const { files, status } = loaded(['--help']);
    expect(status).toBe(0);
    expect(heavy(files)).toEqual([]);
    expect(files.some((file) => /[\\/]packages[\\/]cli[\\/]dist[\\/]run\.js$/u.test(file))).toBe(true);
    expect(files.filter((file) => /[\\/]packages[\\/](extract|emit)[\\/]/u.test(file))).toEqual([]);
  });

  it('compile --format json loads neither ts-morph, TypeScript, mammoth nor rehype', () => {
    const { files, status } = loaded(['compile', REFERENCE, '--format', 'json', '--quiet']);
    expect(status).toBe(0);
    // The recorder sees the ES modules the compiler is made of …
    expect(files.some((file) => /[\\/]packages[\\/]extract[\\/]dist[\\/]/u.test(file))).toBe(true);
    expect(heavy(files)).toEqual([]);
  });

  it('compile --format xlsx does load exceljs', () => {
    const out = mkdtempSync(join(tmpdir(), 'policyc-startup-out-'));
    const { files, status } = loaded(['compile', REFERENCE, '--format', 'xlsx', '--out', out, '--quiet']);
    rmSync(out, { recursive: true, force: true });
    expect(status).toBe(0);
    expect(heavy(files)).toContain('exceljs');
    expect(heavy(files)).not.toContain('ts-morph');
  });

  it('compile --format ts loads neither ts-morph nor TypeScript: its interfaces were printed at build time', () => {
    const { files, status } = loaded(['compile', REFERENCE, '--format', 'ts', '--quiet']);
    expect(status).toBe(0);
    expect(heavy(files)).toEqual([]);
  });

  it('check type-checks a registry.ts edited since policyc printed it, so loads ts-morph (the recorder sees CommonJS loads too)', () => {
    const out = mkdtempSync(join(tmpdir(), 'policyc-startup-out-'));
    const compiled = loaded(['compile', REFERENCE, '--format', 'json,ts', '--out', out, '--quiet']);
    // As printed, registry.ts says what registry.json says and compiles: nothing to type-check.
    const untouched = loaded(['check', out]);
    appendFileSync(join(out, 'registry.ts'), '\n// reviewed\n');
    const { files, status } = loaded(['check', out]);
    rmSync(out, { recursive: true, force: true });
    expect([compiled.status, untouched.status, status]).toEqual([0, 0, 0]);
    expect(heavy(untouched.files)).not.toContain('ts-morph');
    expect(heavy(files)).toContain('ts-morph');
  });
});
