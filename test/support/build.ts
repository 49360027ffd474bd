/**
 * The packages built to dist/ and the CLI bundled, once, for the tests that run what users install
 * (the built CLI, packed tarballs). Test files run in parallel workers: a lock folder keeps two `tsc -b` from
 * writing the same dist/ files at once; the second finds the build up to date.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './corpus.js';

const LOCK = join(ROOT, 'node_modules/.cache/policyc-build.lock');
/** A lock older than this was left by a killed run. */
const STALE_MS = 5 * 60_000;

/** Builds every package (incremental) and bundles the CLI; throws with the output when either fails. */
export function buildPackages(): void {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  acquire();
  try {
    const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-b', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
    // Type errors are the type-check's to report (`pnpm test` runs it first); JavaScript is still written.
    if (result.status !== 0 && result.status !== 1 && result.status !== 2) throw new Error(`tsc -b failed: ${result.stdout}${result.stderr}`);
    // The installed CLI (bin/policyc.js) runs the bundle made from dist/.
    const bundled = spawnSync(process.execPath, [join(ROOT, 'packages/cli/scripts/bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (bundled.status !== 0) throw new Error(`bundling the CLI failed: ${bundled.stdout}${bundled.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function acquire(): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}
