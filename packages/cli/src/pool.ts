/**
 * Runs compile jobs on a pool of worker threads (tinypool), or one after another in this thread
 * when one thread is asked for or there is one job: a worker costs a start-up (loading the
 * compiler again), which one document does not repay.
 *
 * Results are handed to `onResult` as jobs finish, in whatever order that is; the caller orders
 * what it prints.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { Options } from 'tinypool';
import type { CompileJob, JobResult } from './worker.js';

/** The default `--jobs`: one thread per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function runJobs(jobs: readonly CompileJob[], threads: number, onResult: (index: number, result: JobResult) => void): Promise<void> {
  if (threads <= 1 || jobs.length <= 1) {
    const { default: compileDocument } = await import('./worker.js');
    for (const [index, job] of jobs.entries()) onResult(index, await guarded(job, () => compileDocument(job)));
    return;
  }
  const { default: Tinypool } = await import('tinypool');
  const worker = workerModule();
  const size = Math.min(threads, jobs.length);
  const pool = new Tinypool({ ...worker, minThreads: size, maxThreads: size, idleTimeout: 0 });
  // A worker that fails outside a job (one that cannot start) fails the jobs given to it, each
  // reported; unheard, the pool's own 'error' event would end the process with a trace.
  pool.on('error', () => {});
  try {
    await Promise.all(jobs.map(async (job, index) => {
      onResult(index, await guarded(job, () => pool.run(job) as Promise<JobResult>));
    }));
  } finally {
    await pool.destroy();
  }
}

/** A job whose worker failed (a bug, or a worker that ran out of memory) is one failed document, not a failed run. */
async function guarded(job: CompileJob, work: () => Promise<JobResult>): Promise<JobResult> {
  try {
    return await work();
  } catch (error) {
    const line = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { status: 'unreadable', reason: `cannot compile ${job.path}: ${line || 'the worker failed'}` };
  }
}

/**
 * The worker's file, and how its workers start. From the build it is worker.js on threads that
 * need nothing more. From the sources (tests, `pnpm policyc:src`, `pnpm bench`) it is worker.ts,
 * which needs tsx; Node 20 does not apply `--import` loader hooks in worker threads, so there
 * each worker is a child process started with tsx, reading the other packages' sources as this
 * process does (a test runner's module transforms do not reach into workers either).
 */
function workerModule(): Pick<Options, 'filename' | 'runtime' | 'execArgv' | 'env'> {
  const fromSources = import.meta.url.endsWith('.ts');
  const filename = fileURLToPath(new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url));
  if (!fromSources) return { filename, runtime: 'worker_threads' };
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return {
    filename,
    runtime: 'child_process',
    execArgv: ['--conditions=source', '--import', pathToFileURL(tsx).href],
    env: process.env as Record<string, string>,
  };
}
