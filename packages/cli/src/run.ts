/**
 * The command line as a function: `run(argv, io) → exit code`, easy to call from tests.
 * A thin shell over the library: argument parsing, file I/O, printing.
 */

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export const USAGE = `policyc — compile Chinese government policy documents into task registries

Usage:
  policyc compile <file | folder | glob | -…> [--out <dir>] [--format json|yaml|ts|schema|xlsx|csv|html|all] [--merge <registry.yaml>]
  policyc check <dir | files…> [--format human|json|sarif]
  policyc build <registry.yaml>
  policyc trace <provincial> <national> [--format human|json]
  policyc diff <old> <new> [--format human|json]
  policyc --help | --version

Run "policyc <command> --help" for a command's options.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'compile': {
      // Each command is loaded on demand: `--help` needs none of the compiler.
      const { compileCommand } = await import('./compile-command.js');
      return compileCommand(rest, io);
    }
    case 'check': {
      // Loaded on demand: checking pulls in ts-morph, which compiling never needs.
      const [{ runCheck }, { parsePolicy }] = await Promise.all([import('./check-command.js'), import('@policyc/parse')]);
      return runCheck(rest, io, { parse: ({ path, text }) => parsePolicy(text, { markdown: /\.(md|markdown)$/iu.test(path) }) });
    }
    case 'build': {
      const { buildCommand } = await import('./build-command.js');
      return buildCommand(rest, io);
    }
    case 'trace': {
      const { traceCommand } = await import('./trace-command.js');
      return traceCommand(rest, io);
    }
    case 'diff': {
      const { diffCommand } = await import('./diff-command.js');
      return diffCommand(rest, io);
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
