/**
 * SLOW (about a minute): the packages as a new user gets them. Builds the workspace, packs every
 * package with `pnpm -r pack` (its `prepack` builds), checks the tarballs (publint,
 * @arethetypeswrong/cli, no `workspace:` or `catalog:` range left), installs `policyc` alone into a
 * fresh project with npm, then runs what a user would: `import { compile } from 'policyc'`,
 * `require('policyc')`, `tsc` on a file importing the public types under `nodenext` and `bundler`,
 * and the `policyc` command from node_modules/.bin.
 *
 * npm installs with --prefer-offline: third-party packages come from npm's cache when it has them
 * (on a machine that ran this test before, with no network at all) and from the registry otherwise.
 */
import { execFile, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackages } from './support/build.js';
import { ROOT } from './support/corpus.js';

const requireFromRoot = createRequire(join(ROOT, 'package.json'));
const TSC = requireFromRoot.resolve('typescript/bin/tsc');
const ATTW = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
const PUBLINT = join(ROOT, 'node_modules/publint/src/cli.js');
const REFERENCE = join(ROOT, 'examples/qinghai-pharma/qinghai-pharma.txt');

interface Packed {
  tarball: string;
  /** The extracted package folder. */
  dir: string;
  manifest: { name: string; version: string; private?: boolean; [key: string]: unknown };
}

let work: string;
let project: string;
let packed: Packed[] = [];

/** The environment without the package manager's own variables (pnpm's would steer npm). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^p?npm_/iu.test(key)));
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
}

function must(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}\n${result.error ?? ''}`);
  return result.stdout;
}

/** pnpm as it runs this test (`pnpm test` sets npm_execpath), else the README's `npx -y pnpm@10`. */
function pnpm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const execPath = process.env['npm_execpath'];
  return execPath && /pnpm/u.test(basename(execPath))
    ? run(process.execPath, [execPath, ...args], cwd)
    : run('npx', ['-y', 'pnpm@10', ...args], cwd);
}

beforeAll(() => {
  buildPackages();
  work = mkdtempSync(join(tmpdir(), 'policyc-pack-'));
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  must(pnpm(['-r', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], ROOT), 'pnpm -r pack');
  packed = readdirSync(tarballs).filter((name) => name.endsWith('.tgz')).map((name) => {
    const dir = join(work, 'unpacked', name.replace(/\.tgz$/u, ''));
    mkdirSync(dir, { recursive: true });
    must(run('tar', ['-xzf', join(tarballs, name), '-C', dir], work), `tar ${name}`);
    const manifest = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8')) as Packed['manifest'];
    return { tarball: join(tarballs, name), dir: join(dir, 'package'), manifest };
  });

  // A fresh project that depends on `policyc` only; the other packages of the workspace are not
  // on a registry, so npm takes them from their tarballs wherever they are needed.
  project = join(work, 'project');
  mkdirSync(project);
  const overrides = Object.fromEntries(packed.filter((p) => p.manifest.name !== 'policyc').map((p) => [p.manifest.name, `file:${p.tarball}`]));
  const policyc = packed.find((p) => p.manifest.name === 'policyc');
  if (!policyc) throw new Error('pnpm -r pack wrote no policyc tarball');
  writeFileSync(join(project, 'package.json'), JSON.stringify({
    name: 'fresh-project', private: true, type: 'module', dependencies: { policyc: `file:${policyc.tarball}` }, overrides,
  }, null, 2));
  must(run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], project), 'npm install');
}, 300_000);

