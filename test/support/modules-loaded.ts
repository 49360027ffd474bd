/**
 * Which modules a piece of code loads, for the tests that keep heavy libraries off the paths that
 * do not use them (issue 9). The code runs in a fresh Node process (through tsx, on the sources)
 * that records every ES module it resolves, by a resolve hook, and every CommonJS module in
 * require's cache; no timing is involved.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './corpus.js';

/** Posts every resolved URL to the main thread (hooks run on a thread of their own). */
const HOOK = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;

/**
 * Runs `body` (an ES module body: it may `await import(…)`, read `process.argv[1…]` from
 * `args`, and set `result`) and returns the modules loaded meanwhile (file paths and URLs) and
 * the `result` it set. Throws when the process writes to stderr, so a broken body cannot pass.
 */
export function modulesLoaded(body: string, args: string[] = []): { modules: string[]; result: unknown } {
  const child = `
import { createRequire, register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}), { data: { port: port2 }, transferList: [port2] });
let result = null;
${body}
const modules = Object.keys(createRequire(import.meta.url).cache);
for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) modules.push(m.message);
port1.close();
process.stdout.write(JSON.stringify({ modules, result }));
`;
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', child, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.stderr !== '' || run.status !== 0) throw new Error(`the recording process failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as { modules: string[]; result: unknown };
}

/** The npm packages among `modules` (pnpm's real paths end in …/node_modules/<name>/…: the last such segment names it). */
export function packagesOf(modules: readonly string[]): Set<string> {
  return new Set(modules.flatMap((path) => /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/u.exec(path)?.[1] ?? []));
}
