import { pathToFileURL } from 'node:url';
import { ioCause } from './io-errors.js';
import { run } from './run.js';

/** The process entry point: wires `run` to the real streams and exit code. */
export async function main(): Promise<void> {
  const stdout = quietOnClose(process.stdout);
  const stderr = quietOnClose(process.stderr);
  const code = await run(process.argv.slice(2), {
    stdout: stdout.write, stderr: stderr.write, cwd: process.cwd(), stderrIsTTY: process.stderr.isTTY === true, stderrColumns: process.stderr.columns,
  });
  // Output that could not be written (a full disk behind a redirect) is a run that did not finish.
  if (stdout.failure) stderr.write(`policyc: cannot write the output: ${ioCause(stdout.failure)}\n`);
  process.exitCode = stdout.failure ? 2 : code;
}

export interface QuietWriter {
  write(text: string): void;
  /** The stream's error, other than its reader going away. */
  readonly failure: NodeJS.ErrnoException | undefined;
}

/**
 * A writer that stops quietly once the reader has gone (`policyc compile … | head`): the stream
 * then reports EPIPE as an 'error' event, which unhandled would end the process with a trace.
 * The run itself goes on, so files being written under --out are still finished.
 */
export function quietOnClose(stream: NodeJS.WritableStream): QuietWriter {
  let closed = false;
  let failure: NodeJS.ErrnoException | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE') failure ??= error;
  });
  return {
    write: (text) => {
      if (!closed) stream.write(text);
    },
    get failure() {
      return failure;
    },
  };
}

// Run when executed directly (`node …/bin.ts`); the published bin/policyc.js calls main() itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
