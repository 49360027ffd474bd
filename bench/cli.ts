/**
 * End-to-end CLI time: a fresh process compiling the reference policy to all outputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function cliTime(root: string, referencePath: string, runs = 3): string {
  const out = mkdtempSync(join(tmpdir(), 'policyc-bench-'));
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'packages/cli/src/bin.ts'), 'compile', referencePath, '--out', out, '--quiet'], { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) return `CLI failed: ${result.stderr}`;
      samples.push(performance.now() - t);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  samples.sort((a, b) => a - b);
  return `policyc compile <reference> --out <dir> (all formats, a fresh process, sources run through tsx): median ${samples[Math.floor(samples.length / 2)]!.toFixed(0)} ms over ${runs} runs`;
}
