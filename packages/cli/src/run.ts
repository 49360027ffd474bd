/**
 * The command line as a function: `run(argv, io) → exit code`, easy to call from tests.
 * A thin shell over the library: argument parsing, file I/O, printing.
 */
import { parsePolicy } from '@policyc/parse';
import { compileCommand } from './compile-command.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export const USAGE = `policyc — compile Chinese government policy documents into task registries

Usage:
  policyc compile <file…> [--out <dir>] [--format json|yaml|ts|schema|all]
  policyc check <dir | files…> [--format human|json|sarif]
  policyc --help | --version

Run "policyc <command> --help" for a command's options.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'compile':
      return compileCommand(rest, io);
    case 'check': {
      // Loaded on demand: checking pulls in ts-morph, which compiling never needs.
      const { runCheck } = await import('./check-command.js');
      return runCheck(rest, io, { parse: ({ path, text }) => parsePolicy(text, { markdown: /\.(md|markdown)$/iu.test(path) }) });
    }
    case '--version':
    case '-v':
      io.stdout('0.1.0\n');
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE);
      return 0;
    default:
      io.stderr(`policyc: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
