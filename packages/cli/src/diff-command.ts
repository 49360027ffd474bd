/**
 * `policyc diff <old> <new> [--format human|json]`: what changed between two versions of a
 * policy, tasks matched by what they say rather than by number. Exit codes: 0 nothing changed,
 * 1 something changed (for CI), 2 could not run.
 */
import { diff, formatDiff, formatJson } from '@policyc/compare';
import { readCompareRun } from './compare-inputs.js';
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
  const run = await readCompareRun({ name: 'diff', usage: DIFF_USAGE, formats: ['human', 'json'], inputs: 'the old version then the new one' }, argv, io);
  if (typeof run === 'number') return run;
  const [before, after] = run.registries;
  const result = diff(before, after, run.threshold === undefined ? {} : { threshold: run.threshold });
  io.stdout(run.format === 'json' ? formatJson(result) : formatDiff(result, { color: run.color }));
  return result.changed ? 1 : 0;
}
