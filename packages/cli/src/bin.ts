import { pathToFileURL } from 'node:url';
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

// Run when executed directly (`node …/bin.ts`); the published bin/policyc.js calls main() itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
