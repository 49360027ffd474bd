import { run } from './run.js';

/** The process entry point: wires `run` to the real streams and exit code. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/bin.ts')) void main();
