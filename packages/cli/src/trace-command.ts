/**
 * `policyc trace <provincial> <national> [--format human|json|html]`: for each national task, the
 * provincial tasks that implement it; national tasks not taken up; local additions; targets side
 * by side. Exit codes: 0 done, 2 could not run.
 */
import { formatJson, formatTrace, trace } from '@policyc/compare';
import { readCompareRun } from './compare-inputs.js';
import type { Io } from './run.js';

export const TRACE_USAGE = `Usage: policyc trace <provincial> <national> [--format human|json|html] [--threshold <n>]

Traces a provincial policy to the national one it implements: for each national task, the
provincial tasks that take it up (score, shared words, units matched across levels, deadlines);
national tasks not taken up; provincial tasks with no national source; targets on the same
metric side by side (stricter, looser or equal).
  <provincial> <national>  each a registry (registry.json, registry.yaml, or a folder holding
                           one) or a policy text (.txt, .md, .html, .docx), compiled on the spot
  --format <f>             human (default), json (see traceSchema in @policyc/compare) or html
                           (one self-contained page: the tasks filterable by uptake, the targets)
  --threshold <n>          the score (0–1) a pair needs to count as an implementation (default 0.2)
  --color, --no-color      colour the human report (default: when printing to a terminal)
  --quiet                  do not print the compiler's warnings on policy texts
Exit codes: 0 done, 2 could not run (an input that cannot be read).
`;

export async function traceCommand(argv: string[], io: Io): Promise<number> {
  const run = await readCompareRun({ name: 'trace', usage: TRACE_USAGE, formats: ['human', 'json', 'html'], inputs: 'the provincial policy then the national one' }, argv, io);
  if (typeof run === 'number') return run;
  const [provincial, national] = run.registries;
  const result = trace(provincial, national, run.threshold === undefined ? {} : { threshold: run.threshold });
  if (run.format === 'html') {
    // Loaded only here: the page's HTML libraries stay out of the other formats' start-up.
    const { emitTraceHtml } = await import('@policyc/report');
    io.stdout(emitTraceHtml(result, { provincial, national }));
  } else {
    io.stdout(run.format === 'json' ? formatJson(result) : formatTrace(result, { color: run.color }));
  }
  return 0;
}
