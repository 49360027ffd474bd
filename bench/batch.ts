/**
 * Batch compile: documents per second for a folder of 1,000 documents (the shared corpus's
 * policies repeated), through the built CLI with `--jobs 1` (no workers) and with one worker per
 * core, registry.json and the index written (`--format json`: the other emitters have benchmarks
 * of their own, and all of them would make this one take minutes). The CLI's own summary table is
 * not parsed: the wall-clock time of the whole process is what a team waits for.
 *
 * Runs on its own too: `node --import tsx bench/batch.ts`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './cli.js';
import { table } from './measure.js';

const POLICY_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.docx']);

export function batchThroughput(root: string, corpus: string, documents = 1000): string {
  const failed = build(root);
  if (failed) return failed;
  const policies = readdirSync(corpus).filter((name) => POLICY_EXTENSIONS.has(extname(name)) && !name.includes('.gold.')).sort();
  if (policies.length === 0) return `no policies in ${corpus}`;
  const work = mkdtempSync(join(tmpdir(), 'policyc-batch-bench-'));
  try {
    // Folders of 100, as a team's archive is kept; each copy its own file, so nothing is cached by name.
    let bytes = 0;
    for (let i = 0; i < documents; i++) {
      const name = policies[i % policies.length]!;
      const folder = join(work, 'in', `part-${String(Math.floor(i / 100)).padStart(2, '0')}`);
      mkdirSync(folder, { recursive: true });
      const target = join(folder, `${String(i).padStart(4, '0')}-${name}`);
      copyFileSync(join(corpus, name), target);
      bytes += statSync(target).size;
    }
    const bin = join(root, 'packages/cli/bin/policyc.js');
    const cores = availableParallelism();
    const rows: (string | number)[][] = [['--jobs', 'seconds', 'documents/s', 'MB/s', '']];
    let single = 0;
    for (const jobs of [...new Set([1, cores])]) {
      const out = join(work, `out-${jobs}`);
      const started = performance.now();
      const result = spawnSync(process.execPath, [bin, 'compile', join(work, 'in'), '--out', out, '--format', 'json', '--jobs', String(jobs), '--quiet'], { encoding: 'utf8' });
      const seconds = (performance.now() - started) / 1000;
      // 1 is a document with problems, still compiled; 2 a document that could not be read or written.
      if (result.status !== 0 && result.status !== 1) return `batch compile failed (--jobs ${jobs}): ${result.stderr.split('\n')[0]}`;
      const rate = documents / seconds;
      if (jobs === 1) single = rate;
      rows.push([jobs === 1 ? '1 (no workers)' : `${jobs} (one per core)`, seconds.toFixed(1), rate.toFixed(1), (bytes / 1e6 / seconds).toFixed(1), jobs === 1 ? '' : `${(rate / single).toFixed(2)}× --jobs 1`]);
      rmSync(out, { recursive: true, force: true });
    }
    return `${table(rows)}\n(${documents} documents, ${(bytes / 1e6).toFixed(1)} MB: the corpus's ${policies.length} policies repeated; built CLI, registry.json + index, one run each)`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  console.log(batchThroughput(root, resolve(root, '../shared/corpus')));
}