// Removing the fresh project's node_modules can outlast the default hook timeout on a busy machine.
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('the packed packages', () => {
  it('pack every package of packages/', () => {
    const names = packed.map((p) => p.manifest.name);
    const workspace = readdirSync(join(ROOT, 'packages'))
      .filter((dir) => existsSync(join(ROOT, 'packages', dir, 'package.json')))
      .map((dir) => JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as { name: string; private?: boolean })
      .filter((manifest) => !manifest.private)
      .map((manifest) => manifest.name);
    expect(names.sort()).toEqual(workspace.sort());
    expect(names).toContain('policyc');
    expect(names).toContain('@policyc/cli');
  });

  it('name versions a registry can resolve: no workspace: or catalog: range is left', () => {
    for (const { manifest } of packed) {
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const) {
        for (const [name, range] of Object.entries((manifest[field] ?? {}) as Record<string, string>)) {
          expect(range, `${manifest.name} ${field} ${name}`).not.toMatch(/^(workspace|catalog):/u);
        }
      }
    }
  });

  it('ship their build, licence and readme, and no build-info or TypeScript-only export', () => {
    for (const { dir, manifest } of packed) {
      expect(existsSync(join(dir, 'dist/index.js')), `${manifest.name} dist/index.js`).toBe(true);
      expect(existsSync(join(dir, 'dist/index.d.ts')), `${manifest.name} dist/index.d.ts`).toBe(true);
      expect(readFileSync(join(dir, 'LICENSE'), 'utf8'), `${manifest.name} LICENSE`).toMatch(/^MIT License/u);
      expect(existsSync(join(dir, 'dist/.tsbuildinfo')), `${manifest.name} .tsbuildinfo`).toBe(false);
      // Node cannot run TypeScript from node_modules: the development-only `source` condition stays home.
      expect(JSON.stringify(manifest['exports']), manifest.name).not.toContain('"source"');
    }
  });

  it('pass publint --strict', () => {
    for (const { dir, manifest } of packed) {
      const result = run(process.execPath, [PUBLINT, dir, '--strict', '--pack', 'false'], work);
      expect(result.status, `${manifest.name}:\n${result.stdout}${result.stderr}`).toBe(0);
    }
  });

  it('pass @arethetypeswrong/cli for ES module consumers (node16 and bundler)', async () => {
    const attw = promisify(execFile);
    const results = await Promise.allSettled(packed.map(({ tarball }) => attw(process.execPath, [ATTW, tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'], { env: cleanEnv() })));
    for (const [index, result] of results.entries()) {
      const reason = result.status === 'rejected' ? String((result.reason as { stdout?: string }).stdout ?? result.reason) : '';
      expect(result.status, `${packed[index]!.manifest.name}:\n${reason}`).toBe('fulfilled');
    }
  }, 180_000);
});

describe('policyc installed alone with npm into a fresh project', () => {
  const policy = '一、重点任务\n（一）推动中药材规范种植。省农业农村厅牵头，省林草局配合。到2027年，种植面积达到50万亩。\n';

  it('runs `import { compile } from "policyc"`', () => {
    writeFileSync(join(project, 'import.mjs'), [
      "import { compile } from 'policyc';",
      `const { registry } = compile(${JSON.stringify(policy)});`,
      'console.log(JSON.stringify({ tasks: registry.tasks.length, lead: registry.tasks[0]?.lead, targets: registry.targets.length }));',
    ].join('\n'));
    const out = JSON.parse(must(run(process.execPath, ['import.mjs'], project), 'import policyc'));
    expect(out).toEqual({ tasks: 1, lead: ['省农业农村厅'], targets: 1 });
  });

  it('runs `require("policyc")` (require of ES modules, Node ≥ 20.19)', () => {
    writeFileSync(join(project, 'require.cjs'), [
      "const { compile } = require('policyc');",
      `console.log(compile(${JSON.stringify(policy)}).registry.tasks.length);`,
    ].join('\n'));
    expect(must(run(process.execPath, ['require.cjs'], project), 'require policyc').trim()).toBe('1');
  });

  it.each([
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks a file importing the public types under moduleResolution %s', (name, options) => {
    writeFileSync(join(project, 'use.ts'), [
      "import { compile, type Registry, type Section, type Target, type Task, type Unit } from 'policyc';",
      `const registry: Registry = compile(${JSON.stringify(policy)}).registry;`,
      'const task: Task | undefined = registry.tasks[0];',
      'const units: readonly Unit[] = registry.units;',
      'const sections: readonly Section[] = registry.sections;',
      'const target: Target | undefined = registry.targets[0];',
      'export const lead: readonly string[] = task?.lead ?? [];',
      'export const summary = [units.length, sections.length, target?.value];',
      // A wrong use must fail, or the check proves nothing.
      '// @ts-expect-error: a task has no `owner`',
      'export const owner = task?.owner;',
    ].join('\n'));
    writeFileSync(join(project, `tsconfig.${name}.json`), JSON.stringify({
      compilerOptions: { ...options, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
      files: ['use.ts'],
    }));
    const result = run(process.execPath, [TSC, '-p', `tsconfig.${name}.json`], project);
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs the policyc command from node_modules/.bin on the reference example', () => {
    const bin = join(project, 'node_modules/.bin/policyc');
    expect(must(run(bin, ['--help'], project), 'policyc --help')).toMatch(/^Usage:/mu);
    const registry = JSON.parse(must(run(bin, ['compile', REFERENCE, '--format', 'json', '--quiet'], project), 'policyc compile'));
    expect(registry.tasks.length).toBeGreaterThan(0);
    expect(registry.units.length).toBeGreaterThan(0);
    // No TypeScript sources and no tsx: the command runs what was built.
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false);
  });
});
