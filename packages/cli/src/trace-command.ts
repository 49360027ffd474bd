/**
 * `policyc trace <provincial> <national> [--format human|json]`: for each national task, the
 * provincial tasks that implement it; national tasks not taken up; local additions; targets side
 * by side. Exit codes: 0 done, 2 could not run.
 */
import { formatJson, formatTrace, trace } from '@policyc/compare';
import { readArgs } from './args.js';
import type { Registry } from '@policyc/model';
import { readCompareInputs, readThreshold, wantsColor } from './compare-inputs.js';
import type { Io } from './run.js';

export const TRACE_USAGE = `Usage: policyc trace <provincial> <national> [--format human|json] [--threshold <n>]

Traces a provincial policy to the national one it implements: for each national task, the
provincial tasks that take it up (score, shared words, units matched across levels, deadlines);
national tasks not taken up; provincial tasks with no national source; targets on the same
metric side by side (stricter, looser or equal).
  <provincial> <national>  each a registry (registry.json, registry.yaml, or a folder holding
                           one) or a policy text (.txt, .md, .html, .docx), compiled on the spot
  --format <f>             human (default) or json (see traceSchema in @policyc/compare)
  --threshold <n>          the score (0–1) a pair needs to count as an implementation (default 0.2)
  --color, --no-color      colour the human report (default: when printing to a terminal)
  --quiet                  do not print the compiler's warnings on policy texts
Exit codes: 0 done, 2 could not run (an input that cannot be read).
`;

export async function traceCommand(argv: string[], io: Io): Promise<number> {
  const args = readArgs(argv, {
    format: { type: 'string', short: 'f' },
    threshold: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (typeof args === 'string') return fail(io, args);
  if (args.values.help) {
    io.stdout(TRACE_USAGE);
    return 0;
  }
  const format = args.values.format ?? 'human';
  if (format !== 'human' && format !== 'json') return fail(io, `unknown format "${format}" (expected human, json)`);
  if (args.positionals.length !== 2) return fail(io, `give two inputs, the provincial policy then the national one (got ${args.positionals.length})`);
  const threshold = readThreshold(args.values.threshold);
  if (typeof threshold === 'string') return fail(io, threshold);

  const registries = await readCompareInputs('trace', args.positionals, io, { quiet: args.values.quiet });
  if (registries === null) return 2;
  const [provincial, national] = registries as [Registry, Registry];

  const result = trace(provincial, national, threshold === undefined ? {} : { threshold });
  io.stdout(format === 'json' ? formatJson(result) : formatTrace(result, { color: wantsColor(args.values) }));
  return 0;
}

function fail(io: Io, reason: string): number {
  io.stderr(`policyc trace: ${reason}\n\n${TRACE_USAGE}`);
  return 2;
}
