/**
 * `policyc diff <old> <new> [--format human|json]`: what changed between two versions of a
 * policy, tasks matched by what they say rather than by number. Exit codes: 0 nothing changed,
 * 1 something changed (for CI), 2 could not run.
 */
import { diff, formatDiff, formatJson } from '@policyc/compare';
import { readArgs } from './args.js';
import type { Registry } from '@policyc/model';
import { readCompareInputs, readThreshold, wantsColor } from './compare-inputs.js';
import type { Io } from './run.js';

export const DIFF_USAGE = `Usage: policyc diff <old> <new> [--format human|json] [--threshold <n>]

Compares two versions of a policy: tasks added, removed, moved, retitled or reworded, units whose
role changed, deadlines, targets added, removed or changed (figure, comparator, unit, deadline).
Tasks are matched by their titles, text and units, so renumbering alone is no change.
  <old> <new>          each a registry (registry.json, registry.yaml, or a folder holding one)
                       or a policy text (.txt, .md, .html, .docx), compiled on the spot
  --format <f>         human (default) or json (see diffSchema in @policyc/compare)
  --threshold <n>      the score (0–1) two tasks need to be the same task (default 0.3)
  --color, --no-color  colour the human report (default: when printing to a terminal)
  --quiet              do not print the compiler's warnings on policy texts
Exit codes: 0 nothing changed, 1 something changed, 2 could not run (an input that cannot be read).
`;

export async function diffCommand(argv: string[], io: Io): Promise<number> {
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
    io.stdout(DIFF_USAGE);
    return 0;
  }
  const format = args.values.format ?? 'human';
  if (format !== 'human' && format !== 'json') return fail(io, `unknown format "${format}" (expected human, json)`);
  if (args.positionals.length !== 2) return fail(io, `give two inputs, the old version then the new one (got ${args.positionals.length})`);
  const threshold = readThreshold(args.values.threshold);
  if (typeof threshold === 'string') return fail(io, threshold);

  const registries = await readCompareInputs('diff', args.positionals, io, { quiet: args.values.quiet });
  if (registries === null) return 2;
  const [before, after] = registries as [Registry, Registry];

  const result = diff(before, after, threshold === undefined ? {} : { threshold });
  io.stdout(format === 'json' ? formatJson(result) : formatDiff(result, { color: wantsColor(args.values) }));
  return result.changed ? 1 : 0;
}

function fail(io: Io, reason: string): number {
  io.stderr(`policyc diff: ${reason}\n\n${DIFF_USAGE}`);
  return 2;
}
